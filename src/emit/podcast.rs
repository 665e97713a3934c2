//! Recordings on an outlet: the player on the story page (with the read-aloud text as
//! its transcript), and podcast feeds of the outlet, of each column and of each unit
//! (`podcast.xml` beside each `rss.xml`), made only where a story has a recording and
//! only on an outlet with a podcast owner (`podcast.email`, which Apple Podcasts and
//! the W3C feed validator require), with a square cover (`podcast.jpg`).

use super::channel::Of;
use super::{OutletBuild, Prepared};
use crate::assemble::feed::{self, Entry, Episode, FeedMeta};
use crate::assemble::{urls, views::AudioView};
use std::collections::HashMap;

pub(super) fn podcast_url(of: &str) -> String {
    format!("{of}podcast.xml")
}

/// The podcast's cover, at the outlet's root: square, within Apple's 1400 to 3000 px.
pub(crate) const COVER: &str = "/podcast.jpg";
/// The cover's side in pixels.
pub(crate) const COVER_SIDE: u32 = 1400;

impl OutletBuild<'_> {
    /// The stories of a list (the outlet's, a column's, a unit's).
    fn podcast_list(&self, of: Of) -> &[usize] {
        match of {
            Of::Site | Of::Exemplar(_) => &self.plan.stories,
            Of::Column(slot) => &self.plan.columns[slot].1,
            Of::Unit(slot) => &self.plan.units[slot].1,
        }
    }

    /// Whether the list has a podcast feed: the channel is on, the outlet has an owner's
    /// address, and a story of the list has a recording (no feed is ever empty).
    pub(crate) fn has_podcast(&self, of: Of) -> bool {
        let on = self.cfg.site.channels.get("podcasts").copied().unwrap_or(true);
        on && self.plan.outlet.podcast.email.is_some()
            && self.podcast_list(of).iter().any(|&i| self.published.stories[i].audio.is_some())
    }

    /// The absolute URL of the list's podcast feed, when it has one.
    pub(crate) fn podcast_feed_url(&self, of: Of) -> Option<String> {
        let (cfg, o) = (self.cfg, self.plan.outlet);
        self.has_podcast(of).then(|| {
            o.url(&podcast_url(&match of {
                Of::Site | Of::Exemplar(_) => "/".to_owned(),
                Of::Column(slot) => urls::column(&cfg.columns[self.plan.columns[slot].0].id, 1),
                Of::Unit(slot) => urls::commune(&cfg.registry.units[self.plan.units[slot].0].id, 1),
            }))
        })
    }

    /// Every podcast feed of the outlet: (title, feed URL, page URL), the outlet's first.
    pub(crate) fn podcast_feeds(&self) -> Vec<(String, String, String)> {
        let (cfg, o) = (self.cfg, self.plan.outlet);
        let mut v = Vec::new();
        let mut add = |of: Of, title: String, page: String| {
            if let Some(feed) = self.podcast_feed_url(of) {
                v.push((title, feed, page));
            }
        };
        add(Of::Site, o.title.clone(), o.url("/"));
        for (slot, (ci, _)) in self.plan.columns.iter().enumerate() {
            let c = &cfg.columns[*ci];
            add(Of::Column(slot), c.title.clone(), o.url(&urls::column(&c.id, 1)));
        }
        for (slot, (ui, _)) in self.plan.units.iter().enumerate() {
            let u = &cfg.registry.units[*ui];
            add(Of::Unit(slot), u.full_name(), o.url(&urls::commune(&u.id, 1)));
        }
        v
    }

    /// The podcast's cover in the image cache: the outlet's title and publisher over its
    /// theme colour, square (made once, then kept).
    pub(crate) fn podcast_cover(&self) -> Result<(String, std::path::PathBuf), crate::diagnostic::Diagnostic> {
        use crate::images::share;
        let o = self.plan.outlet;
        let cache = crate::images::cache::Cache::new(self.root);
        let bg = share::colour(&self.labels.get("theme_color"));
        let notice = self.sample_notice();
        let what = format!("podcast\0{}\0{}\0{bg:?}\0{}", o.title, o.publisher, notice.as_deref().unwrap_or(""));
        let side = (COVER_SIDE, COVER_SIDE);
        share::cached(&cache, what.as_bytes(), side, None, || {
            let mut img = share::title_card(&o.title, &o.publisher, bg, side);
            if let Some(n) = &notice {
                share::stamp(&mut img, n);
            }
            Ok(img)
        })
        .map(|p| (COVER.to_owned(), p))
        .map_err(|e| {
            crate::diagnostic::Diagnostic::error(
                "invalid-image",
                crate::model::config::SITE,
                crate::diagnostic::Pos::START,
                crate::diagnostic::msg!("share.cannot-make", path = COVER, error = e),
            )
        })
    }

    /// Each story's recording and where this outlet publishes it (`check` has refused
    /// any that does not decode).
    pub(super) fn probe_recordings(&self) -> HashMap<usize, (crate::audio::Recording, String)> {
        self.plan
            .stories
            .iter()
            .filter_map(|&i| {
                let rel = self.published.stories[i].audio.as_deref()?;
                let r = crate::audio::probe(self.root, rel).ok()?;
                let path = crate::audio::published_path(rel, &r);
                Some((i, (r, path)))
            })
            .collect()
    }

    pub(super) fn audio_view(&self, prep: &Prepared, i: usize) -> Option<AudioView> {
        let (r, path) = prep.recordings.get(&i)?;
        Some(AudioView {
            url: self.plan.outlet.url(&format!("/{path}")),
            mime: r.mime.to_owned(),
            seconds: r.seconds.round() as u64,
            duration: crate::audio::duration_vi(r.seconds),
            bytes: r.bytes,
            // What the recording says: the script's text, not its header for the announcer.
            transcript: self.spoken_story(i, &prep.abbreviations),
        })
    }

    /// Files of the recordings this outlet publishes: (URL path, file under content/).
    pub(crate) fn recordings(&self, prep: &Prepared) -> Vec<(String, std::path::PathBuf)> {
        let mut v: Vec<(String, std::path::PathBuf)> = prep
            .recordings
            .iter()
            .filter_map(|(&i, (_, path))| {
                let rel = self.published.stories[i].audio.as_deref()?;
                Some((format!("/{path}"), self.root.join("content").join(rel)))
            })
            .collect();
        // Two stories may name one recording: it is published once (as a shared photo is).
        v.sort();
        v.dedup();
        v
    }

    pub(super) fn podcast(&self, prep: &Prepared, of: Of) -> (String, Vec<u8>) {
        let (cfg, o) = (self.cfg, self.plan.outlet);
        let list = self.podcast_list(of);
        let (dir, title, link): (String, String, String) = match of {
            Of::Site | Of::Exemplar(_) => ("/".into(), o.title.clone(), o.url("/")),
            Of::Column(slot) => {
                let c = &cfg.columns[self.plan.columns[slot].0];
                (urls::column(&c.id, 1), format!("{} — {}", o.title, c.title), o.url(&urls::column(&c.id, 1)))
            }
            Of::Unit(slot) => {
                let u = &cfg.registry.units[self.plan.units[slot].0];
                (urls::commune(&u.id, 1), format!("{} — {}", o.title, u.full_name()), o.url(&urls::commune(&u.id, 1)))
            }
        };
        let entries: Vec<(Entry, Episode)> = list
            .iter()
            .filter_map(|&i| {
                let (r, path) = prep.recordings.get(&i)?;
                let s = self.published.stories[i];
                let entry =
                    Entry { story: s, rendered: self.published.rendered(i), categories: Vec::new(), enclosure: None };
                Some((
                    entry,
                    Episode { url: o.url(&format!("/{path}")), bytes: r.bytes, mime: r.mime, seconds: r.seconds },
                ))
            })
            .collect();
        let path = podcast_url(&dir);
        let title = format!("{title} (nghe)");
        let description = format!("Bài đọc về gương điển hình tiên tiến: {}", o.description);
        let self_url = o.url(&path);
        let notice = self.sample_notice();
        let meta = FeedMeta {
            title: &title,
            description: &description,
            link: &link,
            self_url: &self_url,
            notice: notice.as_deref(),
        };
        let offset = cfg.site.offset_seconds().unwrap_or(7 * 3600);
        let owner = feed::PodcastOwner {
            name: o.podcast.name.as_deref().unwrap_or(&o.publisher),
            email: o.podcast.email.as_deref().unwrap_or_default(),
            image: &o.url(COVER),
        };
        (path, feed::podcast(o, &meta, &owner, &entries, cfg.site.feed_limit, offset))
    }
}
