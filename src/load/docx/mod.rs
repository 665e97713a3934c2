//! Reading a Word file (`.docx`) for `guong import`, defensively: what the bytes are is
//! checked before anything is unpacked (an empty file, an old `.doc` or a
//! password-protected file, which are OLE containers, an Excel or PowerPoint file
//! renamed), the package is read within limits (a zip bomb stops at the limit), and the
//! document becomes a flat list of tokens (`parse`) that the import reads as a filled
//! form (by the tags and markers of its controls) or as a free document (`markdown`).

mod legacy;
mod lists;
pub(crate) mod markdown;
mod parse;

pub(crate) use parse::{Sdt, Token};
use std::collections::BTreeMap;
use std::io::Read;

/// The most a `.docx` file may weigh.
pub(crate) const MAX_FILE: u64 = 64 * 1024 * 1024;
/// The most the parts read may hold once unpacked, together.
pub(crate) const MAX_UNPACKED: u64 = 256 * 1024 * 1024;
/// The most one XML part may hold once unpacked.
const MAX_XML: u64 = 32 * 1024 * 1024;
/// The most entries a package may have.
const MAX_ENTRIES: usize = 10_000;

/// Why a file cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    Empty,
    TooLarge(u64),
    /// An OLE container: a password-protected (encrypted) Word file.
    Encrypted,
    /// An OLE container without encryption: a Word 97-2003 `.doc`.
    OldDoc,
    NotZip,
    /// A package of another kind: "Excel", "PowerPoint".
    OtherOffice(&'static str),
    NotWord,
    /// Unpacking went over `MAX_UNPACKED` (or a part over its limit): a zip bomb.
    Bomb(String),
    /// The package is damaged: the part, and what failed.
    Damaged(String, String),
    /// An image Word can hold but the web cannot show (EMF, WMF, …): its part name.
    Image(String),
}

/// An image of the document: its part name and bytes.
#[derive(Debug, Clone)]
pub(crate) struct Media {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A Word document, read.
#[derive(Debug, Default)]
pub(crate) struct Document {
    pub tokens: Vec<Token>,
    pub sdts: Vec<Sdt>,
    /// Relationship id → image.
    pub images: BTreeMap<String, Media>,
    /// Relationship id → link target.
    pub links: BTreeMap<String, String>,
    /// Footnote id → its text (an endnote's id is `e` and its number).
    pub footnotes: BTreeMap<String, String>,
    /// Numbered lists: (list id, level) whose numbers are shown (not bullets).
    pub ordered: std::collections::BTreeSet<(String, u8)>,
    /// Pictures linked to files outside the document (not in it): their addresses.
    pub linked: Vec<String>,
    /// The legacy fonts whose text was converted to Unicode, with their encoding's name.
    pub converted: Vec<(String, &'static str)>,
}

/// Converts the text of runs in legacy Vietnamese fonts (TCVN3, VNI) to Unicode, font by
/// font, leaving a font's text as it is when some of it is Unicode Vietnamese already.
fn convert_legacy(tokens: &mut [Token]) -> Vec<(String, &'static str)> {
    let mut fonts: BTreeMap<String, bool> = BTreeMap::new();
    for t in tokens.iter() {
        if let Token::Text { font: Some(f), text, .. } = t
            && legacy::encoding(f).is_some()
        {
            *fonts.entry(f.clone()).or_insert(true) &= !legacy::is_unicode_vietnamese(text);
        }
    }
    let mut converted = Vec::new();
    for t in tokens.iter_mut() {
        if let Token::Text { font: Some(f), text, .. } = t
            && fonts.get(f.as_str()) == Some(&true)
        {
            let new = legacy::convert(f, text);
            if new != *text {
                *text = new;
                if let Some(enc) = legacy::encoding(f)
                    && !converted.iter().any(|(c, _)| c == f)
                {
                    converted.push((f.clone(), enc.name()));
                }
            }
        }
    }
    converted
}

fn sniff(bytes: &[u8]) -> Result<(), Refusal> {
    if bytes.is_empty() {
        return Err(Refusal::Empty);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        // An encrypted OOXML file is an OLE container with an `EncryptedPackage` stream.
        let name: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let encrypted = bytes.windows(name.len()).any(|w| w == name.as_slice());
        return Err(if encrypted { Refusal::Encrypted } else { Refusal::OldDoc });
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(Refusal::NotZip);
    }
    Ok(())
}

/// Reads a package's part within the limits; `budget` is what remains of `MAX_UNPACKED`.
fn part<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
    limit: u64,
    budget: &mut u64,
) -> Result<Option<Vec<u8>>, Refusal> {
    let mut f = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(Refusal::Damaged(name.to_owned(), e.to_string())),
    };
    let cap = limit.min(*budget);
    if f.size() > cap {
        return Err(Refusal::Bomb(name.to_owned()));
    }
    let mut out = Vec::new();
    // The declared size may lie: read one byte more than allowed, to know.
    (&mut f).take(cap + 1).read_to_end(&mut out).map_err(|e| Refusal::Damaged(name.to_owned(), e.to_string()))?;
    if out.len() as u64 > cap {
        return Err(Refusal::Bomb(name.to_owned()));
    }
    *budget -= out.len() as u64;
    Ok(Some(out))
}

