//! A small writer of WordprocessingML (`word/document.xml`) with quick-xml: paragraphs,
//! headings, tables and content controls (`w:sdt`) tagged with the key they fill. Every
//! text goes through quick-xml's escaping, and characters XML 1.0 cannot carry are
//! dropped first.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

const NS: &[(&str, &str)] = &[
    ("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
    ("xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
];

/// The brackets of the hidden markers around each control (see `Doc::marker`).
pub(crate) const MARK: (char, char) = ('\u{27e6}', '\u{27e7}');

/// What a content control holds.
#[derive(Debug, Clone)]
pub(crate) enum Kind {
    /// Plain text; `multi`: line breaks allowed.
    Text { multi: bool },
    /// A drop-down list: (what the list shows, the value the import writes).
    Choice(Vec<(String, String)>),
    /// A date picker (dd/MM/yyyy).
    Date,
    /// Rich text: paragraphs, formatting, pictures (a block of its own).
    Rich,
}

/// One content control: its tag is the key it fills.
#[derive(Debug, Clone)]
pub(crate) struct Control {
    pub tag: String,
    /// The title Word shows on the control.
    pub alias: String,
    pub kind: Kind,
    /// What the empty control shows, as placeholder text.
    pub hint: String,
}

impl Control {
    pub(crate) fn new(
        tag: impl Into<String>,
        alias: impl Into<String>,
        kind: Kind,
        hint: impl Into<String>,
    ) -> Control {
        Control { tag: tag.into(), alias: alias.into(), kind, hint: hint.into() }
    }
}

/// Formatting of a run.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Fmt {
    pub bold: bool,
    pub italic: bool,
    /// Half-points; 0 for the style's size.
    pub size: usize,
    pub gray: bool,
}

pub(crate) const BOLD: Fmt = Fmt { bold: true, italic: false, size: 0, gray: false };
pub(crate) const ITALIC: Fmt = Fmt { bold: false, italic: true, size: 0, gray: false };
pub(crate) const NOTE: Fmt = Fmt { bold: false, italic: true, size: 22, gray: true };
pub(crate) const PLAIN: Fmt = Fmt { bold: false, italic: false, size: 0, gray: false };

/// Text as XML 1.0 may carry it: control characters other than tab and line breaks dropped.
pub(crate) fn xml_safe(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || (c >= ' ' && !('\u{7f}'..='\u{9f}').contains(&c) && c != '\u{fffe}' && c != '\u{ffff}')
        })
        .collect()
}

/// The document being written.
pub(crate) struct Doc {
    w: Writer<Vec<u8>>,
    next_id: u32,
}

