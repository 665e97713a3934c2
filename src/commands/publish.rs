//! `guong publish --to DIR`: atomic releases. Each publish builds the site into
//! `DIR/releases/<time>/` (whose nginx files point at `DIR/current`), then switches the
//! `DIR/current` link to it in one step (a new link renamed over the old), and keeps
//! the last N releases. `--rollback` switches back to the release before the current.
//! Readers see the old release or the new one, never a mixture.

use super::releases;
use crate::cli::{BuildArgs, PublishArgs};
use crate::console::errln;
use crate::diagnostic::Lang;
use crate::diagnostic::msg;
use crate::emit::output;
use crate::error::{Error, Outcome, Status};
use std::fs;
use std::path::{Path, PathBuf};

const RELEASES: &str = "releases";
const CURRENT: &str = "current";
const LOCK: &str = crate::kept::files::PUBLISH_LOCK;
/// A release being built: renamed to its name when whole.
const UNFINISHED: &str = ".unfinished-";

pub(crate) fn run(args: &PublishArgs, lang: Lang) -> Outcome {
    let to = output::resolve(&args.to);
    // Nothing is created before the destination is found acceptable: never in the
    // site's sources, where a theme's `static/` would publish it.
    output::check_out_dir(&args.root, &to.join(RELEASES), true)?;
    fs::create_dir_all(to.join(RELEASES)).map_err(|e| Error::write(&to, e))?;
    let _lock = lock(&to, lang)?;
    if let Ok(meta) = fs::symlink_metadata(to.join(CURRENT))
        && !meta.file_type().is_symlink()
    {
        return Err(Error::Misuse(msg!("publish.not-link", current = to.join(CURRENT).display())));
    }
    if args.rollback {
        return rollback(&to, &args.root, lang);
    }
    // What a killed publish left: never a release, removed now (the lock is ours).
    clear_unfinished(&to);
    let name = release_name(&to);
    let release = to.join(RELEASES).join(&name);
    // Built under another name, renamed when whole: a publish killed while building
    // leaves no release that `--rollback` could switch to.
    let building = to.join(RELEASES).join(format!("{UNFINISHED}{name}"));
    let build = BuildArgs {
        root: args.root.clone(),
        out: Some(building.clone()),
        outlets: args.outlets.clone(),
        drafts: false,
        future: false,
        timings: false,
        force: false,
        server_root: Some(to.join(CURRENT)),
        base_urls: Vec::new(),
        full: false,
    };
    match super::build::run(&build, lang) {
        Ok(Status::Clean) => {}
        other => {
            // Nothing half-made is left among the releases.
            let _ = fs::remove_dir_all(&building);
            return other;
        }
    }
    // A release is built once into a new folder: the search indexes that `build` keeps
    // for the next incremental build in the same folder would only take space.
    for o in fs::read_dir(&building).into_iter().flatten().flatten() {
        if crate::site::incremental::is_index_file(&o.file_name().to_string_lossy()) {
            let _ = fs::remove_file(o.path());
        }
    }
    releases::record(&args.root, &building).map_err(|e| Error::write(&building.join(releases::PEOPLE), e))?;
    output::failpoint("publish-before-rename");
    fs::rename(&building, &release).map_err(|e| Error::write(&release, e))?;
    switch(&to, &name).map_err(|e| Error::write(&to.join(CURRENT), e))?;
    let withdrawn = releases::Withdrawn::of_site(&args.root).unwrap_or_default();
    purge_withdrawn(&to, &name, &withdrawn, lang);
    let removed = prune(&to, args.keep.max(1), &name);
    errln!(
        "{}",
        msg!("publish.published", releases = RELEASES, name, current = to.join(CURRENT).display(), removed).get(lang)
    );
    Ok(Status::Clean)
}

/// One publish at a time into a folder (the operating system's lock, gone with the process).
fn lock(to: &Path, lang: Lang) -> Result<fs::File, Error> {
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(to.join(LOCK))
        .map_err(|e| Error::write(to, e))?;
    if let Err(fs::TryLockError::WouldBlock) = file.try_lock() {
        errln!("{}", msg!("publish.waiting", folder = to.display()).get(lang));
        file.lock().map_err(|e| Error::write(to, e))?;
    }
    Ok(file)
}

/// The release's name: the time in UTC, which sorts in the order of publishing.
fn release_name(to: &Path) -> String {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let mut name = stamp.clone();
    let mut n = 1;
    while fs::symlink_metadata(to.join(RELEASES).join(&name)).is_ok() {
        n += 1;
        name = format!("{stamp}-{n}");
    }
    name
}

