//! Counting one year: which stories count, the exemplars each unit publicised, the
//! registry's stages and replications in the year, and the district's quota count.

use super::ReplicationRow;
use crate::model::{Config, Story, UnitType};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The dates a report covers, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub(crate) struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub(crate) fn year(year: i32) -> Period {
        Period { from: jan1(year), to: NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX) }
    }
    pub(crate) fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }
    /// The first and last year, when the period is whole calendar years.
    pub(crate) fn whole_years(&self) -> Option<(i32, i32)> {
        (self.from.month() == 1 && self.from.day() == 1 && self.to.month() == 12 && self.to.day() == 31)
            .then(|| (self.from.year(), self.to.year()))
    }
    /// Whether a selection belongs here: by the year it was made for, over whole years
    /// (a year's selection may be decided early the next), else by its date.
    pub(crate) fn selects(&self, s: &crate::model::exemplars::Selected) -> bool {
        match self.whole_years() {
            Some((a, b)) => (a..=b).contains(&s.year),
            None => self.contains(s.date),
        }
    }
    /// The first or second half of a year (`half`: 1 or 2), as a plan that reports every
    /// six months asks (`reporting: half-yearly`).
    pub(crate) fn half(year: i32, half: u8) -> Period {
        let (from, to) = if half == 1 { ((1, 1), (6, 30)) } else { ((7, 1), (12, 31)) };
        let day = |(m, d): (u32, u32)| NaiveDate::from_ymd_opt(year, m, d).unwrap_or(NaiveDate::MAX);
        Period { from: day(from), to: day(to) }
    }
    /// "6 tháng đầu năm 2026", "6 tháng cuối năm 2026": a half asked for as such (`--half`;
    /// a new commune's 2025, from 01/7, is named by its dates, as its first period).
    pub(crate) fn half_label(year: i32, half: u8) -> String {
        format!("6 tháng {} năm {year}", if half == 1 { "đầu" } else { "cuối" })
    }
    /// "năm 2024", "giai đoạn 2023 - 2025", "từ ngày 01/7/2025 đến ngày 31/12/2025".
    pub(crate) fn label(&self) -> String {
        match self.whole_years() {
            Some((a, b)) if a == b => format!("năm {a}"),
            Some((a, b)) => format!("giai đoạn {a} - {b}"),
            None => format!("từ ngày {} đến ngày {}", crate::text::vi_date(self.from), crate::text::vi_date(self.to)),
        }
    }
    /// Whether any day of `year` is in the period (a commendation is known by its year).
    pub(crate) fn has_year(&self, year: i32) -> bool {
        (self.from.year()..=self.to.year()).contains(&year)
    }
    /// The period cut to the days a unit existed.
    pub(crate) fn within(&self, from: Option<NaiveDate>, until: Option<NaiveDate>) -> Period {
        Period { from: from.map_or(self.from, |f| f.max(self.from)), to: until.map_or(self.to, |u| u.min(self.to)) }
    }
}

/// What a report covers: the whole district, one unit and those merged into it, or what
/// one agency proposed or wrote (`agency`: an id of agencies.yaml).
#[derive(Clone, Copy)]
pub(super) struct Scope<'a> {
    pub(super) cfg: &'a Config,
    pub(super) unit: Option<&'a str>,
    pub(super) agency: Option<&'a str>,
}

impl<'a> Scope<'a> {
    pub(super) fn district(cfg: &'a Config) -> Scope<'a> {
        Scope { cfg, unit: None, agency: None }
    }
    /// Whether a place (a unit id) is the scope's: every place for the district, the unit
    /// and those merged into it for a unit; none for an agency, whose report follows what
    /// it proposed, wherever that is.
    pub(super) fn covers(&self, id: &str) -> bool {
        self.agency.is_none() && self.unit.is_none_or(|u| self.cfg.registry.lineage(id).iter().any(|x| x.id == u))
    }
    /// Whether an exemplar of the registry is the scope's: by its unit, or, for an
    /// agency, because the agency proposed it.
    pub(super) fn owns(&self, e: &crate::model::exemplars::Exemplar) -> bool {
        match self.agency {
            Some(a) => e.proposed.as_ref().is_some_and(|p| p.by == a),
            None => self.covers(&e.unit),
        }
    }
    /// Whether a story is the scope's: by its unit, or, for an agency, a story about an
    /// exemplar it proposed or one it wrote (`author`: its id, or one of its names).
    pub(super) fn covers_story(&self, s: &Story) -> bool {
        let Some(a) = self.agency else { return self.covers(&s.commune) };
        let about = s.exemplar.as_deref().and_then(|id| self.cfg.exemplars.get(id)).is_some_and(|e| self.owns(e));
        about || s.author == a || self.cfg.agency(a).is_some_and(|ag| wrote(ag, &s.author))
    }
}

/// Whether `author` names the agency by one of its names (with or without its place).
fn wrote(agency: &crate::model::agencies::Agency, author: &str) -> bool {
    use crate::model::agencies::normalize;
    let by = normalize(author);
    !by.is_empty() && agency.names.iter().any(|n| normalize(&n.name) == by)
}

/// Stories that count for the period: published, dated in it and not after `as_of`,
/// in the scope's units.
pub(super) fn counted<'a>(
    scope: Scope<'a>,
    stories: &'a [&'a Story],
    period: Period,
    as_of: NaiveDate,
) -> impl Iterator<Item = &'a Story> {
    stories.iter().copied().filter(move |s| {
        period.contains(s.date)
            && s.date <= as_of
            && scope.cfg.standing(s) == crate::model::Standing::Public
            && scope.covers_story(s)
            && scope.cfg.published_somewhere(s)
    })
}

