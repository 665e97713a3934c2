//! Where each key and value stands in a YAML text, so that findings point at the
//! offending key or text rather than at the file.

use crate::diagnostic::Pos;
use std::collections::HashMap;
use std::sync::OnceLock;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// The position of a key (or of a list item) and of its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub key: Pos,
    pub value: Pos,
}

/// Positions by path: `subject.type`, `criteria.sang-tao`, `columns.1`, `recognition.0.form`.
/// The text is parsed for positions only when one is first asked for: most files have
/// no finding, and a second YAML parse of every front matter cost `check` a tenth of
/// its time.
#[derive(Debug, Default, Clone)]
pub struct SpanMap {
    text: String,
    origin_line: usize,
    spans: OnceLock<HashMap<String, Span>>,
}

impl SpanMap {
    /// Maps a YAML text whose first line is line `origin.line` of its file. Text that
    /// does not parse yields what was mapped before the error (serde_yaml reports it).
    pub fn build(text: &str, origin_line: usize) -> SpanMap {
        SpanMap { text: text.to_owned(), origin_line, spans: OnceLock::new() }
    }

    fn spans(&self) -> &HashMap<String, Span> {
        self.spans.get_or_init(|| {
            let mut rec = Recorder { origin_line: self.origin_line, stack: Vec::new(), map: HashMap::new() };
            let mut parser = Parser::new_from_str(&self.text);
            let _ = parser.load(&mut rec, false);
            rec.map
        })
    }

    /// Whether the positions were parsed (tests check that they are only when needed).
    #[cfg(test)]
    pub fn parsed(&self) -> bool {
        self.spans.get().is_some()
    }

    pub fn get(&self, path: &str) -> Option<Span> {
        self.spans().get(path).copied()
    }

    /// Position of a key, else of its closest mapped parent, else `fallback`.
    pub fn key(&self, path: &str, fallback: Pos) -> Pos {
        self.lookup(path).map_or(fallback, |s| s.key)
    }

    /// Position of a value, else of its closest mapped parent, else `fallback`.
    pub fn value(&self, path: &str, fallback: Pos) -> Pos {
        match self.spans().get(path) {
            Some(s) => s.value,
            None => self.lookup(path).map_or(fallback, |s| s.key),
        }
    }

    /// `key` and `value` of a top-level key whose value is on its line (`id: …`), read
    /// from the lines without parsing when the text is a block mapping: there every
    /// top-level key starts a line. Anything less plain asks the parser.
    pub fn top_level(&self, key: &str, fallback: Pos) -> Span {
        match self.quick_top_level(key) {
            Some(found) => found.unwrap_or(Span { key: fallback, value: fallback }),
            None => Span { key: self.key(key, fallback), value: self.value(key, fallback) },
        }
    }

    /// `Some(None)`: surely absent; `Some(Some(span))`: found; `None`: not plain enough.
    fn quick_top_level(&self, key: &str) -> Option<Option<Span>> {
        if self.spans.get().is_some() {
            return None;
        }
        let plain_key = |l: &str| {
            let name = l.split(':').next().unwrap_or("");
            !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        };
        let mut lines = self.text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        // A block mapping: its first line is `name:`, and no line at the margin is
        // anything else but another key, a comment or a list item under a key.
        if !lines.clone().next().is_some_and(|(_, l)| plain_key(l) && l.contains(':')) {
            return None;
        }
        let mut found = None;
        for (i, line) in lines.by_ref() {
            if line.starts_with([' ', '\t', '-']) {
                continue;
            }
            if !(plain_key(line) && line.contains(':')) {
                return None;
            }
            let Some(rest) = line.strip_prefix(key).and_then(|r| r.strip_prefix(':')) else { continue };
            let value = rest.trim_start_matches(' ');
            // Block scalars, anchors, tags and aliases: the parser says where the value is.
            let odd = value.is_empty() || value.starts_with(['#', '>', '|', '&', '!', '*']);
            if found.is_some() || odd || !rest.starts_with(' ') {
                return None;
            }
            let col = key.chars().count() + 1 + (rest.len() - value.len()) + 1;
            let line = i + self.origin_line;
            found = Some(Span { key: Pos::new(line, 1), value: Pos::new(line, col) });
        }
        Some(found)
    }

    /// The key path a finding at `pos` concerns: the last key (or list item) that starts
    /// at or before it, the deepest when several start together; `body` past the
    /// front matter; `None` before it or when nothing is mapped there.
    pub fn path_at(&self, pos: Pos) -> Option<String> {
        if pos.line < self.origin_line || self.text.is_empty() {
            return None;
        }
        if pos.line > self.origin_line + self.text.lines().count() {
            return Some("body".to_owned());
        }
        self.spans()
            .iter()
            .filter(|(_, s)| s.key <= pos)
            .max_by(|(a, x), (b, y)| {
                x.key.cmp(&y.key).then_with(|| a.matches('.').count().cmp(&b.matches('.').count()))
            })
            .map(|(p, _)| p.clone())
    }

    fn lookup(&self, path: &str) -> Option<Span> {
        let mut p = path;
        loop {
            if let Some(s) = self.spans().get(p) {
                return Some(*s);
            }
            p = &p[..p.rfind('.')?];
        }
    }
}

enum Frame {
    Map { path: String, key: Option<(String, Pos)> },
    Seq { path: String, index: usize },
}

