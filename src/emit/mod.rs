//! Stage 6: one outlet's files, rendered with its theme in parallel and written into
//! the staging folder.

mod broadcast;
pub(crate) mod change;
pub(crate) mod channel;
mod channels;
pub(crate) mod cms;
pub(crate) use channel::{Job, Key};
mod compress;
mod exemplars;
mod extra;
mod feeds;
pub(crate) use extra::Reports;
pub(crate) mod fingerprint;
mod lists;
pub(crate) mod nginx;
pub(crate) mod output;
pub(crate) mod patch;
mod podcast;
pub(crate) mod qr;
pub(crate) mod writer;
pub(crate) use writer::Sink;
mod sitemap;
mod units;
use units::UnitGroups;
pub(crate) mod templates;

use crate::assemble::views::{self, Card, ColumnView, PageMeta, SiteView, UnitView};
use crate::assemble::{OutletPlan, Published, urls};
use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::model::{Config, Story};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use tera::{Context, Tera};

/// Everything one outlet's pages are made from.
pub(crate) struct OutletBuild<'a> {
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
pub(crate) struct Prepared {
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
    /// What every page's template context starts from (`site`, `labels`), turned into
    /// template values once per outlet: each page clones it, where inserting it anew
    /// serialised the site's columns and some 180 labels again for every page.
    context: Context,
}

impl Prepared {
    /// The full-text index, if a job built it (or a patch made it).
    /// Whether the search index was patched and nothing in it changed (no story of
    /// this outlet among the changed ones, or none whose words or card changed).
    pub(crate) fn search_unchanged(&self) -> bool {
        matches!(&self.search_touched, Some((t, chunks)) if t.shards.is_empty() && t.vocab.is_empty() && chunks.is_empty())
    }

    pub(crate) fn into_search(self) -> Option<crate::assemble::search::Index> {
        self.search.into_inner()
    }
}

impl OutletBuild<'_> {
    /// `prepare`, with the last preview's search index patched for the changed stories
    /// (`Published` indexes) when no story moved.
    pub(crate) fn prepare_with(&self, search: Option<(crate::assemble::search::Index, &[usize])>) -> Prepared {
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

    pub(crate) fn prepare(&self) -> Prepared {
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
        let mut context = Context::new();
        context.insert("site", &site);
        context.insert("labels", self.labels);
        Prepared {
            context,
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
            podcast_url: None,
        }
    }

    fn page(
        &self,
        prep: &Prepared,
        template: &str,
        path: &str,
        mut meta: PageMeta,
        extra: impl FnOnce(&mut Context),
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        // A page without a picture of its own is shared with the outlet's card.
        if meta.share_image.is_none() && meta.image.is_none() {
            meta.share_image = Some(self.outlet_card_meta());
        }
        let mut ctx = prep.context.clone();
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
                msg!("render.page", path, error = crate::error::chain(&e)),
            )
        })
    }

    /// Every job of the outlet, of every channel switched on.
    pub(crate) fn jobs(&self) -> Vec<Job> {
        channel::jobs(self)
    }

    /// One job's file: its URL path and bytes.
    pub(crate) fn render(&self, prep: &Prepared, job: Job) -> channel::Rendered {
        job.channel().render(self, prep, job.key)
    }

    /// A job whose output is a file of the image cache, to be linked rather than copied
    /// (`Sink::file`): its URL path and the file. `None` for every other job.
    pub(crate) fn render_file(&self, job: Job) -> Option<Result<(String, std::path::PathBuf), Diagnostic>> {
        job.channel().render_file(self, job.key)
    }
}

pub(crate) fn io_diag(path: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error("io-error", path, Pos::START, msg!("render.cannot-write", error = e))
}
