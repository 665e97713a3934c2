//! The search index: compact JSON that the search page loads only when a resident uses
//! the search box. Units and fields are numbered once instead of repeated per story;
//! texts stay as written (the script folds diacritics itself, so "dong tien" finds
//! "Đồng Tiến" without shipping every text twice).

use serde::Serialize;

/// Characters of a summary kept for searching and showing.
pub const SUMMARY_CHARS: usize = 160;

#[derive(Serialize)]
pub struct Index<'a> {
    /// Format version, for the script.
    pub v: u8,
    /// Story URL prefix (absolute), to which each story's slug and `/` are added.
    pub base: String,
    /// Unit full names; stories refer to them by position.
    pub units: Vec<&'a str>,
    pub fields: Vec<&'a str>,
    /// [slug, title, exemplar's name, unit, field, date "dd/mm/yyyy", summary]
    pub stories: Vec<(&'a str, &'a str, &'a str, usize, usize, String, String)>,
}

pub fn cut(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cuts_on_characters() {
        assert_eq!(super::cut("Đồng Tiến", 4), "Đồng…");
        assert_eq!(super::cut("ab", 4), "ab");
    }
}
