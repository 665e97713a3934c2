//! Reliability, round 3 (issue 36): each test pins one case of the probe; its number is
//! in the test's comment.
//! Operations: consent withdrawn in kept releases and search files (case 2), builds
//! beside each other, killed publishes and destinations in the sources (case 6), a
//! replicated practice's last story deleted (case 8).

use crate::exemplars::registry_site;
use crate::support::{Site, assert_same_tree, snapshot};
use std::fs;
use std::path::Path;
use std::process::Command;

const KHAI: &str = "content/exemplars/tran-van-khai.yaml";

fn publish(site: &Site, to: &Path, extra: &[&str]) -> crate::support::Run {
    let dir = to.display().to_string();
    let mut args = vec!["publish", "--to", dir.as_str()];
    args.extend_from_slice(extra);
    site.guong(&args)
}

fn releases(to: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(to.join("releases"))
        .map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn live(to: &Path) -> String {
    fs::read_link(to.join("current")).unwrap().file_name().unwrap().to_string_lossy().into_owned()
}

/// Every file under `dir` whose path or (uncompressed) bytes name `what`.
fn naming(dir: &Path, what: &str) -> Vec<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            e.path().to_string_lossy().contains(what)
                || fs::read(e.path()).is_ok_and(|b| String::from_utf8_lossy(&b).contains(what))
        })
        .map(|e| e.path().display().to_string())
        .collect()
}

