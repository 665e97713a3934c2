//! The full-text search index, cut into small files that the search page fetches only
//! as a query needs them (as Pagefind does), so a resident's phone downloads a few
//! kilobytes per query instead of the whole index:
//!
//! - `chi-muc/meta.json`: the format, the number of shards and stories, unit and field
//!   names (stories refer to them by position);
//! - `chi-muc/t-<n>.json`: postings shards. A word's key is the word without diacritics
//!   (`text::words::fold`); its shard is the FNV-1a hash of the key modulo the number of
//!   shards. Each key lists its spellings as written ("đường", "dương", …), each with the
//!   stories that have it in their body or summary, title, exemplar's name, and unit or
//!   field (a set each, as deltas or a bitmap: `set_code`), so a query typed with tone
//!   marks can rank its exact spelling first. Two words next to each other in a title,
//!   an exemplar's name or a unit's name are a key too ("dong tien", with a space), so a
//!   query's phrase ranks the stories that have it first;
//! - `chi-muc/tu-<c>.json`: the keys starting with `c` and how many stories have each,
//!   for completing the word being typed;
//! - `chi-muc/d-<n>.json`: what a result shows (slug, title, exemplar, unit, field, date,
//!   summary), `DOCS_PER_CHUNK` stories per file, in the outlet's order (newest first).
//!
//! Story ids are positions in the outlet's list of stories.

use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// Characters of a summary kept for showing.
pub(crate) const SUMMARY_CHARS: usize = 160;
/// Stories per metadata file: a page of ten results needs at most ten small files
/// (about 1.3 KB each, gzip'd).
pub(crate) const DOCS_PER_CHUNK: usize = 10;
/// The first characters that vocabulary files are split by; anything else is `_`.
pub(crate) const VOCAB: &str = "abcdefghijklmnopqrstuvwxyz0123456789_";
/// Format version, read by the script.
pub(crate) const VERSION: u8 = 3;

/// Where a word occurs in a story, one bit each.
pub(crate) const IN_TITLE: u8 = 1;
pub(crate) const IN_EXEMPLAR: u8 = 2;
pub(crate) const IN_PLACE: u8 = 4;
pub(crate) const IN_SUMMARY: u8 = 8;
pub(crate) const IN_BODY: u8 = 16;

/// How many postings shards an outlet of `docs` stories gets: about one per eight
/// stories, a power of two between 16 and 16,384, so a shard holds a few keys (and seldom two common ones).
pub(crate) fn shards_for(docs: usize) -> usize {
    (docs / 8).next_power_of_two().clamp(16, 16_384)
}

/// How many metadata files `docs` stories take.
pub(crate) fn chunks_for(docs: usize) -> usize {
    docs.div_ceil(DOCS_PER_CHUNK).max(1)
}

/// 32-bit FNV-1a of the key's UTF-8 bytes (the script computes the same).
pub(crate) fn fnv(key: &str) -> u32 {
    key.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// The vocabulary file (position in `VOCAB`) of a key.
pub(crate) fn vocab_slot(key: &str) -> usize {
    key.chars().next().and_then(|c| VOCAB[..VOCAB.len() - 1].find(c)).unwrap_or(VOCAB.len() - 1)
}

/// What one story gives the index.
pub(crate) struct Doc<'a> {
    pub title: &'a str,
    pub exemplar: &'a str,
    /// The unit's and field's names.
    pub place: &'a str,
    pub summary: &'a str,
    /// Distinct lower-case words of the body (`Rendered::terms`).
    pub body: &'a str,
}

/// One spelling of a key and its postings.
type Spelling = (String, Postings);

/// A spelling's postings: (story id, where), by story. Kept (`postcard`) as one run of
/// bytes, each id as its LEB128 delta from the one before and then its `where`: an
/// index of 100,000 stories holds some 25 million, and writing them one by one through
/// serde had been a tenth of an incremental build.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Postings(pub Vec<(u32, u8)>);

impl std::ops::Deref for Postings {
    type Target = Vec<(u32, u8)>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for Postings {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl serde::Serialize for Postings {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = Vec::with_capacity(self.0.len() * 3);
        let mut prev = 0;
        for &(id, bits) in &self.0 {
            leb128(id.wrapping_sub(std::mem::replace(&mut prev, id)), &mut out);
            out.push(bits);
        }
        s.serialize_bytes(&out)
    }
}

impl<'de> serde::Deserialize<'de> for Postings {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Bytes;
        impl serde::de::Visitor<'_> for Bytes {
            type Value = Postings;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("postings as bytes")
            }
            fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Postings, E> {
                let mut out = Vec::with_capacity(bytes.len() / 2);
                let (mut at, mut id) = (0, 0u32);
                while at < bytes.len() {
                    let (mut delta, mut shift) = (0u32, 0);
                    loop {
                        let b = *bytes.get(at).ok_or_else(|| E::custom("postings cut short"))?;
                        at += 1;
                        delta |= u32::from(b & 0x7f).checked_shl(shift).ok_or_else(|| E::custom("bad delta"))?;
                        shift += 7;
                        if b < 0x80 {
                            break;
                        }
                    }
                    id = id.wrapping_add(delta);
                    out.push((id, *bytes.get(at).ok_or_else(|| E::custom("postings cut short"))?));
                    at += 1;
                }
                Ok(Postings(out))
            }
        }
        d.deserialize_bytes(Bytes)
    }
}

