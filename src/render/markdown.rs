//! Markdown with pulldown-cmark: tables, footnotes, strikethrough, smart punctuation,
//! heading anchors, a table of contents and a reading time. Raw HTML is sanitised.

use crate::text::html::{MAX_BLOCK_DEPTH, MAX_HTML_DEPTH, html_depth};
use crate::text::links;
use crate::text::{is_slug, slugify};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

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
    /// The body's distinct words, for the full-text search index (`text::words::distinct`).
    pub terms: String,
}

pub(crate) fn options() -> Options {
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

/// What raw HTML may keep beyond Markdown's own output.
#[derive(Debug, Clone, Default)]
pub struct Policy<'a> {
    /// Hosts whose `<iframe src="https://HOST/…">` is kept (video players).
    pub embed_hosts: Vec<String>,
    /// Processed photos: a body image found here becomes a responsive `<picture>`.
    pub images: Option<&'a crate::images::ImageSet>,
}

#[cfg(test)]
pub(crate) fn render(markdown: &str) -> Rendered {
    render_with(markdown, &Policy::default())
}

/// Replaces each Markdown image whose file was processed by its `<picture>` markup.
fn pictures<'e>(events: Vec<Event<'e>>, images: &crate::images::ImageSet) -> Vec<Event<'e>> {
    let mut out = Vec::with_capacity(events.len());
    let mut it = events.into_iter();
    while let Some(ev) = it.next() {
        let Event::Start(Tag::Image { dest_url, .. }) = &ev else {
            out.push(ev);
            continue;
        };
        let rel = match links::classify(dest_url) {
            links::Target::Content(p) => p.trim_start_matches("./").to_owned(),
            _ => String::new(),
        };
        // The alt text is the image's inner text.
        let mut inner = vec![ev.clone()];
        let mut alt = String::new();
        for e in it.by_ref() {
            let end = matches!(e, Event::End(TagEnd::Image));
            if let Event::Text(t) | Event::Code(t) = &e {
                alt.push_str(t);
            }
            inner.push(e);
            if end {
                break;
            }
        }
        match images.picture(&rel, &alt, "../../", "(max-width: 48rem) 100vw, 48rem") {
            Some(html) => out.push(Event::Html(CowStr::from(html))),
            None => out.extend(inner),
        }
    }
    out
}

/// Footnotes numbered in the order they first appear, with ids of their own (`fn-1`,
/// `fnref-1`) that no heading anchor takes, and a link back to where each was cited.
fn footnotes(events: &mut [Event]) {
    let mut numbers: HashMap<String, usize> = HashMap::new();
    let mut number = |label: &str| {
        let next = numbers.len() + 1;
        *numbers.entry(label.to_owned()).or_insert(next)
    };
    let mut cited = HashSet::new();
    for e in events.iter_mut() {
        match e {
            Event::FootnoteReference(label) => {
                let n = number(label);
                // The first citation is where the note links back to; ids stay unique.
                let id = if cited.insert(n) { format!(" id=\"fnref-{n}\"") } else { String::new() };
                *e = Event::InlineHtml(CowStr::from(format!(
                    "<sup class=\"footnote-reference\"{id}><a href=\"#fn-{n}\">{n}</a></sup>"
                )));
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let n = number(label);
                *e = Event::Html(CowStr::from(format!(
                    "<div class=\"footnote-definition\" id=\"fn-{n}\"><sup class=\"footnote-definition-label\"><a href=\"#fnref-{n}\">{n}</a></sup>"
                )));
            }
            Event::End(TagEnd::FootnoteDefinition) => *e = Event::Html(CowStr::from("</div>\n")),
            _ => {}
        }
    }
}

/// Rewrites a link or image address for a page at `/bai-viet/<slug>/`: content paths
/// become relative to it, anything unsafe becomes `#`.
fn rewrite(dest: &mut CowStr) {
    match links::classify(dest) {
        links::Target::Content(p) => *dest = CowStr::from(format!("../../{}", p.trim_start_matches("./"))),
        links::Target::Dangerous(_) | links::Target::Outside => *dest = CowStr::from("#"),
        links::Target::Fragment | links::Target::External => {}
    }
}

/// How deep quotes and lists nest in the body.
pub(crate) fn depth(events: &[Event]) -> usize {
    let (mut d, mut max) = (0usize, 0usize);
    for e in events {
        match e {
            Event::Start(Tag::BlockQuote(_) | Tag::List(_) | Tag::Item) => {
                d += 1;
                max = max.max(d);
            }
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item) => d = d.saturating_sub(1),
            _ => {}
        }
    }
    max
}

