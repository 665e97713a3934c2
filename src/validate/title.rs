//! A title must show as written: some letter or digit, not a lone combining mark that
//! lands on whatever precedes it on the page (a direction control is refused in every
//! value: `load::values`).

use crate::diagnostic::msg;
use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::model::Story;
use crate::yaml::SpanMap;

pub fn check(s: &Story, spans: &SpanMap, out: &mut Vec<Diagnostic>) {
    let t = s.title.trim();
    let starts_with_mark =
        t.chars().next().is_some_and(|c| unicode_normalization::char::canonical_combining_class(c) != 0);
    let no_letter = !t.chars().any(char::is_alphanumeric);
    if !(starts_with_mark || no_letter) {
        return;
    }
    let (vi, en) = if no_letter {
        (
            "tiêu đề không có chữ cái hay chữ số nào (chỉ có dấu thanh tách rời, dấu câu hoặc ký tự vô hình)",
            "the title has no letter or digit (only combining marks, punctuation or invisible characters)",
        )
    } else {
        (
            "tiêu đề bắt đầu bằng một dấu thanh tách rời (dấu kết hợp), không thuộc chữ nào",
            "the title starts with a combining mark that belongs to no letter",
        )
    };
    out.push(
        Diagnostic::error("invalid-value", &s.path, spans.value("title", Pos::START), Text::new(vi, en))
            .with_help(msg!("title.invalid-value.help")),
    );
}
