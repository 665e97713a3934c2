//! The URL scheme of DESIGN.md, in one place. Paths start with `/` and are relative
//! to an outlet's `base_url`.

pub(crate) const SITE_FEED: &str = "/rss.xml";
pub(crate) const COMMUNES: &str = "/dia-phuong/";
pub(crate) const COLUMNS: &str = "/chuyen-muc/";
pub(crate) const SEARCH: &str = "/tim-kiem/";
/// The folder of the search index's files (`assemble::search`).
pub(crate) const SEARCH_INDEX: &str = "/tim-kiem/chi-muc/";
pub(crate) const SEARCH_SCRIPT: &str = "/tim-kiem/tim-kiem.js";
pub(crate) const FOLLOW: &str = "/theo-doi/";
pub(crate) const OPML: &str = "/theo-doi/nguon-tin.opml";
/// A province view's list of its communes' feeds (`gather:`).
pub(crate) const SOURCES_OPML: &str = "/theo-doi/cac-xa.opml";

pub(crate) fn story(slug: &str) -> String {
    format!("/bai-viet/{slug}/")
}

/// The story as read aloud on the loudspeakers: plain UTF-8 text beside its page.
pub(crate) fn story_script(slug: &str) -> String {
    format!("/bai-viet/{slug}/doc-tren-loa.txt")
}

/// What to share on Zalo and Facebook: the post's text, a square image (1080×1080) and
/// the Open Graph card (1200×630).
pub(crate) fn story_share(slug: &str, what: &str) -> String {
    format!("/bai-viet/{slug}/{what}")
}
pub(crate) const SHARE_TEXT: &str = "chia-se.txt";
pub(crate) const SHARE_SQUARE: &str = "anh-vuong.jpg";
pub(crate) const SHARE_CARD: &str = "anh-chia-se.jpg";
/// The outlet's own Open Graph card (1200×630), for the pages without a picture of their own.
pub(crate) const OUTLET_CARD: &str = "/anh-chia-se.jpg";

/// The story's one-page A4 sheet, to print.
pub(crate) fn story_sheet(slug: &str) -> String {
    format!("/bai-viet/{slug}/in/")
}

pub(crate) const BULLETINS: &str = "/ban-tin/";

/// The year's booklet (kỷ yếu) of the selected exemplars, to print.
pub(crate) fn booklet(year: i32) -> String {
    format!("/ky-yeu/{year}/")
}

/// The exemplars' index ("gương": the exemplar, as in *gương điển hình*).
pub(crate) const EXEMPLARS: &str = "/guong/";

/// An exemplar's profile page.
pub(crate) fn exemplar(id: &str) -> String {
    format!("{EXEMPLARS}{id}/")
}

/// An exemplar's own feed: its stories.
pub(crate) fn exemplar_feed(id: &str) -> String {
    format!("{EXEMPLARS}{id}/rss.xml")
}

/// A column's weekly bulletin (ISO week): its printable page, and its text with `text`.
pub(crate) fn bulletin(column: &str, year: i32, week: u32, text: bool) -> String {
    let file = if text { "ban-tin.txt" } else { "" };
    format!("{BULLETINS}{column}/{year}-tuan-{week:02}/{file}")
}

fn paged(prefix: &str, id: &str, page: usize) -> String {
    if page <= 1 { format!("{prefix}{id}/") } else { format!("{prefix}{id}/trang/{page}/") }
}

pub(crate) fn column(id: &str, page: usize) -> String {
    paged(COLUMNS, id, page)
}

pub(crate) fn commune(id: &str, page: usize) -> String {
    paged(COMMUNES, id, page)
}

pub(crate) fn column_feed(id: &str) -> String {
    format!("{COLUMNS}{id}/rss.xml")
}

pub(crate) fn commune_feed(id: &str) -> String {
    format!("{COMMUNES}{id}/rss.xml")
}

/// The file that serves a URL path: `/a/b/` → `a/b/index.html`.
pub(crate) fn file_for(path: &str) -> String {
    let p = path.trim_start_matches('/');
    if p.is_empty() || p.ends_with('/') { format!("{p}index.html") } else { p.to_owned() }
}

/// From a page at URL path `path` back to the outlet root: `/a/b/` → `../../`.
pub(crate) fn to_root(path: &str) -> String {
    let depth = path.trim_start_matches('/').matches('/').count();
    "../".repeat(depth)
}

/// A file of the search index.
pub(crate) fn search_file(name: &str) -> String {
    format!("{SEARCH_INDEX}{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_follow_the_contract() {
        assert_eq!(story("a"), "/bai-viet/a/");
        assert_eq!(column("y-te", 1), "/chuyen-muc/y-te/");
        assert_eq!(commune("tho-tan", 3), "/dia-phuong/tho-tan/trang/3/");
        assert_eq!(commune_feed("tho-tan"), "/dia-phuong/tho-tan/rss.xml");
        assert_eq!(file_for("/"), "index.html");
        assert_eq!(file_for("/bai-viet/a/"), "bai-viet/a/index.html");
        assert_eq!(file_for("/rss.xml"), "rss.xml");
        assert_eq!(to_root("/bai-viet/a/"), "../../");
        assert_eq!(to_root("/"), "");
    }
}
