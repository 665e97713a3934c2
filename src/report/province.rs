//! `guong report --province` (issue 31): every commune a province view gathers, against
//! the commune quota of the plan in force (the province's `plans:`), as the province's
//! Emulation and Commendation Board receives it: one row per commune (a site that covers
//! several communes gives a row for each), the communes whose site was left out or could
//! not be read named with why, and the plan quoted. Counted as the district report
//! counts: distinct exemplars publicised in the year, two stories about one exemplar
//! counting once, only stories their own site publishes.

use super::Period;
use crate::model::gather::State;
use crate::model::plans::PlanList;
use crate::model::{Config, Story};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Serialize)]
pub(crate) struct ProvinceReport {
    /// "Gương điển hình tiên tiến tỉnh Thanh Hóa": the view's title.
    pub view: String,
    /// Who files it: the view's `owner`, else its publisher.
    pub issuer: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub period_label: String,
    /// Whether the period is one whole year, the only one the yearly quota judges.
    pub judged: bool,
    /// The plan whose quota judges it, quoted ("Kế hoạch số … ngày … của …").
    pub plan: Option<String>,
    pub quota: Option<usize>,
    pub rows: Vec<Row>,
    /// Communes that met the quota, of those judged.
    pub met: usize,
    pub judged_rows: usize,
    pub stories: usize,
    pub exemplars: usize,
    pub as_of: NaiveDate,
    /// The content is a sample: every copy says so.
    pub sample: bool,
}

#[derive(Debug, Serialize)]
pub(crate) struct Row {
    /// The source (`gather:`'s id) and its title.
    pub source: String,
    pub site: String,
    /// The unit, as the province's registry names it (the id when it does not).
    pub unit: Option<String>,
    pub unit_name: String,
    /// `fresh` | `kept` | `missing` | `failed`
    pub state: &'static str,
    /// What the state means for this row, in words.
    pub note: String,
    pub stories: usize,
    pub exemplars: usize,
    pub met: Option<bool>,
    pub short: usize,
}

/// The province report of `period` over the view's gathered stories (`stories`, every
/// story of the project: only those gathered count).
pub(crate) fn compute(cfg: &Config, stories: &[&Story], period: Period, as_of: NaiveDate) -> ProvinceReport {
    let judged = period.whole_years().is_some_and(|(a, b)| a == b);
    let plan = period.whole_years().and_then(|(_, last)| cfg.plan_for_year(last));
    let quota = plan.map(|p| p.quotas.commune).filter(|_| judged);
    // (source, unit) → stories, exemplars
    let mut counts: BTreeMap<(String, String), (usize, BTreeSet<String>)> = BTreeMap::new();
    for s in stories.iter().filter(|s| super::count::in_period(s.date, period, as_of)) {
        let Some(o) = cfg.gathering.origin(&s.slug) else { continue };
        if cfg.standing(s) != crate::model::Standing::Public {
            continue;
        }
        let unit = cfg.registry.resolve(&s.commune).map_or(s.commune.clone(), |u| u.id.clone());
        let c = counts.entry((o.source.clone(), unit)).or_default();
        c.0 += 1;
        c.1.insert(s.exemplar_key());
    }
    let mut rows = Vec::new();
    for src in &cfg.gathering.sources {
        let (state, note) = state_words(&src.state);
        let mine: Vec<_> = counts.iter().filter(|((id, _), _)| *id == src.id).collect();
        if mine.is_empty() {
            let unit_name = src.title.clone();
            // A commune whose site was not read is not judged: its numbers are unknown.
            let read = matches!(src.state, State::Fresh | State::Kept { .. });
            let met = quota.filter(|_| read).map(|q| q == 0);
            let short = quota.filter(|_| read).unwrap_or(0);
            rows.push(Row {
                source: src.id.clone(),
                site: src.title.clone(),
                unit: None,
                unit_name,
                state,
                note,
                stories: 0,
                exemplars: 0,
                met,
                short,
            });
            continue;
        }
        for ((_, unit), (n, ex)) in mine {
            let u = cfg.registry.resolve(unit);
            rows.push(Row {
                source: src.id.clone(),
                site: src.title.clone(),
                unit: Some(unit.clone()),
                unit_name: u.map_or(unit.clone(), |u| u.full_name()),
                state,
                note: note.clone(),
                stories: *n,
                exemplars: ex.len(),
                met: quota.map(|q| ex.len() >= q),
                short: quota.map_or(0, |q| q.saturating_sub(ex.len())),
            });
        }
    }
    rows.sort_by(|a, b| crate::text::compare_vi(&a.unit_name, &b.unit_name).then_with(|| a.source.cmp(&b.source)));
    let view = cfg.site.outlets.iter().find(|o| !o.gather.is_empty());
    ProvinceReport {
        view: view.map_or_else(String::new, |o| o.title.clone()),
        issuer: view.map_or_else(String::new, |o| o.owner.clone().unwrap_or_else(|| o.publisher.clone())),
        from: period.from,
        to: period.to,
        period_label: period.label(),
        judged,
        plan: plan.map(|p| p.citation()),
        quota,
        met: rows.iter().filter(|r| r.met == Some(true)).count(),
        judged_rows: rows.iter().filter(|r| r.met.is_some()).count(),
        stories: rows.iter().map(|r| r.stories).sum(),
        exemplars: rows.iter().map(|r| r.exemplars).sum(),
        rows,
        as_of,
        sample: cfg.site.sample,
    }
}

