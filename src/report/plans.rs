//! The plans a report answers to: the plan in force in its period (its title, number,
//! date and issuer as the report's title and "Căn cứ" quote them) and the quotas that
//! judge it.

use super::count::Period;
use crate::model::Config;
use crate::model::plans::{Plan, PlanList};
use crate::model::site::Quotas;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// A plan as the report cites it.
#[derive(Debug, Serialize)]
pub(crate) struct PlanRef {
    pub id: String,
    pub title: String,
    pub number: Option<String>,
    pub date: Option<NaiveDate>,
    /// The date as Decree 30/2020 writes it in a text ("20/02/2023").
    pub date_label: Option<String>,
    pub issuer: String,
    pub basis: Option<String>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub quotas: Quotas,
    pub reporting: crate::model::plans::Rhythm,
    pub illustration: bool,
    /// "Kế hoạch số … ngày … của … về việc …".
    pub citation: String,
}

fn plan_ref(p: &Plan) -> PlanRef {
    PlanRef {
        id: p.id.clone(),
        title: p.title.clone(),
        number: p.number.clone(),
        date: p.date,
        date_label: p.date.map(crate::text::vi_date),
        issuer: p.issuer.clone(),
        basis: p.basis.clone(),
        from: p.from,
        to: p.to,
        quotas: p.quotas,
        reporting: p.reporting,
        illustration: p.illustration,
        citation: p.citation(),
    }
}

/// The plans in force in the period, first begun first.
pub(super) fn refs(cfg: &Config, period: Period) -> Vec<PlanRef> {
    cfg.plans_between(period.from, period.to).into_iter().map(plan_ref).collect()
}

/// The quotas that judge the period: its year's (a period of several years is not
/// judged as a whole; each year is, in the side-by-side table, by its own plan).
pub(super) fn quotas_of(cfg: &Config, period: Period) -> Quotas {
    cfg.quotas_for_year(period.to.year())
}

/// What the report's title says it reports on: the implementation of the one plan in
/// force in the period, or of the publicity work when several plans (or none) are.
pub(super) fn title_line(r: &super::Report) -> String {
    match r.plans.as_slice() {
        [p] => format!("Kết quả thực hiện {}, {}", p.title, r.period_label),
        _ => format!("Kết quả phát hiện, bồi dưỡng, tuyên truyền và nhân rộng điển hình tiên tiến {}", r.period_label),
    }
}

/// The report's opening sentence ("Căn cứ"): the plans it implements, as cited, and
/// what they implement.
pub(super) fn basis_line(r: &super::Report, issuer: &str) -> String {
    let cited: Vec<String> = r.plans.iter().map(|p| p.citation.clone()).collect();
    let of = if cited.is_empty() {
        "công tác tuyên truyền gương điển hình tiên tiến".to_owned()
    } else {
        cited.join("; ")
    };
    format!("Thực hiện {of}, {issuer} báo cáo kết quả {} như sau:", r.period_label)
}
