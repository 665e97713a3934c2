//! Recordings: `check` decodes them (a cut-off file refused, a missing one located), the
//! story page plays them with the transcript, and the podcast feeds, read by an
//! independent parser, carry them with their exact sizes.

use crate::support::Site;

const STORY: &str = "content/stories/2024/doi-dan-quan-xuan-thinh.md";

fn with_audio(site: &Site, rel: &str) {
    let text =
        site.read(STORY).replace("field: quoc-phong-an-ninh", &format!("field: quoc-phong-an-ninh\naudio: {rel}"));
    site.write(STORY, &text);
}

fn copy_fixture(site: &Site, name: &str, to: &str) {
    let from = crate::support::repo().join("tests/fixtures/audio").join(name);
    let dest = site.path().join("content").join(to);
    std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
    std::fs::copy(from, dest).unwrap();
}

#[test]
fn a_recording_is_played_and_podcast() {
    let site = Site::new("site");
    copy_fixture(&site, "chuong.mp3", "media/dan-quan.mp3");
    with_audio(&site, "media/dan-quan.mp3");
    // Podcast feeds need an owner's address (issue 33); each outlet has one.
    let yaml = site
        .read("content/site.yaml")
        .replace("    theme: ", "    podcast:\n      email: \"tin@trieuson.thanhhoa.gov.vn\"\n    theme: ");
    site.write("content/site.yaml", &yaml);
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let size = std::fs::metadata(site.path().join("content/media/dan-quan.mp3")).unwrap().len();

    let page = site.read("public/cong-thong-tin/bai-viet/doi-dan-quan-xuan-thinh/index.html");
    let doc = scraper::Html::parse_document(&page);
    let audio =
        doc.select(&scraper::Selector::parse("section.audio audio[controls]").unwrap()).next().expect("a player");
    let src = audio.value().attr("src").unwrap();
    let file = src.strip_prefix("https://portal.example.vn/dien-hinh/").unwrap();
    assert_eq!(std::fs::metadata(site.path().join("public/cong-thong-tin").join(file)).unwrap().len(), size);
    let transcript: String =
        doc.select(&scraper::Selector::parse("#ban-doc .transcript").unwrap()).next().unwrap().text().collect();
    assert!(transcript.contains("Trung đội dân quân cơ động xã Xuân Thịnh"), "the script as transcript");
    assert!(page.contains("3 giây"), "its duration, said");

    for feed in ["podcast.xml", "dia-phuong/xuan-thinh/podcast.xml", "chuyen-muc/quoc-phong-an-ninh/podcast.xml"] {
        let xml = site.read(&format!("public/cong-thong-tin/{feed}"));
        let parsed = feed_rs::parser::parse(xml.as_bytes()).unwrap_or_else(|e| panic!("{feed}: {e}"));
        assert_eq!(parsed.entries.len(), 1, "{feed}: only the story with a recording");
        let content = parsed.entries[0]
            .media
            .iter()
            .flat_map(|m| &m.content)
            .find(|c| c.url.is_some())
            .unwrap_or_else(|| panic!("{feed}: no enclosure"));
        assert_eq!(content.url.as_ref().unwrap().as_str(), src, "{feed}");
        assert_eq!(content.size, Some(size), "{feed}: the enclosure's length is the file's size");
        assert_eq!(content.content_type.as_ref().map(|m| m.to_string()).as_deref(), Some("audio/mpeg"));
        assert!(xml.contains("<itunes:duration>00:00:03</itunes:duration>"), "{feed}");
        assert!(xml.contains("xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""));
    }
    assert!(site.exists("public/trung-tam-van-hoa/podcast.xml"), "the Culture Centre carries the story too");
    // A site without any recording has no podcast feeds at all.
    let plain = Site::new("site");
    assert_eq!(plain.guong(&["build"]).code, 0);
    assert!(!plain.exists("public/cong-thong-tin/podcast.xml"));
}

#[test]
fn a_cut_off_or_missing_recording_is_located() {
    let site = Site::new("site");
    let from = crate::support::repo().join("tests/fixtures/audio/chuong.mp3");
    let bytes = std::fs::read(from).unwrap();
    std::fs::create_dir_all(site.path().join("content/media")).unwrap();
    std::fs::write(site.path().join("content/media/cut.mp3"), &bytes[..bytes.len() / 2]).unwrap();
    with_audio(&site, "media/cut.mp3");
    let run = site.guong(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("content/stories/2024/doi-dan-quan-xuan-thinh.md:8:8: error[invalid-audio]: tệp âm thanh bị cắt"),
        "{}",
        run.stdout
    );
    with_audio(&site, "media/khong-co.mp3");
    let text = site.read(STORY).replace("audio: media/cut.mp3\n", "");
    site.write(STORY, &text);
    let run = site.guong(&["check"]);
    assert!(run.stdout.contains("error[missing-audio]"), "{}", run.stdout);
}
