//! The outlet's files beyond its pages: the report pages, the search index, the OPML
//! list of feeds.

use super::{Key, OutletBuild, Prepared};
use crate::assemble::urls;
use crate::diagnostic::{Diagnostic, Pos, msg};

/// The yearly reports of one build. A report counts the whole district whatever outlet
/// shows it, and every report shows the plan's years side by side: so all the years are
/// counted together, each once, the first time a report is asked for. Each page is
/// rendered once per look (the latest year's page is also the report folder's index).
#[derive(Default)]
pub(crate) struct Reports {
    counted: std::sync::OnceLock<HashMap<i32, Arc<crate::report::Report>>>,
    pages: Mutex<HashMap<(i32, String), PageCell>>,
}

type PageCell = Arc<std::sync::OnceLock<Result<Arc<Vec<u8>>, String>>>;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

impl Reports {
    /// The report of `year`; `count` counts the years it is among.
    fn of(
        &self,
        year: i32,
        count: impl FnOnce() -> Vec<crate::report::Report>,
        alone: impl FnOnce() -> crate::report::Report,
    ) -> Arc<crate::report::Report> {
        let counted = self.counted.get_or_init(|| count().into_iter().map(|r| (r.year, Arc::new(r))).collect());
        counted.get(&year).cloned().unwrap_or_else(|| Arc::new(alone()))
    }

    /// The page of `year`'s report with the site icon `icon`, rendered by `render` the
    /// first time.
    fn page(
        &self,
        year: i32,
        icon: &str,
        render: impl FnOnce() -> Result<Vec<u8>, String>,
    ) -> Result<Arc<Vec<u8>>, String> {
        let cell: PageCell = match self.pages.lock() {
            Ok(mut pages) => pages.entry((year, icon.to_owned())).or_default().clone(),
            Err(_) => PageCell::default(),
        };
        cell.get_or_init(|| render().map(Arc::new)).clone()
    }
}

