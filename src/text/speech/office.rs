//! The writing of an office, read as an announcer reads it: a document's number as its
//! name ("Quyết định số 12/QĐ-UBND" → "Quyết định số mười hai của Ủy ban nhân dân",
//! "34-CT/TW" → "chỉ thị số ba mươi tư của Trung ương"), telephone numbers digit by
//! digit in their groups, "BCH" by what it heads, and "ha" where it stands alone.

use super::figures::is_word_char;
use super::numbers::{DIGITS, int_words};
use regex::{Captures, Regex};
use std::sync::OnceLock;

/// The kinds of document, by the code that opens a document's symbol.
const KINDS: &[(&str, &str)] = &[
    ("QĐ", "quyết định"),
    ("NQ", "nghị quyết"),
    ("CT", "chỉ thị"),
    ("KH", "kế hoạch"),
    ("TB", "thông báo"),
    ("BC", "báo cáo"),
    ("CV", "công văn"),
    ("TTr", "tờ trình"),
    ("KL", "kết luận"),
    ("HD", "hướng dẫn"),
    ("QC", "quy chế"),
    ("QyĐ", "quy định"),
    ("NĐ", "nghị định"),
    ("TT", "thông tư"),
    ("TTLT", "thông tư liên tịch"),
    ("CĐ", "công điện"),
    ("ĐA", "đề án"),
    ("CTr", "chương trình"),
    ("GM", "giấy mời"),
];

/// Issuers of a document's symbol that the abbreviation list does not hold (that list
/// reads "UBND", "HĐND" and the others after this).
const ISSUERS: &[(&str, &str)] = &[
    ("TW", "Trung ương"),
    ("TƯ", "Trung ương"),
    ("TU", "Tỉnh ủy"),
    ("HU", "Huyện ủy"),
    ("ĐU", "Đảng ủy"),
    ("BCT", "Bộ Chính trị"),
    ("CP", "Chính phủ"),
    ("TTg", "Thủ tướng Chính phủ"),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    ("QH", "Quốc hội"),
    ("BTC", "Bộ Tài chính"),
    ("BNV", "Bộ Nội vụ"),
    ("BCA", "Bộ Công an"),
    ("BQP", "Bộ Quốc phòng"),
    ("BYT", "Bộ Y tế"),
    ("BTP", "Bộ Tư pháp"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BNNMT", "Bộ Nông nghiệp và Môi trường"),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
];

fn kind(code: &str) -> Option<&'static str> {
    KINDS.iter().find(|(c, _)| *c == code).map(|(_, k)| *k)
}

/// One part of an issuer: "UBTVQH15" → "Ủy ban Thường vụ Quốc hội khóa mười lăm"; a
/// part not in `ISSUERS` stays for the abbreviation list.
fn issuer_part(part: &str) -> String {
    let letters = part.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = &part[letters.len()..];
    let name = ISSUERS.iter().find(|(c, _)| *c == letters).map_or(letters, |(_, n)| *n);
    match digits {
        "" => name.to_owned(),
        d if letters.ends_with("QH") => format!("{name} khóa {}", int_words(d)),
        d => format!("{name} {}", int_words(d)),
    }
}

