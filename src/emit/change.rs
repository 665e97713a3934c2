//! From what changed on disk to the jobs to render again: a pure function of where the
//! changed stories stood in the last good build and where they stand now (`affected`),
//! which each channel reads (`Channel::affected`, `drops`). `serve` uses it after every
//! save, `build` on an incremental build; a full build renders every job instead.

use crate::assemble::Published;
use crate::emit::OutletBuild;
use crate::emit::channel::{CHANNELS, Job};
use crate::model::{Config, Story};
use chrono::Datelike;
use std::collections::{HashMap, HashSet};

pub(crate) use crate::load::changes::Changes;

impl Changes {
    /// Whether only a whole rebuild is safe: the list of stories was rescanned, photos
    /// changed, or a template other than the pages' own (`templates::REQUIRED`): one
    /// that every page may include (`base.html`, macros).
    pub(crate) fn needs_whole(&self) -> bool {
        self.rescan
            || self.media
            || self.config
            || self.templates.iter().any(|(_, t)| !crate::emit::templates::REQUIRED.contains(&t.as_str()))
    }
}

/// Where a story stood in a build: what to render again when it changes. `build`
/// keeps it between runs (`.guong-state.json`), `serve` in memory.
#[derive(Clone, Default, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Members {
    pub slug: String,
    pub aliases: Vec<String>,
    pub columns: Vec<String>,
    pub units: Vec<String>,
    /// Hash of what the search index and sitemap show of the story.
    pub listing: u64,
    pub date: chrono::NaiveDate,
    /// The exemplar the story names, and the units whose pages list that exemplar (its
    /// own, and those that adopted it, for a practice).
    pub exemplar: Option<String>,
    pub exemplar_units: Vec<String>,
    /// Hash of the front matter (`Story::front_hash`): what the reports count.
    #[serde(default)]
    pub front: u64,
}

impl Members {
    pub(crate) fn of(cfg: &Config, published: &Published, i: usize) -> Members {
        let s = published.stories[i];
        Members {
            slug: s.slug.clone(),
            aliases: s.aliases.clone(),
            columns: published.columns_of[i].iter().map(|&c| cfg.columns[c].id.clone()).collect(),
            units: cfg.registry.listing(&s.commune, s.date).iter().map(|u| u.id.clone()).collect(),
            listing: listing_key(s),
            date: s.date,
            exemplar: s.exemplar.clone(),
            exemplar_units: s
                .exemplar
                .as_deref()
                .and_then(|id| cfg.exemplars.get(id))
                .map(|e| {
                    let since = e.proposed.as_ref().map_or(s.date, |p| p.date);
                    let mut units: Vec<String> =
                        cfg.registry.listing(&e.unit, since).iter().map(|u| u.id.clone()).collect();
                    // A practice's page is also linked from the units that adopted it.
                    for r in &e.replicated_in {
                        units.extend(cfg.registry.listing(&r.unit, r.date).iter().map(|u| u.id.clone()));
                    }
                    units.sort();
                    units.dedup();
                    units
                })
                .unwrap_or_default(),
            front: s.front_hash,
        }
    }
}

/// A stable hash (xxh3) of what lists show of a story.
fn listing_key(s: &Story) -> u64 {
    let text = format!(
        "{}\0{}\0{}\0{}\0{}\0{}\0{}\0{}",
        s.slug, s.title, s.subject.name, s.commune, s.field, s.date, s.summary, s.draft
    );
    xxhash_rust::xxh3::xxh3_64(text.as_bytes())
}

/// The jobs a set of changes affects, and the pages it removes.
#[derive(Debug, Default)]
pub(crate) struct Affected {
    /// Story files changed (their story pages and the lists that show them).
    pub stories: HashSet<String>,
    /// The search index and the sitemap change only with what they list.
    pub listings: bool,
    pub columns: HashSet<String>,
    pub units: HashSet<String>,
    /// Exemplars of the changed stories, before and now: their pages and feeds.
    pub exemplars: HashSet<String>,
    /// Where the changed stories stood before and stand now (both, for a story that
    /// stayed): what a channel needs beyond the sets above (the weeks of their dates).
    pub members: Vec<Members>,
    /// Story and alias pages of the changed stories' old slugs.
    pub gone: Vec<String>,
    pub templates: HashSet<String>,
    /// No story moved in or out of a list, nor within it: only the pages that show a
    /// changed story are rendered again.
    pub in_place: bool,
    /// Indexes of the changed stories in this build's `Published` (see `locate`).
    pub changed: Vec<usize>,
    /// A story came, went, or had its front matter edited: the reports count anew.
    pub counts: bool,
    /// The report pages' folder (`report_page.path`, see `locate`): when they count
    /// anew, the pages of a year no story is in any more go.
    pub reports: Option<String>,
}