/// The built index of one outlet. `build` keeps it beside the output (`postcard`), so
/// that the next build patches it as `serve` does instead of making it anew.
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct Index {
    /// Per shard: (key, its spellings), keys sorted.
    pub shards: Vec<Vec<(String, Vec<Spelling>)>>,
    /// Per vocabulary file: (key, stories that have it), keys sorted.
    pub vocab: Vec<Vec<(String, u32)>>,
}

/// Pairs of words next to each other in `text` ("đồng tiến"), each as one entry of the
/// index (a key with a space), so that a query's phrase ranks a unit's, a person's or a
/// title's exact words first. A line break ends a phrase (the place is the unit's name,
/// then the field's).
fn pairs(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().flat_map(|line| {
        let words: Vec<String> = crate::text::words::words(line).collect();
        let pairs: Vec<String> = words.windows(2).map(|w| format!("{} {}", w[0], w[1])).collect();
        pairs
    })
}

/// Whether an index key is a pair of words (`pairs`): never offered as a completion.
pub(crate) fn is_pair(key: &str) -> bool {
    key.contains(' ')
}

/// The words of one story with where each occurs, sorted, each once; and the pairs of
/// words of its title, exemplar and place.
fn doc_words<'a>(d: &Doc<'a>) -> Vec<(Cow<'a, str>, u8)> {
    let mut fields: Vec<(Cow<'a, str>, u8)> = Vec::with_capacity(64);
    for (text, bit) in [(d.title, IN_TITLE), (d.exemplar, IN_EXEMPLAR), (d.place, IN_PLACE), (d.summary, IN_SUMMARY)] {
        fields.extend(crate::text::words::words(text).map(|w| (Cow::Owned(w), bit)));
        if bit != IN_SUMMARY {
            fields.extend(pairs(text).map(|w| (Cow::Owned(w), bit)));
        }
    }
    fields.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // The body's words come sorted and distinct (`text::words::distinct`): a merge.
    let mut body: Vec<&'a str> = d.body.split(' ').filter(|w| !w.is_empty()).collect();
    if !body.is_sorted() {
        body.sort_unstable();
    }
    let mut body = body.into_iter().peekable();
    let mut out: Vec<(Cow<'a, str>, u8)> = Vec::with_capacity(fields.len() + d.body.len() / 6);
    let push = |w: Cow<'a, str>, bits: u8, out: &mut Vec<(Cow<'a, str>, u8)>| match out.last_mut() {
        Some((last, b)) if *last == w => *b |= bits,
        _ => out.push((w, bits)),
    };
    for (w, bits) in fields {
        while let Some(b) = body.next_if(|b| *b < w.as_ref()) {
            push(Cow::Borrowed(b), IN_BODY, &mut out);
        }
        push(w, bits, &mut out);
    }
    for b in body {
        push(Cow::Borrowed(b), IN_BODY, &mut out);
    }
    out
}

/// Builds the index of `docs` (in the outlet's order) cut into `shards` shards.
pub(crate) fn build(docs: &[Doc], shards: usize) -> Index {
    use rayon::prelude::*;
    let per_doc: Vec<Vec<(Cow<str>, u8)>> = docs.par_iter().map(doc_words).collect();
    let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
    let mut spellings: Vec<Spelling> = Vec::new();
    for (doc, words) in per_doc.iter().enumerate() {
        for (w, bits) in words {
            let id = *ids.entry(w.as_ref()).or_insert_with(|| {
                spellings.push((w.to_string(), Postings::default()));
                spellings.len() - 1
            });
            spellings[id].1.push((doc as u32, *bits));
        }
    }
    drop(ids);
    let mut keys: FxHashMap<String, Vec<Spelling>> = FxHashMap::default();
    for s in spellings {
        keys.entry(crate::text::words::fold(&s.0)).or_default().push(s);
    }
    let mut index = Index { shards: vec![Vec::new(); shards], vocab: vec![Vec::new(); VOCAB.len()] };
    let mut keys: Vec<(String, Vec<Spelling>)> = keys.into_iter().collect();
    keys.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (key, mut sp) in keys {
        // The most common spelling first.
        sp.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
        let mut docs: Vec<u32> = sp.iter().flat_map(|s| s.1.iter().map(|p| p.0)).collect();
        docs.sort_unstable();
        docs.dedup();
        if !is_pair(&key) {
            index.vocab[vocab_slot(&key)].push((key.clone(), docs.len() as u32));
        }
        index.shards[fnv(&key) as usize % shards].push((key, sp));
    }
    index
}

/// The files a patch changed: shards and vocabulary files (positions).
#[derive(Debug, Default)]
pub(crate) struct Touched {
    pub shards: std::collections::HashSet<usize>,
    pub vocab: std::collections::HashSet<usize>,
}

impl Index {
    /// Replaces what stories `changed` (ids, with what they give now) held in the
    /// index, when no story moved: the same index as `build` of the new stories, made
    /// by touching only their words (`serve`, after an edit). Returns what changed.
    pub(crate) fn patch(&mut self, changed: &[(u32, Doc)]) -> Touched {
        let shards = self.shards.len();
        // What each story holds now, by spelling.
        let mut fresh: Vec<(u32, FxHashMap<String, u8>)> = changed
            .iter()
            .map(|(id, doc)| (*id, doc_words(doc).into_iter().map(|(w, b)| (w.into_owned(), b)).collect()))
            .collect();
        // Keys touched: a story's posting that is not the same now is taken out (postings
        // are sorted by story, so each is one binary search); one that is stays.
        let mut touched: FxHashMap<String, ()> = FxHashMap::default();
        for shard in &mut self.shards {
            for (key, sp) in shard.iter_mut() {
                let mut hit = false;
                for (spelling, postings) in sp.iter_mut() {
                    for (id, now) in &mut fresh {
                        if let Ok(at) = postings.binary_search_by_key(id, |p| p.0) {
                            if now.get(spelling.as_str()) == Some(&postings[at].1) {
                                now.remove(spelling.as_str());
                            } else {
                                postings.remove(at);
                                hit = true;
                            }
                        }
                    }
                }
                if hit {
                    touched.insert(key.clone(), ());
                }
            }
        }
        for (id, now) in &fresh {
            for (w, bits) in now.iter().map(|(w, b)| (Cow::Borrowed(w.as_str()), *b)) {
                let key = crate::text::words::fold(&w);
                let shard = &mut self.shards[fnv(&key) as usize % shards];
                let at = match shard.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
                    Ok(at) => at,
                    Err(at) => {
                        shard.insert(at, (key.clone(), Vec::new()));
                        at
                    }
                };
                let sp = &mut shard[at].1;
                let s = match sp.iter().position(|(s, _)| *s == w) {
                    Some(s) => s,
                    None => {
                        sp.push((w.into_owned(), Postings::default()));
                        sp.len() - 1
                    }
                };
                let postings = &mut sp[s].1;
                match postings.binary_search_by_key(id, |p| p.0) {
                    Ok(at) => postings[at].1 = bits,
                    Err(at) => postings.insert(at, (*id, bits)),
                }
                touched.insert(key, ());
            }
        }
        let mut done = Touched::default();
        for key in touched.into_keys() {
            let n = fnv(&key) as usize % shards;
            done.shards.insert(n);
            let shard = &mut self.shards[n];
            let Ok(at) = shard.binary_search_by(|(k, _)| k.as_str().cmp(&key)) else { continue };
            let sp = &mut shard[at].1;
            sp.retain(|(_, p)| !p.is_empty());
            sp.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
            let mut docs: Vec<u32> = sp.iter().flat_map(|s| s.1.iter().map(|p| p.0)).collect();
            docs.sort_unstable();
            docs.dedup();
            if sp.is_empty() {
                shard.remove(at);
            }
            if is_pair(&key) {
                continue;
            }
            let slot = vocab_slot(&key);
            done.vocab.insert(slot);
            let vocab = &mut self.vocab[slot];
            match (vocab.binary_search_by(|(k, _)| k.as_str().cmp(&key)), docs.len()) {
                (Ok(at), 0) => {
                    vocab.remove(at);
                }
                (Ok(at), n) => vocab[at].1 = n as u32,
                (Err(_), 0) => {}
                (Err(at), n) => vocab.insert(at, (key, n as u32)),
            }
        }
        done
    }
}

