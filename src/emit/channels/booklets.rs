//! A year's booklet (kỷ yếu) of the exemplars selected as "tiêu biểu", print-ready for
//! the honouring conference (`broadcast.booklet`), and the booklet of each plan's whole
//! period (`/ky-yeu/2023-2025/`, the conference at the plan's end).

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

    /// A year's booklet by its year; a period's by its plan's index (a numbered series).
    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        let mut jobs: Vec<Key> = b.booklet_years().into_iter().map(|y| Key::Year(y, false)).collect();
        jobs.extend(b.booklet_periods().into_iter().map(|(i, _, _)| Key::Part(0, i as u32)));
        jobs
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        match key {
            Key::Year(year, _) => b.booklet(prep, year, year),
            Key::Part(_, i) => {
                use chrono::Datelike;
                let p = &b.cfg.plans[i as usize];
                b.booklet(prep, p.from.year(), p.to.year())
            }
            _ => unreachable!("not a booklet: {key:?}"),
        }
    }

    /// The booklet shows the exemplars' stories' photos: any story may reach it.
    fn affected(&self, _: &OutletBuild, a: &Affected, _: Key) -> bool {
        !a.stories.is_empty() || a.templates.contains("booklet.html")
    }
}
