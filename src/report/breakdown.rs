//! The report's breakdowns: units with their own criteria, the channels, the columns,
//! fields, kinds and commendations, and the plan's years side by side.

use super::count::{Period, Scope, YearTally, jan1, tally};
use super::{Count, Direction, OutletCount, UnitRow, YearColumn, plan_years};
use crate::model::{Config, Kind, Level, Story, SubjectType, UnitType};
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// Section I: units that issued criteria of their own (`local` in criteria.yaml), out
/// of the units listed (the plan's target: 100%).
pub(super) fn direction(cfg: &Config, units: &[UnitRow]) -> Direction {
    let with: Vec<&UnitRow> = units
        .iter()
        .filter(|u| {
            cfg.criteria
                .local
                .iter()
                .any(|c| c.scope.communes.iter().any(|x| cfg.registry.resolve(x).is_some_and(|r| r.id == u.id)))
        })
        .collect();
    Direction {
        units_with_criteria: with.len(),
        units_total: units.len(),
        // Rounded to the nearest whole number (1/34 is 3%), as a report writes percentages.
        percent: if units.is_empty() { 0 } else { (with.len() * 200 + units.len()) / (units.len() * 2) },
        names: with.iter().map(|u| u.full_name.clone()).collect(),
    }
}

/// Uses on the other channels dated in the period, of the published stories in scope.
pub(super) fn by_channel(scope: Scope, stories: &[&Story], period: Period, as_of: NaiveDate) -> Vec<Count> {
    use crate::model::story::Channel;
    let uses: Vec<Channel> = stories
        .iter()
        .filter(|s| {
            scope.cfg.standing(s) == crate::model::Standing::Public
                && scope.covers_story(s)
                && scope.cfg.published_somewhere(s)
        })
        .flat_map(|s| &s.channels)
        .filter(|u| period.contains(u.date) && u.date <= as_of)
        .map(|u| u.channel)
        .collect();
    Channel::ALL
        .iter()
        .map(|(id, c)| Count {
            id: (*id).to_owned(),
            label: c.label().to_owned(),
            count: uses.iter().filter(|u| *u == c).count(),
        })
        .collect()
}

/// Stories of the period in each themed column (a story named in `columns:` or matching
/// the column's rule, as the build places it).
pub(super) fn by_column(cfg: &Config, period_stories: &[&Story]) -> Vec<Count> {
    cfg.columns
        .iter()
        .filter(|c| c.field.is_none())
        .map(|c| Count {
            id: c.id.clone(),
            label: c.title.clone(),
            count: period_stories
                .iter()
                .filter(|s| s.columns.contains(&c.id) || c.rule.matches(s, &cfg.levels_of(s)))
                .count(),
        })
        .collect()
}

/// Stories and distinct exemplars of the period by outlet (the channels that existed).
pub(super) fn by_outlet(cfg: &Config, period_stories: &[&Story], period: Period) -> Vec<OutletCount> {
    cfg.site
        .outlets
        .iter()
        // A channel opened after the period did not publicise anything in it.
        .filter(|o| o.valid_from.is_none_or(|f| f <= period.to))
        .map(|o| {
            let carried: Vec<&&Story> = period_stories
                .iter()
                .filter(|s| {
                    s.outlets.as_ref().is_none_or(|l| l.contains(&o.id)) && o.carries(&cfg.registry, &s.commune, s.date)
                })
                .collect();
            let exemplars: BTreeSet<String> = carried.iter().map(|s| s.exemplar_key()).collect();
            OutletCount {
                id: o.id.clone(),
                title: o.publisher.clone(),
                stories: carried.len(),
                exemplars: exemplars.len(),
            }
        })
        .collect()
}

/// The year's stories by field, kind and subject, and the commendations by level (each
/// exemplar's once).
pub(super) fn breakdowns(
    cfg: &Config,
    year_stories: &[&Story],
    period: Period,
) -> (Vec<Count>, Vec<Count>, Vec<Count>, Vec<Count>) {
    let count = |f: &dyn Fn(&Story) -> bool| year_stories.iter().filter(|s| f(s)).count();
    let by_field = cfg
        .criteria
        .fields
        .iter()
        .map(|f| Count { id: f.id.clone(), label: f.name.clone(), count: count(&|s| s.field == f.id) })
        .collect();
    let by_kind = [Kind::Story, Kind::Practice]
        .iter()
        .map(|k| Count { id: k.id().into(), label: k.label().into(), count: count(&|s| s.kind == *k) })
        .collect();
    let by_subject = [SubjectType::Individual, SubjectType::Household, SubjectType::Collective]
        .iter()
        .map(|k| Count { id: k.id().into(), label: k.label().into(), count: count(&|s| s.subject.kind == *k) })
        .collect();
    // Commendations are the exemplar's: one exemplar with two stories is counted once.
    let mut seen = BTreeSet::new();
    let commendations: Vec<_> = year_stories
        .iter()
        .filter(|s| seen.insert(s.exemplar_key()))
        .flat_map(|s| &s.recognition)
        .filter(|r| period.has_year(r.year))
        .collect();
    let recognition_by_level = Level::ALL
        .iter()
        .map(|l| Count {
            id: l.id().into(),
            label: l.label().into(),
            count: commendations
                .iter()
                .filter(|r| cfg.criteria.commendation(&r.form).is_some_and(|c| c.level == *l))
                .count(),
        })
        .collect();
    (by_field, by_kind, by_subject, recognition_by_level)
}

/// The side-by-side table of the plan's years; a year whose district counts are known
/// (`known`) is not counted again.
pub(super) fn year_columns<'t>(
    cfg: &Config,
    stories: &[&Story],
    (first, last): (i32, i32),
    as_of: NaiveDate,
    known: impl Fn(i32) -> Option<&'t YearTally>,
) -> Vec<YearColumn> {
    use crate::model::plans::PlanList;
    // The plan's years; for a period of several years, every year of it too (each plan's).
    let mut years = plan_years(cfg, stories, first);
    if last != first {
        years.extend(plan_years(cfg, stories, last));
        years.extend(first..=last);
        years.sort_unstable();
        years.dedup();
    }
    years
        .into_iter()
        .map(|y| {
            let counted;
            let yt = match known(y) {
                Some(t) => t,
                None => {
                    counted =
                        tally(Scope::district(cfg), stories, super::count::for_district(cfg, Period::year(y)), as_of);
                    &counted
                }
            };
            // The units of the district's part of the year (not the communes after it).
            let p = super::count::for_district(cfg, Period::year(y));
            let listed: Vec<_> = cfg
                .registry
                .units
                .iter()
                .filter(|u| {
                    u.kind != UnitType::Huyen
                        && u.valid_from.is_none_or(|f| f <= p.to)
                        && u.valid_until.is_none_or(|e| e >= p.from)
                })
                .collect();
            let n = |id: &str| yt.units.get(id).map_or(0, |x| x.exemplars.len());
            let with_quota: Vec<_> = listed.iter().filter(|u| u.exists_on(jan1(y))).collect();
            // Each year is judged by the quotas of the plan in force that year.
            let plan = cfg.plan_for_year(y);
            let q = cfg.quotas_for_year(y);
            YearColumn {
                year: y,
                plan: plan.map(|p| p.id.clone()),
                quota_district: q.district,
                quota_commune: q.commune,
                district_met: yt.district >= q.district,
                total: yt.district,
                units_with_quota: with_quota.len(),
                units_met: with_quota.iter().filter(|u| n(&u.id) >= q.commune).count(),
                units: listed.iter().map(|u| (u.id.clone(), n(&u.id))).collect(),
            }
        })
        .collect()
}
