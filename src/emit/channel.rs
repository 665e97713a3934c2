//! Output channels as a registry, as mdBook's `Renderer`: each kind of file an outlet
//! publishes (web pages, feeds, search, loudspeaker scripts, A4 sheets, share images,
//! podcasts, …) is one type implementing [`Channel`], in its own file under
//! `emit/channels/`, and one line of [`CHANNELS`] (in `emit/channels/mod.rs`). A build asks every channel that is
//! switched on for its jobs, renders them, and asks the channels again what a change
//! affects and which URLs a story owns. Adding a channel touches nothing else but its
//! template (if it has one).

use super::change::{Affected, Members};
use super::{OutletBuild, Prepared};
use crate::diagnostic::{Diagnostic, msg};
use crate::model::Config;
use chrono::NaiveDate;

/// One file a channel renders, by a key the channel understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Job {
    /// Position of the channel in [`CHANNELS`].
    pub channel: u8,
    pub key: Key,
}

/// What names one file of a channel. The shapes are shared: a new channel picks the ones
/// it needs rather than adding its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    /// A file of which an outlet has one (the home page, the sitemap), by its name.
    Named(&'static str),
    /// The `n`th file of one of the channel's numbered series (the search index's shards).
    Part(u8, u32),
    /// A file of a story (index into `Published::stories`); the number says which of its
    /// files (an alias page: which alias; a share file: which of the three).
    Story(usize, u16),
    /// A list's page `n` (from 1), or its feed (`n` = 0).
    List(Of, usize),
    /// A year's file; `index`: at the folder's own URL rather than the year's.
    Year(i32, bool),
    /// An ISO week of a list (the outlet's, or a column's): its page, or its text.
    Week { of: Of, year: i32, week: u32, text: bool },
}

/// Which list: the outlet's, or a slot in its plan's columns, units or exemplars.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Of {
    Site,
    Column(usize),
    Unit(usize),
    Exemplar(usize),
}

/// A rendered file: its URL path (relative to the outlet) and bytes.
pub(crate) type Rendered = Result<(String, Vec<u8>), Diagnostic>;

/// One output channel.
pub(crate) trait Channel: Sync {
    /// Its name: how the README and `site.yaml`'s `channels:` call it.
    fn name(&self) -> &'static str;

    /// Whether the site has it switched on; `channels: {name: true|false}` in site.yaml
    /// overrides. A channel whose switch has no other home defaults to off.
    fn on(&self, cfg: &Config) -> bool {
        cfg.site.channels.get(self.name()).copied().unwrap_or(false)
    }

    /// Its files for one outlet.
    fn jobs(&self, b: &OutletBuild) -> Vec<Key>;

    /// One of its files.
    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered;

    /// A file made in the image cache, linked rather than copied: its URL path and the
    /// file. `None`: the file is rendered (`render`).
    fn render_file(&self, _b: &OutletBuild, _key: Key) -> Option<Result<(String, std::path::PathBuf), Diagnostic>> {
        None
    }

    /// Whether a change (`Affected`) makes the file be rendered again.
    fn affected(&self, b: &OutletBuild, a: &Affected, key: Key) -> bool;

    /// Whether the file may differ from the last build's, as far as what `prep` patched
    /// knows (the search index); every other file: yes.
    fn may_change(&self, _prep: &Prepared, _key: Key) -> bool {
        true
    }

    /// Work its jobs share, done before they are rendered in parallel.
    fn before(&self, _b: &OutletBuild, _prep: &Prepared, _keys: &[Key]) {}

    /// The URL paths a story owns in this channel, which go when the story goes or is
    /// renamed.
    fn story_urls(&self, _m: &Members) -> Vec<String> {
        Vec::new()
    }

    /// Whether a page kept from the last build is gone or may have moved after `a`.
    fn drops(&self, _a: &Affected, _path: &str) -> bool {
        false
    }

    /// The pages it lists in the sitemap, with their last date if known.
    fn sitemap(&self, _b: &OutletBuild) -> Vec<(String, Option<NaiveDate>)> {
        Vec::new()
    }

    /// Templates of the base theme it brings (name, text), which a theme or the site may
    /// replace like any other.
    fn templates(&self) -> &'static [(&'static str, &'static str)] {
        &[]
    }

    /// Whether `serve` renders it after every other page: it counts every story (the
    /// reports), so it waits until the pages are served.
    fn deferred(&self) -> bool {
        false
    }
}

pub(crate) use super::channels::CHANNELS;

impl Job {
    pub(crate) fn channel(&self) -> &'static dyn Channel {
        CHANNELS[self.channel as usize]
    }
}

/// Every job of the outlet, of every channel switched on.
pub(crate) fn jobs(b: &OutletBuild) -> Vec<Job> {
    let mut jobs = Vec::new();
    for (n, c) in CHANNELS.iter().enumerate() {
        if c.on(b.cfg) {
            jobs.extend(c.jobs(b).into_iter().map(|key| Job { channel: n as u8, key }));
        }
    }
    jobs
}

/// `channels:` in site.yaml names only channels that exist.
pub(crate) fn check_switches(cfg: &Config) -> Vec<Diagnostic> {
    let names: Vec<&str> = CHANNELS.iter().map(|c| c.name()).collect();
    cfg.site
        .channels
        .keys()
        .filter(|k| !names.contains(&k.as_str()))
        .map(|k| {
            let known = names.join(", ");
            Diagnostic::error(
                "config-invalid",
                "content/site.yaml",
                cfg.spans.site.key(&format!("channels.{k}"), crate::diagnostic::Pos::START),
                match crate::suggest::did_you_mean(k, names.iter().copied()) {
                    Some(s) => msg!("channels.unknown-suggest", name = k, suggestion = s, known),
                    None => msg!("channels.unknown", name = k, known),
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_slugs() {
        let mut names: Vec<&str> = CHANNELS.iter().map(|c| c.name()).collect();
        assert!(names.iter().all(|n| crate::text::is_slug(n)), "{names:?}");
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n, "two channels with one name");
        assert!(CHANNELS.len() < usize::from(u8::MAX));
    }
}
