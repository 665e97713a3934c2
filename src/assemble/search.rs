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
            self.add_words(*id, now, &mut touched);
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

    /// Adds a story's words (`now`, spelling → bits) to the index, naming each key it
    /// touches in `touched`.
    fn add_words(&mut self, id: u32, now: &FxHashMap<String, u8>, touched: &mut FxHashMap<String, ()>) {
        let shards = self.shards.len();
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
            match postings.binary_search_by_key(&id, |p| p.0) {
                Ok(at) => postings[at].1 = bits,
                Err(at) => postings.insert(at, (id, bits)),
            }
            touched.insert(key, ());
        }
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
mod tests;
