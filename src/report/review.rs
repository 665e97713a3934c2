//! The workflow's queues (`guong review`): what waits for whom, per stage and per unit,
//! oldest first. The Home Affairs Office sees the proposals to appraise, the council the
//! appraised exemplars without a decision, the outlets the exemplars with no story yet,
//! and the editors the stories held back or to delete.

use crate::model::{Config, Standing, Story};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub(crate) struct Item {
    /// The exemplar's id, or the story's slug for a story without one.
    pub id: String,
    pub name: String,
    /// `individual` | `household` | `collective` | `practice`
    #[serde(rename = "type")]
    pub kind: String,
    pub unit: String,
    pub unit_name: String,
    /// Since when it waits (the last step's date, or the story's).
    pub since: NaiveDate,
    pub days: i64,
    /// Who it waits for, or who took the last step.
    pub note: String,
    /// Its story files (site-relative paths).
    pub stories: Vec<String>,
    /// The file to open.
    pub path: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct Queue {
    /// `to-appraise` | `to-decide` | `to-publicise` | `held` | `withdrawn`
    pub id: &'static str,
    pub title: &'static str,
    pub title_en: &'static str,
    pub items: Vec<Item>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Review {
    pub as_of: NaiveDate,
    /// The stage stories need before they are published (`publish_stage`).
    pub publish_stage: &'static str,
    pub queues: Vec<Queue>,
}

/// The five queues, empty, in the order they are printed.
fn queues() -> [Queue; 5] {
    [
        Queue {
            id: "to-appraise", title: "Chờ thẩm định", title_en: "Waiting for appraisal", items: Vec::new()
        },
        Queue {
            id: "to-decide",
            title: "Đã thẩm định, chờ quyết định chọn tiêu biểu",
            title_en: "Appraised, waiting for the council's decision",
            items: Vec::new(),
        },
        Queue {
            id: "to-publicise",
            title: "Chưa có bài giới thiệu",
            title_en: "No story published yet",
            items: Vec::new(),
        },
        Queue {
            id: "held",
            title: "Bài chờ gương điển hình được thẩm định",
            title_en: "Stories held until their exemplar is appraised",
            items: Vec::new(),
        },
        Queue {
            id: "withdrawn",
            title: "Đã rút lại sự đồng ý: xóa bài hoặc thông tin cá nhân",
            title_en: "Consent withdrawn: delete the stories or their personal data",
            items: Vec::new(),
        },
    ]
}

/// The queues on `today`; `unit` keeps one unit's (and those merged into it).
pub(crate) fn compute(cfg: &Config, stories: &[&Story], today: NaiveDate, unit: Option<&str>) -> Review {
    let unit_name = |id: &str| cfg.registry.resolve(id).map_or(id.to_owned(), |u| u.full_name());
    let keep = |id: &str| unit.is_none_or(|want| cfg.registry.lineage(id).iter().any(|u| u.id == want) || id == want);
    let about = super::count::by_exemplar(stories);
    let stories_of = |id: &str| -> Vec<&Story> { about.get(id).cloned().unwrap_or_default() };
    // A story no outlet publishes (dated after its outlets ended) introduces no one.
    let public = |s: &Story| cfg.standing(s) == Standing::Public && s.date <= today && cfg.published_somewhere(s);
    let mut q = queues();
    let decided_since =
        |d: NaiveDate| cfg.exemplars.list.iter().filter_map(|e| e.selected.as_ref()).any(|s| s.date > d);
    for e in cfg.exemplars.list.iter().filter(|e| keep(&e.unit)) {
        let own = stories_of(&e.id);
        let item = |since: NaiveDate, note: String| Item {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind.id().into(),
            unit: e.unit.clone(),
            unit_name: unit_name(&e.unit),
            since,
            days: (today - since).num_days(),
            note,
            stories: own.iter().map(|s| s.path.clone()).collect(),
            path: e.path.clone(),
        };
        let body = |by: &str, d: NaiveDate| cfg.body_name(by, d).unwrap_or_else(|| by.to_owned());
        if let Some(w) = e.withdrawn() {
            if !own.is_empty() {
                q[4].items.push(item(w, format!("rút lại ngày {}", crate::text::vi_date(w))));
            }
            continue;
        }
        if e.declined.is_some() {
            continue;
        }
        match (&e.proposed, &e.appraised, &e.selected) {
            (Some(p), None, _) => q[0].items.push(item(p.date, format!("đề xuất: {}", body(&p.by, p.date)))),
            // Selection is a yearly round: once a decision was taken after the
            // appraisal, the exemplar was not chosen that round and no longer waits.
            (Some(_), Some(a), None) if !decided_since(a.date) => {
                q[1].items.push(item(a.date, format!("thẩm định: {}", body(&a.by, a.date))))
            }
            _ => {}
        }
        if e.stage() >= cfg.site.publish_stage && !e.consent_missing() && !own.iter().any(|s| public(s)) {
            let since = e.appraised.as_ref().or(e.proposed.as_ref()).map_or(today, |s| s.date);
            let since = e.selected.as_ref().map_or(since, |s| s.date);
            let nowhere = own.iter().any(|s| cfg.standing(s) == Standing::Public && !cfg.published_somewhere(s));
            let note = if nowhere { "có bài nhưng không kênh nào đăng".to_owned() } else { String::new() };
            q[2].items.push(item(since, note));
        }
        for s in own.iter().filter(|s| matches!(cfg.standing(s), Standing::Waiting(_))) {
            let mut it = item(s.date, format!("gương mới ở bước: {}", e.stage().label()));
            it.stories = vec![s.path.clone()];
            it.path = s.path.clone();
            q[3].items.push(it);
        }
    }
    for queue in &mut q {
        queue.items.sort_by(|a, b| {
            crate::text::compare_vi(&a.unit_name, &b.unit_name).then(a.since.cmp(&b.since)).then(a.id.cmp(&b.id))
        });
    }
    Review { as_of: today, publish_stage: cfg.site.publish_stage.id(), queues: q.into_iter().collect() }
}

impl Review {
    pub(crate) fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into())
    }

    /// The queues as text: a heading per stage, then per unit, each item with its age.
    pub(crate) fn text(&self, english: bool) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        for q in &self.queues {
            let _ = writeln!(out, "{} ({})", if english { q.title_en } else { q.title }, q.items.len());
            let mut unit = "";
            for it in &q.items {
                if it.unit_name != unit {
                    unit = &it.unit_name;
                    let _ = writeln!(out, "  {}", crate::text::capitalize(unit));
                }
                let age = if english { format!("{} days", it.days) } else { format!("{} ngày", it.days) };
                let since = crate::text::vi_date(it.since);
                let note = if it.note.is_empty() { String::new() } else { format!("; {}", it.note) };
                let _ = writeln!(out, "    {} [{}], từ {since} ({age}){note}", it.name, it.id);
                let _ = writeln!(out, "      {}", it.path);
            }
            if q.items.is_empty() {
                let _ = writeln!(out, "  {}", if english { "(none)" } else { "(không có)" });
            }
        }
        out
    }
}
