//! A story read aloud: the script an announcer reads on a commune's loudspeakers
//! ("đài truyền thanh"), in spoken Vietnamese as VOV and VTV read it (northern,
//! standard usage). Numbers, dates, money, percentages and units are written out in
//! words, abbreviations expanded, addresses and footnote markers dropped; sentence
//! punctuation stays so the announcer can breathe.
//!
//! Reading rules, in short: `mười` (10), `mười lăm` (15), `hai mươi mốt` (21),
//! `hai mươi tư` (24), `một trăm linh năm` (105), `một nghìn không trăm hai mươi`
//! (1020), `tỷ`; "." groups thousands and "," is the decimal comma (`6,2` →
//! `sáu phẩy hai`); `ngày mồng một` for days 1–10, `tháng tư` for April.

use super::tone::{ToneStyle, restyle};
use chrono::{Datelike, NaiveDate};
use regex::{Captures, Regex};
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

macro_rules! re {
    ($pat:expr) => {{
        static RE: OnceLock<Regex> = OnceLock::new();
        RE.get_or_init(|| Regex::new($pat).expect("built-in pattern"))
    }};
}

/// A steady announcer's pace on outdoor loudspeakers, in syllables (written words) per
/// minute: slower than a studio news read (about 200–220) so the words carry.
pub const SYLLABLES_PER_MINUTE: u32 = 180;

/// Abbreviations to expand: (written form, spoken form), e.g. ("UBND", "Ủy ban nhân dân").
/// Matched case-sensitively, as whole words, the longest written form first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Abbreviations(pub Vec<(String, String)>);

/// Written forms read only before a capitalised name ("TT Phong Điền" is a thị trấn,
/// "Thông tư 12/2020/TT-BTC" is not).
const BEFORE_NAMES: &[&str] = &["TT", "TX"];
/// Written forms whose abbreviation dot goes unread before a name ("TP. Huế").
const PLACE_PREFIXES: &[&str] = &["TP", "TT", "TX"];

impl Abbreviations {
    /// The abbreviations of local government and the new-countryside programme.
    pub fn builtin() -> Abbreviations {
        const LIST: &[(&str, &str)] = &[
            ("UBND", "Ủy ban nhân dân"),
            ("HĐND", "Hội đồng nhân dân"),
            ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
            ("MTTQ", "Mặt trận Tổ quốc"),
            ("HTX", "hợp tác xã"),
            ("THCS", "trung học cơ sở"),
            ("THPT", "trung học phổ thông"),
            ("TT", "thị trấn"),
            ("TX", "thị xã"),
            ("TP.HCM", "Thành phố Hồ Chí Minh"),
            ("TPHCM", "Thành phố Hồ Chí Minh"),
            ("TP", "thành phố"),
            ("HCM", "Hồ Chí Minh"),
            ("CLB", "câu lạc bộ"),
            ("BHYT", "bảo hiểm y tế"),
            ("BHXH", "bảo hiểm xã hội"),
            ("OCOP", "ô-cốp"),
            ("NTM", "nông thôn mới"),
            ("KH", "kế hoạch"),
            ("QĐ", "quyết định"),
            ("NQ", "nghị quyết"),
            ("NĐ-CP", "Nghị định của Chính phủ"),
            ("VietGAP", "Việt-GAP"),
            ("ATTP", "an toàn thực phẩm"),
            ("ATGT", "an toàn giao thông"),
            ("ANTT", "an ninh trật tự"),
            ("PCCC", "phòng cháy, chữa cháy"),
            ("KT-XH", "kinh tế - xã hội"),
            ("CNH-HĐH", "công nghiệp hóa, hiện đại hóa"),
            ("GD&ĐT", "Giáo dục và Đào tạo"),
            ("NN&PTNT", "Nông nghiệp và Phát triển nông thôn"),
            ("BCH", "Ban Chấp hành"),
            ("BCĐ", "Ban Chỉ đạo"),
            ("CCB", "Cựu chiến binh"),
            ("LHPN", "Liên hiệp Phụ nữ"),
            ("TNCS", "Thanh niên Cộng sản"),
            ("CNTT", "công nghệ thông tin"),
            ("ĐBSCL", "Đồng bằng sông Cửu Long"),
            ("VN", "Việt Nam"),
            ("SĐT", "số điện thoại"),
            ("Đ/c", "Đồng chí"),
            ("đ/c", "đồng chí"),
        ];
        Abbreviations(LIST.iter().map(|(w, s)| (w.to_string(), s.to_string())).collect())
    }

