//! Issue 31, the province view: an outlet with `gather:` builds one site from several
//! communes' guong sites. Here three copies of the sample site are gathered (two good,
//! one with a story that fails `check`) with one folder that does not exist. Read back
//! with scraper (pages), quick-xml (sitemap, OPML, the Word report) and serde_json
//! (search documents, the report in JSON).

use crate::support::{copy_dir, guong_in, repo};
use std::collections::BTreeSet;
use std::path::Path;

const VIEW: &str = "https://dienhinh.tinh.example.org";

/// `communes/{a,b,hong}` (copies of the sample; `hong` with one title emptied) and
/// `tinh/`, the province view gathering them and `communes/vang`, which is not there.
fn province() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a", "b", "hong"] {
        let site = dir.path().join("communes").join(name);
        copy_dir(&repo().join("content"), &site.join("content"));
        copy_dir(&repo().join("themes"), &site.join("themes"));
    }
    let broken = dir.path().join("communes/hong/content/stories/2025");
    let file = std::fs::read_dir(&broken)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let title = text.lines().find(|l| l.starts_with("title:")).unwrap().to_owned();
    std::fs::write(&file, text.replacen(&title, "title: \"\"", 1)).unwrap();
    let view = dir.path().join("tinh");
    copy_dir(&repo().join("content"), &view.join("content"));
    copy_dir(&repo().join("themes"), &view.join("themes"));
    std::fs::remove_dir_all(view.join("content/stories")).unwrap();
    std::fs::create_dir_all(view.join("content/stories")).unwrap();
    std::fs::remove_dir_all(view.join("content/exemplars")).unwrap();
    let site = std::fs::read_to_string(view.join("content/site.yaml")).unwrap();
    let head = &site[..site.find("\noutlets:").unwrap()];
    let head = head.replace("outlets: [cong-thong-tin]", "outlets: [tinh]");
    let outlet = format!(
        "\noutlets:\n  - id: tinh\n    title: \"Gương điển hình tiên tiến tỉnh (minh họa)\"\n    publisher: \"Ban Thi đua - Khen thưởng tỉnh Thanh Hóa\"\n    base_url: \"{VIEW}\"\n    theme: cong-thong-tin\n    owner: \"Sở Nội vụ tỉnh Thanh Hóa\"\n    gather:\n      - {{ id: a, path: ../communes/a }}\n      - {{ id: b, path: ../communes/b }}\n      - {{ id: hong, path: ../communes/hong }}\n      - {{ id: vang, path: ../communes/vang }}\n"
    );
    std::fs::write(view.join("content/site.yaml"), format!("{head}{outlet}")).unwrap();
    dir
}

