//! `agencies.yaml`: the agencies and offices that write, propose and appraise, with their
//! names over time (renames and mergers) and their level. A story's `author` may name
//! one by id; its name is then the one it had on the story's date.

use super::Level;
use chrono::NaiveDate;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencyName {
    pub name: String,
    #[serde(default)]
    pub from: Option<NaiveDate>,
    #[serde(default)]
    pub until: Option<NaiveDate>,
}

impl AgencyName {
    pub fn holds_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| date >= f) && self.until.is_none_or(|u| date <= u)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    pub id: String,
    /// The level it belongs to (`district`, `commune`, `province`, …).
    pub level: Level,
    /// Its names, oldest first, each with the dates it was borne.
    pub names: Vec<AgencyName>,
}

impl Agency {
    /// The name borne on `date`, if the agency existed then.
    pub fn name_on(&self, date: NaiveDate) -> Option<&str> {
        self.names.iter().find(|n| n.holds_on(date)).map(|n| n.name.as_str())
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AgenciesFile {
    #[serde(default)]
    pub agencies: Vec<Agency>,
}

/// A name as written, for comparison: lower case, single spaces, without a trailing
/// "huyện …" or "xã …" (editors write "Phòng Văn hóa và Thông tin huyện" or omit it).
pub(crate) fn normalize(name: &str) -> String {
    let lower: String = name.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    let cut = [" huyện ", " xã ", " thị trấn "].iter().filter_map(|w| lower.find(w)).min();
    let base = match cut {
        Some(i) => &lower[..i],
        None => lower.trim_end_matches(" huyện").trim_end_matches(" xã"),
    };
    base.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_the_place() {
        assert_eq!(normalize("Phòng Văn hóa và Thông tin huyện"), "phòng văn hóa và thông tin");
        assert_eq!(normalize("Phòng  Văn hóa và Thông tin huyện Triệu Sơn"), "phòng văn hóa và thông tin");
        assert_eq!(normalize("Phòng Văn hóa, Khoa học và Thông tin"), "phòng văn hóa, khoa học và thông tin");
    }
}
