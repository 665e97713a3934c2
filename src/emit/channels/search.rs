//! Search: its page, its script, and the full-text index's files (what the script reads
//! first, postings shards, vocabulary files, results' details).

use crate::assemble::search::{VOCAB, chunks_for, shards_for};
use crate::assemble::urls;
use crate::emit::change::Affected;
use crate::emit::channel::{Channel, Key, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;

pub(crate) struct Search;

/// The index's numbered series (`Key::Part`).
const SHARD: u8 = 0;
const VOCAB_FILE: u8 = 1;
const DOCS: u8 = 2;

impl Channel for Search {
    fn name(&self) -> &'static str {
        "search"
    }

    fn on(&self, _: &Config) -> bool {
        true
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        let n = b.plan.stories.len();
        let mut jobs = vec![Key::Named("page"), Key::Named("meta"), Key::Named("script")];
        jobs.extend((0..shards_for(n) as u32).map(|n| Key::Part(SHARD, n)));
        jobs.extend((0..VOCAB.len() as u32).map(|n| Key::Part(VOCAB_FILE, n)));
        jobs.extend((0..chunks_for(n) as u32).map(|n| Key::Part(DOCS, n)));
        jobs
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        let o = b.plan.outlet;
        match key {
            Key::Named("page") => {
                let desc = b.labels.fill("search_description", &[("district", &b.cfg.site.district)]);
                let meta = b.meta("search", urls::SEARCH, b.labels.get("search"), desc, None);
                let index = o.url(&urls::search_file("meta.json"));
                let script = o.url(urls::SEARCH_SCRIPT);
                b.page(prep, "search.html", urls::SEARCH, meta, |ctx| {
                    ctx.insert("index_url", &index);
                    ctx.insert("script_url", &script);
                })
            }
            Key::Named("meta") => Ok((urls::search_file("meta.json"), b.search_meta())),
            Key::Named(_) => Ok((urls::SEARCH_SCRIPT.to_owned(), include_bytes!("../search.js").to_vec())),
            Key::Part(SHARD, n) => {
                Ok((urls::search_file(&format!("t-{n}.json")), b.search(prep).shard_json(n as usize)))
            }
            Key::Part(VOCAB_FILE, n) => {
                let c = VOCAB.as_bytes()[n as usize] as char;
                Ok((urls::search_file(&format!("tu-{c}.json")), b.search(prep).vocab_json(n as usize)))
            }
            Key::Part(_, n) => Ok((urls::search_file(&format!("d-{n}.json")), b.search_docs(n as usize))),
            other => unreachable!("not a search file: {other:?}"),
        }
    }

    fn affected(&self, _: &OutletBuild, a: &Affected, key: Key) -> bool {
        match key {
            Key::Named("page") | Key::Named("script") => a.templates.contains("search.html"),
            // Full text: a changed story may add or remove words of any shard.
            _ => !a.stories.is_empty(),
        }
    }

    fn may_change(&self, prep: &Prepared, key: Key) -> bool {
        let Some((touched, chunks)) = &prep.search_touched else { return true };
        match key {
            Key::Named("meta") => false,
            Key::Part(SHARD, n) => touched.shards.contains(&(n as usize)),
            Key::Part(VOCAB_FILE, n) => touched.vocab.contains(&(n as usize)),
            Key::Part(_, n) => chunks.contains(&(n as usize)),
            _ => true,
        }
    }

    /// The index before the jobs that read it, here rather than inside the parallel
    /// loop: made there, under its once-lock, its own parallel work could let the waiting
    /// thread take another job that waits for the same lock.
    fn before(&self, b: &OutletBuild, prep: &Prepared, keys: &[Key]) {
        if keys.iter().any(|k| matches!(k, Key::Part(SHARD | VOCAB_FILE, _))) {
            b.search(prep);
        }
    }

    /// Every file of the index is rendered anew when a story came, went or moved: one
    /// that is not (fewer stories, fewer files) is one a fresh build would not write, and
    /// it still holds a removed story's title, summary and exemplar.
    fn drops(&self, a: &Affected, path: &str) -> bool {
        !a.in_place && path.starts_with(urls::SEARCH_INDEX) && !a.stories.is_empty()
    }
}
