//! The editors' plan (`guong plan`): the holidays and anniversaries of the coming days
//! (`calendar.yaml`), each with, per outlet still publishing, the stories already
//! scheduled for it, published stories that suit it (to run again, on the loudspeakers
//! too), and exemplars that suit it but have no story yet.

use crate::model::calendar::Day;
use crate::model::{Config, Outlet, Standing, Story};
use chrono::NaiveDate;
use serde::Serialize;

/// At most this many suitable stories per day and outlet.
const SUITABLE: usize = 5;

#[derive(Debug, Serialize)]
pub(crate) struct StoryRef {
    pub slug: String,
    pub title: String,
    pub date: NaiveDate,
    pub path: String,
    /// `public`, `draft`, `waiting` (its exemplar's workflow), or `scheduled` (dated later).
    pub standing: &'static str,
    pub url: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct ExemplarRef {
    pub id: String,
    pub name: String,
    pub unit: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct OutletPlan {
    pub id: String,
    pub title: String,
    pub scheduled: Vec<StoryRef>,
    pub suitable: Vec<StoryRef>,
    pub to_write: Vec<ExemplarRef>,
}

#[derive(Debug, Serialize)]
pub(crate) struct PlanDay {
    pub id: String,
    pub name: String,
    pub date: NaiveDate,
    pub date_label: String,
    pub in_days: i64,
    /// From when stories for it are prepared (`lead` days before).
    pub prepare_from: NaiveDate,
    pub outlets: Vec<OutletPlan>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Plan {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: Vec<PlanDay>,
}

fn suits(cfg: &Config, day: &Day, s: &Story) -> bool {
    day.suits(&s.field, &s.tags)
        || day
            .columns
            .iter()
            .any(|c| s.columns.contains(c) || cfg.column(c).is_some_and(|col| col.rule.matches(s, &cfg.levels_of(s))))
}

/// A story's standing (`StoryRef::standing`, in English in the JSON) as the Vietnamese
/// text says it.
fn standing_vi(standing: &str) -> &'static str {
    match standing {
        "draft" => "bản nháp",
        "waiting" => "chờ hồ sơ gương điển hình hoàn tất",
        "scheduled" => "hẹn ngày đăng",
        _ => "đã đăng",
    }
}

fn story_ref(cfg: &Config, o: &Outlet, s: &Story, today: NaiveDate) -> StoryRef {
    let standing = match cfg.standing(s) {
        Standing::Draft => "draft",
        Standing::Waiting(_) => "waiting",
        _ if s.date > today => "scheduled",
        _ => "public",
    };
    StoryRef {
        slug: s.slug.clone(),
        title: s.title.clone(),
        date: s.date,
        path: s.path.clone(),
        standing,
        url: o.url(&crate::assemble::urls::story(&s.slug)),
    }
}

fn outlet_plan(
    cfg: &Config,
    o: &Outlet,
    day: &Day,
    date: NaiveDate,
    stories: &[&Story],
    today: NaiveDate,
    published: &std::collections::HashSet<&str>,
) -> OutletPlan {
    let prepare = date - chrono::Duration::days(i64::from(day.lead));
    // Its stories: a story dated after the outlet's end is not for it.
    let mine = |s: &&&Story| {
        s.outlets.as_ref().is_none_or(|l| l.contains(&o.id)) && o.carries(&cfg.registry, &s.commune, s.date)
    };
    let live = |s: &&&Story| !matches!(cfg.standing(s), Standing::Withdrawn | Standing::Declined);
    let scheduled = stories
        .iter()
        .filter(mine)
        .filter(live)
        .filter(|s| s.date >= prepare && s.date <= date && suits(cfg, day, s))
        .map(|s| story_ref(cfg, o, s, today))
        .collect();
    let mut suitable: Vec<&&Story> = stories
        .iter()
        .filter(mine)
        .filter(|s| cfg.standing(s) == Standing::Public && s.date < prepare.min(today) && suits(cfg, day, s))
        .collect();
    suitable.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
    let to_write = cfg
        .exemplars
        .list
        .iter()
        .filter(|e| {
            e.stage() >= cfg.site.publish_stage
                && e.declined.is_none()
                && !e.consent_missing()
                && day.fields.contains(&e.field)
                && o.covers(&cfg.registry, &e.unit)
                && !published.contains(e.id.as_str())
        })
        .map(|e| ExemplarRef {
            id: e.id.clone(),
            name: e.name.clone(),
            unit: cfg.registry.resolve(&e.unit).map_or(e.unit.clone(), |u| u.full_name()),
        })
        .collect();
    OutletPlan {
        id: o.id.clone(),
        title: o.title.clone(),
        scheduled,
        suitable: suitable.into_iter().take(SUITABLE).map(|s| story_ref(cfg, o, s, today)).collect(),
        to_write,
    }
}

/// The days from `from` to `from + next` days, each for the outlets publishing on that
/// day (from their `valid_from`, not after their `valid_until`), or only `outlets` of them.
pub(crate) fn compute(cfg: &Config, stories: &[&Story], from: NaiveDate, next: u32, outlets: &[String]) -> Plan {
    let to = from + chrono::Duration::days(i64::from(next));
    // Exemplars with a published story, found once for every day and outlet.
    let published: std::collections::HashSet<&str> =
        stories.iter().filter(|s| cfg.standing(s) == Standing::Public).filter_map(|s| s.exemplar.as_deref()).collect();
    let chosen: Vec<&Outlet> =
        cfg.site.outlets.iter().filter(|o| outlets.is_empty() || outlets.contains(&o.id)).collect();
    let mut days: Vec<PlanDay> = cfg
        .calendar
        .iter()
        .filter_map(|d| d.next(from).filter(|date| *date <= to).map(|date| (d, date)))
        .map(|(d, date)| PlanDay {
            id: d.id.clone(),
            name: d.name.clone(),
            date,
            date_label: crate::text::vi_date(date),
            in_days: (date - from).num_days(),
            prepare_from: date - chrono::Duration::days(i64::from(d.lead)),
            outlets: chosen
                .iter()
                .filter(|o| o.live_on(date))
                .map(|o| outlet_plan(cfg, o, d, date, stories, from, &published))
                .collect(),
        })
        .collect();
    days.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    Plan { from, to, days }
}

impl Plan {
    pub(crate) fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into())
    }