pub(super) fn jan1(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// The district's last day, when it ended (2025-06-30: no district level after it).
/// The district's part of `period`: a report headed by the district ends with it (no
/// district-headed report covers the days after its last one).
pub(super) fn for_district(cfg: &Config, period: Period) -> Period {
    match district_end(cfg) {
        Some(end) if end < period.to && end >= period.from => Period { from: period.from, to: end },
        _ => period,
    }
}

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

impl Tally {
    /// Whether anything happened: a story, a stage, a replication.
    pub(super) fn any(&self) -> bool {
        self.stories + self.proposed + self.appraised + self.selected + self.replicated + self.adopted > 0
    }
}

/// A year's numbers: per canonical unit id, and the district's quota count.
pub(super) struct YearTally {
    pub(super) units: BTreeMap<String, Tally>,
    pub(super) district: usize,
    pub(super) publicised: usize,
    pub(super) stories: usize,
    pub(super) declined: usize,
}

pub(super) fn in_period(d: NaiveDate, period: Period, as_of: NaiveDate) -> bool {
    period.contains(d) && d <= as_of
}

pub(super) fn tally(scope: Scope, stories: &[&Story], period: Period, as_of: NaiveDate) -> YearTally {
    let cfg = scope.cfg;
    let canon = |id: &str| cfg.registry.resolve(id).map_or(id.to_owned(), |u| u.id.clone());
    let end = district_end(cfg);
    let mut units: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut all, mut before_end) = (BTreeSet::new(), BTreeSet::new());
    let mut n_stories = 0;
    for s in counted(scope, stories, period, as_of) {
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
        let mine = scope.owns(e);
        for r in e.replicated_in.iter().filter(|r| in_period(r.date, period, as_of)) {
            if mine {
                units.entry(canon(&e.unit)).or_default().replicated += 1;
            }
            if scope.covers(&r.unit) {
                units.entry(canon(&r.unit)).or_default().adopted += 1;
            }
        }
        if !mine {
            continue;
        }
        let t = units.entry(canon(&e.unit)).or_default();
        if e.proposed.as_ref().is_some_and(|p| in_period(p.date, period, as_of)) {
            t.proposed += 1;
        }
        if e.appraised.as_ref().is_some_and(|p| in_period(p.date, period, as_of)) {
            t.appraised += 1;
        }
        if let Some(sel) = &e.selected
            && period.selects(sel)
            && sel.date <= as_of
        {
            t.selected += 1;
            if end.is_none_or(|end| sel.date <= end) {
                selected_for_district += 1;
            }
        }
        if e.declined.as_ref().is_some_and(|d| in_period(d.date, period, as_of)) {
            declined += 1;
        }
    }
    let district = if cfg.exemplars.is_empty() { before_end.len() } else { selected_for_district };
    YearTally { units, district, publicised: all.len(), stories: n_stories, declined }
}

/// The period's replications, by date then practice (none of an exemplar whose consent
/// is missing: the report names them), of the scope's practices or in its units.
pub(super) fn replications(scope: Scope, period: Period, as_of: NaiveDate) -> Vec<ReplicationRow> {
    let cfg = scope.cfg;
    let name = |id: &str| cfg.registry.resolve(id).map_or(id.to_owned(), |u| u.name_between(period.from, period.to));
    let mut rows: Vec<ReplicationRow> = cfg
        .exemplars
        .list
        .iter()
        .filter(|e| !e.consent_missing())
        .flat_map(|e| {
            e.replicated_in
                .iter()
                .filter(move |r| in_period(r.date, period, as_of) && (scope.owns(e) || scope.covers(&r.unit)))
                .map(|r| ReplicationRow {
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

/// The stories about each exemplar of the registry, built once (a scan per exemplar
/// would be exemplars × stories).
pub(super) fn by_exemplar<'a>(stories: &[&'a Story]) -> std::collections::HashMap<&'a str, Vec<&'a Story>> {
    let mut m: std::collections::HashMap<&str, Vec<&Story>> = std::collections::HashMap::new();
    for s in stories {
        if let Some(id) = s.exemplar.as_deref() {
            m.entry(id).or_default().push(s);
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_half_year_is_named_as_reports_name_it() {
        assert_eq!(Period::half_label(2026, 1), "6 tháng đầu năm 2026");
        assert_eq!(Period::half_label(2025, 2), "6 tháng cuối năm 2025");
        let second = Period::half(2025, 2);
        assert_eq!((second.from.to_string(), second.to.to_string()), ("2025-07-01".into(), "2025-12-31".into()));
        assert_eq!(second.whole_years(), None, "not judged against the yearly quota");
        assert_eq!(second.label(), "từ ngày 01/7/2025 đến ngày 31/12/2025");
        assert_eq!(Period::year(2024).label(), "năm 2024");
    }
}
