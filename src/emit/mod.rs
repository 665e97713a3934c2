//! Stage 6: one outlet's files, rendered with its theme in parallel and written into
//! the staging folder.

mod broadcast;
mod compress;
mod exemplars;
mod extra;
mod feeds;
pub use extra::Reports;
pub mod fingerprint;
mod lists;
pub mod nginx;
pub mod output;
pub mod patch;
mod podcast;
pub mod qr;
mod share;
pub mod writer;
pub use writer::Sink;
mod sitemap;
mod units;
use units::UnitGroups;
pub mod templates;

use crate::assemble::views::{self, Card, ColumnView, PageMeta, SiteView, UnitView};
use crate::assemble::{OutletPlan, Published, pages, urls};
use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::model::{Config, Story};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use tera::{Context, Tera};

/// Everything one outlet's pages are made from.
pub struct OutletBuild<'a> {
    /// The site's root, where the image cache is.
    pub root: &'a std::path::Path,
    pub cfg: &'a Config,
    pub published: &'a Published<'a>,
    pub plan: &'a OutletPlan<'a>,
    pub tera: &'a Tera,
    /// The theme's interface words (every word a page shows that is not content).
    pub labels: &'a templates::Labels,
    pub today: NaiveDate,
    /// Every story loaded (drafts too), for the report pages, which count for themselves.
    pub all: &'a [&'a Story],
    /// The yearly reports of this build, shared by the outlets that show them.
    pub reports: &'a Reports,
    /// The QR codes' masks, remembered between builds.
    pub qr: &'a qr::Masks,
}

/// One file of an outlet. Indexes are into `Published::stories` and the plan's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job {
    Home,
    Story(usize),
    Alias(usize, usize),
    Column(usize, usize),
    ColumnFeed(usize),
    Unit(usize, usize),
    UnitFeed(usize),
    SiteFeed,
    Communes,
    Columns,
    NotFound,
    Search,
    /// The search index's files (`assemble::search`): what the script reads first, a
    /// postings shard, a vocabulary file, a file of results' details.
    SearchMeta,
    SearchShard(u32),
    SearchVocab(u8),
    SearchDocs(u32),
    SearchScript,
    Follow,
    Opml,
    Sitemap,
    /// `robots.txt`, naming the sitemap.
    Robots,
    /// A story as read aloud on the loudspeakers (plain text).
    Script(usize),
    /// A story's one-page A4 sheet, with a QR code to its page.
    Sheet(usize),
    /// What sharing a story on Zalo and Facebook takes: its text, its square image, its
    /// Open Graph card.
    ShareText(usize),
    ShareSquare(usize),
    ShareCard(usize),
    /// A column's weekly bulletin (slot in the plan's columns, ISO year and week): its
    /// printable page, or its text.
    Bulletin {
        slot: usize,
        year: i32,
        week: u32,
        text: bool,
    },
    /// A podcast feed: the outlet's, a column's or a unit's (slot in the plan's lists).
    Podcast(PodcastOf),
    /// The exemplars' index (`/guong/`).
    Exemplars,
    /// A year's booklet of the selected exemplars (`/ky-yeu/<year>/`).
    Booklet(i32),
    /// An exemplar's profile page, and its feed (slot in the plan's exemplars).
    Exemplar(usize),
    ExemplarFeed(usize),
    /// The quota report of a year (`site.yaml`'s `report_page`); `index`: at the
    /// folder's own URL rather than the year's.
    Report {
        year: i32,
        index: bool,
    },
}

/// Which list a podcast feed follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PodcastOf {
    Site,
    Column(usize),
    Unit(usize),
}

#[derive(Serialize)]
struct ListView<'a> {
    /// `column` | `commune`
    kind: &'static str,
    id: &'a str,
    title: String,
    description: String,
    feed_url: String,
    total: usize,
    stories: Vec<&'a Card>,
    pagination: crate::assemble::views::Pagination,
    unit: Option<UnitView>,
    column: Option<ColumnView>,
}

impl Prepared {
    fn card(&self, b: &OutletBuild, i: usize) -> &Card {
        self.cards[i].get_or_init(|| views::card(b.cfg, b.plan.outlet, b.published, i, b.labels))
    }
}

