//! Issue 35 (performance, round 3): the share images and the precompressed copies.
//! A story's share images are JPEGs of their sizes (decoded with `image`) under 40 kB; a
//! second build encodes no card again (the cache's files keep their times); a changed
//! title makes only that story's cards anew, in every outlet; a `.gz` copy exists only
//! where it saves at least a tenth and always holds the file's bytes.

use crate::support::{guong_in, sample_site};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::SystemTime;

const CACHE: &str = ".guong-cache/images";

/// The cache's share images: name → modification time.
fn cards(root: &Path) -> BTreeMap<String, SystemTime> {
    std::fs::read_dir(root.join(CACHE))
        .unwrap()
        .flatten()
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e))
        .filter(|(n, _)| n.contains("-share-"))
        .map(|(n, e)| (n, e.metadata().unwrap().modified().unwrap()))
        .collect()
}

/// Every share image of every outlet's stories: path under `public/` → bytes.
fn outputs(root: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(root.join("public"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| e.path().file_name().is_some_and(|n| n == "anh-vuong.jpg" || n == "anh-chia-se.jpg"))
        .map(|e| {
            let rel = e.path().strip_prefix(root.join("public")).unwrap().to_string_lossy().into_owned();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

fn build(root: &Path) {
    let run = guong_in(root, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// The slugs (file names) of the sample's stories that have a photo.
fn with_photo(root: &Path) -> Vec<String> {
    walkdir::WalkDir::new(root.join("content/stories"))
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .filter(|e| std::fs::read_to_string(e.path()).unwrap().lines().any(|l| l.starts_with("image:")))
        .map(|e| e.path().file_stem().unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn share_images_are_jpegs_of_their_size_and_photo_cards_under_40_kb() {
    let site = sample_site();
    build(site.path());
    let all = outputs(site.path());
    let stories = all.keys().filter(|k| k.contains("/bai-viet/")).count();
    assert!(stories >= 20, "the sample's stories have share images: {stories}");
    let photos = with_photo(site.path());
    let mut photo_cards = 0;
    for (rel, bytes) in &all {
        let format = image::guess_format(bytes).unwrap();
        assert_eq!(format, image::ImageFormat::Jpeg, "{rel}: the .jpg URL serves a JPEG");
        let img = image::load_from_memory(bytes).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let want = if rel.ends_with("anh-vuong.jpg") { (1080, 1080) } else { (1200, 630) };
        assert_eq!((img.width(), img.height()), want, "{rel}");
        if photos.iter().any(|slug| rel.contains(&format!("/bai-viet/{slug}/"))) {
            assert!(bytes.len() < 40_000, "{rel}: {} bytes", bytes.len());
            photo_cards += 1;
        }
    }
    assert!(photo_cards >= 10, "the photos' cards were found: {photo_cards}");
}

#[test]
fn cards_are_encoded_once_and_a_changed_title_remakes_only_its_own() {
    let site = sample_site();
    let root = site.path();
    build(root);
    let first = cards(root);
    let first_out = outputs(root);
    assert!(first.len() >= 40, "{} cards in the cache", first.len());

    // Nothing changed: no card is encoded again (no new entry, none rewritten).
    std::thread::sleep(std::time::Duration::from_millis(20));
    build(root);
    assert_eq!(cards(root), first, "a second build re-encodes nothing");

    // One title changed: that story's two cards (per size, shared by the outlets), no other.
    let story = root.join("content/stories/2024/tram-y-te-xa-cham-soc-suc-khoe-tu-co-so.md");
    let text = std::fs::read_to_string(&story).unwrap();
    let changed = text.replacen(
        "title: \"Trạm y tế xã: chăm sóc sức khỏe từ cơ sở\"",
        "title: \"Trạm y tế xã Thọ Tân: chăm sóc sức khỏe từ cơ sở\"",
        1,
    );
    assert_ne!(changed, text);
    std::fs::write(&story, changed).unwrap();
    build(root);
    let third = cards(root);
    let new: Vec<&String> = third.keys().filter(|k| !first.contains_key(*k)).collect();
    for (name, time) in &first {
        if let Some(t) = third.get(name) {
            assert_eq!(t, time, "{name} was not rewritten");
        }
    }
    let third_out = outputs(root);
    let differ: Vec<&String> =
        first_out.iter().filter(|(k, v)| third_out.get(*k) != Some(*v)).map(|(k, _)| k).collect();
    assert!(differ.len() >= 2, "the story's square and card changed: {differ:?}");
    assert!(differ.iter().all(|k| k.contains("/tram-y-te-xa-cham-soc-suc-khoe-tu-co-so/")), "{differ:?}");
    // A title card shows its outlet's name: one new card per outlet and size, no more.
    assert_eq!(new.len(), differ.len(), "new cards {new:?} for the changed files {differ:?}");
}

/// Share images no build links any more (a former title's, or an older encoder's: 0.10.0
/// made every card anew) are removed by a full build, as unused photo variants are; a
/// build of some outlets only knows some cards and removes none.
#[test]
fn a_full_build_removes_the_share_images_it_no_longer_uses() {
    let site = sample_site();
    let root = site.path();
    build(root);
    let used = cards(root);
    let stale = root.join(CACHE).join("0123456789abcdef0123456789abcdef-share-1200x630.jpg");
    std::fs::copy(root.join(CACHE).join(used.keys().next().unwrap()), &stale).unwrap();

    let run = guong_in(root, &["build", "--outlet", "cong-thong-tin", "--out", "public-one"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(stale.exists(), "a build of one outlet removes no card");

    let run = guong_in(root, &["build", "--full"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!stale.exists(), "a full build removes the card no page links");
    let after = cards(root);
    assert_eq!(after.keys().collect::<Vec<_>>(), used.keys().collect::<Vec<_>>(), "every card in use is kept");
    // Every share image the outlets publish is still a file of the cache's (linked).
    let kept: std::collections::HashSet<Vec<u8>> =
        after.keys().map(|n| std::fs::read(root.join(CACHE).join(n)).unwrap()).collect();
    for (rel, bytes) in outputs(root) {
        assert!(kept.contains(&bytes), "{rel}");
    }
}
