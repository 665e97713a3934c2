//! Plans as data (`plans:` in site.yaml): each plan the work follows, with its title,
//! number, date, issuer, period, quotas and reporting rhythm. Reports, checks and pages
//! use the plan in force on each date. The short form of older sites (`quotas:` and
//! `plan: {from, to}`) reads as one plan (`from_short_form`).

use super::site::{Quotas, SiteConfig};
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

/// One plan: what `Căn cứ` of a report quotes and what the quotas of a year are.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// An ASCII slug naming it in the configuration and the JSON report.
    pub id: String,
    /// Its title as issued: "Kế hoạch tuyên truyền gương điển hình tiên tiến … giai đoạn 2023 - 2025".
    #[serde(default)]
    pub title: String,
    /// Its number and symbol as issued ("32/KH-UBND"); none when the office has not
    /// filled it in (a report then cites the plan by its title).
    #[serde(default)]
    pub number: Option<String>,
    /// The day it was issued.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// Who issued it: "Ủy ban nhân dân huyện Triệu Sơn".
    #[serde(default)]
    pub issuer: String,
    /// What it implements, as cited ("Kế hoạch số 32/KH-UBND ngày 20/02/2023 của …").
    #[serde(default)]
    pub basis: Option<String>,
    /// The first and last day it is in force.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Its yearly quotas: exemplars publicised each year in the whole area and in each unit.
    pub quotas: Quotas,
    /// How often units report on it.
    #[serde(default)]
    pub reporting: Rhythm,
    /// An illustration (an invented number or date, e.g. the sample's next plan): every
    /// citation of it says so ("minh họa").
    #[serde(default)]
    pub illustration: bool,
}

/// How often a plan asks for a report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rhythm {
    /// Hằng năm (the yearly report; the default).
    #[default]
    Yearly,
    /// 6 tháng và cả năm.
    HalfYearly,
}

impl Rhythm {
    pub fn label(self) -> &'static str {
        match self {
            Rhythm::Yearly => "hằng năm",
            Rhythm::HalfYearly => "6 tháng và hằng năm",
        }
    }
}

impl Plan {
    /// Whether it is in force on `d`.
    pub fn in_force_on(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }

    /// Whether any day of `[from, to]` is in its period.
    pub fn overlaps(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.from <= to && from <= self.to
    }

    /// The plan as a report cites it, in the form of Decree 30/2020: "Kế hoạch số
    /// 32/KH-UBND ngày 20/02/2023 của Ủy ban nhân dân tỉnh Thanh Hóa về việc …"; by its
    /// title and issuer when the number and date are not known; "(minh họa)" for an
    /// illustration.
    pub fn citation(&self) -> String {
        let mut head = String::new();
        if let Some(n) = self.number.as_deref().filter(|n| !n.trim().is_empty()) {
            head.push_str(&format!(" số {}", n.trim()));
        }
        if let Some(d) = self.date {
            head.push_str(&format!(" ngày {}", crate::text::vi_date(d)));
        }
        let issuer =
            if self.issuer.trim().is_empty() { String::new() } else { format!(" của {}", self.issuer.trim()) };
        let mut s = match self.title.strip_prefix("Kế hoạch ") {
            Some(subject) if !head.is_empty() => format!("Kế hoạch{head}{issuer} về việc {subject}"),
            _ => format!("{}{head}{issuer}", self.title),
        };
        if self.illustration {
            s.push_str(" (minh họa)");
        }
        s
    }

    /// The plan of a site in the short form: `quotas` and the years of `plan`, issued by
    /// the district's People's Committee, in force over those years (every year when
    /// no years are given).
    pub fn from_short_form(site: &SiteConfig, quotas: Quotas) -> Plan {
        let (from, to) = site.plan.map_or((2000, 2100), |p| (p.from, p.to));
        let day = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d);
        let years = site.plan.map(|p| format!(" giai đoạn {} - {}", p.from, p.to)).unwrap_or_default();
        Plan {
            id: "ke-hoach".into(),
            title: format!("Kế hoạch tuyên truyền gương điển hình tiên tiến{years}"),
            number: None,
            date: None,
            issuer: format!("Ủy ban nhân dân huyện {}", site.district),
            basis: None,
            from: day(from, 1, 1).unwrap_or(NaiveDate::MIN),
            to: day(to, 12, 31).unwrap_or(NaiveDate::MAX),
            quotas,
            reporting: Rhythm::Yearly,
            illustration: false,
        }
    }
}

