//! Figures where they stand in a text: with their units, as money, percentages,
//! dates, ratios and ranges, read by the rules of `numbers`.

use super::numbers::*;
use chrono::{Datelike, NaiveDate};
use regex::{Captures, Regex};
use std::sync::OnceLock;

/// Units after a number, longest first where one begins another.
pub(super) const UNITS: &[(&str, &str)] = &[
    ("km²", "ki-lô-mét vuông"),
    ("km2", "ki-lô-mét vuông"),
    ("km", "ki-lô-mét"),
    ("kg", "ki-lô-gam"),
    ("kWh", "ki-lô-oát giờ"),
    ("kW", "ki-lô-oát"),
    ("MW", "mê-ga-oát"),
    ("ha", "héc-ta"),
    ("m²", "mét vuông"),
    ("m2", "mét vuông"),
    ("m³", "mét khối"),
    ("m3", "mét khối"),
    ("cm", "xen-ti-mét"),
    ("mm", "mi-li-mét"),
    ("ml", "mi-li-lít"),
    ("m", "mét"),
    ("g", "gam"),
    ("°C", "độ C"),
    ("℃", "độ C"),
    ("°", "độ"),
    ("%", "phần trăm"),
    ("VNĐ", "đồng"),
    ("VND", "đồng"),
    ("vnđ", "đồng"),
    ("đ", "đồng"),
    ("USD", "đô la Mỹ"),
    // Millions of đồng as a table or a ledger writes them: "50 tr.đ", "30 tr đồng".
    ("tr.đồng", "triệu đồng"),
    ("tr.đ", "triệu đồng"),
    ("trđ", "triệu đồng"),
    ("tr", "triệu"),
];

/// After a slash only: `km/h`.
pub(super) const PER_UNITS: &[(&str, &str)] = &[("h", "giờ")];

/// Unit symbols after a slash read with `một` ("km/h" → "ki-lô-mét một giờ"); other
/// symbols with `trên` ("tấn/ha" → "tấn trên héc-ta"). A word after a slash is a thing
/// counted and reads `một` ("10 ha/thôn" → "mười héc-ta một thôn"), as money's
/// denominators do ("đồng/người/năm" → "đồng một người một năm").
pub(super) const PER_ONE: &[&str] =
    &["người", "năm", "tháng", "tuần", "ngày", "giờ", "hộ", "khẩu", "lượt", "con", "lần"];

/// Words for millions and billions between a number and its unit.
pub(super) const MAGNITUDES: &[&str] = &["nghìn", "ngàn", "triệu", "tỷ", "tỉ"];

pub(super) fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// A unit symbol at the start of `s`, ending on a word boundary: (bytes, spoken).
pub(super) fn unit_symbol(s: &str, per: bool) -> Option<(usize, &'static str)> {
    let extra = if per { PER_UNITS } else { &[] };
    UNITS.iter().chain(extra).find_map(|(sym, said)| {
        (s.starts_with(sym) && !is_word_char(s[sym.len()..].chars().next())).then_some((sym.len(), *said))
    })
}

pub(super) fn lowercase_word(s: &str) -> usize {
    s.char_indices().find(|(_, c)| !c.is_lowercase()).map_or(s.len(), |(i, _)| i)
}

/// The unit after a number at `rest[start..]`, with its `/…` denominators: (end, words,
/// whether it is a temperature). Vietnamese words stay as written; only a word followed
/// by a slash (`đồng/kg`) is taken, to read the slash.
pub(super) fn unit_after(rest: &str, start: usize) -> Option<(usize, String, bool)> {
    let mut j = start;
    if let Some(c) = rest[j..].chars().next().filter(|c| *c == ' ' || *c == '\u{a0}') {
        j += c.len_utf8();
    }
    let mut words = String::new();
    let unit = |j: usize| -> Option<(usize, String)> {
        if let Some((len, said)) = unit_symbol(&rest[j..], false) {
            return Some((j + len, said.to_owned()));
        }
        let len = lowercase_word(&rest[j..]);
        (len > 0 && rest[j + len..].starts_with('/')).then(|| (j + len, rest[j..j + len].to_owned()))
    };
    let mut found = unit(j);
    if found.is_none()
        && let Some(mag) = MAGNITUDES.iter().find(|m| rest[j..].starts_with(*m) && rest[j + m.len()..].starts_with(' '))
    {
        found = unit(j + mag.len() + 1);
        if found.is_some() {
            words.push_str(mag);
            words.push(' ');
        }
    }
    let (mut end, first) = found?;
    let money = first.ends_with("đồng") || first == "đô la Mỹ";
    let temperature = first.starts_with("độ");
    words.push_str(&first);
    while rest[end..].starts_with('/') {
        let s = &rest[end + 1..];
        let (len, said, symbol) = match unit_symbol(s, true) {
            Some((len, said)) => (len, said.to_owned(), true),
            None => {
                let len = lowercase_word(s);
                if len == 0 || is_word_char(s[len..].chars().next()) {
                    break;
                }
                (len, s[..len].to_owned(), false)
            }
        };
        words.push_str(if money || !symbol || PER_ONE.contains(&said.as_str()) { " một " } else { " trên " });
        words.push_str(&said);
        end += 1 + len;
    }
    Some((end, words, temperature))
}

