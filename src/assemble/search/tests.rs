//! Tests of the search index: its files as the script reads them, patches, and the
//! ranking of the real script (run by Node) on an index of a few stories.

use super::*;

fn doc<'a>(title: &'a str, body: &'a str) -> Doc<'a> {
    Doc { title, exemplar: "", place: "Xã Thọ Phú\nxã Thọ Tân", summary: "", body }
}

fn kind(code: &str) -> u8 {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(code).unwrap()[0]
}

/// Reads a set as the script does.
fn decode(code: &str) -> Vec<u32> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD.decode(code).unwrap();
    let varint = |at: &mut usize| {
        let (mut n, mut shift) = (0u32, 0);
        loop {
            let b = bytes[*at];
            *at += 1;
            n |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b < 0x80 {
                return n;
            }
        }
    };
    let (mut ids, mut at) = (Vec::new(), 1);
    if bytes[0] == 0 {
        let mut id = 0;
        while at < bytes.len() {
            id += varint(&mut at);
            ids.push(id);
        }
    } else {
        let from = varint(&mut at) * 8;
        for (j, b) in bytes[at..].iter().enumerate() {
            ids.extend((0..8).filter(|i| b & (1 << i) != 0).map(|i| from + 8 * j as u32 + i));
        }
    }
    ids
}

#[test]
fn sets_are_deltas_when_sparse_and_bitmaps_when_dense() {
    assert_eq!(set_code(&[]), "");
    let sparse = [0, 5, 200, 70_000, 4_000_000_000];
    assert_eq!(decode(&set_code(&sparse)), sparse);
    assert_eq!(kind(&set_code(&sparse)), 0, "deltas");
    let dense: Vec<u32> = (1000..3000).filter(|n| n % 3 != 0).collect();
    let code = set_code(&dense);
    assert_eq!(decode(&code), dense);
    assert_eq!(kind(&code), 1, "a bitmap");
    assert!(code.len() < 2000 / 8 * 4 / 3 + 8, "a bit per story: {} chars", code.len());
    // Every id in a byte of its own and at every bit.
    let all: Vec<u32> = (0..64).collect();
    assert_eq!(decode(&set_code(&all)), all);
    assert_eq!(decode(&set_code(&[127, 128, 16_383, 16_384])), [127, 128, 16_383, 16_384]);
}

#[test]
fn postings_are_kept_as_bytes_and_read_back() {
    let p = Postings(vec![(0, 16), (1, 1), (127, 3), (128, 16), (70_000, 24), (u32::MAX, 1)]);
    let bytes = postcard::to_stdvec(&p).unwrap();
    assert_eq!(postcard::from_bytes::<Postings>(&bytes).unwrap(), p);
    let index = build(&[doc("Làm đường giao thông", "đường làng"), doc("Chị Dương", "trồng rau")], 16);
    let kept: Index = postcard::from_bytes(&postcard::to_stdvec(&index).unwrap()).unwrap();
    assert_eq!(kept.shards, index.shards);
    // Cut short anywhere: an error, never a panic.
    for n in 0..bytes.len() {
        let _ = postcard::from_bytes::<Postings>(&bytes[..n]);
    }
    assert!(postcard::from_bytes::<Postings>(&[2, 0x80, 0x80]).is_err());
}

#[test]
fn the_script_reads_this_format() {
    let script = include_str!("../../emit/search.js");
    assert!(script.contains(&format!("FORMAT = {VERSION};")), "search.js's FORMAT is {VERSION}");
    assert!(script.contains("var SETS = [16, 1, 2, 4];"), "search.js's SETS");
    assert_eq!(SETS, [IN_BODY | IN_SUMMARY, 1, 2, 4]);
}

#[test]
fn cuts_on_characters() {
    assert_eq!(cut("Đồng Tiến", 4), "Đồng…");
    assert_eq!(cut("ab", 4), "ab");
}

#[test]
fn hashes_as_the_script_does() {
    // FNV-1a 32 of "duong", as `fnv` in search.js computes it.
    assert_eq!(fnv(""), 0x811c_9dc5);
    assert_eq!(fnv("a"), 0xe40c_292c);
    assert_eq!(vocab_slot("duong"), 3);
    assert_eq!(vocab_slot("2024"), 26 + 2);
    assert_eq!(vocab_slot("ñ"), VOCAB.len() - 1);
}