/// What every page of an outlet shares, computed once per build.
pub struct Prepared {
    site: SiteView,
    /// Made when a page first needs them: a rebuild in `serve` makes only its pages' cards.
    cards: Vec<std::sync::OnceLock<Card>>,
    units: UnitGroups,
    /// What the loudspeakers read out in full: built once, used by every script.
    abbreviations: crate::text::speech::Abbreviations,
    /// The recordings of this outlet's stories (by story index), probed once per build:
    /// the player, the podcast feeds and the copied files all read them here.
    recordings: std::collections::HashMap<usize, (crate::audio::Recording, String)>,
    /// The full-text index, built when a search file is first rendered.
    search: std::sync::OnceLock<crate::assemble::search::Index>,
    /// When the index was patched (`prepare_with`): the only search files that change.
    search_touched: Option<(crate::assemble::search::Touched, Vec<usize>)>,
}

impl Prepared {
    /// Whether `job` may differ from the last build's, as far as the patched search
    /// index tells (every other job: yes).
    pub fn may_change(&self, job: &Job) -> bool {
        let Some((touched, chunks)) = &self.search_touched else { return true };
        match job {
            Job::SearchMeta => false,
            Job::SearchShard(n) => touched.shards.contains(&(*n as usize)),
            Job::SearchVocab(n) => touched.vocab.contains(&(*n as usize)),
            Job::SearchDocs(n) => chunks.contains(&(*n as usize)),
            _ => true,
        }
    }

    /// The full-text index, if a job built it (or a patch made it).
    /// Whether the search index was patched and nothing in it changed (no story of
    /// this outlet among the changed ones, or none whose words or card changed).
    pub fn search_unchanged(&self) -> bool {
        matches!(&self.search_touched, Some((t, chunks)) if t.shards.is_empty() && t.vocab.is_empty() && chunks.is_empty())
    }

    pub fn into_search(self) -> Option<crate::assemble::search::Index> {
        self.search.into_inner()
    }
}

