//! Podcast feeds of the stories with a recording (`audio:`): the outlet's, each
//! column's and each unit's, when any of its stories has one.

use crate::emit::change::Affected;
use crate::emit::channel::{Channel, Key, Of, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;

pub(crate) struct Podcasts;

impl Channel for Podcasts {
    fn name(&self) -> &'static str {
        "podcasts"
    }

    fn on(&self, cfg: &Config) -> bool {
        cfg.site.channels.get(self.name()).copied().unwrap_or(true)
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        if !b.plan.stories.iter().any(|&i| b.published.stories[i].audio.is_some()) {
            return Vec::new();
        }
        let mut jobs = vec![Key::List(Of::Site, 0)];
        jobs.extend((0..b.plan.columns.len()).map(|s| Key::List(Of::Column(s), 0)));
        jobs.extend((0..b.plan.units.len()).map(|s| Key::List(Of::Unit(s), 0)));
        jobs
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        let Key::List(of, _) = key else { unreachable!("not a podcast: {key:?}") };
        Ok(b.podcast(prep, of))
    }

    fn affected(&self, _: &OutletBuild, a: &Affected, _: Key) -> bool {
        !a.stories.is_empty()
    }
}
