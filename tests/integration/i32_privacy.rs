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

/// A story of the sample under `tests/fixtures/privacy/`, its body and title kept, its
/// front matter made one the fixture site knows (the subject is its exemplar's name).
fn sample_story(site: &Site, file: &str, kind: &str, subject: &str) -> String {
    let text = std::fs::read_to_string(crate::support::repo().join("tests/fixtures/privacy").join(file)).unwrap();
    let title = text.lines().find(|l| l.starts_with("title:")).unwrap();
    let body = text.splitn(3, "---\n").nth(2).unwrap();
    let story = format!(
        "---\n{title}\nkind: story\ndate: 2024-05-02\nsubject: {{ type: {kind}, name: \"{subject}\", consent: true }}\n\
         commune: dong-tien\nfield: nong-nghiep\ncriteria:\n  chap-hanh: \"a\"\n  hoan-thanh-xuat-sac: \"b\"\n  sang-tao: \"c\"\n  \
         tuong-than-tuong-ai: \"d\"\nfield_evidence: e\nsummary: s\nauthor: a\n---\n{body}"
    );
    let rel = format!("content/stories/2024/{file}");
    site.write(&rel, &story);
    rel
}

/// A fixture, its subject's type and name, and the findings expected (code, name).
type Case = (&'static str, &'static str, &'static str, &'static [(&'static str, &'static str)]);

/// Item 4: the sample's stories that name a third party beside their health or hardship,
/// or a named child, and had no finding: each now gets its own (the name it is about).
#[test]
fn the_samples_unflagged_third_parties_and_minors_are_found() {
    let cases: &[Case] = &[
        (
            "bep-an-nghia-tinh-thi-tran-trieu-son-moi-ngay-hon-200-suat.md",
            "collective",
            "Bếp ăn nghĩa tình cho người bệnh nghèo",
            &[("third-party-sensitive", "Nguyễn Thị Lụa")],
        ),
        (
            "co-giao-tran-thi-mai-va-nhung-gio-toan-khong-ai-bi-bo-lai.md",
            "individual",
            "Trần Thị Mai",
            &[("minor-named", "Lê Minh Đức")],
        ),
        (
            "chi-le-thi-hoa-va-mo-hinh-dua-luoi-nha-mang.md",
            "individual",
            "Lê Thị Hoa",
            &[("third-party-sensitive", "Nguyễn Thị Nhung")],
        ),
        (
            "cuu-chien-binh-pham-van-duc-va-quy-nghia-tinh-dong-doi.md",
            "individual",
            "Phạm Văn Đức",
            &[("third-party-sensitive", "Lê Văn Thành")],
        ),
        (
            "hoi-chu-thap-do-huyen-trieu-son-va-hanh-trinh-ket-noi.md",
            "collective",
            "Câu lạc bộ thiện nguyện “Địa chỉ nhân đạo” huyện Triệu Sơn",
            &[("third-party-sensitive", "Nguyễn Thị Gái")],
        ),
        (
            "tram-y-te-xa-tho-tan-cham-soc-suc-khoe-tu-co-so.md",
            "collective",
            "Tập thể cán bộ trạm y tế xã",
            &[("third-party-sensitive", "Lê Thị Nụ")],
        ),
        (
            "bac-si-trinh-thi-lan-va-nhung-lan-kham-benh-tai-nha.md",
            "individual",
            "Trịnh Thị Lan",
            &[("third-party-sensitive", "Lê Văn Khang")],
        ),
        (
            "thay-giao-hoang-van-tuan-va-cau-lac-bo-stem-cua-hoc-sinh.md",
            "individual",
            "Hoàng Văn Tuấn",
            &[("minor-named", "Lê Thị Hà")],
        ),
        // The one the title names is the story's own: the poor households he helps are
        // not his (no finding).
        ("anh-hoang-van-lam-cai-tien-may-cuon-rom-cho-dong-ruong-nho.md", "collective", "Máy cuộn rơm cỡ nhỏ", &[]),
    ];
    let site = Site::new("site");
    for (file, kind, subject, want) in cases {
        let rel = sample_story(&site, file, kind, subject);
        let run = site.guong(&["check", &rel]);
        let found: Vec<(String, String)> = run
            .stdout
            .lines()
            .chain(run.stderr.lines())
            .filter(|l| l.contains("[third-party-sensitive]") || l.contains("[minor-named]"))
            .map(|l| {
                let code = codes(l).pop().unwrap_or_default();
                let name = l.split('“').nth(1).and_then(|r| r.split('”').next()).unwrap_or_default().to_owned();
                (code, name)
            })
            .collect();
        let want: Vec<(String, String)> = want.iter().map(|(c, n)| ((*c).to_owned(), (*n).to_owned())).collect();
        assert_eq!(found, want, "{file}\n{}{}", run.stdout, run.stderr);
    }
}