fn raw_fragments<'a>(events: &'a [Event<'a>]) -> impl Iterator<Item = &'a str> {
    events.iter().filter_map(|e| match e {
        Event::Html(h) | Event::InlineHtml(h) => Some(h.as_ref()),
        _ => None,
    })
}

/// Markdown to HTML, sanitized, with what `policy` allows beyond Markdown.
pub fn render_with(markdown: &str, policy: &Policy) -> Rendered {
    let mut events: Vec<Event> = Parser::new_ext(markdown, options()).collect();
    // Raw HTML from the editor is sanitised; the `<picture>` markup guong adds is not raw.
    let mut had_raw_html = events.iter().any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
    let token = format!("GUONGEMBED{:016x}X", xxhash_rust::xxh3::xxh3_64(markdown.as_bytes()));
    let mut players = Vec::new();
    if had_raw_html && (depth(&events) > MAX_BLOCK_DEPTH || html_depth(raw_fragments(&events)).0 > MAX_HTML_DEPTH) {
        // Too deep to sanitise in reasonable time: the raw HTML is shown as text instead.
        for e in &mut events {
            if let Event::Html(h) | Event::InlineHtml(h) = e {
                *e = Event::Text(h.clone());
            }
        }
        had_raw_html = false;
    } else if had_raw_html {
        for e in &mut events {
            if let Event::Html(h) | Event::InlineHtml(h) = e
                && (h.contains("<iframe") || h.contains("<IFRAME"))
            {
                *h = CowStr::from(super::embed::lift(h, &policy.embed_hosts, &token, &mut players));
            }
        }
    }
    footnotes(&mut events);
    if let Some(images) = policy.images {
        events = pictures(events, images);
    }
    let mut words = 0;
    let mut plain = String::with_capacity(markdown.len());
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
                plain.push_str(t);
                plain.push(' ');
                if let Some((_, buf)) = &mut open {
                    buf.push_str(t);
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => rewrite(dest_url),
            Event::Start(Tag::Image { dest_url, .. }) => {
                rewrite(dest_url);
                // A photo from another host would be a tracking pixel in every feed.
                if !links::image_in_site(dest_url) {
                    *dest_url = CowStr::from("#");
                }
            }
            _ => {}
        }
    }
    let toc = anchors(&mut events, &mut headings);
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    if had_raw_html {
        out = super::embed::restore(&sanitize(&out), &token, &players);
    }
    let reading_minutes = words.div_ceil(WORDS_PER_MINUTE).max(1);
    let terms = crate::text::words::distinct(&plain);
    Rendered { html: out, toc, words, reading_minutes, had_raw_html, terms }
}

/// The headings' anchors, and the table of contents (empty under `TOC_MIN_HEADINGS`): an
/// explicit `{#id}` wins when it is a slug, else the slug of the text, made unique. A
/// counter per base keeps it linear however often one heading repeats.
fn anchors(events: &mut [Event], headings: &mut [(usize, u8, String)]) -> Vec<TocEntry> {
    let mut used: HashSet<String> = HashSet::new();
    let mut next: HashMap<String, usize> = HashMap::new();
    let mut toc = Vec::new();
    for (idx, _, text) in headings.iter_mut() {
        if let Event::Start(Tag::Heading { level, id, classes, attrs }) = &mut events[*idx] {
            // Heading attributes (`{#id .class key=value}`) are an author's way into the
            // markup: only slug ids and classes are kept, never other attributes.
            attrs.clear();
            classes.retain(|c| is_slug(c));
            let explicit = id.as_ref().map(|s| s.to_string()).filter(|s| is_slug(s));
            let base = explicit.unwrap_or_else(|| slugify(text));
            let base = if base.is_empty() { "muc".to_owned() } else { base };
            let unique = unique_anchor(&base, &mut used, &mut next);
            *id = Some(CowStr::from(unique.clone()));
            toc.push(TocEntry { level: *level as u8, id: unique, title: text.trim().to_owned() });
        }
    }
    if toc.len() < TOC_MIN_HEADINGS {
        toc.clear();
    }
    toc
}

