//! `outlets_per_unit:` in site.yaml (issue 31): one declaration that gives every unit in
//! force on a date its own outlet (the eight communes of 01/7/2025 here, 166 in a
//! province). Its texts are patterns filled with the unit: `{id}` (the registry id),
//! `{slug}` (the name as an ASCII slug, "tho-phu"), `{host}` (the same without hyphens,
//! "thophu", for a host name), `{name}` ("Thọ Phú") and `{official_name}` ("xã Thọ Phú").
//! An outlet written by hand for a unit (its `units:` is that unit alone, or its id is the
//! one the pattern gives) wins: the declaration makes none for that unit.

use super::registry::{Registry, Unit, UnitType};
use super::site::{ColumnSelection, Outlet};
use chrono::NaiveDate;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerUnit {
    pub id: String,
    pub title: String,
    pub publisher: String,
    #[serde(default)]
    pub description: String,
    pub base_url: String,
    pub theme: String,
    #[serde(default)]
    pub columns: ColumnSelection,
    #[serde(default)]
    pub owner: Option<String>,
    /// The day the outlets start: every unit in force that day gets one.
    pub valid_from: NaiveDate,
    #[serde(default)]
    pub valid_until: Option<NaiveDate>,
    /// Only these units (registry ids); empty: every unit in force on `valid_from`.
    #[serde(default)]
    pub units: Vec<String>,
    /// Only units of this type: `xa` or `thi-tran`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

/// The placeholders a pattern may use.
pub(crate) const PLACEHOLDERS: &[&str] = &["id", "slug", "host", "name", "official_name"];

/// A pattern's placeholders that are not known (`{nmae}`), for a finding.
pub(crate) fn unknown_placeholders(pattern: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !PLACEHOLDERS.contains(&name) {
            out.push(name.to_owned());
        }
        rest = &after[close + 1..];
    }
    out
}

/// `pattern` filled with unit `u`.
pub(crate) fn fill(pattern: &str, u: &Unit) -> String {
    let slug = crate::text::slugify(&u.name);
    pattern
        .replace("{id}", &u.id)
        .replace("{slug}", &slug)
        .replace("{host}", &slug.replace('-', ""))
        .replace("{name}", &u.name)
        .replace("{official_name}", &u.official_name())
}

impl PerUnit {
    /// The units it gives an outlet to, in the registry's order.
    pub(crate) fn units<'r>(&self, registry: &'r Registry) -> Vec<&'r Unit> {
        let kind_ok = |u: &Unit| match self.kind.as_deref() {
            Some("xa") => u.kind == UnitType::Xa,
            Some("thi-tran") => u.kind == UnitType::ThiTran,
            _ => true,
        };
        registry
            .units
            .iter()
            .filter(|u| u.kind != UnitType::Huyen && u.exists_on(self.valid_from) && kind_ok(u))
            .filter(|u| self.units.is_empty() || self.units.contains(&u.id))
            .collect()
    }

    /// Its outlet for unit `u`.
    pub(crate) fn outlet(&self, u: &Unit) -> Outlet {
        Outlet {
            id: fill(&self.id, u),
            title: fill(&self.title, u),
            publisher: fill(&self.publisher, u),
            description: fill(&self.description, u),
            base_url: fill(&self.base_url, u),
            theme: self.theme.clone(),
            columns: self.columns.clone(),
            owner: self.owner.as_deref().map(|o| fill(o, u)),
            valid_from: Some(self.valid_from),
            valid_until: self.valid_until,
            units: vec![u.id.clone()],
            hsts: Default::default(),
            podcast: Default::default(),
            gather: Vec::new(),
        }
    }
}

/// The outlets written by hand, then one per unit of each declaration, but for units an
/// outlet written by hand already serves. Each made outlet comes with its declaration's
/// index and its unit's id (`SiteConfig::made`).
pub(crate) fn expand(written: &[Outlet], decls: &[PerUnit], registry: &Registry) -> Vec<(Outlet, usize, String)> {
    let mut made: Vec<(Outlet, usize, String)> = Vec::new();
    for (d, decl) in decls.iter().enumerate() {
        for u in decl.units(registry) {
            let o = decl.outlet(u);
            let by_hand = written.iter().any(|w| w.id == o.id || w.units == [u.id.clone()]);
            let twice = made.iter().any(|(m, _, unit)| m.id == o.id || *unit == u.id);
            if !by_hand && !twice {
                made.push((o, d, u.id.clone()));
            }
        }
    }
    made
}
