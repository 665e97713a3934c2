//! A title must show as written: some letter or digit, not a lone combining mark that
//! lands on whatever precedes it on the page (a direction control is refused in every
//! value: `load::values`).

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::model::Story;
use crate::yaml::SpanMap;

pub(super) fn check(s: &Story, spans: &SpanMap, out: &mut Vec<Diagnostic>) {
    let t = s.title.trim();
    let starts_with_mark =
        t.chars().next().is_some_and(|c| unicode_normalization::char::canonical_combining_class(c) != 0);
    let no_letter = !t.chars().any(char::is_alphanumeric);
    if !(starts_with_mark || no_letter) {
        return;
    }
    let message = if no_letter { msg!("title.invalid-value.no-letter") } else { msg!("title.invalid-value.combining") };
    out.push(
        Diagnostic::error("invalid-value", &s.path, spans.value("title", Pos::START), message)
            .with_help(msg!("title.invalid-value.help")),
    );
}
