//! The yearly quota report for the Home Affairs Office: exemplars per unit against the
//! plan's quotas (≥ 5 in the district, ≥ 2 in every commune or town), with breakdowns.

mod annex;
mod breakdown;
mod count;
mod csv_file;
mod docx;
mod docx_annex;
mod docx_form;
pub(crate) mod forms;
mod html;
pub(crate) mod plan;
mod plans;
pub(crate) mod province;
mod province_docx;
pub(crate) mod review;
mod rows;
pub(crate) mod stamp;
mod xlsx;

pub(crate) use docx::docx;
pub(crate) use html::{html, style_hash};
pub(crate) use province_docx::docx as province_docx;
pub(crate) use xlsx::xlsx;

use crate::model::{Config, Story};
use breakdown::{breakdowns, by_channel, by_column, by_outlet, direction, year_columns};
use chrono::{Datelike, NaiveDate};
pub(crate) use count::Period;
use count::{Scope, Tally, YearTally, counted, district_end, replications, tally};
use rows::{AGENCY_NOTE, agency_scope, quota_note, unit_rows, unit_scope};
use serde::Serialize;
use std::collections::BTreeMap;

/// The rule, stated in the report itself.
pub(crate) const RULE_VI: &str = "Đơn vị đếm là gương điển hình (cá nhân, hộ gia đình, tập thể, mô hình) trong sổ gương điển hình, \
không phải bài viết: hai bài về một người chỉ tính một. Bài không ghi gương điển hình được tính như một gương riêng. \
Chỉ tiêu của xã, thị trấn (ít nhất 2) đếm số gương khác nhau của đơn vị được giới thiệu trong năm, tức có ít nhất một bài \
đã đăng (không tính bản nháp, bài hẹn ngày chưa đến, bài của gương chưa qua bước thẩm định theo quy định của trang, \
bài của người đã rút lại sự đồng ý, bài không kênh nào đăng) có ngày thuộc năm báo cáo; mỗi gương tính cho đơn vị ghi trong bài. \
Chỉ tiêu toàn huyện (ít nhất 5) đếm số gương được Hội đồng Thi đua - Khen thưởng chọn là tiêu biểu của năm \
(khi chưa có sổ gương điển hình: số gương được giới thiệu trong năm), chỉ tính các quyết định trong thời gian còn cấp huyện \
(đến hết ngày 30/6/2025 theo danh mục). Đề xuất, thẩm định được tính theo ngày của bước đó; nhân rộng theo ngày làm theo. \
Chỉ tiêu áp dụng cho các xã, thị trấn có tên trong danh mục ngày 01/01 của năm báo cáo; \
đơn vị thành lập trong năm được liệt kê nhưng chưa tính chỉ tiêu. Gương của cấp huyện không tính vào chỉ tiêu của xã.";
pub(crate) const RULE_EN: &str = "The unit counted is the exemplar of the registry (person, household, collective, practice), not the story: \
two stories about one person count once. A story that names no exemplar counts as its own. The commune quota (at least 2) \
counts the unit's distinct exemplars publicised in the year: with at least one published story (no drafts, none dated after \
today, none whose exemplar has not reached the site's publish stage, none whose consent was withdrawn, none that no outlet publishes) dated in the year, \
each counted in the unit its story names. The district quota (at least 5) counts the exemplars the Emulation and \
Commendation Council selected for the year (without a registry: the exemplars publicised in the year), only decisions \
taken while the district existed (until 30 June 2025 in the registry). Proposals and appraisals count by the stage's date, \
replications by the date they were made. The commune quota applies to the units in the registry on 1 January of the year; \
units created during the year are listed without a quota. District-level exemplars do not count toward any commune.";

#[derive(Debug, Serialize)]
pub(crate) struct Count {
    pub id: String,
    pub label: String,
    pub count: usize,
}

