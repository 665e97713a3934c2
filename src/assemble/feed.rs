//! RSS 2.0 feeds, written with the `rss` crate: absolute links, guids that survive
//! renames, RFC 822 dates, the summary and the full HTML, newest first, bounded.

use crate::model::{Outlet, Story};
use crate::render::Rendered;
use chrono::{FixedOffset, NaiveDate, NaiveTime, TimeZone};
use rss::extension::atom::{AtomExtension, Link as AtomLink};
use rss::{Category, Channel, Guid, Item};

/// A feed's identity: what it is about and where it lives.
pub(crate) struct FeedMeta<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// Absolute URL of the page the feed belongs to.
    pub link: &'a str,
    /// Absolute URL of the feed itself.
    pub self_url: &'a str,
    /// The sample's notice ("Bài mẫu minh họa…"), on the channel and every item.
    pub notice: Option<&'a str>,
}

/// One item's content, borrowed from the build.
pub(crate) struct Entry<'a> {
    pub story: &'a Story,
    pub rendered: &'a Rendered,
    pub categories: Vec<String>,
    /// The story's photo: absolute JPEG URL and its size in bytes.
    pub enclosure: Option<(String, u64)>,
}

/// The guid: the permanent `id` when there is one, else the URL of the story's first
/// slug. Never the current URL alone, or a slug fix would re-notify every subscriber.
pub(crate) fn guid(outlet: &Outlet, s: &Story) -> String {
    match &s.id {
        Some(id) if uuid::Uuid::parse_str(id).is_ok() => format!("urn:uuid:{}", id.to_lowercase()),
        Some(id) => format!("urn:guong:{id}"),
        None => outlet.url(&super::urls::story(s.aliases.first().unwrap_or(&s.slug))),
    }
}

/// RFC 822 date of a story: its day at 00:00 local time.
pub(crate) fn rfc822(date: NaiveDate, offset_seconds: i32) -> String {
    let tz = FixedOffset::east_opt(offset_seconds).unwrap_or_else(|| FixedOffset::east_opt(0).expect("UTC"));
    match tz.from_local_datetime(&date.and_time(NaiveTime::MIN)).single() {
        Some(dt) => dt.format("%a, %d %b %Y %H:%M:%S %z").to_string(),
        None => date.to_string(),
    }
}

/// Turns links relative to the story page (`../../media/…`, `#fn-1`) into absolute
/// ones: feed readers have no page to resolve them against.
fn absolutize(html: &str, outlet: &Outlet, page: &str) -> String {
    // Every address guong wrote relative to a story page starts with `../../` and points
    // into the outlet (`media/…`); srcset lists several per attribute. A fragment (a
    // footnote, a heading) belongs to the story's own page.
    let base = format!("{}/", outlet.base());
    html.replace("=\"../../", &format!("=\"{base}"))
        .replace(", ../../", &format!(", {base}"))
        .replace("href=\"#", &format!("href=\"{page}#"))
}

/// Text with every character XML 1.0 forbids removed: whatever got past `check`, a feed
/// stays well-formed.
fn clean(s: &str) -> String {
    crate::text::strip_controls(s).into_owned()
}

/// Plain text as HTML text, for the fields feed readers show as HTML (descriptions):
/// `<`, `>` and `&` escaped, so `<script>` in a summary is shown, never run.
fn html_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

/// A recording for a podcast item: its absolute URL, size in bytes, type and duration.
pub(crate) struct Episode {
    pub url: String,
    pub bytes: u64,
    pub mime: &'static str,
    pub seconds: f64,
}

/// A podcast feed (RSS 2.0 with the iTunes tags podcast apps and IP loudspeaker systems
/// read): the entries that have a recording, each with it as the enclosure.
/// Who answers for a podcast, and its cover: what Apple Podcasts requires.
pub(crate) struct PodcastOwner<'a> {
    pub name: &'a str,
    pub email: &'a str,
    /// The cover's absolute URL (a square JPEG of 1400 px).
    pub image: &'a str,
}

pub(crate) fn podcast(
    outlet: &Outlet,
    meta: &FeedMeta,
    who: &PodcastOwner,
    entries: &[(Entry, Episode)],
    limit: usize,
    offset_seconds: i32,
) -> Vec<u8> {
    use rss::extension::itunes::{ITunesCategory, ITunesChannelExtension, ITunesItemExtension, ITunesOwner};
    let stories: Vec<Entry> = entries
        .iter()
        .map(|(e, _)| Entry { story: e.story, rendered: e.rendered, categories: e.categories.clone(), enclosure: None })
        .collect();
    let mut channel = channel_of(outlet, meta, &stories, limit, offset_seconds);
    let items: Vec<Item> = channel
        .items()
        .iter()
        .cloned()
        .zip(entries)
        .map(|(mut item, (e, ep))| {
            let mut enc = rss::Enclosure::default();
            enc.set_url(ep.url.clone());
            enc.set_length(ep.bytes.to_string());
            enc.set_mime_type(ep.mime.to_owned());
            item.set_enclosure(Some(enc));
            let mut it = ITunesItemExtension::default();
            it.set_duration(Some(crate::audio::hms(ep.seconds)));
            it.set_explicit(Some("false".to_owned()));
            it.set_author(Some(clean(&outlet.publisher)));
            it.set_summary(Some(clean(&match meta.notice {
                Some(n) => format!("{} ({n})", e.story.summary),
                None => e.story.summary.clone(),
            })));
            item.set_itunes_ext(Some(it));
            item
        })
        .collect();
    channel.set_items(items);
    let mut ext = ITunesChannelExtension::default();
    ext.set_author(Some(clean(&outlet.publisher)));
    let mut owner = ITunesOwner::default();
    owner.set_name(Some(clean(who.name)));
    owner.set_email(Some(clean(who.email)));
    ext.set_owner(Some(owner));
    ext.set_image(Some(who.image.to_owned()));
    let mut cat = ITunesCategory::default();
    cat.set_text("Government".to_owned());
    ext.set_categories(vec![cat]);
    ext.set_explicit(Some("false".to_owned()));
    ext.set_summary(Some(clean(meta.description)));
    ext.set_type(Some("episodic".to_owned()));
    channel.set_itunes_ext(Some(ext));
    let mut out = Vec::new();
    match channel.pretty_write_to(&mut out, b' ', 1) {
        Ok(_) => out,
        Err(_) => channel.to_string().into_bytes(),
    }
}