/// What a change affects, for `serve` after a save and `build` on an incremental build
/// alike: where the changed stories stand in `published` (every story's, when `whole`),
/// and from that and where they stood (`before`), the jobs to render again, located in
/// `published`. Returns the jobs and where the changed stories stand now.
pub(crate) fn plan(
    changes: &Changes,
    before: &HashMap<String, Members>,
    cfg: &Config,
    published: &Published,
    whole: bool,
) -> (Affected, HashMap<String, Members>) {
    let now: HashMap<String, Members> = (0..published.stories.len())
        .filter(|&i| whole || changes.stories.contains(&published.stories[i].path))
        .map(|i| (published.stories[i].path.clone(), Members::of(cfg, published, i)))
        .collect();
    let mut a = affected(changes, before, &now);
    a.locate(cfg, published);
    (a, now)
}

/// Compares where the changed stories stood (`before`) and stand (`now`).
pub(crate) fn affected(
    changes: &Changes,
    before: &HashMap<String, Members>,
    now: &HashMap<String, Members>,
) -> Affected {
    let mut a = Affected {
        stories: changes.stories.clone(),
        templates: changes.templates.iter().map(|(_, t)| t.clone()).collect(),
        ..Affected::default()
    };
    a.counts = changes.stories.iter().any(|p| before.get(p).map(|m| m.front) != now.get(p).map(|m| m.front));
    a.listings = !changes.templates.is_empty()
        || changes.stories.iter().any(|p| before.get(p).map(|m| m.listing) != now.get(p).map(|m| m.listing));
    for path in &changes.stories {
        for m in [before.get(path), now.get(path)].into_iter().flatten() {
            a.columns.extend(m.columns.iter().cloned());
            a.units.extend(m.units.iter().cloned());
            a.exemplars.extend(m.exemplar.iter().cloned());
            a.members.push(m.clone());
        }
        // A story that changes exemplar changes which exemplars the units' pages list.
        let exemplar = |m: Option<&Members>| m.and_then(|m| m.exemplar.clone());
        if exemplar(before.get(path)) != exemplar(now.get(path)) {
            for m in [before.get(path), now.get(path)].into_iter().flatten() {
                a.units.extend(m.exemplar_units.iter().cloned());
            }
        }
        if let Some(old) = before.get(path) {
            a.gone.extend(CHANNELS.iter().flat_map(|c| c.story_urls(old)));
        }
    }
    a.in_place = changes.templates.is_empty()
        && changes.stories.iter().all(|p| match (before.get(p), now.get(p)) {
            (Some(x), Some(y)) => {
                x.columns == y.columns
                    && x.units == y.units
                    && x.date == y.date
                    && x.slug == y.slug
                    && x.exemplar == y.exemplar
            }
            _ => false,
        });
    a
}

impl Affected {
    /// Whether `job` of an outlet must be rendered again: its channel says.
    pub(crate) fn picks(&self, b: &OutletBuild, job: Job) -> bool {
        job.channel().affected(b, self, job.key)
    }

    /// Whether story `i` (of `Published`) is one of the changed ones.
    pub(crate) fn changed_story(&self, b: &OutletBuild, i: usize) -> bool {
        self.stories.contains(&b.published.stories[i].path)
    }

    /// Whether a list shows a changed story on page `page` (`None`: in its feed). Lists
    /// hold indexes in ascending order, so each changed story is one search.
    pub(crate) fn shows(&self, b: &OutletBuild, list: &[usize], page: Option<usize>) -> bool {
        let per = b.cfg.site.per_page.max(1);
        self.changed.iter().any(|i| match list.binary_search(i) {
            Ok(pos) => match page {
                Some(n) => pos / per + 1 == n,
                None => pos < b.cfg.site.feed_limit,
            },
            Err(_) => false,
        })
    }

    /// Whether a changed story was or is dated in ISO week `week` of `year` (and, with
    /// `column`, in that column).
    pub(crate) fn in_week(&self, column: Option<&str>, year: i32, week: u32) -> bool {
        self.members.iter().any(|m| {
            let w = m.date.iso_week();
            (w.year(), w.week()) == (year, week) && column.is_none_or(|c| m.columns.iter().any(|x| x == c))
        })
    }

    /// Whether `path` is a page of a list `prefix<id>/…` whose id is in `set`.
    pub(crate) fn in_list(&self, path: &str, prefix: &str, set: &HashSet<String>) -> bool {
        path.strip_prefix(prefix).and_then(|r| r.split('/').next()).is_some_and(|id| set.contains(id))
    }

    /// Whether a page kept from the last build is gone or may have moved: the changed
    /// stories' old pages, and what each channel says (every page of a list a story
    /// moved in, out of or within).
    pub(crate) fn drops(&self, path: &str) -> bool {
        self.gone.iter().any(|g| g == path) || CHANNELS.iter().any(|c| c.drops(self, path))
    }

