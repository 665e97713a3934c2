//! `guong build` after a change to stories only: it renders the jobs the change affects
//! (`site::changes`, the function `serve` uses after each save) and applies them to
//! the output in place through a journal (`emit::patch`), instead of building every
//! outlet anew beside the old one.
//!
//! What the last build knew is kept in `.guong-state.json`: the program (`kept::program`), the
//! options and the day, a hash of every input other than story files (configuration,
//! exemplars, photos, themes, templates), the photos and recordings in use, the
//! outlets, and per story file its hash and where it stood (`Members`). When any of
//! these differ, the state is unreadable or `--full` is given, the build is a full one.
//!
//! Each outlet's search index is kept beside the state (`.guong-search-<outlet>.bin`).
//! When no story moved, the next build patches it for the changed stories, as `serve`
//! does, and renders only the search files that changed, instead of reading every
//! story's words and rendering every file of the index again.

use crate::assemble::Published;
use crate::assemble::search::Index;
use crate::diagnostic::Diagnostic;
use crate::emit::fingerprint::Parts;
use crate::emit::patch::{Incoming, Ops};
use crate::emit::writer::OutletWriter;
use crate::emit::{nginx, templates};
use crate::model::{Config, Outlet, Story};
use crate::site::SiteBuild;
use crate::site::changes::{Changes, Members, plan};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

pub(crate) const STATE: &str = crate::kept::files::STATE;

/// What the last successful build into a folder was made from.
#[derive(Serialize, Deserialize)]
pub(crate) struct State {
    version: String,
    options: String,
    others: String,
    media: u64,
    outlets: Vec<String>,
    /// Story file (by the hash of its path: the state names no one whose consent is
    /// withdrawn) → (hash of its bytes, where it stood if it was published).
    stories: BTreeMap<String, (u64, Option<Members>)>,
}

/// A story file's key in the state.
fn key(path: &str) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(path.as_bytes()))
}

/// The photos and recordings the published stories use, and which outlets show each
/// photo (an outlet's folder has only its own): a change there rebuilds all.
pub(crate) fn media_key(cfg: &Config, outlets: &[&Outlet], published: &Published) -> u64 {
    let mut photos: Vec<String> = crate::assemble::photos(&published.stories).into_iter().collect();
    photos.sort();
    let shown: Vec<Vec<String>> = outlets
        .iter()
        .map(|o| {
            let mine: Vec<&Story> =
                published.stories.iter().copied().filter(|s| crate::assemble::shows(cfg, o, s)).collect();
            let mut v: Vec<String> = crate::assemble::photos(&mine).into_iter().collect();
            v.sort();
            v
        })
        .collect();
    let audio: Vec<&str> = published.stories.iter().filter_map(|s| s.audio.as_deref()).collect();
    xxhash_rust::xxh3::xxh3_64(format!("{photos:?}{shown:?}{audio:?}").as_bytes())
}

impl State {
    pub(crate) fn of(
        parts: &Parts,
        options: &str,
        media: u64,
        outlets: &[&Outlet],
        cfg: &Config,
        p: &Published,
    ) -> State {
        let members: HashMap<&str, Members> =
            (0..p.stories.len()).map(|i| (p.stories[i].path.as_str(), Members::of(cfg, p, i))).collect();
        State {
            version: crate::kept::program().to_owned(),
            options: options.to_owned(),
            others: format!("{:032x}", parts.others),
            media,
            outlets: outlets.iter().map(|o| o.id.clone()).collect(),
            stories: parts
                .stories
                .iter()
                .map(|(path, h)| (key(path), (*h, members.get(path.as_str()).cloned())))
                .collect(),
        }
    }

    /// The last build's state, if this build may start from it.
    pub(crate) fn read(out: &Path, parts: &Parts, options: &str, outlets: &[&Outlet]) -> Option<State> {
        let state: State = serde_json::from_slice(&std::fs::read(out.join(STATE)).ok()?).ok()?;
        let same = state.version == crate::kept::program()
            && state.options == options
            && state.others == format!("{:032x}", parts.others)
            && state.outlets.iter().map(String::as_str).eq(outlets.iter().map(|o| o.id.as_str()))
            && outlets.iter().all(|o| out.join(&o.id).join("index.html").is_file());
        same.then_some(state)
    }

    pub(crate) fn bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// The file beside the output that keeps an outlet's search index.
pub(crate) fn index_file(outlet: &str) -> String {
    crate::kept::files::search_index(outlet)
}

/// Whether a file name beside the output is a kept search index (`index_file`).
pub(crate) fn is_index_file(name: &str) -> bool {
    crate::kept::files::is_search_index(name)
}

/// An index as kept: the version of guong that made it, the index, then (after these,
/// in the file) the XXH3 of both, so that a damaged file is never patched.
#[derive(Serialize)]
struct Kept<'a> {
    version: &'a str,
    index: &'a Index,
}

