//! Issue 31, the province benchmark: `benches/gen_province.py` makes communes' guong sites
//! that `check` accepts (all but the one meant to be broken), a registry that lists every
//! unit their stories use, a province site that gathers every commune, and the same
//! stories for Hugo; the same arguments make the same bytes.

use crate::support::{guong_in, repo, snapshot};
use std::path::Path;
use std::process::Command;

/// Runs gen_province.py with `args` into `out`.
fn generate(out: &Path, args: &[&str]) {
    let made = Command::new("python3")
        .arg(repo().join("benches/gen_province.py"))
        .args(args)
        .arg(out)
        .args(["--body-kb", "1"])
        .output()
        .expect("python3 runs");
    assert!(made.status.success(), "gen_province.py: {}", String::from_utf8_lossy(&made.stderr));
}

fn yaml(path: &Path) -> serde_yaml::Value {
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn story_files(dir: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect()
}

#[test]
fn the_generated_communes_pass_check_except_the_broken_one() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("gen");
    generate(&out, &["3", "4", "--broken", "2"]);
    for (c, ok) in [("xa-001", true), ("xa-002", false), ("xa-003", true)] {
        let root = out.join("communes").join(c);
        let run = guong_in(&root, &["check", "--root", root.to_str().unwrap()]);
        if ok {
            assert_eq!(run.code, 0, "{c}: {}{}", run.stdout, run.stderr);
        } else {
            assert_ne!(run.code, 0, "{c} should fail check");
            let said = format!("{}{}", run.stdout, run.stderr);
            assert!(said.contains("missing-key") && said.contains("`field`"), "{c}: {said}");
        }
        // Each commune's one outlet, and its stories all of its own unit, in the registry.
        let site = yaml(&root.join("content/site.yaml"));
        let outlets = site["outlets"].as_sequence().unwrap();
        assert_eq!(outlets.len(), 1);
        assert_eq!(outlets[0]["id"].as_str(), Some(c));
        assert_eq!(outlets[0]["base_url"].as_str(), Some(format!("https://{c}.example.org").as_str()));
        let unit = format!("xa-thu-{}", &c[3..]);
        let stories = story_files(&root.join("content/stories"));
        assert_eq!(stories.len(), 4, "{c}");
        for s in stories {
            let text = std::fs::read_to_string(&s).unwrap();
            let front: serde_yaml::Value = serde_yaml::from_str(text.split("---\n").nth(1).unwrap()).unwrap();
            assert_eq!(front["commune"].as_str(), Some(unit.as_str()), "{}", s.display());
            let date = front["date"].as_str().unwrap();
            assert!(("2025-07-01"..="2026-11-30").contains(&date), "{date}");
        }
    }
    // The province: the same registry, and every commune gathered by a path that exists.
    let prov = out.join("province");
    let registry = yaml(&prov.join("content/communes.yaml"));
    let ids: Vec<&str> =
        registry["communes"].as_sequence().unwrap().iter().map(|u| u["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["xa-thu-001", "xa-thu-002", "xa-thu-003"]);
    for c in ["xa-001", "xa-002", "xa-003"] {
        let theirs = std::fs::read(out.join("communes").join(c).join("content/communes.yaml")).unwrap();
        assert_eq!(theirs, std::fs::read(prov.join("content/communes.yaml")).unwrap(), "{c}'s registry");
    }
    let site = yaml(&prov.join("content/site.yaml"));
    let tinh = &site["outlets"][0];
    assert_eq!(tinh["id"].as_str(), Some("tinh"));
    let gather = tinh["gather"].as_sequence().unwrap();
    assert_eq!(gather.len(), 3);
    for g in gather {
        let path = prov.join(g["path"].as_str().unwrap());
        assert!(path.join("content/site.yaml").is_file(), "{}", path.display());
        assert_eq!(path.file_name().unwrap().to_str(), g["id"].as_str());
    }
    // flat/: the view's stories (not the broken commune's) as one ordinary site's, which checks.
    let flat: Vec<String> = story_files(&out.join("flat/content/stories"))
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(flat.len(), 8, "{flat:?}");
    assert!(flat.iter().all(|f| f.starts_with("xa-001-") || f.starts_with("xa-003-")), "{flat:?}");
    let root = out.join("flat");
    let run = guong_in(&root, &["check", "--root", root.to_str().unwrap()]);
    assert_eq!(run.code, 0, "flat: {}{}", run.stdout, run.stderr);
    // Hugo: every story once, under the commune's prefix.
    assert_eq!(story_files(&out.join("hugo/content")).len(), 12);
    assert!(out.join("hugo/content/bai-viet/xa-002-dien-hinh-so-0000.md").is_file());
}

#[test]
fn the_same_arguments_make_the_same_province() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    generate(&a, &["2", "3", "--broken", "1"]);
    generate(&b, &["2", "3", "--broken", "1"]);
    assert_eq!(snapshot(&a), snapshot(&b));
    // --broken takes one key out of one story and changes nothing else.
    let c = tmp.path().join("c");
    generate(&c, &["2", "3"]);
    // (flat/ holds the stories the view gathers: without commune 1's when it is broken.)
    let not_flat = |m: std::collections::BTreeMap<String, Vec<u8>>| {
        m.into_iter().filter(|(k, _)| !k.starts_with("flat/")).collect::<std::collections::BTreeMap<_, _>>()
    };
    let (with, without) = (not_flat(snapshot(&a)), not_flat(snapshot(&c)));
    let differ: Vec<&str> = with.keys().filter(|k| with.get(*k) != without.get(*k)).map(String::as_str).collect();
    assert_eq!(differ.len(), 2, "{differ:?}");
    assert_eq!(differ[0], ".gen_province");
    assert!(differ[1].starts_with("communes/xa-001/content/stories/"), "{differ:?}");
    assert!(differ[1].ends_with("/dien-hinh-so-0000.md"), "{differ:?}");
    assert_eq!(with.len(), without.len());
}

/// The year of a generated story's `date:` (its front matter read with serde_yaml).
fn year_of(story: &Path) -> String {
    let text = std::fs::read_to_string(story).unwrap();
    let front: serde_yaml::Value = serde_yaml::from_str(text.split("---\n").nth(1).unwrap()).unwrap();
    front["date"].as_str().unwrap()[..4].to_owned()
}

#[test]
fn a_generated_province_builds_searches_and_reports_without_its_broken_commune() {
    let tmp = tempfile::tempdir().unwrap();
    let made = tmp.path().join("gen");
    generate(&made, &["3", "4", "--broken", "2"]);
    let prov = made.join("province");
    let out = tmp.path().join("out");
    let r = guong_in(&prov, &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("warning[gather-failed]") && r.stderr.contains("`xa-002`"), "{}", r.stderr);
    assert!(r.stderr.contains("`field`"), "the broken story's error is quoted: {}", r.stderr);
    // Every good commune's stories, under its prefix, canonical to the commune's own page.
    let canonical = scraper::Selector::parse("link[rel=canonical]").unwrap();
    let mut built = std::collections::BTreeSet::new();
    for e in std::fs::read_dir(out.join("tinh/bai-viet")).unwrap() {
        let slug = e.unwrap().file_name().to_string_lossy().into_owned();
        let page = std::fs::read_to_string(out.join("tinh/bai-viet").join(&slug).join("index.html")).unwrap();
        let page = scraper::Html::parse_document(&page);
        let href = page.select(&canonical).next().unwrap().value().attr("href").unwrap().to_owned();
        let (c, own) = slug.split_at(6);
        assert_eq!(href, format!("https://{c}.example.org/bai-viet/{}/", &own[1..]), "{slug}");
        built.insert(slug);
    }
    let want: std::collections::BTreeSet<String> =
        ["xa-001", "xa-003"].iter().flat_map(|c| (0..4).map(move |j| format!("{c}-dien-hinh-so-{j:04}"))).collect();
    assert_eq!(built, want);
    // One search over all: the index has exactly those stories.
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("tinh/tim-kiem/chi-muc/meta.json")).unwrap()).unwrap();
    assert_eq!(meta["docs"], 8);
    // The province report: each good commune's stories of the year, the broken one named.
    for year in ["2025", "2026"] {
        let r = guong_in(&prov, &["report", "--province", "--year", year, "--format", "json"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let rows = report["rows"].as_array().unwrap();
        for c in ["xa-001", "xa-003"] {
            let n: u64 = rows.iter().filter(|x| x["source"] == c).map(|x| x["stories"].as_u64().unwrap()).sum();
            let files = story_files(&made.join("communes").join(c).join("content/stories"));
            let of_year = files.iter().filter(|f| year_of(f) == year).count() as u64;
            assert_eq!(n, of_year, "{c} in {year}");
        }
        let broken = rows.iter().find(|x| x["source"] == "xa-002").unwrap();
        assert_eq!(broken["state"], "failed", "{broken}");
        assert!(broken["note"].as_str().unwrap().contains("`field`"), "{broken}");
    }
}
