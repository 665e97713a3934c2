//! Markdown with pulldown-cmark: tables, footnotes, strikethrough, smart punctuation,
//! heading anchors, a table of contents and a reading time. Raw HTML is sanitised.

use crate::text::slugify;
use pulldown_cmark::{html, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;
use std::collections::HashSet;

/// Words a resident reads per minute (Vietnamese counts syllables as words).
const WORDS_PER_MINUTE: usize = 200;
/// A story gets a table of contents from this many section headings on.
const TOC_MIN_HEADINGS: usize = 3;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    /// Empty when the story is too short to need one.
    pub toc: Vec<TocEntry>,
    pub words: usize,
    pub reading_minutes: usize,
    /// Whether raw HTML was found (and sanitised).
    pub had_raw_html: bool,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Headings in a body start at h2 (the page's h1 is the title), so `#` becomes h2.
fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H2,
        HeadingLevel::H3 => HeadingLevel::H3,
        HeadingLevel::H4 => HeadingLevel::H4,
        HeadingLevel::H5 => HeadingLevel::H5,
        HeadingLevel::H6 => HeadingLevel::H6,
    }
}

pub fn render(markdown: &str) -> Rendered {
    let mut events: Vec<Event> = Parser::new_ext(markdown, options()).collect();
    let mut words = 0;
    let mut had_raw_html = false;
    let mut headings: Vec<(usize, u8, String)> = Vec::new(); // (event index, level, text)
    let mut open: Option<(usize, String)> = None;
    for (i, ev) in events.iter_mut().enumerate() {
        match ev {
            Event::Start(Tag::Heading { level, .. }) => {
                *level = demote(*level);
                open = Some((i, String::new()));
            }
            Event::End(TagEnd::Heading(level)) => {
                *level = demote(*level);
                if let Some((start, text)) = open.take() {
                    headings.push((start, 0, text));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                words += t.split_whitespace().count();
                if let Some((_, buf)) = &mut open {
                    buf.push_str(t);
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => had_raw_html = true,
            _ => {}
        }
    }
    // Anchors: an explicit `{#id}` wins, else the slug of the text, made unique.
    let mut used = HashSet::new();
    let mut toc = Vec::new();
    let mut anchors = Vec::new();
    for (idx, _, text) in &mut headings {
        if let Event::Start(Tag::Heading { level, id, .. }) = &mut events[*idx] {
            let base = id.as_ref().map(|s| s.to_string()).unwrap_or_else(|| slugify(text));
            let base = if base.is_empty() { "muc".to_owned() } else { base };
            let mut unique = base.clone();
            let mut n = 1;
            while !used.insert(unique.clone()) {
                n += 1;
                unique = format!("{base}-{n}");
            }
            *id = Some(CowStr::from(unique.clone()));
            toc.push(TocEntry { level: *level as u8, id: unique.clone(), title: text.trim().to_owned() });
            anchors.push(unique);
        }
    }
    if toc.len() < TOC_MIN_HEADINGS {
        toc.clear();
    }
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    if had_raw_html {
        out = sanitize(&out);
    }
    let reading_minutes = words.div_ceil(WORDS_PER_MINUTE).max(1);
    Rendered { html: out, toc, words, reading_minutes, had_raw_html }
}

/// Cleans HTML that came from raw HTML in Markdown: no scripts, handlers or
/// `javascript:` URLs; the structure Markdown itself makes is kept.
pub fn sanitize(html: &str) -> String {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["id", "class"]);
    b.add_tags(["figure", "figcaption", "section"]);
    b.link_rel(Some("noopener noreferrer"));
    b.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_get_unique_ascii_anchors_and_start_at_h2() {
        let r = render("# Mở đầu\n\ntext\n\n## Kết quả\n\n## Kết quả\n");
        assert!(r.html.contains(r#"<h2 id="mo-dau">Mở đầu</h2>"#), "{}", r.html);
        assert!(r.html.contains(r#"<h2 id="ket-qua-2">"#));
        assert_eq!(r.toc.len(), 3);
    }

    #[test]
    fn short_stories_have_no_toc() {
        assert!(render("## Một\n\ntext").toc.is_empty());
    }

    #[test]
    fn extensions_are_on() {
        let r = render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~x~~ \"trích\"[^1]\n\n[^1]: chú thích\n");
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("<del>x</del>"));
        assert!(r.html.contains("“trích”"));
        assert!(r.html.contains("footnote"));
    }

    #[test]
    fn raw_html_is_sanitised() {
        let r = render("hi <script>alert(1)</script><a href=\"javascript:x()\" onclick=\"y()\">l</a>");
        assert!(r.had_raw_html);
        assert!(!r.html.contains("<script"));
        assert!(!r.html.contains("javascript:"));
        assert!(!r.html.contains("onclick"));
    }

    #[test]
    fn reading_time_rounds_up() {
        let body = "chữ ".repeat(450);
        assert_eq!(render(&body).reading_minutes, 3);
    }
}
