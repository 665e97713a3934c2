//! Issue 33, items 4 and 7: what a shared link shows and what search engines read. Every
//! page of the built sample names a picture (`og:image`, with its size and words) that
//! is a file of the output; every JSON-LD block uses schema.org's types and only the
//! properties schema.org gives them (checked against `tests/fixtures/schemaorg/`, taken
//! from schema.org's published vocabulary), a practice is never a `Person`, a person's
//! profile is a `ProfilePage`; and search, run by the real script on the sample's index,
//! ranks a commune's name first.

use crate::support::{guong_in, repo, sample_site};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The sample, built once for the tests of this file: (its folder, each outlet's id,
/// base URL and output folder).
struct Built {
    _dir: tempfile::TempDir,
    outlets: Vec<(String, String, PathBuf)>,
}

fn built() -> &'static Built {
    static BUILT: std::sync::OnceLock<Built> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = sample_site();
        let run = guong_in(dir.path(), &["build"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let site: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(dir.path().join("content/site.yaml")).unwrap()).unwrap();
        let outlets = site["outlets"]
            .as_sequence()
            .unwrap()
            .iter()
            .map(|o| {
                let id = o["id"].as_str().unwrap().to_owned();
                let base = o["base_url"].as_str().unwrap().trim_end_matches('/').to_owned();
                let out = dir.path().join("public").join(&id);
                (id, base, out)
            })
            .collect();
        Built { _dir: dir, outlets }
    })
}

/// Every HTML page of an outlet that is a page (not a moved address, which only
/// redirects): its path under the outlet and its text.
fn pages(out: &Path) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let rel = e.path().strip_prefix(out).unwrap().to_string_lossy().into_owned();
            (rel, std::fs::read_to_string(e.path()).unwrap())
        })
        .filter(|(_, html)| !html.contains("http-equiv=\"refresh\""))
        .collect();
    v.sort();
    v
}

fn meta(doc: &scraper::Html, attr: &str, name: &str) -> Option<String> {
    let sel = scraper::Selector::parse(&format!("meta[{attr}=\"{name}\"]")).unwrap();
    doc.select(&sel).next().and_then(|m| m.value().attr("content")).map(str::to_owned)
}

#[test]
fn every_page_has_a_picture_that_is_a_file_of_the_output() {
    let b = built();
    let mut seen = BTreeMap::new();
    for (id, base, out) in &b.outlets {
        let mut missing = Vec::new();
        let list = pages(out);
        for (rel, html) in &list {
            // The quota report's pages are for officers, kept from search engines.
            if html.contains("name=\"robots\" content=\"noindex") {
                continue;
            }
            let doc = scraper::Html::parse_document(html);
            let Some(image) = meta(&doc, "property", "og:image") else {
                missing.push(rel.clone());
                continue;
            };
            let file = image
                .strip_prefix(base.as_str())
                .unwrap_or_else(|| panic!("{id}/{rel}: og:image {image} is not an absolute URL of the outlet"));
            assert!(
                out.join(file.trim_start_matches('/')).is_file(),
                "{id}/{rel}: og:image {image} is not in the output"
            );
            for p in ["og:image:width", "og:image:height", "og:image:alt"] {
                let v = meta(&doc, "property", p).unwrap_or_else(|| panic!("{id}/{rel}: no {p}"));
                assert!(!v.is_empty(), "{id}/{rel}: empty {p}");
            }
            let (w, h) =
                (meta(&doc, "property", "og:image:width").unwrap(), meta(&doc, "property", "og:image:height").unwrap());
            let size = imagesize(&out.join(file.trim_start_matches('/')));
            assert_eq!(size, (w.parse().unwrap(), h.parse().unwrap()), "{id}/{rel}: {image}'s size");
            assert_eq!(meta(&doc, "name", "twitter:card").as_deref(), Some("summary_large_image"), "{id}/{rel}");
        }
        assert!(missing.is_empty(), "{id}: {} of {} pages have no og:image: {missing:?}", missing.len(), list.len());
        seen.insert(id.clone(), list.len());
    }
    println!("pages with og:image: {seen:?}");
    // The lists share the outlet's own card; a story the share card made for it.
    let (_, base, out) = &b.outlets[0];
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    let card = meta(&scraper::Html::parse_document(&home), "property", "og:image").unwrap();
    assert_eq!(card, format!("{base}/anh-chia-se.jpg"));
    let story =
        std::fs::read_to_string(out.join("bai-viet/chi-le-thi-hoa-va-mo-hinh-dua-luoi-nha-mang/index.html")).unwrap();
    let card = meta(&scraper::Html::parse_document(&story), "property", "og:image").unwrap();
    assert_eq!(card, format!("{base}/bai-viet/chi-le-thi-hoa-va-mo-hinh-dua-luoi-nha-mang/anh-chia-se.jpg"));
}

