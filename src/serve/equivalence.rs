//! The preview after any sequence of edits equals a fresh full build of the same files,
//! page by page: random sequences of the edits an editor makes (title, date, unit,
//! field, body, new story, deletion, rename, template, configuration, photo), each
//! applied to the live preview as the watcher reports it.

use super::state::{Changes, Live, ServedOutlet};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A small deterministic generator (xorshift64*), so a failing sequence can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn copy(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from).into_iter().filter_map(Result::ok) {
        let dest = to.join(e.path().strip_prefix(from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

fn stories(root: &Path) -> Vec<String> {
    let mut v: Vec<String> = crate::load::find_stories(root).unwrap().into_iter().map(|f| f.rel).collect();
    v.sort();
    v
}

/// Replaces the value of a top-level front matter key.
fn set_key(text: &str, key: &str, value: &str) -> String {
    let prefix = format!("{key}:");
    text.lines()
        .map(|l| if l.starts_with(&prefix) { format!("{key}: {value}") } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Without the fixture's local criterion, which holds only for Thọ Tân's farming (no
/// edit moves a story there).
fn without_local(text: &str) -> String {
    text.lines().filter(|l| !l.starts_with("  nong-thon-moi-kieu-mau:")).collect::<Vec<_>>().join("\n") + "\n"
}

/// The story made about the exemplar `id` of the registry: its subject, recognition and
/// any exemplar it named before left out (they come from the registry).
fn about(text: &str, id: &str) -> String {
    let mut out = Vec::new();
    let mut in_recognition = false;
    for l in text.lines() {
        if in_recognition && l.starts_with("  ") {
            continue;
        }
        in_recognition = l.starts_with("recognition:");
        if in_recognition || l.starts_with("subject:") || l.starts_with("exemplar:") {
            continue;
        }
        out.push(if l.starts_with("date:") { format!("{l}\nexemplar: {id}") } else { l.to_owned() });
    }
    out.join("\n") + "\n"
}

fn story_change(rel: &str) -> Changes {
    let mut c = Changes::default();
    c.stories.insert(rel.to_owned());
    c
}

/// Makes one random edit on disk; returns what the watcher would report, and its name.
fn edit(root: &Path, rng: &mut Rng, n: usize) -> (Changes, String) {
    let all = stories(root);
    let rel = rng.pick(&all).clone();
    let path = root.join(&rel);
    let text = std::fs::read_to_string(&path).unwrap();
    let write = |t: &str| std::fs::write(&path, t).unwrap();
    let choice = rng.below(13);
    match choice {
        0 => {
            write(&set_key(&text, "title", &format!("\"Tiêu đề sửa lần {n}\"")));
            (story_change(&rel), format!("title of {rel}"))
        }
        1 => {
            let date = format!("202{}-0{}-1{}", 3 + rng.below(3), 1 + rng.below(9), rng.below(10));
            write(&set_key(&text, "date", &date));
            (story_change(&rel), format!("date of {rel} to {date}"))
        }
        2 => {
            let unit = *rng.pick(&["tho-phu", "dong-tien", "an-nong"]);
            write(&set_key(&without_local(&text), "commune", unit));
            (story_change(&rel), format!("unit of {rel} to {unit}"))
        }
        3 => {
            let field = *rng.pick(&["quoc-phong-an-ninh", "an-sinh-xa-hoi", "y-te"]);
            write(&set_key(&without_local(&text), "field", field));
            (story_change(&rel), format!("field of {rel} to {field}"))
        }
        4 => {
            write(&format!("{text}\nĐoạn viết thêm lần {n}.\n"));
            (story_change(&rel), format!("body of {rel}"))
        }
        5 => {
            let new = format!("content/stories/2024/bai-moi-{n}.md");
            let fresh: String = text
                .lines()
                .filter(|l| !l.starts_with("id:") && !l.starts_with("aliases:"))
                .collect::<Vec<_>>()
                .join("\n");
            std::fs::write(root.join(&new), set_key(&fresh, "title", &format!("\"Bài mới số {n}\""))).unwrap();
            (story_change(&new), format!("new story {new}"))
        }
        6 if all.len() > 2 => {
            std::fs::remove_file(&path).unwrap();
            (story_change(&rel), format!("deleted {rel}"))
        }
        7 => {
            let new = rel.replace(".md", &format!("-{n}.md"));
            std::fs::rename(&path, root.join(&new)).unwrap();
            let mut c = story_change(&rel);
            c.stories.insert(new.clone());
            (c, format!("renamed {rel} to {new}"))
        }
        _ => edit_more(root, rng, n, choice, (&rel, &text)),
    }
}

/// The edits `edit` leaves to this one: templates, configuration, exemplars, photos.
fn edit_more(root: &Path, rng: &mut Rng, n: usize, choice: usize, (rel, text): (&str, &str)) -> (Changes, String) {
    let path = root.join(rel);
    let write = |t: &str| std::fs::write(&path, t).unwrap();
    match choice {
        8 => {
            let (theme, file) = *rng.pick(&[
                ("cong-thong-tin", "story.html"),
                ("trung-tam-van-hoa", "list.html"),
                ("cong-thong-tin", "base.html"),
            ]);
            let t = root.join("themes").join(theme).join("templates").join(file);
            let body = std::fs::read_to_string(&t).unwrap();
            std::fs::write(&t, format!("{body}{{# sửa lần {n} #}}<!-- {n} -->\n")).unwrap();
            let mut c = Changes::default();
            c.templates.insert((theme.to_owned(), file.to_owned()));
            (c, format!("template {theme}/{file}"))
        }
        9 => {
            let site = root.join("content/site.yaml");
            let cfg = std::fs::read_to_string(&site).unwrap();
            let per = 1 + rng.below(4);
            let cfg: String = cfg
                .lines()
                .map(|l| if l.starts_with("per_page:") { format!("per_page: {per}") } else { l.to_owned() })
                .collect::<Vec<_>>()
                .join("\n");
            std::fs::write(&site, cfg + "\n").unwrap();
            (Changes { config: true, ..Changes::default() }, format!("per_page to {per}"))
        }
        11 => {
            // A story about an exemplar of the registry (its subject and commendations
            // then come from there), or moved to another of the same kind.
            let practice = text.contains("\nkind: practice");
            let pick = *rng.pick(&["a", "b"]);
            let id = format!("{}-{pick}", if practice { "mo-hinh" } else { "tap-the" });
            write(&about(text, &id));
            (story_change(rel), format!("{rel} about the exemplar {id}"))
        }
        12 => {
            let file = root.join("content/exemplars/mo-hinh-a.yaml");
            let t = std::fs::read_to_string(&file).unwrap();
            let t = if t.contains("withdrawn") {
                t.replace(", withdrawn: 2024-12-01", "")
            } else {
                t.replace("held_by: dong-tien", "held_by: dong-tien, withdrawn: 2024-12-01")
            };
            std::fs::write(&file, t).unwrap();
            (Changes { config: true, ..Changes::default() }, "consent of mo-hinh-a withdrawn or given again".into())
        }
        _ => {
            let with = if text.contains("\nimage:") {
                text.to_owned()
            } else {
                let lines = text.lines().map(|l| {
                    if l.starts_with("kind:") {
                        format!("{l}\nimage: media/xoay-gps.jpg\nimage_alt: \"Ảnh\"")
                    } else {
                        l.to_owned()
                    }
                });
                lines.collect::<Vec<_>>().join("\n") + "\n"
            };
            write(&with);
            let mut c = story_change(rel);
            c.media = true;
            (c, format!("photo on {rel}"))
        }
    }
}

fn pages(live: &Live) -> BTreeMap<(String, String), Vec<u8>> {
    let mut m = BTreeMap::new();
    for ServedOutlet { id, pages, files } in &live.site.outlets {
        for (k, v) in pages {
            m.insert((id.clone(), k.clone()), v.to_vec());
        }
        for (k, v) in files {
            m.insert((id.clone(), k.clone()), v.to_string_lossy().into_owned().into_bytes());
        }
    }
    m
}

fn differences(a: &BTreeMap<(String, String), Vec<u8>>, b: &BTreeMap<(String, String), Vec<u8>>) -> Vec<String> {
    let mut d: Vec<String> =
        a.keys().filter(|k| !b.contains_key(*k)).map(|k| format!("only in the preview: {k:?}")).collect();
    d.extend(b.keys().filter(|k| !a.contains_key(*k)).map(|k| format!("only in the full build: {k:?}")));
    d.extend(a.iter().filter(|(k, v)| b.get(*k).is_some_and(|w| w != *v)).map(|(k, _)| format!("different: {k:?}")));
    d
}

fn site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy(&repo.join("tests/fixtures/site"), dir.path());
    copy(&repo.join("themes"), &dir.path().join("themes"));
    // The yearly reports and weekly bulletins, which an edit re-renders only when it
    // reaches them.
    let yaml = dir.path().join("content/site.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(
        &yaml,
        format!(
            "{}\nreport_page:\n  path: noi-bo/bao-cao\nbroadcast:\n  scripts: true\n  columns: [nguoi-tot-viec-tot, mo-hinh-moi-cach-lam-hay]\nchannels:\n  digest: true\n",
            text.trim_end()
        ),
    )
    .unwrap();
    let registry = dir.path().join("content/exemplars");
    std::fs::create_dir_all(&registry).unwrap();
    for (id, kind, extra) in [
        ("tap-the-a", "collective", ""),
        ("tap-the-b", "collective", "selected: { year: 2024, date: 2024-03-01, decision: \"Số 1\" }\n"),
        (
            "mo-hinh-a",
            "practice",
            "holder: individual\nconsent: { given: 2023-01-01, form: written, held_by: dong-tien }\n",
        ),
        (
            "mo-hinh-b",
            "practice",
            "measure: \"hộ\"\nreplicated_in:\n  - { unit: an-nong, date: 2024-05-01, scale: 4 }\n",
        ),
    ] {
        let text = format!(
            "name: \"Gương {id}\"\ntype: {kind}\nunit: dong-tien\nfield: y-te\nprofile: \"Hồ sơ {id}.\"\n{extra}\
             proposed: {{ by: dong-tien, date: 2023-01-02 }}\nappraised: {{ by: dong-tien, date: 2023-02-01 }}\n"
        );
        std::fs::write(registry.join(format!("{id}.yaml")), text).unwrap();
    }
    // A link that leads nowhere: a special file, which `check` and `serve` both report.
    #[cfg(unix)]
    std::os::unix::fs::symlink("/nowhere/guong-test", dir.path().join("content/lien-ket-hong")).unwrap();
    let root = dir.path().canonicalize().unwrap();
    (dir, root)
}

/// The findings as `guong check` reports them (in English), and as the preview holds them.
fn findings(live: &Live, root: &Path) -> (Vec<String>, Vec<String>) {
    let render = |d: &[crate::diagnostic::Diagnostic]| -> Vec<String> {
        d.iter().map(|d| d.render(crate::diagnostic::Lang::En)).collect()
    };
    let check = crate::project::Project::load(root).unwrap();
    (render(&check.diags), render(live.findings()))
}

#[test]
fn the_preview_after_random_edits_equals_a_fresh_full_build() {
    const ORIGIN: &str = "http://127.0.0.1:1111";
    // Published as `build` would (the draft and the story dated 2099 left out, until an
    // edit brings them in), or everything, as `serve --drafts --future` shows it.
    let mut all_done = Vec::new();
    let mut finished = 0;
    for (seed, every) in [(0x9e37_79b9_7f4a_7c15_u64, false), (7, true), (2024, false)] {
        let (_dir, root) = site();
        let mut rng = Rng(seed);
        let open = || Live::new(&root, Vec::new(), ORIGIN.into()).with_selection(every, every);
        let mut live = open();
        let first = live.full();
        assert_eq!(first.errors, 0, "seed {seed}: the fixture builds");
        assert!(first.warnings.iter().any(|w| w.contains("lien-ket-hong")), "serve reports special files");
        let mut done = Vec::new();
        for n in 0..14 {
            let (changes, what) = edit(&root, &mut rng, n);
            done.push(what);
            let outcome = live.apply(&changes);
            assert_eq!(outcome.errors, 0, "seed {seed}: {done:?}: {:?}", live.site.errors);
            // Between the two, the reports' pages are still served (the old counts).
            let report_page = |live: &Live| live.site.outlets[0].pages.contains_key("/noi-bo/bao-cao/");
            assert!(report_page(&live), "seed {seed}: {done:?}: the report page is served meanwhile");
            if let Some(later) = live.finish() {
                assert_eq!(later.errors, 0, "seed {seed}: {done:?}: the reports: {:?}", live.site.errors);
                finished += 1;
            }
            let mut fresh = open();
            assert_eq!(fresh.full().errors, 0);
            let diff = differences(&pages(&live), &pages(&fresh));
            assert!(diff.is_empty(), "seed {seed}, after {done:?}:\n{}", diff.join("\n"));
            let (check, served) = findings(&live, &root);
            assert_eq!(served, check, "seed {seed}, after {done:?}: serve and check find the same");
            assert!(served.iter().any(|f| f.contains("special-file")), "the link that leads nowhere: {served:?}");
        }
        all_done.extend(done);
    }
    assert!(finished > 0, "no edit left the reports for `finish`");
    for kind in ["about the exemplar", "consent of", "photo on", "template", "renamed"] {
        assert!(all_done.iter().any(|d| d.contains(kind)), "no edit `{kind}` was tried: {all_done:?}");
    }
}

/// The only story of a practice replicated in another unit deleted (issue 36, case 8):
/// the adopting unit's page stops linking the practice's removed profile, as a fresh
/// build's does.
#[test]
fn the_last_story_of_a_replicated_practice_goes_from_the_adopting_units() {
    const ORIGIN: &str = "http://127.0.0.1:1111";
    let (_dir, root) = site();
    let rel = "content/stories/2024/chi-hoa-dua-luoi.md";
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    std::fs::write(root.join(rel), about(&text, "mo-hinh-b")).unwrap();
    let open = || Live::new(&root, Vec::new(), ORIGIN.into());
    let mut live = open();
    assert_eq!(live.full().errors, 0, "{:?}", live.site.errors);
    let an_nong = |live: &Live| {
        let page = live.site.outlets[0].pages.get("/dia-phuong/an-nong/").map(|p| p.to_vec()).unwrap_or_default();
        String::from_utf8_lossy(&page).contains("/guong/mo-hinh-b/")
    };
    assert!(an_nong(&live), "An Nông's page links the practice it adopted");
    std::fs::remove_file(root.join(rel)).unwrap();
    assert_eq!(live.apply(&story_change(rel)).errors, 0, "{:?}", live.site.errors);
    let _ = live.finish();
    assert!(!an_nong(&live), "no link to the removed profile");
    let mut fresh = open();
    assert_eq!(fresh.full().errors, 0);
    let diff = differences(&pages(&live), &pages(&fresh));
    assert!(diff.is_empty(), "{}", diff.join("\n"));
}
