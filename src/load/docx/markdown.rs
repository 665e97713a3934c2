//! Tokens of a Word document as Markdown (headings by style or outline level, lists,
//! tables, bold and italic, links, footnotes, images) or as plain text (a form's field).

use super::{Document, Token};

/// Plain text: runs joined, a tab as a space, a line break as `\n`, paragraphs on
/// lines of their own.
pub(crate) fn plain(tokens: &[Token]) -> String {
    let mut s = String::new();
    for t in tokens {
        match t {
            Token::Text { text, .. } => s.push_str(text),
            Token::Tab => s.push(' '),
            Token::Break => s.push('\n'),
            Token::ParaEnd if !s.is_empty() && !s.ends_with('\n') => s.push('\n'),
            _ => {}
        }
    }
    s.trim().to_owned()
}

/// The heading level of a paragraph (1-6), from its outline level or its style.
pub(crate) fn heading_level(style: &str, outline: Option<u8>) -> Option<u8> {
    if let Some(o) = outline.filter(|o| *o < 9) {
        return Some((o + 1).min(6));
    }
    let s = style.to_ascii_lowercase();
    let n = s.strip_prefix("heading").or_else(|| s.strip_prefix("heading ")).and_then(|n| n.trim().parse::<u8>().ok());
    n.filter(|n| (1..=9).contains(n)).map(|n| n.min(6))
}

/// Whether a paragraph's style is the document's title.
pub(crate) fn is_title(style: &str) -> bool {
    style.eq_ignore_ascii_case("title")
}

fn escape(text: &str, line_start: bool) -> String {
    let mut s = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '`' | '|')
            || (i == 0 && line_start && matches!(c, '#' | '-' | '+'))
        {
            s.push('\\');
        }
        s.push(c);
    }
    s
}

/// Markdown of a paragraph's inline tokens. `image` gives the Markdown path of an
/// image (by relationship id); footnotes are numbered into `notes`.
struct Inline<'a> {
    doc: &'a Document,
    image: &'a mut dyn FnMut(&str) -> Option<String>,
    notes: Vec<String>,
}

impl Inline<'_> {
    fn runs(&mut self, tokens: &[Token]) -> String {
        let mut out = String::new();
        let mut link: Option<(Option<String>, String)> = None;
        for t in tokens {
            let piece = match t {
                Token::Text { text, bold, italic, .. } => {
                    let body = escape(text, out.is_empty());
                    let trimmed = body.trim();
                    if trimmed.is_empty() || !(*bold || *italic) {
                        body
                    } else {
                        let m = match (bold, italic) {
                            (true, true) => "***",
                            (true, false) => "**",
                            _ => "_",
                        };
                        let lead = &body[..body.len() - body.trim_start().len()];
                        let tail = &body[body.trim_end().len()..];
                        format!("{lead}{m}{trimmed}{m}{tail}")
                    }
                }
                Token::Tab => " ".to_owned(),
                Token::Break => "  \n".to_owned(),
                Token::Image { id, alt } => match (self.image)(id) {
                    Some(path) => format!("![{}]({path})", escape(&alt.replace(['\n', '\r'], " "), false)),
                    None => String::new(),
                },
                Token::Footnote(id) => {
                    let text = self.doc.footnotes.get(id).cloned().unwrap_or_default();
                    self.notes.push(text);
                    format!("[^{}]", self.notes.len())
                }
                Token::LinkStart { id, anchor } => {
                    let target = id.as_ref().and_then(|i| self.doc.links.get(i)).map(|url| match anchor {
                        Some(a) if !url.contains('#') => format!("{url}#{a}"),
                        _ => url.clone(),
                    });
                    link = Some((target, String::new()));
                    continue;
                }
                Token::LinkEnd => match link.take() {
                    Some((Some(url), text)) if url.starts_with("http") || url.starts_with("mailto:") => {
                        format!("[{text}]({})", url.replace(' ', "%20").replace(')', "%29"))
                    }
                    Some((_, text)) => text,
                    None => String::new(),
                },
                _ => String::new(),
            };
            match &mut link {
                Some((_, text)) => text.push_str(&piece),
                None => out.push_str(&piece),
            }
        }
        if let Some((_, text)) = link {
            out.push_str(&text);
        }
        out.trim().to_owned()
    }
}

/// Splits tokens into paragraphs and tables at the top level: (start, end) ranges.
fn blocks(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let end = match &tokens[i] {
            Token::ParaStart { .. } => tokens[i..].iter().position(|t| *t == Token::ParaEnd).map(|p| i + p),
            Token::TableStart => {
                let mut depth = 0usize;
                tokens[i..]
                    .iter()
                    .position(|t| {
                        match t {
                            Token::TableStart => depth += 1,
                            Token::TableEnd => depth -= 1,
                            _ => {}
                        }
                        depth == 0
                    })
                    .map(|p| i + p)
            }
            _ => None,
        };
        match end {
            Some(e) => {
                out.push((i, e));
                i = e + 1;
            }
            None => i += 1,
        }
    }
    out
}