/// A source's state as its rows say it.
fn state_words(s: &State) -> (&'static str, String) {
    match s {
        State::Fresh => ("fresh", String::new()),
        State::Kept { since } => {
            let since = crate::model::gather::day_text(since);
            ("kept", format!("Không đọc được trang của xã; số liệu theo nội dung đã gom ngày {since}"))
        }
        State::Missing => ("missing", "Không đọc được trang của xã; chưa gom được lần nào".to_owned()),
        State::Failed { errors, first } => {
            ("failed", format!("Trang của xã có {errors} lỗi khi kiểm tra, chưa được tổng hợp; lỗi đầu tiên: {first}"))
        }
    }
}

impl ProvinceReport {
    pub(crate) fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into())
    }

    /// One row per commune, UTF-8 with a BOM (Excel), no cell read as a formula.
    pub(crate) fn csv(&self) -> Vec<u8> {
        let cell = super::csv_file::cell;
        let mut out = "\u{feff}".as_bytes().to_vec();
        {
            let mut w = csv::Writer::from_writer(&mut out);
            let _ = w.write_record([
                "Đơn vị",
                "Trang của xã",
                "Số điển hình được giới thiệu",
                "Số bài",
                "Chỉ tiêu",
                "Còn thiếu",
                "Đạt chỉ tiêu",
                "Ghi chú",
                "Mã nguồn",
                "Mã đơn vị",
            ]);
            for r in &self.rows {
                let met = match r.met {
                    Some(true) => "Đạt",
                    Some(false) => "Chưa đạt",
                    None => "—",
                };
                let mut note = r.note.clone();
                if self.sample {
                    note = format!("{note}{}Số liệu minh họa", if note.is_empty() { "" } else { ". " });
                }
                let _ = w.write_record([
                    cell(&r.unit_name),
                    cell(&r.site),
                    r.exemplars.to_string(),
                    r.stories.to_string(),
                    self.quota.map_or(String::new(), |q| q.to_string()),
                    r.short.to_string(),
                    met.to_owned(),
                    cell(&note),
                    cell(&r.source),
                    cell(r.unit.as_deref().unwrap_or_default()),
                ]);
            }
            let _ = w.flush();
        }
        out
    }
}

impl ProvinceReport {
    /// A page of its own (`--format html`), every text escaped.
    pub(crate) fn html(&self) -> String {
        let e = crate::text::html::escape_html;
        let mut s = String::from("<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
        let title = format!("Kết quả tuyên truyền gương điển hình tiên tiến của các xã {}", self.period_label);
        s.push_str(&format!("<title>{}</title>\n</head>\n<body>\n<h1>{}</h1>\n", e(&title), e(&title)));
        s.push_str(&format!("<p>{}</p>\n", e(&self.view)));
        if self.sample {
            s.push_str("<p><strong>Số liệu minh họa từ nội dung mẫu, không phải báo cáo thật.</strong></p>\n");
        }
        if let Some(plan) = &self.plan {
            s.push_str(&format!("<p>Căn cứ {}.</p>\n", e(plan)));
        }
        if let (Some(q), true) = (self.quota, self.judged) {
            s.push_str(&format!(
                "<p>Chỉ tiêu: ít nhất {q} gương điển hình mỗi xã; {} trên {} đơn vị đạt.</p>\n",
                self.met, self.judged_rows
            ));
        }
        s.push_str("<table>\n<thead><tr><th>TT</th><th>Đơn vị</th><th>Trang của xã</th><th>Gương điển hình</th><th>Bài</th><th>Đạt chỉ tiêu</th><th>Ghi chú</th></tr></thead>\n<tbody>\n");
        for (i, r) in self.rows.iter().enumerate() {
            let met = match r.met {
                Some(true) => "Đạt",
                Some(false) => "Chưa đạt",
                None => "—",
            };
            s.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{met}</td><td>{}</td></tr>\n",
                i + 1,
                e(&r.unit_name),
                e(&r.site),
                r.exemplars,
                r.stories,
                e(&r.note)
            ));
        }
        s.push_str("</tbody>\n</table>\n</body>\n</html>\n");
        s
    }
}
