//! The quota report's pages (`report_page` in site.yaml): one per year of the plan, and
//! the folder's own page for this year's.

use crate::emit::change::Affected;
use crate::emit::channel::{Channel, Key, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;

pub(crate) struct Reports;

impl Channel for Reports {
    fn name(&self) -> &'static str {
        "reports"
    }

    fn on(&self, cfg: &Config) -> bool {
        cfg.site.report_page.is_some() && cfg.site.channels.get(self.name()).copied().unwrap_or(true)
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        b.report_jobs()
    }

    fn render(&self, b: &OutletBuild, _: &Prepared, key: Key) -> Rendered {
        let Key::Year(year, index) = key else { unreachable!("not a report: {key:?}") };
        b.report(year, index)
    }

    /// A yearly report also shows the other years' counts: any story's front matter may
    /// reach it, its body never (the report has its own template).
    fn affected(&self, _: &OutletBuild, a: &Affected, _: Key) -> bool {
        a.counts
    }

    /// When the reports count anew, the pages of a year no story is in any more go.
    fn drops(&self, a: &Affected, path: &str) -> bool {
        a.counts && a.reports.as_deref().is_some_and(|r| path.starts_with(r))
    }

    fn deferred(&self) -> bool {
        true
    }
}