/// A document's number, with the words written before it: `kind` ("Quyết định"), `so`
/// ("số"). Read as its name: the kind, "số", the number (and year), "của" its issuer.
fn document(c: &Captures) -> String {
    let (num, year) = (c.name("num").or(c.name("pnum")), c.name("year"));
    let code = c.name("code").or(c.name("pcode")).map_or("", |m| m.as_str());
    let issuer = c.name("issuer").or(c.name("pissuer")).map_or("", |m| m.as_str());
    let mut number = num.map_or(String::new(), |m| int_words(m.as_str()));
    if let Some(y) = year {
        number = format!("{number} năm {}", int_words(y.as_str()));
    }
    let (written_kind, so) = (c.name("kind"), c.name("so"));
    // The symbol's own kind, or (a law, "15/2012/QH13") none.
    let (own_kind, issuer) = match (kind(code), c.name("pcode")) {
        (Some(k), _) => (Some(k), issuer.to_owned()),
        (None, None) if issuer.is_empty() && ISSUERS.iter().any(|(i, _)| code.starts_with(i)) => {
            (None, code.to_owned())
        }
        _ => return c[0].to_owned(),
    };
    let by: Vec<String> = issuer.split('-').filter(|p| !p.is_empty()).map(issuer_part).collect();
    // "Kế hoạch số 32/KH-UBND của UBND xã": the issuer is said after, in full.
    let of = c.name("of").map(|m| m.as_str());
    let by = match of {
        Some(of) => of.to_owned(),
        None if by.is_empty() => String::new(),
        None => format!(" của {}", by.join(" ")),
    };
    match (written_kind, so, own_kind) {
        (Some(k), so, _) => format!("{} {} {number}{by}", k.as_str(), so.map_or("số", |s| s.as_str())),
        // "Số 12/QĐ-UBND" (a document's heading): the number, then what it is.
        (None, Some(so), Some(k)) if of.is_none() => {
            format!("{} {number} {k}{}", so.as_str(), by.replacen(" của", "", 1))
        }
        (None, Some(so), Some(k)) => format!("{} {number} {k}{by}", so.as_str()),
        (None, Some(so), None) => format!("{} {number}{by}", so.as_str()),
        (None, None, Some(k)) => format!("{k} số {number}{by}"),
        (None, None, None) => format!("số {number}{by}"),
    }
}

/// Every document number in `text` read as its name.
pub(super) fn documents(text: &str) -> String {
    let re = re!(concat!(
        r"(?:\b(?P<kind>(?i:quyết định|nghị quyết|chỉ thị|kế hoạch|thông báo|báo cáo|công văn|tờ trình|kết luận|",
        r"hướng dẫn|quy chế|quy định|nghị định|thông tư liên tịch|thông tư|công điện|luật|đề án|chương trình))\s+)?",
        r"(?:\b(?P<so>[Ss]ố)\s*:?\s+)?\b(?:",
        // 12/QĐ-UBND, 100/2019/NĐ-CP, 15/2012/QH13
        r"(?P<num>[0-9]+)(?:/(?P<year>[0-9]{4}))?/(?P<code>[A-ZĐ][A-Za-zĐđƯ0-9]*)(?:-(?P<issuer>[A-ZĐ][A-Za-zĐđƯ0-9]*(?:-[A-ZĐ][A-Za-zĐđƯ0-9]*)*))?",
        // 34-CT/TW, 09-NQ/TU: the Party's documents
        r"|(?P<pnum>[0-9]+)-(?P<pcode>[A-ZĐ][A-Za-zĐđ]{1,3})/(?P<pissuer>[A-ZĐƯ][A-Za-zĐđƯ0-9]*(?:-[A-ZĐ][A-Za-zĐđƯ0-9]*)*)",
        r")\b(?P<of>\s+của\b)?"
    ));
    re.replace_all(text, |c: &Captures| document(c)).into_owned()
}

/// A telephone number at `text[i..]` (a word starts there): its end and its groups of
/// digits. A mobile or landline number (ten or eleven digits from 0) or a free line
/// (1800/1900 and four or six digits), written as one run or in groups.
fn phone_at(text: &str, i: usize) -> Option<(usize, Vec<&str>)> {
    let rest = &text[i..];
    let free = rest.starts_with("1800") || rest.starts_with("1900");
    if !rest.starts_with('0') && !free {
        return None;
    }
    let run = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let mut groups = Vec::new();
    let (mut end, mut count, mut best) = (0, 0, None);
    loop {
        let len = run(&rest[end..]);
        if len == 0 || count + len > 11 {
            break;
        }
        groups.push(&rest[end..end + len]);
        end += len;
        count += len;
        let whole = if free { count == 8 || count == 10 } else { count == 10 || count == 11 };
        if whole && !is_word_char(rest[end..].chars().next()) {
            best = Some((i + end, groups.clone()));
        }
        // One space, dot or hyphen between groups.
        let gap = rest[end..].chars().next().filter(|c| matches!(c, ' ' | '.' | '-'));
        match gap {
            Some(c) if rest[end + 1..].starts_with(|d: char| d.is_ascii_digit()) => end += c.len_utf8(),
            _ => break,
        }
    }
    best
}