/// The plans of a site, ordered by their first day: `plans:` as written, else the short form.
pub(crate) fn normalized(site: &SiteConfig) -> Vec<Plan> {
    let mut plans = if site.plans.is_empty() {
        site.quotas.map(|q| vec![Plan::from_short_form(site, q)]).unwrap_or_default()
    } else {
        site.plans.clone()
    };
    plans.sort_by_key(|p| p.from);
    plans
}

/// Which plan a day or a year answers to, among plans ordered by their first day.
pub(crate) trait PlanList {
    fn plans(&self) -> &[Plan];

    /// The plan in force on `d`: the latest begun of those in force.
    fn plan_on(&self, d: NaiveDate) -> Option<&Plan> {
        self.plans().iter().rev().find(|p| p.in_force_on(d))
    }

    /// The plan whose quotas judge `year`: the one in force on its last day, else on
    /// its first, else the last begun before it, else the first.
    fn plan_for_year(&self, year: i32) -> Option<&Plan> {
        let (jan1, dec31) = (NaiveDate::from_ymd_opt(year, 1, 1)?, NaiveDate::from_ymd_opt(year, 12, 31)?);
        self.plan_on(dec31)
            .or_else(|| self.plan_on(jan1))
            .or_else(|| self.plans().iter().rev().find(|p| p.from <= dec31))
            .or_else(|| self.plans().first())
    }

    /// The plans in force on some day of `[from, to]`, first begun first.
    fn plans_between(&self, from: NaiveDate, to: NaiveDate) -> Vec<&Plan> {
        self.plans().iter().filter(|p| p.overlaps(from, to)).collect()
    }

    /// The quotas of `year` (none when the site has no plan).
    fn quotas_for_year(&self, year: i32) -> Quotas {
        self.plan_for_year(year).map_or(Quotas { district: 0, commune: 0 }, |p| p.quotas)
    }

    /// The first year of the first plan.
    fn first_year(&self) -> Option<i32> {
        self.plans().first().map(|p| p.from.year())
    }
}

impl PlanList for Vec<Plan> {
    fn plans(&self) -> &[Plan] {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(id: &str, from: &str, to: &str) -> Plan {
        crate::yaml::from_str(&format!(
            "id: {id}\ntitle: \"Kế hoạch tuyên truyền gương điển hình tiên tiến\"\nissuer: \"Ủy ban nhân dân tỉnh Thanh Hóa\"\nfrom: {from}\nto: {to}\nquotas: {{district: 5, commune: 2}}\n"
        ))
        .unwrap()
    }

    #[test]
    fn the_plan_of_a_year_is_the_one_in_force_at_its_end() {
        let plans = vec![plan("a", "2023-01-01", "2025-12-31"), plan("b", "2026-01-01", "2030-12-31")];
        assert_eq!(plans.plan_for_year(2025).unwrap().id, "a");
        assert_eq!(plans.plan_for_year(2026).unwrap().id, "b");
        assert_eq!(plans.plan_for_year(2040).unwrap().id, "b");
        assert_eq!(plans.plan_for_year(2020).unwrap().id, "a");
        assert_eq!(plans.plans_between(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap(), NaiveDate::MAX).len(), 2);
    }

    #[test]
    fn a_citation_follows_decree_30() {
        let mut p = plan("a", "2023-01-01", "2025-12-31");
        assert_eq!(p.citation(), "Kế hoạch tuyên truyền gương điển hình tiên tiến của Ủy ban nhân dân tỉnh Thanh Hóa");
        p.number = Some("32/KH-UBND".into());
        p.date = NaiveDate::from_ymd_opt(2023, 2, 20);
        assert_eq!(
            p.citation(),
            "Kế hoạch số 32/KH-UBND ngày 20/02/2023 của Ủy ban nhân dân tỉnh Thanh Hóa về việc tuyên truyền gương điển hình tiên tiến"
        );
        p.illustration = true;
        assert!(p.citation().ends_with(" (minh họa)"));
    }
}
