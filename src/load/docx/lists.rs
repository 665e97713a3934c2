//! Lists: which paragraphs are list items by their style (`word/styles.xml`), and which
//! lists show numbers rather than bullets (`word/numbering.xml`).

use super::Token;
use super::parse::attr;
use quick_xml::Reader;
use quick_xml::events::Event;
use std::collections::{BTreeMap, BTreeSet};

/// A paragraph style's list: its list id and level.
type StyleList = (String, u8);

/// The paragraph styles that make a list item (`List Number`, `List Bullet`…), their own
/// or from the style they are based on.
pub(super) fn styles(xml: &str) -> Result<BTreeMap<String, StyleList>, String> {
    let mut r = Reader::from_str(xml);
    let (mut own, mut based) = (BTreeMap::new(), BTreeMap::new());
    let (mut id, mut num, mut lvl) = (None::<String>, None::<String>, 0u8);
    loop {
        match r.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) if e.local_name().as_ref() == b"style" => {
                (id, num, lvl) = (attr(&e, "styleId"), None, 0);
            }
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"basedOn" => {
                    if let (Some(i), Some(b)) = (&id, attr(&e, "val")) {
                        based.insert(i.clone(), b);
                    }
                }
                b"numId" => num = attr(&e, "val"),
                b"ilvl" => lvl = attr(&e, "val").and_then(|v| v.parse().ok()).unwrap_or(0),
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == b"style" => {
                if let (Some(i), Some(n)) = (id.take(), num.take()) {
                    own.insert(i, (n, lvl));
                }
            }
            Event::DocType(_) => return Err("DOCTYPE".to_owned()),
            Event::Eof => break,
            _ => {}
        }
    }
    let mut out = own.clone();
    for start in based.keys() {
        let mut s = start;
        // A few steps up the chain at most: a loop of styles ends it.
        for _ in 0..8 {
            if let Some(found) = own.get(s) {
                out.entry(start.clone()).or_insert_with(|| found.clone());
                break;
            }
            match based.get(s) {
                Some(b) => s = b,
                None => break,
            }
        }
    }
    out.retain(|_, (n, _)| n != "0");
    Ok(out)
}

/// Paragraphs that are list items by their style alone become list items.
pub(super) fn apply_styles(tokens: &mut [Token], styles: &BTreeMap<String, StyleList>) {
    for t in tokens {
        if let Token::ParaStart { style, list: list @ None, num: num @ None, .. } = t
            && let Some((n, l)) = styles.get(style.as_str())
        {
            (*list, *num) = (Some(*l), Some(n.clone()));
        }
    }
}

/// The (list id, level) pairs whose items are numbered: a number format other than
/// `bullet` or `none`.
pub(super) fn ordered(xml: &str) -> Result<BTreeSet<(String, u8)>, String> {
    let mut r = Reader::from_str(xml);
    // Abstract list id → the levels that are numbered; list id → abstract list id.
    let mut abstracts: BTreeMap<String, BTreeSet<u8>> = BTreeMap::new();
    let mut nums: BTreeMap<String, String> = BTreeMap::new();
    let (mut abs, mut num, mut lvl) = (None::<String>, None::<String>, None::<u8>);
    loop {
        match r.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"abstractNum" => abs = attr(&e, "abstractNumId"),
                b"lvl" => lvl = attr(&e, "ilvl").and_then(|v| v.parse().ok()),
                b"numFmt" => {
                    let numbered = !matches!(attr(&e, "val").as_deref(), Some("bullet" | "none") | None);
                    if let (Some(a), Some(l), true) = (&abs, lvl, numbered) {
                        abstracts.entry(a.clone()).or_default().insert(l);
                    }
                }
                b"num" => num = attr(&e, "numId"),
                b"abstractNumId" => {
                    if let (Some(n), Some(a)) = (&num, attr(&e, "val")) {
                        nums.insert(n.clone(), a);
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"abstractNum" => abs = None,
                b"lvl" => lvl = None,
                b"num" => num = None,
                _ => {}
            },
            Event::DocType(_) => return Err("DOCTYPE".to_owned()),
            Event::Eof => break,
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    for (n, a) in nums {
        for l in abstracts.get(&a).into_iter().flatten() {
            out.insert((n.clone(), *l));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_levels_and_list_styles() {
        let numbering = r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="4"/></w:num></w:numbering>"#;
        let o = ordered(numbering).unwrap();
        assert_eq!(o.into_iter().collect::<Vec<_>>(), vec![("7".to_owned(), 0)]);
        let styles_xml = r#"<w:styles xmlns:w="w"><w:style w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:styleId="ListNumber2"><w:basedOn w:val="ListNumber"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:styleId="Mine"><w:basedOn w:val="ListNumber"/></w:style><w:style w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style></w:styles>"#;
        let s = styles(styles_xml).unwrap();
        assert_eq!(s["ListNumber"], ("7".to_owned(), 0));
        assert_eq!(s["ListNumber2"], ("7".to_owned(), 1));
        assert_eq!(s["Mine"], ("7".to_owned(), 0));
        assert!(!s.contains_key("Loop"));
    }
}
