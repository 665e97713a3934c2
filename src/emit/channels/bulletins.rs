//! A column's weekly bulletin ("Bản tin người tốt, việc tốt", `broadcast.columns`): each
//! week with stories, a printable page and its text for the loudspeakers.

use crate::assemble::urls;
use crate::emit::change::Affected;
use crate::emit::channel::{Channel, Key, Of, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;
use chrono::Datelike;

pub(crate) struct Bulletins;

impl Channel for Bulletins {
    fn name(&self) -> &'static str {
        "bulletins"
    }

    fn on(&self, cfg: &Config) -> bool {
        cfg.site.channels.get(self.name()).copied().unwrap_or(true)
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        let wanted = &b.cfg.site.broadcast.columns;
        let mut jobs = Vec::new();
        for (slot, (ci, list)) in b.plan.columns.iter().enumerate() {
            if !wanted.contains(&b.cfg.columns[*ci].id) {
                continue;
            }
            let mut weeks: Vec<(i32, u32)> = list
                .iter()
                .map(|&i| {
                    let w = b.published.stories[i].date.iso_week();
                    (w.year(), w.week())
                })
                .collect();
            weeks.sort_unstable();
            weeks.dedup();
            for (year, week) in weeks {
                for text in [false, true] {
                    jobs.push(Key::Week { of: Of::Column(slot), year, week, text });
                }
            }
        }
        jobs
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        let Key::Week { of: Of::Column(slot), year, week, text } = key else { unreachable!("not a bulletin: {key:?}") };
        b.bulletin(prep, slot, (year, week), text)
    }

    /// A week's bulletin reads its stories whole: one of them changed, or came or went.
    fn affected(&self, b: &OutletBuild, a: &Affected, key: Key) -> bool {
        let Key::Week { of: Of::Column(slot), year, week, text } = key else { return true };
        let column = &b.cfg.columns[b.plan.columns[slot].0].id;
        a.in_week(Some(column), year, week) || (!text && a.templates.contains("bulletin.html"))
    }

    fn drops(&self, a: &Affected, path: &str) -> bool {
        !a.in_place
            && path.starts_with(urls::BULLETINS)
            && a.members.iter().any(|m| {
                let w = m.date.iso_week();
                m.columns
                    .iter()
                    .any(|c| [false, true].iter().any(|t| urls::bulletin(c, w.year(), w.week(), *t) == path))
            })
    }
}