fn json_str(s: &str) -> String {
    // `<` only inside strings, written as \u003c: no text of the index reads as markup.
    serde_json::to_string(s).unwrap_or_default().replace('<', "\\u003c")
}

/// The sets of stories a spelling's entry gives, in order, by where the word is. A
/// story's summary counts as its body: a set of its own cost common words a third more
/// bytes (measured on the benchmark's 100,000 stories), for a small change in ranking.
pub(crate) const SETS: [u8; 4] = [IN_BODY | IN_SUMMARY, IN_TITLE, IN_EXEMPLAR, IN_PLACE];

fn leb128(mut n: u32, out: &mut Vec<u8>) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn leb128_len(n: u32) -> usize {
    (32 - n.leading_zeros() as usize).div_ceil(7).max(1)
}

/// A set of story ids (ascending, distinct) as the script reads it: base64 of either
/// `0` and the ids' LEB128 deltas (the first from 0), or `1`, the first byte's position
/// in LEB128 and a bitmap from there (bit `i` of byte `j`: story `8 × (first + j) + i`),
/// whichever is shorter. Common words are in most stories: a bit each beats a byte each.
pub(crate) fn set_code(ids: &[u32]) -> String {
    use base64::Engine;
    let (Some(&first), Some(&last)) = (ids.first(), ids.last()) else { return String::new() };
    let mut prev = 0;
    let deltas: usize = ids.iter().map(|&id| leb128_len(id - std::mem::replace(&mut prev, id))).sum();
    let (from, to) = (first / 8, last / 8);
    let bitmap = leb128_len(from) + (to - from) as usize + 1;
    let mut out = Vec::with_capacity(1 + deltas.min(bitmap));
    if deltas <= bitmap {
        out.push(0);
        let mut prev = 0;
        for &id in ids {
            leb128(id - std::mem::replace(&mut prev, id), &mut out);
        }
    } else {
        out.push(1);
        leb128(from, &mut out);
        let start = out.len();
        out.resize(start + (to - from) as usize + 1, 0);
        for &id in ids {
            out[start + (id / 8 - from) as usize] |= 1 << (id % 8);
        }
    }
    base64::engine::general_purpose::STANDARD.encode(out)
}

