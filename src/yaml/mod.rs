//! The one door to YAML. Typed parsing goes through `serde_yaml` (deprecated upstream:
//! a maintained fork can replace it here and nowhere else); positions of keys and
//! values come from `yaml-rust2`'s marked events (see `spans`), since serde_yaml
//! keeps none after parsing.

mod spans;

pub(crate) use serde_yaml::{Mapping, Value};
pub(crate) use spans::{Span, SpanMap};

use crate::diagnostic::Pos;
use serde::de::DeserializeOwned;

/// A syntax or type error, with the position serde_yaml reports (if any).
#[derive(Debug, Clone)]
pub(crate) struct YamlError {
    pub pos: Option<Pos>,
    pub message: String,
}

fn convert(e: serde_yaml::Error) -> YamlError {
    let pos = e.location().map(|l| Pos::new(l.line(), l.column()));
    // serde_yaml appends " at line L column C" to its text; the position is printed apart.
    let mut message = e.to_string();
    if let Some(i) = message.find(" at line ") {
        message.truncate(i);
    }
    YamlError { pos, message }
}

/// Flow collections (`[…]`, `{…}`) nested deeper than this are refused before parsing:
/// libyaml's scanner is quadratic in that depth (64,000 levels took 9 s), and serde_yaml
/// only applies its own limit (128) after scanning.
pub(crate) const MAX_FLOW_DEPTH: usize = 64;

/// Finds flow nesting deeper than `MAX_FLOW_DEPTH`, outside quotes and comments.
fn too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut quote, mut escaped, mut comment) = (0usize, None::<char>, false, false);
    let mut prev = '\n';
    for (i, c) in text.char_indices() {
        if comment {
            comment = c != '\n';
        } else if let Some(q) = quote {
            if q == '"' && c == '\\' && !escaped {
                escaped = true;
                prev = c;
                continue;
            }
            if c == q && !escaped {
                quote = None;
            }
        } else {
            match c {
                '"' | '\'' if matches!(prev, ' ' | '\t' | '\n' | '[' | '{' | ',' | ':') => quote = Some(c),
                '#' if prev.is_whitespace() => comment = true,
                '[' | '{' => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Some(i);
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        escaped = false;
        prev = c;
    }
    None
}

/// Refuses flow nesting deeper than `MAX_FLOW_DEPTH` before libyaml sees the text.
fn guard_depth(text: &str) -> Result<(), YamlError> {
    match too_deep(text) {
        Some(at) => Err(YamlError {
            pos: Some(Pos::of_offset(text, at)),
            message: format!("nesting too deep (more than {MAX_FLOW_DEPTH} levels of [ ] or {{ }})"),
        }),
        None => Ok(()),
    }
}

/// Parses YAML text into a generic value (syntax, duplicate keys, alias limits).
pub(crate) fn parse_value(text: &str) -> Result<Value, YamlError> {
    guard_depth(text)?;
    serde_yaml::from_str(text).map_err(convert)
}

/// Parses YAML text straight into a typed struct (configuration files), behind the same
/// nesting guard as stories.
pub(crate) fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    guard_depth(text)?;
    serde_yaml::from_str(text).map_err(convert)
}

/// A generic value (as `parse_value` made it, then mended) into a typed struct.
pub(crate) fn from_value<T: DeserializeOwned>(v: Value) -> Result<T, YamlError> {
    serde_yaml::from_value(v).map_err(convert)
}

/// A short description of a value's type, for "expected X, found Y" messages.
pub(crate) fn type_name(v: &Value) -> crate::diagnostic::Text {
    use crate::diagnostic::msg;
    match v {
        Value::Null => msg!("yaml.type.null"),
        Value::Bool(_) => msg!("yaml.type.bool"),
        Value::Number(_) => msg!("yaml.type.number"),
        Value::String(_) => msg!("yaml.type.string"),
        Value::Sequence(_) => msg!("yaml.type.sequence"),
        Value::Mapping(_) => msg!("yaml.type.mapping"),
        Value::Tagged(_) => msg!("yaml.type.tagged"),
    }
}

/// A scalar as text, as an editor wrote it (numbers and booleans included).
pub(crate) fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_error_has_a_position() {
        let e = parse_value("a: 1\nb: [1, 2\nc: 3\n").unwrap_err();
        assert!(e.pos.is_some());
        assert!(!e.message.contains(" at line "));
    }

    #[test]
    fn duplicate_keys_are_rejected() {
        let e = parse_value("a: 1\na: 2\n").unwrap_err();
        assert!(e.message.contains("duplicate"), "{}", e.message);
    }

    #[test]
    fn deep_flow_nesting_is_refused_quickly() {
        // Found by fuzzing (parse target): 64,000 levels took 9 s inside libyaml.
        let text = format!("tags: {}{}\n", "[".repeat(64_000), "]".repeat(64_000));
        // Refused before libyaml sees it (no timing: a loaded machine must not fail it).
        let e = parse_value(&text).unwrap_err();
        assert!(e.message.contains("nesting too deep"), "{}", e.message);
        assert_eq!(e.pos, Some(Pos::new(1, 71)));
        // Brackets inside quotes and comments do not count.
        assert!(parse_value(&format!("a: \"{}\" # {}\n", "[".repeat(100), "{".repeat(100))).is_ok());
        assert!(parse_value("a: [[1, 2], {b: [3]}]\n").is_ok());
    }

    /// Issue 36, case 5: configuration files are parsed behind the same guard.
    #[test]
    fn deep_flow_nesting_is_refused_in_configuration_too() {
        let text = format!("title: {}{}\n", "[".repeat(1_000_000), "]".repeat(1_000_000));
        let e = from_str::<std::collections::BTreeMap<String, Value>>(&text).unwrap_err();
        assert!(e.message.contains("nesting too deep"), "{}", e.message);
        assert_eq!(e.pos, Some(Pos::new(1, 72)));
    }

    #[test]
    fn dates_stay_strings() {
        let v = parse_value("date: 2024-03-15\n").unwrap();
        assert_eq!(v.get("date").and_then(Value::as_str), Some("2024-03-15"));
    }
}