fn text_part<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
    budget: &mut u64,
) -> Result<Option<String>, Refusal> {
    match part(zip, name, MAX_XML, budget)? {
        None => Ok(None),
        Some(b) => String::from_utf8(b).map(Some).map_err(|_| Refusal::Damaged(name.to_owned(), "UTF-8".to_owned())),
    }
}

/// Reads a `.docx` file's bytes.
pub(crate) fn read(bytes: &[u8]) -> Result<Document, Refusal> {
    sniff(bytes)?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(Refusal::TooLarge(bytes.len() as u64));
    }
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| Refusal::Damaged(String::new(), e.to_string()))?;
    if zip.len() > MAX_ENTRIES {
        return Err(Refusal::Bomb(format!("{} entries", zip.len())));
    }
    let names: Vec<String> = zip.file_names().map(str::to_owned).collect();
    if names.iter().any(|n| n.starts_with("xl/")) {
        return Err(Refusal::OtherOffice("Excel"));
    }
    if names.iter().any(|n| n.starts_with("ppt/")) {
        return Err(Refusal::OtherOffice("PowerPoint"));
    }
    let mut budget = MAX_UNPACKED;
    let Some(xml) = text_part(&mut zip, "word/document.xml", &mut budget)? else {
        return Err(Refusal::NotWord);
    };
    let rels = text_part(&mut zip, "word/_rels/document.xml.rels", &mut budget)?.unwrap_or_default();
    let rels = parse::relationships(&rels).map_err(|e| Refusal::Damaged("word/_rels/document.xml.rels".into(), e))?;
    let (mut tokens, sdts) = parse::document(&xml).map_err(|e| Refusal::Damaged("word/document.xml".into(), e))?;
    let converted = convert_legacy(&mut tokens);
    let mut doc = Document { tokens, sdts, converted, ..Document::default() };
    for (id, rel) in rels {
        if rel.kind.ends_with("/hyperlink") {
            doc.links.insert(id, rel.target);
        } else if rel.kind.ends_with("/image")
            && doc.tokens.iter().any(|t| matches!(t, Token::Image { id: r, .. } if *r == id))
        {
            if rel.external {
                // A picture linked to a file on the writer's computer: not in the package.
                doc.linked.push(rel.target);
                continue;
            }
            let name = resolve(&rel.target);
            let ext = name.rsplit('.').next().unwrap_or_default().to_ascii_lowercase();
            if !matches!(ext.as_str(), "png" | "jpg" | "jpeg" | "gif" | "webp") {
                return Err(Refusal::Image(name));
            }
            let bytes = part(&mut zip, &name, MAX_UNPACKED, &mut budget)?
                .ok_or_else(|| Refusal::Damaged(name.clone(), "missing".to_owned()))?;
            doc.images.insert(id, Media { name, bytes });
        }
    }
    for (name, prefix) in [("word/footnotes.xml", ""), ("word/endnotes.xml", "e")] {
        if let Some(notes) = text_part(&mut zip, name, &mut budget)? {
            let notes = parse::footnotes(&notes, prefix).map_err(|e| Refusal::Damaged(name.into(), e))?;
            doc.footnotes.extend(notes);
        }
    }
    let styles = text_part(&mut zip, "word/styles.xml", &mut budget)?.unwrap_or_default();
    let styles = lists::styles(&styles).map_err(|e| Refusal::Damaged("word/styles.xml".into(), e))?;
    lists::apply_styles(&mut doc.tokens, &styles);
    if let Some(numbering) = text_part(&mut zip, "word/numbering.xml", &mut budget)? {
        doc.ordered = lists::ordered(&numbering).map_err(|e| Refusal::Damaged("word/numbering.xml".into(), e))?;
    }
    Ok(doc)
}

/// A relationship target of `word/document.xml` as a part name.
fn resolve(target: &str) -> String {
    match target.strip_prefix('/') {
        Some(abs) => abs.to_owned(),
        None => {
            let mut parts: Vec<&str> = vec!["word"];
            for seg in target.split('/') {
                match seg {
                    ".." => {
                        parts.pop();
                    }
                    "." | "" => {}
                    s => parts.push(s),
                }
            }
            parts.join("/")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_bytes_are_is_known_before_unpacking() {
        assert_eq!(read(b"").unwrap_err(), Refusal::Empty);
        assert_eq!(read(b"hello").unwrap_err(), Refusal::NotZip);
        let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        assert_eq!(read(&ole).unwrap_err(), Refusal::OldDoc);
        ole.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(read(&ole).unwrap_err(), Refusal::Encrypted);
        assert_eq!(resolve("media/image1.png"), "word/media/image1.png");
        assert_eq!(resolve("../media/a.png"), "media/a.png");
    }
}