#[derive(Deserialize)]
struct Read {
    version: String,
    index: Index,
}

/// The bytes of `index` as kept.
pub(crate) fn index_bytes(index: &Index) -> Vec<u8> {
    let data = postcard::to_stdvec(&Kept { version: crate::kept::program(), index }).unwrap_or_default();
    crate::kept::seal(INDEX_MAGIC, &data)
}

const INDEX_MAGIC: &[u8] = crate::kept::files::SEARCH_INDEX_MAGIC;

/// The index kept for `outlet` in `out`, if it is whole and of this version.
pub(crate) fn read_index(out: &Path, outlet: &str) -> Option<Index> {
    let bytes = std::fs::read(out.join(index_file(outlet))).ok()?;
    let kept: Read = postcard::from_bytes(crate::kept::unseal(INDEX_MAGIC, &bytes)?).ok()?;
    (kept.version == crate::kept::program()).then_some(kept.index)
}

/// What an incremental build did, per outlet: (id, stories, files rendered).
pub(crate) type Summary = Vec<(String, usize, usize)>;

/// Everything an incremental build needs besides the site build.
pub(crate) struct Step<'a> {
    pub out: &'a Path,
    pub parts: &'a Parts,
    pub fingerprint: Option<u128>,
    pub outlets: &'a [&'a Outlet],
}

