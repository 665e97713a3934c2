//! Photos: a rotated, GPS-tagged phone photo comes out upright, resized, without any
//! metadata; the cache makes a second build process nothing; bad files fail `check`.

use crate::support::Site;

/// The fixture with one story showing `media/xoay-gps.jpg` (stored 300×400 with EXIF
/// orientation 6 and GPS tags: upright it is 400×300) on top and in its body.
fn with_photo() -> Site {
    let site = Site::new("site");
    let cfg = site
        .read("content/site.yaml")
        .replace("outlets:\n", "images: { widths: [200, 320, 1600], quality: 80 }\noutlets:\n");
    site.write("content/site.yaml", &cfg);
    let story = site
        .read("content/stories/2024/doi-dan-quan-xuan-thinh.md")
        .replace("kind: story\n", "kind: story\nimage: media/xoay-gps.jpg\nimage_alt: \"Cánh đồng lúa\"\n")
        .replace("đạt loại giỏi.", "đạt loại giỏi.\n\n![Cánh đồng sau mùa mưa](media/xoay-gps.jpg)\n");
    site.write("content/stories/2024/doi-dan-quan-xuan-thinh.md", &story);
    site
}

fn media_files(site: &Site, outlet: &str) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(site.path().join("public").join(outlet).join("media"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

#[test]
fn variants_are_upright_resized_and_stripped() {
    let site = with_photo();
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files = media_files(&site, "cong-thong-tin");
    let names: Vec<String> = files.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    // 200 and 320 wide, and the photo's own 400: never enlarged to 1600.
    for w in ["200", "320", "400"] {
        assert!(
            names.iter().any(|n| n.starts_with("xoay-gps-") && n.ends_with(&format!("-{w}.jpg"))),
            "{w}: {names:?}"
        );
        assert!(names.iter().any(|n| n.ends_with(&format!("-{w}.webp"))), "{w}: {names:?}");
    }
    assert_eq!(names.len(), 6, "{names:?}");
    assert!(!names.iter().any(|n| n.contains("1600")), "never upscaled");
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        let img = image::load_from_memory(&bytes).unwrap();
        let w: u32 = f.file_stem().unwrap().to_string_lossy().rsplit('-').next().unwrap().parse().unwrap();
        assert_eq!(img.width(), w, "{}", f.display());
        assert_eq!(img.height(), w * 3 / 4, "upright: landscape, {}", f.display());
        // The sky is at the top once the orientation is applied.
        let rgb = img.to_rgb8();
        let top = rgb.get_pixel(img.width() / 2, 2);
        assert!(top[2] > top[1] && top[2] > top[0], "top pixel {top:?} is not sky in {}", f.display());
        // No metadata: no EXIF block at all, so no GPS.
        let exif = exif::Reader::new().read_from_container(&mut std::io::Cursor::new(&bytes));
        assert!(exif.is_err(), "{} still has EXIF", f.display());
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif" || w == b"EXIF" || w == b"XMP "),
            "{} has a metadata block",
            f.display()
        );
    }
    // The originals (with GPS) are never copied.
    assert!(!site.exists("public/cong-thong-tin/media/xoay-gps.jpg"));
}

#[test]
fn pages_feeds_and_cards_use_the_variants() {
    let site = with_photo();
    assert_eq!(site.guong(&["build"]).code, 0);
    let page = site.read("public/cong-thong-tin/bai-viet/doi-dan-quan-xuan-thinh/index.html");
    let doc = scraper::Html::parse_document(&page);
    let imgs: Vec<_> = doc.select(&scraper::Selector::parse("picture img").unwrap()).collect();
    assert_eq!(imgs.len(), 2, "the story's photo and the body's");
    for img in &imgs {
        let v = img.value();
        assert!(v.attr("srcset").unwrap().contains("320w"));
        assert!(v.attr("width").is_some() && v.attr("height").is_some());
        assert!(!v.attr("alt").unwrap().is_empty());
    }
    assert_eq!(imgs[1].value().attr("loading"), Some("lazy"), "below the fold");
    assert!(page.contains("<source type=\"image/webp\""));
    assert!(page.contains("<meta property=\"og:image\" content=\"https://portal.example.vn/dien-hinh/media/xoay-gps-"));
    let feed = feed_rs::parser::parse(site.read("public/cong-thong-tin/rss.xml").as_bytes()).unwrap();
    let item = feed.entries.iter().find(|e| e.links[0].href.ends_with("/doi-dan-quan-xuan-thinh/")).unwrap();
    let media = &item.media[0].content[0];
    assert!(media.url.as_ref().unwrap().as_str().starts_with("https://portal.example.vn/dien-hinh/media/xoay-gps-"));
    let content = item.content.as_ref().unwrap().body.as_ref().unwrap();
    assert!(!content.contains("../../"), "feed content has absolute addresses: {content}");
}