/// Case 2: a consent withdrawn after two publishes. A rollback into a release that
/// still shows the person is refused, naming the exemplar; the next publish removes
/// every kept release that shows them, so none is left to roll back to.
#[test]
fn a_withdrawn_consent_reaches_every_kept_release() {
    let site = registry_site();
    let to = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let run = publish(&site, to.path(), &[]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let before = releases(to.path());
    assert_eq!(before.len(), 2, "{before:?}");
    assert!(to.path().join("current/cong-thong-tin/guong/tran-van-khai/index.html").is_file());
    let khai = site.read(KHAI);
    site.write(KHAI, &khai.replace("held_by: dong-tien }", "held_by: dong-tien, withdrawn: 2025-01-01 }"));
    let run = publish(&site, to.path(), &["--rollback"]);
    assert_eq!(run.code, 2, "the rollback is refused: {}", run.stderr);
    assert!(run.stderr.contains("tran-van-khai"), "it names the exemplar: {}", run.stderr);
    assert_eq!(live(to.path()), before[1], "the live release is unchanged");
    let run = publish(&site, to.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let now = releases(to.path());
    assert_eq!(now, [live(to.path())], "the releases that show him are removed: {}", run.stderr);
    assert!(run.stderr.contains("tran-van-khai"), "{}", run.stderr);
    let left = naming(&to.path().join("releases"), "Trần Văn Khải");
    assert!(left.is_empty(), "{left:?}");
    assert!(naming(&to.path().join("releases"), "tran-van-khai").is_empty(), "nor by his id");
    let run = publish(&site, to.path(), &["--rollback"]);
    assert_eq!(run.code, 2, "nothing to roll back to: {}", run.stderr);
    assert!(to.path().join("current/cong-thong-tin/index.html").is_file());
}

/// The portal's number of stories in the search index.
fn docs(out: &Path) -> u64 {
    let meta = fs::read_to_string(out.join("cong-thong-tin/tim-kiem/chi-muc/meta.json")).unwrap();
    serde_json::from_str::<serde_json::Value>(&meta).unwrap()["docs"].as_u64().unwrap()
}

fn build(site: &Site, out: &Path, full: bool) -> String {
    let out = out.display().to_string();
    let mut args = vec!["build", "--out", &out];
    if full {
        args.push("--full");
    }
    let run = site.guong(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stderr
}

/// Case 2: stories deleted and built incrementally, across the boundaries of the search
/// index's files (10 stories a details file, 16 postings shards up to 135 stories, 32
/// from 136): the output equals a fresh build's, and no details file keeps a deleted
/// story's title.
#[test]
fn deleted_stories_leave_no_search_file_a_fresh_build_lacks() {
    let site = Site::new("site");
    let template = site.read("content/stories/2025/hop-tac-xa-tho-phu.md");
    let extra = 142;
    for n in 0..extra {
        let title = format!("Tổ tự quản số {n} giữ đường làng");
        let text = crate::support::another_story(&template, &title).replace("Hợp tác xã có 120", &format!("Tổ {n} có"));
        site.write(&format!("content/stories/2025/to-tu-quan-{n}.md"), &text);
    }
    let live = site.path().join("live");
    build(&site, &live, false);
    let start = docs(&live);
    assert!(start > 140, "{start} stories in the portal: 15 details files and 32 shards");
    // First across a details file and the shard count (to 14 and 16), then to one file.
    let mut left = extra;
    for target in [135, 9] {
        let drop = (docs(&live) - target) as usize;
        for n in left - drop..left {
            fs::remove_file(site.path().join(format!("content/stories/2025/to-tu-quan-{n}.md"))).unwrap();
        }
        let removed = format!("Tổ tự quản số {}", left - 1);
        left -= drop;
        let log = build(&site, &live, false);
        assert!(log.contains("dựng lại"), "built incrementally\n{log}");
        assert_eq!(docs(&live), target);
        let fresh = tempfile::tempdir().unwrap();
        build(&site, &fresh.path().join("out"), true);
        assert_same_tree(&snapshot(&live), &snapshot(&fresh.path().join("out")), &format!("down to {target}"));
        assert!(naming(&live.join("cong-thong-tin/tim-kiem"), &removed).is_empty(), "{removed}");
    }
}

/// Case 8: the only story of a practice replicated in other units deleted; the
/// adopting units' pages stop linking its profile, as in a fresh build.
#[test]
fn a_practices_last_story_deleted_unlinks_it_from_the_adopting_units() {
    let site = registry_site();
    fs::remove_file(site.path().join("content/stories/2024/dua-luoi-vu-thu.md")).unwrap();
    let live = site.path().join("live");
    build(&site, &live, false);
    let page = "cong-thong-tin/dia-phuong/dong-tien/index.html";
    let profile = "guong/dua-luoi-tho-tan/";
    assert!(fs::read_to_string(live.join(page)).unwrap().contains(profile), "Đồng Tiến lists the practice");
    fs::remove_file(site.path().join("content/stories/2024/chi-hoa-dua-luoi.md")).unwrap();
    let log = build(&site, &live, false);
    assert!(log.contains("dựng lại"), "built incrementally\n{log}");
    assert!(!live.join("cong-thong-tin").join(profile).exists(), "the profile is gone");
    let fresh = tempfile::tempdir().unwrap();
    build(&site, &fresh.path().join("out"), true);
    assert!(!fs::read_to_string(live.join(page)).unwrap().contains(profile), "no link to the removed profile");
    assert_same_tree(&snapshot(&live), &snapshot(&fresh.path().join("out")), "after the last story went");
}

/// Writes a photo of noise (a JPEG `w` pixels wide), different for each `seed`: slow
/// to encode, so that a build spends a while on it.
fn noise(path: &Path, w: u32, seed: u32) {
    let mut x = seed.wrapping_mul(2_654_435_761).max(1);
    let img = image::RgbImage::from_fn(w, w * 3 / 4, |_, _| {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        image::Rgb([x as u8, (x >> 8) as u8, (x >> 16) as u8])
    });
    img.save(path).unwrap();
}

/// The photo variants in the site's image cache.
fn variants(site: &Site) -> std::collections::BTreeSet<String> {
    let names: Vec<String> = fs::read_dir(site.path().join(".guong-cache/images"))
        .map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.into_iter().filter(|n| (n.ends_with(".webp") || n.ends_with(".jpg")) && !n.contains("-share-")).collect()
}

/// Case 6a: a preview build with `--drafts` into one folder beside a publish (which
/// prunes the photo cache) into another, at once, several times: the publish starts as
/// soon as the preview has written its first new photo, and both succeed each time,
/// with every photo in place.
#[test]
fn two_builds_of_one_site_at_once_keep_each_others_photos() {
    const PHOTOS: u32 = 6;
    let site = Site::new("site");
    let draft = site.read("content/stories/2025/ban-nhap.md");
    for n in 0..PHOTOS {
        let text = crate::support::another_story(&draft, &format!("Bản nháp có ảnh số {n}"))
            .replace("draft: true", &format!("draft: true\nimage: media/nhap-{n}.jpg\nimage_alt: \"Ảnh {n}\""));
        site.write(&format!("content/stories/2025/nhap-anh-{n}.md"), &text);
    }
    let preview = site.path().join("xem-truoc").display().to_string();
    let to = tempfile::tempdir().unwrap();
    let to_arg = to.path().display().to_string();
    let spawn = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_guong"))
            .args(args)
            .current_dir(site.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    for round in 0..3 {
        // New photos each round: the preview build makes them while the publish runs.
        for n in 0..PHOTOS {
            noise(&site.path().join(format!("content/media/nhap-{n}.jpg")), 1600, round * 100 + n + 1);
        }
        let known = variants(&site);
        let mut a = spawn(&["build", "--drafts", "--out", &preview]);
        let started = std::time::Instant::now();
        while a.try_wait().unwrap().is_none()
            && variants(&site).is_subset(&known)
            && started.elapsed() < std::time::Duration::from_secs(120)
        {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let b = spawn(&["publish", "--to", &to_arg]);
        for (what, child) in [("build --drafts", a), ("publish", b)] {
            let out = child.wait_with_output().unwrap();
            let log = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "round {round}: {what} failed: {log}");
        }
        let media = site.path().join("xem-truoc/cong-thong-tin/media");
        let photos = fs::read_dir(&media)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("nhap-"))
            .count();
        assert!(photos as u32 >= 2 * PHOTOS, "round {round}: the preview has its photos ({photos})");
    }
    // Alone, a publish prunes what no build uses any more.
    let run = publish(&site, to.path(), &[]);
    assert!(run.stderr.contains("mục cũ đã xóa") && !run.stderr.contains(" 0 mục cũ đã xóa"), "{}", run.stderr);
}

/// Case 6b: a publish killed while building leaves no release: a rollback never
/// switches to it, and the next publish removes what it left.
#[test]
fn a_killed_publish_leaves_no_release_to_roll_back_to() {
    let site = Site::new("site");
    let to = tempfile::tempdir().unwrap();
    let kill = |point: &str| {
        let killed = Command::new(env!("CARGO_BIN_EXE_guong"))
            .args(["publish", "--to", &to.path().display().to_string()])
            .env("GUONG_FAILPOINT", point)
            .current_dir(site.path())
            .output()
            .unwrap();
        assert!(!killed.status.success(), "{point}: killed");
    };
    assert_eq!(publish(&site, to.path(), &[]).code, 0);
    kill("before-swap");
    let run = publish(&site, to.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let all = releases(to.path());
    assert_eq!(all.len(), 2, "two whole releases, nothing the killed one left: {all:?}");
    let run = publish(&site, to.path(), &["--rollback"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(live(to.path()), all[0]);
    assert!(to.path().join("current/cong-thong-tin/index.html").is_file(), "the rollback serves a whole site");
    // Killed after the build, before the release got its name: nothing left either.
    kill("publish-before-rename");
    assert_eq!(publish(&site, to.path(), &[]).code, 0);
    assert_eq!(releases(to.path()).len(), 3, "{:?}", releases(to.path()));
}

/// Case 6c: `publish --to` a folder in the site's sources is refused before anything
/// is created there (a theme's `static/` would publish it).
#[test]
fn publish_into_the_sources_creates_nothing() {
    let site = Site::new("site");
    for dest in ["themes/cong-thong-tin/static/ban", "content/dang", "themes"] {
        let before = snapshot(site.path());
        let run = publish(&site, &site.path().join(dest), &[]);
        assert_eq!(run.code, 2, "{dest}: {}", run.stderr);
        let run = publish(&site, &site.path().join(dest), &["--rollback"]);
        assert_eq!(run.code, 2, "{dest}: {}", run.stderr);
        assert_same_tree(&snapshot(site.path()), &before, &format!("after publish --to {dest}"));
    }
}
