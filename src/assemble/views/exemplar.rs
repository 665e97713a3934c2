//! The views of an exemplar: the short note on each story about it, and its profile
//! page (profile, workflow, commendations, replications, stories).

use super::{Card, Link, RecognitionView, UnitLink, unit_link};
use crate::assemble::urls;
use crate::model::exemplars::{Exemplar, ExemplarType};
use crate::model::labels::Labels;
use crate::model::{Config, Outlet};
use chrono::NaiveDate;
use serde::Serialize;

/// What a story page says of its exemplar.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ExemplarBrief {
    pub id: String,
    pub name: String,
    /// The profile page.
    pub url: String,
    /// `individual` | `household` | `collective` | `practice`
    #[serde(rename = "type")]
    pub kind: String,
    pub type_label: String,
    /// `proposed` | `appraised` | `selected`
    pub stage: String,
    /// "Gương điển hình tiêu biểu năm 2024", when selected.
    pub selected_label: Option<String>,
    /// "… với sự đồng ý của người được nêu gương (bằng văn bản, ngày 20/02/2024)."
    pub consent_note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct StepView {
    pub by: String,
    pub date: String,
    pub date_vi: String,
    pub text: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ReplicationView {
    pub unit: UnitLink,
    pub date: String,
    pub date_vi: String,
    /// "12 hộ"
    pub scale: Option<String>,
    pub source: Option<String>,
}

/// A practice adopted by a unit, on the unit's page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct AdoptedView {
    pub name: String,
    pub url: String,
    /// The practice's own unit.
    pub from: String,
    /// The unit that adopted it, as it existed on that date, when it is not the page's
    /// unit: a former unit adopted it before the merger ("xã Thọ Dân" on the page of
    /// the new xã Thọ Phú), or the new unit after ("xã Thọ Phú" on xã Thọ Tân's page).
    pub by: Option<UnitLink>,
    pub date: String,
    pub date_vi: String,
    pub scale: Option<String>,
}

/// An exemplar's profile page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ExemplarView {
    #[serde(flatten)]
    pub brief: ExemplarBrief,
    pub profile: String,
    pub unit: UnitLink,
    /// Whether its name already says its unit ("Trạm Y tế xã Thọ Tân"): a list then
    /// does not add the unit again.
    pub unit_named: bool,
    pub field: Link,
    pub proposed: Option<StepView>,
    pub appraised: Option<StepView>,
    pub selected: Option<StepView>,
    pub recognition: Vec<RecognitionView>,
    pub measure: Option<String>,
    pub replications: Vec<ReplicationView>,
    /// Its stories on this outlet, newest first.
    pub stories: Vec<Card>,
    pub feed_url: String,
    /// Structured data (`jsonld::exemplar`), for `| safe` in `<script type="application/ld+json">`.
    pub jsonld: String,
}

fn scale(e: &Exemplar, n: Option<f64>) -> Option<String> {
    let n = n?;
    let num = crate::text::vi_number(n);
    Some(match &e.measure {
        Some(m) => format!("{num} {m}"),
        None => num,
    })
}

pub(crate) fn exemplar_brief(o: &Outlet, e: &Exemplar, labels: &Labels) -> ExemplarBrief {
    let consent_note = e.consent.as_ref().filter(|_| e.needs_consent()).map(|c| {
        labels.fill("exemplar_consent", &[("form", c.form.label()), ("date", &crate::text::vi_date(c.given))])
    });
    ExemplarBrief {
        id: e.id.clone(),
        name: e.name.clone(),
        url: o.url(&urls::exemplar(&e.id)),
        kind: e.kind.id().into(),
        type_label: labels.get(&format!("exemplar_{}", e.kind.id())),
        stage: e.stage().id().into(),
        selected_label: e.selected.as_ref().map(|s| labels.fill("exemplar_selected", &[("year", &s.year.to_string())])),
        consent_note,
    }
}

