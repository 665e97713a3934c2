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
    let ids: Vec<&str> = registry["communes"].as_sequence().unwrap().iter().map(|u| u["id"].as_str().unwrap()).collect();
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
    let (with, without) = (snapshot(&a), snapshot(&c));
    let differ: Vec<&str> =
        with.keys().filter(|k| with.get(*k) != without.get(*k)).map(String::as_str).collect();
    assert_eq!(differ.len(), 2, "{differ:?}");
    assert_eq!(differ[0], ".gen_province");
    assert!(differ[1].starts_with("communes/xa-001/content/stories/"), "{differ:?}");
    assert!(differ[1].ends_with("/dien-hinh-so-0000.md"), "{differ:?}");
    assert_eq!(with.len(), without.len());
}
