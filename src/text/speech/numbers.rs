//! Numbers as words: integers, decimals, dates, and a written figure ("1.950", "6,2").

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::OnceLock;

pub(super) const DIGITS: [&str; 10] = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/// Three digits; `full` when a higher group was read, so that 5 is `không trăm linh năm`.
pub(super) fn triple(n: u64, full: bool, words: &mut Vec<&'static str>) {
    let (h, t, u) = ((n / 100) as usize, (n / 10 % 10) as usize, (n % 10) as usize);
    let hundreds = full || h > 0;
    if hundreds {
        words.extend([DIGITS[h], "trăm"]);
    }
    match t {
        0 if u > 0 => {
            if hundreds {
                words.push("linh");
            }
            words.push(DIGITS[u]);
        }
        0 => {}
        1 => {
            words.push("mười");
            match u {
                0 => {}
                5 => words.push("lăm"),
                _ => words.push(DIGITS[u]),
            }
        }
        _ => {
            words.extend([DIGITS[t], "mươi"]);
            match u {
                0 => {}
                1 => words.push("mốt"),
                4 => words.push("tư"),
                5 => words.push("lăm"),
                _ => words.push(DIGITS[u]),
            }
        }
    }
}

/// Below a billion; groups of zeros in the middle are skipped (1 000 005 is
/// `một triệu không trăm linh năm`).
pub(super) fn below_billion(n: u64, mut full: bool, words: &mut Vec<&'static str>) {
    for (group, name) in [(n / 1_000_000, "triệu"), (n / 1000 % 1000, "nghìn"), (n % 1000, "")] {
        if group == 0 {
            continue;
        }
        triple(group, full, words);
        if !name.is_empty() {
            words.push(name);
        }
        full = true;
    }
}

pub(super) fn number_words(n: u64, words: &mut Vec<&'static str>) {
    const BILLION: u64 = 1_000_000_000;
    if n >= BILLION {
        number_words(n / BILLION, words);
        words.push("tỷ");
        if !n.is_multiple_of(BILLION) {
            below_billion(n % BILLION, true, words);
        }
    } else {
        below_billion(n, false, words);
    }
}

/// A number as read aloud: 1950 → "một nghìn chín trăm năm mươi".
pub(crate) fn number(n: u64) -> String {
    if n == 0 {
        return DIGITS[0].to_owned();
    }
    let mut words = Vec::new();
    number_words(n, &mut words);
    words.join(" ")
}

pub(super) fn month_name(m: u32) -> String {
    if m == 4 { "tư".to_owned() } else { number(m.into()) }
}

pub(super) fn day_words(d: u32) -> String {
    if d <= 10 { format!("mồng {}", number(d.into())) } else { number(d.into()) }
}

pub(super) fn year_words(y: i32) -> String {
    if y < 0 { format!("{} trước Công nguyên", number(y.unsigned_abs().into())) } else { number(y as u64) }
}

/// A day and month (and year) after the word `last` already written: "ngày" and
/// "mồng" are not said twice.
pub(super) fn dated(last: &str, day: u32, month: u32, year: Option<i32>) -> String {
    let mut s = match last {
        "mồng" | "mùng" => number(day.into()),
        "ngày" => day_words(day),
        _ => format!("ngày {}", day_words(day)),
    };
    s.push_str(" tháng ");
    s.push_str(&month_name(month));
    if let Some(y) = year {
        s.push_str(" năm ");
        s.push_str(&year_words(y));
    }
    s
}

/// A date as read aloud: 2024-03-15 → "ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi tư".
pub(crate) fn date(d: NaiveDate) -> String {
    dated("", d.day(), d.month(), Some(d.year()))
}

pub(super) fn digit_by_digit(s: &str) -> String {
    s.bytes().filter(u8::is_ascii_digit).map(|b| DIGITS[(b - b'0') as usize]).collect::<Vec<_>>().join(" ")
}

/// A run of digits: a number, but a long run or one with a leading zero beyond "05"
/// (a telephone number, a code) digit by digit.
pub(super) fn int_words(s: &str) -> String {
    if s.len() > 9 || (s.len() > 3 && s.starts_with('0')) {
        return digit_by_digit(s);
    }
    s.parse().map(number).unwrap_or_else(|_| digit_by_digit(s))
}

/// `int,frac`: the fraction after `phẩy` with its leading zeros said (`0,05` →
/// `không phẩy không năm`), up to three digits as a number, longer ones digit by digit.
pub(super) fn decimal(int: &str, frac: &str) -> String {
    let zeros = frac.bytes().take_while(|b| *b == b'0').count();
    let mut words = vec![int_words(int), "phẩy".to_owned()];
    words.extend(std::iter::repeat_n(DIGITS[0].to_owned(), zeros));
    let rest = &frac[zeros..];
    if !rest.is_empty() {
        words.push(if rest.len() <= 3 { int_words(rest) } else { digit_by_digit(rest) });
    }
    words.join(" ")
}

/// Digits with `.` and `,` as Vietnamese writes them: `1.950` and `12.500.000` group
/// thousands, `6,2` has a decimal comma; a dot not followed by groups of three (`3.5`)
/// is taken for a decimal point.
pub(super) fn figure_words(s: &str) -> String {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return int_words(s);
    }
    if let Some(c) = re!(r"^([1-9][0-9]{0,2}(?:\.[0-9]{3})+)(?:,([0-9]+))?$").captures(s) {
        let int = c[1].replace('.', "");
        return match c.get(2) {
            Some(frac) => decimal(&int, frac.as_str()),
            None => int_words(&int),
        };
    }
    if let Some(c) = re!(r"^([0-9]+)[.,]([0-9]+)$").captures(s) {
        return decimal(&c[1], &c[2]);
    }
    // A telephone number written in groups (0912.345.678): digit by digit.
    if s.starts_with('0') {
        return digit_by_digit(s);
    }
    // Anything else (`1.2.3`): the parts one by one.
    let mut words = Vec::new();
    for part in s.split_inclusive(['.', ',']) {
        let digits = part.trim_end_matches(['.', ',']);
        words.push(int_words(digits));
        match part.as_bytes().last() {
            Some(b'.') => words.push("chấm".to_owned()),
            Some(b',') => words.push("phẩy".to_owned()),
            _ => {}
        }
    }
    words.join(" ")
}
