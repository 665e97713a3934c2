//! Incremental builds on disk: after random sequences of editors' edits, the output a
//! `guong build` updates in place equals, byte for byte, a full build of the same files
//! into an empty folder (the bookkeeping too); and a build killed before or during the
//! in-place update leaves the previous site, or is finished by the next build.

use crate::support::{Site, assert_same_tree, snapshot};
use std::path::Path;

/// A small deterministic generator (xorshift64*), so a failing sequence can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n as u64) as usize
    }
}

fn stories(root: &Path) -> Vec<String> {
    let mut v: Vec<String> = walkdir::WalkDir::new(root.join("content/stories"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.path().strip_prefix(root).unwrap().display().to_string())
        .collect();
    v.sort();
    v
}

fn set_key(text: &str, key: &str, value: &str) -> String {
    let prefix = format!("{key}:");
    text.lines()
        .filter(|l| !l.starts_with("  nong-thon-moi-kieu-mau:"))
        .map(|l| if l.starts_with(&prefix) { format!("{key}: {value}") } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// One random edit of the kinds an editor makes; returns its name.
fn edit(root: &Path, rng: &mut Rng, n: usize) -> String {
    let all = stories(root);
    let rel = all[rng.below(all.len())].clone();
    let path = root.join(&rel);
    let text = std::fs::read_to_string(&path).unwrap();
    let write = |t: &str| std::fs::write(&path, t).unwrap();
    match rng.below(10) {
        0 | 1 => {
            write(&format!("{text}\nĐoạn viết thêm lần {n}, có từ đường làng.\n"));
            format!("body of {rel}")
        }
        2 | 3 => {
            write(&set_key(&text, "title", &format!("\"Tiêu đề sửa lần {n}\"")));
            format!("title of {rel}")
        }
        4 => {
            let date = format!("202{}-0{}-1{}", 3 + rng.below(3), 1 + rng.below(9), rng.below(10));
            write(&set_key(&text, "date", &date));
            format!("date of {rel} to {date}")
        }
        5 => {
            let unit = ["tho-phu", "dong-tien", "an-nong"][rng.below(3)];
            write(&set_key(&text, "commune", unit));
            format!("unit of {rel} to {unit}")
        }
        6 => {
            let new = format!("content/stories/2024/bai-moi-{n}.md");
            let fresh: String = text
                .lines()
                .filter(|l| !l.starts_with("id:") && !l.starts_with("aliases:"))
                .collect::<Vec<_>>()
                .join("\n");
            std::fs::write(root.join(&new), set_key(&fresh, "title", &format!("\"Bài mới số {n}\""))).unwrap();
            format!("new story {new}")
        }
        7 if all.len() > 3 => {
            std::fs::remove_file(&path).unwrap();
            format!("deleted {rel}")
        }
        8 => {
            let new = rel.replace(".md", &format!("-{n}.md"));
            std::fs::rename(&path, root.join(&new)).unwrap();
            format!("renamed {rel} to {new}")
        }
        _ => {
            let t = root.join("themes/cong-thong-tin/templates/story.html");
            let body = std::fs::read_to_string(&t).unwrap();
            std::fs::write(&t, format!("{body}<!-- {n} -->\n")).unwrap();
            "a template (a full build)".into()
        }
    }
}

fn build(site: &Site, out: &Path, full: bool) -> String {
    let out = out.display().to_string();
    let mut args = vec!["build", "--out", &out, "--drafts"];
    if full {
        args.push("--full");
    }
    let run = site.guong(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stderr
}

#[test]
fn incremental_builds_equal_full_builds_byte_for_byte() {
    let site = Site::new("site");
    // The weekly digests (a channel added as one file) and weekly bulletins of two columns: an edit rebuilds only its weeks' bulletins, and a
    // date edit moves a story from one week's to another's. The yearly reports: counted
    // anew when a front matter changes, left as they are for an edit of a body.
    let yaml = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!(
            "{}\nreport_page:\n  path: noi-bo/bao-cao\nbroadcast:\n  scripts: true\n  columns: [nguoi-tot-viec-tot, mo-hinh-moi-cach-lam-hay]\nchannels:\n  digest: true\n",
            yaml.trim_end()
        ),
    );
    let live = site.path().join("live");
    build(&site, &live, false);
    assert!(live.join("cong-thong-tin/ban-tin/mo-hinh-moi-cach-lam-hay").is_dir(), "the bulletins are built");
    assert!(live.join("cong-thong-tin/noi-bo/bao-cao/index.html").is_file(), "the reports are built");
    assert!(live.join("cong-thong-tin/tin-tuan").is_dir(), "the weekly digests are built");
    let mut incremental = 0;
    for seed in [7u64, 2026] {
        let mut rng = Rng(seed);
        for step in 0..12 {
            let n = seed as usize * 100 + step;
            let what = edit(site.path(), &mut rng, n);
            let log = build(&site, &live, false);
            if log.contains("dựng lại") {
                incremental += 1;
            }
            let fresh = tempfile::tempdir().unwrap();
            build(&site, &fresh.path().join("out"), true);
            assert_same_tree(&snapshot(&live), &snapshot(&fresh.path().join("out")), &format!("after {what}"));
        }
    }
    assert!(incremental >= 12, "most edits are built incrementally ({incremental} of 24)");
    // A kept search index that is damaged, or missing, is made anew, not patched.
    let kept = live.join(".guong-search-cong-thong-tin.bin");
    let mut bytes = std::fs::read(&kept).expect("the search index is kept beside the output");
    let at = bytes.len() / 2;
    bytes[at] ^= 0x55;
    std::fs::write(&kept, &bytes).unwrap();
    std::fs::remove_file(live.join(".guong-search-trung-tam-van-hoa.bin")).unwrap();
    for n in 0..2 {
        let rel = stories(site.path())[n].clone();
        let text = site.read(&rel);
        site.write(&rel, &format!("{text}\nMột câu thêm về đường làng, lần {n}.\n"));
        let what = format!("body of {rel}");
        let log = build(&site, &live, false);
        assert!(log.contains("dựng lại"), "{what}: built incrementally\n{log}");
        let fresh = tempfile::tempdir().unwrap();
        build(&site, &fresh.path().join("out"), true);
        assert_same_tree(
            &snapshot(&live),
            &snapshot(&fresh.path().join("out")),
            &format!("after {what}, index damaged"),
        );
    }
}

#[test]
fn a_build_killed_before_or_during_its_update_leaves_a_whole_site() {
    let site = Site::new("site");
    let live = site.path().join("live");
    build(&site, &live, false);
    let before = snapshot(&live);
    let rel = "content/stories/2024/chi-hoa-dua-luoi.md";
    let text = site.read(rel);
    let title = text.lines().find(|l| l.starts_with("title:")).unwrap().to_owned();
    site.write(rel, &text.replace(&title, "title: \"Tiêu đề mới\""));
    let out = live.display().to_string();
    // Killed before the commit point: the previous site, byte for byte.
    let killed = std::process::Command::new(env!("CARGO_BIN_EXE_guong"))
        .args(["build", "--out", &out, "--drafts"])
        .current_dir(site.path())
        .env("GUONG_FAILPOINT", "incremental-before-commit")
        .output()
        .unwrap();
    assert!(!killed.status.success());
    assert!(String::from_utf8_lossy(&killed.stderr).contains("failpoint incremental-before-commit"));
    let mut after = snapshot(&live);
    after.retain(|k, _| !k.starts_with(".guong-incoming"));
    assert_same_tree(&before, &after, "killed before the commit point");
    // Killed while applying: the next build finishes it first.
    let killed = std::process::Command::new(env!("CARGO_BIN_EXE_guong"))
        .args(["build", "--out", &out, "--drafts"])
        .current_dir(site.path())
        .env("GUONG_FAILPOINT", "incremental-mid-apply")
        .output()
        .unwrap();
    assert!(!killed.status.success());
    assert!(
        live.join(".guong-incoming/JOURNAL").is_file(),
        "killed after the commit point: {}",
        String::from_utf8_lossy(&killed.stderr)
    );
    build(&site, &live, false);
    assert!(!live.join(".guong-incoming").exists());
    let fresh = tempfile::tempdir().unwrap();
    build(&site, &fresh.path().join("out"), true);
    assert_same_tree(&snapshot(&live), &snapshot(&fresh.path().join("out")), "finished by the next build");
}