impl Index {
    /// A shard's file: `{"key": [["spelling", body, title, exemplar, place], …], …}`,
    /// each set of stories coded by `set_code` (empty when none; empty sets at the end
    /// left out).
    pub(crate) fn shard_json(&self, n: usize) -> Vec<u8> {
        let mut out = String::from("{");
        let mut sets: [Vec<u32>; SETS.len()] = Default::default();
        for (k, (key, sp)) in self.shards.get(n).map(Vec::as_slice).unwrap_or_default().iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            out.push_str(&json_str(key));
            out.push_str(":[");
            for (j, (spelling, postings)) in sp.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                out.push('[');
                out.push_str(&json_str(spelling));
                sets.iter_mut().for_each(Vec::clear);
                for &(id, bits) in postings.iter() {
                    for (set, &mask) in sets.iter_mut().zip(&SETS) {
                        if bits & mask != 0 {
                            set.push(id);
                        }
                    }
                }
                let used = sets.iter().rposition(|set| !set.is_empty()).map_or(0, |p| p + 1);
                for set in &sets[..used] {
                    out.push_str(",\"");
                    out.push_str(&set_code(set));
                    out.push('"');
                }
                out.push(']');
            }
            out.push(']');
        }
        out.push('}');
        out.into_bytes()
    }

    /// A vocabulary file: `{"key": stories, …}`.
    pub(crate) fn vocab_json(&self, slot: usize) -> Vec<u8> {
        let entries: Vec<String> = self
            .vocab
            .get(slot)
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|(k, n)| format!("{}:{n}", json_str(k)))
            .collect();
        format!("{{{}}}", entries.join(",")).into_bytes()
    }
}

/// What a result shows of one story.
pub(crate) type Shown<'a> = (&'a str, &'a str, &'a str, usize, usize, String, String);

/// A metadata file: `[[slug, title, exemplar, unit, field, date, summary], …]`.
pub(crate) fn docs_json(shown: &[Shown]) -> Vec<u8> {
    serde_json::to_string(shown).unwrap_or_default().replace('<', "\\u003c").into_bytes()
}

pub(crate) fn cut(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
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
        let script = include_str!("../emit/search.js");
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
        let before =
            [doc("Làm đường giao thông", "đường làng"), doc("Chị Dương", "trồng rau"), doc("Rau sạch", "dưỡng")];
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
        assert!(
            !touched.vocab.contains(&vocab_slot("duong")) || touched.shards.contains(&(fnv("duong") as usize % 16))
        );
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
        let shown: Vec<Shown> = docs
            .iter()
            .enumerate()
            .map(|(i, d)| ("s", d.title, d.exemplar, i, 0, String::new(), String::new()))
            .collect();
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
}