/// Builds only what changed since `prev`, when the media are the same. `Ok(None)`: not
/// possible here, build in full.
pub(crate) fn run(step: &Step, prev: State, build: &SiteBuild, media: u64) -> Result<Option<Summary>, Vec<Diagnostic>> {
    if prev.media != media {
        return Ok(None);
    }
    let (cfg, published) = (build.cfg, build.published);
    let changed = changed_files(step, &prev);
    if changed.is_empty() {
        return Ok(None);
    }
    let before: HashMap<String, Members> = changed
        .iter()
        .filter_map(|(p, k)| prev.stories.get(k).and_then(|x| x.1.clone()).map(|m| (p.clone(), m)))
        .collect();
    let changes = Changes { stories: changed.keys().cloned().collect(), ..Changes::default() };
    let (aff, now) = plan(&changes, &before, cfg, published, false);
    let out = step.out;
    patch_indexes(step, build, &aff);
    crate::emit::output::clear_stale(out).map_err(|e| vec![crate::emit::io_diag(&out.display().to_string(), &e)])?;
    let incoming = Incoming::new(out).map_err(|e| vec![crate::emit::io_diag(&out.display().to_string(), &e)])?;
    let mut ops = Ops::default();
    let mut summary = Vec::new();
    let mut errors = Vec::new();
    let pick = aff.as_pick();
    let themes = templates::load_each(build.root, step.outlets.iter().map(|o| o.theme.as_str()), &cfg.site.labels);
    // The outlets side by side: each one's manifest is read and written while the
    // other's pages render.
    let each = |o: &&Outlet| match &themes[o.theme.as_str()] {
        Ok(theme) => outlet(build, o, theme, &pick, &aff, &incoming),
        Err(d) => Err(vec![d.clone()]),
    };
    let done: Vec<_> = {
        use rayon::prelude::*;
        step.outlets.par_iter().map(each).collect()
    };
    for d in done {
        match d {
            Ok(mut d) => {
                ops.deletes.append(&mut d.ops.deletes);
                ops.books.append(&mut d.ops.books);
                summary.push(d.summary);
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    errors.extend(crate::site::changed_meanwhile(build.all));
    if !errors.is_empty() {
        incoming.abandon();
        return Err(errors);
    }
    record(step, build, prev, &changed, &now, &mut ops);
    incoming.commit(&ops).map_err(|e| vec![crate::emit::io_diag(&out.display().to_string(), &e)])?;
    Ok(Some(summary))
}

/// When no story moved, the kept search indexes are handed to the build to patch (an
/// outlet whose index is missing or damaged gets it made anew).
fn patch_indexes(step: &Step, build: &SiteBuild, aff: &crate::site::changes::Affected) {
    let out = step.out;
    if let Some(carry) = build.search
        && aff.in_place
        && let (Ok(mut indexes), Ok(mut changed)) = (carry.indexes.lock(), carry.changed.lock())
    {
        use rayon::prelude::*;
        let read: Vec<_> =
            step.outlets.par_iter().filter_map(|o| Some((o.id.clone(), read_index(out, &o.id)?))).collect();
        indexes.extend(read);
        *changed = Some(aff.changed.clone());
    }
}

/// What the commit records besides the pages: the search indexes patched or made anew
/// (an outlet whose index came out the same keeps its file), the state, the nginx
/// files and the fingerprint.
fn record(
    step: &Step,
    build: &SiteBuild,
    prev: State,
    changed: &HashMap<String, String>,
    now: &HashMap<String, Members>,
    ops: &mut Ops,
) {
    if let Some(carry) = build.search
        && let (Ok(mut indexes), Ok(same)) = (carry.indexes.lock(), carry.unchanged.lock())
    {
        use rayon::prelude::*;
        let kept: Vec<_> = indexes.drain().filter(|(id, _)| !same.contains(id)).collect();
        ops.books.par_extend(kept.par_iter().map(|(id, index)| (index_file(id), index_bytes(index))));
    }
    let mut state = prev;
    for (path, k) in changed {
        match step.parts.stories.get(path) {
            Some(h) => state.stories.insert(k.clone(), (*h, now.get(path).cloned())),
            None => state.stories.remove(k),
        };
    }
    ops.books.push((STATE.to_owned(), state.bytes()));
    let nginx_dir = build.server.as_ref().map(|t| t.nginx_dir.clone()).unwrap_or_default();
    ops.books.push((format!("{}/http.conf", nginx::DIR), nginx::http_conf(&nginx_dir).into_bytes()));
    if let Some(fp) = step.fingerprint {
        ops.books.push((crate::emit::fingerprint::FILE.to_owned(), format!("{fp:032x}\n").into_bytes()));
    }
}

/// The story files changed since `prev`, by path, with their keys in the state; a
/// deleted one by its key (it is published nowhere now).
fn changed_files(step: &Step, prev: &State) -> HashMap<String, String> {
    let keys: HashMap<String, &String> = step.parts.stories.keys().map(|p| (key(p), p)).collect();
    let mut changed: HashMap<String, String> = HashMap::new();
    for (path, h) in &step.parts.stories {
        if prev.stories.get(&key(path)).map(|x| x.0) != Some(*h) {
            changed.insert(path.clone(), key(path));
        }
    }
    changed.extend(prev.stories.keys().filter(|k| !keys.contains_key(*k)).map(|k| (k.clone(), k.clone())));
    changed
}

/// What one outlet's part of an incremental build changes.
struct OutletStep {
    ops: Ops,
    summary: (String, usize, usize),
}

/// Renders one outlet's affected jobs into `incoming`, and says what the commit must
/// delete and record for it.
fn outlet(
    build: &SiteBuild,
    o: &Outlet,
    theme: &templates::Theme,
    pick: crate::site::Pick,
    aff: &crate::site::changes::Affected,
    incoming: &Incoming,
) -> Result<OutletStep, Vec<Diagnostic>> {
    let out = incoming.out();
    let w = OutletWriter::new(out, incoming.outlet_dir(&o.id), &o.id).precompress(build.cfg.site.precompress);
    let d = build.outlet(o, theme, pick, &w)?;
    let mut ops = Ops::default();
    let dropped: HashSet<String> = w.dropped(|rel| aff.drops(&page_of(rel)));
    ops.deletes.extend(dropped.iter().map(|rel| (o.id.clone(), rel.clone())));
    // A page now too small for a `.gz` copy loses the old one.
    let (live, fresh) = (out.join(&o.id), incoming.outlet_dir(&o.id));
    for rel in w.new_pages() {
        let gz = format!("{rel}.gz");
        if !fresh.join(&gz).exists() && live.join(&gz).exists() {
            ops.deletes.push((o.id.clone(), gz));
        }
    }
    let (name, text) = w.manifest_after(&o.id, &dropped);
    ops.books.push((name, text.into_bytes()));
    if let Some(s) = d.server {
        for (name, text) in s.named(&o.id) {
            ops.books.push((format!("{}/{name}", nginx::DIR), text.as_bytes().to_vec()));
        }
    }
    let written = w.written.load(std::sync::atomic::Ordering::Relaxed);
    Ok(OutletStep { ops, summary: (o.id.clone(), d.stories, written) })
}

/// The page a file of the output is (the inverse of `urls::file_for`).
fn page_of(rel: &str) -> String {
    match rel.strip_suffix("index.html") {
        Some(dir) if dir.is_empty() || dir.ends_with('/') => format!("/{dir}"),
        _ => format!("/{rel}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn files_map_back_to_their_pages() {
        for page in ["/", "/bai-viet/a/", "/rss.xml", "/404.html", "/tim-kiem/chi-muc/t-3.json"] {
            assert_eq!(super::page_of(&crate::assemble::urls::file_for(page)), page);
        }
    }
}
