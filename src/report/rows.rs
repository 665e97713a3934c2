//! The report's rows of units, and who a unit's or an agency's report is about.

use super::count::{Period, Tally, YearTally, district_end, jan1};
use super::{AgencyScope, UnitRow, UnitScope};
use crate::model::{Config, UnitType};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// Why a period is not judged against the yearly quota: it spans several years (each is
/// judged on its own), or it is part of one.
pub(super) fn quota_note(period: Period, quota: usize) -> Option<String> {
    match period.whole_years() {
        Some((a, b)) if a == b => None,
        _ if period.from.year() != period.to.year() => Some(
            "chỉ tiêu tính theo từng năm (xem bảng so sánh các năm), không đánh giá đạt hay chưa đạt cho cả giai đoạn"
                .to_owned(),
        ),
        _ => Some(format!(
            "kỳ báo cáo ({}) chưa đủ một năm: chỉ tiêu cả năm (ít nhất {quota}) chỉ để tham khảo, không đánh giá đạt hay chưa đạt",
            period.label()
        )),
    }
}

/// Why an agency's report is judged against no quota.
pub(super) const AGENCY_NOTE: &str =
    "chỉ tiêu của Kế hoạch tính cho toàn huyện và cho từng xã, thị trấn, không tính cho cơ quan, đơn vị";

pub(super) fn agency_scope(a: &crate::model::agencies::Agency, period: Period) -> AgencyScope {
    let name = a.name_on(period.to).or_else(|| a.names.last().map(|n| n.name.as_str())).unwrap_or(&a.id);
    AgencyScope { id: a.id.clone(), name: name.to_owned() }
}

/// Who a unit's report is about: the unit, and those merged into it (its predecessors).
pub(super) fn unit_scope(cfg: &Config, u: &crate::model::Unit, period: Period) -> UnitScope {
    UnitScope {
        id: u.id.clone(),
        name: u.name.clone(),
        full_name: u.name_between(period.from, period.to),
        official_name: u.official_name(),
        title: crate::text::capitalize(&u.official_name()),
        valid_from: u.valid_from,
        predecessors: cfg.registry.absorbed(&u.id).iter().map(|p| p.official_name()).collect(),
    }
}

/// The units a report lists, by name: those of its period (the one unit of a unit's
/// report; for an agency's, those where what it proposed or wrote is).
pub(super) fn unit_rows(
    cfg: &Config,
    t: &YearTally,
    own: Option<&crate::model::Unit>,
    agency: bool,
    period: Period,
    single_year: Option<i32>,
) -> Vec<UnitRow> {
    let empty = Tally::default();
    let listed = |u: &&crate::model::Unit| {
        u.kind != UnitType::Huyen
            && u.valid_from.is_none_or(|f| f <= period.to)
            && u.valid_until.is_none_or(|e| e >= period.from)
            && own.is_none_or(|o| o.id == u.id)
            && (!agency || t.units.get(&u.id).is_some_and(Tally::any))
    };
    let quota = super::plans::quotas_of(cfg, period).commune;
    let mut units: Vec<UnitRow> = cfg
        .registry
        .units
        .iter()
        .filter(listed)
        .map(|u| unit_row(cfg, u, t.units.get(&u.id).unwrap_or(&empty), single_year, quota, period))
        .collect();
    units.sort_by(|a, b| crate::text::compare_vi(&a.name, &b.name).then_with(|| a.id.cmp(&b.id)));
    units
}

fn unit_row(
    cfg: &Config,
    u: &crate::model::Unit,
    t: &Tally,
    year: Option<i32>,
    commune_quota: usize,
    period: Period,
) -> UnitRow {
    let count = t.exemplars.len();
    // The quota is yearly: a report of one whole year applies it to the units of 1 January.
    let quota = year.filter(|y| u.exists_on(jan1(*y))).map(|_| commune_quota);
    let short = quota.map_or(0, |q| q.saturating_sub(count));
    let fields: BTreeMap<String, usize> = t.fields.iter().map(|(f, keys)| (f.clone(), keys.len())).collect();
    // Names as they were in the period: a merge after it is not the period's (a 2024
    // report does not say where a unit went on 01/7/2025).
    let merged = u
        .merged_into
        .as_deref()
        .filter(|_| u.valid_until.is_some_and(|end| end <= period.to))
        .and_then(|m| cfg.registry.resolve(m));
    let vi = |d: NaiveDate| crate::text::vi_date(d);
    let mut note = Vec::new();
    if let Some(f) = u.valid_from {
        note.push(format!("Thành lập từ ngày {}", vi(f)));
        if own_note(cfg, f) {
            note.push("không tính vào tổng toàn huyện (cấp huyện đã kết thúc)".to_owned());
        }
    }
    if let Some(m) = merged {
        let since = u.valid_until.and_then(|d| d.succ_opt()).map(|d| format!(" từ ngày {}", vi(d))).unwrap_or_default();
        note.push(format!("Sắp xếp vào {}{since}", m.name_between(period.from, period.to)));
    }
    let fields_named: Vec<(String, usize)> = fields
        .iter()
        .map(|(f, n)| (cfg.criteria.field(f).map_or(f.as_str(), |x| x.name.as_str()).to_owned(), *n))
        .collect();
    let fields_label = fields_named.iter().map(|(f, n)| format!("{f} ({n})")).collect::<Vec<_>>().join(", ");
    UnitRow {
        order: cfg.registry.units.iter().position(|x| x.id == u.id).unwrap_or(usize::MAX),
        code: u.code_on(period.to.min(u.valid_until.unwrap_or(period.to))).map(str::to_owned),
        note: note.join("; "),
        fields_label,
        fields_named,
        short_name: if u.kind == UnitType::ThiTran { format!("TT {}", u.name) } else { u.name.clone() },
        id: u.id.clone(),
        name: u.name.clone(),
        full_name: u.name_between(period.from, period.to),
        kind: match u.kind {
            UnitType::ThiTran => "thi-tran".into(),
            _ => "xa".into(),
        },
        count,
        stories: t.stories,
        proposed: t.proposed,
        appraised: t.appraised,
        selected: t.selected,
        replicated: t.replicated,
        adopted: t.adopted,
        quota,
        met: short == 0,
        short,
        merged_into: merged.map(|m| m.id.clone()),
        merged_into_name: merged.map(|m| m.name_between(period.from, period.to)),
        valid_from: u.valid_from,
        valid_until: u.valid_until,
        fields,
    }
}

/// Whether a unit created on `from` came after the district ended (its note says so).
fn own_note(cfg: &Config, from: NaiveDate) -> bool {
    district_end(cfg).is_some_and(|end| from > end)
}
