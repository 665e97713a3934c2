//! Stage 5: which stories each outlet publishes, and where: columns, units, pages.
//! Everything is computed by index in one pass over the stories, never per column
//! or per unit over all stories.

pub(crate) mod feed;
pub(crate) mod search;
pub(crate) mod urls;
pub(crate) mod views;

use crate::model::{Config, Level, Outlet, Story};
use crate::render::{self, Rendered};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// What is published at all, with each story's body rendered once, when first asked
/// for (`rendered`): a full build asks for every one, an incremental build only for the
/// stories of the pages and feeds it renders again.
pub(crate) struct Published<'a> {
    pub images: &'a crate::images::ImageSet,
    pub stories: Vec<&'a Story>,
    rendered: Vec<(u64, std::sync::OnceLock<Arc<Rendered>>)>,
    policy: render::Policy<'a>,
    /// Indexes into `Config::columns` of the columns each story belongs to.
    pub columns_of: Vec<Vec<usize>>,
    /// Commendation levels of each story, highest first.
    pub levels: Vec<Vec<Level>>,
}

/// Which stories are published: drafts only with `drafts`; stories dated after `today`
/// only with `future` (a scheduled story appears with the first build on its date).
pub(crate) struct Selection {
    pub drafts: bool,
    pub future: bool,
    pub today: NaiveDate,
}

/// Stories whose exemplar waits for the workflow count as drafts; a withdrawn consent or
/// a declined exemplar keeps a story out of every build, drafts included.
pub(crate) fn select<'a>(
    cfg: &Config,
    stories: impl IntoIterator<Item = &'a Story>,
    sel: &Selection,
) -> Vec<&'a Story> {
    use crate::model::Standing;
    stories
        .into_iter()
        .filter(|s| match cfg.standing(s) {
            Standing::Public => true,
            Standing::Draft | Standing::Waiting(_) => sel.drafts,
            Standing::Declined | Standing::Withdrawn => false,
        })
        .filter(|s| sel.future || s.date <= sel.today)
        .collect()
}

/// Photos the chosen stories show (their `image` and the images of their bodies), as
/// paths under `content/`.
pub(crate) fn photos(chosen: &[&Story]) -> std::collections::HashSet<String> {
    let mut set = std::collections::HashSet::new();
    for s in chosen {
        set.extend(s.image.iter().map(|i| i.trim_start_matches("./").to_owned()));
        set.extend(s.body_photos.iter().cloned());
    }
    set
}

/// Rendered bodies kept between builds (by story path, with a hash of what went in), so
/// that `serve` re-renders only what changed.
pub(crate) type RenderCache = HashMap<String, (u64, Arc<Rendered>)>;

fn render_key(s: &Story) -> u64 {
    s.body_hash
}

impl Published<'_> {
    /// Story `i`'s rendered body, rendered now if it was not yet.
    pub(crate) fn rendered(&self, i: usize) -> &Rendered {
        self.rendered[i].1.get_or_init(|| Arc::new(render::render_with(&self.stories[i].body, &self.policy)))
    }

    /// Renders the bodies of `stories` not yet rendered, in parallel.
    pub(crate) fn render_all(&self, stories: &[usize]) {
        stories.par_iter().for_each(|&i| {
            self.rendered(i);
        });
    }

    /// Keeps the bodies rendered so far in `cache`, for the next build (`serve`).
    pub(crate) fn keep(&self, cache: &mut RenderCache) {
        for (s, (key, cell)) in self.stories.iter().zip(&self.rendered) {
            if let Some(r) = cell.get() {
                cache.insert(s.path.clone(), (*key, Arc::clone(r)));
            }
        }
    }
}

/// What is published, each story's body taken from `cache` where it is unchanged (and
/// rendered when first asked for otherwise).
pub(crate) fn publish<'a>(
    cfg: &Config,
    chosen: Vec<&'a Story>,
    images: &'a crate::images::ImageSet,
    cache: &RenderCache,
) -> Published<'a> {
    let policy = render::Policy { embed_hosts: cfg.site.embeds.clone(), images: Some(images) };
    let rendered = chosen
        .iter()
        .map(|s| {
            let key = render_key(s);
            let cell = std::sync::OnceLock::new();
            if let Some((_, r)) = cache.get(&s.path).filter(|(old, _)| *old == key) {
                let _ = cell.set(Arc::clone(r));
            }
            (key, cell)
        })
        .collect();
    let levels: Vec<Vec<Level>> = chosen.iter().map(|s| cfg.levels_of(s)).collect();
    let columns_of = chosen
        .iter()
        .zip(&levels)
        .map(|(s, lv)| {
            cfg.columns
                .iter()
                .enumerate()
                .filter(|(_, c)| s.columns.contains(&c.id) || c.rule.matches(s, lv))
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    Published { images, stories: chosen, rendered, policy, columns_of, levels }
}

/// One outlet's share: its stories, its columns and every unit of the registry.
pub(crate) struct OutletPlan<'a> {
    pub outlet: &'a Outlet,
    /// Indexes into `Published::stories`, newest first.
    pub stories: Vec<usize>,
    /// (index into `Config::columns`, stories) for the columns this outlet carries.
    pub columns: Vec<(usize, Vec<usize>)>,
    /// (index into `Registry::units`, stories) for every unit, in Vietnamese order.
    /// A unit lists its own stories and those of the units merged into it.
    pub units: Vec<(usize, Vec<usize>)>,
    /// (index into `Config::exemplars`, stories) for every exemplar of the registry with
    /// a story here, by name in Vietnamese order: each gets its profile page.
    pub exemplars: Vec<(usize, Vec<usize>)>,
}

