//! The weekly digest (`channels: {digest: true}`): each ISO week with stories, one
//! plain-text file listing them (title, unit, date, summary, address), for a Zalo group,
//! an e-mail or a notice board: `/tin-tuan/<year>-tuan-<week>.txt`.
//!
//! The whole channel is this file, its lines in `channels/mod.rs`, its template
//! (`digest.txt`, brought to the base theme by `templates`) and its label
//! (`digest_title` in the base labels).

use crate::assemble::views::Card;
use crate::emit::change::Affected;
use crate::emit::channel::{Channel, Key, Of, Rendered};
use crate::emit::{OutletBuild, Prepared};
use chrono::{Datelike, NaiveDate, Weekday};

pub(crate) struct Digest;

/// The folder of the digests.
pub(crate) const FOLDER: &str = "/tin-tuan/";

/// A week's digest: `/tin-tuan/2024-tuan-09.txt`.
pub(crate) fn url(year: i32, week: u32) -> String {
    format!("{FOLDER}{year}-tuan-{week:02}.txt")
}

fn week_of(d: NaiveDate) -> (i32, u32) {
    let w = d.iso_week();
    (w.year(), w.week())
}

impl Channel for Digest {
    fn name(&self) -> &'static str {
        "digest"
    }

    fn templates(&self) -> &'static [(&'static str, &'static str)] {
        &[("digest.txt", include_str!("digest.txt"))]
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        let mut weeks: Vec<(i32, u32)> = b.plan.stories.iter().map(|&i| week_of(b.published.stories[i].date)).collect();
        weeks.sort_unstable();
        weeks.dedup();
        weeks.into_iter().map(|(year, week)| Key::Week { of: Of::Site, year, week, text: true }).collect()
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        let Key::Week { year, week, .. } = key else { unreachable!("not a digest: {key:?}") };
        let mut list: Vec<usize> =
            b.plan.stories.iter().copied().filter(|&i| week_of(b.published.stories[i].date) == (year, week)).collect();
        list.sort_by(|x, y| {
            let (x, y) = (b.published.stories[*x], b.published.stories[*y]);
            (x.date, &x.slug).cmp(&(y.date, &y.slug))
        });
        // Each value on its own line, as it must be in plain text: a title or summary
        // with a line break adds no line (a fake address) of its own.
        let stories: Vec<Card> = list
            .iter()
            .map(|&i| {
                let mut c = prep.card(b, i).clone();
                c.title = crate::text::one_line(&c.title);
                c.summary = crate::text::one_line(&c.summary);
                c
            })
            .collect();
        let monday = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).unwrap_or_default();
        let sunday = NaiveDate::from_isoywd_opt(year, week, Weekday::Sun).unwrap_or_default();
        let o = b.plan.outlet;
        let title = b.labels.fill(
            "digest_title",
            &[
                ("outlet", &o.title),
                ("week", &week.to_string()),
                ("year", &year.to_string()),
                ("from", &crate::text::vi_date(monday)),
                ("to", &crate::text::vi_date(sunday)),
            ],
        );
        let path = url(year, week);
        let meta = b.meta("digest", &path, title, String::new(), None);
        b.page(prep, "digest.txt", &path, meta, |ctx| ctx.insert("stories", &stories))
    }

    /// A week's digest shows its stories' titles, units, dates and summaries: one of
    /// them changed, came or went.
    fn affected(&self, _: &OutletBuild, a: &Affected, key: Key) -> bool {
        let Key::Week { year, week, .. } = key else { return true };
        a.in_week(None, year, week) || a.templates.contains("digest.txt")
    }

    /// A story moved to another week (or went): the old week's digest may now be empty.
    fn drops(&self, a: &Affected, path: &str) -> bool {
        !a.in_place
            && path.starts_with(FOLDER)
            && a.members.iter().any(|m| {
                let (year, week) = week_of(m.date);
                url(year, week) == path
            })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_week_has_one_address() {
        assert_eq!(super::url(2024, 9), "/tin-tuan/2024-tuan-09.txt");
        // 30 December 2024 is in ISO week 1 of 2025.
        let d = chrono::NaiveDate::from_ymd_opt(2024, 12, 30).unwrap();
        assert_eq!(super::week_of(d), (2025, 1));
    }
}
