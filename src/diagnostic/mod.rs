//! One type carries every finding, from any stage, to the terminal or to JSON.
//! Printing happens once, at the end, so a bad file never stops the run.

pub(crate) mod codes;
pub(crate) mod messages;

pub(crate) use messages::msg;

use serde::Serialize;
use std::fmt::Write as _;

/// The language of messages. Codes and locations are the same in both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A message in both languages; chosen when printed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    pub vi: String,
    pub en: String,
}

impl Text {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Text { vi: vi.into(), en: en.into() }
    }
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// A position in a file: 1-based line, 1-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default, serde::Deserialize, serde::Serialize)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    pub const fn new(line: usize, column: usize) -> Self {
        Pos { line, column }
    }
    /// The start of a file, for findings about the file as a whole.
    pub const START: Pos = Pos { line: 1, column: 1 };

    /// Position of byte offset `at` in `text`.
    pub fn of_offset(text: &str, at: usize) -> Pos {
        let at = at.min(text.len());
        let before = &text[..floor_char_boundary(text, at)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Pos { line, column: before[line_start..].chars().count() + 1 }
    }

    /// Moves a position found in a fragment that starts at `origin` of its file.
    pub fn shifted(self, origin: Pos) -> Pos {
        if self.line == 1 {
            Pos { line: origin.line, column: origin.column + self.column - 1 }
        } else {
            Pos { line: origin.line + self.line - 1, column: self.column }
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Relative to the site root, with `/` separators.
    pub path: String,
    pub pos: Pos,
    pub severity: Severity,
    pub code: &'static str,
    pub message: Text,
    pub help: Option<Text>,
    /// The YAML key path the finding concerns (`criteria.sang-tao`, `images.2.alt`),
    /// or `body` for the Markdown body; `None` for findings about no one key.
    pub key: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, path: &str, pos: Pos, message: Text) -> Self {
        debug_assert!(crate::diagnostic::codes::known(code), "undocumented finding code {code}");
        Diagnostic { path: path.to_owned(), pos, severity: Severity::Error, code, message, help: None, key: None }
    }
    pub fn warning(code: &'static str, path: &str, pos: Pos, message: Text) -> Self {
        debug_assert!(crate::diagnostic::codes::known(code), "undocumented finding code {code}");
        Diagnostic { severity: Severity::Warning, ..Self::error(code, path, pos, message) }
    }
    pub fn with_help(mut self, help: Text) -> Self {
        self.help = Some(help);
        self
    }
    pub fn maybe_help(mut self, help: Option<Text>) -> Self {
        self.help = help;
        self
    }
    /// The key path the finding concerns (see [`Diagnostic::key`]).
    pub fn at_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:column: error[code]: message; help` — one line, for editors and tools.
    pub fn render(&self, lang: Lang) -> String {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut s = format!(
            "{}:{}:{}: {}[{}]: {}",
            self.path,
            self.pos.line,
            self.pos.column,
            sev,
            self.code,
            self.message.get(lang)
        );
        if let Some(help) = &self.help {
            let _ = write!(s, "; {}", help.get(lang));
        }
        s
    }
}

/// Sorts findings so output is deterministic: by path, then position, then code.
pub(crate) fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| (&a.path, a.pos, a.code).cmp(&(&b.path, b.pos, b.code)));
}

/// Under `--strict`, warnings count as errors.
pub(crate) fn escalate(diags: &mut [Diagnostic]) {
    for d in diags {
        d.severity = Severity::Error;
    }
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    severity: Severity,
    code: &'a str,
    message: &'a str,
    help: Option<&'a str>,
    /// The YAML key path (`criteria.sang-tao`) or `body`; absent when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    files: usize,
    errors: usize,
    warnings: usize,
    findings: Vec<JsonFinding<'a>>,
}

pub(crate) fn count(diags: &[Diagnostic]) -> (usize, usize) {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    (errors, diags.len() - errors)
}

pub(crate) fn to_json(diags: &[Diagnostic], files: usize, lang: Lang) -> String {
    let (errors, warnings) = count(diags);
    let findings = diags
        .iter()
        .map(|d| JsonFinding {
            path: &d.path,
            line: d.pos.line,
            column: d.pos.column,
            severity: d.severity,
            code: d.code,
            message: d.message.get(lang),
            help: d.help.as_ref().map(|h| h.get(lang)),
            key: d.key.as_deref(),
        })
        .collect();
    let report = JsonReport { files, errors, warnings, findings };
    serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_to_position_counts_characters_not_bytes() {
        let text = "a: b\nlĩnh: vực\n";
        let at = text.find("vực").unwrap();
        assert_eq!(Pos::of_offset(text, at), Pos::new(2, 7));
    }

    #[test]
    fn shifted_moves_first_line_by_column_and_others_by_line() {
        let origin = Pos::new(10, 5);
        assert_eq!(Pos::new(1, 3).shifted(origin), Pos::new(10, 7));
        assert_eq!(Pos::new(2, 3).shifted(origin), Pos::new(11, 3));
    }

    #[test]
    fn render_has_the_parseable_prefix() {
        let d = Diagnostic::error("unknown-field", "content/a.md", Pos::new(3, 8), Text::new("sai", "wrong"))
            .with_help(Text::new("có phải `x`?", "did you mean `x`?"));
        assert_eq!(d.render(Lang::Vi), "content/a.md:3:8: error[unknown-field]: sai; có phải `x`?");
        assert_eq!(d.render(Lang::En), "content/a.md:3:8: error[unknown-field]: wrong; did you mean `x`?");
    }
}