    /// `picks` as the site build takes it.
    pub(crate) fn as_pick(&self) -> impl Fn(&OutletBuild, Job) -> bool + Sync + '_ {
        move |b, job| self.picks(b, job)
    }

    /// Finds the changed stories among the published ones (by index, ascending), and
    /// where the site's report pages are.
    pub(crate) fn locate(&mut self, cfg: &Config, published: &Published) {
        self.reports = cfg.site.report_page.as_ref().map(|rp| format!("/{}/", rp.path.trim_matches('/')));
        self.changed = published
            .stories
            .iter()
            .enumerate()
            .filter(|(_, s)| self.stories.contains(&s.path))
            .map(|(i, _)| i)
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(slug: &str, columns: &[&str], units: &[&str], listing: u64, day: u32) -> Members {
        Members {
            slug: slug.into(),
            aliases: vec![format!("{slug}-cu")],
            columns: columns.iter().map(|s| (*s).to_owned()).collect(),
            units: units.iter().map(|s| (*s).to_owned()).collect(),
            listing,
            date: chrono::NaiveDate::from_ymd_opt(2024, 3, day).unwrap(),
            exemplar: None,
            exemplar_units: Vec::new(),
            front: listing,
        }
    }

    fn edit(path: &str) -> Changes {
        Changes { stories: [path.to_owned()].into_iter().collect(), ..Changes::default() }
    }

    #[test]
    fn a_body_edit_stays_in_place() {
        let before: HashMap<_, _> =
            [("a.md".to_owned(), member("a", &["y-te"], &["tho-tan"], 1, 5))].into_iter().collect();
        let a = affected(&edit("a.md"), &before, &before.clone());
        assert!(a.in_place && !a.listings && !a.counts, "the reports are not counted anew");
        assert!(a.drops("/bai-viet/a/") && a.drops("/bai-viet/a-cu/"), "its own pages are rendered anew");
        assert!(!a.drops("/chuyen-muc/y-te/"), "lists keep their pages");
        // 5 March 2024 is in ISO week 10: that week's bulletin of the column reads it.
        assert!(a.in_week(Some("y-te"), 2024, 10) && !a.in_week(Some("y-te"), 2024, 11));
        assert!(a.in_week(None, 2024, 10) && !a.in_week(Some("van-hoa"), 2024, 10));
    }

    #[test]
    fn a_new_date_touches_the_bulletins_of_both_weeks() {
        let before: HashMap<_, _> =
            [("a.md".to_owned(), member("a", &["y-te"], &["tho-tan"], 1, 5))].into_iter().collect();
        let now: HashMap<_, _> =
            [("a.md".to_owned(), member("a", &["y-te"], &["tho-tan"], 2, 20))].into_iter().collect();
        let a = affected(&edit("a.md"), &before, &now);
        assert!(!a.in_place);
        assert!(a.drops("/ban-tin/y-te/2024-tuan-10/") && a.drops("/ban-tin/y-te/2024-tuan-12/ban-tin.txt"));
        assert!(!a.drops("/ban-tin/y-te/2024-tuan-11/"), "a week it never was in keeps its bulletin");
    }

    #[test]
    fn a_move_to_another_unit_touches_both_units_lists() {
        let before: HashMap<_, _> =
            [("a.md".to_owned(), member("a", &["y-te"], &["tho-tan"], 1, 5))].into_iter().collect();
        let now: HashMap<_, _> =
            [("a.md".to_owned(), member("a", &["y-te"], &["dong-tien"], 2, 5))].into_iter().collect();
        let a = affected(&edit("a.md"), &before, &now);
        assert!(!a.in_place && a.listings && a.counts);
        assert!(a.units.contains("tho-tan") && a.units.contains("dong-tien"));
        assert!(a.drops("/dia-phuong/tho-tan/trang/2/") && a.drops("/dia-phuong/dong-tien/"));
        assert!(!a.drops("/dia-phuong/an-nong/"));
    }

    #[test]
    fn a_deleted_story_drops_its_pages_and_a_rename_its_old_slug() {
        let before: HashMap<_, _> = [("a.md".to_owned(), member("a", &[], &["tho-tan"], 1, 5))].into_iter().collect();
        let a = affected(&edit("a.md"), &before, &HashMap::new());
        assert!(!a.in_place && a.listings && a.drops("/bai-viet/a/"));
        assert!(a.drops("/tim-kiem/chi-muc/d-1.json"), "the search files are all rendered anew, or go");
        assert!(!a.drops("/tim-kiem/"), "the search page is not the index");
        let now: HashMap<_, _> = [("a.md".to_owned(), member("b", &[], &["tho-tan"], 2, 5))].into_iter().collect();
        let a = affected(&edit("a.md"), &before, &now);
        assert!(!a.in_place && a.drops("/bai-viet/a/"));
    }

    #[test]
    fn a_layout_template_needs_a_whole_rebuild() {
        let mut c = Changes::default();
        c.templates.insert(("t".into(), "story.html".into()));
        assert!(!c.needs_whole());
        c.templates.insert(("t".into(), "base.html".into()));
        assert!(c.needs_whole());
        assert!(Changes { media: true, ..Changes::default() }.needs_whole());
    }
}
