//! The province view (issue 31): an outlet with `gather:` takes in the stories other
//! guong sites publish, each a commune's content tree. Each site is loaded and checked
//! as its own `guong check` would (its own configuration, registry and criteria); a site
//! with errors is named and left out, never breaking the others; a site that cannot be
//! read keeps the content it had when it was last gathered (kept, sealed, in
//! `.guong-cache/gom/`, as JSON: a newer guong still reads what an older one kept). A gathered story is published as its site published it: on the
//! view its address starts with the source's id, it links to its page on the commune's
//! own outlet (`rel=canonical`), and it carries no photo or recording (those stay with
//! the commune's outlet).

use super::{Entry, Project};
use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::kept::files::{GATHERED, GATHERED_MAGIC};
use crate::load::StoryFile;
use crate::model::gather::{Feed, Gathering, Origin, Source, SourceState, State};
use crate::model::{Config, Outlet, Story};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// What a source gave at its last good reading, kept for when it cannot be read.
#[derive(Serialize, Deserialize)]
struct Snapshot {
    /// The day it was read (ISO).
    taken: String,
    title: String,
    feeds: Vec<Feed>,
    /// Each story as its site published it (its slug and paths its own), its body, and
    /// its page there.
    stories: Vec<(Story, String, Origin)>,
}

/// A source as this build found it: its state, and its snapshot when it gives stories.
struct Found {
    state: State,
    /// A warning that its copy could not be kept.
    note: Option<Diagnostic>,
    snapshot: Option<Snapshot>,
    path_shown: String,
    /// Its title, when its configuration reads but it gives no stories.
    title: Option<String>,
}

/// Gathers every source of every outlet with `gather:`: the stories as entries of the
/// view (keyed by a path of their own), what each source gave, and a finding for each
/// source left out or kept from before.
pub(super) fn gather(root: &Path, cfg: &Config) -> (Vec<(String, Entry)>, Gathering, Vec<Diagnostic>) {
    let mut entries = Vec::new();
    let mut gathering = Gathering::default();
    let mut diags = Vec::new();
    for (i, o) in cfg.site.outlets.iter().enumerate() {
        let found: Vec<Found> = o.gather.par_iter().map(|src| find(root, o, src, cfg.today())).collect();
        for (j, (src, f)) in o.gather.iter().zip(found).enumerate() {
            let at = cfg.spans.site.value(&format!("outlets.{i}.gather.{j}.path"), Pos::START);
            diags.extend(finding(src, &f, at));
            diags.extend(f.note);
            let (title, feeds, stories) = match f.snapshot {
                Some(s) => (s.title, s.feeds, s.stories),
                None => (f.title.unwrap_or_else(|| src.id.clone()), Vec::new(), Vec::new()),
            };
            let n = stories.len();
            for (story, body, mut origin) in stories {
                origin.source = src.id.clone();
                let g = adopt(story, body, src, o);
                let file = StoryFile { abs: root.join(&g.path), rel: g.path.clone(), slug: g.slug.clone() };
                gathering.origins.insert(g.slug.clone(), origin);
                entries.push((g.path.clone(), Entry { file, story: Some(g), diags: Vec::new() }));
            }
            gathering.sources.push(SourceState {
                outlet: o.id.clone(),
                id: src.id.clone(),
                path: f.path_shown,
                state: f.state,
                stories: n,
                feeds,
                title,
            });
        }
    }
    (entries, gathering, diags)
}

/// Reads and checks one source; keeps what it gave, or falls back on what it gave last.
fn find(root: &Path, o: &Outlet, src: &Source, today: chrono::NaiveDate) -> Found {
    let dir = root.join(&src.path);
    let kept = root.join(GATHERED).join(&o.id).join(format!("{}.json", src.id));
    let path_shown = src.path.clone();
    if !dir.join(crate::model::config::SITE).is_file() {
        return match read_kept(&kept) {
            Some(s) => Found {
                state: State::Kept { since: s.taken.clone() },
                note: None,
                snapshot: Some(s),
                path_shown,
                title: None,
            },
            None => Found { state: State::Missing, note: None, snapshot: None, path_shown, title: None },
        };
    }
    let project = match Project::load_read_only(&dir) {
        Ok(p) => p,
        Err(e) => {
            let first = e.render(crate::diagnostic::Lang::Vi);
            return Found {
                state: State::Failed { errors: 1, first },
                note: None,
                snapshot: None,
                path_shown,
                title: None,
            };
        }
    };
    let errors: Vec<&Diagnostic> = project.diags.iter().filter(|d| d.is_error()).collect();
    let title = project.config.as_ref().map(|c| site_title(c, today));
    let Some(cfg) = project.config.as_ref().filter(|_| errors.is_empty()) else {
        let first = errors
            .first()
            .map_or_else(String::new, |d| format!("{}:{}:{}: {}", d.path, d.pos.line, d.pos.column, d.message.vi));
        let state = State::Failed { errors: errors.len().max(1), first };
        return Found { state, note: None, snapshot: None, path_shown, title };
    };
    let snapshot = snapshot(cfg, &project, today);
    let note = write_kept(&kept, &snapshot).err().map(|e| {
        let message = msg!("gather.keep-failed", path = kept.display(), message = e);
        Diagnostic::warning("gather-kept", crate::model::config::SITE, Pos::START, message)
    });
    Found { state: State::Fresh, note, snapshot: Some(snapshot), path_shown, title: None }
}

