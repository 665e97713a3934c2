//! The web pages: the home page, each story's page, the columns' and units' pages and
//! their indexes, the follow page and the 404 page.

use crate::assemble::views::{self, Card};
use crate::assemble::{pages, urls};
use crate::diagnostic::Diagnostic;
use crate::emit::change::{Affected, Members};
use crate::emit::channel::{Channel, Key, Of, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;
use chrono::NaiveDate;

pub(crate) struct Web;

impl Channel for Web {
    fn name(&self) -> &'static str {
        "web"
    }

    fn on(&self, _: &Config) -> bool {
        true
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        let per = b.cfg.site.per_page;
        let mut jobs: Vec<Key> =
            ["home", "communes", "columns", "404", "follow", "card"].into_iter().map(Key::Named).collect();
        jobs.extend(b.plan.stories.iter().map(|&i| Key::Story(i, 0)));
        for (slot, (_, list)) in b.plan.columns.iter().enumerate() {
            jobs.extend((1..=pages(list.len(), per)).map(|n| Key::List(Of::Column(slot), n)));
        }
        for (slot, (_, list)) in b.plan.units.iter().enumerate() {
            jobs.extend((1..=pages(list.len(), per)).map(|n| Key::List(Of::Unit(slot), n)));
        }
        jobs
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        let (cfg, o) = (b.cfg, b.plan.outlet);
        match key {
            Key::Named("home") => {
                let latest: Vec<&Card> =
                    b.plan.stories.iter().take(cfg.site.per_page).map(|&i| prep.card(b, i)).collect();
                let mut meta = b.meta("home", "/", o.title.clone(), o.description.clone(), None);
                meta.podcast_url = b.podcast_feed_url(Of::Site);
                b.page(prep, "home.html", "/", meta, |ctx| {
                    ctx.insert("latest", &latest);
                    ctx.insert("units", &prep.units);
                    ctx.insert("total", &b.plan.stories.len());
                })
            }
            Key::Named("communes") => {
                let desc = b.labels.fill("communes_description", &[("district", &cfg.site.district)]);
                let meta = b.meta("communes", urls::COMMUNES, prep.units.title.clone(), desc, None);
                b.page(prep, "communes.html", urls::COMMUNES, meta, |ctx| ctx.insert("units", &prep.units))
            }
            Key::Named("columns") => {
                let meta = b.meta(
                    "columns",
                    urls::COLUMNS,
                    b.labels.get("columns"),
                    b.labels.get("columns_description"),
                    None,
                );
                b.page(prep, "columns.html", urls::COLUMNS, meta, |_| {})
            }
            Key::Named("404") => {
                let meta = b.meta("404", "/404.html", b.labels.get("not_found"), String::new(), None);
                b.page(prep, "404.html", "/404.html", meta, |_| {})
            }
            Key::Named("follow") => {
                let mut meta =
                    b.meta("follow", urls::FOLLOW, b.labels.get("follow"), b.labels.get("follow_description"), None);
                meta.podcast_url = b.podcast_feed_url(Of::Site);
                let opml = o.url(urls::OPML);
                let sources_opml = (!o.gather.is_empty()).then(|| o.url(urls::SOURCES_OPML));
                let podcasts = b.podcast_feeds();
                b.page(prep, "follow.html", urls::FOLLOW, meta, |ctx| {
                    ctx.insert("units", &prep.units);
                    ctx.insert("opml_url", &opml);
                    ctx.insert("sources_opml_url", &sources_opml);
                    ctx.insert("podcasts", &podcasts);
                })
            }
            Key::Named("card") => {
                let (path, disk) = b.outlet_card()?;
                std::fs::read(&disk).map(|bytes| (path.clone(), bytes)).map_err(|e| crate::emit::io_diag(&path, &e))
            }
            Key::Story(i, _) => {
                let p = b.published;
                let card = prep.card(b, i).clone();
                let mut view = views::story(cfg, b.plan, p, i, card, (b.today, b.labels));
                view.audio = b.audio_view(prep, i);
                let path = urls::story(&p.stories[i].slug);
                let mut meta = b.meta("story", &path, view.card.title.clone(), view.card.summary.clone(), None);
                meta.image = view.card.image.clone();
                meta.share_image = b.share_meta(i);
                // A story gathered from a commune's site: its page there is the original.
                if let Some(g) = cfg.gathering.origin(&p.stories[i].slug) {
                    meta.url = g.canonical.clone();
                }
                b.page(prep, "story.html", &path, meta, |ctx| ctx.insert("story", &view))
            }
            Key::List(Of::Column(slot), n) => b.column_page(prep, slot, n),
            Key::List(Of::Unit(slot), n) => b.unit_page(prep, slot, n),
            other => unreachable!("not a web page: {other:?}"),
        }
    }

    /// The outlet's card is linked from the image cache, as the stories' are.
    fn render_file(&self, b: &OutletBuild, key: Key) -> Option<Result<(String, std::path::PathBuf), Diagnostic>> {
        (key == Key::Named("card")).then(|| b.outlet_card())
    }

    fn affected(&self, b: &OutletBuild, a: &Affected, key: Key) -> bool {
        let t = |name: &str| a.templates.contains(name);
        match key {
            Key::Named("404") => t("404.html"),
            Key::Named(_) => true,
            Key::Story(i, _) => a.changed_story(b, i) || t("story.html"),
            Key::List(Of::Column(slot), n) if a.in_place => a.shows(b, &b.plan.columns[slot].1, Some(n)),
            Key::List(Of::Unit(slot), n) if a.in_place => a.shows(b, &b.plan.units[slot].1, Some(n)),
            Key::List(Of::Column(slot), _) => {
                a.columns.contains(&b.cfg.columns[b.plan.columns[slot].0].id) || t("list.html")
            }
            Key::List(Of::Unit(slot), _) => {
                a.units.contains(&b.cfg.registry.units[b.plan.units[slot].0].id) || t("list.html")
            }
            _ => true,
        }
    }

    fn story_urls(&self, m: &Members) -> Vec<String> {
        vec![urls::story(&m.slug)]
    }

    fn drops(&self, a: &Affected, path: &str) -> bool {
        !a.in_place && (a.in_list(path, urls::COLUMNS, &a.columns) || a.in_list(path, urls::COMMUNES, &a.units))
    }

    fn sitemap(&self, b: &OutletBuild) -> Vec<(String, Option<NaiveDate>)> {
        let o = b.plan.outlet;
        let per = b.cfg.site.per_page;
        let mut v = vec![(o.url("/"), b.plan.stories.first().map(|&i| b.published.stories[i].date))];
        v.extend([urls::COMMUNES, urls::COLUMNS, urls::SEARCH, urls::FOLLOW].map(|p| (o.url(p), None)));
        // A gathered story's page names the commune's as canonical: the sitemap lists
        // only pages that are their own.
        for &i in &b.plan.stories {
            let s = b.published.stories[i];
            if b.cfg.gathering.origin(&s.slug).is_none() {
                v.push((o.url(&urls::story(&s.slug)), Some(s.date)));
            }
        }
        for (ci, list) in &b.plan.columns {
            let id = &b.cfg.columns[*ci].id;
            v.extend((1..=pages(list.len(), per)).map(|n| (o.url(&urls::column(id, n)), None)));
        }
        for (ui, list) in &b.plan.units {
            let id = &b.cfg.registry.units[*ui].id;
            v.extend((1..=pages(list.len(), per)).map(|n| (o.url(&urls::commune(id, n)), None)));
        }
        v
    }
}