impl OutletBuild<'_> {
    /// The report pages this outlet carries: `<path>/<year>/` for each year of the plan,
    /// and `<path>/` for this year's (or the plan's latest year before it).
    pub(super) fn report_jobs(&self) -> Vec<Key> {
        let Some(rp) = &self.cfg.site.report_page else { return Vec::new() };
        if !rp.outlets.is_empty() && !rp.outlets.contains(&self.plan.outlet.id) {
            return Vec::new();
        }
        // The plan of the outlet's last day: an archive keeps the years of its own plan.
        let this_year = crate::report::year_of(self.plan.outlet.last_day(self.today));
        let years = crate::report::plan_years(self.cfg, self.all, this_year);
        let index_year = years.iter().copied().filter(|y| *y <= this_year).max().or(years.first().copied());
        let mut jobs: Vec<Key> = years.iter().map(|&year| Key::Year(year, false)).collect();
        jobs.extend(index_year.map(|year| Key::Year(year, true)));
        jobs
    }

    pub(super) fn report(&self, year: i32, index: bool) -> Result<(String, Vec<u8>), Diagnostic> {
        let base =
            self.cfg.site.report_page.as_ref().map(|rp| rp.path.trim_matches('/').to_owned()).unwrap_or_default();
        let path = if index { format!("/{base}/") } else { format!("/{base}/{year}/") };
        let (cfg, all, today) = (self.cfg, self.all, self.today);
        let last = crate::report::year_of(self.plan.outlet.last_day(today));
        let years = || crate::report::plan_years(cfg, all, last);
        let count = || crate::report::compute_years(cfg, all, &years(), today);
        let r = self.reports.of(year, count, || crate::report::compute(cfg, all, year, today));
        let icon = self.plan.outlet.url("/favicon.svg");
        let render = || {
            let html = crate::report::html(&r, &cfg.site.district, &cfg.site.province, Some(&icon))?;
            Ok(html.into_bytes())
        };
        self.reports.page(year, &icon, render).map(|bytes| (path, bytes.to_vec())).map_err(|e| {
            Diagnostic::error("template-error", "src/report/report.html", Pos::START, msg!("report.render", error = e))
        })
    }

    /// Every crawler welcome, and told where the sitemap is. The report's unlisted pages
    /// are kept out by their `noindex`, not named here (which would publish their path).
    pub(super) fn robots(&self) -> Vec<u8> {
        format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", self.plan.outlet.url("/sitemap.xml")).into_bytes()
    }

    /// What the script reads first: the format, the sizes, and the names that results'
    /// details refer to by position.
    pub(super) fn search_meta(&self) -> Vec<u8> {
        use crate::assemble::search::{DOCS_PER_CHUNK, VERSION, VOCAB, shards_for};
        let (cfg, n) = (self.cfg, self.plan.stories.len());
        let units: Vec<String> = cfg.registry.units.iter().map(|u| u.full_name()).collect();
        let fields: Vec<&str> = cfg.criteria.fields.iter().map(|f| f.name.as_str()).collect();
        let meta = serde_json::json!({
            "v": VERSION,
            "base": self.plan.outlet.url("/bai-viet/"),
            "docs": n,
            "shards": shards_for(n),
            "per": DOCS_PER_CHUNK,
            "vocab": VOCAB,
            "units": units,
            "fields": fields,
        });
        meta.to_string().replace('<', "\\u003c").into_bytes()
    }

    /// The unit's and field's positions in the index's lists, for story `i`.
    fn search_place(&self, i: usize) -> (usize, usize) {
        let (cfg, s) = (self.cfg, self.published.stories[i]);
        let unit = cfg
            .registry
            .resolve(&s.commune)
            .and_then(|u| cfg.registry.units.iter().position(|x| x.id == u.id))
            .unwrap_or(0);
        (unit, cfg.criteria.fields.iter().position(|f| f.id == s.field).unwrap_or(0))
    }

    /// What the search index reads of story `i`, with its place's words in `place`.
    fn search_doc<'p>(&'p self, i: usize, place: &'p str) -> crate::assemble::search::Doc<'p> {
        let s = self.published.stories[i];
        crate::assemble::search::Doc {
            title: &s.title,
            exemplar: &s.subject.name,
            place,
            summary: &s.summary,
            body: &self.published.rendered(i).terms,
        }
    }

    /// The names of story `i`'s unit and field, as the index reads them.
    fn search_place_text(&self, i: usize) -> String {
        let (u, f) = self.search_place(i);
        let field = self.cfg.criteria.fields.get(f).map_or("", |f| f.name.as_str());
        format!("{}\n{field}", self.cfg.registry.units[u].full_name())
    }

    /// The full-text index of the outlet's stories, built once per build.
    pub(crate) fn search<'p>(&self, prep: &'p Prepared) -> &'p crate::assemble::search::Index {
        use crate::assemble::search::{build, shards_for};
        prep.search.get_or_init(|| {
            // Every body's words: rendered in parallel first, not one by one below.
            self.published.render_all(&self.plan.stories);
            let places: Vec<String> = self.plan.stories.iter().map(|&i| self.search_place_text(i)).collect();
            let docs: Vec<_> =
                self.plan.stories.iter().zip(&places).map(|(&i, place)| self.search_doc(i, place)).collect();
            build(&docs, shards_for(docs.len()))
        })
    }

    /// The last preview's index with the changed stories (`Published` indexes) patched
    /// in: no story moved, so their ids are the same. Returns the files that change.
    pub(super) fn search_patched(
        &self,
        mut index: crate::assemble::search::Index,
        changed: &[usize],
    ) -> (crate::assemble::search::Index, crate::assemble::search::Touched) {
        let ids: Vec<(u32, usize, String)> = changed
            .iter()
            .filter_map(|&i| {
                let id = self.plan.stories.iter().position(|&x| x == i)?;
                Some((id as u32, i, self.search_place_text(i)))
            })
            .collect();
        let docs: Vec<(u32, crate::assemble::search::Doc)> =
            ids.iter().map(|(id, i, place)| (*id, self.search_doc(*i, place))).collect();
        let touched = index.patch(&docs);
        (index, touched)
    }

    /// Results' details of stories `n * DOCS_PER_CHUNK ..`.
    pub(super) fn search_docs(&self, n: usize) -> Vec<u8> {
        use crate::assemble::search::{DOCS_PER_CHUNK, SUMMARY_CHARS, Shown, cut, docs_json};
        let p = self.published;
        let shown: Vec<Shown> = self
            .plan
            .stories
            .iter()
            .skip(n * DOCS_PER_CHUNK)
            .take(DOCS_PER_CHUNK)
            .map(|&i| {
                let s = p.stories[i];
                let (unit, field) = self.search_place(i);
                (
                    s.slug.as_str(),
                    s.title.as_str(),
                    s.subject.name.as_str(),
                    unit,
                    field,
                    crate::text::vi_date(s.date),
                    cut(&s.summary, SUMMARY_CHARS),
                )
            })
            .collect();
        docs_json(&shown)
    }

    /// Every feed of the outlet in one OPML file, for feed readers that import a list.
    pub(super) fn opml(&self, prep: &Prepared) -> Vec<u8> {
        let o = self.plan.outlet;
        let esc = |s: &str| quick_xml::escape::escape(s).into_owned();
        let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n");
        s.push_str(&format!("  <head><title>{}</title></head>\n  <body>\n", esc(&o.title)));
        let outline = |title: &str, feed: &str, page: &str| {
            format!(
                "      <outline type=\"rss\" text=\"{0}\" title=\"{0}\" xmlUrl=\"{1}\" htmlUrl=\"{2}\"/>\n",
                esc(title),
                esc(feed),
                esc(page)
            )
        };
        s.push_str(&format!("    <outline text=\"{}\">\n", esc(&self.labels.get("opml_all"))));
        s.push_str(&outline(&o.title, &o.url(urls::SITE_FEED), &o.url("/")));
        s.push_str("    </outline>\n");
        s.push_str(&format!("    <outline text=\"{}\">\n", esc(&self.labels.get("opml_columns"))));
        for c in &prep.site.columns {
            s.push_str(&outline(&c.title, &c.feed_url, &c.url));
        }
        s.push_str("    </outline>\n");
        s.push_str(&format!("    <outline text=\"{}\">\n", esc(&self.labels.get("opml_units"))));
        for u in prep.units.district.iter().chain(&prep.units.current).chain(&prep.units.former) {
            s.push_str(&outline(&u.link.full_name, &u.feed_url, &u.link.url));
        }
        s.push_str("    </outline>\n");
        let podcasts = self.podcast_feeds();
        if !podcasts.is_empty() {
            s.push_str(&format!("    <outline text=\"{}\">\n", esc(&self.labels.get("podcasts"))));
            for (title, feed, page) in &podcasts {
                s.push_str(&outline(title, feed, page));
            }
            s.push_str("    </outline>\n");
        }
        s.push_str("  </body>\n</opml>\n");
        s.into_bytes()
    }
}