#[test]
fn a_second_build_processes_nothing_and_stale_entries_are_pruned() {
    let site = with_photo();
    let first = site.guong(&["build"]);
    assert!(first.stderr.contains("ảnh: 1 xử lý mới, 0 dùng lại"), "{}", first.stderr);
    // Another input changes, so the build runs: the photo comes from the cache.
    let text = site.read("content/stories/2025/hop-tac-xa-tho-phu.md").replace("120 thành viên", "121 thành viên");
    site.write("content/stories/2025/hop-tac-xa-tho-phu.md", &text);
    let second = site.guong(&["build"]);
    assert!(second.stderr.contains("ảnh: 0 xử lý mới, 1 dùng lại"), "{}", second.stderr);
    let cache = site.path().join(".guong-cache/images");
    // The photo's variants (the outlets' share cards, `-share-`, are kept there too).
    let count = |ext: &str| {
        std::fs::read_dir(&cache)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == ext))
            .filter(|p| !p.to_string_lossy().contains("-share-"))
            .count()
    };
    assert_eq!(count("jpg"), 3);
    // A changed photo is processed again and the old variants leave the cache.
    let mut bytes = std::fs::read(site.path().join("content/media/xoay-gps.jpg")).unwrap();
    bytes.extend_from_slice(b"\0"); // trailing byte: a different file, the same picture
    std::fs::write(site.path().join("content/media/xoay-gps.jpg"), bytes).unwrap();
    let third = site.guong(&["build"]);
    assert!(third.stderr.contains("ảnh: 1 xử lý mới, 0 dùng lại"), "{}", third.stderr);
    assert!(third.stderr.contains("7 mục cũ đã xóa"), "3 JPEG, 3 WebP and the size record: {}", third.stderr);
    assert_eq!(count("jpg"), 3);
}

#[test]
fn bad_photos_fail_check_with_their_path() {
    let site = with_photo();
    let good = std::fs::read(site.path().join("content/media/xoay-gps.jpg")).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated", good[..good.len() / 2].to_vec(), "bị hỏng hoặc chép thiếu"),
        ("not-an-image", b"<html>this is not a photo</html>".to_vec(), "không phải là ảnh"),
        ("bomb", bomb_png(), "kích thước bất thường (100000×100000 điểm ảnh)"),
        ("empty", Vec::new(), "không phải là ảnh"),
    ];
    for (name, bytes, words) in cases {
        std::fs::write(site.path().join("content/media/xoay-gps.jpg"), &bytes).unwrap();
        let run = site.guong(&["check"]);
        assert_eq!(run.code, 1, "{name}");
        let line = run
            .stdout
            .lines()
            .find(|l| l.contains("error[invalid-image]"))
            .unwrap_or_else(|| panic!("{name}: {}", run.stdout));
        assert!(
            line.starts_with("content/stories/2024/doi-dan-quan-xuan-thinh.md:4:8: error[invalid-image]"),
            "{name}: {line}"
        );
        assert!(line.contains(words), "{name}: {line}");
        let body = run.stdout.lines().filter(|l| l.contains("error[invalid-image]")).count();
        assert_eq!(body, 2, "{name}: the front matter's photo and the body's: {}", run.stdout);
        assert_eq!(site.guong(&["build"]).code, 1, "{name}");
        assert!(!site.exists("public/cong-thong-tin"), "{name}: nothing written");
    }
}

/// A valid PNG header claiming 100,000 × 100,000 pixels: a few dozen bytes that would
/// ask for 40 GB if decoded without limits.
fn bomb_png() -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    v.extend_from_slice(&13u32.to_be_bytes());
    v.extend_from_slice(&ihdr);
    v.extend_from_slice(&crc32(&ihdr).to_be_bytes());
    v
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