impl Doc {
    pub(crate) fn new() -> Doc {
        let mut d = Doc { w: Writer::new(Vec::new()), next_id: 1 };
        d.ev(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), Some("yes"))));
        d.start("w:document", NS);
        d.start("w:body", &[]);
        d
    }

    fn ev(&mut self, e: Event<'_>) {
        // Writing into a Vec cannot fail.
        let _ = self.w.write_event(e);
    }

    pub(crate) fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.ev(Event::Start(BytesStart::new(name).with_attributes(attrs.iter().copied())));
    }

    pub(crate) fn end(&mut self, name: &str) {
        self.ev(Event::End(BytesEnd::new(name)));
    }

    pub(crate) fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.ev(Event::Empty(BytesStart::new(name).with_attributes(attrs.iter().copied())));
    }

    fn text(&mut self, s: &str) {
        let s = xml_safe(s);
        self.ev(Event::Text(BytesText::new(&s)));
    }

    /// A run; line breaks in `text` become `w:br`.
    pub(crate) fn run(&mut self, text: &str, f: Fmt) {
        self.start("w:r", &[]);
        if f.bold || f.italic || f.size > 0 || f.gray {
            self.start("w:rPr", &[]);
            if f.bold {
                self.empty("w:b", &[]);
            }
            if f.italic {
                self.empty("w:i", &[]);
            }
            if f.gray {
                self.empty("w:color", &[("w:val", "595959")]);
            }
            if f.size > 0 {
                let s = f.size.to_string();
                self.empty("w:sz", &[("w:val", &s)]);
                self.empty("w:szCs", &[("w:val", &s)]);
            }
            self.end("w:rPr");
        }
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.empty("w:br", &[]);
            }
            self.start("w:t", &[("xml:space", "preserve")]);
            self.text(line);
            self.end("w:t");
        }
        self.end("w:r");
    }

    fn p_start(&mut self, style: Option<&str>, center: bool) {
        self.start("w:p", &[]);
        if style.is_some() || center {
            self.start("w:pPr", &[]);
            if let Some(s) = style {
                self.empty("w:pStyle", &[("w:val", s)]);
            }
            if center {
                self.empty("w:jc", &[("w:val", "center")]);
            }
            self.end("w:pPr");
        }
    }

    /// A paragraph of runs.
    pub(crate) fn para(&mut self, style: Option<&str>, runs: &[(&str, Fmt)]) {
        self.p_start(style, false);
        for (t, f) in runs {
            self.run(t, *f);
        }
        self.end("w:p");
    }

    pub(crate) fn centered(&mut self, runs: &[(&str, Fmt)]) {
        self.p_start(None, true);
        for (t, f) in runs {
            self.run(t, *f);
        }
        self.end("w:p");
    }

    pub(crate) fn heading(&mut self, level: u8, text: &str) {
        self.para(Some(&format!("Heading{level}")), &[(text, PLAIN)]);
    }

    pub(crate) fn title(&mut self, text: &str) {
        self.para(Some("Title"), &[(text, PLAIN)]);
    }

    /// A table with a grid and these column widths (twips); rows follow, then `table_end`.
    pub(crate) fn table_start(&mut self, widths: &[usize]) {
        self.start("w:tbl", &[]);
        self.start("w:tblPr", &[]);
        self.empty("w:tblStyle", &[("w:val", "TableGrid")]);
        let total = widths.iter().sum::<usize>().to_string();
        self.empty("w:tblW", &[("w:w", &total), ("w:type", "dxa")]);
        self.empty("w:tblLayout", &[("w:type", "fixed")]);
        self.end("w:tblPr");
        self.start("w:tblGrid", &[]);
        for w in widths {
            self.empty("w:gridCol", &[("w:w", &w.to_string())]);
        }
        self.end("w:tblGrid");
    }

    pub(crate) fn table_end(&mut self) {
        self.end("w:tbl");
    }

    pub(crate) fn row_start(&mut self, header: bool) {
        self.start("w:tr", &[]);
        if header {
            self.start("w:trPr", &[]);
            self.empty("w:tblHeader", &[]);
            self.end("w:trPr");
        }
    }

    pub(crate) fn row_end(&mut self) {
        self.end("w:tr");
    }

    pub(crate) fn cell_start(&mut self, width: usize, shade: bool) {
        self.start("w:tc", &[]);
        self.start("w:tcPr", &[]);
        self.empty("w:tcW", &[("w:w", &width.to_string()), ("w:type", "dxa")]);
        if shade {
            self.empty("w:shd", &[("w:val", "clear"), ("w:color", "auto"), ("w:fill", "F2F2F2")]);
        }
        self.end("w:tcPr");
    }

    pub(crate) fn cell_end(&mut self) {
        self.end("w:tc");
    }

    /// A cell of paragraphs, each a list of runs.
    pub(crate) fn cell(&mut self, width: usize, shade: bool, paras: &[&[(&str, Fmt)]]) {
        self.cell_start(width, shade);
        if paras.is_empty() {
            self.empty("w:p", &[]);
        }
        for p in paras {
            self.para(None, p);
        }
        self.cell_end();
    }

    fn sdt_pr(&mut self, c: &Control) {
        self.start("w:sdtPr", &[]);
        self.empty("w:alias", &[("w:val", &xml_safe(&c.alias))]);
        self.empty("w:tag", &[("w:val", &xml_safe(&c.tag))]);
        let id = self.next_id.to_string();
        self.next_id += 1;
        self.empty("w:id", &[("w:val", &id)]);
        self.empty("w:showingPlcHdr", &[]);
        match &c.kind {
            Kind::Text { multi } => self.empty("w:text", if *multi { &[("w:multiLine", "1")] } else { &[] }),
            Kind::Choice(items) => {
                self.start("w:dropDownList", &[]);
                for (show, value) in items {
                    self.empty("w:listItem", &[("w:displayText", &xml_safe(show)), ("w:value", &xml_safe(value))]);
                }
                self.end("w:dropDownList");
            }
            Kind::Date => {
                self.start("w:date", &[]);
                self.empty("w:dateFormat", &[("w:val", "dd/MM/yyyy")]);
                self.empty("w:lid", &[("w:val", "vi-VN")]);
                self.empty("w:storeMappedDataAs", &[("w:val", "dateTime")]);
                self.empty("w:calendar", &[("w:val", "gregorian")]);
                self.end("w:date");
            }
            Kind::Rich => self.empty("w:richText", &[]),
        }
        self.end("w:sdtPr");
    }

    fn hint_run(&mut self, hint: &str) {
        self.start("w:r", &[]);
        self.start("w:rPr", &[]);
        self.empty("w:rStyle", &[("w:val", "PlaceholderText")]);
        self.end("w:rPr");
        self.start("w:t", &[("xml:space", "preserve")]);
        self.text(hint);
        self.end("w:t");
        self.end("w:r");
    }

    /// A hidden run marking where a control's content starts (`⟦tag⟧`) or ends
    /// (`⟦/tag⟧`). LibreOffice 7.4 drops the tags of content controls when it saves a
    /// document (and sometimes the controls themselves); hidden text it keeps, so the
    /// import finds each field by its markers, and by the control's tag in Word.
    fn marker(&mut self, tag: &str, end: bool) {
        self.start("w:r", &[]);
        self.start("w:rPr", &[]);
        self.empty("w:vanish", &[]);
        self.end("w:rPr");
        self.start("w:t", &[]);
        self.text(&format!("{}{}{tag}{}", MARK.0, if end { "/" } else { "" }, MARK.1));
        self.end("w:t");
        self.end("w:r");
    }

    /// A paragraph holding only a hidden marker (its paragraph mark hidden too).
    fn marker_para(&mut self, tag: &str, end: bool) {
        self.start("w:p", &[]);
        self.start("w:pPr", &[]);
        self.start("w:rPr", &[]);
        self.empty("w:vanish", &[]);
        self.end("w:rPr");
        self.end("w:pPr");
        self.marker(tag, end);
        self.end("w:p");
    }

    /// A control inside the current paragraph (`Rich` controls use `block_control`).
    pub(crate) fn inline_control(&mut self, c: &Control) {
        self.marker(&c.tag, false);
        self.start("w:sdt", &[]);
        self.sdt_pr(c);
        self.start("w:sdtContent", &[]);
        self.hint_run(&c.hint);
        self.end("w:sdtContent");
        self.end("w:sdt");
        self.marker(&c.tag, true);
    }

    /// A control that holds whole paragraphs (and pictures).
    pub(crate) fn block_control(&mut self, c: &Control) {
        self.marker_para(&c.tag, false);
        self.start("w:sdt", &[]);
        self.sdt_pr(c);
        self.start("w:sdtContent", &[]);
        self.start("w:p", &[]);
        self.hint_run(&c.hint);
        self.end("w:p");
        self.end("w:sdtContent");
        self.end("w:sdt");
        self.marker_para(&c.tag, true);
    }

    /// A table cell holding one control (a Word cell ends with a paragraph).
    pub(crate) fn control_cell(&mut self, width: usize, c: &Control) {
        self.cell_start(width, false);
        match c.kind {
            Kind::Rich => self.block_control(c),
            _ => {
                self.start("w:p", &[]);
                self.inline_control(c);
                self.end("w:p");
            }
        }
        self.cell_end();
    }

    /// The section (A4 portrait, margins 20/20/30/15 mm) and the end of the document.
    pub(crate) fn finish(mut self) -> Vec<u8> {
        // The body ends with a paragraph (Word adds one to a body that ends with a table).
        self.empty("w:p", &[]);
        self.start("w:sectPr", &[]);
        self.empty("w:pgSz", &[("w:w", "11906"), ("w:h", "16838")]);
        self.empty(
            "w:pgMar",
            &[
                ("w:top", "1134"),
                ("w:right", "851"),
                ("w:bottom", "1134"),
                ("w:left", "1701"),
                ("w:header", "720"),
                ("w:footer", "720"),
                ("w:gutter", "0"),
            ],
        );
        self.end("w:sectPr");
        self.end("w:body");
        self.end("w:document");
        self.w.into_inner()
    }
}

/// The width of the text on the page (A4 less the margins), in twips.
pub(crate) const TEXT_WIDTH: usize = 11906 - 1701 - 851;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_cleaned() {
        let mut d = Doc::new();
        d.para(None, &[("a < b & \"c\"\u{1}", PLAIN)]);
        let x = String::from_utf8(d.finish()).unwrap();
        assert!(x.contains("a &lt; b &amp; &quot;c&quot;</w:t>") || x.contains("a &lt; b &amp; \"c\"</w:t>"), "{x}");
        assert!(!x.contains('\u{1}'));
    }
}