#[test]
fn keys_hold_every_spelling_with_where_it_occurs() {
    let docs = [doc("Làm đường giao thông", "đường làng"), doc("Chị Dương", "trồng rau"), doc("Rau sạch", "dưỡng")];
    let index = build(&docs, 16);
    let shard = &index.shards[fnv("duong") as usize % 16];
    let (_, sp) = shard.iter().find(|(k, _)| k == "duong").expect("the key duong");
    let find = |s: &str| sp.iter().find(|x| x.0 == s).map(|x| x.1.0.clone());
    assert_eq!(find("đường"), Some(vec![(0, IN_TITLE | IN_BODY)]));
    assert_eq!(find("dương"), Some(vec![(1, IN_TITLE)]));
    assert_eq!(find("dưỡng"), Some(vec![(2, IN_BODY)]));
    let json = String::from_utf8(index.shard_json(fnv("rau") as usize % 16)).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    // "rau": story 1's body and story 2's title; no exemplar or place, so two sets.
    assert_eq!(v["rau"][0], serde_json::json!(["rau", set_code(&[1]), set_code(&[2])]));
    assert_eq!(decode(&set_code(&[1])), [1]);
    let vocab: serde_json::Value = serde_json::from_slice(&index.vocab_json(vocab_slot("duong"))).unwrap();
    assert_eq!(vocab["duong"], 3);
}

#[test]
fn a_patched_index_equals_one_built_anew() {
    let before = [doc("Làm đường giao thông", "đường làng"), doc("Chị Dương", "trồng rau"), doc("Rau sạch", "dưỡng")];
    let after =
        [doc("Làm đường giao thông", "đường làng"), doc("Chị Dương trồng lúa", "lúa"), doc("Rau sạch", "dưỡng")];
    let mut index = build(&before, 16);
    let touched = index.patch(&[(1, doc("Chị Dương trồng lúa", "lúa"))]);
    let fresh = build(&after, 16);
    for n in 0..16 {
        assert_eq!(index.shard_json(n), fresh.shard_json(n), "shard {n}");
    }
    for n in 0..VOCAB.len() {
        assert_eq!(index.vocab_json(n), fresh.vocab_json(n), "vocabulary {n}");
    }
    assert!(touched.shards.contains(&(fnv("lua") as usize % 16)), "the new word's shard");
    assert!(touched.shards.contains(&(fnv("rau") as usize % 16)), "the word taken out");
    assert!(!touched.vocab.contains(&vocab_slot("duong")) || touched.shards.contains(&(fnv("duong") as usize % 16)));
}

/// The index of `docs` as the search page reads it, in `dir`: meta, shards,
/// vocabulary and details files (`emit::extra` writes the same for an outlet).
fn write_index(dir: &std::path::Path, docs: &[Doc], units: &[&str]) {
    let shards = shards_for(docs.len());
    let index = build(docs, shards);
    let meta = serde_json::json!({
        "v": VERSION, "base": "http://guong.test/bai-viet/", "docs": docs.len(), "shards": shards,
        "per": DOCS_PER_CHUNK, "vocab": VOCAB, "units": units, "fields": ["Lĩnh vực"],
    });
    std::fs::write(dir.join("meta.json"), meta.to_string()).unwrap();
    for n in 0..shards {
        std::fs::write(dir.join(format!("t-{n}.json")), index.shard_json(n)).unwrap();
    }
    for (slot, c) in VOCAB.chars().enumerate() {
        std::fs::write(dir.join(format!("tu-{c}.json")), index.vocab_json(slot)).unwrap();
    }
    let shown: Vec<Shown> =
        docs.iter().enumerate().map(|(i, d)| ("s", d.title, d.exemplar, i, 0, String::new(), String::new())).collect();
    for (n, chunk) in shown.chunks(DOCS_PER_CHUNK).enumerate() {
        std::fs::write(dir.join(format!("d-{n}.json")), docs_json(chunk)).unwrap();
    }
}