/// The last word of what has been written so far, in lower case.
pub(super) fn last_word(out: &str) -> String {
    let t = out.trim_end_matches([' ', '\u{a0}']);
    let start = t.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
    t[start..].to_lowercase()
}

pub(super) fn days_in_month(m: u32) -> u32 {
    [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][(m - 1) as usize]
}

/// Days written as day/month without "ngày" though the day is the smaller number.
pub(super) const HOLIDAYS: &[(u32, u32)] = &[(2, 9), (1, 5), (1, 6)];

/// The length of the figure `s` starts with: digits, with dots and commas between them.
pub(super) fn figure_len(s: &str) -> usize {
    re!(r"^[0-9]+(?:[.,][0-9]+)*").find(s).map_or(0, |m| m.end())
}

/// A date or time followed by a dash and a number (`15/3 - 20/3`, `7h - 11h`): `đến`
/// said, and the dash consumed.
pub(super) fn until(rest: &str, end: usize, said: String) -> (usize, String) {
    match re!(r"^[ \u{a0}]*[-–—][ \u{a0}]*[0-9]").find(&rest[end..]) {
        Some(m) => (end + m.end() - 1, format!("{said} đến")),
        None => (end, said),
    }
}

/// The number (with what belongs to it) starting at `text[i..]`: bytes consumed and
/// words. `out` is what has been written before it, for context.
pub(super) fn figure_at(text: &str, i: usize, out: &mut String) -> (usize, String) {
    let rest = &text[i..];
    let last = last_word(out);
    let found = document_number(rest)
        .or_else(|| date_or_time(rest, &last))
        .or_else(|| range(rest, &last))
        .or_else(|| slashed(rest, &last));
    if let Some(found) = found {
        return found;
    }
    // A number, with its unit.
    let figure = figure_len(rest);
    let mut said = plain(&rest[..figure], rest, figure, &last);
    let mut end = figure;
    if let Some((unit_end, unit, temperature)) = unit_after(rest, figure) {
        said = format!("{said} {unit}");
        end = unit_end;
        // -5°C: the minus sign was written out already.
        let before: Vec<char> = text[..i].chars().rev().take(2).collect();
        if temperature
            && matches!(before.first(), Some('-' | '−'))
            && before.get(1).is_none_or(|c| c.is_whitespace() || *c == '(')
            && out.ends_with(['-', '−'])
        {
            out.pop();
            said = format!("âm {said}");
        }
    }
    (end, said)
}

/// A document's number: 12/KH-UBND, 100/2019/NĐ-CP.
fn document_number(rest: &str) -> Option<(usize, String)> {
    if let Some(c) = re!(r"^([0-9]+)(?:/([0-9]{4}))?/([A-ZĐ][A-Za-zĐđ0-9&]*(?:-[A-ZĐ][A-Za-zĐđ0-9&]*)*)").captures(rest)
    {
        let end = c[0].len();
        if !is_word_char(rest[end..].chars().next()) {
            let mut s = int_words(&c[1]);
            if let Some(y) = c.get(2) {
                s = format!("{s} năm {}", int_words(y.as_str()));
            }
            let code = re!(r"[0-9]+").replace_all(&c[3], |d: &Captures| format!(" {} ", int_words(&d[0])));
            return Some((end, format!("{s} {}", code.trim())));
        }
    }
    None
}

