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
use regex::{Captures, Regex};
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

macro_rules! re {
    ($pat:expr) => {{
        static RE: OnceLock<Regex> = OnceLock::new();
        RE.get_or_init(|| Regex::new($pat).expect("built-in pattern"))
    }};
}

mod figures;
mod list;
mod numbers;
mod office;

use figures::*;
pub(crate) use numbers::{date, number};

/// A steady announcer's pace on outdoor loudspeakers, in syllables (written words) per
/// minute: slower than a studio news read (about 200–220) so the words carry.
pub(crate) const SYLLABLES_PER_MINUTE: u32 = 180;

/// Abbreviations to expand: (written form, spoken form), e.g. ("UBND", "Ủy ban nhân dân").
/// Matched case-sensitively, as whole words, the longest written form first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Abbreviations(pub Vec<(String, String)>);

/// Written forms read only before a capitalised name ("TT Phong Điền" is a thị trấn,
/// "Thông tư 12/2020/TT-BTC" is not).
const BEFORE_NAMES: &[&str] = &["TT", "TX"];
/// Written forms whose abbreviation dot goes unread before a name ("TP. Huế").
const PLACE_PREFIXES: &[&str] = &["TP", "TT", "TX"];

impl Abbreviations {
    /// The abbreviations of local government and the new-countryside programme.
    pub(crate) fn builtin() -> Abbreviations {
        Abbreviations(list::BUILTIN.iter().map(|(w, s)| (w.to_string(), s.to_string())).collect())
    }

    /// These abbreviations and `extra` (a site's own list); an entry of `extra` replaces
    /// the one with the same written form.
    pub(crate) fn with(mut self, extra: impl IntoIterator<Item = (String, String)>) -> Abbreviations {
        for (written, said) in extra {
            match self.0.iter_mut().find(|(w, _)| *w == written) {
                Some(entry) => entry.1 = said,
                None => self.0.push((written, said)),
            }
        }
        self
    }
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
    // An abbreviation starts a word and with one of these characters: most positions
    // are passed over without trying the list.
    let firsts: Vec<char> = list.iter().filter_map(|(w, _)| w.chars().next()).collect();
    let find = |i: usize| list.iter().find_map(|(w, s)| abbreviation_at(text, i, w).map(|(end, dot)| (end, dot, s)));
    while let Some(c) = text[i..].chars().next() {
        let found = if firsts.contains(&c) { find(i) } else { None };
        let Some((end, dot, said)) = found else {
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

/// Roman numerals after the words that take them, in Arabic digits (read later): a
/// range repeats "quý" ("quý I-IV" → "quý 1 đến quý 4"), a quarter's year is "năm"
/// ("quý I/2025" → "quý 1 năm 2025").
fn roman_numerals(text: &str) -> String {
    const WORDS: &str =
        r"thứ|Thứ|khóa|Khóa|khoá|Khoá|quý|Quý|kỳ|Kỳ|kỷ|Kỷ|hội|Hội|chương|Chương|điều|Điều|phần|Phần|mục|Mục";
    static RANGE: OnceLock<Regex> = OnceLock::new();
    let range = RANGE.get_or_init(|| {
        Regex::new(&format!(r"\b({WORDS})(\s+)([IVXLC]+)\s*[-–—]\s*(?:(?:{WORDS})\s+)?([IVXLC]+)\b"))
            .expect("built-in pattern")
    });
    let s = range.replace_all(text, |c: &Captures| match (roman(&c[3]), roman(&c[4])) {
        (Some(a), Some(b)) if c[1].to_lowercase() == "quý" => {
            format!("{w}{}{a} đến quý {b}", &c[2], w = &c[1])
        }
        (Some(a), Some(b)) => format!("{}{}{a} đến {b}", &c[1], &c[2]),
        _ => c[0].to_owned(),
    });
    static ONE: OnceLock<Regex> = OnceLock::new();
    let one = ONE.get_or_init(|| {
        Regex::new(&format!(r"\b({WORDS})(\s+)([IVXLC]+)\b(/[0-9]{{4}}\b)?")).expect("built-in pattern")
    });
    one.replace_all(&s, |c: &Captures| match roman(&c[3]) {
        Some(n) => {
            let year = c.get(4).map_or(String::new(), |y| format!(" năm {}", &y.as_str()[1..]));
            format!("{}{}{n}{year}", &c[1], &c[2])
        }
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
pub(crate) fn spoken(text: &str, abbr: &Abbreviations) -> String {
    let text: String = text.nfc().collect();
    let mut list: Vec<&(String, String)> = abbr.0.iter().filter(|(w, _)| !w.is_empty()).collect();
    list.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
    let (with_digits, words): (Vec<_>, Vec<_>) =
        list.into_iter().partition(|(w, _)| w.contains(|c: char| c.is_ascii_digit()));

    let s = drop_noise(&text);
    // A site's own "Covid-19" before the digits are read; then document numbers and
    // telephone numbers; then "COVID-19" is "COVID 19" (but "7h-11h" is a range).
    let s = expand(&s, &with_digits);
    let s = office::phones(&office::documents(&s));
    let s = office::sectors(&office::commands(&s));
    let s = re!(r"\b(\p{L}+)-([0-9])").replace_all(&s, "$1 $2");
    let s = roman_numerals(&s);
    let s = office::hectares(&read_figures(&s));
    let s = expand(&s, &words);
    old_tones(&tidy(&s))
}

/// Airtime in seconds at `SYLLABLES_PER_MINUTE` (180), rounded up. A syllable is a
/// written word; the parts of a hyphenated loan word (`ki-lô-mét`) count one each.
pub(crate) fn airtime_seconds(spoken: &str) -> u32 {
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

    fn ymd(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
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
        assert_eq!(say("0912345678"), "không chín một hai, ba bốn năm, sáu bảy tám");
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
            "Nghị định số một trăm năm hai nghìn không trăm mười chín của Chính phủ"
        );
        assert_eq!(say("Quyết định số 12/QĐ-UBND"), "Quyết định số mười hai của Ủy ban nhân dân");
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
