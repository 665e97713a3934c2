//! Issue 34 (architecture round 2): i34_channels.
//!
//! A new output channel is one file, one line of the registry and its template: the
//! weekly digest (`channels: {digest: true}`) is the proof. These tests drive the binary.

use crate::support::Site;

fn with_channels(site: &Site, yaml: &str) {
    let path = site.path().join("content/site.yaml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(&format!("\nchannels:\n{yaml}"));
    std::fs::write(path, text).unwrap();
}

fn digests(site: &Site, outlet: &str) -> Vec<String> {
    let dir = site.path().join("public").join(outlet).join("tin-tuan");
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    v.retain(|n| n.ends_with(".txt"));
    v.sort();
    v
}

#[test]
fn the_digest_is_off_until_switched_on_and_lists_each_weeks_stories() {
    let site = Site::new("site");
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(digests(&site, "cong-thong-tin").is_empty(), "off by default");

    with_channels(&site, "  digest: true\n");
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let weeks = digests(&site, "cong-thong-tin");
    assert!(!weeks.is_empty());
    // Every story of the outlet is in the digest of its ISO week, by its address.
    let feed = feed_rs::parser::parse(site.read("public/cong-thong-tin/rss.xml").as_bytes()).unwrap();
    for entry in &feed.entries {
        let link = &entry.links[0].href;
        let date = entry.published.or(entry.updated).unwrap().date_naive();
        let w = chrono::Datelike::iso_week(&date);
        let name = format!("{}-tuan-{:02}.txt", w.year(), w.week());
        let text = site.read(&format!("public/cong-thong-tin/tin-tuan/{name}"));
        assert!(text.lines().any(|l| l == link), "{link} not in {name}:\n{text}");
        assert!(text.starts_with("Gương điển hình huyện Triệu Sơn: tin tuần "), "{text}");
    }
    // Plain text: nothing escaped for HTML.
    let all: String = weeks.iter().map(|w| site.read(&format!("public/cong-thong-tin/tin-tuan/{w}"))).collect();
    assert!(!all.contains("&amp;") && !all.contains("&#"), "{all}");
}

#[test]
fn an_unknown_channel_name_is_a_finding_at_its_key_with_a_suggestion() {
    let site = Site::new("site");
    with_channels(&site, "  digset: true\n");
    let run = site.guong(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let line = run.stdout.lines().find(|l| l.contains("config-invalid")).expect(&run.stdout);
    assert!(line.starts_with("content/site.yaml:") && !line.starts_with("content/site.yaml:1:1"), "{line}");
    assert!(line.contains("`digset`") && line.contains("`digest`"), "{line}");
    let build = site.guong(&["build"]);
    assert_eq!(build.code, 1, "a build refuses it too: {}", build.stderr);
}

/// A title is written into the digest as it is (plain text, served as `text/plain` with
/// `nosniff` by the nginx files guong writes), and a title cannot add a line of its own
/// (regression: a title with `\n` added a line, such as a fake address).
#[test]
fn a_hostile_title_stays_one_plain_line_of_the_digest() {
    let site = Site::new("site");
    with_channels(&site, "  digest: true\n  share: true\n");
    let rel = "content/stories/2024/chi-hoa-dua-luoi.md";
    let text = site.read(rel);
    let hostile = r#"<script>alert(1)</script> & "Hoa""#;
    let escaped = hostile.replace('"', "\\\"");
    site.write(
        rel,
        &text.replacen("title: \"Chị Lê Thị Hoa và mô hình dưa lưới nhà màng\"", &format!("title: \"{escaped}\""), 1),
    );
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let all: String = digests(&site, "cong-thong-tin")
        .iter()
        .map(|w| site.read(&format!("public/cong-thong-tin/tin-tuan/{w}")))
        .collect();
    assert!(all.lines().any(|l| l.ends_with(hostile)), "the title as written:\n{all}");
    let conf = site.read("public/nginx/cong-thong-tin.conf");
    assert!(conf.contains("text/plain txt") && conf.contains("nosniff"), "{conf}");
    // A line break in a title adds no line (no fake address) to the digest, nor to the
    // post shared on Zalo and Facebook.
    let two_lines = text.replacen(
        "title: \"Chị Lê Thị Hoa và mô hình dưa lưới nhà màng\"",
        "title: \"Chị Hoa\\nhttps://gia-mao.example/\"",
        1,
    );
    site.write(rel, &two_lines);
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let all: String = digests(&site, "cong-thong-tin")
        .iter()
        .map(|w| site.read(&format!("public/cong-thong-tin/tin-tuan/{w}")))
        .collect();
    assert!(all.lines().any(|l| l.ends_with("Chị Hoa https://gia-mao.example/")), "{all}");
    assert!(!all.lines().any(|l| l == "https://gia-mao.example/"), "{all}");
    let post = site.read("public/cong-thong-tin/bai-viet/chi-hoa-dua-luoi/chia-se.txt");
    assert_eq!(post.lines().next(), Some("Chị Hoa https://gia-mao.example/"), "{post}");
}