/// What a source publishes today: each story no draft, due, and carried by one of its
/// outlets (the first that carries it gives its canonical page).
fn snapshot(cfg: &Config, project: &Project, today: chrono::NaiveDate) -> Snapshot {
    let sel = crate::assemble::Selection { drafts: false, future: false, today: cfg.today() };
    let chosen = crate::assemble::select(cfg, project.stories(), &sel);
    let stories = chosen
        .into_iter()
        .filter_map(|s| {
            let pick = |o: &&Outlet| {
                s.outlets.as_ref().is_none_or(|l| l.contains(&o.id)) && o.carries(&cfg.registry, &s.commune, s.date)
            };
            let o = cfg.site.outlets.iter().find(pick)?;
            let origin = Origin {
                source: String::new(),
                canonical: o.url(&crate::assemble::urls::story(&s.slug)),
                outlet: o.title.clone(),
            };
            Some((s.clone(), without_local_images(s.body.get()), origin))
        })
        .collect();
    let live = cfg.site.outlets.iter().filter(|o| !o.ended_before(today));
    let feeds = live
        .map(|o| Feed {
            title: o.title.clone(),
            feed_url: o.url(crate::assemble::urls::SITE_FEED),
            page_url: o.url("/"),
        })
        .collect();
    Snapshot { taken: today.to_string(), title: site_title(cfg, today), feeds, stories }
}

/// What a site calls itself: the title of its first outlet still publishing, else of
/// its first.
fn site_title(cfg: &Config, today: chrono::NaiveDate) -> String {
    let o = cfg.site.outlets.iter().find(|o| !o.ended_before(today)).or(cfg.site.outlets.first());
    o.map_or_else(String::new, |o| o.title.clone())
}

/// A source's story as the view publishes it: its slug, id and former slugs behind the
/// source's id, its exemplar counted apart from other sources', on this outlet only,
/// without the photos and recording its own site keeps.
fn adopt(mut s: Story, body: String, src: &Source, o: &Outlet) -> Story {
    let prefix = |x: &str| format!("{}-{x}", src.id);
    s.path = format!("{}/{}", src.path.trim_end_matches('/'), s.path);
    s.slug = prefix(&s.slug);
    s.id = s.id.as_deref().map(prefix);
    s.aliases = s.aliases.iter().map(|a| prefix(a)).collect();
    s.exemplar = s.exemplar.as_deref().map(|e| format!("{}/{e}", src.id));
    s.outlets = Some(vec![o.id.clone()]);
    s.image = None;
    s.image_alt = None;
    s.audio = None;
    s.body_photos = Vec::new();
    s.draft = false;
    s.body = crate::model::story::Body::new(body);
    s
}

/// The body without its images (Markdown's `![…](…)`): their files stay in the commune's
/// site, and the view links to the page that shows them.
fn without_local_images(body: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut cut: Vec<std::ops::Range<usize>> = Vec::new();
    let mut open: Option<usize> = None;
    for (ev, range) in Parser::new_ext(body, crate::render::options()).into_offset_iter() {
        match ev {
            Event::Start(Tag::Image { .. }) if open.is_none() => open = Some(range.start),
            Event::End(TagEnd::Image) => {
                if let Some(start) = open.take() {
                    cut.push(start..range.end.max(start));
                }
            }
            _ => {}
        }
    }
    if cut.is_empty() {
        return body.to_owned();
    }
    let mut out = String::with_capacity(body.len());
    let mut at = 0;
    for r in cut {
        if r.start >= at {
            out.push_str(&body[at..r.start]);
            at = r.end;
        }
    }
    out.push_str(&body[at..]);
    out
}

/// A warning for a source left out, or kept from before.
fn finding(src: &Source, f: &Found, at: Pos) -> Option<Diagnostic> {
    let site = crate::model::config::SITE;
    let (code, message) = match &f.state {
        State::Fresh => return None,
        State::Kept { since } => {
            let since = crate::model::gather::day_text(since);
            ("gather-kept", msg!("gather.kept", id = src.id, path = f.path_shown, since))
        }
        State::Missing => ("gather-missing", msg!("gather.missing", id = src.id, path = f.path_shown)),
        State::Failed { errors, first } => {
            ("gather-failed", msg!("gather.failed", id = src.id, path = f.path_shown, errors, first))
        }
    };
    Some(Diagnostic::warning(code, site, at, message))
}

fn read_kept(file: &Path) -> Option<Snapshot> {
    let bytes = std::fs::read(file).ok()?;
    let data = crate::kept::unseal(GATHERED_MAGIC, &bytes)?;
    serde_json::from_slice(data).ok()
}

fn write_kept(file: &Path, s: &Snapshot) -> std::io::Result<()> {
    let data = serde_json::to_vec(s).map_err(std::io::Error::other)?;
    let sealed = crate::kept::seal(GATHERED_MAGIC, &data);
    if std::fs::read(file).is_ok_and(|old| old == sealed) {
        return Ok(());
    }
    crate::kept::replace(file, &sealed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_leave_the_body_and_the_rest_stays() {
        let body = "Đoạn một ![ảnh](media/a.jpg \"t\") tiếp.\n\n![b](../x.png)\n\n[liên kết](https://x.vn) và `![không](ảnh)`.\n";
        let out = without_local_images(body);
        assert_eq!(out, "Đoạn một  tiếp.\n\n\n\n[liên kết](https://x.vn) và `![không](ảnh)`.\n");
        assert_eq!(without_local_images("không ảnh"), "không ảnh");
    }
}