impl OutletBuild<'_> {
    /// `prepare`, with the last preview's search index patched for the changed stories
    /// (`Published` indexes) when no story moved.
    pub fn prepare_with(&self, search: Option<(crate::assemble::search::Index, &[usize])>) -> Prepared {
        let mut prep = self.prepare();
        if let Some((index, changed)) = search {
            let (index, touched) = self.search_patched(index, changed);
            let per = crate::assemble::search::DOCS_PER_CHUNK;
            let chunks = changed
                .iter()
                .filter_map(|&i| self.plan.stories.iter().position(|&x| x == i))
                .map(|id| id / per)
                .collect();
            let _ = prep.search.set(index);
            prep.search_touched = Some((touched, chunks));
        }
        prep
    }

    pub fn prepare(&self) -> Prepared {
        let (cfg, o, p) = (self.cfg, self.plan.outlet, self.published);
        let cards: Vec<std::sync::OnceLock<Card>> = (0..p.stories.len()).map(|_| std::sync::OnceLock::new()).collect();
        let columns = self.plan.columns.iter().map(|(ci, list)| views::column(cfg, o, *ci, list.len())).collect();
        let site = SiteView {
            id: o.id.clone(),
            title: o.title.clone(),
            publisher: o.publisher.clone(),
            description: o.description.clone(),
            base_url: o.base().to_owned(),
            home_url: o.url("/"),
            feed_url: o.url(urls::SITE_FEED),
            district: cfg.site.district.clone(),
            province: cfg.site.province.clone(),
            columns,
            communes_url: o.url(urls::COMMUNES),
            columns_url: o.url(urls::COLUMNS),
            search_url: o.url(urls::SEARCH),
            follow_url: o.url(urls::FOLLOW),
            year: o.valid_until.map_or(self.today.year(), |end| end.year().min(self.today.year())),
            owner: o.owner.clone(),
            archive_notice: self.archive_note("archive_banner"),
            sample_notice: self.sample_notice(),
        };
        let units = self.unit_groups();
        Prepared {
            site,
            cards,
            units,
            abbreviations: self.abbreviations(),
            recordings: self.probe_recordings(),
            search: std::sync::OnceLock::new(),
            search_touched: None,
        }
    }

    /// For an outlet past its end: label `key` filled with the outlet and the dates.
    fn archive_note(&self, key: &str) -> Option<String> {
        let o = self.plan.outlet;
        let end = o.valid_until.filter(|end| self.today > *end)?;
        let next = end.succ_opt().unwrap_or(end);
        let fill = [
            ("publisher", o.publisher.as_str()),
            ("until", &crate::text::vi_date(end)),
            ("since", &crate::text::vi_date(next)),
        ];
        Some(self.labels.fill(key, &fill))
    }

    /// A job whose output is a file of the image cache, to be linked rather than copied
    /// (`Sink::file`): its URL path and the file. `None` for every other job.
    pub fn render_file(&self, job: Job) -> Option<Result<(String, std::path::PathBuf), Diagnostic>> {
        match job {
            Job::ShareSquare(i) => Some(self.share_image(i, crate::images::share::SQUARE, urls::SHARE_SQUARE)),
            Job::ShareCard(i) => Some(self.share_image(i, crate::images::share::OPEN_GRAPH, urls::SHARE_CARD)),
            _ => None,
        }
    }

    pub fn jobs(&self) -> Vec<Job> {
        let per = self.cfg.site.per_page;
        let mut jobs = vec![
            Job::Home,
            Job::SiteFeed,
            Job::Communes,
            Job::Columns,
            Job::NotFound,
            Job::Search,
            Job::SearchMeta,
            Job::SearchScript,
            Job::Follow,
            Job::Opml,
            Job::Sitemap,
            Job::Robots,
        ];
        jobs.extend(self.search_jobs());
        jobs.extend(self.report_jobs());
        jobs.extend(self.bulletin_jobs());
        for &i in &self.plan.stories {
            jobs.push(Job::Story(i));
            if self.cfg.site.broadcast.scripts {
                jobs.push(Job::Script(i));
            }
            if self.cfg.site.broadcast.print {
                jobs.push(Job::Sheet(i));
            }
            if self.cfg.site.broadcast.share {
                jobs.extend([Job::ShareText(i), Job::ShareSquare(i), Job::ShareCard(i)]);
            }
            for a in 0..self.published.stories[i].aliases.len() {
                jobs.push(Job::Alias(i, a));
            }
        }
        for (slot, (_, list)) in self.plan.columns.iter().enumerate() {
            jobs.push(Job::ColumnFeed(slot));
            jobs.extend((1..=pages(list.len(), per)).map(|n| Job::Column(slot, n)));
        }
        for (slot, (_, list)) in self.plan.units.iter().enumerate() {
            jobs.push(Job::UnitFeed(slot));
            jobs.extend((1..=pages(list.len(), per)).map(|n| Job::Unit(slot, n)));
        }
        jobs.extend(self.booklet_years().into_iter().map(Job::Booklet));
        jobs.extend(self.podcast_jobs());
        if !self.cfg.exemplars.is_empty() {
            jobs.push(Job::Exemplars);
            for slot in 0..self.plan.exemplars.len() {
                jobs.push(Job::Exemplar(slot));
                jobs.push(Job::ExemplarFeed(slot));
            }
        }
        jobs
    }

    pub fn sitemap(&self) -> Vec<u8> {
        sitemap::write(self.plan.outlet, &self.sitemap_entries())
    }

    fn sitemap_entries(&self) -> Vec<(String, Option<NaiveDate>)> {
        let o = self.plan.outlet;
        let per = self.cfg.site.per_page;
        let mut v = vec![(o.url("/"), self.plan.stories.first().map(|&i| self.published.stories[i].date))];
        v.push((o.url(urls::COMMUNES), None));
        v.push((o.url(urls::COLUMNS), None));
        v.push((o.url(urls::SEARCH), None));
        v.push((o.url(urls::FOLLOW), None));
        for &i in &self.plan.stories {
            let s = self.published.stories[i];
            v.push((o.url(&urls::story(&s.slug)), Some(s.date)));
        }
        for (ci, list) in &self.plan.columns {
            let id = &self.cfg.columns[*ci].id;
            for n in 1..=pages(list.len(), per) {
                v.push((o.url(&urls::column(id, n)), None));
            }
        }
        for (ui, list) in &self.plan.units {
            let id = &self.cfg.registry.units[*ui].id;
            for n in 1..=pages(list.len(), per) {
                v.push((o.url(&urls::commune(id, n)), None));
            }
        }
        if !self.cfg.exemplars.is_empty() {
            v.push((o.url(urls::EXEMPLARS), None));
            for (x, list) in &self.plan.exemplars {
                let newest = list.first().map(|&i| self.published.stories[i].date);
                v.push((o.url(&urls::exemplar(&self.cfg.exemplars.list[*x].id)), newest));
            }
        }
        v
    }

    fn meta(
        &self,
        kind: &str,
        path: &str,
        title: String,
        description: String,
        feed: Option<(String, String)>,
    ) -> PageMeta {
        let o = self.plan.outlet;
        let (feed_url, feed_title) = feed.unwrap_or_else(|| (o.url(urls::SITE_FEED), o.title.clone()));
        PageMeta {
            title,
            description,
            url: o.url(path),
            feed_url,
            feed_title,
            kind: kind.into(),
            root: urls::to_root(path),
            image: None,
            share_image: None,
        }
    }

    fn page(
        &self,
        prep: &Prepared,
        template: &str,
        path: &str,
        meta: PageMeta,
        extra: impl FnOnce(&mut Context),
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        let mut ctx = Context::new();
        ctx.insert("site", &prep.site);
        ctx.insert("labels", self.labels);
        ctx.insert("page", &meta);
        extra(&mut ctx);
        // Straight into bytes: `render` would check the whole page is UTF-8 once more.
        let mut bytes = Vec::with_capacity(16 * 1024);
        let shown = format!("themes/{}/templates/{template}", self.plan.outlet.theme);
        templates::watch::watched(&shown, path, || {
            self.tera.render_to(template, &ctx, templates::Budget { out: &mut bytes })
        })
        .map(|()| (path.to_owned(), bytes))
        .map_err(|e| {
            Diagnostic::error(
                "template-error",
                &shown,
                Pos::START,
                Text::new(
                    format!("không dựng được trang {path}: {}", crate::error::chain(&e)),
                    format!("cannot render {path}: {}", crate::error::chain(&e)),
                ),
            )
        })
    }

    pub fn render(&self, prep: &Prepared, job: Job) -> Result<(String, Vec<u8>), Diagnostic> {
        let (cfg, o, p) = (self.cfg, self.plan.outlet, self.published);
        let per = cfg.site.per_page;
        let cards_of = |list: &[usize], page: usize| -> Vec<&Card> {
            list.iter().skip((page - 1) * per).take(per).map(|&i| prep.card(self, i)).collect()
        };
        match job {
            Job::Home => {
                let latest = cards_of(&self.plan.stories, 1);
                let meta = self.meta("home", "/", o.title.clone(), o.description.clone(), None);
                self.page(prep, "home.html", "/", meta, |ctx| {
                    ctx.insert("latest", &latest);
                    ctx.insert("units", &prep.units);
                    ctx.insert("total", &self.plan.stories.len());
                })
            }
            Job::Story(i) => {
                let card = prep.card(self, i).clone();
                let mut view = views::story(cfg, self.plan, p, i, card, (self.today, self.labels));
                view.audio = self.audio_view(prep, i);
                let path = urls::story(&p.stories[i].slug);
                let mut meta = self.meta("story", &path, view.card.title.clone(), view.card.summary.clone(), None);
                meta.image = view.card.image.clone();
                meta.share_image = self.share_meta(i);
                self.page(prep, "story.html", &path, meta, |ctx| ctx.insert("story", &view))
            }
            Job::Alias(i, a) => {
                let s = p.stories[i];
                let path = urls::story(&s.aliases[a]);
                let target = o.url(&urls::story(&s.slug));
                let mut meta = self.meta("redirect", &path, s.title.clone(), s.summary.clone(), None);
                meta.url = target.clone(); // canonical is the story's current address
                self.page(prep, "redirect.html", &path, meta, |ctx| ctx.insert("target", &target))
            }
            Job::Column(slot, n) => self.column_page(prep, slot, n),
            Job::Unit(slot, n) => self.unit_page(prep, slot, n),
            Job::SiteFeed => Ok(self.feed(urls::SITE_FEED, &o.title, &o.description, &o.url("/"), &self.plan.stories)),
            Job::ColumnFeed(slot) => {
                let (ci, list) = &self.plan.columns[slot];
                let c = &cfg.columns[*ci];
                let title = format!("{} — {}", o.title, c.title);
                Ok(self.feed(&urls::column_feed(&c.id), &title, &c.description, &o.url(&urls::column(&c.id, 1)), list))
            }
            Job::UnitFeed(slot) => {
                let (ui, list) = &self.plan.units[slot];
                let u = &cfg.registry.units[*ui];
                let title = format!("{} — {}", o.title, u.full_name());
                let desc = self.labels.fill("unit_feed_description", &[("name", &u.full_name())]);
                Ok(self.feed(&urls::commune_feed(&u.id), &title, &desc, &o.url(&urls::commune(&u.id, 1)), list))
            }
            Job::Communes => {
                let meta = self.meta(
                    "communes",
                    urls::COMMUNES,
                    prep.units.title.clone(),
                    self.labels.fill("communes_description", &[("district", &cfg.site.district)]),
                    None,
                );
                self.page(prep, "communes.html", urls::COMMUNES, meta, |ctx| ctx.insert("units", &prep.units))
            }
            Job::Columns => {
                let meta = self.meta(
                    "columns",
                    urls::COLUMNS,
                    self.labels.get("columns"),
                    self.labels.get("columns_description"),
                    None,
                );
                self.page(prep, "columns.html", urls::COLUMNS, meta, |_| {})
            }
            Job::NotFound => {
                let meta = self.meta("404", "/404.html", self.labels.get("not_found"), String::new(), None);
                self.page(prep, "404.html", "/404.html", meta, |_| {})
            }
            Job::Search => {
                let meta = self.meta(
                    "search",
                    urls::SEARCH,
                    self.labels.get("search"),
                    self.labels.fill("search_description", &[("district", &cfg.site.district)]),
                    None,
                );
                let index = o.url(&urls::search_file("meta.json"));
                let script = o.url(urls::SEARCH_SCRIPT);
                self.page(prep, "search.html", urls::SEARCH, meta, |ctx| {
                    ctx.insert("index_url", &index);
                    ctx.insert("script_url", &script);
                })
            }
            Job::SearchMeta => Ok((urls::search_file("meta.json"), self.search_meta())),
            Job::SearchShard(n) => {
                Ok((urls::search_file(&format!("t-{n}.json")), self.search(prep).shard_json(n as usize)))
            }
            Job::SearchVocab(n) => {
                let c = crate::assemble::search::VOCAB.as_bytes()[n as usize] as char;
                Ok((urls::search_file(&format!("tu-{c}.json")), self.search(prep).vocab_json(n as usize)))
            }
            Job::SearchDocs(n) => Ok((urls::search_file(&format!("d-{n}.json")), self.search_docs(n as usize))),
            Job::SearchScript => Ok((urls::SEARCH_SCRIPT.to_owned(), include_bytes!("search.js").to_vec())),
            Job::Follow => {
                let meta = self.meta(
                    "follow",
                    urls::FOLLOW,
                    self.labels.get("follow"),
                    self.labels.get("follow_description"),
                    None,
                );
                let opml = o.url(urls::OPML);
                self.page(prep, "follow.html", urls::FOLLOW, meta, |ctx| {
                    ctx.insert("units", &prep.units);
                    ctx.insert("opml_url", &opml);
                })
            }
            Job::Opml => Ok((urls::OPML.to_owned(), self.opml(prep))),
            Job::Sitemap => Ok(("/sitemap.xml".to_owned(), self.sitemap())),
            Job::Robots => Ok(("/robots.txt".to_owned(), self.robots())),
            Job::Report { year, index } => self.report(year, index),
            Job::Exemplars => self.exemplar_index(prep),
            Job::Booklet(year) => self.booklet(prep, year),
            Job::Podcast(of) => Ok(self.podcast(prep, of)),
            Job::Exemplar(slot) => self.exemplar_page(prep, slot),
            Job::ExemplarFeed(slot) => Ok(self.exemplar_feed(slot)),
            Job::Script(i) => Ok((urls::story_script(&p.stories[i].slug), self.script(prep, i).into_bytes())),
            Job::Sheet(i) => self.sheet(prep, i),
            Job::ShareText(i) => Ok((urls::story_share(&p.stories[i].slug, urls::SHARE_TEXT), self.share_text(i))),
            // Builds link these from the image cache (`render_file`); their bytes, for any other use.
            Job::ShareSquare(i) => self.share_bytes(i, crate::images::share::SQUARE, urls::SHARE_SQUARE),
            Job::ShareCard(i) => self.share_bytes(i, crate::images::share::OPEN_GRAPH, urls::SHARE_CARD),
            Job::Bulletin { slot, year, week, text } => self.bulletin(prep, slot, (year, week), text),
        }
    }
}

pub fn io_diag(path: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "io-error",
        path,
        Pos::START,
        Text::new(format!("không ghi được tệp: {e}"), format!("cannot write the file: {e}")),
    )
}