fn html(path: &Path) -> scraper::Html {
    scraper::Html::parse_document(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn canonical(page: &scraper::Html) -> String {
    let sel = scraper::Selector::parse("link[rel=canonical]").unwrap();
    page.select(&sel).next().unwrap().value().attr("href").unwrap().to_owned()
}

/// Story pages of a built outlet (not the redirects left at former slugs): slug → page.
fn stories(outlet: &Path) -> std::collections::BTreeMap<String, scraper::Html> {
    let refresh = scraper::Selector::parse("meta[http-equiv=refresh]").unwrap();
    let mut out = std::collections::BTreeMap::new();
    let Ok(dir) = std::fs::read_dir(outlet.join("bai-viet")) else { return out };
    for e in dir {
        let e = e.unwrap();
        let page = html(&e.path().join("index.html"));
        if page.select(&refresh).next().is_none() {
            out.insert(e.file_name().to_string_lossy().into_owned(), page);
        }
    }
    out
}

/// Every `attr` of every element `name` of an XML file, read with quick-xml.
fn xml_attrs(path: &Path, name: &[u8], attr: &[u8]) -> Vec<String> {
    use quick_xml::events::Event;
    let text = std::fs::read_to_string(path).unwrap();
    let mut reader = quick_xml::Reader::from_str(&text);
    let mut out = Vec::new();
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == name => {
                for a in e.attributes() {
                    let a = a.unwrap();
                    if a.key.as_ref() == attr {
                        out.push(quick_xml::escape::unescape(&String::from_utf8_lossy(&a.value)).unwrap().into_owned());
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn a_province_view_gathers_every_communes_stories_and_skips_the_broken_one() {
    let dir = province();
    let view = dir.path().join("tinh");
    // Each commune's own site, built as the commune builds it: the pages the view must
    // link to.
    let own = dir.path().join("own");
    let r = guong_in(&dir.path().join("communes/a"), &["build", "--out", own.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut originals: std::collections::BTreeMap<String, String> = Default::default(); // canonical → slug
    for outlet in std::fs::read_dir(&own).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()) {
        for (slug, page) in stories(&outlet) {
            originals.insert(canonical(&page), slug);
        }
    }
    let out = dir.path().join("public");
    let r = guong_in(&view, &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("warning[gather-failed]") && r.stderr.contains("`hong`"), "{}", r.stderr);
    assert!(r.stderr.contains("khóa `title` đang để trống"), "the first error is quoted: {}", r.stderr);
    assert!(r.stderr.contains("warning[gather-missing]") && r.stderr.contains("`vang`"), "{}", r.stderr);
    let built = stories(&out.join("tinh"));
    let (mut a, mut b) = (BTreeSet::new(), BTreeSet::new());
    for (slug, page) in &built {
        let c = canonical(page);
        let Some(own_slug) = originals.get(&c) else {
            panic!("{slug}: canonical {c} is no page of the commune's site")
        };
        if let Some(rest) = slug.strip_prefix("a-") {
            assert_eq!(rest, own_slug, "{slug} → {c}");
            a.insert(rest.to_owned());
        } else if let Some(rest) = slug.strip_prefix("b-") {
            b.insert(rest.to_owned());
        } else {
            panic!("{slug}: neither source's (hong is left out)");
        }
        // The original is linked from the page; the photos stay with it.
        let link = scraper::Selector::parse(&format!("a[href=\"{c}\"]")).unwrap();
        assert!(page.select(&link).next().is_some(), "{slug}: no link to {c}");
        let img = scraper::Selector::parse(".prose img, .story img").unwrap();
        assert!(page.select(&img).next().is_none(), "{slug}: a photo of the commune's site");
    }
    let every: BTreeSet<String> = originals.values().cloned().collect();
    assert_eq!(a, every, "every story the commune publishes, once");
    assert_eq!(b, every, "the second commune's equal slugs are kept apart");
    // The sitemap lists no page whose canonical is elsewhere.
    let locs: Vec<String> = {
        use quick_xml::events::Event;
        let text = std::fs::read_to_string(out.join("tinh/sitemap.xml")).unwrap();
        let mut reader = quick_xml::Reader::from_str(&text);
        let (mut locs, mut in_loc) = (Vec::new(), false);
        loop {
            match reader.read_event().unwrap() {
                Event::Start(e) => in_loc = e.name().as_ref() == b"loc",
                Event::Text(t) if in_loc => locs.push(t.decode().unwrap().into_owned()),
                Event::End(_) => in_loc = false,
                Event::Eof => break,
                _ => {}
            }
        }
        locs
    };
    assert!(locs.iter().any(|l| l == &format!("{VIEW}/")), "{locs:?}");
    assert!(!locs.iter().any(|l| l.contains("/bai-viet/")), "{locs:?}");
    // One search over all: every gathered story is a document of the index.
    let mut docs = BTreeSet::new();
    for e in std::fs::read_dir(out.join("tinh/tim-kiem/chi-muc")).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("d-") && name.ends_with(".json") {
            let v: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            docs.extend(v.iter().map(|d| d[0].as_str().unwrap().to_owned()));
        }
    }
    assert_eq!(docs, built.keys().cloned().collect::<BTreeSet<_>>());
    // The communes' feeds in one OPML file (the left-out commune has none yet).
    let feeds = xml_attrs(&out.join("tinh/theo-doi/cac-xa.opml"), b"outline", b"xmlUrl");
    assert!(feeds.contains(&"https://thophu.thanhhoa.gov.vn/guong-sang/rss.xml".to_owned()), "{feeds:?}");
    assert_eq!(feeds.len() % 2, 0, "the two good copies list the same feeds: {feeds:?}");
    assert!(!feeds.iter().any(|f| f.starts_with(VIEW)), "{feeds:?}");
    let follow = std::fs::read_to_string(out.join("tinh/theo-doi/index.html")).unwrap();
    assert!(follow.contains(&format!("{VIEW}/theo-doi/cac-xa.opml")));

    // The province report counts what the view built, commune by commune.
    let r = guong_in(&view, &["report", "--province", "--year", "2025", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let rows = report["rows"].as_array().unwrap();
    let in_2025 = |prefix: &str| {
        let time = scraper::Selector::parse("article time").unwrap();
        built
            .iter()
            .filter(|(slug, page)| {
                slug.starts_with(prefix)
                    && page.select(&time).next().unwrap().value().attr("datetime").unwrap().starts_with("2025-")
            })
            .count() as u64
    };
    for (source, prefix) in [("a", "a-"), ("b", "b-")] {
        let n: u64 = rows.iter().filter(|x| x["source"] == source).map(|x| x["stories"].as_u64().unwrap()).sum();
        assert_eq!(n, in_2025(prefix), "{source}");
        assert!(n > 0);
    }
    let hong = rows.iter().find(|x| x["source"] == "hong").unwrap();
    assert_eq!(hong["state"], "failed");
    assert!(hong["met"].is_null(), "a commune not read is not judged: {hong}");
    assert!(hong["note"].as_str().unwrap().contains("title"), "{hong}");
    let vang = rows.iter().find(|x| x["source"] == "vang").unwrap();
    assert_eq!(vang["state"], "missing");
    assert_eq!(report["quota"], 2);
    assert!(report["plan"].as_str().unwrap().starts_with("Kế hoạch"), "{}", report["plan"]);

    // A commune that cannot be read keeps what it gave last.
    std::fs::rename(dir.path().join("communes/a"), dir.path().join("communes/a-away")).unwrap();
    let r = guong_in(&view, &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("warning[gather-kept]") && r.stderr.contains("`a`"), "{}", r.stderr);
    let again = stories(&out.join("tinh"));
    assert_eq!(again.keys().collect::<Vec<_>>(), built.keys().collect::<Vec<_>>());
    let r = guong_in(&view, &["report", "--province", "--year", "2025", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let kept = report["rows"].as_array().unwrap().iter().find(|x| x["source"] == "a").unwrap().clone();
    assert_eq!(kept["state"], "kept");
    assert!(kept["note"].as_str().unwrap().contains("đã gom ngày"), "{kept}");
}

#[test]
fn the_province_report_in_word_quotes_the_plan_and_names_the_communes_left_out() {
    let dir = province();
    let view = dir.path().join("tinh");
    let r = guong_in(&view, &["report", "--province", "--year", "2025", "--format", "docx", "--out", "tinh.docx"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let paragraphs = crate::i31_plans::paragraphs(&view.join("tinh.docx"));
    let all = paragraphs.join("\n");
    for want in [
        "BÁO CÁO",
        "Kết quả tuyên truyền gương điển hình tiên tiến của các xã năm 2025",
        "Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Thanh Hóa.",
        "Căn cứ Kế hoạch tuyên truyền gương điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn 2023 - 2025",
        "BAN THI ĐUA - KHEN THƯỞNG",
        "Số:        /BC-BTĐKT",
        "TRƯỞNG BAN",
    ] {
        assert!(all.contains(want), "{want:?} not in:\n{all}");
    }
    assert!(all.contains("Có 2 trang của xã chưa được tổng hợp"), "{all}");
    assert!(all.contains("xã Thọ Phú (từ 01/7/2025)"), "a row per commune: {all}");
    // Without a province view, `--province` is a misuse.
    let r = guong_in(&dir.path().join("communes/a"), &["report", "--province"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("gather:"), "{}", r.stderr);
}

/// Item 4: the booklet of the plan's whole period (the honouring conference of 2025) holds
/// every exemplar of the years' booklets, by year; the next plan, with no selection yet,
/// has none.
#[test]
fn the_whole_period_has_its_booklet() {
    let site = crate::support::sample_site();
    let out = site.path().join("public");
    let r = guong_in(site.path(), &["build", "--outlet", "trung-tam-van-hoa", "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dir = out.join("trung-tam-van-hoa/ky-yeu");
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let names = |page: &scraper::Html| -> Vec<String> {
        page.select(&sel("section.bk-page h2.bk-name")).map(|h| h.text().collect::<String>()).collect()
    };
    let mut by_year = Vec::new();
    for year in 2023..=2025 {
        let p = dir.join(format!("{year}/index.html"));
        if p.exists() {
            by_year.extend(names(&html(&p)));
        }
    }
    assert!(by_year.len() >= 2, "the sample selects exemplars in the plan's years: {by_year:?}");
    let period = html(&dir.join("2023-2025/index.html"));
    assert_eq!(names(&period), by_year, "every year's exemplars, year by year");
    let h1: String = period.select(&sel("h1")).next().unwrap().text().collect();
    assert_eq!(h1, "Kỷ yếu gương điển hình tiên tiến tiêu biểu giai đoạn 2023 - 2025");
    assert!(!dir.join("2026-2030").exists());
}

/// A plan that reports every six months: `--half` gives the half-year, named as reports
/// name it, and not judged against the yearly quota.
#[test]
fn a_half_year_report_is_named_and_not_judged() {
    let site = crate::support::sample_site();
    let r = guong_in(
        site.path(),
        &["report", "--unit", "tho-phu-2025", "--year", "2025", "--half", "2", "--format", "json"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["period_label"], "6 tháng cuối năm 2025");
    assert_eq!((v["from"].as_str(), v["to"].as_str()), (Some("2025-07-01"), Some("2025-12-31")));
    assert_eq!(v["district"]["judged"], false, "{}", v["district"]);
    // Without --half, the new commune's first period is named by its dates.
    let r = guong_in(site.path(), &["report", "--unit", "tho-phu-2025", "--year", "2025", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["period_label"], "từ ngày 01/7/2025 đến ngày 31/12/2025");
    let r = guong_in(site.path(), &["report", "--half", "3"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = guong_in(site.path(), &["report", "--half", "1", "--from", "2025-01-01", "--to", "2025-06-30"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// A source id that would reach URLs unescaped, a repeated id, and a view gathering
/// itself are refused at their keys; nothing is built.
#[test]
fn a_bad_gather_entry_is_a_located_finding() {
    let dir = province();
    let view = dir.path().join("tinh");
    let yaml = std::fs::read_to_string(view.join("content/site.yaml")).unwrap();
    let bad = yaml.replace("{ id: b, path: ../communes/b }", "{ id: \"Xã <b>\", path: ../communes/b }").replace(
        "{ id: vang, path: ../communes/vang }",
        "{ id: a, path: ../communes/vang }\n      - { id: chinh-no, path: . }",
    );
    std::fs::write(view.join("content/site.yaml"), &bad).unwrap();
    let r = guong_in(&view, &["check", "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let found = v["findings"].as_array().cloned().unwrap_or_default();
    let at = |code: &str, text: &str| {
        found.iter().find(|f| f["code"] == code && f["message"].as_str().unwrap_or("").contains(text)).cloned()
    };
    let line_of = |needle: &str| bad.lines().position(|l| l.contains(needle)).unwrap() as u64 + 1;
    let id = at("invalid-value", "Xã <b>").expect("the id with markup");
    assert_eq!(id["line"], line_of("Xã <b>"));
    assert!(id["message"].as_str().unwrap().contains("xa-b"), "{id}");
    let dup = at("duplicate-id", "`a`").expect("the repeated id");
    assert_eq!(dup["line"], line_of("../communes/vang"));
    let itself = at("invalid-value", "path: \".\"").expect("the view itself");
    assert_eq!(itself["line"], line_of("chinh-no"));
    let out = dir.path().join("public");
    let r = guong_in(&view, &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(!out.join("tinh").exists());
}

/// A commune outlet's title with quotes, markup and an ampersand reaches the view's OPML
/// (XML) and story pages (HTML) as text.
#[test]
fn a_communes_title_reaches_the_opml_and_pages_as_text() {
    let dir = province();
    let site = dir.path().join("communes/a/content/site.yaml");
    let hostile = "Gương \"điển hình\" <b>xã</b> & Thọ Phú";
    let yaml = std::fs::read_to_string(&site).unwrap();
    let yaml = yaml
        .replace("title: \"Gương điển hình tiên tiến xã Thọ Phú\"", "title: 'Gương \"điển hình\" <b>xã</b> & Thọ Phú'");
    assert!(yaml.contains(hostile));
    std::fs::write(&site, yaml).unwrap();
    let out = dir.path().join("public");
    let r = guong_in(&dir.path().join("tinh"), &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let texts = xml_attrs(&out.join("tinh/theo-doi/cac-xa.opml"), b"outline", b"text");
    assert!(texts.iter().any(|t| t == hostile), "{texts:?}");
    let note = scraper::Selector::parse("p.note a").unwrap();
    let pages = stories(&out.join("tinh"));
    let shown: Vec<String> = pages
        .values()
        .filter_map(|p| p.select(&note).map(|a| a.text().collect::<String>()).find(|t| t.contains("Thọ Phú")))
        .collect();
    assert!(shown.iter().any(|t| t == hostile), "{shown:?}");
    for p in pages.values() {
        assert!(!p.html().contains("<b>xã</b>"), "markup from the configuration");
    }
}
