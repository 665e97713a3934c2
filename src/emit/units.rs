//! The units an outlet's home, communes and follow pages list, grouped as they stood on
//! the outlet's last day (`Outlet::last_day`), with headings naming only the kinds of
//! unit each group has: an archive of the district lists the xã and thị trấn of its
//! days, not the communes made after it ended, and offers no "phường" there are none of.

use super::OutletBuild;
use crate::assemble::views::{self, UnitView};
use crate::model::{Unit, UnitType};
use serde::Serialize;

/// Home page sections about units.
#[derive(Serialize)]
pub(super) struct UnitGroups {
    pub(super) district: Option<UnitView>,
    /// The units that exist on the outlet's last day.
    pub(super) current: Vec<UnitView>,
    /// The units that had ended by then (merged into others).
    pub(super) former: Vec<UnitView>,
    /// "Các xã, thị trấn": every unit listed (the communes page's title).
    pub(super) title: String,
    /// "Các xã hiện nay", or on an archive "Các xã, thị trấn đến hết ngày 30/6/2025".
    pub(super) current_title: String,
    /// "Các xã, thị trấn trước khi sắp xếp (2023 - 2025)".
    pub(super) former_title: String,
}

/// "Các xã, thị trấn", "Xã" (one unit): the kinds of `units`, in the order the law
/// lists them.
fn kinds_title(units: &[&Unit]) -> String {
    let order = [UnitType::Xa, UnitType::ThiTran, UnitType::Huyen];
    let kinds: Vec<&str> =
        order.into_iter().filter(|k| units.iter().any(|u| u.kind == *k)).map(UnitType::label).collect();
    let kinds = kinds.join(", ");
    if units.len() == 1 {
        let mut c = kinds.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
    } else {
        format!("Các {kinds}")
    }
}

impl OutletBuild<'_> {
    pub(super) fn unit_groups(&self) -> UnitGroups {
        let (cfg, o) = (self.cfg, self.plan.outlet);
        let last = o.last_day(self.today);
        let (mut district, mut current, mut former) = (None, Vec::new(), Vec::new());
        let (mut now_units, mut old_units): (Vec<&Unit>, Vec<&Unit>) = (Vec::new(), Vec::new());
        for (ui, list) in &self.plan.units {
            let u = &cfg.registry.units[*ui];
            let v = views::unit(cfg, o, u, list.len(), last);
            if u.kind == UnitType::Huyen {
                district = Some(v);
            } else if u.exists_on(last) {
                current.push(v);
                now_units.push(u);
            } else if u.valid_from.is_none_or(|from| from <= last) {
                former.push(v);
                old_units.push(u);
            }
            // A unit made after the outlet's last day is not among its units (its page
            // stays, for the links of the units merged into it).
        }
        let all: Vec<&Unit> = now_units.iter().chain(&old_units).copied().collect();
        let current_title = match o.valid_until.filter(|end| *end < self.today) {
            Some(end) => self
                .labels
                .fill("units_until", &[("units", &kinds_title(&now_units)), ("until", &crate::text::vi_date(end))]),
            None => self.labels.fill("units_current", &[("units", &kinds_title(&now_units))]),
        };
        let mut former_title = self.labels.fill("units_former", &[("units", &kinds_title(&old_units))]);
        let ended = old_units.iter().filter_map(|u| u.valid_until).map(|d| chrono::Datelike::year(&d)).max();
        let first = crate::model::plans::PlanList::first_year(cfg);
        if let (Some(from), Some(to)) = (first.filter(|_| cfg.site.plan.is_some() || !cfg.site.plans.is_empty()), ended)
        {
            former_title.push_str(&format!(" ({} - {to})", from.min(to)));
        }
        UnitGroups {
            district,
            current,
            former,
            title: if all.is_empty() { self.labels.get("communes") } else { kinds_title(&all) },
            current_title,
            former_title,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(id: &str, kind: UnitType) -> Unit {
        let yaml = format!("id: {id}\nname: A\ntype: {}\n", if kind == UnitType::Xa { "xa" } else { "thi-tran" });
        crate::yaml::from_str(&yaml).expect("a unit")
    }

    #[test]
    fn headings_name_only_the_kinds_present() {
        let (a, b, t) = (unit("a", UnitType::Xa), unit("b", UnitType::Xa), unit("t", UnitType::ThiTran));
        assert_eq!(kinds_title(&[&a, &t, &b]), "Các xã, thị trấn");
        assert_eq!(kinds_title(&[&t, &a]), "Các xã, thị trấn");
        assert_eq!(kinds_title(&[&a, &b]), "Các xã");
        assert_eq!(kinds_title(&[&a]), "Xã");
        assert_eq!(kinds_title(&[&t]), "Thị trấn");
    }
}
