//! `word/document.xml` as a flat list of tokens (paragraphs, runs of text with their
//! bold/italic/font, breaks, images, links, footnote references, tables, content
//! controls, and the hidden markers `guong forms` writes around each control), read
//! with quick-xml without expanding anything but the five predefined entities and
//! character references.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::BTreeMap;

/// One thing of the document, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token {
    /// A paragraph starts: its style id, outline level, list level and list id
    /// (`numId`: which numbering it follows).
    ParaStart {
        style: String,
        outline: Option<u8>,
        list: Option<u8>,
        num: Option<String>,
    },
    ParaEnd,
    Text {
        text: String,
        bold: bool,
        italic: bool,
        font: Option<String>,
    },
    Tab,
    Break,
    /// An image, by relationship id, with its alternative text (Word's "Alt Text").
    Image {
        id: String,
        alt: String,
    },
    /// A link starts: its relationship id (None for a link inside the document) and the
    /// place in the target it leads to (`w:anchor`).
    LinkStart {
        id: Option<String>,
        anchor: Option<String>,
    },
    LinkEnd,
    Footnote(String),
    /// A hidden marker `⟦tag⟧` (`end`: `⟦/tag⟧`).
    Marker {
        tag: String,
        end: bool,
    },
    SdtStart(usize),
    SdtEnd(usize),
    TableStart,
    TableEnd,
    RowStart,
    RowEnd,
    CellStart,
    CellEnd,
}

/// A content control's properties.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Sdt {
    pub tag: String,
    pub alias: String,
    pub placeholder: bool,
    /// A drop-down list's items: (shown, value).
    pub items: Vec<(String, String)>,
    pub date: bool,
    /// A date control's date as Word stores it (`2024-05-10T00:00:00Z`).
    pub full_date: Option<String>,
}

pub(super) fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local.as_bytes())
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

fn on(e: &BytesStart<'_>) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off"))
}