/// The width and height of a JPEG (its SOF segment) or PNG (its IHDR).
fn imagesize(path: &Path) -> (u32, u32) {
    let b = std::fs::read(path).unwrap();
    if b.starts_with(b"\x89PNG") {
        let be = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        return (be(16), be(20));
    }
    assert!(b.starts_with(&[0xff, 0xd8]), "{} is neither a JPEG nor a PNG", path.display());
    let mut i = 2;
    while i + 9 < b.len() {
        let (marker, len) = (b[i + 1], usize::from(u16::from_be_bytes([b[i + 2], b[i + 3]])));
        if (0xc0..=0xcf).contains(&marker) && ![0xc4, 0xc8, 0xcc].contains(&marker) {
            let h = u16::from_be_bytes([b[i + 5], b[i + 6]]);
            let w = u16::from_be_bytes([b[i + 7], b[i + 8]]);
            return (u32::from(w), u32::from(h));
        }
        i += 2 + len;
    }
    panic!("{}: no frame header", path.display())
}

/// schema.org's types (with their supertypes) and properties (the types each is for, and
/// the types of its values), as `tests/fixtures/schemaorg/extract.py` took them.
struct Vocabulary {
    types: BTreeMap<String, Vec<String>>,
    properties: BTreeMap<String, (Vec<String>, Vec<String>)>,
}

impl Vocabulary {
    fn load() -> Vocabulary {
        let v: Value = serde_json::from_str(
            &std::fs::read_to_string(repo().join("tests/fixtures/schemaorg/vocabulary.json")).unwrap(),
        )
        .unwrap();
        let list = |x: &Value| -> Vec<String> {
            x.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned()).collect()
        };
        let types = v["types"].as_object().unwrap().iter().map(|(k, x)| (k.clone(), list(x))).collect();
        let properties = v["properties"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, x)| (k.clone(), (list(&x["domain"]), list(&x["range"]))))
            .collect();
        Vocabulary { types, properties }
    }

    /// `t` and every type above it.
    fn ancestors(&self, t: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut todo = vec![t.to_owned()];
        while let Some(t) = todo.pop() {
            if let Some(sup) = self.types.get(&t) {
                todo.extend(sup.iter().cloned());
            }
            out.insert(t);
        }
        out
    }

    /// Every problem of a node (and the nodes in it), named by `at`.
    fn check(&self, node: &Value, at: &str, problems: &mut Vec<String>) {
        let Some(obj) = node.as_object() else { return };
        let Some(t) = obj.get("@type").and_then(Value::as_str) else {
            problems.push(format!("{at}: a node without @type"));
            return;
        };
        if !self.types.contains_key(t) {
            problems.push(format!("{at}: @type {t} is not a schema.org type"));
            return;
        }
        let mine = self.ancestors(t);
        for (p, value) in obj.iter().filter(|(k, _)| !k.starts_with('@')) {
            let Some((domain, range)) = self.properties.get(p) else {
                problems.push(format!("{at}: {p} is not a schema.org property (or not in the fixture)"));
                continue;
            };
            if !domain.iter().any(|d| mine.contains(d)) {
                problems.push(format!("{at}: {p} is not a property of {t} (it is of {domain:?})"));
            }
            let values = match value {
                Value::Array(a) => a.clone(),
                v => vec![v.clone()],
            };
            for v in &values {
                match v {
                    Value::String(_) => {
                        if !range.iter().any(|r| ["Text", "URL", "Date", "DateTime"].contains(&r.as_str())) {
                            problems.push(format!("{at}: {p} takes {range:?}, not text"));
                        }
                    }
                    Value::Object(o) => {
                        let inner = o.get("@type").and_then(Value::as_str).unwrap_or("");
                        if !range.iter().any(|r| self.ancestors(inner).contains(r)) {
                            problems.push(format!("{at}: {p} takes {range:?}, not {inner}"));
                        }
                        self.check(v, &format!("{at}.{p}"), problems);
                    }
                    other => problems.push(format!("{at}: {p} is {other}")),
                }
            }
        }
    }
}