#[derive(Debug, Serialize)]
pub(crate) struct UnitRow {
    /// Its place in the registry's official order.
    pub order: usize,
    /// The statistics code in force at the end of the period.
    pub code: Option<String>,
    pub id: String,
    pub name: String,
    pub full_name: String,
    /// `xa` | `thi-tran`
    #[serde(rename = "type")]
    pub kind: String,
    /// Distinct exemplars publicised in the year (the commune quota counts these).
    pub count: usize,
    /// Stories published in the year (two about one exemplar count once in `count`).
    pub stories: usize,
    /// Exemplars of the unit proposed, appraised and selected in the year.
    pub proposed: usize,
    pub appraised: usize,
    pub selected: usize,
    /// Replications made in the year of the unit's practices (anywhere), and of other
    /// units' practices here.
    pub replicated: usize,
    pub adopted: usize,
    /// None for a unit created during the year.
    pub quota: Option<usize>,
    pub met: bool,
    /// How many more exemplars the unit needs (0 when met).
    pub short: usize,
    /// The unit it merged into, when it ceased to exist.
    pub merged_into: Option<String>,
    pub merged_into_name: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    /// Fields of its exemplars: field id → count.
    pub fields: BTreeMap<String, usize>,
    /// The same, in words: "Nông nghiệp (2), Y tế (1)".
    pub fields_label: String,
    /// The same, by the fields' names (the CSV's column).
    #[serde(skip)]
    pub fields_named: Vec<(String, usize)>,
    /// "Sắp xếp vào xã Thọ Phú (từ 01/7/2025) từ ngày 01/7/2025", "Thành lập từ ngày 01/7/2025".
    pub note: String,
    /// Short label for the chart: "Thọ Tân", "TT Nưa".
    pub short_name: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct District {
    pub name: String,
    /// What the district quota counts (see `counts`).
    pub total: usize,
    /// `selected` (exemplars selected for the year) or, for a site without an exemplar
    /// registry, `publicised`.
    pub counts: &'static str,
    /// Distinct exemplars publicised in the year, stories published, and the registry's
    /// stages in the year, district-wide (all units, new communes included).
    pub publicised: usize,
    pub stories: usize,
    pub proposed: usize,
    pub appraised: usize,
    pub selected: usize,
    pub declined: usize,
    pub replicated: usize,
    pub quota: usize,
    /// Whether the period is one whole year, the only period the yearly quota judges
    /// (`met` and `short` mean nothing otherwise, and are not shown).
    pub judged: bool,
    /// Why the period is not judged against the quota, when it is not.
    pub note: Option<String>,
    pub met: bool,
    pub short: usize,
    /// Stories of district-level agencies and collectives (`huyen`).
    pub district_level: usize,
    /// The district's last day, when it falls in the year: its total stops there.
    pub until: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub(crate) struct YearColumn {
    pub year: i32,
    /// The plan in force that year (its id), whose quotas judge it.
    pub plan: Option<String>,
    pub quota_district: usize,
    pub quota_commune: usize,
    pub total: usize,
    /// Whether the whole-area total met that year's quota.
    pub district_met: bool,
    pub units_with_quota: usize,
    pub units_met: usize,
    /// unit id → count; a unit absent from the year's registry is absent here.
    pub units: BTreeMap<String, usize>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Report {
    /// The first day's year (the report's year, for a yearly report).
    pub year: i32,
    /// The period covered, both days included, and in words ("năm 2024").
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub period_label: String,
    /// For a unit's own report: the unit and its predecessors.
    pub unit: Option<UnitScope>,
    /// For an agency's report: the agency.
    pub agency: Option<AgencyScope>,
    /// Section I: units with criteria of their own.
    pub direction: Direction,
    /// Stories and exemplars by outlet (channel).
    pub by_outlet: Vec<OutletCount>,
    /// Stories by themed column (the columns that are not a field's).
    pub by_column: Vec<Count>,
    /// Uses on other channels in the period (`channels:` of the stories): loudspeakers,
    /// newspapers, meetings…
    pub by_channel: Vec<Count>,
    /// The annex: the exemplars publicised or selected in the period. Serialized by
    /// `json` (at the end), not with the rest: the HTML page shows a few of its fields
    /// (`html`), and the whole of it had been most of the page's time at 100,000 stories.
    #[serde(skip)]
    pub annex: Vec<annex::AnnexRow>,
    /// Date the numbers were computed (stories dated later are not counted).
    pub as_of: NaiveDate,
    pub rule: &'static str,
    pub rule_en: &'static str,
    /// The sample's notice, when the content is a sample: the report says it too.
    pub sample: Option<String>,
    pub quotas: Quotas,
    /// The plans in force in the period, as the report cites them (`Căn cứ`).
    pub plans: Vec<plans::PlanRef>,
    pub district: District,
    pub units: Vec<UnitRow>,
    pub short_units: Vec<ShortUnit>,
    pub by_field: Vec<Count>,
    pub by_kind: Vec<Count>,
    pub by_subject: Vec<Count>,
    /// Commendations received, counted by issuing level.
    pub recognition_by_level: Vec<Count>,
    /// Where practices were replicated in the year.
    pub replications: Vec<ReplicationRow>,
    pub years: Vec<YearColumn>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ReplicationRow {
    pub exemplar: String,
    pub practice: String,
    pub from_unit: String,
    pub unit: String,
    pub unit_name: String,
    pub date: NaiveDate,
    /// The date as the Decree 30/2020 style writes it ("01/7/2025").
    pub date_label: String,
    pub scale: Option<f64>,
    pub measure: Option<String>,
    pub source: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct UnitScope {
    pub id: String,
    pub name: String,
    pub full_name: String,
    pub official_name: String,
    /// The official name as a sentence starts it: "Xã Thọ Phú".
    pub title: String,
    pub valid_from: Option<NaiveDate>,
    /// The units merged into it ("xã Thọ Tân"), by their official names.
    pub predecessors: Vec<String>,
}

/// The agency whose report it is (`guong report --unit <agency id>`).
#[derive(Debug, Serialize)]
pub(crate) struct AgencyScope {
    pub id: String,
    /// Its name on the period's last day: "Hội Nông dân huyện Triệu Sơn".
    pub name: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct Direction {
    pub units_with_criteria: usize,
    pub units_total: usize,
    pub percent: usize,
    pub names: Vec<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct OutletCount {
    pub id: String,
    pub title: String,
    pub stories: usize,
    pub exemplars: usize,
}

#[derive(Debug, Serialize)]
pub(crate) struct Quotas {
    pub district: usize,
    pub commune: usize,
}

#[derive(Debug, Serialize)]
pub(crate) struct ShortUnit {
    pub id: String,
    pub full_name: String,
    pub count: usize,
    pub needs: usize,
}

/// The years of the side-by-side table.
pub(crate) fn plan_years(cfg: &Config, stories: &[&Story], year: i32) -> Vec<i32> {
    if let Some(p) = cfg.site.plan.filter(|_| cfg.site.plans.is_empty()) {
        return (p.from..=p.to).collect();
    }
    // With plans as data: the years of the plan in force in `year`.
    if let Some(p) = crate::model::plans::PlanList::plan_for_year(cfg, year).filter(|_| !cfg.site.plans.is_empty()) {
        return (p.from.year()..=p.to.year()).collect();
    }
    let mut years: Vec<i32> = stories.iter().map(|s| s.year()).chain([year]).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The yearly report of the whole district.
pub(crate) fn compute(cfg: &Config, stories: &[&Story], year: i32, as_of: NaiveDate) -> Report {
    compute_for(cfg, stories, Period::year(year), None, as_of)
}

/// The report of any period, for the district or for one unit (`unit`: a registry id):
/// a unit's report covers it and the units merged into it, from the day it existed.
pub(crate) fn compute_for(
    cfg: &Config,
    stories: &[&Story],
    period: Period,
    unit: Option<&str>,
    as_of: NaiveDate,
) -> Report {
    let own = unit.and_then(|u| cfg.registry.resolve(u));
    let period = own.map_or_else(|| count::for_district(cfg, period), |u| period.within(u.valid_from, u.valid_until));
    let scope = Scope { unit: own.map(|u| u.id.as_str()), ..Scope::district(cfg) };
    let t = tally(scope, stories, period, as_of);
    let years = if own.is_some() {
        Vec::new()
    } else {
        let of_year = |y: i32| (count::for_district(cfg, Period::year(y)) == period).then_some(&t);
        year_columns(cfg, stories, (period.from.year(), period.to.year()), as_of, of_year)
    };
    assemble(cfg, stories, period, scope, as_of, &t, years)
}

/// An agency's report (`agency`: an id of agencies.yaml): the exemplars it proposed and
/// the stories about them or written by it, in the days it existed; no quota (the
/// plan's quotas are the district's and each commune's).
pub(crate) fn compute_for_agency(
    cfg: &Config,
    stories: &[&Story],
    period: Period,
    agency: &str,
    as_of: NaiveDate,
) -> Report {
    let (from, until) = cfg.agency(agency).map_or((None, None), agency_span);
    let period = period.within(from, until);
    let scope = Scope { agency: Some(agency), ..Scope::district(cfg) };
    let t = tally(scope, stories, period, as_of);
    assemble(cfg, stories, period, scope, as_of, &t, Vec::new())
}

/// The days an agency existed: from its first name's first day to its last name's last.
pub(crate) fn agency_span(a: &crate::model::agencies::Agency) -> (Option<NaiveDate>, Option<NaiveDate>) {
    if a.names.is_empty() {
        return (None, None);
    }
    let from = a.names.iter().map(|n| n.from).min().flatten();
    let until = a.names.iter().map(|n| n.until).try_fold(NaiveDate::MIN, |m, u| u.map(|u| m.max(u)));
    (from, until)
}

/// The district's yearly reports of `years` (each as `compute` makes it), counting each
/// year once: every report's side-by-side table shows the same years' counts.
pub(crate) fn compute_years(cfg: &Config, stories: &[&Story], years: &[i32], as_of: NaiveDate) -> Vec<Report> {
    use rayon::prelude::*;
    let scope = Scope::district(cfg);
    let period = |y: i32| count::for_district(cfg, Period::year(y));
    let tallies: Vec<YearTally> = years.par_iter().map(|&y| tally(scope, stories, period(y), as_of)).collect();
    let of_year = |y: i32| years.iter().position(|&x| x == y).map(|i| &tallies[i]);
    years
        .par_iter()
        .zip(&tallies)
        .map(|(&y, t)| {
            let columns = year_columns(cfg, stories, (y, y), as_of, of_year);
            assemble(cfg, stories, period(y), scope, as_of, t, columns)
        })
        .collect()
}

/// A report from its period's counts `t` and the side-by-side table's `years`.
fn assemble(
    cfg: &Config,
    stories: &[&Story],
    period: Period,
    scope: Scope,
    as_of: NaiveDate,
    t: &YearTally,
    years: Vec<YearColumn>,
) -> Report {
    let q = plans::quotas_of(cfg, period);
    let own = scope.unit.and_then(|u| cfg.registry.resolve(u));
    let agency = scope.agency.and_then(|a| cfg.agency(a));
    let year = period.from.year();
    // The yearly quotas judge a whole year of the district or of a unit, never an agency.
    let single_year = period.whole_years().filter(|(a, b)| a == b && agency.is_none()).map(|(a, _)| a);
    let units = unit_rows(cfg, t, own, agency.is_some(), period, single_year);
    let short_units = units
        .iter()
        .filter(|u| u.short > 0)
        .map(|u| ShortUnit { id: u.id.clone(), full_name: u.full_name.clone(), count: u.count, needs: u.short })
        .collect();
    let period_stories: Vec<&Story> = counted(scope, stories, period, as_of).collect();
    let (by_field, by_kind, by_subject, recognition_by_level) = breakdowns(cfg, &period_stories, period);
    let by_column = by_column(cfg, &period_stories);
    let by_channel = by_channel(scope, stories, period, as_of);
    let sum = |f: &dyn Fn(&Tally) -> usize| t.units.values().map(f).sum::<usize>();
    let district_level = t.units.get("huyen").map_or(0, |x| x.exemplars.len());
    Report {
        year,
        from: period.from,
        to: period.to,
        period_label: period.label(),
        as_of,
        rule: RULE_VI,
        rule_en: RULE_EN,
        sample: cfg.site.sample.then(|| crate::model::labels::Labels::base().get("sample_notice")),
        quotas: Quotas { district: q.district, commune: q.commune },
        plans: plans::refs(cfg, period),
        unit: own.map(|u| unit_scope(cfg, u, period)),
        agency: agency.map(|a| agency_scope(a, period)),
        direction: direction(cfg, &units),
        district: District {
            name: cfg.site.district.clone(),
            total: t.district,
            counts: if cfg.exemplars.is_empty() { "publicised" } else { "selected" },
            publicised: t.publicised,
            stories: t.stories,
            proposed: sum(&|x| x.proposed),
            appraised: sum(&|x| x.appraised),
            selected: sum(&|x| x.selected),
            declined: t.declined,
            replicated: sum(&|x| x.replicated),
            quota: q.district,
            judged: single_year.is_some(),
            note: if agency.is_some() { Some(AGENCY_NOTE.to_owned()) } else { quota_note(period, q.district) },
            // Never "met" for a period that is not one whole year (`judged`).
            met: single_year.is_some() && t.district >= q.district,
            short: q.district.saturating_sub(t.district),
            district_level,
            until: district_end(cfg).filter(|end| period.contains(*end) && agency.is_none()),
        },
        by_outlet: by_outlet(cfg, &period_stories, period),
        by_column,
        by_channel,
        annex: annex::rows(cfg, &period_stories, scope, period, as_of),
        units,
        short_units,
        by_field,
        by_kind,
        by_subject,
        recognition_by_level,
        replications: replications(scope, period, as_of),
        years,
    }
}

impl Report {
    /// Whether anyone is short of quota (for `--check`).
    pub(crate) fn any_short(&self) -> bool {
        (self.district.judged && !self.district.met) || !self.short_units.is_empty()
    }

    pub(crate) fn json(&self) -> String {
        #[derive(Serialize)]
        struct Whole<'a> {
            #[serde(flatten)]
            report: &'a Report,
            annex: &'a [annex::AnnexRow],
        }
        serde_json::to_string_pretty(&Whole { report: self, annex: &self.annex }).unwrap_or_else(|_| "{}".into())
    }
}

/// The year of `date` (the default report year).
pub(crate) fn year_of(date: NaiveDate) -> i32 {
    date.year()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_years_counted_together_equal_each_year_counted_alone() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site");
        let cfg = crate::load::config(&root, &mut Vec::new()).expect("fixture configuration");
        let stories: Vec<Story> = walkdir::WalkDir::new(root.join("content/stories"))
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
            .filter_map(|e| {
                let rel = e.path().strip_prefix(&root).ok()?.to_string_lossy().replace('\\', "/");
                let slug = e.path().file_stem()?.to_string_lossy().into_owned();
                let file = crate::load::StoryFile { abs: e.path().to_owned(), rel, slug };
                crate::load::parse_bytes(file, std::fs::read(e.path()).ok()?).story
            })
            .collect();
        assert!(stories.len() >= 5, "{} stories", stories.len());
        let stories: Vec<&Story> = stories.iter().collect();
        let as_of = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        let years = plan_years(&cfg, &stories, 2025);
        assert!(years.len() >= 3, "{years:?}");
        let together = compute_years(&cfg, &stories, &years, as_of);
        assert_eq!(together.len(), years.len());
        for (&y, r) in years.iter().zip(&together) {
            let alone = compute(&cfg, &stories, y, as_of);
            assert_eq!(serde_json::to_string(r).unwrap(), serde_json::to_string(&alone).unwrap(), "{y}");
            assert!(alone.years.iter().any(|c| c.total > 0), "{y}: the table counts something");
        }
    }
}
