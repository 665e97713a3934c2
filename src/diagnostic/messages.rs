//! Messages as data: every user-facing sentence of a finding lives in one catalogue,
//! `messages.yaml` (embedded in the binary), with its Vietnamese and English text and
//! named placeholders `{name}`. Code makes a message with [`msg!`]:
//!
//! ```ignore
//! msg!("refs.unknown-column", column = c)      // {column} filled with `c`
//! msg!("refs.did-you-mean", s)                 // shorthand for `s = s`
//! ```
//!
//! A placeholder is `{` + a lower-case identifier + `}`; `{n:story|stories}` says the
//! first form when `n` is 1, else the second (English plurals); any other brace is literal. A
//! value is anything that implements `Display` (the same in both languages) or a
//! [`Text`] (one value per language, e.g. another catalogue message). The catalogue also
//! holds the table of finding codes (`codes.rs` reads it). A unit test checks that every
//! id used in `src/` exists, every placeholder is filled, and no entry is unused.

use super::{Lang, Severity, Text};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The catalogue's text, as shipped.
pub(crate) const SOURCE: &str = include_str!("messages.yaml");

/// A finding code: its default severity and what it means, in both languages (the
/// README's table; only the code is read at run time).
#[cfg_attr(not(test), allow(dead_code))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Code {
    pub code: String,
    pub severity: Severity,
    pub vi: String,
    pub en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Entry {
    pub vi: String,
    pub en: String,
    /// Placeholders only one language says (e.g. the Vietnamese names a subject's kind,
    /// the English does not); every other placeholder is in both.
    #[serde(default)]
    #[cfg_attr(not(test), allow(dead_code))]
    pub one_language: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Catalogue {
    pub codes: Vec<Code>,
    pub messages: HashMap<String, Entry>,
}

/// The catalogue, parsed once.
pub(crate) fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| serde_yaml::from_str(SOURCE).expect("src/diagnostic/messages.yaml is valid"))
}

/// A placeholder's value: the same in both languages, or one per language.
#[derive(Clone, Debug)]
pub(crate) enum Arg {
    Same(String),
    Each(Text),
}

impl Arg {
    fn get(&self, lang: Lang) -> &str {
        match self {
            Arg::Same(s) => s,
            Arg::Each(t) => t.get(lang),
        }
    }
}

/// What can fill a placeholder (used by [`msg!`]).
pub(crate) trait ToArg {
    fn to_arg(&self) -> Arg;
}

impl<T: std::fmt::Display + ?Sized> ToArg for T {
    fn to_arg(&self) -> Arg {
        Arg::Same(self.to_string())
    }
}

impl ToArg for Text {
    fn to_arg(&self) -> Arg {
        Arg::Each(self.clone())
    }
}

/// The message `id` of the catalogue, its placeholders filled from `args`.
pub(crate) fn text(id: &str, args: &[(&str, Arg)]) -> Text {
    let Some(entry) = catalogue().messages.get(id) else {
        debug_assert!(false, "message `{id}` is not in src/diagnostic/messages.yaml");
        return Text::new(id, id);
    };
    Text::new(fill(&entry.vi, args, Lang::Vi), fill(&entry.en, args, Lang::En))
}

/// The placeholders of a template, in order (a name once per occurrence).
#[cfg(test)]
pub(crate) fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        if let Some((name, _, len)) = placeholder(rest) {
            names.push(name);
            rest = &rest[len..];
        }
    }
    names
}

/// The identifier at the start of `rest` if it is followed by `}`, or by `:` and a
/// plural choice (`{n:story|stories}`).
fn placeholder_at(rest: &str) -> Option<&str> {
    placeholder(rest).map(|(name, _, _)| name)
}

/// A placeholder as written: its name, its plural forms, its length with its `}`.
type Placeholder<'a> = (&'a str, Option<(&'a str, &'a str)>, usize);

/// The placeholder at the start of `rest` (after its `{`): its name, its plural forms
/// (`one|other`) if it has them, and its length up to and with its `}`.
fn placeholder(rest: &str) -> Option<Placeholder<'_>> {
    let len = rest.bytes().take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_').count();
    let starts = rest.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b == b'_');
    if !starts {
        return None;
    }
    match rest.as_bytes().get(len) {
        Some(b'}') => Some((&rest[..len], None, len + 1)),
        Some(b':') => {
            let close = rest[len..].find('}')? + len;
            let (one, other) = rest[len + 1..close].split_once('|')?;
            let plain = |s: &str| !s.contains(['{', ':', '|']);
            (plain(one) && plain(other)).then(|| (&rest[..len], Some((one, other)), close + 1))
        }
        _ => None,
    }
}

fn fill(template: &str, args: &[(&str, Arg)], lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        rest = &rest[open + 1..];
        let value = placeholder(rest).and_then(|p| args.iter().find(|(n, _)| *n == p.0).map(|a| (p, a)));
        match value {
            // A plural choice says one form or the other by the value (`1`: the first).
            Some(((_, Some((one, other)), len), (_, arg))) => {
                out.push_str(if arg.get(lang) == "1" { one } else { other });
                rest = &rest[len..];
            }
            Some(((_, None, len), (_, arg))) => {
                out.push_str(arg.get(lang));
                rest = &rest[len..];
            }
            None => {
                debug_assert!(placeholder_at(rest).is_none(), "placeholder left unfilled in `{template}`");
                out.push('{');
            }
        }
    }
    out.push_str(rest);
    out
}

/// A message of the catalogue as a [`Text`]: `msg!("id", name = value, other)`.
macro_rules! msg {
    ($id:literal $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::diagnostic::messages::text(
            $id,
            &[$((stringify!($name), $crate::diagnostic::msg!(@arg $name $(= $value)?))),*],
        )
    };
    (@arg $name:ident) => {
        $crate::diagnostic::messages::ToArg::to_arg(&$name)
    };
    (@arg $name:ident = $value:expr) => {
        $crate::diagnostic::messages::ToArg::to_arg(&$value)
    };
}
pub(crate) use msg;

#[cfg(test)]
mod tests;