struct Recorder {
    origin_line: usize,
    stack: Vec<Frame>,
    map: HashMap<String, Span>,
}

fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() { child.to_owned() } else { format!("{parent}.{child}") }
}

impl Recorder {
    fn pos(&self, m: &Marker) -> Pos {
        // yaml-rust2 counts lines from 1 and columns from 0.
        Pos::new(m.line() + self.origin_line - 1, m.col() + 1)
    }

    /// Called for every node; returns the node's path, or None when it is a mapping key.
    fn node(&mut self, pos: Pos, scalar: Option<&str>) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Map { path, key }) => match key.take() {
                None => {
                    // A key: complex (non-scalar) keys get an empty name, never matched.
                    *key = Some((scalar.unwrap_or("").to_owned(), pos));
                    None
                }
                Some((name, key_pos)) => {
                    let p = join(path, &name);
                    self.map.insert(p.clone(), super::Span { key: key_pos, value: pos });
                    Some(p)
                }
            },
            Some(Frame::Seq { path, index }) => {
                let p = join(path, &index.to_string());
                *index += 1;
                self.map.insert(p.clone(), super::Span { key: pos, value: pos });
                Some(p)
            }
        }
    }
}

impl MarkedEventReceiver for Recorder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let pos = self.pos(&mark);
        match ev {
            Event::Scalar(ref s, ..) => {
                self.node(pos, Some(s));
            }
            Event::Alias(_) => {
                self.node(pos, None);
            }
            Event::MappingStart(..) => {
                let path = self.node(pos, None);
                // A mapping used as a key is not addressable; its children are not mapped.
                self.stack.push(Frame::Map { path: path.unwrap_or_else(|| "\u{0}".into()), key: None });
            }
            Event::SequenceStart(..) => {
                let path = self.node(pos, None);
                self.stack.push(Frame::Seq { path: path.unwrap_or_else(|| "\u{0}".into()), index: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "title: \"Hoa\"\nsubject:\n  type: individual\n  consent: true\ncolumns: [a, bb]\nrecognition:\n  - form: x\n    year: 2023\n";

    #[test]
    fn keys_and_values_are_located() {
        let m = SpanMap::build(DOC, 1);
        assert_eq!(m.get("title").unwrap(), Span { key: Pos::new(1, 1), value: Pos::new(1, 8) });
        assert_eq!(m.get("subject.type").unwrap().key, Pos::new(3, 3));
        assert_eq!(m.get("subject.consent").unwrap().value, Pos::new(4, 12));
        assert_eq!(m.get("columns.1").unwrap().value, Pos::new(5, 14));
        assert_eq!(m.get("recognition.0.year").unwrap().value, Pos::new(8, 11));
    }

    #[test]
    fn a_position_finds_its_key_path() {
        let m = SpanMap::build(DOC, 2);
        assert_eq!(m.path_at(Pos::new(2, 10)).as_deref(), Some("title"));
        assert_eq!(m.path_at(Pos::new(5, 14)).as_deref(), Some("subject.consent"));
        assert_eq!(m.path_at(Pos::new(6, 15)).as_deref(), Some("columns.1"));
        assert_eq!(m.path_at(Pos::new(9, 11)).as_deref(), Some("recognition.0.year"));
        // The closing fence is the line after the front matter; the body follows it.
        assert_eq!(m.path_at(Pos::new(11, 1)).as_deref(), Some("body"));
        assert_eq!(m.path_at(Pos::new(1, 1)), None);
    }

    #[test]
    fn origin_shifts_lines() {
        let m = SpanMap::build(DOC, 2);
        assert_eq!(m.get("title").unwrap().key, Pos::new(2, 1));
    }

    #[test]
    fn unknown_paths_fall_back_to_the_parent() {
        let m = SpanMap::build(DOC, 1);
        assert_eq!(m.key("subject.name", Pos::START), Pos::new(2, 1));
        assert_eq!(m.key("nothing", Pos::new(9, 9)), Pos::new(9, 9));
    }

    #[test]
    fn top_level_keys_read_from_lines_agree_with_the_parser() {
        let docs = [
            "title: \"Hoa\"\nid: 3f6c2a9e\naliases: [a, b]\n",
            "# ghi chú\ntitle: x\nsubject:\n  id: trong\naliases:\n  - a\nid:   \"q-1\"  # cũ\n",
            "lĩnh_vực: \"Đồng\"\nid: 'x'\n",
            "title: x\n",
            "{title: x, id: y}\n",
            "title: x\nid:\n  - y\n",
            "title: x\n\"id\": y\n",
            "title: >\n  dài\nid: z\n",
            "title: &a x\nid: !!str 12\naliases: *a\n",
        ];
        for doc in docs {
            for key in ["id", "aliases", "title"] {
                let parsed = SpanMap::build(doc, 3);
                let want = Span { key: parsed.key(key, Pos::new(9, 9)), value: parsed.value(key, Pos::new(9, 9)) };
                assert_eq!(SpanMap::build(doc, 3).top_level(key, Pos::new(9, 9)), want, "{key} in {doc:?}");
            }
        }
        assert!(SpanMap::build(docs[0], 1).quick_top_level("id").is_some(), "a plain text is read without parsing");
    }

    #[test]
    fn columns_count_characters() {
        let m = SpanMap::build("tên: \"Đồng\"\nlĩnh_vực: x\n", 1);
        assert_eq!(m.get("lĩnh_vực").unwrap().value, Pos::new(2, 11));
    }
}
