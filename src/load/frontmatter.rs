//! Splits a story file into its YAML front matter and Markdown body.

use crate::diagnostic::{Diagnostic, Pos, msg};

/// A story's text, cut in two. Offsets are into the normalised text (LF line endings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    pub front_matter: &'a str,
    /// Line of the file where the front matter's first line stands (after `---`).
    pub fm_line: usize,
    pub body: &'a str,
    /// Line of the file where the body starts.
    pub body_line: usize,
}

/// The `---` fences. The opening one must be the file's first line; the closing one is
/// the next line that is exactly `---` (or `...`, YAML's end-of-document marker).
pub fn split<'a>(path: &str, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let first_line = text.split('\n').next().unwrap_or("");
    if first_line.trim_end() != "---" {
        return Err(Diagnostic::error("no-front-matter", path, Pos::START, msg!("frontmatter.no-front-matter"))
            .with_help(msg!("frontmatter.no-front-matter.help")));
    }
    let fm_start = first_line.len() + 1;
    let mut offset = fm_start.min(text.len());
    for (line_no, line) in (2..).zip(text[offset..].split_inclusive('\n')) {
        let bare = line.trim_end_matches('\n').trim_end();
        if bare == "---" || bare == "..." {
            let body_start = offset + line.len();
            return Ok(Split {
                front_matter: &text[fm_start..offset],
                fm_line: 2,
                body: &text[body_start..],
                body_line: line_no + 1,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error("unclosed-front-matter", path, Pos::START, msg!("frontmatter.unclosed-front-matter"))
        .with_help(msg!("frontmatter.unclosed-front-matter.help")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let s = split("a.md", "---\ntitle: x\n---\nBody\n").unwrap();
        assert_eq!(s.front_matter, "title: x\n");
        assert_eq!(s.fm_line, 2);
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn missing_and_unclosed_fences_are_findings() {
        assert_eq!(split("a.md", "title: x\n").unwrap_err().code, "no-front-matter");
        assert_eq!(split("a.md", "---\ntitle: x\n").unwrap_err().code, "unclosed-front-matter");
        assert_eq!(split("a.md", "").unwrap_err().code, "no-front-matter");
    }

    #[test]
    fn a_dash_rule_inside_the_body_is_not_a_fence() {
        let s = split("a.md", "---\na: 1\n---\ntext\n---\nmore\n").unwrap();
        assert_eq!(s.body, "text\n---\nmore\n");
    }
}
