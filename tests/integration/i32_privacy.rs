//! Issue 32, true to the office: each test pins one wrong output of the review.
//! Items 4 (privacy, Decree 13/2023) and 7 (`check` shows everything at once).

use crate::support::Site;

fn codes(out: &str) -> Vec<String> {
    out.lines()
        .filter_map(|l| {
            let at = l.find("error[").or_else(|| l.find("warning["))?;
            let rest = &l[at..];
            let open = rest.find('[')?;
            let close = rest.find(']')?;
            Some(rest[open + 1..close].to_owned())
        })
        .collect()
}

/// Item 7: a story just made by `guong new` (about a unit dissolved on its date, no
/// consent yet) shows, in one run, its empty values and the findings that follow them:
/// the unit, the consent, the criteria without evidence. And `new` says so at once.
#[test]
fn a_new_story_shows_every_finding_in_one_run() {
    let site = Site::new("site");
    let run = site.guong(&[
        "new",
        "story",
        "--commune",
        "xuan-thinh",
        "--field",
        "nong-nghiep",
        "--date",
        "2025-09-01",
        "--title",
        "Anh Ba",
    ]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("Xuân Thịnh") && run.stderr.contains("không còn tồn tại"), "{}", run.stderr);
    let rel = "content/stories/2025/anh-ba.md";
    let text = site.read(rel).replace("draft: true", "draft: false");
    site.write(rel, &text);
    let run = site.guong(&["check", rel]);
    let found = codes(&format!("{}{}", run.stdout, run.stderr));
    for code in ["empty-value", "commune-dissolved", "missing-consent", "missing-evidence"] {
        assert!(found.iter().any(|c| c == code), "{code} missing from {found:?}\n{}{}", run.stdout, run.stderr);
    }
    assert!(!run.stdout.contains("``") && !run.stderr.contains("``"), "no empty name quoted: {}", run.stdout);
}
