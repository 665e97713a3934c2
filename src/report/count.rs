//! Counting one year: which stories count, the exemplars each unit publicised, the
//! registry's stages and replications in the year, and the district's quota count.

use super::ReplicationRow;
use crate::model::{Config, Story, UnitType};
use chrono::{Datelike, NaiveDate};
use std::collections::{BTreeMap, BTreeSet};

/// Stories that count for `year`: published, dated in the year and not after `as_of`.
pub(super) fn counted<'a>(
    cfg: &'a Config,
    stories: &'a [&'a Story],
    year: i32,
    as_of: NaiveDate,
) -> impl Iterator<Item = &'a Story> {
    stories
        .iter()
        .copied()
        .filter(move |s| s.year() == year && s.date <= as_of && cfg.standing(s) == crate::model::Standing::Public)
}

pub(super) fn jan1(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// The district's last day, when it ended (2025-06-30: no district level after it).
pub(super) fn district_end(cfg: &Config) -> Option<NaiveDate> {
    cfg.registry.units.iter().find(|u| u.kind == UnitType::Huyen).and_then(|d| d.valid_until)
}

/// One unit's numbers in a year.
#[derive(Default)]
pub(super) struct Tally {
    /// Exemplar keys (`Story::exemplar_key`) publicised.
    pub(super) exemplars: BTreeSet<String>,
    pub(super) stories: usize,
    /// field id → exemplar keys.
    pub(super) fields: BTreeMap<String, BTreeSet<String>>,
    pub(super) proposed: usize,
    pub(super) appraised: usize,
    pub(super) selected: usize,
    pub(super) replicated: usize,
    pub(super) adopted: usize,
}

/// A year's numbers: per canonical unit id, and the district's quota count.
pub(super) struct YearTally {
    pub(super) units: BTreeMap<String, Tally>,
    pub(super) district: usize,
    pub(super) publicised: usize,
    pub(super) stories: usize,
    pub(super) declined: usize,
}

pub(super) fn in_year(d: NaiveDate, year: i32, as_of: NaiveDate) -> bool {
    d.year() == year && d <= as_of
}

pub(super) fn tally(cfg: &Config, stories: &[&Story], year: i32, as_of: NaiveDate) -> YearTally {
    let canon = |id: &str| cfg.registry.resolve(id).map_or(id.to_owned(), |u| u.id.clone());
    let end = district_end(cfg);
    let mut units: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut all, mut before_end) = (BTreeSet::new(), BTreeSet::new());
    let mut n_stories = 0;
    for s in counted(cfg, stories, year, as_of) {
        let key = s.exemplar_key();
        let t = units.entry(canon(&s.commune)).or_default();
        t.stories += 1;
        t.exemplars.insert(key.clone());
        t.fields.entry(s.field.clone()).or_default().insert(key.clone());
        n_stories += 1;
        if end.is_none_or(|end| s.date <= end) {
            before_end.insert(key.clone());
        }
        all.insert(key);
    }
    let mut declined = 0;
    let mut selected_for_district = 0;
    for e in &cfg.exemplars.list {
        let t = units.entry(canon(&e.unit)).or_default();
        if e.proposed.as_ref().is_some_and(|p| in_year(p.date, year, as_of)) {
            t.proposed += 1;
        }
        if e.appraised.as_ref().is_some_and(|p| in_year(p.date, year, as_of)) {
            t.appraised += 1;
        }
        if let Some(sel) = &e.selected
            && sel.year == year
            && sel.date <= as_of
        {
            t.selected += 1;
            if end.is_none_or(|end| sel.date <= end) {
                selected_for_district += 1;
            }
        }
        if e.declined.as_ref().is_some_and(|d| in_year(d.date, year, as_of)) {
            declined += 1;
        }
        for r in e.replicated_in.iter().filter(|r| in_year(r.date, year, as_of)) {
            units.entry(canon(&e.unit)).or_default().replicated += 1;
            units.entry(canon(&r.unit)).or_default().adopted += 1;
        }
    }
    let district = if cfg.exemplars.is_empty() { before_end.len() } else { selected_for_district };
    YearTally { units, district, publicised: all.len(), stories: n_stories, declined }
}

/// The year's replications, by date then practice (none of an exemplar whose consent
/// is missing: the report names them).
pub(super) fn replications(cfg: &Config, year: i32, as_of: NaiveDate) -> Vec<ReplicationRow> {
    let name = |id: &str| cfg.registry.resolve(id).map_or(id.to_owned(), |u| u.full_name());
    let mut rows: Vec<ReplicationRow> = cfg
        .exemplars
        .list
        .iter()
        .filter(|e| !e.consent_missing())
        .flat_map(|e| {
            e.replicated_in.iter().filter(|r| in_year(r.date, year, as_of)).map(|r| ReplicationRow {
                exemplar: e.id.clone(),
                practice: e.name.clone(),
                from_unit: name(&e.unit),
                unit: r.unit.clone(),
                unit_name: name(&r.unit),
                date: r.date,
                date_label: crate::text::vi_date(r.date),
                scale: r.scale,
                measure: e.measure.clone(),
                source: r.source.clone(),
            })
        })
        .collect();
    rows.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.exemplar.cmp(&b.exemplar)));
    rows
}
