//! The watcher: `content/` and `themes/`, each recursively, and the site root alone, so
//! that a watched folder that is removed or moved away and comes back (restored from a
//! backup, a `git checkout`) is watched again and the site rebuilt.

use super::state::Changes;
use crate::console::errln;
use notify::{RecursiveMode, Watcher};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// The folders watched, each with all that is under it (`templates/`: the site's own
/// templates over every theme's, when it has any).
const DIRS: [&str; 3] = ["content", "themes", "templates"];
/// Quiet time that ends a burst of events (an editor's save is several).
const DEBOUNCE: Duration = Duration::from_millis(30);
/// A burst never delays a rebuild longer than this.
const MAX_WAIT: Duration = Duration::from_millis(300);

pub(super) struct Watch {
    root: PathBuf,
    watcher: notify::RecommendedWatcher,
    rx: Receiver<notify::Event>,
}

impl Watch {
    pub(super) fn start(root: &Path) -> notify::Result<Watch> {
        let (tx, rx) = std::sync::mpsc::channel();
        let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
            if let Ok(ev) = res {
                let _ = tx.send(ev);
            }
        })?;
        // The root without what is under it: tells when a watched folder comes or goes.
        watcher.watch(root, RecursiveMode::NonRecursive)?;
        let mut watch = Watch { root: root.to_owned(), watcher, rx };
        for dir in DIRS {
            if let Err(e) = watch.arm(dir)
                && (dir != "templates" || root.join(dir).exists())
            {
                errln!("guong: không theo dõi được {dir}/: {e}");
            }
        }
        Ok(watch)
    }

    /// Watches `dir` afresh. A removed folder's watches went with it, and a moved one's
    /// would follow it elsewhere: whatever is left of them is dropped first.
    fn arm(&mut self, dir: &str) -> notify::Result<()> {
        let path = self.root.join(dir);
        let _ = self.watcher.unwatch(&path);
        self.watcher.watch(&path, RecursiveMode::Recursive)
    }

    /// Waits up to `wait` for a change, then for the rest of its burst, and says what to
    /// rebuild (nothing when no change came); None once the watcher has stopped.
    pub(super) fn next(&mut self, wait: Duration) -> Option<Changes> {
        let mut changes = Changes::default();
        let first = match self.rx.recv_timeout(wait) {
            Ok(ev) => ev,
            Err(RecvTimeoutError::Timeout) => return Some(changes),
            Err(RecvTimeoutError::Disconnected) => return None,
        };
        let started = Instant::now();
        let mut rearm = BTreeSet::new();
        classify(&self.root, &first, &mut changes, &mut rearm);
        while started.elapsed() < MAX_WAIT {
            match self.rx.recv_timeout(DEBOUNCE) {
                Ok(ev) => classify(&self.root, &ev, &mut changes, &mut rearm),
                Err(_) => break,
            }
        }
        for dir in rearm {
            // A folder that is there is watched again, then read anew whole; one that is
            // gone for now is reported by the rebuild, and armed when it comes back.
            if let Err(e) = self.arm(dir)
                && self.root.join(dir).is_dir()
            {
                errln!("guong: không theo dõi được {dir}/: {e}");
            }
            changes.config = true;
        }
        Some(changes)
    }
}

/// Sorts a file event into the kind of rebuild it needs, and notes a watched folder that
/// was itself created, removed or renamed. Editors' temporary files (`.x.swp`, `x~`,
/// `.#x`) are ignored; what counts is the final state of real files.
fn classify(root: &Path, ev: &notify::Event, changes: &mut Changes, rearm: &mut BTreeSet<&'static str>) {
    use notify::event::{EventKind, ModifyKind};
    // Events were lost (the kernel's queue overflowed): everything is looked at again.
    if ev.need_rescan() {
        rearm.extend(DIRS);
        return;
    }
    // Reading a file (as a rebuild does) is no change.
    if matches!(ev.kind, EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(_)) | EventKind::Other) {
        return;
    }
    for p in &ev.paths {
        let Ok(rel) = p.strip_prefix(root) else { continue };
        let rel_s = crate::load::rel_path(Path::new(""), rel);
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.')
            || name.starts_with("#")
            || name.ends_with('~')
            || name.ends_with(".swp")
            || name.ends_with(".tmp")
        {
            continue;
        }
        let parts: Vec<&str> = rel_s.split('/').collect();
        match parts.as_slice() {
            [top] => {
                rearm.extend(DIRS.into_iter().filter(|d| d == top));
            }
            ["content", "stories", ..] if name.ends_with(".md") => {
                changes.stories.insert(rel_s.clone());
            }
            // A folder created, moved or removed; other files (an editor's temporaries) are not stories.
            ["content", "stories", ..]
                if p.is_dir() || matches!(ev.kind, EventKind::Remove(notify::event::RemoveKind::Folder)) =>
            {
                changes.rescan = true;
            }
            ["content", "media", ..] => changes.media = true,
            ["content", file] if file.ends_with(".yaml") => changes.config = true,
            // The exemplar registry is read with the configuration (a file, or the folder).
            ["content", "exemplars", ..] => changes.config = true,
            ["themes", theme, "templates", rest @ ..] if !rest.is_empty() => {
                changes.templates.insert(((*theme).to_owned(), rest.join("/")));
            }
            ["themes", _, "static", ..] => changes.statics = true,
            // Labels are read with the theme: reloaded as the configuration is.
            ["themes", _, "labels.yaml"] => changes.config = true,
            // The site's own templates stand over every theme's ("" for all themes).
            ["templates", rest @ ..] if !rest.is_empty() => {
                changes.templates.insert((String::new(), rest.join("/")));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{AccessKind, CreateKind, EventKind, ModifyKind, RemoveKind, RenameMode};

    fn sort(kind: EventKind, rel: &str) -> (Changes, BTreeSet<&'static str>) {
        let root = Path::new("/site");
        let (mut changes, mut rearm) = (Changes::default(), BTreeSet::new());
        classify(root, &notify::Event::new(kind).add_path(root.join(rel)), &mut changes, &mut rearm);
        (changes, rearm)
    }

    #[test]
    fn a_watched_folder_that_comes_or_goes_is_armed_again() {
        assert_eq!(sort(EventKind::Remove(RemoveKind::Folder), "content").1, BTreeSet::from(["content"]));
        assert_eq!(sort(EventKind::Create(CreateKind::Folder), "themes").1, BTreeSet::from(["themes"]));
        assert_eq!(
            sort(EventKind::Modify(ModifyKind::Name(RenameMode::From)), "content").1,
            BTreeSet::from(["content"])
        );
        // Reading the folder (as a rebuild does) is no change; other folders are not watched.
        assert!(sort(EventKind::Access(AccessKind::Any), "content").1.is_empty());
        assert!(sort(EventKind::Create(CreateKind::Folder), "public").1.is_empty());
        let (changes, rearm) = sort(EventKind::Modify(ModifyKind::Any), "content/site.yaml");
        assert!(changes.config && rearm.is_empty());
        let (changes, _) = sort(EventKind::Modify(ModifyKind::Any), "content/exemplars/le-thi-hoa.yaml");
        assert!(changes.config, "an exemplar's consent may hide stories: reload");
    }

    #[test]
    fn lost_events_arm_everything_again() {
        let root = Path::new("/site");
        let (mut changes, mut rearm) = (Changes::default(), BTreeSet::new());
        let lost = notify::Event::new(EventKind::Other).set_flag(notify::event::Flag::Rescan);
        classify(root, &lost, &mut changes, &mut rearm);
        assert_eq!(rearm, BTreeSet::from(DIRS));
    }
}
