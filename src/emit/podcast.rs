//! Recordings on an outlet: the player on the story page (with the read-aloud text as
//! its transcript), and podcast feeds of the outlet, of each column and of each unit
//! (`podcast.xml` beside each `rss.xml`), made when any story there has a recording.

use super::channel::Of;
use super::{OutletBuild, Prepared};
use crate::assemble::feed::{self, Entry, Episode, FeedMeta};
use crate::assemble::{urls, views::AudioView};
use std::collections::HashMap;

pub(super) fn podcast_url(of: &str) -> String {
    format!("{of}podcast.xml")
}

impl OutletBuild<'_> {
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
        let (list, dir, title, link): (&[usize], String, String, String) = match of {
            Of::Site | Of::Exemplar(_) => (&self.plan.stories, "/".into(), o.title.clone(), o.url("/")),
            Of::Column(slot) => {
                let (ci, list) = &self.plan.columns[slot];
                let c = &cfg.columns[*ci];
                (list, urls::column(&c.id, 1), format!("{} — {}", o.title, c.title), o.url(&urls::column(&c.id, 1)))
            }
            Of::Unit(slot) => {
                let (ui, list) = &self.plan.units[slot];
                let u = &cfg.registry.units[*ui];
                (
                    list,
                    urls::commune(&u.id, 1),
                    format!("{} — {}", o.title, u.full_name()),
                    o.url(&urls::commune(&u.id, 1)),
                )
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
        (path, feed::podcast(o, &meta, &entries, cfg.site.feed_limit, offset))
    }
}
