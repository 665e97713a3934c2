//! `calendar.yaml`: the great holidays and anniversaries the plan asks coverage for
//! ("các ngày lễ lớn, kỷ niệm"), each every year on its day, with the fields, tags and
//! columns whose stories suit it. `guong plan` lists the coming ones; a column's rule
//! may select the stories of an entry (`calendar:`).

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CalendarFile {
    #[serde(default)]
    pub days: Vec<Day>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    pub id: String,
    /// "MM-DD", every year.
    pub date: String,
    pub name: String,
    #[serde(default)]
    pub fields: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub columns: Vec<String>,
    /// How many days before it stories are prepared and published (default 30).
    #[serde(default = "default_lead")]
    pub lead: u32,
}

fn default_lead() -> u32 {
    30
}

impl Day {
    /// (month, day), when `date` is a day of the year.
    pub fn month_day(&self) -> Option<(u32, u32)> {
        super::columns::month_day(&self.date)
    }
    /// The day's next occurrence on or after `from` (29 February: in leap years).
    pub fn next(&self, from: NaiveDate) -> Option<NaiveDate> {
        let (m, d) = self.month_day()?;
        (from.year()..from.year() + 8).filter_map(|y| NaiveDate::from_ymd_opt(y, m, d)).find(|date| *date >= from)
    }
    /// Whether a story of `field` with `tags` suits the day.
    pub fn suits(&self, field: &str, tags: &[String]) -> bool {
        self.fields.iter().any(|f| f == field) || tags.iter().any(|t| self.tags.contains(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_occurrence_rolls_over_the_year() {
        let day: Day = crate::yaml::from_str("id: a\ndate: \"02-03\"\nname: A\n").unwrap();
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert_eq!(day.next(d(2026, 1, 10)), Some(d(2026, 2, 3)));
        assert_eq!(day.next(d(2026, 2, 3)), Some(d(2026, 2, 3)));
        assert_eq!(day.next(d(2026, 11, 26)), Some(d(2027, 2, 3)));
        let leap: Day = crate::yaml::from_str("id: b\ndate: \"02-29\"\nname: B\n").unwrap();
        assert_eq!(leap.next(d(2025, 3, 1)), Some(d(2028, 2, 29)));
    }
}