/// Whether `outlet` publishes story `s` (of those published at all): the story names
/// no other outlets, and the outlet carries its unit on its date.
pub(crate) fn shows(cfg: &Config, outlet: &Outlet, s: &Story) -> bool {
    s.outlets.as_ref().is_none_or(|o| o.contains(&outlet.id)) && outlet.carries(&cfg.registry, &s.commune, s.date)
}

impl OutletPlan<'_> {
    /// The photos this outlet's stories show (paths under `content/`): the only ones
    /// copied into its folder (an archive gets no photo of a later story).
    pub(crate) fn photos(&self, published: &Published) -> std::collections::HashSet<String> {
        let mine: Vec<&Story> = self.stories.iter().map(|&i| published.stories[i]).collect();
        photos(&mine)
    }
}

pub(crate) fn plan<'a>(cfg: &Config, outlet: &'a Outlet, published: &Published) -> OutletPlan<'a> {
    let carried: Vec<usize> =
        cfg.outlet_columns(outlet).iter().filter_map(|c| cfg.columns.iter().position(|x| x.id == c.id)).collect();
    let mut col_slot = vec![None; cfg.columns.len()];
    for (slot, &ci) in carried.iter().enumerate() {
        col_slot[ci] = Some(slot);
    }
    let units = &cfg.registry.units;
    let unit_index: std::collections::HashMap<&str, usize> =
        units.iter().enumerate().map(|(i, u)| (u.id.as_str(), i)).collect();
    let mut columns: Vec<(usize, Vec<usize>)> = carried.iter().map(|&c| (c, Vec::new())).collect();
    let mut by_unit: Vec<Vec<usize>> = vec![Vec::new(); units.len()];
    let mut stories = Vec::new();
    let mut by_exemplar: Vec<Vec<usize>> = vec![Vec::new(); cfg.exemplars.list.len()];
    for (i, s) in published.stories.iter().enumerate() {
        if !shows(cfg, outlet, s) {
            continue;
        }
        stories.push(i);
        if let Some(e) = s.exemplar.as_deref().and_then(|id| cfg.exemplars.index(id)) {
            by_exemplar[e].push(i);
        }
        for &c in &published.columns_of[i] {
            if let Some(slot) = col_slot[c] {
                columns[slot].1.push(i);
            }
        }
        for u in cfg.registry.listing(&s.commune, s.date) {
            if let Some(&ui) = unit_index.get(u.id.as_str()) {
                by_unit[ui].push(i);
            }
        }
    }
    // An outlet of some units has pages for those and the units merged into them.
    let mut order: Vec<usize> = (0..units.len()).filter(|&u| outlet.covers(&cfg.registry, &units[u].id)).collect();
    order.sort_by(|&a, &b| {
        crate::text::compare_vi(&units[a].name, &units[b].name).then_with(|| units[a].id.cmp(&units[b].id))
    });
    let units = order.into_iter().map(|u| (u, std::mem::take(&mut by_unit[u]))).collect();
    let list = &cfg.exemplars.list;
    let mut exemplars: Vec<(usize, Vec<usize>)> =
        by_exemplar.into_iter().enumerate().filter(|(_, v)| !v.is_empty()).collect();
    exemplars.sort_by(|a, b| crate::text::compare_vi(&list[a.0].name, &list[b.0].name).then(a.0.cmp(&b.0)));
    OutletPlan { outlet, stories, columns, units, exemplars }
}

/// Splits `n` items into pages of `per_page`; always at least one (empty) page.
pub(crate) fn pages(n: usize, per_page: usize) -> usize {
    n.div_ceil(per_page.max(1)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{StoryFile, parse_bytes};
    use std::path::Path;

    fn story(root: &Path, name: &str, extra: &str) -> Story {
        let rel = format!("content/stories/{name}");
        let slug = name.rsplit('/').next().unwrap_or(name).trim_end_matches(".md").to_owned();
        let mut bytes = std::fs::read(root.join(&rel)).expect("fixture story");
        bytes.extend_from_slice(extra.as_bytes());
        parse_bytes(StoryFile { abs: root.join(&rel), rel, slug }, bytes).story.expect("a story")
    }

    #[test]
    fn bodies_are_rendered_when_first_asked_for_and_kept_for_the_next_build() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site");
        let cfg = crate::load::config(&root, &mut Vec::new()).expect("fixture configuration");
        let stories = [story(&root, "2024/chi-hoa-dua-luoi.md", ""), story(&root, "2023/bep-an-nua.md", "")];
        let images = crate::images::ImageSet::default();
        let mut cache = RenderCache::new();
        let p = publish(&cfg, stories.iter().collect(), &images, &cache);
        assert!(p.rendered.iter().all(|(_, cell)| cell.get().is_none()), "nothing rendered before it is asked for");
        let html = p.rendered(1).html.clone();
        assert!(html.contains("<p>"), "{html}");
        p.keep(&mut cache);
        assert_eq!(cache.keys().collect::<Vec<_>>(), [&stories[1].path], "only what was rendered is kept");
        // The next build takes the kept body as it is, and renders the other when asked.
        let q = publish(&cfg, stories.iter().collect(), &images, &cache);
        let kept = q.rendered[1].1.get().expect("taken from the cache");
        assert!(Arc::ptr_eq(kept, &cache[&stories[1].path].1));
        assert!(q.rendered[0].1.get().is_none());
        q.render_all(&[0, 1]);
        assert!(q.rendered.iter().all(|(_, cell)| cell.get().is_some()));
        // A body edited since is rendered anew, not taken from the cache.
        let edited = [story(&root, "2023/bep-an-nua.md", "\nMột đoạn mới.\n")];
        let r = publish(&cfg, edited.iter().collect(), &images, &cache);
        assert!(r.rendered[0].1.get().is_none());
        assert!(r.rendered(0).html.contains("Một đoạn mới."));
    }
}
