//! The channels beyond the web, read aloud: each story as the script an announcer reads
//! on the commune loudspeakers, and a weekly bulletin of a column's stories with an
//! opening and a closing, as plain text and as a printable page.

use super::{OutletBuild, Prepared};
use crate::assemble::urls;
use crate::diagnostic::Diagnostic;
use crate::text::speech::{self, Abbreviations};
use chrono::Datelike;

/// "khoảng 3 phút 20 giây"
fn airtime_vi(seconds: u32) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("khoảng {s} giây"),
        (m, 0) => format!("khoảng {m} phút"),
        (m, s) => format!("khoảng {m} phút {s} giây"),
    }
}

/// Text without anything tag-like: a title or summary is read, never markup.
fn no_markup(s: &str) -> String {
    static TAG: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = TAG.get_or_init(|| regex::Regex::new(r"<[^>]*>?").expect("built-in pattern"));
    re.replace_all(s, " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "thứ nhất", "thứ hai", "thứ tư", "thứ mười một": the ordinals of Vietnamese.
fn ordinal(n: usize) -> String {
    match n {
        1 => "nhất".to_owned(),
        4 => "tư".to_owned(),
        n => speech::number(n as u64),
    }
}

impl OutletBuild<'_> {
    pub(super) fn abbreviations(&self) -> Abbreviations {
        let own = self.cfg.site.broadcast.abbreviations.iter().map(|(k, v)| (k.clone(), v.clone()));
        Abbreviations::builtin().with(own)
    }

    /// What the announcer reads of story `i`: title, summary, body, who wrote it. It is
    /// also a recording's transcript (the script without its header for the announcer).
    pub(super) fn spoken_story(&self, i: usize, abbr: &Abbreviations) -> String {
        let s = self.published.stories[i];
        let body = crate::render::plain::plain_text(&s.body);
        let author = self.cfg.author_of(&s.author, s.date);
        let mut parts = vec![speech::spoken(&no_markup(&s.title), abbr), speech::spoken(&no_markup(&s.summary), abbr)];
        parts.extend(body.split("\n\n").map(|p| speech::spoken(&no_markup(p), abbr)).filter(|p| !p.is_empty()));
        if !author.is_empty() {
            parts.push(format!("Bài viết của {}.", speech::spoken(&author, abbr).trim_end_matches('.')));
        }
        parts.join("\n\n")
    }

    /// The story's script: a header for the announcer (not read), then the text.
    pub(super) fn script(&self, prep: &Prepared, i: usize) -> String {
        let s = self.published.stories[i];
        let spoken = self.spoken_story(i, &prep.abbreviations);
        // A sample's script says so where the announcer reads it too.
        let spoken = match self.sample_notice() {
            Some(n) => format!("{n}\n\n{spoken}"),
            None => spoken,
        };
        format!(
            "BÀI ĐỌC TRÊN LOA TRUYỀN THANH (phần đầu này không đọc)\n{}\nNgày đăng: {}\nThời lượng: {}\nBài trên trang: {}\n\n----\n\n{spoken}\n",
            no_markup(&s.title),
            crate::text::vi_date(s.date),
            airtime_vi(speech::airtime_seconds(&spoken)),
            self.plan.outlet.url(&urls::story(&s.slug)),
        )
    }

    /// The story's A4 sheet: the story page's view, and a QR code (SVG) to the page.
    pub(super) fn sheet(&self, prep: &Prepared, i: usize) -> Result<(String, Vec<u8>), Diagnostic> {
        let s = self.published.stories[i];
        let card = prep.card(self, i).clone();
        let view =
            crate::assemble::views::story(self.cfg, self.plan, self.published, i, card, (self.today, self.labels));
        let path = urls::story_sheet(&s.slug);
        let mut meta = self.meta("sheet", &path, view.card.title.clone(), view.card.summary.clone(), None);
        meta.url = view.card.url.clone(); // the sheet's canonical page is the story's
        meta.image = view.card.image.clone();
        meta.share_image = self.share_meta(i);
        let qr = self.qr.svg(&view.card.url);
        self.page(prep, "print.html", &path, meta, |ctx| {
            ctx.insert("story", &view);
            ctx.insert("qr_svg", &qr);
        })
    }

    /// The stories of a column's week, oldest first.
    fn week_stories(&self, slot: usize, (year, week): (i32, u32)) -> Vec<usize> {
        let mut v: Vec<usize> = self.plan.columns[slot]
            .1
            .iter()
            .copied()
            .filter(|&i| {
                let w = self.published.stories[i].date.iso_week();
                (w.year(), w.week()) == (year, week)
            })
            .collect();
        v.sort_by_key(|&i| (self.published.stories[i].date, self.published.stories[i].slug.clone()));
        v
    }

    pub(super) fn bulletin(
        &self,
        prep: &Prepared,
        slot: usize,
        (year, week): (i32, u32),
        text: bool,
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        let o = self.plan.outlet;
        let column = &self.cfg.columns[self.plan.columns[slot].0];
        let abbr = &prep.abbreviations;
        let b = &self.cfg.site.broadcast;
        let stories = self.week_stories(slot, (year, week));
        let monday = chrono::NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon).unwrap_or_default();
        let sunday = monday + chrono::Duration::days(6);
        let title = format!("{} — tuần {week} năm {year}", column.title);
        let span = format!("từ ngày {} đến ngày {}", crate::text::vi_date(monday), crate::text::vi_date(sunday));
        let items: Vec<(String, String)> = stories
            .iter()
            .map(|&i| (no_markup(&self.published.stories[i].title), self.spoken_story(i, abbr)))
            .collect();
        let mut read = Vec::new();
        if let Some(n) = self.sample_notice() {
            read.push(n);
        }
        if !b.opening.is_empty() {
            read.push(speech::spoken(&b.opening, abbr));
        }
        read.push(format!(
            "{}, tuần từ {} đến {}.",
            speech::spoken(&column.title, abbr),
            speech::date(monday),
            speech::date(sunday)
        ));
        for (n, (_, body)) in items.iter().enumerate() {
            read.push(format!("Câu chuyện thứ {}.\n\n{body}", ordinal(n + 1)));
        }
        if !b.closing.is_empty() {
            read.push(speech::spoken(&b.closing, abbr));
        }
        let spoken = read.join("\n\n");
        let airtime = airtime_vi(speech::airtime_seconds(&spoken));
        let path = urls::bulletin(&column.id, year, week, text);
        if text {
            let doc = format!(
                "BẢN TIN TRÊN LOA TRUYỀN THANH (phần đầu này không đọc)\n{title}\n{span}; {} bài\nThời lượng: {airtime}\n\n----\n\n{spoken}\n",
                items.len()
            );
            return Ok((path, doc.into_bytes()));
        }
        let meta = self.meta("bulletin", &path, title.clone(), format!("{}, {span}", column.title), None);
        let text_url = o.url(&urls::bulletin(&column.id, year, week, true));
        let paragraphs: Vec<Vec<String>> =
            read.iter().map(|block| block.split("\n\n").map(str::to_owned).collect()).collect();
        self.page(prep, "bulletin.html", &path, meta, |ctx| {
            ctx.insert("bulletin_title", &title);
            ctx.insert("span", &span);
            ctx.insert("airtime", &airtime);
            ctx.insert("text_url", &text_url);
            ctx.insert("blocks", &paragraphs);
            ctx.insert("story_titles", &items.iter().map(|(t, _)| t.clone()).collect::<Vec<_>>());
        })
    }
}
