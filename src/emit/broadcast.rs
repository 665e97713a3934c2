//! The channels beyond the web, read aloud: each story as the script an announcer reads
//! on the commune loudspeakers, and a weekly bulletin of a column's stories with an
//! opening and a closing, as plain text and as a printable page.

use super::{Job, OutletBuild, Prepared};
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

/// A QR code of `url` as inline SVG (attributes only: nothing a strict CSP refuses).
pub(super) fn qr(url: &str) -> String {
    qr_svg(url)
}

fn qr_svg(url: &str) -> String {
    match qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M) {
        Ok(code) => svg_of(&code.to_colors(), code.width()),
        Err(_) => String::new(),
    }
}

/// The modules of a QR code (`width` × `width`, row by row) as one SVG path, a run of
/// dark modules per subpath, in a 4-module quiet zone, drawn 180 px square: a tenth of
/// the size of one square per module, and as sharp.
fn svg_of(colors: &[qrcode::Color], width: usize) -> String {
    use std::fmt::Write;
    const QUIET: usize = 4;
    let side = width + 2 * QUIET;
    let mut path = String::with_capacity(width * width);
    for (y, row) in colors.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] != qrcode::Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < row.len() && row[x] == qrcode::Color::Dark {
                x += 1;
            }
            let _ = write!(path, "M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start);
        }
    }
    format!(
        "<svg role=\"img\" aria-label=\"Mã QR dẫn đến bài trên trang\" xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" \
         width=\"180\" height=\"180\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    )
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

    /// What the announcer reads of story `i`: title, summary, body, who wrote it.
    fn spoken_story(&self, i: usize, abbr: &Abbreviations) -> String {
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
        let qr = qr_svg(&view.card.url);
        self.page(prep, "print.html", &path, meta, |ctx| {
            ctx.insert("story", &view);
            ctx.insert("qr_svg", &qr);
        })
    }

    /// Each week of each bulletin column that has stories: its page and its text.
    pub(super) fn bulletin_jobs(&self) -> Vec<Job> {
        let wanted = &self.cfg.site.broadcast.columns;
        let mut jobs = Vec::new();
        for (slot, (ci, list)) in self.plan.columns.iter().enumerate() {
            if !wanted.contains(&self.cfg.columns[*ci].id) {
                continue;
            }
            let mut weeks: Vec<(i32, u32)> = list
                .iter()
                .map(|&i| {
                    let w = self.published.stories[i].date.iso_week();
                    (w.year(), w.week())
                })
                .collect();
            weeks.sort_unstable();
            weeks.dedup();
            for (year, week) in weeks {
                jobs.push(Job::Bulletin { slot, year, week, text: false });
                jobs.push(Job::Bulletin { slot, year, week, text: true });
            }
        }
        jobs
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The SVG's path back to dark modules, read as the renderer wrote it.
    fn modules(svg: &str) -> (usize, Vec<(usize, usize)>) {
        let side: usize = svg.split("viewBox=\"0 0 ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
        let d = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
        let mut dark = Vec::new();
        for sub in d.split('M').filter(|s| !s.is_empty()) {
            let (x, rest) = sub.split_once(' ').unwrap();
            let (y, rest) = rest.split_once('h').unwrap();
            let run: usize = rest.split_once('v').unwrap().0.parse().unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            dark.extend((x..x + run).map(|x| (x, y)));
        }
        (side, dark)
    }

    #[test]
    fn the_qr_code_reads_back_as_the_url() {
        let url = "https://trieuson.example.vn/bai-viet/hop-tac-xa-rau-an-toan-thon-3/";
        let svg = qr_svg(url);
        assert!(svg.starts_with("<svg role=\"img\"") && svg.ends_with("</svg>"), "{svg}");
        assert!(svg.len() < 6000, "one subpath per run of modules: {} bytes", svg.len());
        // Drawn 6 px a module and read by an independent decoder.
        let (side, dark) = modules(&svg);
        let px = 6;
        let mut grid = vec![255u8; side * side];
        for (x, y) in dark {
            grid[y * side + x] = 0;
        }
        let mut img =
            rqrr::PreparedImage::prepare_from_greyscale(side * px, side * px, |x, y| grid[(y / px) * side + x / px]);
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code found");
        let (_, content) = grids[0].decode().expect("decodes");
        assert_eq!(content, url);
    }
}