fn reference(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix('x') {
                Some(h) => u32::from_str_radix(h, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[derive(Default)]
struct RunProps {
    bold: bool,
    italic: bool,
    hidden: bool,
    placeholder: bool,
    font: Option<String>,
}

#[derive(Default)]
struct State {
    tokens: Vec<Token>,
    sdts: Vec<Sdt>,
    open_sdts: Vec<usize>,
    para: Option<usize>,
    in_ppr: bool,
    in_rpr: bool,
    in_sdtpr: bool,
    in_text: bool,
    /// Inside content that is not shown: deleted text, a fallback drawing.
    skip: usize,
    run: RunProps,
    text: String,
    /// Hidden text not yet read as a marker.
    hidden: String,
    /// The alternative text of the drawing being read (its `docPr`).
    alt: Option<String>,
}

impl State {
    fn open(&mut self, e: &BytesStart<'_>, empty: bool) {
        let name = e.local_name();
        let name = std::str::from_utf8(name.as_ref()).unwrap_or_default();
        if self.skip > 0 {
            if !empty && matches!(name, "del" | "Fallback") {
                self.skip += 1;
            }
            return;
        }
        if self.in_sdtpr {
            self.sdt_prop(name, e);
            return;
        }
        match name {
            "del" | "Fallback" if !empty => self.skip = 1,
            "p" => {
                self.para = Some(self.tokens.len());
                self.tokens.push(Token::ParaStart { style: String::new(), outline: None, list: None, num: None });
                if empty {
                    self.tokens.push(Token::ParaEnd);
                }
            }
            "pPr" if !empty => self.in_ppr = true,
            "pStyle" | "outlineLvl" | "ilvl" | "numId" if self.in_ppr && !self.in_rpr => self.para_prop(name, e),
            "numPr" if self.in_ppr && !self.in_rpr => self.para_prop("ilvl", e),
            "r" if !empty => self.run = RunProps::default(),
            "rPr" if !empty => self.in_rpr = true,
            "b" | "i" | "vanish" | "rFonts" | "rStyle" if self.in_rpr && !self.in_ppr => self.run_prop(name, e),
            "t" if !empty => {
                self.in_text = true;
                self.text.clear();
            }
            "tab" if !self.in_ppr => self.tokens.push(Token::Tab),
            "br" | "cr" => self.tokens.push(Token::Break),
            "blip" => self.push_image(attr(e, "embed").or_else(|| attr(e, "link"))),
            "imagedata" => self.push_image(attr(e, "id")),
            "hyperlink" if !empty => {
                self.tokens.push(Token::LinkStart { id: attr(e, "id"), anchor: attr(e, "anchor") })
            }
            "docPr" => self.alt = attr(e, "descr").filter(|d| !d.trim().is_empty()),
            "footnoteReference" => self.tokens.extend(attr(e, "id").map(Token::Footnote)),
            "endnoteReference" => self.tokens.extend(attr(e, "id").map(|id| Token::Footnote(format!("e{id}")))),
            "sdt" if !empty => {
                self.open_sdts.push(self.sdts.len());
                self.tokens.push(Token::SdtStart(self.sdts.len()));
                self.sdts.push(Sdt::default());
            }
            "sdtPr" if !empty => self.in_sdtpr = true,
            "tbl" if !empty => self.tokens.push(Token::TableStart),
            "tr" if !empty => self.tokens.push(Token::RowStart),
            "tc" if !empty => self.tokens.push(Token::CellStart),
            _ => {}
        }
    }

    fn push_image(&mut self, id: Option<String>) {
        if let Some(id) = id {
            let alt = self.alt.take().unwrap_or_default();
            self.tokens.push(Token::Image { id, alt });
        }
    }

    fn para_prop(&mut self, name: &str, e: &BytesStart<'_>) {
        let Some(Token::ParaStart { style, outline, list, num }) = self.para.and_then(|i| self.tokens.get_mut(i))
        else {
            return;
        };
        let val = attr(e, "val");
        match name {
            "pStyle" => *style = val.unwrap_or_default(),
            "outlineLvl" => *outline = val.and_then(|v| v.parse().ok()),
            // List id 0 takes the numbering away (from a list style, say).
            "numId" if val.as_deref() == Some("0") => (*list, *num) = (None, Some("0".to_owned())),
            "numId" => *num = val,
            _ => *list = Some(val.and_then(|v| v.parse().ok()).unwrap_or(list.unwrap_or(0))),
        }
    }

    fn run_prop(&mut self, name: &str, e: &BytesStart<'_>) {
        match name {
            "b" => self.run.bold = on(e),
            "i" => self.run.italic = on(e),
            "vanish" => self.run.hidden = on(e),
            "rStyle" => self.run.placeholder = attr(e, "val").is_some_and(|v| v.contains("Placeholder")),
            _ => self.run.font = attr(e, "ascii").or_else(|| attr(e, "hAnsi")),
        }
    }

    fn sdt_prop(&mut self, name: &str, e: &BytesStart<'_>) {
        let Some(sdt) = self.open_sdts.last().and_then(|&i| self.sdts.get_mut(i)) else {
            return;
        };
        match name {
            "tag" => sdt.tag = attr(e, "val").unwrap_or_default(),
            "alias" => sdt.alias = attr(e, "val").unwrap_or_default(),
            "showingPlcHdr" => sdt.placeholder = on(e),
            "listItem" => {
                let value = attr(e, "value").unwrap_or_default();
                let shown = attr(e, "displayText").unwrap_or_else(|| value.clone());
                sdt.items.push((shown, value));
            }
            "date" => {
                sdt.date = true;
                sdt.full_date = attr(e, "fullDate");
            }
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        if self.skip > 0 {
            if matches!(name, "del" | "Fallback") {
                self.skip -= 1;
            }
            return;
        }
        match name {
            "sdtPr" => self.in_sdtpr = false,
            _ if self.in_sdtpr => {}
            "pPr" => self.in_ppr = false,
            "rPr" => self.in_rpr = false,
            "t" => {
                self.in_text = false;
                let text = std::mem::take(&mut self.text);
                self.push_text(text);
            }
            "p" => {
                self.tokens.push(Token::ParaEnd);
                self.para = None;
            }
            "hyperlink" => self.tokens.push(Token::LinkEnd),
            "sdt" => {
                if let Some(i) = self.open_sdts.pop() {
                    self.tokens.push(Token::SdtEnd(i));
                }
            }
            "tbl" => self.tokens.push(Token::TableEnd),
            "tr" => self.tokens.push(Token::RowEnd),
            "tc" => self.tokens.push(Token::CellEnd),
            _ => {}
        }
    }

    fn push_text(&mut self, text: String) {
        if self.run.hidden {
            // Hidden text is not content; the markers of `guong forms` are. LibreOffice
            // splits a marker into runs (the brackets get a font of their own), so the
            // hidden text is gathered until a marker is whole.
            self.hidden.push_str(&text);
            let buf = std::mem::take(&mut self.hidden);
            let mut rest = buf.as_str();
            while let Some(start) = rest.find('\u{27e6}') {
                let after = &rest[start + '\u{27e6}'.len_utf8()..];
                let Some(stop) = after.find('\u{27e7}') else {
                    self.hidden = rest[start..].to_owned();
                    break;
                };
                let inner = &after[..stop];
                let (tag, end) = match inner.strip_prefix('/') {
                    Some(t) => (t, true),
                    None => (inner, false),
                };
                self.tokens.push(Token::Marker { tag: tag.to_owned(), end });
                rest = &after[stop + '\u{27e7}'.len_utf8()..];
            }
            return;
        }
        if self.run.placeholder || text.is_empty() {
            return;
        }
        let (bold, italic, font) = (self.run.bold, self.run.italic, self.run.font.clone());
        self.tokens.push(Token::Text { text, bold, italic, font });
    }
}

/// The tokens and the content controls of `word/document.xml`.
pub(super) fn document(xml: &str) -> Result<(Vec<Token>, Vec<Sdt>), String> {
    let mut r = Reader::from_str(xml);
    let mut st = State::default();
    loop {
        match r.read_event().map_err(|e| format!("{e} (byte {})", r.buffer_position()))? {
            Event::Start(e) => st.open(&e, false),
            // An empty container opens nothing (`open` closes an empty paragraph itself).
            Event::Empty(e) => st.open(&e, true),
            Event::End(e) => st.close(std::str::from_utf8(e.local_name().as_ref()).unwrap_or_default()),
            Event::Text(t) if st.in_text && st.skip == 0 => {
                st.text.push_str(&t.xml10_content().map_err(|e| e.to_string())?);
            }
            Event::GeneralRef(g) if st.in_text && st.skip == 0 => {
                let name = g.decode().map_err(|e| e.to_string())?;
                st.text.extend(reference(&name));
            }
            Event::CData(c) if st.in_text && st.skip == 0 => {
                st.text.push_str(&String::from_utf8_lossy(&c));
            }
            Event::DocType(_) => return Err("DOCTYPE".to_owned()),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((st.tokens, st.sdts))
}

/// A relationship of a part: its type, its target, and whether the target is outside the
/// package (a linked image, a web address).
pub(super) struct Relationship {
    pub kind: String,
    pub target: String,
    pub external: bool,
}

/// The relationships of a part, by id.
pub(super) fn relationships(xml: &str) -> Result<BTreeMap<String, Relationship>, String> {
    let mut r = Reader::from_str(xml);
    let mut out = BTreeMap::new();
    loop {
        match r.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"Relationship" => {
                if let (Some(id), Some(kind), Some(target)) = (attr(&e, "Id"), attr(&e, "Type"), attr(&e, "Target")) {
                    let external = attr(&e, "TargetMode").is_some_and(|m| m == "External");
                    out.insert(id, Relationship { kind, target, external });
                }
            }
            Event::DocType(_) => return Err("DOCTYPE".to_owned()),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The texts of the footnotes (or endnotes), by id with `prefix` before it.
pub(super) fn footnotes(xml: &str, prefix: &str) -> Result<BTreeMap<String, String>, String> {
    let mut r = Reader::from_str(xml);
    let mut out = BTreeMap::new();
    let (mut id, mut text, mut in_t) = (None::<String>, String::new(), false);
    loop {
        match r.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) if matches!(e.local_name().as_ref(), b"footnote" | b"endnote") => {
                id = attr(&e, "id").map(|i| format!("{prefix}{i}"));
                text.clear();
            }
            Event::Start(e) if e.local_name().as_ref() == b"t" => in_t = true,
            Event::End(e) if e.local_name().as_ref() == b"t" => in_t = false,
            Event::End(e) if e.local_name().as_ref() == b"p" && !text.is_empty() => text.push(' '),
            Event::Text(t) if in_t => text.push_str(&t.xml10_content().map_err(|e| e.to_string())?),
            Event::GeneralRef(g) if in_t => text.extend(reference(&g.decode().map_err(|e| e.to_string())?)),
            Event::End(e) if matches!(e.local_name().as_ref(), b"footnote" | b"endnote") => {
                if let Some(i) = id.take() {
                    out.insert(i, text.trim().to_owned());
                }
            }
            Event::DocType(_) => return Err("DOCTYPE".to_owned()),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_controls_and_markers_become_tokens() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>⟦title⟧</w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="title"/><w:dropDownList><w:listItem w:displayText="A &amp; B" w:value="a"/></w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:rPr><w:b/><w:i w:val="0"/></w:rPr><w:t xml:space="preserve">Chị &#272;ào</w:t></w:r></w:sdtContent></w:sdt></w:p><w:del><w:r><w:t>gone</w:t></w:r></w:del></w:body></w:document>"#;
        let (tokens, sdts) = document(xml).unwrap();
        assert_eq!(sdts[0].tag, "title");
        assert_eq!(sdts[0].items, vec![("A & B".to_owned(), "a".to_owned())]);
        assert!(tokens.contains(&Token::Marker { tag: "title".into(), end: false }));
        assert!(tokens.contains(&Token::Text { text: "Chị Đào".into(), bold: true, italic: false, font: None }));
        assert!(!tokens.iter().any(|t| matches!(t, Token::Text { text, .. } if text == "gone")));
    }

    #[test]
    fn a_marker_split_into_runs_is_whole_again() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>⟦</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="X"/><w:vanish/></w:rPr><w:t>title⟧</w:t></w:r></w:p></w:body></w:document>"#;
        let (tokens, _) = document(xml).unwrap();
        assert_eq!(tokens.iter().filter(|t| matches!(t, Token::Marker { .. })).count(), 1, "{tokens:?}");
    }

    #[test]
    fn a_pictures_alt_text_and_a_links_anchor_are_kept() {
        let xml = r#"<w:document xmlns:w="w" xmlns:wp="wp" xmlns:a="a" xmlns:r="r"><w:body><w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Ảnh 1" descr="Chị Lan bên luống rau"/><a:graphic><a:blip r:embed="rId5"/></a:graphic></wp:inline></w:drawing></w:r><w:hyperlink r:id="rId6" w:anchor="muc-2"><w:r><w:t>xem</w:t></w:r></w:hyperlink></w:p></w:body></w:document>"#;
        let (tokens, _) = document(xml).unwrap();
        assert!(
            tokens.contains(&Token::Image { id: "rId5".into(), alt: "Chị Lan bên luống rau".into() }),
            "{tokens:?}"
        );
        assert!(tokens.contains(&Token::LinkStart { id: Some("rId6".into()), anchor: Some("muc-2".into()) }));
    }

    #[test]
    fn a_doctype_is_refused() {
        assert!(document("<!DOCTYPE x [<!ENTITY a 'b'>]><x/>").is_err());
    }
}
