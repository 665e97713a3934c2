//! `columns.yaml`: themed columns and the rules that select their stories.

use super::criteria::Level;
use super::story::{Kind, Story, SubjectType};
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ColumnsFile {
    #[serde(default = "yes")]
    pub fields_as_columns: bool,
    #[serde(default)]
    pub columns: Vec<ColumnDef>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ColumnDef {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub rule: Rule,
}

/// A recurring window of the year, "MM-DD" to "MM-DD" (may wrap over New Year).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateRange {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Every condition given must hold; within a list, any value matches. An empty rule
/// selects nothing: such a column holds only stories that name it in `columns:`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    #[serde(default)]
    pub fields: Vec<String>,
    #[serde(default)]
    pub kinds: Vec<Kind>,
    #[serde(default)]
    pub subject_types: Vec<SubjectType>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub recognition_levels: Vec<Level>,
    #[serde(default)]
    pub window: Option<Window>,
    #[serde(default)]
    pub dates: Option<DateRange>,
    /// Entries of calendar.yaml: a story of one of their fields or tags.
    #[serde(default)]
    pub calendar: Vec<String>,
    /// The fields and tags of those entries, filled in when the configuration is read.
    #[serde(skip)]
    pub calendar_topics: (Vec<String>, Vec<String>),
}

/// "MM-DD" as (month, day), if it names a day that exists in a leap year.
pub(crate) fn month_day(s: &str) -> Option<(u32, u32)> {
    let (m, d) = s.split_once('-')?;
    let (m, d) = (m.parse().ok()?, d.parse().ok()?);
    NaiveDate::from_ymd_opt(2024, m, d).map(|_| (m, d))
}

impl Rule {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
            && self.kinds.is_empty()
            && self.subject_types.is_empty()
            && self.tags.is_empty()
            && self.recognition_levels.is_empty()
            && self.window.is_none()
            && self.dates.is_none()
            && self.calendar.is_empty()
    }

    /// `levels` are the levels of the story's commendations (looked up by the caller).
    pub fn matches(&self, s: &Story, levels: &[Level]) -> bool {
        if self.is_empty() {
            return false;
        }
        let any = |list: &[String], v: &str| list.is_empty() || list.iter().any(|x| x == v);
        any(&self.fields, &s.field)
            && (self.kinds.is_empty() || self.kinds.contains(&s.kind))
            && (self.subject_types.is_empty() || self.subject_types.contains(&s.subject.kind))
            && (self.tags.is_empty() || s.tags.iter().any(|t| self.tags.contains(t)))
            && (self.recognition_levels.is_empty() || levels.iter().any(|l| self.recognition_levels.contains(l)))
            && self.window.as_ref().is_none_or(|w| in_window(w, s.date))
            && self.dates.as_ref().is_none_or(|r| s.date >= r.from && s.date <= r.to)
            && (self.calendar.is_empty()
                || self.calendar_topics.0.contains(&s.field)
                || s.tags.iter().any(|t| self.calendar_topics.1.contains(t)))
    }
}

fn in_window(w: &Window, date: NaiveDate) -> bool {
    let (Some(from), Some(to)) = (month_day(&w.from), month_day(&w.to)) else { return false };
    let md = (date.month(), date.day());
    if from <= to { md >= from && md <= to } else { md >= from || md <= to }
}

/// A column as the site uses it: the fields' own columns and the themed ones.
#[derive(Debug, Clone)]
pub struct Column {
    pub id: String,
    pub title: String,
    pub description: String,
    pub rule: Rule,
    /// The field this column stands for, when it is a field's column.
    pub field: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_days() {
        assert_eq!(month_day("06-11"), Some((6, 11)));
        assert_eq!(month_day("02-29"), Some((2, 29)));
        assert_eq!(month_day("02-30"), None);
        assert_eq!(month_day("june"), None);
    }

    #[test]
    fn windows_wrap_over_new_year() {
        let w = Window { from: "12-20".into(), to: "01-10".into() };
        assert!(in_window(&w, NaiveDate::from_ymd_opt(2024, 1, 5).unwrap()));
        assert!(!in_window(&w, NaiveDate::from_ymd_opt(2024, 6, 5).unwrap()));
    }
}