/// A date (15/3/2024, 01/7/2025, 15-3-2024, 15.3.2024, 2024-03-15) or a time (7h30,
/// 14h, 14:30).
fn date_or_time(rest: &str, last: &str) -> Option<(usize, String)> {
    let next_is_digit = |n: usize| rest[n..].starts_with(|c: char| c.is_ascii_digit());
    if let Some(c) = re!(r"^([0-9]{1,2})([/.-])([0-9]{1,2})([/.-])([0-9]{4})").captures(rest)
        && c[2] == c[4]
        && !next_is_digit(c[0].len())
        && let Some(d) =
            NaiveDate::from_ymd_opt(c[5].parse().unwrap_or(0), c[3].parse().unwrap_or(0), c[1].parse().unwrap_or(0))
    {
        return Some(until(rest, c[0].len(), dated(last, d.day(), d.month(), Some(d.year()))));
    }
    // 2024-03-15
    if let Some(c) = re!(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})").captures(rest)
        && !next_is_digit(c[0].len())
        && let Some(d) =
            NaiveDate::from_ymd_opt(c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0), c[3].parse().unwrap_or(0))
    {
        return Some(until(rest, c[0].len(), dated(last, d.day(), d.month(), Some(d.year()))));
    }
    // A time: 7h30, 14h, 14:30.
    if let Some(c) = re!(r"^([0-9]{1,2})(?:h([0-9]{2})?'?|:([0-9]{2}))").captures(rest)
        && !is_word_char(rest[c[0].len()..].chars().next())
    {
        let hour: u64 = c[1].parse().unwrap_or(99);
        let minute: u64 = c.get(2).or(c.get(3)).map_or(0, |m| m.as_str().parse().unwrap_or(99));
        if hour <= 24 && minute < 60 {
            let mut s = format!("{} giờ", number(hour));
            if minute > 0 {
                s = format!("{s} {} phút", number(minute));
            }
            return Some(until(rest, c[0].len(), s));
        }
    }
    None
}

/// A range, 2020-2025 or 2020 – 2025: the first number and `đến`; the second is read
/// on its own, with its unit.
fn range(rest: &str, last: &str) -> Option<(usize, String)> {
    if let Some(c) = re!(r"^([0-9]+(?:[.,][0-9]+)*)[ \u{a0}]*[-–—][ \u{a0}]*[0-9]").captures(rest)
        && !(c[1].starts_with('0') && c[1].len() > 3)
    {
        let first = plain(&c[1], rest, c[1].len(), last);
        return Some((c[0].len() - 1, format!("{first} đến")));
    }
    None
}

/// A slash between numbers: month/year, day/month, a fraction, a ratio.
fn slashed(rest: &str, last: &str) -> Option<(usize, String)> {
    let next_is_digit = |n: usize| rest[n..].starts_with(|c: char| c.is_ascii_digit());
    if let Some(c) = re!(r"^([0-9]+(?:[.,][0-9]+)*)/([0-9]+(?:[.,][0-9]+)*)").captures(rest)
        && !next_is_digit(c[0].len())
    {
        let (a, b) = (&c[1], &c[2]);
        let with_unit = |said: String| match unit_after(rest, c[0].len()) {
            Some((end, unit, _)) => (end, format!("{said} {unit}")),
            None => (c[0].len(), said),
        };
        let whole = |s: &str| s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse::<u32>().ok()).flatten();
        if let (Some(x), Some(y)) = (whole(a), whole(b)) {
            if (1..=12).contains(&x) && b.len() == 4 && (1000..=2999).contains(&y) {
                let month = if last == "tháng" { String::new() } else { "tháng ".to_owned() };
                return Some((c[0].len(), format!("{month}{} năm {}", month_name(x), number(y.into()))));
            }
            let day_month = (1..=12).contains(&y) && (1..=days_in_month(y)).contains(&x);
            if day_month && (matches!(last, "ngày" | "mồng" | "mùng") || x > y || HOLIDAYS.contains(&(x, y))) {
                return Some(until(rest, c[0].len(), dated(last, x, y, None)));
            }
            if x < y && y <= 4 {
                return Some(with_unit(format!("{} phần {}", number(x.into()), month_name(y))));
            }
        }
        return Some(with_unit(format!("{} trên {}", figure_words(a), figure_words(b))));
    }
    None
}

/// A number alone, read as its context asks: `tháng 4` → `tháng tư`, `thứ 1` →
/// `thứ nhất`, `ngày 5 tháng 7` → `ngày mồng năm tháng bảy`.
pub(super) fn plain(figure: &str, rest: &str, end: usize, last: &str) -> String {
    if figure.len() <= 2
        && let Ok(n) = figure.parse::<u32>()
    {
        match last {
            "tháng" if (1..=12).contains(&n) => return month_name(n),
            "thứ" if n == 1 => return "nhất".to_owned(),
            "thứ" if n == 4 => return "tư".to_owned(),
            "ngày" if (1..=10).contains(&n) && rest[end..].trim_start().starts_with("tháng") => return day_words(n),
            _ => {}
        }
    }
    figure_words(figure)
}

/// Every number in `text` in words.
pub(super) fn read_figures(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        if !c.is_ascii_digit() {
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        let (len, said) = if is_word_char(text[..i].chars().next_back()) {
            // Glued to letters (QH15, H5N1, v1.2): the figure alone.
            let len = figure_len(&text[i..]);
            (len, figure_words(&text[i..i + len]))
        } else {
            figure_at(text, i, &mut out)
        };
        if is_word_char(out.chars().next_back()) {
            out.push(' ');
        }
        out.push_str(&said);
        i += len;
        if is_word_char(text[i..].chars().next()) {
            out.push(' ');
        }
    }
    out
}