/// The profile page: `stories` are its cards on this outlet, newest first.
pub(crate) fn exemplar(cfg: &Config, o: &Outlet, e: &Exemplar, stories: Vec<Card>, labels: &Labels) -> ExemplarView {
    let step = |by: &str, date: chrono::NaiveDate, text: Option<String>| StepView {
        by: cfg.body_name(by, date).unwrap_or_else(|| by.to_owned()),
        date: date.to_string(),
        date_vi: crate::text::vi_date(date),
        text,
    };
    let unit = match cfg.registry.resolve(&e.unit) {
        Some(u) if o.covers(&cfg.registry, &u.id) => unit_link(o, u),
        Some(u) => UnitLink { url: String::new(), ..unit_link(o, u) },
        None => UnitLink {
            id: e.unit.clone(),
            name: e.unit.clone(),
            full_name: e.unit.clone(),
            official_name: e.unit.clone(),
            url: String::new(),
        },
    };
    let field_name = cfg.criteria.field(&e.field).map_or(e.field.clone(), |f| f.name.clone());
    let carries_field = cfg.outlet_columns(o).iter().any(|c| c.id == e.field);
    let recognition = super::recognition_views(cfg, &e.recognition, labels);
    let replications = replications(cfg, o, e);
    let fold =
        |s: &str| -> String { unicode_normalization::UnicodeNormalization::nfc(s).collect::<String>().to_lowercase() };
    let unit_named = !unit.official_name.is_empty() && fold(&e.name).contains(&fold(&unit.official_name));
    let mut view = ExemplarView {
        brief: exemplar_brief(o, e, labels),
        profile: e.profile.clone(),
        unit,
        unit_named,
        field: Link {
            id: e.field.clone(),
            title: field_name,
            url: if carries_field { o.url(&urls::column(&e.field, 1)) } else { String::new() },
        },
        proposed: e.proposed.as_ref().map(|s| step(&s.by, s.date, None)),
        appraised: e.appraised.as_ref().map(|s| step(&s.by, s.date, s.opinion.clone())),
        selected: e.selected.as_ref().map(|s| {
            let what = labels.fill("exemplar_selected", &[("year", &s.year.to_string())]).to_lowercase();
            let by = s.by.as_deref().and_then(|b| cfg.body_name(b, s.date));
            let text = match by {
                Some(by) => format!("được {by} chọn là {what} ({})", s.decision),
                None => format!("được chọn là {what} ({})", s.decision),
            };
            StepView {
                by: String::new(),
                date: s.date.to_string(),
                date_vi: crate::text::vi_date(s.date),
                text: Some(text),
            }
        }),
        recognition,
        measure: e.measure.clone(),
        replications,
        stories,
        feed_url: o.url(&urls::exemplar_feed(&e.id)),
        jsonld: String::new(),
    };
    view.jsonld = super::jsonld::exemplar(o, e, &view);
    view
}

/// Where a practice was taken up, oldest first (a unit this outlet has no page for is
/// named without a link); nothing for a person or a collective.
fn replications(cfg: &Config, o: &Outlet, e: &Exemplar) -> Vec<ReplicationView> {
    if e.kind == ExemplarType::Practice {
        let mut v: Vec<_> = e
            .replicated_in
            .iter()
            .filter_map(|r| {
                let u = cfg.registry.resolve(&r.unit)?;
                let mut unit = unit_link(o, u);
                if !o.covers(&cfg.registry, &u.id) {
                    unit.url = String::new(); // this outlet has no page for that unit
                }
                Some(ReplicationView {
                    unit,
                    date: r.date.to_string(),
                    date_vi: crate::text::vi_date(r.date),
                    scale: scale(e, r.scale),
                    source: r.source.clone(),
                })
            })
            .collect();
        v.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.unit.id.cmp(&b.unit.id)));
        v
    } else {
        Vec::new()
    }
}

/// The practices a unit adopted (its page lists them), among those with a page here,
/// adopted by `last` (the outlet's last day): by the unit, by a unit merged into it
/// before, or by the unit it was merged into after; each names who adopted it then.
pub(crate) fn adopted(cfg: &Config, o: &Outlet, unit: &str, with_page: &[usize], last: NaiveDate) -> Vec<AdoptedView> {
    let mut out = Vec::new();
    for &x in with_page {
        let e = &cfg.exemplars.list[x];
        for r in e.replicated_in.iter().filter(|r| r.date <= last) {
            if !cfg.registry.listing(&r.unit, r.date).iter().any(|u| u.id == unit) {
                continue;
            }
            // The unit of that date (a replication written under a unit's former id is
            // the successor's).
            let by = cfg.registry.successor_on(&r.unit, r.date).or_else(|| cfg.registry.resolve(&r.unit));
            let by = by.filter(|b| b.id != unit).map(|b| {
                let link = unit_link(o, b);
                if o.covers(&cfg.registry, &b.id) { link } else { UnitLink { url: String::new(), ..link } }
            });
            out.push(AdoptedView {
                name: e.name.clone(),
                url: o.url(&urls::exemplar(&e.id)),
                from: cfg.registry.resolve(&e.unit).map_or(e.unit.clone(), |u| u.full_name()),
                by,
                date: r.date.to_string(),
                date_vi: crate::text::vi_date(r.date),
                scale: scale(e, r.scale),
            });
        }
    }
    out.sort_by(|a, b| b.date.cmp(&a.date));
    out
}
