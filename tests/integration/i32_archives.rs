//! Issue 32, item 2: archives and lists hold only what was true on their dates. The
//! tests build a copy of the sample site and read what it wrote with scraper and
//! serde_json, against dates read here from the content's YAML with serde_yaml.

use crate::support::{guong_in, sample_site};
use chrono::NaiveDate;
use scraper::{ElementRef, Html, Selector};
use std::path::{Path, PathBuf};

/// The sample as it is, built once for the tests that only read it.
fn built() -> &'static Path {
    static SITE: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    SITE.get_or_init(|| {
        let site = sample_site();
        let r = guong_in(site.path(), &["build"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        site
    })
    .path()
}

fn yaml(path: &Path) -> serde_yaml::Value {
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

fn day(v: &serde_yaml::Value, key: &str) -> Option<NaiveDate> {
    v.get(key).and_then(|d| d.as_str()).map(|d| d.parse().unwrap())
}

/// The outlets of `site.yaml`: (id, valid_from, valid_until).
fn outlets(root: &Path) -> Vec<(String, Option<NaiveDate>, Option<NaiveDate>)> {
    let site = yaml(&root.join("content/site.yaml"));
    let mut all: Vec<_> = site["outlets"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|o| (o["id"].as_str().unwrap().to_owned(), day(o, "valid_from"), day(o, "valid_until")))
        .collect();
    // One per commune of 2025 without an outlet written by hand, as `plan` lists them.
    for d in site["outlets_per_unit"].as_sequence().into_iter().flatten() {
        for id in PER_UNIT_IDS {
            all.push(((*id).to_owned(), day(d, "valid_from"), day(d, "valid_until")));
        }
    }
    all
}

/// The outlets the sample's declaration gives the new communes (2025), in the registry's
/// order; Thọ Phú has its own, written by hand.
const PER_UNIT_IDS: &[&str] =
    &["xa-trieu-son", "xa-tan-ninh", "xa-tho-binh", "xa-tho-ngoc", "xa-hop-tien", "xa-an-nong", "xa-dong-tien"];

/// The outlets that ended: (id, last day).
fn archives(root: &Path) -> Vec<(String, NaiveDate)> {
    outlets(root).into_iter().filter_map(|(id, _, end)| Some((id, end?))).collect()
}

fn exemplar(root: &Path, id: &str) -> serde_yaml::Value {
    yaml(&root.join(format!("content/exemplars/{id}.yaml")))
}

/// The front matter of every story: (file stem, front matter).
fn stories(root: &Path) -> Vec<(String, serde_yaml::Value)> {
    walkdir::WalkDir::new(root.join("content/stories"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| {
            let text = std::fs::read_to_string(e.path()).unwrap();
            let front =
                text.trim_start_matches('\u{feff}').strip_prefix("---\n").unwrap().split("\n---").next().unwrap();
            (e.path().file_stem().unwrap().to_string_lossy().into_owned(), serde_yaml::from_str(front).unwrap())
        })
        .collect()
}

fn html(path: &Path) -> Html {
    Html::parse_document(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(e: ElementRef) -> String {
    e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The booklets an outlet wrote: (year, page).
fn booklets(outlet_dir: &Path) -> Vec<(i32, PathBuf)> {
    let Ok(dir) = std::fs::read_dir(outlet_dir.join("ky-yeu")) else { return Vec::new() };
    let mut v: Vec<(i32, PathBuf)> = dir
        .map(|e| e.unwrap().path())
        .filter_map(|p| Some((p.file_name()?.to_str()?.parse().ok()?, p.join("index.html"))))
        .collect();
    v.sort();
    v
}

/// The exemplars (section ids) of a booklet.
fn booklet_entries(page: &Path) -> Vec<String> {
    html(page).select(&sel("section.bk-page[id]")).map(|s| s.value().attr("id").unwrap().to_owned()).collect()
}

/// Item 1: the district's booklets hold no exemplar selected after the district ended
/// (the 2025 booklets listed a commune's selection of 29/8/2025), its folders no photo
/// of a story it does not carry, and its exemplar pages no date after its end.
#[test]
fn an_archive_holds_nothing_decided_after_it_ended() {
    let root = built();
    let public = root.join("public");
    let archives = archives(root);
    assert_eq!(archives.len(), 2, "the district's two outlets");
    for (id, end) in &archives {
        let dir = public.join(id);
        let books = booklets(&dir);
        assert!(!books.is_empty(), "{id} has booklets");
        for (year, page) in &books {
            for x in booklet_entries(page) {
                let selected = exemplar(root, &x)["selected"].clone();
                let date = day(&selected, "date").unwrap();
                assert!(date <= *end, "{id}'s booklet {year} has {x}, selected on {date}");
                assert_eq!(selected["year"].as_i64(), Some(i64::from(*year)));
            }
        }
        // Its exemplar pages: every date on them is on or before its end.
        for e in std::fs::read_dir(dir.join("guong")).unwrap() {
            let page = e.unwrap().path().join("index.html");
            if !page.is_file() {
                continue;
            }
            for t in html(&page).select(&sel("main time[datetime]")) {
                let d: NaiveDate = t.value().attr("datetime").unwrap()[..10].parse().unwrap();
                assert!(d <= *end, "{}: {d}", page.display());
            }
        }
        // Photos: none of a story dated after its end (unless an earlier story shows it too).
        let all = stories(root);
        let photo = |fm: &serde_yaml::Value| fm["image"].as_str().map(|p| p.trim_start_matches("./").to_owned());
        let early: Vec<String> =
            all.iter().filter(|(_, fm)| day(fm, "date").unwrap() <= *end).filter_map(|(_, fm)| photo(fm)).collect();
        let files: Vec<String> = std::fs::read_dir(dir.join("media"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        let mut later = 0;
        for (slug, fm) in all.iter().filter(|(_, fm)| day(fm, "date").unwrap() > *end) {
            let Some(p) = photo(fm).filter(|p| !early.contains(p)) else { continue };
            later += 1;
            let stem = Path::new(&p).file_stem().unwrap().to_string_lossy().into_owned();
            assert!(
                !files.iter().any(|f| f.starts_with(&format!("{stem}-"))),
                "{id}/media has the photo of {slug} ({p}), dated after {end}"
            );
        }
        assert!(later > 0, "the sample has later stories with photos");
    }
    // The selection of 29/8/2025 is in the booklet of the outlet that carried it then.
    let tho_phu = booklet_entries(&public.join("xa-tho-phu/ky-yeu/2025/index.html"));
    assert!(tho_phu.contains(&"nuoi-ca-nuoc-ngot-vietgap-tho-phu".to_owned()), "{tho_phu:?}");
    assert!(
        public
            .join("xa-tho-phu/media")
            .read_dir()
            .unwrap()
            .any(|f| { f.unwrap().file_name().to_string_lossy().starts_with("ao-nuoi-ca-vietgap-") })
    );
}

/// Items 1 and 3 on a copy with later events: a practice of xã Thọ Tân with a story of
/// 2023, selected on 29/8/2025 and replicated by the new xã Thọ Phú on 15/9/2025. The
/// archive names neither; the live outlet of Thọ Phú names both, and the old commune's
/// page names who replicated it then (the new commune), as the new commune's page names
/// the old commune that replicated another practice in 2024.
#[test]
fn later_decisions_stay_off_the_archive_and_replications_name_their_unit() {
    let site = sample_site();
    let root = site.path();
    let path = root.join("content/exemplars/lua-huu-co-lien-ket-tho-tan.yaml");
    let mut record = std::fs::read_to_string(&path).unwrap();
    record.push_str(
        "selected:\n  year: 2025\n  date: 2025-08-29\n  decision: \"Số 113/QĐ-UBND\"\n  by: tho-phu-2025\n\
         replicated_in:\n  - unit: tho-phu-2025\n    date: 2025-09-15\n    source: \"Báo cáo của UBND xã Thọ Phú tháng 9/2025\"\n",
    );
    std::fs::write(&path, record).unwrap();
    let r = guong_in(root, &["build", "--outlet", "cong-thong-tin", "--outlet", "xa-tho-phu"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let public = root.join("public");
    let registry = yaml(&root.join("content/communes.yaml"));
    let unit_name = |id: &str| {
        let u = registry["communes"].as_sequence().unwrap().iter().find(|u| u["id"] == id).unwrap();
        u["name"].as_str().unwrap().to_owned()
    };
    let x = "lua-huu-co-lien-ket-tho-tan";
    let (story, _) = stories(root).into_iter().find(|(_, fm)| fm["exemplar"] == x).unwrap();
    // The archive: the story names no selection, the profile no selection or replication.
    let page = html(&public.join(format!("cong-thong-tin/bai-viet/{story}/index.html")));
    let said = text(page.select(&sel("p.exemplar")).next().unwrap());
    assert!(said.contains("Liên kết sản xuất lúa hữu cơ") && !said.contains("tiêu biểu"), "{said}");
    let profile = html(&public.join(format!("cong-thong-tin/guong/{x}/index.html")));
    let main = text(profile.select(&sel("main")).next().unwrap());
    assert!(!main.contains("tiêu biểu năm 2025") && !main.contains("113/QĐ-UBND"), "{main}");
    assert_eq!(profile.select(&sel("table.replications")).count(), 0);
    assert!(!booklet_entries(&public.join("cong-thong-tin/ky-yeu/2025/index.html")).contains(&x.to_owned()));
    let tho_tan = html(&public.join("cong-thong-tin/dia-phuong/tho-tan/index.html"));
    for t in tho_tan.select(&sel("section.unit-exemplars time[datetime]")) {
        let d: NaiveDate = t.value().attr("datetime").unwrap().parse().unwrap();
        assert!(
            d <= NaiveDate::from_ymd_opt(2025, 6, 30).unwrap(),
            "the archive's xã Thọ Tân lists a replication of {d}"
        );
    }
    // The live outlet of Thọ Phú shows both.
    let page = html(&public.join(format!("xa-tho-phu/bai-viet/{story}/index.html")));
    let said = text(page.select(&sel("p.exemplar")).next().unwrap());
    assert!(said.contains("tiêu biểu năm 2025"), "{said}");
    assert!(booklet_entries(&public.join("xa-tho-phu/ky-yeu/2025/index.html")).contains(&x.to_owned()));
    // A unit page's replications (the lines with a date): (text, units linked).
    let replications = |unit: &str, practice: &str| -> Vec<(String, Vec<String>)> {
        let doc = html(&public.join(format!("xa-tho-phu/dia-phuong/{unit}/index.html")));
        doc.select(&sel("section.unit-exemplars li"))
            .filter(|li| li.select(&sel("time")).next().is_some())
            .filter(|li| li.select(&sel(&format!("a[href$='/guong/{practice}/']"))).next().is_some())
            .map(|li| {
                let by = li
                    .select(&sel("a[href*='/dia-phuong/']"))
                    .map(|a| {
                        a.value().attr("href").unwrap().trim_end_matches('/').rsplit('/').next().unwrap().to_owned()
                    })
                    .collect();
                (text(li), by)
            })
            .collect()
    };
    // On the old xã Thọ Tân's page, the replication of 15/9/2025 names the new xã Thọ Phú.
    let lines = replications("tho-tan", x);
    assert_eq!(lines.len(), 1, "{lines:?}");
    let (line, by) = &lines[0];
    assert_eq!(by, &["tho-phu-2025"], "{line}");
    assert!(line.contains(&format!("xã {}", unit_name("tho-phu-2025"))) && line.contains("15/9/2025"), "{line}");
    // On the new xã Thọ Phú's page, the replication of 20/11/2024 names the old xã Thọ Dân.
    let dua_luoi = exemplar(root, "mo-hinh-dua-luoi-nha-mang-tho-tan");
    let in_tho_dan = dua_luoi["replicated_in"].as_sequence().unwrap().iter().find(|r| r["unit"] == "tho-dan").unwrap();
    assert_eq!(day(in_tho_dan, "date"), NaiveDate::from_ymd_opt(2024, 11, 20));
    let lines = replications("tho-phu-2025", "mo-hinh-dua-luoi-nha-mang-tho-tan");
    let (line, by) = lines.iter().find(|(l, _)| l.contains("20/11/2024")).unwrap_or_else(|| panic!("{lines:?}"));
    assert_eq!(by, &["tho-dan"], "{line}");
    assert!(line.contains(&format!("xã {}", unit_name("tho-dan"))), "{line}");
}

/// Item 2: `plan` lists an outlet only on the days it publishes: the Thọ Phú outlet
/// from 1/7/2025, the district's outlets until 30/6/2025.
#[test]
fn plan_lists_an_outlet_only_while_it_publishes() {
    let site = sample_site();
    let root = site.path();
    let spans = outlets(root);
    let r = guong_in(root, &["plan", "--format", "json", "--from", "2025-04-01", "--next", "200"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let p: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let days = p["days"].as_array().unwrap();
    let (mut before, mut after) = (0, 0);
    for d in days {
        let date: NaiveDate = d["date"].as_str().unwrap().parse().unwrap();
        let listed: Vec<&str> = d["outlets"].as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap()).collect();
        let live: Vec<&str> = spans
            .iter()
            .filter(|(_, from, until)| from.is_none_or(|f| date >= f) && until.is_none_or(|u| date <= u))
            .map(|(id, _, _)| id.as_str())
            .collect();
        assert_eq!(listed, live, "{date}");
        if date < NaiveDate::from_ymd_opt(2025, 7, 1).unwrap() {
            before += 1
        } else {
            after += 1
        }
        // No story dated after an outlet's end is scheduled or suggested for it.
        for o in d["outlets"].as_array().unwrap() {
            let end = spans.iter().find(|(id, _, _)| o["id"] == id.as_str()).unwrap().2;
            for s in o["scheduled"].as_array().unwrap().iter().chain(o["suitable"].as_array().unwrap()) {
                let sd: NaiveDate = s["date"].as_str().unwrap().parse().unwrap();
                assert!(end.is_none_or(|e| sd <= e), "{}: {} on {sd}", o["id"], s["slug"]);
            }
        }
    }
    assert!(before > 0 && after > 0, "days on both sides of 1/7/2025");
    // Asked for by name, an outlet is still listed only on its days.
    let r = guong_in(
        root,
        &["plan", "--format", "json", "--from", "2025-04-01", "--next", "200", "--outlet", "xa-tho-phu"],
    );
    let p: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    for d in p["days"].as_array().unwrap() {
        let date: NaiveDate = d["date"].as_str().unwrap().parse().unwrap();
        assert_eq!(
            d["outlets"].as_array().unwrap().is_empty(),
            date < NaiveDate::from_ymd_opt(2025, 7, 1).unwrap(),
            "{date}"
        );
    }
}

/// Item 4: the units' lists of every outlet's home page name only the kinds of unit
/// they list (no "phường": the registry has none), and an archive lists the units of
/// its own days, not the communes made after it ended.
#[test]
fn home_pages_offer_only_the_units_of_their_days() {
    let root = built();
    let registry = yaml(&root.join("content/communes.yaml"));
    let units = registry["communes"].as_sequence().unwrap();
    let kind = |id: &str| units.iter().find(|u| u["id"] == id).map(|u| u["type"].as_str().unwrap().to_owned());
    assert!(units.iter().all(|u| u["type"] != "phuong"), "the sample has no ward");
    for (id, _, until) in outlets(root) {
        let home = html(&root.join(format!("public/{id}/index.html")));
        let section = home.select(&sel("section[aria-labelledby='h-dp']")).next().unwrap();
        assert!(!text(section).to_lowercase().contains("phường"), "{id}: {}", text(section));
        let mut listed = 0;
        for h in section.select(&sel("h3")) {
            let heading = text(h).to_lowercase();
            let list = h.next_siblings().filter_map(ElementRef::wrap).find(|e| e.value().name() == "ul").unwrap();
            let ids: Vec<String> = list
                .select(&sel("a[href*='/dia-phuong/']"))
                .map(|a| a.value().attr("href").unwrap().trim_end_matches('/').rsplit('/').next().unwrap().to_owned())
                .collect();
            if ids.iter().any(|u| u == "huyen") {
                continue;
            }
            let kinds: Vec<String> = ids.iter().map(|u| kind(u).unwrap()).collect();
            assert_eq!(heading.contains("thị trấn"), kinds.iter().any(|k| k == "thi-tran"), "{id}: {heading}: {ids:?}");
            assert!(heading.contains("xã") || !kinds.iter().any(|k| k == "xa"), "{id}: {heading}");
            for u in &ids {
                let unit = units.iter().find(|x| x["id"] == u.as_str()).unwrap();
                // Not a unit made after the outlet ended (a live outlet also lists the
                // former units of its territory, before its start).
                let made = day(unit, "valid_from");
                assert!(made.is_none_or(|f| until.is_none_or(|e| f <= e)), "{id} lists {u}, made on {made:?}");
                listed += 1;
            }
        }
        assert!(listed > 0, "{id} lists units");
    }
    // The district's archive lists the xã and thị trấn of 30/6/2025, under that date.
    let home = html(&root.join("public/cong-thong-tin/index.html"));
    let headings: Vec<String> = home.select(&sel("section[aria-labelledby='h-dp'] h3")).map(text).collect();
    assert!(headings.iter().any(|h| h == "Các xã, thị trấn đến hết ngày 30/6/2025"), "{headings:?}");
}

/// Item 5: the booklet's contents name an exemplar's unit once: not after a name that
/// already says it ("Chi bộ thôn Lý Nhân, Đảng bộ xã Dân Lý, xã Dân Lý").
#[test]
fn the_booklet_contents_name_the_unit_once() {
    let root = built();
    let registry = yaml(&root.join("content/communes.yaml"));
    let name_of = |id: &str| -> Option<String> {
        let u = registry["communes"].as_sequence().unwrap().iter().find(|u| u["id"] == id)?;
        let kind = match u["type"].as_str()? {
            "xa" => "xã",
            "thi-tran" => "thị trấn",
            other => panic!("{other}"),
        };
        Some(format!("{kind} {}", u["name"].as_str()?))
    };
    let mut checked = 0;
    let mut named_in_name = 0;
    for (id, _, _) in outlets(root) {
        for (_, page) in booklets(&root.join(format!("public/{id}"))) {
            for li in html(&page).select(&sel("ol.bk-contents li")) {
                let x = li
                    .select(&sel("a"))
                    .next()
                    .unwrap()
                    .value()
                    .attr("href")
                    .unwrap()
                    .trim_start_matches('#')
                    .to_owned();
                let Some(unit) = exemplar(root, &x)["unit"].as_str().and_then(name_of) else { continue };
                let line = text(li).to_lowercase();
                assert_eq!(line.matches(&unit.to_lowercase()).count(), 1, "{id}: {line}");
                checked += 1;
                named_in_name += usize::from(exemplar(root, &x)["name"].as_str().unwrap().contains(&unit));
            }
        }
    }
    assert!(checked > 0 && named_in_name > 0, "{checked} entries, {named_in_name} naming their unit");
}
