//! The exemplars' pages of an outlet: the index (`/guong/`), each exemplar's profile
//! (`/guong/<id>/`) and its feed (`/guong/<id>/rss.xml`). An exemplar has them on an
//! outlet when at least one of its stories is published there.

use super::{OutletBuild, Prepared};
use crate::assemble::{urls, views};
use crate::diagnostic::Diagnostic;
use crate::model::exemplars::Exemplar;
use serde::Serialize;

#[derive(Serialize)]
struct Group {
    id: &'static str,
    title: String,
    exemplars: Vec<views::ExemplarBrief>,
}

impl OutletBuild<'_> {
    pub(super) fn exemplar_index(&self, prep: &Prepared) -> Result<(String, Vec<u8>), Diagnostic> {
        use crate::model::exemplars::ExemplarType::*;
        let o = self.plan.outlet;
        let groups: Vec<Group> = [Individual, Household, Collective, Practice]
            .into_iter()
            .map(|t| Group {
                id: t.id(),
                title: self.labels.get(&format!("exemplar_{}", t.id())),
                exemplars: self
                    .plan
                    .exemplars
                    .iter()
                    .map(|(x, _)| self.exemplar(*x))
                    .filter(|e| e.kind == t)
                    .map(|e| views::exemplar_brief(o, &e, self.labels))
                    .collect(),
            })
            .filter(|g| !g.exemplars.is_empty())
            .collect();
        let meta = self.meta(
            "exemplars",
            urls::EXEMPLARS,
            self.labels.get("exemplars"),
            self.labels.get("exemplars_description"),
            None,
        );
        self.page(prep, "exemplars.html", urls::EXEMPLARS, meta, |ctx| {
            ctx.insert("groups", &groups);
            ctx.insert("total", &self.plan.exemplars.len());
        })
    }

    pub(super) fn exemplar_page(&self, prep: &Prepared, slot: usize) -> Result<(String, Vec<u8>), Diagnostic> {
        let (cfg, o) = (self.cfg, self.plan.outlet);
        let (x, list) = &self.plan.exemplars[slot];
        let e = self.exemplar(*x);
        let cards = list.iter().map(|&i| prep.card(self, i).clone()).collect();
        let view = views::exemplar(cfg, o, &e, cards, self.labels);
        let path = urls::exemplar(&e.id);
        let feed = (o.url(&urls::exemplar_feed(&e.id)), format!("{} — {}", o.title, e.name));
        let mut meta = self.meta("exemplar", &path, e.name.clone(), e.profile.clone(), Some(feed));
        // Its picture: a photo of its stories, else its first story's card.
        meta.image = view.stories.iter().find_map(|c| c.image.clone());
        if meta.image.is_none() {
            meta.share_image = list.first().and_then(|&i| self.share_meta(i));
        }
        self.page(prep, "exemplar.html", &path, meta, |ctx| ctx.insert("exemplar", &view))
    }

    pub(super) fn exemplar_feed(&self, slot: usize) -> (String, Vec<u8>) {
        let (cfg, o) = (self.cfg, self.plan.outlet);
        let (x, list) = &self.plan.exemplars[slot];
        let e = &cfg.exemplars.list[*x];
        let title = format!("{} — {}", o.title, e.name);
        let desc = self.labels.fill("exemplar_feed_description", &[("name", &e.name)]);
        self.feed(&urls::exemplar_feed(&e.id), &title, &desc, &o.url(&urls::exemplar(&e.id)), list)
    }
}