const HOUSEHOLD: &str =
    "name: \"Hộ anh Lê Văn Bình\"\ntype: household\nunit: dong-tien\nfield: nong-nghiep\nprofile: \"Hộ nuôi bò.\"\n";

fn household_story(site: &Site, consent: &str) -> crate::support::Run {
    site.write("content/exemplars/ho-anh-binh.yaml", &format!("{HOUSEHOLD}{consent}"));
    site.write(
        "content/stories/2024/ho-anh-binh.md",
        "---\ntitle: \"Hộ anh Bình nuôi bò\"\nkind: story\ndate: 2024-05-02\nexemplar: ho-anh-binh\n\
         commune: dong-tien\nfield: nong-nghiep\ncriteria:\n  chap-hanh: \"a\"\n  hoan-thanh-xuat-sac: \"b\"\n  sang-tao: \"c\"\n  \
         tuong-than-tuong-ai: \"d\"\nfield_evidence: e\nsummary: s\nauthor: a\n\
         channels:\n  - { channel: loudspeaker, date: 2024-05-10 }\n---\n\
         Gia đình anh Lê Văn Bình và chị Trần Thị Na nuôi bò từ năm 2020.\n\n![Đàn bò](media/bo.jpg)\n",
    );
    site.guong(&["check", "content/stories/2024/ho-anh-binh.md"])
}

/// Item 4: a consent says which channels and whether photos, and covers each member of
/// a household it names; a consent without those keys covers every channel, photos and
/// no member but those the household's name holds (old files read as before).
#[test]
fn a_story_beyond_its_consent_is_found() {
    let site = Site::new("site");
    let narrow = "consent:\n  given: 2024-01-02\n  form: written\n  held_by: dong-tien\n  \
                  channels: [web, print]\n  photos: false\n";
    let run = household_story(&site, narrow);
    let out = format!("{}{}", run.stdout, run.stderr);
    let scope: Vec<&str> = out.lines().filter(|l| l.contains("[consent-scope]")).collect();
    assert_eq!(scope.len(), 3, "{out}");
    assert!(scope.iter().any(|l| l.contains("loudspeaker")), "{out}");
    assert!(scope.iter().any(|l| l.contains("photos: false")), "{out}");
    assert!(scope.iter().any(|l| l.contains("Trần Thị Na")), "{out}");
    // The member recorded, the channel and photos allowed: nothing left.
    let wide = "consent:\n  given: 2024-01-02\n  form: written\n  held_by: dong-tien\n  \
                channels: [web, loudspeaker]\n  photos: true\n  members: [\"Trần Thị Na\"]\n";
    let run = household_story(&site, wide);
    assert!(!run.stdout.contains("consent-scope") && !run.stderr.contains("consent-scope"), "{}", run.stdout);
    // An old consent (no channels, no photos): every channel and photos, as before;
    // only the member the name does not hold is found.
    let old = "consent:\n  given: 2024-01-02\n  form: written\n  held_by: dong-tien\n";
    let run = household_story(&site, old);
    let out = format!("{}{}", run.stdout, run.stderr);
    let scope: Vec<&str> = out.lines().filter(|l| l.contains("[consent-scope]")).collect();
    assert_eq!(scope.len(), 1, "{out}");
    assert!(scope[0].contains("Trần Thị Na"), "{out}");
    // A channel no one knows is the exemplar file's error.
    site.write("content/exemplars/ho-anh-binh.yaml", &format!("{HOUSEHOLD}{old}  channels: [loa]\n"));
    let run = site.guong(&["check"]);
    assert!(run.stdout.contains("ho-anh-binh.yaml") && run.stdout.contains("`loa`"), "{}", run.stdout);
}
