//! `guong build` on the fixture site: pages, columns, units, feeds (parsed with
//! feed-rs), HTML (parsed with scraper), and the output's safety.

use crate::support::{Site, snapshot};
use scraper::{Html, Selector};

const PORTAL: &str = "public/cong-thong-tin";
const CULTURE: &str = "public/trung-tam-van-hoa";
const ALL_UNITS: &[&str] =
    &["huyen", "tho-tan", "xuan-thinh", "xuan-loc", "tho-phu", "dong-tien", "thi-tran-nua", "tan-ninh", "an-nong"];

fn built() -> Site {
    let site = Site::new("site");
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

fn feed(site: &Site, rel: &str) -> feed_rs::model::Feed {
    let bytes = std::fs::read(site.path().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    feed_rs::parser::parse(&bytes[..]).unwrap_or_else(|e| panic!("{rel} is not a valid feed: {e}"))
}

/// The story slugs a feed links to, in order.
fn feed_slugs(site: &Site, rel: &str) -> Vec<String> {
    feed(site, rel)
        .entries
        .iter()
        .map(|e| e.links[0].href.trim_end_matches('/').rsplit('/').next().unwrap().to_owned())
        .collect()
}

fn html(site: &Site, rel: &str) -> Html {
    Html::parse_document(&site.read(rel))
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn every_page_of_the_contract_exists() {
    let site = built();
    for out in [PORTAL, CULTURE] {
        for f in [
            "index.html",
            "rss.xml",
            "sitemap.xml",
            "404.html",
            "style.css",
            "dia-phuong/index.html",
            "chuyen-muc/index.html",
        ] {
            assert!(site.exists(&format!("{out}/{f}")), "{out}/{f}");
        }
        for u in ALL_UNITS {
            assert!(site.exists(&format!("{out}/dia-phuong/{u}/index.html")), "{out} unit page {u}");
            assert!(site.exists(&format!("{out}/dia-phuong/{u}/rss.xml")), "{out} unit feed {u}");
        }
    }
    for c in [
        "nong-nghiep",
        "quoc-phong-an-ninh",
        "an-sinh-xa-hoi",
        "y-te",
        "nguoi-tot-viec-tot",
        "mo-hinh-moi-cach-lam-hay",
        "khen-thuong-cap-tinh-tro-len",
        "thi-dua-ai-quoc",
    ] {
        assert!(site.exists(&format!("{PORTAL}/chuyen-muc/{c}/index.html")), "portal column {c}");
        assert!(site.exists(&format!("{PORTAL}/chuyen-muc/{c}/rss.xml")), "portal column feed {c}");
    }
    // The Culture Centre carries only its two columns.
    assert!(site.exists(&format!("{CULTURE}/chuyen-muc/nguoi-tot-viec-tot/rss.xml")));
    assert!(!site.exists(&format!("{CULTURE}/chuyen-muc/y-te/index.html")));
}

#[test]
fn stories_appear_in_their_outlets_only() {
    let site = built();
    for slug in ["chi-hoa-dua-luoi", "doi-dan-quan-xuan-thinh", "hop-tac-xa-tho-phu"] {
        assert!(site.exists(&format!("{PORTAL}/bai-viet/{slug}/index.html")), "{slug}");
        assert!(site.exists(&format!("{CULTURE}/bai-viet/{slug}/index.html")), "{slug}");
    }
    assert!(!site.exists(&format!("{PORTAL}/bai-viet/bep-an-nua/index.html")), "outlets: [trung-tam-van-hoa]");
    assert!(site.exists(&format!("{CULTURE}/bai-viet/bep-an-nua/index.html")));
    assert_eq!(
        feed_slugs(&site, &format!("{PORTAL}/rss.xml")),
        ["hop-tac-xa-tho-phu", "doi-dan-quan-xuan-thinh", "chi-hoa-dua-luoi"]
    );
}

#[test]
fn drafts_and_future_stories_wait() {
    let site = built();
    assert!(!site.exists(&format!("{PORTAL}/bai-viet/ban-nhap/index.html")));
    assert!(!site.exists(&format!("{PORTAL}/bai-viet/tuong-lai/index.html")));
    let run = site.guong(&["build", "--drafts", "--future"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.exists(&format!("{PORTAL}/bai-viet/ban-nhap/index.html")));
    assert!(site.exists(&format!("{PORTAL}/bai-viet/tuong-lai/index.html")));
}

#[test]
fn each_commune_feed_holds_exactly_its_stories_and_those_merged_into_it() {
    let site = built();
    let unit = |out: &str, id: &str| feed_slugs(&site, &format!("{out}/dia-phuong/{id}/rss.xml"));
    // After a unit ended, its feed goes on with the news of the unit that took over its
    // territory, dated after its end: Thọ Phú's story of 2025-08 is in Thọ Tân's,
    // Xuân Lộc's and Xuân Thịnh's feeds.
    assert_eq!(unit(PORTAL, "tho-tan"), ["hop-tac-xa-tho-phu", "chi-hoa-dua-luoi"]);
    assert_eq!(unit(PORTAL, "xuan-thinh"), ["hop-tac-xa-tho-phu", "doi-dan-quan-xuan-thinh"]);
    assert_eq!(
        unit(PORTAL, "xuan-loc"),
        ["hop-tac-xa-tho-phu", "doi-dan-quan-xuan-thinh"],
        "Xuân Thịnh merged into Xuân Lộc"
    );
    assert_eq!(unit(PORTAL, "tho-phu"), ["hop-tac-xa-tho-phu", "doi-dan-quan-xuan-thinh", "chi-hoa-dua-luoi"]);
    assert!(unit(PORTAL, "dong-tien").is_empty(), "a feed exists even when empty");
    assert!(unit(PORTAL, "thi-tran-nua").is_empty(), "its story is for the other outlet");
    assert_eq!(unit(CULTURE, "thi-tran-nua"), ["bep-an-nua"], "an alias (`nua`) resolves to the unit");
    assert_eq!(unit(CULTURE, "tan-ninh"), ["bep-an-nua"]);
}

#[test]
fn columns_select_by_their_rules() {
    let site = built();
    let col = |out: &str, id: &str| feed_slugs(&site, &format!("{out}/chuyen-muc/{id}/rss.xml"));
    assert_eq!(col(PORTAL, "nong-nghiep"), ["chi-hoa-dua-luoi"]);
    assert_eq!(col(PORTAL, "mo-hinh-moi-cach-lam-hay"), ["chi-hoa-dua-luoi"]);
    assert_eq!(col(PORTAL, "khen-thuong-cap-tinh-tro-len"), ["hop-tac-xa-tho-phu", "chi-hoa-dua-luoi"]);
    assert_eq!(col(PORTAL, "thi-dua-ai-quoc"), ["doi-dan-quan-xuan-thinh"]);
    assert_eq!(col(CULTURE, "nguoi-tot-viec-tot"), ["bep-an-nua"]);
}

#[test]
fn feeds_are_valid_with_absolute_links_and_stable_guids() {
    let site = built();
    let rel = format!("{PORTAL}/dia-phuong/tho-phu/rss.xml");
    let first = feed(&site, &rel);
    assert_eq!(first.entries.len(), 3);
    let raw = site.read(&rel);
    assert!(raw.contains(r#"<atom:link href="https://portal.example.vn/dien-hinh/dia-phuong/tho-phu/rss.xml" rel="self" type="application/rss+xml"/>"#), "{raw}");
    assert!(raw.contains("<pubDate>Fri, 01 Aug 2025 00:00:00 +0700</pubDate>"), "RFC 822 dates");
    for e in &first.entries {
        assert!(e.links[0].href.starts_with("https://portal.example.vn/dien-hinh/bai-viet/"), "{}", e.links[0].href);
        assert!(e.summary.is_some() && e.content.is_some(), "summary and full content");
    }
    let ids: Vec<&str> = first.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "urn:uuid:9b2f0c4e-5d6a-4e7b-8c9d-0a1b2c3d4e5f",
            "https://portal.example.vn/dien-hinh/bai-viet/doi-dan-quan-xuan-thinh/",
            "urn:uuid:3f6c2a9e-1b7d-4c2e-9a51-0d8e6b2f7c10",
        ]
    );
    // Rebuilt, and with the story renamed (old slug kept as an alias): the guids hold.
    let old = site.read("content/stories/2024/doi-dan-quan-xuan-thinh.md");
    std::fs::remove_file(site.path().join("content/stories/2024/doi-dan-quan-xuan-thinh.md")).unwrap();
    site.write(
        "content/stories/2024/trung-doi-dan-quan-xuan-thinh.md",
        &old.replace("kind: story\n", "kind: story\naliases: [doi-dan-quan-xuan-thinh]\n"),
    );
    assert_eq!(site.guong(&["build"]).code, 0);
    let second = feed(&site, &rel);
    let ids2: Vec<&str> = second.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ids2);
    assert!(second.entries[1].links[0].href.ends_with("/bai-viet/trung-doi-dan-quan-xuan-thinh/"));
    // The old URL redirects to the new one.
    let redirect = site.read(&format!("{PORTAL}/bai-viet/doi-dan-quan-xuan-thinh/index.html"));
    assert!(
        redirect.contains("https://portal.example.vn/dien-hinh/bai-viet/trung-doi-dan-quan-xuan-thinh/"),
        "{redirect}"
    );
    assert!(redirect.contains("http-equiv=\"refresh\""), "{redirect}");
}

#[test]
fn feed_items_are_bounded_newest_first() {
    let site = built();
    // feed_limit is 3 in the fixture; the portal has 3 stories, the Culture Centre 4.
    let f = feed(&site, &format!("{CULTURE}/rss.xml"));
    assert_eq!(f.entries.len(), 3);
    let dates: Vec<_> = f.entries.iter().map(|e| e.published.unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
}

#[test]
fn pages_are_paginated() {
    let site = built();
    // per_page is 2; Thọ Phú lists 3 stories.
    assert!(site.exists(&format!("{PORTAL}/dia-phuong/tho-phu/trang/2/index.html")));
    assert!(!site.exists(&format!("{PORTAL}/dia-phuong/tho-phu/trang/3/index.html")));
    let page2 = html(&site, &format!("{PORTAL}/dia-phuong/tho-phu/trang/2/index.html"));
    let links: Vec<_> = select(&page2, "main a[href*='/bai-viet/']")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .map(str::to_owned)
        .collect();
    assert!(links.iter().any(|l| l.ends_with("/bai-viet/chi-hoa-dua-luoi/")), "{links:?}");
}

#[test]
fn html_pages_are_vietnamese_and_announce_their_feed() {
    let site = built();
    for page in [
        format!("{PORTAL}/index.html"),
        format!("{PORTAL}/bai-viet/chi-hoa-dua-luoi/index.html"),
        format!("{CULTURE}/dia-phuong/tho-phu/index.html"),
    ] {
        let doc = html(&site, &page);
        assert_eq!(select(&doc, "html")[0].value().attr("lang"), Some("vi"), "{page}");
        let alt = select(&doc, "link[rel='alternate'][type='application/rss+xml']");
        assert!(!alt.is_empty(), "{page} links no feed");
        assert!(alt[0].value().attr("href").unwrap().starts_with("https://"), "{page}");
        assert_eq!(select(&doc, "h1").len(), 1, "{page}: one h1");
        assert!(!select(&doc, "main").is_empty(), "{page}: a main landmark");
    }
    let commune = html(&site, &format!("{CULTURE}/dia-phuong/tho-phu/index.html"));
    let alt = select(&commune, "link[rel='alternate'][type='application/rss+xml']");
    assert_eq!(alt[0].value().attr("href"), Some("https://vanhoa.example.vn/dia-phuong/tho-phu/rss.xml"));
}

#[test]
fn a_story_page_shows_criteria_commune_field_and_commendations() {
    let site = built();
    let page = site.read(&format!("{PORTAL}/bai-viet/chi-hoa-dua-luoi/index.html"));
    let doc = Html::parse_document(&page);
    assert_eq!(select(&doc, "h1")[0].text().collect::<String>().trim(), "Chị Lê Thị Hoa và mô hình dưa lưới nhà màng");
    for text in [
        "Lê Thị Hoa",
        "Thọ Tân",
        "Nông nghiệp",
        "Chấp hành tốt pháp luật",
        "Chấp hành tốt các quy định của địa phương.",
        "Bằng khen của Chủ tịch UBND tỉnh Thanh Hóa",
        "Thu 12 tấn dưa mỗi vụ.",
    ] {
        assert!(page.contains(text), "story page lacks «{text}»");
    }
    let hrefs: Vec<&str> = select(&doc, "a").iter().filter_map(|a| a.value().attr("href")).collect();
    assert!(hrefs.contains(&"https://portal.example.vn/dien-hinh/dia-phuong/tho-tan/"), "{hrefs:?}");
    assert!(hrefs.contains(&"https://portal.example.vn/dien-hinh/chuyen-muc/nong-nghiep/"), "{hrefs:?}");
    // Markdown: table, footnote, heading anchors.
    assert!(!select(&doc, "main table").is_empty());
    assert!(!select(&doc, "h2#ket-qua").is_empty());
}

#[test]
fn units_sort_in_vietnamese_order() {
    let site = built();
    let doc = html(&site, &format!("{PORTAL}/dia-phuong/index.html"));
    let mut seen = Vec::new();
    for a in select(&doc, "main a[href*='/dia-phuong/']") {
        let href = a.value().attr("href").unwrap();
        let id = href.trim_end_matches('/').rsplit('/').next().unwrap().to_owned();
        if ALL_UNITS.contains(&id.as_str()) && !seen.contains(&id) {
            seen.push(id);
        }
    }
    let current: Vec<&str> = seen
        .iter()
        .map(String::as_str)
        .filter(|s| ["an-nong", "dong-tien", "tan-ninh", "tho-phu"].contains(s))
        .collect();
    assert_eq!(current, ["an-nong", "dong-tien", "tan-ninh", "tho-phu"], "{seen:?}");
    let former: Vec<&str> = seen
        .iter()
        .map(String::as_str)
        .filter(|s| ["thi-tran-nua", "tho-tan", "xuan-loc", "xuan-thinh"].contains(s))
        .collect();
    assert_eq!(former, ["thi-tran-nua", "tho-tan", "xuan-loc", "xuan-thinh"], "Nưa, Thọ Tân, Xuân Lộc, Xuân Thịnh");
}

#[test]
fn an_empty_commune_says_so_and_a_merged_one_points_on() {
    let site = built();
    let empty = html(&site, &format!("{PORTAL}/dia-phuong/dong-tien/index.html"));
    assert!(select(&empty, "main a[href*='/bai-viet/']").is_empty());
    assert!(site.read(&format!("{PORTAL}/dia-phuong/dong-tien/index.html")).contains("Chưa có bài viết"));
    let merged = site.read(&format!("{PORTAL}/dia-phuong/xuan-thinh/index.html"));
    assert!(
        merged.contains("https://portal.example.vn/dien-hinh/dia-phuong/xuan-loc/"),
        "the old unit's page points on"
    );
}

#[test]
fn sitemap_lists_every_story_and_unit() {
    let site = built();
    let xml = site.read(&format!("{PORTAL}/sitemap.xml"));
    assert!(xml.contains(
        "<loc>https://portal.example.vn/dien-hinh/bai-viet/chi-hoa-dua-luoi/</loc><lastmod>2024-03-15</lastmod>"
    ));
    for u in ALL_UNITS {
        assert!(xml.contains(&format!("<loc>https://portal.example.vn/dien-hinh/dia-phuong/{u}/</loc>")), "{u}");
    }
    assert!(!xml.contains("ban-nhap"));
}

#[test]
fn a_failed_build_leaves_the_previous_output_byte_for_byte() {
    let site = built();
    let before = snapshot(&site.path().join("public"));
    site.write("content/stories/2024/hong.md", "---\ntitle: \"Hỏng\"\nkind: nope\n---\nx\n");
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("content/stories/2024/hong.md"), "{}", run.stderr);
    crate::support::assert_same_tree(&snapshot(&site.path().join("public")), &before, "the previous output");
}

#[test]
fn a_deleted_story_disappears_from_the_output() {
    let site = built();
    std::fs::remove_file(site.path().join("content/stories/2025/hop-tac-xa-tho-phu.md")).unwrap();
    assert_eq!(site.guong(&["build"]).code, 0);
    assert!(!site.exists(&format!("{PORTAL}/bai-viet/hop-tac-xa-tho-phu/index.html")));
    assert_eq!(
        feed_slugs(&site, &format!("{PORTAL}/dia-phuong/tho-phu/rss.xml")),
        ["doi-dan-quan-xuan-thinh", "chi-hoa-dua-luoi"]
    );
    // No staging folders are left behind.
    let left: Vec<String> = std::fs::read_dir(site.path().join("public"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(left.iter().all(|n| !n.starts_with(".guong-staging-") && !n.starts_with(".guong-old-")), "{left:?}");
}

#[test]
fn outlet_and_out_options() {
    let site = Site::new("site");
    let out = tempfile::tempdir().unwrap();
    let out_s = out.path().join("site").display().to_string();
    let run = site.guong(&["build", "--outlet", "trung-tam-van-hoa", "--out", &out_s]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(out.path().join("site/trung-tam-van-hoa/index.html").exists());
    assert!(!out.path().join("site/cong-thong-tin").exists());
    assert_eq!(site.guong(&["build", "--outlet", "khong-co"]).code, 2);
    assert_eq!(site.guong(&["build", "--out", "content"]).code, 2);
    assert_eq!(site.guong(&["build", "--out", "."]).code, 2);
}

#[test]
fn the_sample_site_builds() {
    let out = tempfile::tempdir().unwrap();
    let run = crate::support::guong_in(&crate::support::repo(), &["build", "--out", &out.path().display().to_string()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Every unit of the real registry has a page: 34 units, the 8 communes of 2025 (six
    // of which kept an old xã's name) and the district.
    let units = std::fs::read_dir(out.path().join("cong-thong-tin/dia-phuong"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count();
    assert_eq!(units, 43);
}

#[test]
fn an_unchanged_site_is_not_rebuilt_and_unchanged_pages_are_not_rewritten() {
    use std::os::unix::fs::MetadataExt;
    let site = built();
    let ino = |rel: &str| std::fs::metadata(site.path().join(rel)).unwrap().ino();
    let untouched = format!("{PORTAL}/bai-viet/hop-tac-xa-tho-phu/index.html");
    let edited = format!("{PORTAL}/bai-viet/chi-hoa-dua-luoi/index.html");
    let (a, b) = (ino(&untouched), ino(&edited));
    // Nothing changed: nothing done.
    let again = site.guong(&["build"]);
    assert_eq!(again.code, 0);
    assert!(again.stderr.contains("Không có gì thay đổi"), "{}", again.stderr);
    assert_eq!((ino(&untouched), ino(&edited)), (a, b));
    // One story changed: its page is new, the others are the very same files.
    let text = site
        .read("content/stories/2024/chi-hoa-dua-luoi.md")
        .replace("Nhiều hộ đã học theo.", "Nhiều hộ đã học theo và làm giàu.");
    site.write("content/stories/2024/chi-hoa-dua-luoi.md", &text);
    let run = site.guong(&["build", "--timings"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for stage in
        ["đọc và kiểm tra / load and check", "xếp bài / assemble", "dựng lại phần thay đổi / incremental build"]
    {
        assert!(run.stderr.contains(stage), "--timings prints the stage {stage}: {}", run.stderr);
    }
    assert_eq!(ino(&untouched), a, "an unchanged page keeps its file");
    assert_ne!(ino(&edited), b, "the changed page is written anew");
    assert!(site.read(&edited).contains("làm giàu"));
}

/// An outlet past its `valid_until` is an archive: no later story, a banner on every
/// page, a note in every feed; `check` warns about a story it leaves unpublished.
#[test]
fn an_archived_outlet_refuses_later_stories_and_says_so() {
    let site = Site::new("site");
    let yaml = site.read("content/site.yaml");
    let ended = yaml.replace("    columns: all\n", "    columns: all\n    valid_until: 2025-06-30\n").replace(
        "    columns: [nguoi-tot-viec-tot, mo-hinh-moi-cach-lam-hay]\n",
        "    columns: [nguoi-tot-viec-tot, mo-hinh-moi-cach-lam-hay]\n    valid_until: 2025-06-30\n",
    );
    assert_ne!(yaml, ended);
    site.write("content/site.yaml", &ended);
    let check = site.guong(&["check"]);
    assert_eq!(check.code, 0, "a warning, not an error: {}", check.stderr);
    let warning = check.stdout.lines().chain(check.stderr.lines()).find(|l| l.contains("[outlet-ended]"));
    let warning = warning.unwrap_or_else(|| panic!("no outlet-ended warning:\n{}{}", check.stdout, check.stderr));
    assert!(warning.starts_with("content/stories/2025/hop-tac-xa-tho-phu.md:4:7:"), "{warning}");
    assert!(warning.contains("01/8/2025") && warning.contains("`cong-thong-tin` là trang lưu trữ từ ngày 01/7/2025"));
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!site.exists(&format!("{PORTAL}/bai-viet/hop-tac-xa-tho-phu/index.html")), "dated after the end");
    assert!(site.exists(&format!("{PORTAL}/bai-viet/chi-hoa-dua-luoi/index.html")), "dated before: kept");
    for page in ["index.html", "bai-viet/chi-hoa-dua-luoi/index.html", "dia-phuong/tho-phu/index.html"] {
        let doc = html(&site, &format!("{PORTAL}/{page}"));
        let banner: Vec<String> =
            select(&doc, ".site-notices .notice-archive").iter().map(|e| e.text().collect::<String>()).collect();
        assert_eq!(banner.len(), 1, "{page}: one archive banner");
        assert!(banner[0].contains("ngừng cập nhật từ ngày 01/7/2025"), "{page}: {}", banner[0]);
    }
    let f = feed(&site, &format!("{PORTAL}/rss.xml"));
    let desc = f.description.map(|d| d.content).unwrap_or_default();
    assert!(desc.contains("Trang lưu trữ, ngừng cập nhật từ ngày 01/7/2025"), "{desc}");
    assert!(!feed_slugs(&site, &format!("{PORTAL}/rss.xml")).contains(&"hop-tac-xa-tho-phu".to_owned()));
}

/// Every place the sample site's JSON-LD names is right for the story's date: a district
/// only while it existed, never twice, and a unit created after it without one.
#[test]
fn every_json_ld_place_of_the_sample_site_is_right_for_its_date() {
    let out = tempfile::tempdir().unwrap();
    let run = crate::support::guong_in(
        &crate::support::repo(),
        &["build", "--drafts", "--future", "--out", &out.path().display().to_string()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let end = chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
    let mut seen = 0;
    for e in walkdir::WalkDir::new(out.path()).into_iter().filter_map(Result::ok) {
        if !e.path().to_string_lossy().contains("/bai-viet/") || e.file_name() != "index.html" {
            continue;
        }
        let doc = Html::parse_document(&std::fs::read_to_string(e.path()).unwrap());
        let Some(script) = select(&doc, "script[type='application/ld+json']").into_iter().next() else { continue };
        let v: serde_json::Value = serde_json::from_str(&script.text().collect::<String>()).unwrap();
        let date = chrono::NaiveDate::parse_from_str(v["datePublished"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        let place = v["contentLocation"]["name"].as_str().unwrap();
        assert!(place.ends_with(", tỉnh Thanh Hóa"), "{place}");
        assert!(place.matches("huyện").count() <= 1, "{}: {place}", e.path().display());
        if date > end {
            assert!(!place.contains("huyện"), "{}: no district after 30/6/2025: {place}", e.path().display());
        } else {
            assert!(place.contains("huyện Triệu Sơn"), "{}: {place}", e.path().display());
        }
        if (place.contains("Tân Ninh") && place.contains("huyện")) || place.contains("Thọ Phú (") {
            panic!("{place}: a 2025 commune never was in the district, and names carry no qualifier");
        }
        seen += 1;
    }
    assert!(seen >= 70, "{seen} story pages");
}

/// `guong publish`: a site with errors publishes nothing (no half-made release, the live
/// one untouched); a good one becomes `current` in one step, with the web server's
/// files pointing through `current`.
#[test]
fn publish_makes_whole_releases_only() {
    let site = Site::new("site");
    let to = tempfile::tempdir().unwrap();
    let dir = to.path().display().to_string();
    let story = "content/stories/2024/chi-hoa-dua-luoi.md";
    let good = site.read(story);
    site.write(story, &good.replace("commune: tho-tan", "commune: khong-co-xa-nay"));
    let run = site.guong(&["publish", "--to", &dir]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(std::fs::read_dir(to.path().join("releases")).unwrap().count(), 0, "no release left behind");
    assert!(std::fs::symlink_metadata(to.path().join("current")).is_err());
    site.write(story, &good);
    let run = site.guong(&["publish", "--to", &dir]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let target = std::fs::read_link(to.path().join("current")).unwrap();
    assert!(target.starts_with("releases") && target.to_string_lossy().ends_with('Z'), "{}", target.display());
    let real = to.path().canonicalize().unwrap();
    let conf = std::fs::read_to_string(to.path().join("current/nginx/cong-thong-tin.conf")).unwrap();
    // The portal of the fixture lives under /dien-hinh/: its folder is an `alias`.
    assert!(conf.contains(&format!("alias \"{}/current/cong-thong-tin/\";", real.display())), "{conf}");
    assert!(to.path().join("current/cong-thong-tin/index.html").is_file());
    assert!(to.path().join("current/cong-thong-tin/index.html.gz").is_file());
    // The search indexes a build keeps for the next one in its folder are not in a release.
    let kept: Vec<String> = std::fs::read_dir(to.path().join("current"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".guong-search-"))
        .collect();
    assert!(kept.is_empty(), "{kept:?}");
    let out = tempfile::tempdir().unwrap();
    let run = site.guong(&["build", "--out", &out.path().display().to_string()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(out.path().join(".guong-search-cong-thong-tin.bin").is_file(), "a build keeps them");
    // A folder in the way of the link is never replaced.
    let other = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(other.path().join("current")).unwrap();
    let run = site.guong(&["publish", "--to", &other.path().display().to_string()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

/// The loudspeakers: every story has a script in spoken Vietnamese, and a bulletin
/// column a weekly bulletin, as text and as a printable page, linked from the story.
#[test]
fn stories_are_read_aloud_and_bulletins_assemble_a_week() {
    let site = Site::new("site");
    let yaml = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &yaml.replace(
            "outlets:\n",
            "broadcast:\n  scripts: true\n  columns: [nguoi-tot-viec-tot]\n  opening: \"Kính thưa bà con.\"\n  closing: \"Xin cảm ơn bà con.\"\n  abbreviations: { TTVH: \"Trung tâm Văn hóa\" }\noutlets:\n",
        ),
    );
    let story = "content/stories/2023/bep-an-nua.md";
    let text = site.read(story);
    site.write(
        story,
        &text.replace(
            "Mỗi ngày 50 suất cơm.",
            "Mỗi ngày 1.950 suất cơm, tổng giá trị 6,2 tỷ đồng, 25% do UBND và TTVH hỗ trợ từ 15/3/2024.[^1] Xem [trang](https://x.vn/a).\n\n| a | b |\n|---|---|\n| 7 | 8 |\n\n[^1]: Theo sổ sách.",
        ),
    );
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let script = site.read(&format!("{CULTURE}/bai-viet/bep-an-nua/doc-tren-loa.txt"));
    let (head, read) = script.split_once("\n----\n").expect("a header, then what is read");
    assert!(head.contains("Thời lượng: khoảng"), "{head}");
    for spoken in [
        "một nghìn chín trăm năm mươi suất cơm",
        "sáu phẩy hai tỷ đồng",
        "hai mươi lăm phần trăm",
        "Ủy ban nhân dân",
        "Trung tâm Văn hóa",
        "ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi tư",
    ] {
        assert!(read.contains(spoken), "«{spoken}» in:\n{read}");
    }
    assert!(!read.contains("http") && !read.contains("Theo sổ sách") && !read.contains('|'), "{read}");
    assert!(!read.chars().any(|c| c.is_ascii_digit()), "every number is spoken:\n{read}");
    // The week of 02/10/2023 (ISO week 40) in the column's bulletin.
    let bulletin = site.read(&format!("{CULTURE}/ban-tin/nguoi-tot-viec-tot/2023-tuan-40/ban-tin.txt"));
    let read = bulletin.split_once("\n----\n").unwrap().1.trim_start();
    assert!(read.starts_with("Kính thưa bà con."), "{read}");
    assert!(read.contains("Câu chuyện thứ nhất") && read.trim_end().ends_with("Xin cảm ơn bà con."), "{read}");
    let page = html(&site, &format!("{CULTURE}/ban-tin/nguoi-tot-viec-tot/2023-tuan-40/index.html"));
    assert_eq!(select(&page, ".bulletin-list li").len(), 1);
    let story_page = html(&site, &format!("{CULTURE}/bai-viet/bep-an-nua/index.html"));
    let links: Vec<String> =
        select(&story_page, "a").iter().filter_map(|a| a.value().attr("href").map(str::to_owned)).collect();
    assert!(links.iter().any(|h| h.ends_with("/bai-viet/bep-an-nua/doc-tren-loa.txt")), "{links:?}");
    assert!(links.iter().any(|h| h.ends_with("/ban-tin/nguoi-tot-viec-tot/2023-tuan-40/")), "{links:?}");
}

/// `broadcast.print`: each story has a one-page A4 sheet with a QR code of its page's
/// address (the browser test prints one to PDF and counts one page).
#[test]
fn each_story_has_a_printable_sheet_with_a_qr_code() {
    let site = Site::new("site");
    let yaml = site.read("content/site.yaml");
    site.write("content/site.yaml", &yaml.replace("outlets:\n", "broadcast:\n  print: true\noutlets:\n"));
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = html(&site, &format!("{PORTAL}/bai-viet/chi-hoa-dua-luoi/in/index.html"));
    let h1: String = select(&doc, "h1")[0].text().collect();
    assert_eq!(h1, "Chị Lê Thị Hoa và mô hình dưa lưới nhà màng");
    let qr = select(&doc, ".sheet-qr svg");
    assert_eq!(qr.len(), 1, "one QR code");
    assert!(
        qr[0].value().attr("style").is_none() && select(&doc, "[style]").is_empty(),
        "nothing a strict CSP refuses"
    );
    let canonical = select(&doc, "link[rel=canonical]")[0].value().attr("href").unwrap().to_owned();
    assert_eq!(canonical, "https://portal.example.vn/dien-hinh/bai-viet/chi-hoa-dua-luoi/");
    let text: String = select(&doc, ".sheet-qr p")[0].text().collect();
    assert!(text.contains(&canonical), "{text}");
    let story = html(&site, &format!("{PORTAL}/bai-viet/chi-hoa-dua-luoi/index.html"));
    assert!(
        select(&story, "a").iter().any(
            |a| a.value().attr("href") == Some("https://portal.example.vn/dien-hinh/bai-viet/chi-hoa-dua-luoi/in/")
        ),
        "the story links its sheet"
    );
}

/// The search index read as a browser's script would, by an independent decoder: a
/// story is listed under its words, in the set of where each word is (format 3,
/// `src/assemble/search.rs`).
#[test]
fn the_search_index_lists_a_story_under_its_words_and_where_they_are() {
    use base64::Engine;
    let site = built();
    let dir = format!("{PORTAL}/tim-kiem/chi-muc");
    let meta: serde_json::Value = serde_json::from_str(&site.read(&format!("{dir}/meta.json"))).unwrap();
    assert_eq!(meta["v"], 3);
    let (shards, per) = (meta["shards"].as_u64().unwrap(), meta["per"].as_u64().unwrap());
    // The story's id: its position in the details files.
    let id = (0..)
        .map_while(|k| site.exists(&format!("{dir}/d-{k}.json")).then(|| site.read(&format!("{dir}/d-{k}.json"))))
        .enumerate()
        .find_map(|(k, text)| {
            let docs: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
            docs.iter().position(|d| d[0] == "chi-hoa-dua-luoi").map(|i| k as u64 * per + i as u64)
        })
        .expect("the story is in the details files");
    let stories = |code: &str| -> Vec<u64> {
        let bytes = base64::engine::general_purpose::STANDARD.decode(code).unwrap();
        let mut at = 1;
        let varint = |at: &mut usize| {
            let mut n = 0u64;
            for shift in (0..).step_by(7) {
                let b = bytes[*at];
                *at += 1;
                n |= u64::from(b & 0x7f) << shift;
                if b & 0x80 == 0 {
                    break;
                }
            }
            n
        };
        match bytes[0] {
            0 => {
                let mut ids = vec![];
                let mut last = 0;
                while at < bytes.len() {
                    last += varint(&mut at);
                    ids.push(last);
                }
                ids
            }
            1 => {
                let from = varint(&mut at) * 8;
                let bits = &bytes[at..];
                (0..bits.len() as u64 * 8)
                    .filter(|i| bits[(i / 8) as usize] >> (i % 8) & 1 == 1)
                    .map(|i| from + i)
                    .collect()
            }
            kind => panic!("set of kind {kind}"),
        }
    };
    // Which sets (body or summary, title, exemplar, place) list the story under a spelling.
    let sets_of = |key: &str, spelling: &str| -> Vec<bool> {
        let fnv = key.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
        let shard: serde_json::Value =
            serde_json::from_str(&site.read(&format!("{dir}/t-{}.json", u64::from(fnv) % shards))).unwrap();
        let entry = shard[key].as_array().unwrap_or_else(|| panic!("no key {key}"));
        let sp = entry.iter().find(|s| s[0] == spelling).unwrap_or_else(|| panic!("no spelling {spelling}"));
        (1..5)
            .map(|i| sp.get(i).and_then(|c| c.as_str()).is_some_and(|c| !c.is_empty() && stories(c).contains(&id)))
            .collect()
    };
    assert_eq!(sets_of("luong", "lượng"), [true, false, false, false], "in the body only (“Sản lượng”)");
    assert_eq!(sets_of("dua", "dưa"), [true, true, false, false], "the title and the summary");
    assert_eq!(sets_of("le", "lê"), [false, true, true, false], "the title and the exemplar, Lê Thị Hoa");
    assert_eq!(sets_of("tan", "tân"), [false, false, false, true], "the commune, Thọ Tân");
}