impl OutletBuild<'_> {
    /// Exemplar `x` (index into the registry) as this outlet shows it: as of its last
    /// day (`Outlet::last_day`), so an archive shows nothing decided after it ended.
    pub(super) fn exemplar(&self, x: usize) -> std::borrow::Cow<'_, Exemplar> {
        self.cfg.exemplars.list[x].as_of(self.plan.outlet.last_day(self.today))
    }

    /// The exemplars selected for `year` that this outlet covers (consent given),
    /// selected by its last day.
    fn selected_in(&self, years: std::ops::RangeInclusive<i32>) -> Vec<usize> {
        let (cfg, o) = (self.cfg, self.plan.outlet);
        let last = o.last_day(self.today);
        let year_of = |x: usize| cfg.exemplars.list[x].selected.as_ref().map_or(0, |s| s.year);
        let mut v: Vec<usize> = (0..cfg.exemplars.list.len())
            .filter(|&x| {
                let e = &cfg.exemplars.list[x];
                e.selected.as_ref().is_some_and(|s| years.contains(&s.year) && s.date <= last)
                    && !e.consent_missing()
                    && o.covers(&cfg.registry, &e.unit)
            })
            .collect();
        let list = &cfg.exemplars.list;
        v.sort_by(|a, b| {
            year_of(*a).cmp(&year_of(*b)).then_with(|| crate::text::compare_vi(&list[*a].name, &list[*b].name))
        });
        v
    }

    pub(super) fn booklet_years(&self) -> Vec<i32> {
        if !self.cfg.site.broadcast.booklet {
            return Vec::new();
        }
        let mut years: Vec<i32> =
            self.cfg.exemplars.list.iter().filter_map(|e| e.selected.as_ref().map(|s| s.year)).collect();
        years.sort_unstable();
        years.dedup();
        years.retain(|y| !self.selected_in(*y..=*y).is_empty());
        years
    }

    /// The plans of more than one year with an exemplar selected in their years, for the
    /// booklet of the whole period (the honouring conference at the plan's end): each
    /// plan's index in `Config::plans`, first and last year.
    pub(super) fn booklet_periods(&self) -> Vec<(usize, i32, i32)> {
        use chrono::Datelike;
        if !self.cfg.site.broadcast.booklet {
            return Vec::new();
        }
        let years = |p: &crate::model::plans::Plan| (p.from.year(), p.to.year());
        let periods = self.cfg.plans.iter().enumerate().map(|(i, p)| (i, years(p).0, years(p).1));
        periods.filter(|&(_, a, b)| b > a && !self.selected_in(a..=b).is_empty()).collect()
    }

    /// The booklet of the years `from..=to` (one year, or a plan's period): a cover with
    /// the contents, then one page per exemplar (by year, then name), with a QR code to
    /// its profile page where this outlet has one.
    pub(super) fn booklet(&self, prep: &Prepared, from: i32, to: i32) -> Result<(String, Vec<u8>), Diagnostic> {
        let (cfg, o) = (self.cfg, self.plan.outlet);
        #[derive(Serialize)]
        struct Entry {
            #[serde(flatten)]
            view: views::ExemplarView,
            qr_svg: Option<String>,
        }
        let entries: Vec<Entry> = self
            .selected_in(from..=to)
            .into_iter()
            .map(|x| {
                let e = self.exemplar(x);
                let list = self.plan.exemplars.iter().find(|(y, _)| *y == x).map(|(_, l)| l.as_slice()).unwrap_or(&[]);
                let cards = list.iter().map(|&i| prep.card(self, i).clone()).collect();
                let view = views::exemplar(cfg, o, &e, cards, self.labels);
                let qr_svg = (!list.is_empty()).then(|| self.qr.svg(&view.brief.url));
                Entry { view, qr_svg }
            })
            .collect();
        let (path, when) = if from == to {
            (urls::booklet(from), format!("năm {from}"))
        } else {
            (urls::booklet_period(from, to), format!("giai đoạn {from} - {to}"))
        };
        let title = format!("Kỷ yếu gương điển hình tiên tiến tiêu biểu {when}");
        let description = format!("{} gương điển hình tiên tiến tiêu biểu {when}, {}", entries.len(), o.publisher);
        let meta = self.meta("booklet", &path, title, description, None);
        self.page(prep, "booklet.html", &path, meta, |ctx| ctx.insert("exemplars", &entries))
    }
}