fn table(md: &mut Inline<'_>, tokens: &[Token]) -> String {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut cell: Option<Vec<String>> = None;
    for (s, e) in blocks_in_cells(tokens) {
        match s {
            CellPart::RowStart => rows.push(Vec::new()),
            CellPart::CellStart => cell = Some(Vec::new()),
            CellPart::Para => {
                if let Some(c) = &mut cell {
                    c.push(md.runs(e));
                }
            }
            CellPart::CellEnd => {
                if let (Some(c), Some(r)) = (cell.take(), rows.last_mut()) {
                    r.push(c.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join("<br>"));
                }
            }
        }
    }
    // Rows with nothing written in them (a layout table's spacer, an empty table) go.
    rows.retain(|r| r.iter().any(|c| !c.trim().is_empty()));
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    for (i, r) in rows.iter().enumerate() {
        let mut cells = r.clone();
        cells.resize(width, String::new());
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
        if i == 0 {
            out.push_str(&format!("|{}\n", " --- |".repeat(width)));
        }
    }
    out
}

enum CellPart {
    RowStart,
    CellStart,
    Para,
    CellEnd,
}

/// A table's rows, cells and their paragraphs (nested tables flattened into their cell).
fn blocks_in_cells(tokens: &[Token]) -> Vec<(CellPart, &[Token])> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut para: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        match t {
            Token::TableStart => depth += 1,
            Token::TableEnd => depth -= 1,
            Token::RowStart if depth == 1 => out.push((CellPart::RowStart, &tokens[i..i])),
            Token::CellStart if depth == 1 => out.push((CellPart::CellStart, &tokens[i..i])),
            Token::CellEnd if depth == 1 => out.push((CellPart::CellEnd, &tokens[i..i])),
            Token::ParaStart { .. } => para = Some(i),
            Token::ParaEnd => {
                if let Some(s) = para.take() {
                    out.push((CellPart::Para, &tokens[s..i]));
                }
            }
            _ => {}
        }
    }
    out
}

/// The list being written: for each level, its marker's width and its items' count.
#[derive(Default)]
struct List {
    open: bool,
    levels: Vec<(usize, u32)>,
}

impl List {
    /// A list item at `level`, indented under its parents' markers (a numbered item `1. `
    /// a bullet `- `).
    fn item(&mut self, level: u8, ordered: bool, text: &str) -> String {
        let level = usize::from(level.min(8));
        self.levels.truncate(level + 1);
        while self.levels.len() <= level {
            self.levels.push((2, 0));
        }
        let indent: usize = self.levels[..level].iter().map(|(w, _)| w).sum();
        let (width, count) = &mut self.levels[level];
        *count += 1;
        let marker = if ordered { format!("{count}. ") } else { "- ".to_owned() };
        *width = marker.len();
        format!("{}{marker}{text}", " ".repeat(indent))
    }
}

/// Markdown of a document (or a part of one); the title paragraph (if `title` is given,
/// its index) is left out.
pub(crate) fn markdown(doc: &Document, tokens: &[Token], image: &mut dyn FnMut(&str) -> Option<String>) -> String {
    let mut md = Inline { doc, image, notes: Vec::new() };
    let mut out: Vec<String> = Vec::new();
    let mut list = List::default();
    for (s, e) in blocks(tokens) {
        let block = match &tokens[s] {
            Token::TableStart => table(&mut md, &tokens[s..=e]),
            Token::ParaStart { style, outline, list: level, num } => {
                let text = md.runs(&tokens[s + 1..e]);
                if text.is_empty() {
                    continue;
                }
                if let Some(l) = heading_level(style, *outline).or(is_title(style).then_some(1)) {
                    format!("{} {}", "#".repeat(l as usize), text.replace("  \n", " "))
                } else if let Some(level) = level {
                    let ordered = num.as_ref().is_some_and(|n| doc.ordered.contains(&(n.clone(), *level)));
                    let item = list.item(*level, ordered, &text);
                    match out.last_mut() {
                        Some(last) if list.open => {
                            last.push('\n');
                            last.push_str(&item);
                        }
                        _ => out.push(item),
                    }
                    list.open = true;
                    continue;
                } else {
                    text
                }
            }
            _ => continue,
        };
        list = List::default();
        if !block.is_empty() {
            out.push(block.trim_end().to_owned());
        }
    }
    for (i, n) in md.notes.iter().enumerate() {
        out.push(format!("[^{}]: {}", i + 1, escape(n, false)));
    }
    out.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_lists_emphasis_and_tables() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Mục</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>một</w:t></w:r><w:r><w:t xml:space="preserve"> *hai*</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#;
        let (tokens, sdts) = super::super::parse::document(xml).unwrap();
        let doc = Document { tokens: tokens.clone(), sdts, ..Document::default() };
        let md = markdown(&doc, &tokens, &mut |_| None);
        assert_eq!(md, "## Mục\n\n- **một** \\*hai\\*\n\n| a | b |\n| --- | --- |");
    }

    #[test]
    fn numbered_lists_count_and_nest_and_endnotes_follow_footnotes() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>một</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>con</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>hai</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p><w:p><w:r><w:t>Hết.</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>lại</w:t></w:r></w:p></w:body></w:document>"#;
        let (tokens, sdts) = super::super::parse::document(xml).unwrap();
        let mut doc = Document { tokens: tokens.clone(), sdts, ..Document::default() };
        doc.ordered.insert(("5".to_owned(), 0));
        doc.footnotes.insert("1".to_owned(), "Chú thích.".to_owned());
        doc.footnotes.insert("e2".to_owned(), "Cuối bài.".to_owned());
        let md = markdown(&doc, &tokens, &mut |_| None);
        assert_eq!(md, "1. một[^1]\n   - con\n2. hai[^2]\n\nHết.\n\n1. lại\n\n[^1]: Cuối bài.\n\n[^2]: Chú thích.");
    }
}
