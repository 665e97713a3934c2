//! The exemplars' pages: their index (`/guong/`), each exemplar's profile page and its
//! feed.

use crate::assemble::urls;
use crate::emit::change::Affected;
use crate::emit::channel::{Channel, Key, Of, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;
use chrono::NaiveDate;

pub(crate) struct Exemplars;

impl Channel for Exemplars {
    fn name(&self) -> &'static str {
        "exemplars"
    }

    fn on(&self, cfg: &Config) -> bool {
        !cfg.exemplars.is_empty() && cfg.site.channels.get(self.name()).copied().unwrap_or(true)
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        let mut jobs = vec![Key::Named("index")];
        for slot in 0..b.plan.exemplars.len() {
            jobs.extend([Key::List(Of::Exemplar(slot), 1), Key::List(Of::Exemplar(slot), 0)]);
        }
        jobs
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        match key {
            Key::List(Of::Exemplar(slot), 0) => Ok(b.exemplar_feed(slot)),
            Key::List(Of::Exemplar(slot), _) => b.exemplar_page(prep, slot),
            _ => b.exemplar_index(prep),
        }
    }

    fn affected(&self, b: &OutletBuild, a: &Affected, key: Key) -> bool {
        match key {
            Key::List(Of::Exemplar(slot), _) => {
                a.exemplars.contains(&b.cfg.exemplars.list[b.plan.exemplars[slot].0].id)
                    || a.templates.contains("exemplar.html")
            }
            _ => !a.stories.is_empty() || a.templates.contains("exemplars.html"),
        }
    }

    fn drops(&self, a: &Affected, path: &str) -> bool {
        !a.in_place && a.in_list(path, urls::EXEMPLARS, &a.exemplars)
    }

    fn sitemap(&self, b: &OutletBuild) -> Vec<(String, Option<NaiveDate>)> {
        let o = b.plan.outlet;
        let mut v = vec![(o.url(urls::EXEMPLARS), None)];
        for (x, list) in &b.plan.exemplars {
            let newest = list.first().map(|&i| b.published.stories[i].date);
            v.push((o.url(&urls::exemplar(&b.cfg.exemplars.list[*x].id)), newest));
        }
        v
    }
}
