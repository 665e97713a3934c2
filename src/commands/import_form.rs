//! What a Word file says, as `guong import` reads it: the fields of a filled form (by
//! the hidden markers around each control, or the control's tag), each with its text
//! normalised (NFC, soft hyphens and zero-width characters removed), its drop-down
//! value or date, and its pictures; or, for a free document, its title and body.

use crate::load::docx::{Document, Token, markdown};
use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;

/// One field of a form.
#[derive(Debug, Default, Clone)]
pub(crate) struct Field {
    /// The value: the text typed, the value of the item chosen, a date as YYYY-MM-DD.
    pub value: String,
    /// What the form showed: the text typed, or the item chosen as the list shows it.
    pub shown: String,
    /// Where its tokens are in the document.
    pub range: (usize, usize),
    /// Relationship ids of its pictures.
    pub images: Vec<String>,
}

/// Which form a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FormKind {
    Story,
    Nomination,
    Consent,
    /// A Word document that is not one of guong's forms.
    Free,
}

/// Text as `check` wants it: NFC, without soft hyphens and zero-width characters.
pub(crate) fn clean(s: &str) -> String {
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'))
        .map(|c| if c == '\u{a0}' { ' ' } else { c })
        .collect();
    s.nfc().collect::<String>().trim().to_owned()
}

/// A control's placeholder left as it was ("[Nhập tiêu đề]").
fn is_hint(s: &str) -> bool {
    s.starts_with('[') && s.ends_with(']') && !s[1..].contains('[')
}

/// A date typed or picked, as YYYY-MM-DD; other text as it is.
fn date_value(text: &str, full: Option<&str>) -> String {
    if let Some(d) = full.and_then(|f| f.get(..10)).filter(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
    {
        return d.to_owned();
    }
    for f in ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"] {
        if let Ok(d) = chrono::NaiveDate::parse_from_str(text.trim(), f) {
            return d.to_string();
        }
    }
    text.to_owned()
}

fn field_of(doc: &Document, start: usize, end: usize) -> Field {
    let tokens = &doc.tokens[start..end];
    let text = clean(&markdown::plain(tokens));
    let sdt = tokens.iter().find_map(|t| match t {
        Token::SdtStart(i) => doc.sdts.get(*i),
        _ => None,
    });
    let images = tokens
        .iter()
        .filter_map(|t| match t {
            Token::Image { id, .. } => Some(id.clone()),
            _ => None,
        })
        .collect();
    let mut value = if is_hint(&text) { String::new() } else { text };
    let shown = value.clone();
    if let Some(s) = sdt {
        if !s.items.is_empty() && !value.is_empty() {
            let key = value.to_lowercase();
            if let Some((_, v)) = s.items.iter().find(|(shown, v)| clean(shown).to_lowercase() == key || v == &value) {
                value = v.clone();
            }
        } else if s.date && (!value.is_empty() || s.full_date.is_some()) {
            value = date_value(&value, s.full_date.as_deref());
        }
    }
    Field { value, shown, range: (start, end), images }
}

/// The fields of a form, by key: between the markers `⟦key⟧ … ⟦/key⟧`, or in a control
/// tagged `key` (Word keeps tags; LibreOffice 7.4 drops them but keeps the markers).
pub(crate) fn fields(doc: &Document) -> BTreeMap<String, Field> {
    let mut out = BTreeMap::new();
    let mut open: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if let Token::Marker { tag, end } = t {
            if !*end {
                open.insert(tag, i + 1);
            } else if let Some(s) = open.remove(tag.as_str()) {
                out.insert(tag.clone(), field_of(doc, s, i));
            }
        }
    }
    for (i, t) in doc.tokens.iter().enumerate() {
        if let Token::SdtStart(n) = t {
            let tag = &doc.sdts[*n].tag;
            if tag.is_empty() || out.contains_key(tag) {
                continue;
            }
            if let Some(e) = doc.tokens[i..].iter().position(|t| *t == Token::SdtEnd(*n)) {
                out.insert(tag.clone(), field_of(doc, i + 1, i + e));
            }
        }
    }
    out
}

/// Which form the fields are.
pub(crate) fn kind(fields: &BTreeMap<String, Field>) -> FormKind {
    if fields.contains_key("consent.given") {
        FormKind::Consent
    } else if fields.contains_key("proposed.by") {
        FormKind::Nomination
    } else if fields.contains_key("title") && fields.contains_key("body") {
        FormKind::Story
    } else {
        FormKind::Free
    }
}

/// A free document's title (the Title paragraph, else the first heading, else the first
/// paragraph) and the index range of that paragraph.
pub(crate) fn free_title(doc: &Document) -> Option<(String, usize, usize)> {
    let paras: Vec<(usize, usize, &str, Option<u8>)> = doc
        .tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            Token::ParaStart { style, outline, .. } => {
                let end = doc.tokens[i..].iter().position(|t| *t == Token::ParaEnd)? + i;
                Some((i, end, style.as_str(), *outline))
            }
            _ => None,
        })
        .filter(|(s, e, ..)| !clean(&markdown::plain(&doc.tokens[*s..*e])).is_empty())
        .collect();
    let pick = paras
        .iter()
        .find(|p| markdown::is_title(p.2))
        .or_else(|| paras.iter().find(|p| markdown::heading_level(p.2, p.3).is_some()))
        .or_else(|| paras.first())?;
    Some((clean(&markdown::plain(&doc.tokens[pick.0..pick.1])), pick.0, pick.1))
}

/// A string as YAML writes it (JSON's double-quoted string is valid YAML).
pub(crate) fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_normalised() {
        assert_eq!(clean(" Ho\u{ad}a\u{200b} Lê Thi\u{323} "), "Hoa Lê Thị");
        assert!(is_hint("[Nhập tiêu đề]"));
        assert_eq!(date_value("05/03/2024", None), "2024-03-05");
        assert_eq!(date_value("x", Some("2024-05-10T00:00:00Z")), "2024-05-10");
    }
}
