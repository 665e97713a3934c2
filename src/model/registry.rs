//! `communes.yaml`: the administrative units with their validity dates and successors.
//! Ids are permanent; statistics codes are reused after mergers and never an identity.

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum UnitType {
    #[serde(rename = "xa")]
    Xa,
    #[serde(rename = "thi-tran")]
    ThiTran,
    #[serde(rename = "huyen")]
    Huyen,
}

impl UnitType {
    pub fn label(self) -> &'static str {
        match self {
            UnitType::Xa => "xã",
            UnitType::ThiTran => "thị trấn",
            UnitType::Huyen => "huyện",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Code {
    pub code: String,
    #[serde(default)]
    pub from: Option<NaiveDate>,
    #[serde(default)]
    pub until: Option<NaiveDate>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: UnitType,
    #[serde(default)]
    pub codes: Vec<Code>,
    #[serde(default)]
    pub valid_from: Option<NaiveDate>,
    #[serde(default)]
    pub valid_until: Option<NaiveDate>,
    #[serde(default)]
    pub merged_into: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Set by the registry when another unit had the same name: "(đến 30/6/2025)" for
    /// the old xã Thọ Phú, "(từ 01/7/2025)" for the new one.
    #[serde(skip)]
    pub qualifier: Option<String>,
}

impl Unit {
    /// "xã Thọ Tân", "thị trấn Nưa", "huyện Triệu Sơn"; "xã Thọ Phú (từ 01/7/2025)" where
    /// two units had one name.
    pub fn full_name(&self) -> String {
        match &self.qualifier {
            Some(q) => format!("{} {} {q}", self.kind.label(), self.name),
            None => self.official_name(),
        }
    }
    /// The name as a report of the days `from` to `to` writes it: a unit that shared its
    /// name says when it ended or began only when that day falls inside the period (a
    /// 2024 report says "xã Thọ Phú", not "xã Thọ Phú (đến 30/6/2025)").
    pub fn name_between(&self, from: NaiveDate, to: NaiveDate) -> String {
        if self.qualifier.is_none() {
            return self.official_name();
        }
        match (self.valid_until, self.valid_from) {
            (Some(end), _) if end < to => format!("{} (đến {})", self.official_name(), crate::text::vi_date(end)),
            (_, Some(start)) if start > from => {
                format!("{} (từ {})", self.official_name(), crate::text::vi_date(start))
            }
            _ => self.official_name(),
        }
    }
    /// The name as the law writes it: "xã Thọ Phú".
    pub fn official_name(&self) -> String {
        format!("{} {}", self.kind.label(), self.name)
    }
    /// Whether the unit existed on `date`.
    pub fn exists_on(&self, date: NaiveDate) -> bool {
        self.valid_from.is_none_or(|f| date >= f) && self.valid_until.is_none_or(|u| date <= u)
    }
    /// Whether the unit existed at any time in `year`.
    pub fn exists_in_year(&self, year: i32) -> bool {
        self.valid_from.is_none_or(|f| f.year() <= year) && self.valid_until.is_none_or(|u| u.year() >= year)
    }
    /// The statistics code in force on `date`.
    pub fn code_on(&self, date: NaiveDate) -> Option<&str> {
        self.codes
            .iter()
            .find(|c| c.from.is_none_or(|f| date >= f) && c.until.is_none_or(|u| date <= u))
            .map(|c| c.code.as_str())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryFile {
    pub district: Unit,
    pub communes: Vec<Unit>,
}

/// The units, the district first, indexed by id and alias.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub units: Vec<Unit>,
    index: HashMap<String, usize>,
    /// For each unit, every unit merged into it, directly or not.
    predecessors: Vec<Vec<usize>>,
}

impl Registry {
    pub fn new(file: RegistryFile) -> Registry {
        let mut units = vec![file.district];
        units.extend(file.communes);
        // Two units of one name (the old xã Thọ Phú and the new one) are told apart by dates.
        let names: Vec<(UnitType, String)> = units.iter().map(|u| (u.kind, u.name.clone())).collect();
        for (i, u) in units.iter_mut().enumerate() {
            let twins = names.iter().enumerate().any(|(j, n)| j != i && n.0 == u.kind && n.1 == u.name);
            if twins {
                u.qualifier = match (u.valid_until, u.valid_from) {
                    (Some(end), _) => Some(format!("(đến {})", crate::text::vi_date(end))),
                    (None, Some(start)) => Some(format!("(từ {})", crate::text::vi_date(start))),
                    (None, None) => None,
                };
            }
        }
        let mut index = HashMap::new();
        for (i, u) in units.iter().enumerate() {
            index.insert(u.id.clone(), i);
        }
        // Aliases never shadow an id.
        for (i, u) in units.iter().enumerate() {
            for a in &u.aliases {
                index.entry(a.clone()).or_insert(i);
            }
        }
        let mut reg = Registry { units, index, predecessors: Vec::new() };
        let mut predecessors = vec![Vec::new(); reg.units.len()];
        for (i, u) in reg.units.iter().enumerate() {
            for later in reg.lineage(&u.id).into_iter().skip(1) {
                if let Some(&j) = reg.index.get(&later.id) {
                    predecessors[j].push(i);
                }
            }
        }
        reg.predecessors = predecessors;
        reg
    }

    /// The units whose pages and feeds list a story of unit `id` dated `date`: the unit
    /// and every unit it was merged into (a merged unit's page keeps its stories), and
    /// every former unit that had already been merged into it, directly or not, by that
    /// date (a former unit's page and feed go on with news of its territory).
    pub fn listing(&self, id: &str, date: NaiveDate) -> Vec<&Unit> {
        let mut v = self.lineage(id);
        if let Some(&i) = self.index.get(id) {
            v.extend(
                self.predecessors[i]
                    .iter()
                    .map(|&p| &self.units[p])
                    .filter(|p| p.valid_until.is_some_and(|end| date > end)),
            );
        }
        v
    }

    /// Every unit merged into `id`, directly or not.
    pub fn predecessors(&self, id: &str) -> Vec<&Unit> {
        self.index.get(id).map(|&i| self.predecessors[i].iter().map(|&p| &self.units[p]).collect()).unwrap_or_default()
    }

    /// The unit an id or alias names.
    pub fn resolve(&self, id: &str) -> Option<&Unit> {
        self.index.get(id).map(|&i| &self.units[i])
    }

    /// Every id and alias, for "did you mean".
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.index.keys().map(String::as_str)
    }

    /// The unit and every unit it was merged into, in order (Xuân Thịnh → Xuân Lộc → Thọ Phú).
    pub fn lineage(&self, id: &str) -> Vec<&Unit> {
        let mut out: Vec<&Unit> = Vec::new();
        let mut cur = self.resolve(id);
        while let Some(u) = cur {
            if out.iter().any(|seen| seen.id == u.id) {
                break; // a cycle in the data is reported by validation, not followed forever
            }
            out.push(u);
            cur = u.merged_into.as_deref().and_then(|m| self.resolve(m));
        }
        out
    }

    /// The unit that carries on `id`'s area on `date` (itself while it exists).
    pub fn successor_on(&self, id: &str, date: NaiveDate) -> Option<&Unit> {
        self.lineage(id).into_iter().find(|u| u.exists_on(date))
    }

    /// Units merged (directly) into `id`.
    pub fn absorbed(&self, id: &str) -> Vec<&Unit> {
        self.units.iter().filter(|u| u.merged_into.as_deref() == Some(id)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reg() -> Registry {
        Registry::new(
            crate::yaml::from_str(
                "district: {id: huyen, name: T, type: huyen}\ncommunes:\n\
                 - {id: xuan-thinh, name: Xuân Thịnh, type: xa, valid_until: 2024-12-31, merged_into: xuan-loc}\n\
                 - {id: xuan-loc, name: Xuân Lộc, type: xa, valid_until: 2025-06-30, merged_into: tho-phu}\n\
                 - {id: tho-phu, name: Thọ Phú, type: xa}\n\
                 - {id: thi-tran-nua, name: Nưa, type: thi-tran, aliases: [nua]}\n",
            )
            .unwrap(),
        )
    }

    #[test]
    fn aliases_resolve() {
        assert_eq!(reg().resolve("nua").unwrap().id, "thi-tran-nua");
        assert_eq!(reg().resolve("nua").unwrap().full_name(), "thị trấn Nưa");
    }

    #[test]
    fn lineage_follows_mergers() {
        let r = reg();
        let ids: Vec<_> = r.lineage("xuan-thinh").iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["xuan-thinh", "xuan-loc", "tho-phu"]);
        let d = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
        assert_eq!(r.successor_on("xuan-thinh", d).unwrap().id, "xuan-loc");
    }
}