    pub(crate) fn text(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "Các ngày lễ, kỷ niệm từ {} đến {}: {}",
            crate::text::vi_date(self.from),
            crate::text::vi_date(self.to),
            self.days.len()
        );
        for d in &self.days {
            let _ = writeln!(out, "\n{} — {} (còn {} ngày)", d.date_label, d.name, d.in_days);
            if d.outlets.is_empty() {
                let _ = writeln!(out, "  Không có kênh nào đăng bài vào ngày này.");
            }
            for o in &d.outlets {
                let _ = writeln!(out, "  {}", o.title);
                let none = if o.scheduled.is_empty() { " chưa có" } else { "" };
                let _ = writeln!(out, "    Bài đã chuẩn bị:{none}");
                for s in &o.scheduled {
                    let _ = writeln!(
                        out,
                        "      {} ({}, {}) {}",
                        s.title,
                        crate::text::vi_date(s.date),
                        standing_vi(s.standing),
                        s.path
                    );
                }
                if !o.suitable.is_empty() {
                    let _ = writeln!(out, "    Bài đã đăng phù hợp (có thể đọc lại trên loa):");
                    for s in &o.suitable {
                        let _ = writeln!(out, "      {} ({}) {}", s.title, crate::text::vi_date(s.date), s.url);
                    }
                }
                if !o.to_write.is_empty() {
                    let _ = writeln!(out, "    Gương điển hình phù hợp, chưa có bài:");
                    for e in &o.to_write {
                        let _ = writeln!(out, "      {} ({}) [{}]", e.name, e.unit, e.id);
                    }
                }
            }
        }
        out
    }
}