/// Digits one by one, a comma between groups; a number written as one run is grouped
/// as announcers read it (0912 345 678, 1900 1234).
fn said_in_groups(groups: &[&str]) -> String {
    let digits: String = groups.concat();
    let split: Vec<&str> = if groups.len() > 1 {
        groups.to_vec()
    } else {
        let sizes: &[usize] = match digits.len() {
            8 => &[4, 4],
            11 => &[4, 3, 4],
            _ => &[4, 3, 3],
        };
        let mut at = 0;
        sizes
            .iter()
            .map(|n| {
                let g = &digits[at..(at + n).min(digits.len())];
                at += n;
                g
            })
            .collect()
    };
    let one = |g: &str| g.bytes().map(|b| DIGITS[usize::from(b - b'0')]).collect::<Vec<_>>().join(" ");
    split.iter().map(|g| one(g)).collect::<Vec<_>>().join(", ")
}

/// Every telephone number in `text` digit by digit, in groups.
pub(super) fn phones(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let at_word = !is_word_char(text[..i].chars().next_back()) && !text[..i].ends_with(['.', ',']);
        if at_word && let Some((end, groups)) = phone_at(text, i) {
            out.push_str(&said_in_groups(&groups));
            i = end;
            continue;
        }
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// "BCH" heads a Party, Youth Union, association or trade union committee (Ban Chấp
/// hành), but a military or disaster command (Ban Chỉ huy): decided by the three words
/// after it.
pub(super) fn commands(text: &str) -> String {
    re!(r"\bBCH\b")
        .replace_all(text, |c: &Captures| {
            let at = c.get(0).map_or(0, |m| m.end());
            let next: Vec<&str> = text[at..].split_whitespace().take(3).collect();
            let next = next.join(" ").to_lowercase();
            let command = ["quân sự", "qs", "chqs", "phòng chống", "phòng, chống", "pctt", "pccc", "tkcn", "phòng thủ"]
                .iter()
                .any(|w| next.starts_with(w) || next.contains(&format!(" {w}")));
            if command { "Ban Chỉ huy" } else { "BCH" }.to_owned()
        })
        .into_owned()
}

/// "ha" with no number before it, where it can only be the unit: after "mỗi", "một",
/// "trên", a slash or a bracket, or before a slash or a closing bracket ("mỗi ha",
/// "(ha)", "tấn/ha", "ha/năm"). Elsewhere "ha" is left as written (a name's syllable).
pub(super) fn hectares(text: &str) -> String {
    re!(r"(?P<pre>/ *)?\bha\b(?P<post> */ *(?P<per>\p{Ll}+))?")
        .replace_all(text, |c: &Captures| {
            let start = c.get(0).map_or(0, |m| m.start());
            let before = text[..start].trim_end_matches(' ');
            let after = c.get(0).map_or("", |m| text[m.end()..].trim_start_matches(' '));
            let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
            let counted = ["mỗi", "một", "trên", "từng", "hàng", "chục", "trăm", "nghìn", "vạn", "triệu"];
            let unit = c.name("pre").is_some()
                || c.name("post").is_some()
                || before.ends_with('(')
                || after.starts_with(')')
                || counted.contains(&word.as_str());
            if !unit {
                return c[0].to_owned();
            }
            let mut said = String::new();
            if c.name("pre").is_some() {
                said.push_str(" trên ");
            }
            said.push_str("héc-ta");
            if let Some(per) = c.name("per") {
                let one = super::figures::PER_ONE.contains(&per.as_str());
                said.push_str(if one { " một " } else { " trên " });
                said.push_str(per.as_str());
            }
            said
        })
        .into_owned()
}

/// A sector named as an office's ("Sở KH&CN"): its words capitalised as a name.
pub(super) fn sectors(text: &str) -> String {
    const TITLES: &[(&str, &str)] = &[
        ("KH&CN", "Khoa học và Công nghệ"),
        ("KHCN", "Khoa học và Công nghệ"),
        ("TN&MT", "Tài nguyên và Môi trường"),
        ("KH&ĐT", "Kế hoạch và Đầu tư"),
        ("LĐ-TB&XH", "Lao động - Thương binh và Xã hội"),
    ];
    re!(r"\b(Sở|Bộ|Phòng|Ngành|ngành) (KH&CN|KHCN|TN&MT|KH&ĐT|LĐ-TB&XH)\b")
        .replace_all(text, |c: &Captures| {
            let title = TITLES.iter().find(|(w, _)| *w == &c[2]).map_or(&c[2], |(_, t)| *t);
            format!("{} {title}", &c[1])
        })
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::super::{Abbreviations, spoken};

    fn say(text: &str) -> String {
        spoken(text, &Abbreviations::builtin())
    }

    #[test]
    fn document_numbers_are_read_as_their_names() {
        for (written, said) in [
            ("Số 12/QĐ-UBND", "Số mười hai quyết định Ủy ban nhân dân"),
            ("theo 34-CT/TW", "theo chỉ thị số ba mươi tư của Trung ương"),
            (
                "1686/NQ-UBTVQH15",
                "nghị quyết số một nghìn sáu trăm tám mươi sáu của Ủy ban Thường vụ Quốc hội khóa mười lăm",
            ),
            (
                "theo Nghị quyết số 1686/NQ-UBTVQH15,",
                "theo Nghị quyết số một nghìn sáu trăm tám mươi sáu của Ủy ban Thường vụ Quốc hội khóa mười lăm,",
            ),
            ("Quyết định số 12/QĐ-UBND", "Quyết định số mười hai của Ủy ban nhân dân"),
            ("Kế hoạch 32/KH-UBND", "Kế hoạch số ba mươi hai của Ủy ban nhân dân"),
            ("Kế hoạch số 32/KH-UBND của UBND xã", "Kế hoạch số ba mươi hai của Ủy ban nhân dân xã"),
            ("Số 12/QĐ-UBND của UBND xã", "Số mười hai quyết định của Ủy ban nhân dân xã"),
            ("Nghị định 100/2019/NĐ-CP", "Nghị định số một trăm năm hai nghìn không trăm mười chín của Chính phủ"),
            ("Thông tư 12/2020/TT-BTC", "Thông tư số mười hai năm hai nghìn không trăm hai mươi của Bộ Tài chính"),
            ("Chỉ thị số 05-CT/TU", "Chỉ thị số năm của Tỉnh ủy"),
            ("Luật số 15/2012/QH13", "Luật số mười lăm năm hai nghìn không trăm mười hai của Quốc hội khóa mười ba"),
        ] {
            assert_eq!(say(written), said, "{written}");
        }
    }

    #[test]
    fn telephone_numbers_digit_by_digit_in_groups() {
        let mobile = "không chín một hai, ba bốn năm, sáu bảy tám";
        assert_eq!(say("0912345678"), mobile);
        assert_eq!(say("Gọi 0912 345 678."), format!("Gọi {mobile}."));
        assert_eq!(say("0912.345.678"), mobile);
        assert_eq!(say("SĐT: 0237 3852 123"), "số điện thoại: không hai ba bảy, ba tám năm hai, một hai ba");
        assert_eq!(say("đường dây nóng 1900 1234"), "đường dây nóng một chín không không, một hai ba bốn");
        // A phone number and a count after it; short numbers with a zero are not phones.
        assert_eq!(say("0912345678 50 lần"), format!("{mobile} năm mươi lần"));
        assert_eq!(say("05 hộ"), "năm hộ");
        assert_eq!(say("01/7/2025"), "ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm");
    }

    #[test]
    fn bch_by_what_it_heads() {
        assert_eq!(say("BCH Đoàn xã"), "Ban Chấp hành Đoàn xã");
        assert_eq!(say("BCH Hội Nông dân"), "Ban Chấp hành Hội Nông dân");
        assert_eq!(say("BCH Công đoàn"), "Ban Chấp hành Công đoàn");
        assert_eq!(say("BCH Đảng bộ xã"), "Ban Chấp hành Đảng bộ xã");
        assert_eq!(say("BCH Quân sự xã"), "Ban Chỉ huy Quân sự xã");
        assert_eq!(say("BCH quân sự xã"), "Ban Chỉ huy quân sự xã");
        assert_eq!(say("BCH phòng, chống thiên tai"), "Ban Chỉ huy phòng, chống thiên tai");
        assert_eq!(say("BCH PCTT và TKCN xã"), "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã");
        assert_eq!(say("Ban CHQS xã"), "Ban Chỉ huy quân sự xã");
        assert_eq!(say("BCHQS xã"), "Ban Chỉ huy quân sự xã");
    }

    #[test]
    fn hectares_tens_of_millions_and_quarters() {
        assert_eq!(say("5 ha"), "năm héc-ta");
        assert_eq!(say("5ha lúa"), "năm héc-ta lúa");
        assert_eq!(say("10 ha/thôn"), "mười héc-ta một thôn");
        assert_eq!(say("Diện tích (ha)"), "Diện tích (héc-ta)");
        assert_eq!(say("mỗi ha cho 6 tấn"), "mỗi héc-ta cho sáu tấn");
        assert_eq!(say("năng suất tấn/ha"), "năng suất tấn trên héc-ta");
        assert_eq!(say("ha ha"), "ha ha");
        assert_eq!(say("6 tấn/ha"), "sáu tấn trên héc-ta");
        assert_eq!(say("thu 50 tr.đ"), "thu năm mươi triệu đồng");
        assert_eq!(say("thu 50 trđ/năm"), "thu năm mươi triệu đồng một năm");
        assert_eq!(say("vay 30 tr đồng"), "vay ba mươi triệu đồng");
        assert_eq!(say("lãi 2,5 tr."), "lãi hai phẩy năm triệu.");
        assert_eq!(say("5 trên 7"), "năm trên bảy");
        assert_eq!(say("quý I-IV"), "quý một đến quý bốn");
        assert_eq!(say("từ quý II – quý III"), "từ quý hai đến quý ba");
        assert_eq!(say("khóa XIV-XV"), "khóa mười bốn đến mười lăm");
        assert_eq!(say("quý I/2025"), "quý một năm hai nghìn không trăm hai mươi lăm");
        assert_eq!(say("5 hộ/thôn"), "năm hộ một thôn");
    }

    #[test]
    fn local_government_abbreviations() {
        for (written, said) in [
            ("công tác TĐKT", "công tác thi đua, khen thưởng"),
            ("PCT UBND xã", "Phó Chủ tịch Ủy ban nhân dân xã"),
            ("vốn NHCSXH", "vốn Ngân hàng Chính sách xã hội"),
            ("HND xã", "Hội Nông dân xã"),
            ("ĐTN xã", "Đoàn Thanh niên xã"),
            ("Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc"),
            ("Hội CCB", "Hội Cựu chiến binh"),
            ("HLHPN xã", "Hội Liên hiệp Phụ nữ xã"),
            ("ứng dụng KH&CN", "ứng dụng khoa học và công nghệ"),
            ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
            ("phát triển KT-XH", "phát triển kinh tế - xã hội"),
            ("xây dựng NTM", "xây dựng nông thôn mới"),
            ("bảo đảm ATTP", "bảo đảm an toàn thực phẩm"),
            ("thẻ BHYT", "thẻ bảo hiểm y tế"),
            ("trường THCS và THPT", "trường trung học cơ sở và trung học phổ thông"),
            ("HĐND xã", "Hội đồng nhân dân xã"),
            ("Ban TT", "Ban TT"),
        ] {
            assert_eq!(say(written), said, "{written}");
        }
    }
}
