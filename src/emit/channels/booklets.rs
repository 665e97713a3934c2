//! A year's booklet (kỷ yếu) of the exemplars selected as "tiêu biểu", print-ready for
//! the honouring conference (`broadcast.booklet`).

use crate::emit::change::Affected;
use crate::emit::channel::{Channel, Key, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;

pub(crate) struct Booklets;

impl Channel for Booklets {
    fn name(&self) -> &'static str {
        "booklets"
    }

    fn on(&self, cfg: &Config) -> bool {
        cfg.site.channels.get(self.name()).copied().unwrap_or(cfg.site.broadcast.booklet)
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        b.booklet_years().into_iter().map(|y| Key::Year(y, false)).collect()
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        let Key::Year(year, _) = key else { unreachable!("not a booklet: {key:?}") };
        b.booklet(prep, year)
    }

    /// The booklet shows the exemplars' stories' photos: any story may reach it.
    fn affected(&self, _: &OutletBuild, a: &Affected, _: Key) -> bool {
        !a.stories.is_empty() || a.templates.contains("booklet.html")
    }
}