    /// These abbreviations and `extra` (a site's own list); an entry of `extra` replaces
    /// the one with the same written form.
    pub fn with(mut self, extra: impl IntoIterator<Item = (String, String)>) -> Abbreviations {
        for (written, said) in extra {
            match self.0.iter_mut().find(|(w, _)| *w == written) {
                Some(entry) => entry.1 = said,
                None => self.0.push((written, said)),
            }
        }
        self
    }
}

const DIGITS: [&str; 10] = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/// Three digits; `full` when a higher group was read, so that 5 is `không trăm linh năm`.
fn triple(n: u64, full: bool, words: &mut Vec<&'static str>) {
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
fn below_billion(n: u64, mut full: bool, words: &mut Vec<&'static str>) {
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

fn number_words(n: u64, words: &mut Vec<&'static str>) {
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
pub fn number(n: u64) -> String {
    if n == 0 {
        return DIGITS[0].to_owned();
    }
    let mut words = Vec::new();
    number_words(n, &mut words);
    words.join(" ")
}

fn month_name(m: u32) -> String {
    if m == 4 { "tư".to_owned() } else { number(m.into()) }
}

fn day_words(d: u32) -> String {
    if d <= 10 { format!("mồng {}", number(d.into())) } else { number(d.into()) }
}

fn year_words(y: i32) -> String {
    if y < 0 { format!("{} trước Công nguyên", number(y.unsigned_abs().into())) } else { number(y as u64) }
}

/// A day and month (and year) after the word `last` already written: "ngày" and
/// "mồng" are not said twice.
fn dated(last: &str, day: u32, month: u32, year: Option<i32>) -> String {
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
pub fn date(d: NaiveDate) -> String {
    dated("", d.day(), d.month(), Some(d.year()))
}

fn digit_by_digit(s: &str) -> String {
    s.bytes().filter(u8::is_ascii_digit).map(|b| DIGITS[(b - b'0') as usize]).collect::<Vec<_>>().join(" ")
}

/// A run of digits: a number, but a long run or one with a leading zero beyond "05"
/// (a telephone number, a code) digit by digit.
fn int_words(s: &str) -> String {
    if s.len() > 9 || (s.len() > 3 && s.starts_with('0')) {
        return digit_by_digit(s);
    }
    s.parse().map(number).unwrap_or_else(|_| digit_by_digit(s))
}

/// `int,frac`: the fraction after `phẩy` with its leading zeros said (`0,05` →
/// `không phẩy không năm`), up to three digits as a number, longer ones digit by digit.
fn decimal(int: &str, frac: &str) -> String {
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
fn figure_words(s: &str) -> String {
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

/// Units after a number, longest first where one begins another.
const UNITS: &[(&str, &str)] = &[
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
];

/// After a slash only: `km/h`.
const PER_UNITS: &[(&str, &str)] = &[("h", "giờ")];

/// Denominators read with `một` ("đồng/người/năm" → "đồng một người một năm"); others
/// with `trên` ("tấn/ha" → "tấn trên héc-ta").
const PER_ONE: &[&str] = &["người", "năm", "tháng", "tuần", "ngày", "giờ", "hộ", "khẩu", "lượt", "con", "lần"];

/// Words for millions and billions between a number and its unit.
const MAGNITUDES: &[&str] = &["nghìn", "ngàn", "triệu", "tỷ", "tỉ"];

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// A unit symbol at the start of `s`, ending on a word boundary: (bytes, spoken).
fn unit_symbol(s: &str, per: bool) -> Option<(usize, &'static str)> {
    let extra = if per { PER_UNITS } else { &[] };
    UNITS.iter().chain(extra).find_map(|(sym, said)| {
        (s.starts_with(sym) && !is_word_char(s[sym.len()..].chars().next())).then_some((sym.len(), *said))
    })
}

fn lowercase_word(s: &str) -> usize {
    s.char_indices().find(|(_, c)| !c.is_lowercase()).map_or(s.len(), |(i, _)| i)
}

/// The unit after a number at `rest[start..]`, with its `/…` denominators: (end, words,
/// whether it is a temperature). Vietnamese words stay as written; only a word followed
/// by a slash (`đồng/kg`) is taken, to read the slash.
fn unit_after(rest: &str, start: usize) -> Option<(usize, String, bool)> {
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
    let money = first == "đồng" || first == "đô la Mỹ";
    let temperature = first.starts_with("độ");
    words.push_str(&first);
    while rest[end..].starts_with('/') {
        let s = &rest[end + 1..];
        let (len, said) = match unit_symbol(s, true) {
            Some((len, said)) => (len, said.to_owned()),
            None => {
                let len = lowercase_word(s);
                if len == 0 || is_word_char(s[len..].chars().next()) {
                    break;
                }
                (len, s[..len].to_owned())
            }
        };
        words.push_str(if money || PER_ONE.contains(&said.as_str()) { " một " } else { " trên " });
        words.push_str(&said);
        end += 1 + len;
    }
    Some((end, words, temperature))
}

/// The last word of what has been written so far, in lower case.
fn last_word(out: &str) -> String {
    let t = out.trim_end_matches([' ', '\u{a0}']);
    let start = t.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
    t[start..].to_lowercase()
}

fn days_in_month(m: u32) -> u32 {
    [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][(m - 1) as usize]
}

/// Days written as day/month without "ngày" though the day is the smaller number.
const HOLIDAYS: &[(u32, u32)] = &[(2, 9), (1, 5), (1, 6)];

/// The length of the figure `s` starts with: digits, with dots and commas between them.
fn figure_len(s: &str) -> usize {
    re!(r"^[0-9]+(?:[.,][0-9]+)*").find(s).map_or(0, |m| m.end())
}

/// A date or time followed by a dash and a number (`15/3 - 20/3`, `7h - 11h`): `đến`
/// said, and the dash consumed.
fn until(rest: &str, end: usize, said: String) -> (usize, String) {
    match re!(r"^[ \u{a0}]*[-–—][ \u{a0}]*[0-9]").find(&rest[end..]) {
        Some(m) => (end + m.end() - 1, format!("{said} đến")),
        None => (end, said),
    }
}

/// The number (with what belongs to it) starting at `text[i..]`: bytes consumed and
/// words. `out` is what has been written before it, for context.
fn figure_at(text: &str, i: usize, out: &mut String) -> (usize, String) {
    let rest = &text[i..];
    let next_is_digit = |n: usize| rest[n..].starts_with(|c: char| c.is_ascii_digit());
    let last = last_word(out);

    // A document's number: 12/KH-UBND, 100/2019/NĐ-CP.
    if let Some(c) = re!(r"^([0-9]+)(?:/([0-9]{4}))?/([A-ZĐ][A-Za-zĐđ0-9&]*(?:-[A-ZĐ][A-Za-zĐđ0-9&]*)*)").captures(rest)
    {
        let end = c[0].len();
        if !is_word_char(rest[end..].chars().next()) {
            let mut s = int_words(&c[1]);
            if let Some(y) = c.get(2) {
                s = format!("{s} năm {}", int_words(y.as_str()));
            }
            let code = re!(r"[0-9]+").replace_all(&c[3], |d: &Captures| format!(" {} ", int_words(&d[0])));
            return (end, format!("{s} {}", code.trim()));
        }
    }
    // A date: 15/3/2024, 01/7/2025, 15-3-2024, 15.3.2024.
    if let Some(c) = re!(r"^([0-9]{1,2})([/.-])([0-9]{1,2})([/.-])([0-9]{4})").captures(rest)
        && c[2] == c[4]
        && !next_is_digit(c[0].len())
        && let Some(d) =
            NaiveDate::from_ymd_opt(c[5].parse().unwrap_or(0), c[3].parse().unwrap_or(0), c[1].parse().unwrap_or(0))
    {
        return until(rest, c[0].len(), dated(&last, d.day(), d.month(), Some(d.year())));
    }
    // 2024-03-15
    if let Some(c) = re!(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})").captures(rest)
        && !next_is_digit(c[0].len())
        && let Some(d) =
            NaiveDate::from_ymd_opt(c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0), c[3].parse().unwrap_or(0))
    {
        return until(rest, c[0].len(), dated(&last, d.day(), d.month(), Some(d.year())));
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
            return until(rest, c[0].len(), s);
        }
    }
    // A range, 2020-2025 or 2020 – 2025: the first number and `đến`; the second is read
    // on its own, with its unit.
    if let Some(c) = re!(r"^([0-9]+(?:[.,][0-9]+)*)[ \u{a0}]*[-–—][ \u{a0}]*[0-9]").captures(rest)
        && !(c[1].starts_with('0') && c[1].len() > 3)
    {
        let first = plain(&c[1], rest, c[1].len(), &last);
        return (c[0].len() - 1, format!("{first} đến"));
    }
    // A slash between numbers: month/year, day/month, a fraction, a ratio.
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
                return (c[0].len(), format!("{month}{} năm {}", month_name(x), number(y.into())));
            }
            let day_month = (1..=12).contains(&y) && (1..=days_in_month(y)).contains(&x);
            if day_month && (matches!(last.as_str(), "ngày" | "mồng" | "mùng") || x > y || HOLIDAYS.contains(&(x, y)))
            {
                return until(rest, c[0].len(), dated(&last, x, y, None));
            }
            if x < y && y <= 4 {
                return with_unit(format!("{} phần {}", number(x.into()), month_name(y)));
            }
        }
        return with_unit(format!("{} trên {}", figure_words(a), figure_words(b)));
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

/// A number alone, read as its context asks: `tháng 4` → `tháng tư`, `thứ 1` →
/// `thứ nhất`, `ngày 5 tháng 7` → `ngày mồng năm tháng bảy`.
fn plain(figure: &str, rest: &str, end: usize, last: &str) -> String {
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
fn read_figures(text: &str) -> String {
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

fn roman(s: &str) -> Option<u32> {
    let value = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        _ => 0,
    };
    let digits: Vec<u32> = s.chars().map(value).collect();
    let n = digits.iter().enumerate().fold(0i64, |n, (k, &d)| {
        if digits.get(k + 1).is_some_and(|&next| next > d) { n - i64::from(d) } else { n + i64::from(d) }
    });
    let n = u32::try_from(n).ok().filter(|n| (1..400).contains(n))?;
    // Only the canonical spelling (not IIII or VX).
    let mut canonical = String::new();
    let mut r = n;
    for (v, sym) in [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    {
        while r >= v {
            canonical.push_str(sym);
            r -= v;
        }
    }
    (canonical == s).then_some(n)
}

/// Whether `key` can be expanded at `text[i..]`: a whole word, and for `TT` before a
/// name. Returns the end of what is consumed and whether that takes a dot ("TP. Huế").
fn abbreviation_at(text: &str, i: usize, key: &str) -> Option<(usize, bool)> {
    if !text[i..].starts_with(key) || is_word_char(text[..i].chars().next_back()) {
        return None;
    }
    let end = i + key.len();
    if is_word_char(text[end..].chars().next()) {
        return None;
    }
    let after_dot = text[end..].strip_prefix('.').map(|s| s.trim_start_matches(' '));
    let name_follows = |s: &str| s.starts_with(|c: char| c.is_uppercase());
    if BEFORE_NAMES.contains(&key) && !name_follows(after_dot.unwrap_or_else(|| text[end..].trim_start_matches(' '))) {
        return None;
    }
    if PLACE_PREFIXES.contains(&key) && after_dot.is_some_and(name_follows) {
        return Some((end + 1, true));
    }
    Some((end, false))
}

/// Expands `list` in `text`; two abbreviations joined by a hyphen (`QĐ-UBND`) are read
/// one after the other.
fn expand(text: &str, list: &[&(String, String)]) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    let find = |i: usize| list.iter().find_map(|(w, s)| abbreviation_at(text, i, w).map(|(end, dot)| (end, dot, s)));
    while let Some(c) = text[i..].chars().next() {
        let Some((end, dot, said)) = find(i) else {
            out.push(c);
            i += c.len_utf8();
            continue;
        };
        out.push_str(said);
        if dot && !text[end..].starts_with(' ') {
            out.push(' ');
        }
        i = end;
        if text[i..].starts_with('-') && find(i + 1).is_some() {
            out.push(' ');
            i += 1;
        }
    }
    out
}

/// URLs, e-mail addresses, footnote markers and Markdown leftovers out; Roman numerals
/// after the words that take them in Arabic digits.
fn drop_noise(text: &str) -> String {
    let mut s = text.to_owned();
    let mut gone = |pat: &Regex, with: &str| s = pat.replace_all(&s, with).into_owned();
    gone(re!(r"m\^2"), "m²");
    gone(re!(r"m\^3"), "m³");
    gone(re!(r#"(?i)\b(?:https?://|www\.)[^\s<>()\[\]"'“”]*[^\s<>()\[\]"'“”.,;:!?]"#), "");
    gone(re!(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"), "");
    gone(
        re!(
            r#"(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|gov|edu|info)\b(?:/[^\s<>()"'“”]*[^\s<>()"'“”.,;:!?])?"#
        ),
        "",
    );
    gone(re!(r"\[\^[^\]\s]+\]|\[[0-9]+\]|\^[0-9]+"), "");
    gone(re!(r"(?m)^[ \t]*(?:[-*+>]|#{1,6})[ \t]+"), "");
    gone(re!(r"~[ \t]*([0-9])"), "khoảng $1");
    gone(re!(r"([[:alnum:]])_([[:alnum:]])"), "$1 $2");
    gone(re!(r"[*#|_`~]"), " ");
    s
}

fn roman_numerals(text: &str) -> String {
    re!(r"\b(thứ|Thứ|khóa|Khóa|khoá|Khoá|quý|Quý|kỳ|Kỳ|kỷ|Kỷ|hội|Hội|chương|Chương|điều|Điều|phần|Phần|mục|Mục)(\s+)([IVXLC]+)\b")
        .replace_all(text, |c: &Captures| match roman(&c[3]) {
            Some(n) => format!("{}{}{n}", &c[1], &c[2]),
            None => c[0].to_owned(),
        })
        .into_owned()
}

/// Spaces and punctuation after words were taken out: one space, none before a comma,
/// no empty brackets, paragraphs a blank line apart.
fn tidy(text: &str) -> String {
    let mut s = text.replace('&', " và ");
    let mut fix = |pat: &Regex, with: &str| s = pat.replace_all(&s, with).into_owned();
    fix(re!(r"\(\s*\)|\[\s*\]"), "");
    fix(re!(r"[ \t\u{a0}]+"), " ");
    fix(re!(r" +([,.;:!?…)\]”’»])"), "$1");
    fix(re!(r"([(\[“‘«]) +"), "$1");
    fix(re!(r"[,;:]+\s*([.!?])"), "$1");
    fix(re!(r"(?m)^ +| +$"), "");
    fix(re!(r"\n{3,}"), "\n\n");
    s.trim().to_owned()
}

/// Every syllable in the old tone placement ("hoà" → "hòa", "Uỷ" → "Ủy").
fn old_tones(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match restyle(word, ToneStyle::Old) {
            Some(w) => out.push_str(&w),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The whole text as spoken: abbreviations expanded, numbers, dates, money, percentages,
/// units read out; URLs, emails and footnote markers dropped.
pub fn spoken(text: &str, abbr: &Abbreviations) -> String {
    let text: String = text.nfc().collect();
    let mut list: Vec<&(String, String)> = abbr.0.iter().filter(|(w, _)| !w.is_empty()).collect();
    list.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
    let (with_digits, words): (Vec<_>, Vec<_>) =
        list.into_iter().partition(|(w, _)| w.contains(|c: char| c.is_ascii_digit()));

    let s = drop_noise(&text);
    // A site's own "Covid-19" before the digits are read; then "COVID-19" is "COVID 19"
    // (but "7h-11h" is a range).
    let s = expand(&s, &with_digits);
    let s = re!(r"\b(\p{L}+)-([0-9])").replace_all(&s, "$1 $2");
    let s = roman_numerals(&s);
    let s = read_figures(&s);
    let s = expand(&s, &words);
    old_tones(&tidy(&s))
}

/// Airtime in seconds at `SYLLABLES_PER_MINUTE` (180), rounded up. A syllable is a
/// written word; the parts of a hyphenated loan word (`ki-lô-mét`) count one each.
pub fn airtime_seconds(spoken: &str) -> u32 {
    let syllables =
        spoken.split(|c: char| c.is_whitespace() || c == '-').filter(|w| w.chars().any(char::is_alphanumeric)).count()
            as u64;
    u32::try_from((syllables * 60).div_ceil(u64::from(SYLLABLES_PER_MINUTE))).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn say(text: &str) -> String {
        spoken(text, &Abbreviations::builtin())
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn numbers_as_read_aloud() {
        assert_eq!(number(1950), "một nghìn chín trăm năm mươi");
        assert_eq!(number(21), "hai mươi mốt");
        assert_eq!(number(105), "một trăm linh năm");
        assert_eq!(number(2024), "hai nghìn không trăm hai mươi tư");
        assert_eq!(number(0), "không");
        assert_eq!(number(5), "năm");
        assert_eq!(number(10), "mười");
        assert_eq!(number(11), "mười một");
        assert_eq!(number(14), "mười bốn");
        assert_eq!(number(15), "mười lăm");
        assert_eq!(number(20), "hai mươi");
        assert_eq!(number(24), "hai mươi tư");
        assert_eq!(number(25), "hai mươi lăm");
        assert_eq!(number(41), "bốn mươi mốt");
        assert_eq!(number(55), "năm mươi lăm");
        assert_eq!(number(101), "một trăm linh một");
        assert_eq!(number(104), "một trăm linh bốn");
        assert_eq!(number(110), "một trăm mười");
        assert_eq!(number(115), "một trăm mười lăm");
        assert_eq!(number(500), "năm trăm");
        assert_eq!(number(1020), "một nghìn không trăm hai mươi");
        assert_eq!(number(1005), "một nghìn không trăm linh năm");
        assert_eq!(number(2000), "hai nghìn");
        assert_eq!(number(10_000), "mười nghìn");
        assert_eq!(number(15_000), "mười lăm nghìn");
        assert_eq!(number(400_000), "bốn trăm nghìn");
        assert_eq!(number(1_000_000), "một triệu");
        assert_eq!(number(1_000_005), "một triệu không trăm linh năm");
        assert_eq!(number(12_500_000), "mười hai triệu năm trăm nghìn");
        assert_eq!(number(1_000_000_000), "một tỷ");
        assert_eq!(number(2_500_000_000), "hai tỷ năm trăm triệu");
        assert_eq!(number(1_000_000_000_000), "một nghìn tỷ");
    }

    #[test]
    fn dates_as_read_aloud() {
        assert_eq!(date(ymd(2024, 3, 15)), "ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi tư");
        assert_eq!(date(ymd(2025, 7, 1)), "ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm");
        assert_eq!(date(ymd(1975, 4, 30)), "ngày ba mươi tháng tư năm một nghìn chín trăm bảy mươi lăm");
        assert_eq!(date(ymd(2024, 12, 10)), "ngày mồng mười tháng mười hai năm hai nghìn không trăm hai mươi tư");
        assert_eq!(date(ymd(2023, 11, 20)), "ngày hai mươi tháng mười một năm hai nghìn không trăm hai mươi ba");
    }

    #[test]
    fn dates_in_text() {
        let march = "ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi tư";
        assert_eq!(say("15/3/2024"), march);
        assert_eq!(say("15/03/2024"), march);
        assert_eq!(say("ngày 15/3/2024"), march);
        assert_eq!(say("Ngày 15/3/2024, xã"), "Ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi tư, xã");
        assert_eq!(say("01/7/2025"), "ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm");
        assert_eq!(say("ngày 1/7"), "ngày mồng một tháng bảy");
        assert_eq!(say("ngày 5 tháng 7"), "ngày mồng năm tháng bảy");
        assert_eq!(say("mồng 2/9"), "mồng hai tháng chín");
        assert_eq!(say("dịp 2/9"), "dịp ngày mồng hai tháng chín");
        assert_eq!(say("năm 2024"), "năm hai nghìn không trăm hai mươi tư");
        assert_eq!(say("3/2024"), "tháng ba năm hai nghìn không trăm hai mươi tư");
        assert_eq!(say("tháng 4/2024"), "tháng tư năm hai nghìn không trăm hai mươi tư");
        assert_eq!(say("tháng 4 năm 2024"), "tháng tư năm hai nghìn không trăm hai mươi tư");
        assert_eq!(say("2024-03-15"), march);
    }

    #[test]
    fn money_percentages_and_units() {
        assert_eq!(say("6,2 tỷ đồng"), "sáu phẩy hai tỷ đồng");
        assert_eq!(say("400.000 đồng"), "bốn trăm nghìn đồng");
        assert_eq!(say("400.000đ"), "bốn trăm nghìn đồng");
        assert_eq!(say("400.000 VNĐ"), "bốn trăm nghìn đồng");
        assert_eq!(say("12.500.000 đồng"), "mười hai triệu năm trăm nghìn đồng");
        assert_eq!(say("5 triệu VND"), "năm triệu đồng");
        assert_eq!(say("25%"), "hai mươi lăm phần trăm");
        assert_eq!(say("92,5%"), "chín mươi hai phẩy năm phần trăm");
        assert_eq!(say("0,5 ha"), "không phẩy năm héc-ta");
        assert_eq!(say("3.5"), "ba phẩy năm");
        assert_eq!(say("0,05"), "không phẩy không năm");
        assert_eq!(say("1.950 m²"), "một nghìn chín trăm năm mươi mét vuông");
        assert_eq!(say("120 m2"), "một trăm hai mươi mét vuông");
        assert_eq!(say("12 km"), "mười hai ki-lô-mét");
        assert_eq!(say("30kg"), "ba mươi ki-lô-gam");
        assert_eq!(say("3 tấn"), "ba tấn");
        assert_eq!(say("cao 5 m."), "cao năm mét.");
        assert_eq!(say("5 máy"), "năm máy");
        assert_eq!(say("2 hai"), "hai hai");
        assert_eq!(say("28°C"), "hai mươi tám độ C");
        assert_eq!(say("rét -3°C"), "rét âm ba độ C");
        assert_eq!(say("52 triệu đồng/người/năm"), "năm mươi hai triệu đồng một người một năm");
        assert_eq!(say("30.000 đồng/kg"), "ba mươi nghìn đồng một ki-lô-gam");
        assert_eq!(say("6 tấn/ha"), "sáu tấn trên héc-ta");
        assert_eq!(say("0912345678"), "không chín một hai ba bốn năm sáu bảy tám");
        assert_eq!(say("05 hộ"), "năm hộ");
    }

    #[test]
    fn ranges_ratios_and_fractions() {
        assert_eq!(say("172/185 hộ"), "một trăm bảy mươi hai trên một trăm tám mươi lăm hộ");
        let years = "hai nghìn không trăm hai mươi đến hai nghìn không trăm hai mươi lăm";
        assert_eq!(say("2020-2025"), years);
        assert_eq!(say("2020 - 2025"), years);
        assert_eq!(say("giai đoạn 2020–2025"), format!("giai đoạn {years}"));
        assert_eq!(say("đạt 19/19 tiêu chí"), "đạt mười chín trên mười chín tiêu chí");
        assert_eq!(say("10/10 hộ"), "mười trên mười hộ");
        assert_eq!(say("3/4 số hộ"), "ba phần tư số hộ");
        assert_eq!(say("3/4 ha"), "ba phần tư héc-ta");
        assert_eq!(say("120/150 m²"), "một trăm hai mươi trên một trăm năm mươi mét vuông");
        assert_eq!(say("20-25%"), "hai mươi đến hai mươi lăm phần trăm");
    }

    #[test]
    fn times_ordinals_and_roman_numerals() {
        assert_eq!(say("7h30"), "bảy giờ ba mươi phút");
        assert_eq!(say("14h,"), "mười bốn giờ,");
        assert_eq!(say("lần thứ 4"), "lần thứ tư");
        assert_eq!(say("thứ 1"), "thứ nhất");
        assert_eq!(say("Đại hội XIII"), "Đại hội mười ba");
        assert_eq!(say("lần thứ IV"), "lần thứ tư");
        assert_eq!(say("quý II"), "quý hai");
        assert_eq!(say("thế kỷ XXI"), "thế kỷ hai mươi mốt");
    }

    #[test]
    fn abbreviations() {
        assert!(say("UBND xã").starts_with("Ủy ban nhân dân xã"));
        assert_eq!(say("HĐND xã"), "Hội đồng nhân dân xã");
        assert_eq!(say("HTX Bình Minh"), "hợp tác xã Bình Minh");
        assert_eq!(say("UBMTTQ xã"), "Ủy ban Mặt trận Tổ quốc xã");
        assert_eq!(say("sản phẩm OCOP"), "sản phẩm ô-cốp");
        assert_eq!(say("đạt chuẩn VietGAP"), "đạt chuẩn Việt-GAP");
        assert_eq!(say("TT Phong Điền"), "thị trấn Phong Điền");
        assert_eq!(say("theo TT này"), "theo TT này");
        assert_eq!(say("TP. Huế"), "thành phố Huế");
        assert_eq!(say("TP.HCM"), "Thành phố Hồ Chí Minh");
        assert_eq!(say("UBNDX"), "UBNDX");
        assert_eq!(say("ubnd"), "ubnd");
        assert_eq!(
            say("Nghị định 100/2019/NĐ-CP"),
            "Nghị định một trăm năm hai nghìn không trăm mười chín Nghị định của Chính phủ"
        );
        assert_eq!(say("Quyết định số 12/QĐ-UBND"), "Quyết định số mười hai quyết định Ủy ban nhân dân");
        assert_eq!(say("Sở GD&ĐT"), "Sở Giáo dục và Đào tạo");
        let site = Abbreviations::builtin().with([
            ("HTX".to_owned(), "Hợp tác xã".to_owned()),
            ("Covid-19".to_owned(), "Cô-vít mười chín".to_owned()),
        ]);
        assert_eq!(spoken("HTX và Covid-19", &site), "Hợp tác xã và Cô-vít mười chín");
        let new_style = Abbreviations(vec![("UBKT".to_owned(), "Uỷ ban Kiểm tra".to_owned())]);
        assert_eq!(spoken("UBKT hoà giải", &new_style), "Ủy ban Kiểm tra hòa giải");
    }

    #[test]
    fn noise_is_dropped_and_punctuation_kept() {
        assert_eq!(say("Xem tại https://xa.gov.vn/tin/1.html."), "Xem tại.");
        assert_eq!(say("Liên hệ www.xa.gov.vn hoặc a.b@xa.gov.vn."), "Liên hệ hoặc.");
        assert_eq!(say("Theo baochinhphu.vn, xã"), "Theo, xã");
        assert_eq!(say("xã đạt chuẩn[1] năm 2020^2."), "xã đạt chuẩn năm hai nghìn không trăm hai mươi.");
        assert_eq!(say("**Chị Hoa** là _tấm gương_ sáng."), "Chị Hoa là tấm gương sáng.");
        assert_eq!(say("# Tiêu đề\n\nĐoạn một.\n\n\n\n- Ý hai"), "Tiêu đề\n\nĐoạn một.\n\nÝ hai");
        assert_eq!(say("Xã (https://x.vn) đạt"), "Xã đạt");
        assert_eq!(say("Chào bạn! Vâng? Được; tốt."), "Chào bạn! Vâng? Được; tốt.");
        assert_eq!(say("dịch COVID-19"), "dịch COVID mười chín");
    }

    #[test]
    fn no_digit_is_left_and_nothing_panics() {
        // Pieces that meet in awkward ways, joined by a small deterministic generator.
        let pieces = [
            "0",
            "1",
            "5",
            "12",
            "2024",
            "0912",
            ".",
            ",",
            "/",
            "-",
            "–",
            " ",
            "h",
            "m",
            "m²",
            "°C",
            "%",
            "đ",
            "ha",
            "tháng ",
            "ngày ",
            "thứ ",
            "mồng ",
            "UBND",
            "TT",
            "TP.",
            "Ủy",
            "²",
            "^",
            "[1]",
            "XIV",
            "quý ",
            "đồng/",
            "kg",
            "\n\n",
            "(",
            ")",
            ":",
            "x",
            "Đ",
            "https://a.vn/1",
            "a@b.vn",
            "_",
            "*",
            "−",
            "~",
            "'",
            "\u{a0}",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..8 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            let said = say(&text);
            assert!(!said.contains(|c: char| c.is_ascii_digit()), "{text:?} → {said:?}");
        }
        assert_eq!(say(""), "");
        assert_eq!(say(&"9".repeat(40)), ["chín"; 40].join(" "));
    }

    #[test]
    fn airtime_at_180_syllables_a_minute() {
        assert_eq!(airtime_seconds(""), 0);
        assert_eq!(airtime_seconds("một"), 1);
        assert_eq!(airtime_seconds(&["một"; 180].join(" ")), 60);
        assert_eq!(airtime_seconds("mười hai ki-lô-mét."), 2); // 5 syllables: 1.67 s
        assert_eq!(airtime_seconds(&["hai mươi"; 90].join(", ")), 60);
    }
}