/// `base`, or `base-2`, `base-3`, … : the first not yet used. `next` remembers where each
/// base's count stands, so n equal headings take n steps, not n².
fn unique_anchor(base: &str, used: &mut HashSet<String>, next: &mut HashMap<String, usize>) -> String {
    let n = next.entry(base.to_owned()).or_insert(1);
    let mut candidate = if *n == 1 { base.to_owned() } else { format!("{base}-{n}") };
    while !used.insert(candidate.clone()) {
        *n += 1;
        candidate = format!("{base}-{n}");
    }
    *n += 1;
    candidate
}

/// Cleans HTML that came from raw HTML in Markdown: no scripts, handlers or
/// `javascript:` URLs; the structure Markdown itself makes is kept.
///
/// Policy: ammonia's defaults (no `<script>`, `<style>`, `<form>`, `<iframe>`, event
/// handlers, or URL schemes other than http, https, mailto, tel) plus `id`/`class`
/// attributes and `figure`, `section`, `picture`. Allowed video players are handled
/// around it (`embed`).
pub(crate) fn sanitize(html: &str) -> String {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["id", "class"]);
    b.add_tags(["figure", "figcaption", "section", "picture", "source"]);
    b.add_tag_attributes("source", ["type", "srcset", "sizes"]);
    b.add_tag_attributes("img", ["srcset", "sizes", "width", "height", "loading", "decoding"]);
    b.url_schemes(["http", "https", "mailto", "tel"].into_iter().collect());
    // Image addresses (`src`, and each candidate of `srcset`, which ammonia does not
    // read as URLs) only from the site itself.
    b.attribute_filter(|element, attribute, value| match (element, attribute) {
        ("img" | "source", "srcset") => links::srcset_in_site(value).then_some(value.into()),
        ("img", "src") => links::image_in_site(value).then_some(value.into()),
        _ => Some(value.into()),
    });
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
    fn image_sources_and_srcsets_come_from_the_site_only() {
        let r = render(
            "<img src=\"https://evil.example/p.gif\" srcset=\"../../media/a.jpg 1x, https://evil.example/p.gif 2x\" alt=\"a\"><picture><source srcset=\"javascript:alert(1) 1x\"><img src=\"media/a.jpg\" srcset=\"media/a.jpg 480w\" alt=\"b\"></picture>",
        );
        assert!(!r.html.contains("evil.example") && !r.html.contains("javascript:"), "{}", r.html);
        assert!(
            r.html.contains(r#"src="media/a.jpg""#) && r.html.contains(r#"srcset="media/a.jpg 480w""#),
            "{}",
            r.html
        );
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
    fn markdown_links_cannot_run_script_or_leave_content() {
        let r = render(
            "[a](javascript:alert(1)) [b](data:text/html,x) ![c](../../etc/passwd) ![d](media/a.jpg) [e](https://x.vn)",
        );
        assert!(!r.html.contains("javascript:") && !r.html.contains("data:"), "{}", r.html);
        assert!(!r.html.contains("etc/passwd"));
        assert!(r.html.contains(r#"src="../../media/a.jpg""#));
        assert!(r.html.contains(r#"href="https://x.vn""#));
    }

    #[test]
    fn iframes_only_from_allowed_hosts() {
        let md = "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n\n<iframe src=\"https://evil.example/x\"></iframe>\n";
        let none = render(md);
        assert!(!none.html.contains("<iframe"), "{}", none.html);
        let allowed = render_with(md, &Policy { embed_hosts: vec!["www.youtube.com".into()], images: None });
        assert!(allowed.html.contains("src=\"https://www.youtube.com/embed/x\""), "{}", allowed.html);
        assert!(!allowed.html.contains("evil.example"), "{}", allowed.html);
    }

    #[test]
    fn an_allowed_iframe_keeps_nothing_of_what_it_held() {
        // Found by fuzzing (render target): an allowed player kept its content as written.
        let md = "<iframe src=\"https://www.youtube.com/embed/x\" onload=\"y()\"><script>alert(1)</script><a href=\"javascript:x\">l</a></iframe>\n";
        let r = render_with(md, &Policy { embed_hosts: vec!["www.youtube.com".into()], images: None });
        assert!(r.html.contains("<iframe src=\"https://www.youtube.com/embed/x\""), "{}", r.html);
        assert!(
            !r.html.contains("<script") && !r.html.contains("javascript:") && !r.html.contains("onload"),
            "{}",
            r.html
        );
    }

    #[test]
    fn deep_quotes_with_raw_html_stay_linear_and_inert() {
        // Found by fuzzing: 80,000 `>` then raw HTML took 41 s in the sanitiser.
        let md = format!("{} <b onclick=\"x()\">x</b>\n", ">".repeat(80_000));
        let r = render(&md);
        // Shown as text: the sanitiser (the quadratic part) never saw it. No timing: a
        // loaded machine must not fail this test.
        assert!(!r.html.contains("<b onclick"), "the HTML is shown as text");
    }

    #[test]
    fn deeply_nested_raw_html_is_shown_as_text_in_linear_time() {
        // Regression: `<div>` × 100,000 took 109 s in the sanitiser.
        let md = format!("x\n\n{}<b onclick=\"y()\">z</b>\n", "<div>".repeat(100_000));
        let r = render(&md);
        assert!(!r.html.contains("<div") && !r.html.contains("<b onclick"), "shown as text");
        assert_eq!(html_depth(["<div><p>a<br><img src=x/></div><span>b</span>"].into_iter()).0, 1);
        assert_eq!(html_depth(["<div>".repeat(70).as_str()].into_iter()), (70, Some((0, 5 * 64))));
    }

    #[test]
    fn a_heading_repeated_twenty_thousand_times_renders_in_linear_time() {
        // Regression: anchors were made unique by counting up from 1 each time (102 s).
        let md = "## Giới thiệu\n\n".repeat(20_000);
        let r = render(&md);
        assert!(r.html.contains("id=\"gioi-thieu-20000\""));
        assert_eq!(r.toc.len(), 20_000);
    }

    #[test]
    fn heading_attributes_keep_only_slug_ids_and_classes() {
        // Regression: a stored XSS through `{… onfocus=alert(1)}`.
        let r = render("## Giới thiệu {#gioi-thieu tabindex=0 autofocus=autofocus onfocus=alert(1) .dep .\"x}\n");
        assert!(r.html.starts_with("<h2 id=\"gioi-thieu\" class=\"dep\">"), "{}", r.html);
        let r = render("## A {#Ab_C onclick=z}\n");
        assert!(r.html.starts_with("<h2 id=\"a\">"), "{}", r.html);
    }

    #[test]
    fn footnotes_have_ids_of_their_own() {
        let r = render("Một[^a] hai[^b] lại[^a].\n\n## 1\n\n[^b]: chú thích b\n[^a]: chú thích a\n");
        assert!(r.html.contains("<a href=\"#fn-1\">1</a>") && r.html.contains("<a href=\"#fn-2\">2</a>"), "{}", r.html);
        assert!(r.html.contains("id=\"fn-2\"") && r.html.contains("id=\"fn-1\""), "{}", r.html);
        assert!(r.html.contains("<h2 id=\"1\">"), "a heading keeps its own anchor: {}", r.html);
        assert!(!r.had_raw_html, "guong's own markup is not raw HTML");
        assert_eq!(r.html.matches("id=\"fnref-1\"").count(), 1, "cited twice, one id: {}", r.html);
    }

    #[test]
    fn reading_time_rounds_up() {
        let body = "chữ ".repeat(450);
        assert_eq!(render(&body).reading_minutes, 3);
    }

    // Finds of `cargo fuzz run render` (fuzz/fuzz_targets/render.rs). Each one showed that
    // the target's check was too strict, not that the output was unsafe; they pin the
    // output that the check now accepts.

    /// The text `javascript:` (here not a link: its address is never closed) stays text.
    #[test]
    fn the_words_javascript_colon_are_text_not_a_link() {
        assert_eq!(render("javascript:").html, "<p>javascript:</p>\n");
        let r = render("[Bấm vào đây](javascript:alert(document");
        assert!(!r.html.contains("href"), "{}", r.html);
    }

    /// An `<iframe>` without an allowed `src` is removed; what it held is escaped text
    /// that never becomes an attribute or a tag.
    #[test]
    fn an_iframes_content_never_becomes_attributes() {
        let p = Policy { embed_hosts: vec!["www.youtube.com".into()], images: None };
        for md in ["<iframe><\n=", "<iframe></iframea\n="] {
            let html = render_with(md, &p).html;
            assert!(!html.contains("<iframe"), "{md:?}: {html}");
            assert!(!html.contains("<\n") && !html.contains("</iframea"), "{md:?}: {html}");
        }
    }
}
