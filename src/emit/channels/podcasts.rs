//! Podcast feeds of the stories with a recording (`audio:`): the outlet's, each
//! column's and each unit's that has one (never an empty feed), and the square cover
//! they name (`podcast.jpg`), on an outlet with a podcast owner (`podcast.email`).

use crate::emit::change::Affected;
use crate::emit::channel::{Channel, Key, Of, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;

pub(crate) struct Podcasts;

/// The cover's key.
const COVER: Key = Key::Named("podcast-cover");

impl Channel for Podcasts {
    fn name(&self) -> &'static str {
        "podcasts"
    }

    fn on(&self, cfg: &Config) -> bool {
        cfg.site.channels.get(self.name()).copied().unwrap_or(true)
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        if !b.has_podcast(Of::Site) {
            return Vec::new();
        }
        let mut jobs = vec![Key::List(Of::Site, 0), COVER];
        jobs.extend(
            (0..b.plan.columns.len()).map(Of::Column).filter(|&of| b.has_podcast(of)).map(|of| Key::List(of, 0)),
        );
        jobs.extend((0..b.plan.units.len()).map(Of::Unit).filter(|&of| b.has_podcast(of)).map(|of| Key::List(of, 0)));
        jobs
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        match key {
            Key::List(of, _) => Ok(b.podcast(prep, of)),
            COVER => {
                let (path, disk) = b.podcast_cover()?;
                std::fs::read(&disk).map(|bytes| (path.clone(), bytes)).map_err(|e| crate::emit::io_diag(&path, &e))
            }
            other => unreachable!("not a podcast file: {other:?}"),
        }
    }

    fn render_file(
        &self,
        b: &OutletBuild,
        key: Key,
    ) -> Option<Result<(String, std::path::PathBuf), crate::diagnostic::Diagnostic>> {
        (key == COVER).then(|| b.podcast_cover())
    }

    fn affected(&self, _: &OutletBuild, a: &Affected, key: Key) -> bool {
        key != COVER && !a.stories.is_empty()
    }
}