/// The releases, oldest first.
fn releases(to: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(to.join(RELEASES))
        .map(|d| {
            d.flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(|c: char| c.is_ascii_digit()))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// The release `current` points to.
fn current(to: &Path) -> Option<String> {
    let target: PathBuf = fs::read_link(to.join(CURRENT)).ok()?;
    target.file_name().map(|n| n.to_string_lossy().into_owned())
}

/// Points `current` at `releases/<name>` in one step: a new link renamed over the old.
fn switch(to: &Path, name: &str) -> std::io::Result<()> {
    let tmp = to.join(format!(".{CURRENT}.guong-{}", std::process::id()));
    let _ = fs::remove_file(&tmp);
    #[cfg(unix)]
    std::os::unix::fs::symlink(Path::new(RELEASES).join(name), &tmp)?;
    #[cfg(not(unix))]
    return Err(std::io::Error::other("guong publish needs symbolic links (Linux, macOS)"));
    #[cfg(unix)]
    fs::rename(&tmp, to.join(CURRENT))
}

/// Removes the oldest releases beyond `keep`, never the live one; how many went.
fn prune(to: &Path, keep: usize, live: &str) -> usize {
    let all = releases(to);
    let excess = all.len().saturating_sub(keep);
    all.iter()
        .take(excess)
        .filter(|n| *n != live)
        .filter(|n| fs::remove_dir_all(to.join(RELEASES).join(n)).is_ok())
        .count()
}

/// Removes the releases a killed publish was building.
/// Removes the releases a killed publish was building, and any release that is not
/// whole (left by a publish of an older guong killed while building), but the live one.
fn clear_unfinished(to: &Path) {
    for e in fs::read_dir(to.join(RELEASES)).into_iter().flatten().flatten() {
        if e.file_name().to_string_lossy().starts_with(UNFINISHED) {
            let _ = fs::remove_dir_all(e.path());
        }
    }
    let live = current(to);
    for name in releases(to).iter().filter(|n| Some(*n) != live.as_ref()) {
        if !whole(&to.join(RELEASES).join(name)) {
            let _ = fs::remove_dir_all(to.join(RELEASES).join(name));
        }
    }
}

/// Whether a release was built to the end: the web server's shared file is the last a
/// build writes.
fn whole(release: &Path) -> bool {
    release.join(crate::emit::nginx::DIR).join("http.conf").is_file()
}

/// Removes every kept release but the live one that holds a person whose consent is
/// withdrawn: a rollback must never put them back online.
fn purge_withdrawn(to: &Path, live: &str, withdrawn: &releases::Withdrawn, lang: Lang) {
    for name in releases(to).iter().filter(|n| *n != live) {
        let dir = to.join(RELEASES).join(name);
        let held = releases::held(&dir, withdrawn);
        if held.is_empty() {
            continue;
        }
        let ids = held.join(", ");
        let said = match fs::remove_dir_all(&dir) {
            Ok(()) => msg!("publish.purged", releases = RELEASES, name, ids),
            Err(e) => msg!("publish.purge-failed", releases = RELEASES, name, ids, error = e),
        };
        errln!("{}", said.get(lang));
    }
}

fn rollback(to: &Path, root: &Path, lang: Lang) -> Outcome {
    let all = releases(to);
    let now = current(to);
    let before = match &now {
        // A release that is not whole is never a target.
        Some(c) => all.iter().rfind(|n| *n < c && whole(&to.join(RELEASES).join(n))),
        None => None,
    };
    let Some(before) = before else {
        return Err(Error::Misuse(msg!("publish.rollback.none", releases = to.join(RELEASES).display())));
    };
    // Who may no longer be shown: as the site's sources say, or without them (a rollback
    // run on the server alone) as the newest release recorded.
    let withdrawn = if root.join(crate::model::config::SITE).is_file() {
        releases::Withdrawn::of_site(root)
            .ok_or_else(|| Error::Misuse(msg!("publish.rollback.config", root = root.display())))?
    } else {
        all.last().map(|n| releases::Withdrawn::of_release(&to.join(RELEASES).join(n))).unwrap_or_default()
    };
    let held = releases::held(&to.join(RELEASES).join(before), &withdrawn);
    if !held.is_empty() {
        let ids = held.join(", ");
        return Err(Error::Misuse(msg!("publish.rollback.withdrawn", releases = RELEASES, before, ids)));
    }
    switch(to, before).map_err(|e| Error::write(&to.join(CURRENT), e))?;
    let now = now.unwrap_or_default();
    errln!("{}", msg!("publish.rolled-back", releases = RELEASES, before, now).get(lang));
    Ok(Status::Clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switch_and_prune_keep_the_live_release() {
        let d = tempfile::tempdir().unwrap();
        for n in ["20250101T000000Z", "20250102T000000Z", "20250103T000000Z"] {
            fs::create_dir_all(d.path().join(RELEASES).join(n)).unwrap();
        }
        switch(d.path(), "20250101T000000Z").unwrap();
        assert_eq!(current(d.path()).as_deref(), Some("20250101T000000Z"));
        switch(d.path(), "20250103T000000Z").unwrap();
        assert_eq!(current(d.path()).as_deref(), Some("20250103T000000Z"));
        assert_eq!(prune(d.path(), 1, "20250103T000000Z"), 2);
        assert_eq!(releases(d.path()), ["20250103T000000Z"]);
        assert!(d.path().join("current").join(".").exists(), "the link resolves");
    }

    #[test]
    fn a_release_that_is_not_whole_is_never_rolled_back_to_and_is_removed() {
        let d = tempfile::tempdir().unwrap();
        for n in ["20250101T000000Z", "20250102T000000Z", "20250103T000000Z"] {
            fs::create_dir_all(d.path().join(RELEASES).join(n).join("nginx")).unwrap();
        }
        for n in ["20250101T000000Z", "20250103T000000Z"] {
            fs::write(d.path().join(RELEASES).join(n).join("nginx/http.conf"), "").unwrap();
        }
        switch(d.path(), "20250103T000000Z").unwrap();
        rollback(d.path(), &d.path().join("no-site"), Lang::En).unwrap();
        assert_eq!(current(d.path()).as_deref(), Some("20250101T000000Z"), "the empty one is passed over");
        fs::create_dir_all(d.path().join(RELEASES).join(".unfinished-20250104T000000Z")).unwrap();
        clear_unfinished(d.path());
        assert_eq!(releases(d.path()), ["20250101T000000Z", "20250103T000000Z"]);
        assert_eq!(fs::read_dir(d.path().join(RELEASES)).unwrap().count(), 2);
    }
}