pub(crate) fn write(outlet: &Outlet, meta: &FeedMeta, entries: &[Entry], limit: usize, offset_seconds: i32) -> Vec<u8> {
    let channel = channel_of(outlet, meta, entries, limit, offset_seconds);
    let mut out = Vec::new();
    match channel.pretty_write_to(&mut out, b' ', 1) {
        Ok(_) => out,
        Err(_) => channel.to_string().into_bytes(),
    }
}

/// The channel and its items, as every feed of guong writes them.
fn channel_of(outlet: &Outlet, meta: &FeedMeta, entries: &[Entry], limit: usize, offset_seconds: i32) -> Channel {
    let mut items = Vec::with_capacity(entries.len().min(limit));
    for e in entries.iter().take(limit) {
        let s = e.story;
        let mut item = Item::default();
        item.set_title(clean(&s.title));
        item.set_link(outlet.url(&super::urls::story(&s.slug)));
        let mut g = Guid::default();
        let value = guid(outlet, s);
        g.set_permalink(false);
        g.set_value(value);
        item.set_guid(g);
        item.set_pub_date(rfc822(s.date, offset_seconds));
        // A description is HTML to feed readers; the summary is plain text (as on the pages).
        let page = outlet.url(&super::urls::story(&s.slug));
        let html = clean(&absolutize(&e.rendered.html, outlet, &page));
        match meta.notice {
            Some(n) => {
                let n = html_text(&clean(n));
                item.set_description(format!("{} ({n})", html_text(&clean(&s.summary))));
                item.set_content(format!("<p><em>{n}</em></p>{html}"));
            }
            None => {
                item.set_description(html_text(&clean(&s.summary)));
                item.set_content(html);
            }
        }
        item.set_categories(
            e.categories
                .iter()
                .map(|c| {
                    let mut cat = Category::default();
                    cat.set_name(clean(c));
                    cat
                })
                .collect::<Vec<_>>(),
        );
        if let Some((url, len)) = &e.enclosure {
            let mut enc = rss::Enclosure::default();
            enc.set_url(url.clone());
            enc.set_length(len.to_string());
            enc.set_mime_type("image/jpeg".to_owned());
            item.set_enclosure(Some(enc));
        }
        items.push(item);
    }
    let mut channel = Channel::default();
    channel.set_title(clean(meta.title));
    channel.set_link(meta.link.to_owned());
    let description = if meta.description.is_empty() { meta.title } else { meta.description };
    let description = match meta.notice {
        Some(n) => format!("{description} ({n})"),
        None => description.to_owned(),
    };
    channel.set_description(html_text(&clean(&description)));
    channel.set_language(Some("vi".to_owned()));
    channel.set_generator(Some("guong".to_owned()));
    // The newest item's date, not the build time: an unchanged site rebuilds to the same bytes.
    if let Some(first) = entries.first() {
        let d = rfc822(first.story.date, offset_seconds);
        channel.set_last_build_date(Some(d.clone()));
        channel.set_pub_date(Some(d));
    }
    let mut link = AtomLink::default();
    link.set_href(meta.self_url.to_owned());
    link.set_rel("self".to_owned());
    link.set_mime_type(Some("application/rss+xml".to_owned()));
    let mut atom = AtomExtension::default();
    atom.set_links(vec![link]);
    channel.set_atom_ext(Some(atom));
    channel.set_items(items);
    channel
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_and_media_become_absolute() {
        let o: Outlet =
            crate::yaml::from_str("id: a\ntitle: t\npublisher: p\nbase_url: https://x.vn/\ntheme: t\n").unwrap();
        let html = "<a href=\"#fn-1\">1</a><img src=\"../../media/a.jpg\" srcset=\"../../media/a-480.jpg 480w, ../../media/a-960.jpg 960w\">";
        assert_eq!(
            absolutize(html, &o, "https://x.vn/bai-viet/b/"),
            "<a href=\"https://x.vn/bai-viet/b/#fn-1\">1</a><img src=\"https://x.vn/media/a.jpg\" srcset=\"https://x.vn/media/a-480.jpg 480w, https://x.vn/media/a-960.jpg 960w\">"
        );
    }

    #[test]
    fn control_characters_never_reach_a_feed() {
        assert_eq!(clean("Tiêu\u{b}đề\u{1}"), "Tiêuđề");
    }

    #[test]
    fn dates_are_rfc822_in_local_time() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 15).unwrap();
        assert_eq!(rfc822(d, 7 * 3600), "Fri, 15 Mar 2024 00:00:00 +0700");
    }
}
