//! The report's annex: one row per exemplar publicised or selected in the period (the
//! plan's list: name, address or unit, field, achievements, how it was publicised and
//! where, commendations, who proposed it), in the registry's order of units.

use super::count::{Period, Scope};
use crate::model::{Config, Story};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub(crate) struct AnnexRow {
    pub no: usize,
    /// The exemplar's id, or `bai-viet/<slug>` for a story that names none.
    pub id: String,
    pub name: String,
    /// "Cá nhân", "Tập thể", "Mô hình mới, cách làm hay"…
    pub kind: String,
    pub unit: String,
    pub field: String,
    /// The achievements, in short: the profile, or the story's summary.
    pub summary: String,
    /// "Bài viết trên <outlet>", with the page's address.
    pub publicity: Vec<Publicity>,
    pub commendations: String,
    pub proposer: String,
    /// "Tiêu biểu năm 2024 (Số 15/QĐ-UBND)".
    pub selected: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct Publicity {
    pub outlet: String,
    pub url: String,
}

fn publicity(cfg: &Config, stories: &[&Story]) -> Vec<Publicity> {
    let mut out = Vec::new();
    for s in stories {
        for o in cfg.site.outlets.iter().filter(|o| {
            s.outlets.as_ref().is_none_or(|l| l.contains(&o.id)) && o.carries(&cfg.registry, &s.commune, s.date)
        }) {
            out.push(Publicity { outlet: o.publisher.clone(), url: o.url(&crate::assemble::urls::story(&s.slug)) });
        }
    }
    out
}

/// The commendations awarded in the period (by their year), as the annex lists them.
fn commendations(cfg: &Config, list: &[crate::model::story::Recognition], period: Period) -> String {
    list.iter()
        .filter(|r| period.has_year(r.year))
        .map(|r| {
            let name = r.name.clone().or_else(|| cfg.criteria.commendation(&r.form).map(|c| c.name.clone()));
            format!("{} ({})", name.unwrap_or_else(|| r.form.clone()), r.year)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub(super) fn rows(
    cfg: &Config,
    period_stories: &[&Story],
    scope: Scope,
    period: Period,
    as_of: NaiveDate,
) -> Vec<AnnexRow> {
    let unit_name =
        |id: &str| cfg.registry.resolve(id).map_or(id.to_owned(), |u| u.name_between(period.from, period.to));
    let order = |id: &str| {
        let canon = cfg.registry.resolve(id).map_or(id, |u| u.id.as_str());
        cfg.registry.units.iter().position(|u| u.id == canon).unwrap_or(usize::MAX)
    };
    let field = |id: &str| cfg.criteria.field(id).map_or(id.to_owned(), |f| f.name.clone());
    let mut rows: Vec<(usize, AnnexRow)> = Vec::new();
    let about = super::count::by_exemplar(period_stories);
    // An agency's annex also lists the exemplars of the stories it wrote.
    let listed = |e: &&crate::model::exemplars::Exemplar| {
        (scope.owns(e) || scope.agency.is_some() && about.contains_key(e.id.as_str())) && !e.consent_missing()
    };
    for e in cfg.exemplars.list.iter().filter(listed) {
        let own: &[&Story] = about.get(e.id.as_str()).map_or(&[], Vec::as_slice);
        let selected = e.selected.as_ref().filter(|s| period.selects(s) && s.date <= as_of);
        if own.is_empty() && selected.is_none() {
            continue;
        }
        rows.push((
            order(&e.unit),
            AnnexRow {
                no: 0,
                id: e.id.clone(),
                name: e.name.clone(),
                kind: e.kind.label().to_owned(),
                unit: unit_name(&e.unit),
                field: field(&e.field),
                summary: e.profile.clone(),
                publicity: publicity(cfg, own),
                commendations: commendations(cfg, &e.recognition, period),
                proposer: e
                    .proposed
                    .as_ref()
                    .map(|p| cfg.body_name(&p.by, p.date).unwrap_or_else(|| p.by.clone()))
                    .unwrap_or_default(),
                selected: selected.map(|s| format!("Tiêu biểu năm {} ({})", s.year, s.decision)).unwrap_or_default(),
            },
        ));
    }
    for s in period_stories.iter().filter(|s| s.exemplar.is_none()) {
        rows.push((
            order(&s.commune),
            AnnexRow {
                no: 0,
                id: format!("bai-viet/{}", s.slug),
                name: s.subject.name.clone(),
                kind: s.subject.kind.label().to_owned(),
                unit: unit_name(&s.commune),
                field: field(&s.field),
                summary: s.summary.clone(),
                publicity: publicity(cfg, &[s]),
                commendations: commendations(cfg, &s.recognition, period),
                proposer: String::new(),
                selected: String::new(),
            },
        ));
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| crate::text::compare_vi(&a.1.name, &b.1.name)));
    rows.into_iter()
        .enumerate()
        .map(|(i, (_, mut r))| {
            r.no = i + 1;
            r
        })
        .collect()
}
