//! Who issues a report in Word and to whom: the district's Home Affairs Office to the
//! province; a commune's People's Committee, or an agency, to the district's Emulation
//! and Commendation Council through the Home Affairs Office (the plan, section VI.4:
//! "báo cáo … về Hội đồng Thi đua - Khen thưởng huyện (qua phòng Nội vụ)"); after the
//! district ended, a commune to the province's Home Affairs Department.

use super::Report;
use crate::model::Config;
use chrono::Datelike;

/// Who issues the report and to whom, as the header and signature print them.
pub(super) struct Form {
    /// The upper line of the issuing body ("UBND HUYỆN TRIỆU SƠN"), if any.
    pub parent: String,
    pub issuer: String,
    /// The number's symbol: "BC-PNV".
    pub symbol: String,
    pub place: String,
    pub addressee: String,
    /// "TRƯỞNG PHÒNG"; for a People's Committee, "TM. ỦY BAN NHÂN DÂN" above "CHỦ TỊCH".
    pub signer: Vec<String>,
    /// How the body names the issuer ("Phòng Nội vụ", "Ủy ban nhân dân xã Thọ Phú").
    pub name: String,
    /// Its whole name, as an annex names the report's issuer ("Phòng Nội vụ huyện Triệu Sơn").
    pub full: String,
    /// The year the report is dated: this year, or the issuer's last year if it has
    /// ended (a district office that ended on 30/6/2025 dates no report in 2026).
    pub year: i32,
}

impl Form {
    pub(super) fn of(r: &Report, cfg: &Config) -> Form {
        let end = match &r.unit {
            Some(u) => cfg.registry.resolve(&u.id).and_then(|x| x.valid_until),
            None => super::count::district_end(cfg),
        };
        let year = end.filter(|e| *e < r.as_of).unwrap_or(r.as_of).year();
        Form { year, ..Self::body(r, cfg) }
    }

    fn body(r: &Report, cfg: &Config) -> Form {
        let site = &cfg.site;
        // Until the district ended, communes and agencies reported to its council through
        // the Home Affairs Office; after, the province's Home Affairs Department follows
        // emulation work.
        let council = || {
            if super::count::district_end(cfg).is_none_or(|end| r.to <= end) {
                format!("Hội đồng Thi đua - Khen thưởng huyện {} (qua Phòng Nội vụ)", site.district)
            } else {
                format!("Sở Nội vụ tỉnh {}", site.province)
            }
        };
        if let Some(a) = &r.agency {
            return agency(a, &site.district, council());
        }
        match &r.unit {
            None => Form {
                parent: format!("UBND HUYỆN {}", site.district.to_uppercase()),
                issuer: "PHÒNG NỘI VỤ".into(),
                symbol: "BC-PNV".into(),
                place: site.district.clone(),
                addressee: format!("Ban Thi đua - Khen thưởng tỉnh {}", site.province),
                signer: vec!["TRƯỞNG PHÒNG".into()],
                name: "Phòng Nội vụ".into(),
                full: format!("Phòng Nội vụ huyện {}", site.district),
                year: 0,
            },
            Some(u) => Form {
                parent: "ỦY BAN NHÂN DÂN".into(),
                issuer: u.official_name.to_uppercase(),
                symbol: "BC-UBND".into(),
                place: u.name.clone(),
                addressee: council(),
                signer: vec!["TM. ỦY BAN NHÂN DÂN".into(), "CHỦ TỊCH".into()],
                name: format!("Ủy ban nhân dân {}", u.official_name),
                full: format!("Ủy ban nhân dân {}", u.official_name),
                year: 0,
            },
        }
    }
}

/// An agency's form: its name as borne at the period's end; a specialised office or
/// centre under the district's People's Committee has it above; the head signs by the
/// body's usual title.
fn agency(a: &super::AgencyScope, district: &str, council: String) -> Form {
    let name = a.name.clone();
    let starts = |p: &str| name.starts_with(p);
    let under_committee = starts("Phòng ") || starts("Trung tâm ") || starts("Hội đồng ");
    let signer: Vec<&str> = if starts("Phòng ") {
        vec!["TRƯỞNG PHÒNG"]
    } else if starts("Trung tâm ") {
        vec!["GIÁM ĐỐC"]
    } else if starts("Hội đồng ") {
        vec!["CHỦ TỊCH HỘI ĐỒNG"]
    } else if starts("Ủy ban Mặt trận") {
        vec!["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"]
    } else if starts("Huyện đoàn") {
        vec!["TM. BAN THƯỜNG VỤ", "BÍ THƯ"]
    } else if starts("Hội ") || starts("Liên đoàn ") {
        vec!["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"]
    } else {
        vec!["THỦ TRƯỞNG CƠ QUAN"]
    };
    // The Home Affairs Office and the council itself report to the district's chairman.
    let addressee = if a.id == "phong-noi-vu" || starts("Hội đồng Thi đua") {
        format!("Chủ tịch Ủy ban nhân dân huyện {district}")
    } else {
        council
    };
    Form {
        parent: if under_committee { format!("UBND HUYỆN {}", district.to_uppercase()) } else { String::new() },
        issuer: name.to_uppercase(),
        symbol: format!("BC-{}", initials(&name)),
        place: district.to_owned(),
        addressee,
        signer: signer.into_iter().map(str::to_owned).collect(),
        full: name.clone(),
        name,
        year: 0,
    }
}

/// The symbol of a body's documents from its name before its place: "Hội Nông dân
/// huyện Triệu Sơn" → "HND" (the officer corrects it where the body uses another).
pub(super) fn initials(name: &str) -> String {
    let base = name.split(" huyện ").next().unwrap_or(name);
    let base = base.split(" tỉnh ").next().unwrap_or(base);
    base.split(|c: char| c.is_whitespace() || c == ',' || c == '-')
        .filter(|w| !w.is_empty() && *w != "và")
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_bodys_symbol_is_its_initials() {
        assert_eq!(super::initials("Hội Nông dân huyện Triệu Sơn"), "HND");
        assert_eq!(super::initials("Phòng Nội vụ huyện Triệu Sơn"), "PNV");
        assert_eq!(super::initials("Liên đoàn Lao động huyện Triệu Sơn"), "LĐLĐ");
        assert_eq!(super::initials("Hội Liên hiệp Phụ nữ huyện Triệu Sơn"), "HLHPN");
    }
}
