//! Characters checked in parsed values, not raw bytes: a YAML escape (`"\u0001"`, `"\v"`)
//! makes a control character that the file's bytes never hold, and a direction control
//! (U+202E) is invisible in an editor but reorders the text on every page.

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::text::is_control;
use crate::yaml::{SpanMap, Value};

/// Unicode's bidirectional controls: marks, embeddings, overrides and isolates.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether parsed values of `text` may hold what `scrub` looks for: an escape (the only
/// way to write a control character past `source::decode`) or a direction control
/// (`D8 9C`, `E2 80 8E`/`8F`, `E2 80 AA`-`AE`, `E2 81 A6`-`A9` in UTF-8). Most files have neither
/// and are not walked.
pub(crate) fn worth_a_look(text: &str) -> bool {
    let b = text.as_bytes();
    b.contains(&b'\\')
        || b.windows(3).any(|w| match w {
            [0xd8, 0x9c, _] => true,
            [0xe2, 0x80, c] => matches!(c, 0x8e | 0x8f | 0xaa..=0xae),
            [0xe2, 0x81, c] => matches!(c, 0xa6..=0xa9),
            _ => false,
        })
}

/// What a walk found in one value: its key path (as `SpanMap` spells it) and the first
/// character in question.
pub(crate) struct Found {
    pub path: String,
    pub c: char,
    /// A control character (replaced by a space) rather than a direction control.
    pub control: bool,
}

/// Replaces control characters in every text of `v` (map keys aside) by spaces, and
/// lists each value that held one, and each that holds a direction control.
pub(crate) fn scrub(v: &mut Value) -> Vec<Found> {
    let mut found = Vec::new();
    walk(v, &mut String::new(), &mut found);
    found
}

fn walk(v: &mut Value, path: &mut String, found: &mut Vec<Found>) {
    let len = path.len();
    let step = |path: &mut String, key: &str| {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(key);
    };
    match v {
        Value::String(s) => {
            if let Some(c) = s.chars().find(|c| is_bidi_control(*c)) {
                found.push(Found { path: path.clone(), c, control: false });
            }
            if let Some(c) = s.chars().find(|c| is_control(*c)) {
                found.push(Found { path: path.clone(), c, control: true });
                *s = s.chars().map(|c| if is_control(c) { ' ' } else { c }).collect();
            }
        }
        Value::Sequence(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                step(path, &i.to_string());
                walk(item, path, found);
                path.truncate(len);
            }
        }
        Value::Mapping(map) => {
            for (k, item) in map.iter_mut() {
                step(path, &crate::yaml::scalar_text(k).unwrap_or_default());
                walk(item, path, found);
                path.truncate(len);
            }
        }
        Value::Tagged(t) => walk(&mut t.value, path, found),
        _ => {}
    }
}

/// The findings for what `scrub` found in the file `shown`, placed by `spans`: a control
/// character is a warning (it was replaced), a direction control an error.
pub(crate) fn findings(found: &[Found], shown: &str, spans: &SpanMap, origin: Pos) -> Vec<Diagnostic> {
    found
        .iter()
        .map(|f| {
            let pos = spans.value(&f.path, origin);
            let code = format!("U+{:04X}", f.c as u32);
            if f.control {
                Diagnostic::warning("control-char", shown, pos, msg!("values.control-char", path = f.path, code))
                    .with_help(msg!("values.control-char.help"))
                    .at_key(f.path.clone())
            } else {
                Diagnostic::error("invalid-value", shown, pos, msg!("values.invalid-value.bidi", path = f.path, code))
                    .with_help(msg!("values.invalid-value.help.bidi"))
                    .at_key(f.path.clone())
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_controls_are_replaced_and_direction_controls_found() {
        let mut v = crate::yaml::parse_value("a: \"x\\u0001y\"\nb: [ok, \"p\\vq\"]\nc: \"\u{202e}abc\"\n").unwrap();
        let found = scrub(&mut v);
        let seen: Vec<_> = found.iter().map(|f| (f.path.as_str(), f.c, f.control)).collect();
        assert_eq!(seen, [("a", '\u{1}', true), ("b.1", '\u{b}', true), ("c", '\u{202e}', false)]);
        assert_eq!(v.get("a").and_then(Value::as_str), Some("x y"));
        assert_eq!(v.get("b").and_then(|b| b.get(1)).and_then(Value::as_str), Some("p q"));
        assert!(worth_a_look("a: \"\\v\"") && worth_a_look("a: \u{2066}") && !worth_a_look("a: “Bình” – x"));
    }
}