/// The titles search.js shows for `query`, in order (run by Node).
fn ranked(dir: &std::path::Path, query: &str) -> Vec<String> {
    let harness = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/browser/search-node.mjs");
    let out = std::process::Command::new("node").arg(harness).arg(dir).arg(query).output().expect("node runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["results"].as_array().unwrap().iter().map(|r| r["title"].as_str().unwrap().to_owned()).collect()
}

#[test]
#[cfg_attr(not(browser_tests), ignore = "needs Node: run with GUONG_BROWSER_TESTS=1")]
fn a_unit_s_or_a_person_s_name_as_typed_ranks_first() {
    let bodies: Vec<String> = [
        "Anh Lâm cải tiến máy cuộn rơm cho đồng ruộng nhỏ ở xã Khuyến Nông",
        "Ông Bình ở xã Đồng Tiến giữ nghề rèn của cha ông",
        "Bà con đông vui đón tiền thưởng cuối năm",
        "Chị Lê Thị Hoa trồng dưa lưới trong nhà màng",
        "Chị Hoa, chị Thị và bà Lê cùng góp sức",
    ]
    .iter()
    .map(|b| crate::text::words::distinct(b))
    .collect();
    let doc = |title, exemplar, place, body: &'static str| Doc { title, exemplar, place, summary: "", body };
    let leak = |s: &String| -> &'static str { Box::leak(s.clone().into_boxed_str()) };
    let docs = [
        doc(
            "Anh Hoàng Văn Lâm cải tiến máy cuộn rơm cho đồng ruộng nhỏ",
            "Hoàng Văn Lâm",
            "xã Khuyến Nông\nNông nghiệp",
            leak(&bodies[0]),
        ),
        doc("Người thợ rèn giữ nghề của cha ông", "Lê Văn Bình", "xã Đồng Tiến\nKinh tế", leak(&bodies[1])),
        doc("Bà con đông vui đón tiền thưởng", "Thôn Tân Lợi", "xã Thọ Tân\nVăn hóa", leak(&bodies[2])),
        doc(
            "Chị Lê Thị Hoa và mô hình dưa lưới nhà màng",
            "Mô hình dưa lưới nhà màng",
            "xã Thọ Tân\nNông nghiệp",
            leak(&bodies[3]),
        ),
        doc("Chị Hoa, chị Thị và bà Lê làm đường", "Chi hội Phụ nữ", "xã Thọ Tân\nNông nghiệp", leak(&bodies[4])),
    ];
    let dir = tempfile::tempdir().unwrap();
    write_index(dir.path(), &docs, &["xã Khuyến Nông", "xã Đồng Tiến", "xã Thọ Tân", "xã Thọ Tân", "xã Thọ Tân"]);
    // The commune's name, with or without tone marks: its story first, though another
    // has "cải tiến" and "đồng ruộng" in its title.
    for q in ["Đồng Tiến", "dong tien", "xã Đồng Tiến"] {
        let got = ranked(dir.path(), q);
        assert_eq!(got.first().map(String::as_str), Some("Người thợ rèn giữ nghề của cha ông"), "{q}: {got:?}");
        assert!(got.len() >= 2, "{q}: the other stories with the words are still found: {got:?}");
    }
    // A person's name as a phrase of the title, before the same words apart.
    let got = ranked(dir.path(), "Lê Thị Hoa");
    assert_eq!(got[..2], ["Chị Lê Thị Hoa và mô hình dưa lưới nhà màng", "Chị Hoa, chị Thị và bà Lê làm đường"]);
    // Typed with tone marks, another spelling of the phrase is not the phrase.
    let got = ranked(dir.path(), "đông tiền");
    assert_eq!(got.first().map(String::as_str), Some("Bà con đông vui đón tiền thưởng"), "{got:?}");
}

#[test]
fn pairs_of_neighbouring_words_are_keys_but_not_completions() {
    let index = build(&[doc("Xã Đồng Tiến", "cải tiến đồng ruộng")], 16);
    let shard = &index.shards[fnv("dong tien") as usize % 16];
    let (_, sp) = shard.iter().find(|(k, _)| k == "dong tien").expect("the pair's key");
    assert_eq!(sp[0].0, "đồng tiến");
    assert_eq!(sp[0].1.0, vec![(0, IN_TITLE)], "from the title, not the body");
    // The place's two lines are two phrases: "phú xã" is none.
    let index = build(&[doc("A", "b")], 16);
    let all: Vec<&str> = index.shards.iter().flatten().map(|(k, _)| k.as_str()).collect();
    assert!(all.contains(&"tho phu") && !all.contains(&"phu xa"), "{all:?}");
    assert!(index.vocab.iter().flatten().all(|(k, _)| !is_pair(k)));
    // Patched, the pairs follow the words.
    let mut index = build(&[doc("Xã Đồng Tiến", "x")], 16);
    index.patch(&[(0, doc("Xã Đông Sơn", "x"))]);
    let fresh = build(&[doc("Xã Đông Sơn", "x")], 16);
    for n in 0..16 {
        assert_eq!(index.shard_json(n), fresh.shard_json(n), "shard {n}");
    }
}

#[test]
fn shard_counts_grow_with_the_site() {
    assert_eq!(shards_for(10), 16);
    assert_eq!(shards_for(10_000), 2048);
    assert_eq!(shards_for(1_000_000), 16_384);
    assert_eq!(chunks_for(0), 1);
    assert_eq!(chunks_for(41), 5);
}
