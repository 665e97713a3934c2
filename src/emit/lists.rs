//! The paginated lists: a column's pages and a unit's pages.

use super::{ListView, OutletBuild, Prepared};
use crate::assemble::views::{self, Card};
use crate::assemble::{pages, urls};
use crate::diagnostic::Diagnostic;

impl OutletBuild<'_> {
    /// The cards of page `page` of `list`.
    fn cards_of<'p>(&self, prep: &'p Prepared, list: &[usize], page: usize) -> Vec<&'p Card> {
        let per = self.cfg.site.per_page;
        list.iter().skip((page - 1) * per).take(per).map(|&i| prep.card(self, i)).collect()
    }

    pub(super) fn column_page(&self, prep: &Prepared, slot: usize, n: usize) -> Result<(String, Vec<u8>), Diagnostic> {
        let (cfg, o) = (self.cfg, self.plan.outlet);
        let per = cfg.site.per_page;
        let (ci, list) = &self.plan.columns[slot];
        let c = &cfg.columns[*ci];
        let path = urls::column(&c.id, n);
        let total = pages(list.len(), per);
        let title = if n > 1 {
            self.labels.fill("page_n", &[("title", &c.title), ("n", &n.to_string())])
        } else {
            c.title.clone()
        };
        let feed = (o.url(&urls::column_feed(&c.id)), format!("{} — {}", o.title, c.title));
        let mut meta = self.meta("column", &path, title.clone(), c.description.clone(), Some(feed.clone()));
        meta.podcast_url = self.podcast_feed_url(super::channel::Of::Column(slot));
        let view = ListView {
            kind: "column",
            id: &c.id,
            title,
            description: c.description.clone(),
            feed_url: feed.0,
            total: list.len(),
            stories: self.cards_of(prep, list, n),
            pagination: views::pagination(o, |k| urls::column(&c.id, k), n, total),
            unit: None,
            column: Some(views::column(cfg, o, *ci, list.len())),
        };
        self.page(prep, "list.html", &path, meta, |ctx| ctx.insert("list", &view))
    }

    pub(super) fn unit_page(&self, prep: &Prepared, slot: usize, n: usize) -> Result<(String, Vec<u8>), Diagnostic> {
        let (cfg, o) = (self.cfg, self.plan.outlet);
        let per = cfg.site.per_page;
        let (ui, list) = &self.plan.units[slot];
        let u = &cfg.registry.units[*ui];
        let path = urls::commune(&u.id, n);
        let total = pages(list.len(), per);
        let name = if u.kind == crate::model::UnitType::Huyen {
            self.labels.fill("district_level", &[("name", &u.full_name())])
        } else {
            u.full_name()
        };
        let title =
            if n > 1 { self.labels.fill("page_n", &[("title", &name), ("n", &n.to_string())]) } else { name.clone() };
        let description = self.labels.fill("unit_description", &[("name", &name)]);
        let feed = (o.url(&urls::commune_feed(&u.id)), format!("{} — {name}", o.title));
        let mut meta = self.meta("commune", &path, title.clone(), description.clone(), Some(feed.clone()));
        meta.podcast_url = self.podcast_feed_url(super::channel::Of::Unit(slot));
        let view = ListView {
            kind: "commune",
            id: &u.id,
            title,
            description,
            feed_url: feed.0,
            total: list.len(),
            stories: self.cards_of(prep, list, n),
            pagination: views::pagination(o, |k| urls::commune(&u.id, k), n, total),
            unit: Some(if n == 1 {
                self.unit_with_exemplars(u, list.len())
            } else {
                views::unit(cfg, o, u, list.len(), o.last_day(self.today))
            }),
            column: None,
        };
        self.page(prep, "list.html", &path, meta, |ctx| ctx.insert("list", &view))
    }

    /// A unit's own page also lists its exemplars and the practices it adopted.
    fn unit_with_exemplars(&self, u: &crate::model::Unit, count: usize) -> views::UnitView {
        let (cfg, o) = (self.cfg, self.plan.outlet);
        let mut v = views::unit(cfg, o, u, count, o.last_day(self.today));
        let with_page: Vec<usize> = self.plan.exemplars.iter().map(|(x, _)| *x).collect();
        v.exemplars = self
            .plan
            .exemplars
            .iter()
            .map(|(x, list)| (self.exemplar(*x), list))
            .filter(|(e, list)| {
                let since = e.proposed.as_ref().map(|p| p.date).unwrap_or_else(|| self.published.stories[list[0]].date);
                cfg.registry.listing(&e.unit, since).iter().any(|l| l.id == u.id)
            })
            .map(|(e, _)| views::exemplar_brief(o, &e, self.labels))
            .collect();
        v.adopted = views::adopted(cfg, o, &u.id, &with_page, o.last_day(self.today));
        v
    }
}