/// Every JSON-LD block of a page, parsed.
fn jsonld(html: &str) -> Vec<Value> {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse("script[type=\"application/ld+json\"]").unwrap();
    doc.select(&sel).map(|s| serde_json::from_str(&s.text().collect::<String>()).expect("JSON-LD parses")).collect()
}

#[test]
fn json_ld_uses_schema_org_s_types_and_properties_as_it_defines_them() {
    let b = built();
    let vocab = Vocabulary::load();
    let mut problems = Vec::new();
    let mut types: BTreeMap<String, usize> = BTreeMap::new();
    for (id, _, out) in &b.outlets {
        for (rel, html) in pages(out) {
            let blocks = jsonld(&html);
            let is_story = rel.starts_with("bai-viet/") && rel.matches('/').count() == 2;
            let is_profile = rel.starts_with("guong/") && rel.matches('/').count() == 2;
            if is_story || is_profile {
                assert_eq!(blocks.len(), 1, "{id}/{rel}: {} JSON-LD blocks", blocks.len());
            }
            for v in &blocks {
                assert_eq!(v["@context"], "https://schema.org", "{id}/{rel}");
                *types.entry(v["@type"].as_str().unwrap_or("").to_owned()).or_default() += 1;
                vocab.check(v, &format!("{id}/{rel}"), &mut problems);
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    println!("JSON-LD blocks by type: {types:?}");
    assert!(types.get("Article").is_some_and(|n| *n > 50), "{types:?}");
    assert!(types.contains_key("ProfilePage") && types.contains_key("ItemPage"), "{types:?}");
}

#[test]
fn a_practice_is_a_creative_work_and_a_person_s_profile_a_profile_page() {
    let b = built();
    let (_, _, out) = &b.outlets[0];
    let read = |rel: &str| jsonld(&std::fs::read_to_string(out.join(rel)).unwrap()).remove(0);
    // The story of the practice "Mô hình dưa lưới nhà màng": about the work, held by a person.
    let story = read("bai-viet/chi-le-thi-hoa-va-mo-hinh-dua-luoi-nha-mang/index.html");
    assert_eq!(story["@type"], "Article");
    assert_eq!(story["about"]["@type"], "CreativeWork", "{story}");
    assert_eq!(story["about"]["name"], "Mô hình dưa lưới nhà màng");
    assert_eq!(story["about"]["creator"]["@type"], "Person");
    // Its profile: a page about the work, never a person's.
    let practice = read("guong/mo-hinh-dua-luoi-nha-mang-tho-tan/index.html");
    assert_eq!(practice["@type"], "ItemPage", "{practice}");
    assert_eq!(practice["mainEntity"]["@type"], "CreativeWork");
    // Across the outlet: what each kind of exemplar is.
    let exemplars = std::fs::read_dir(repo().join("content/exemplars")).unwrap();
    let mut checked = 0;
    for e in exemplars.flatten() {
        let id = e.path().file_stem().unwrap().to_string_lossy().into_owned();
        let page = out.join(format!("guong/{id}/index.html"));
        if !page.exists() {
            continue;
        }
        let yaml: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(e.path()).unwrap()).unwrap();
        let v = jsonld(&std::fs::read_to_string(&page).unwrap()).remove(0);
        let (page_type, entity) = match yaml["type"].as_str().unwrap() {
            "individual" => ("ProfilePage", "Person"),
            "household" | "collective" => ("ProfilePage", "Organization"),
            "practice" => ("ItemPage", "CreativeWork"),
            other => panic!("{id}: type {other}"),
        };
        assert_eq!(
            (v["@type"].as_str(), v["mainEntity"]["@type"].as_str()),
            (Some(page_type), Some(entity)),
            "{id}: {v}"
        );
        assert_eq!(v["mainEntity"]["name"].as_str(), yaml["name"].as_str(), "{id}");
        checked += 1;
    }
    assert!(checked > 10, "{checked} profiles");
}
