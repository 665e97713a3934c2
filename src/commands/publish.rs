//! `guong publish --to DIR`: atomic releases. Each publish builds the site into
//! `DIR/releases/<time>/` (whose nginx files point at `DIR/current`), then switches the
//! `DIR/current` link to it in one step (a new link renamed over the old), and keeps
//! the last N releases. `--rollback` switches back to the release before the current.
//! Readers see the old release or the new one, never a mixture.

use crate::cli::{BuildArgs, PublishArgs};
use crate::diagnostic::Lang;
use crate::emit::output;
use crate::error::{Error, Outcome, Status};
use std::fs;
use std::path::{Path, PathBuf};

const RELEASES: &str = "releases";
const CURRENT: &str = "current";
const LOCK: &str = ".guong-publish-lock";

pub fn run(args: &PublishArgs, lang: Lang) -> Outcome {
    let to = output::resolve(&args.to);
    fs::create_dir_all(to.join(RELEASES)).map_err(|e| Error::write(&to, e))?;
    let _lock = lock(&to, lang)?;
    if let Ok(meta) = fs::symlink_metadata(to.join(CURRENT))
        && !meta.file_type().is_symlink()
    {
        return Err(Error::misuse(
            format!(
                "{} không phải liên kết do guong publish tạo; đổi tên hoặc xóa nó trước",
                to.join(CURRENT).display()
            ),
            format!("{} is not the link guong publish makes; rename or remove it first", to.join(CURRENT).display()),
        ));
    }
    if args.rollback {
        return rollback(&to, lang);
    }
    let name = release_name(&to);
    let release = to.join(RELEASES).join(&name);
    let build = BuildArgs {
        root: args.root.clone(),
        out: Some(release.clone()),
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
            let _ = fs::remove_dir_all(&release);
            return other;
        }
    }
    // A release is built once into a new folder: the search indexes that `build` keeps
    // for the next incremental build in the same folder would only take space.
    for o in fs::read_dir(&release).into_iter().flatten().flatten() {
        if super::incremental::is_index_file(&o.file_name().to_string_lossy()) {
            let _ = fs::remove_file(o.path());
        }
    }
    switch(&to, &name).map_err(|e| Error::write(&to.join(CURRENT), e))?;
    let removed = prune(&to, args.keep.max(1), &name);
    match lang {
        Lang::Vi => eprintln!(
            "Đã đăng {RELEASES}/{name}: {} trỏ tới bản này ({removed} bản cũ đã xóa). Nếu địa chỉ cũ thay đổi, nạp lại nginx: nginx -t && nginx -s reload",
            to.join(CURRENT).display()
        ),
        Lang::En => eprintln!(
            "Published {RELEASES}/{name}: {} points to it ({removed} old releases removed). If moved addresses changed, reload nginx: nginx -t && nginx -s reload",
            to.join(CURRENT).display()
        ),
    }
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
        match lang {
            Lang::Vi => eprintln!("Đang chờ lần đăng khác vào {} xong…", to.display()),
            Lang::En => eprintln!("Waiting for another publish into {} to finish…", to.display()),
        }
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

fn rollback(to: &Path, lang: Lang) -> Outcome {
    let all = releases(to);
    let now = current(to);
    let before = match &now {
        Some(c) => all.iter().rfind(|n| *n < c),
        None => None,
    };
    let Some(before) = before else {
        return Err(Error::misuse(
            format!("không có bản nào trước bản đang chạy trong {}", to.join(RELEASES).display()),
            format!("there is no release before the live one in {}", to.join(RELEASES).display()),
        ));
    };
    switch(to, before).map_err(|e| Error::write(&to.join(CURRENT), e))?;
    let now = now.unwrap_or_default();
    match lang {
        Lang::Vi => {
            eprintln!("Đã quay lại {RELEASES}/{before} (thay cho {now}). Nạp lại nginx: nginx -t && nginx -s reload")
        }
        Lang::En => {
            eprintln!("Rolled back to {RELEASES}/{before} (from {now}). Reload nginx: nginx -t && nginx -s reload")
        }
    }
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
}
