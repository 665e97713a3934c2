//! `guong new`: a file with every key that checks once filled in.

use crate::support::Site;

#[test]
fn new_writes_a_story_with_every_key_and_refuses_to_overwrite() {
    let site = Site::new("site");
    let args = [
        "new",
        "practice",
        "--commune",
        "tho-tan",
        "--field",
        "nong-nghiep",
        "--title",
        "Mô hình hoà giải ở Đồng Tiến",
        "--date",
        "2024-05-01",
    ];
    let run = site.guong(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rel = "content/stories/2024/mo-hinh-hoa-giai-o-dong-tien.md";
    let text = site.read(rel);
    for key in [
        "title:",
        "kind: practice",
        "date: 2024-05-01",
        "subject:",
        "consent:",
        "commune: tho-tan",
        "field: nong-nghiep",
        "criteria:",
        "nong-thon-moi-kieu-mau:",
        "field_evidence:",
        "results:",
        "replication:",
        "summary:",
        "author:",
        "recognition:",
        "columns:",
        "tags:",
        "draft: true",
        "id: ",
        "aliases:",
    ] {
        assert!(text.contains(key), "{key} missing in\n{text}");
    }
    // Empty evidence is reported until the editor fills it in.
    let check = site.guong(&["check", rel]);
    assert_eq!(check.code, 1);
    assert!(check.stdout.contains("error[empty-value]"), "{}", check.stdout);
    // Same title again: refused, file untouched.
    let again = site.guong(&args);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("không ghi đè"), "{}", again.stderr);
    assert_eq!(site.read(rel), text);
}

#[test]
fn new_rejects_unknown_ids_with_a_suggestion() {
    let site = Site::new("site");
    let run = site.guong(&["new", "story", "--commune", "tho-tn", "--field", "y-te", "--title", "X"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("có phải `tho-tan`?"), "{}", run.stderr);
}

#[test]
fn new_files_check_clean_once_filled_in() {
    let site = Site::new("site");
    let run = site.guong(&[
        "new",
        "story",
        "--commune",
        "dong-tien",
        "--field",
        "y-te",
        "--title",
        "Trạm y tế xã Đồng Tiến",
        "--date",
        "2024-02-02",
    ]);
    assert_eq!(run.code, 0);
    let rel = "content/stories/2024/tram-y-te-xa-dong-tien.md";
    let filled = site
        .read(rel)
        .replace("type: individual", "type: collective")
        .replace("name: \"\"", "name: \"Trạm y tế xã Đồng Tiến\"")
        .replace(": \"\"", ": \"Đã có minh chứng cụ thể.\"");
    site.write(rel, &filled);
    let check = site.guong(&["check", rel]);
    assert_eq!(check.code, 0, "{}", check.stdout);
}
