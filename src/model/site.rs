//! `site.yaml`: the district, the outlets, quotas and limits.

use crate::diagnostic::msg;
use serde::{Deserialize, Deserializer};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub district: String,
    pub province: String,
    /// Offset of local time, e.g. "+07:00": feed dates and when a future story is due.
    #[serde(default = "default_offset")]
    pub utc_offset: String,
    #[serde(default = "default_per_page")]
    pub per_page: usize,
    #[serde(default = "default_feed_limit")]
    pub feed_limit: usize,
    /// The short form of a single plan's quotas (sites written before `plans:`).
    #[serde(default)]
    pub quotas: Option<Quotas>,
    /// The short form of a single plan's years (default: every year).
    #[serde(default)]
    pub plan: Option<PlanYears>,
    /// The plans over time (`model::plans`); with them, `quotas` and `plan` are not written.
    #[serde(default)]
    pub plans: Vec<super::plans::Plan>,
    /// Write the quota report into the build, as an unlisted page (see `report`).
    #[serde(default)]
    pub report_page: Option<ReportPage>,
    /// Hosts whose video players may be embedded with `<iframe>` (e.g. www.youtube.com).
    #[serde(default)]
    pub embeds: Vec<String>,
    #[serde(default)]
    pub privacy: Privacy,
    /// Where the tone mark goes in hòa/hoà, khỏe/khoẻ, thủy/thuỷ: `old` (default) or
    /// `new`; text in the other placement gets `tone-style`.
    #[serde(default)]
    pub tone_style: crate::text::tone::ToneStyle,
    #[serde(default)]
    pub images: ImageConfig,
    /// Interface words that override the theme's (`labels.yaml` of the base theme).
    #[serde(default)]
    pub labels: std::collections::BTreeMap<String, String>,
    /// Scripts for the loudspeakers and the weekly bulletins (`broadcast:`).
    #[serde(default)]
    pub broadcast: Broadcast,
    /// Output channels switched on or off by name (`channels: {digest: true}`), over
    /// their own switches (`broadcast.scripts`, …); names are checked against the
    /// channels that exist (`emit::channel`).
    #[serde(default)]
    pub channels: std::collections::BTreeMap<String, bool>,
    /// How far an exemplar's workflow must have come before stories about it are
    /// published: `proposed`, `appraised` (default) or `selected`.
    #[serde(default = "default_publish_stage")]
    pub publish_stage: super::exemplars::Stage,
    /// The content is a sample: every page says so ("Bài mẫu minh họa").
    #[serde(default)]
    pub sample: bool,
    /// Gzip copies beside the text files, for nginx's `gzip_static` (default). `false`:
    /// none are written and the web server compresses as it serves (the nginx files say so).
    #[serde(default = "yes")]
    pub precompress: bool,
    pub outlets: Vec<Outlet>,
    /// One outlet per unit from one declaration (`model::per_unit`); the outlets it
    /// makes follow those of `outlets` in `outlets` once loaded.
    #[serde(default)]
    pub outlets_per_unit: Vec<super::per_unit::PerUnit>,
    /// For each outlet made from `outlets_per_unit` (the last ones of `outlets`): its
    /// declaration's index and its unit's id.
    #[serde(skip)]
    pub made: Vec<(usize, String)>,
}

/// First segments of the paths a build generates in every outlet (see `assemble::urls`):
/// nothing the configuration or a theme names may land on them.
pub(crate) const RESERVED_PATHS: &[&str] = &[
    "bai-viet",
    "chuyen-muc",
    "dia-phuong",
    "tim-kiem",
    "theo-doi",
    "guong",
    "ky-yeu",
    "media",
    "index.html",
    "404.html",
    "rss.xml",
    "podcast.xml",
    "podcast.jpg",
    "ban-tin",
    "sitemap.xml",
    "robots.txt",
];

/// `broadcast:` in site.yaml: what the loudspeakers read.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Broadcast {
    /// Whether every story gets its script (`doc-tren-loa.txt`); off unless asked, as it
    /// costs a file and its reading per story and outlet.
    #[serde(default)]
    pub scripts: bool,
    /// Whether every story gets a one-page A4 sheet for notice boards and speakers'
    /// folders (`/bai-viet/<slug>/in/`), with a QR code to its page.
    #[serde(default)]
    pub print: bool,
    /// Whether each year with exemplars selected as "tiêu biểu" gets its print-ready
    /// booklet (kỷ yếu) for the honouring conference (`/ky-yeu/<year>/`).
    #[serde(default)]
    pub booklet: bool,
    /// Whether every story gets what Zalo and Facebook posts need: a short text, a square
    /// image and the Open Graph card (`/bai-viet/<slug>/chia-se.txt`, `anh-vuong.jpg`,
    /// `anh-chia-se.jpg`).
    #[serde(default)]
    pub share: bool,
    /// Columns that get a weekly bulletin ("Bản tin người tốt, việc tốt").
    #[serde(default)]
    pub columns: Vec<String>,
    /// Words the announcer opens and closes each bulletin with.
    #[serde(default)]
    pub opening: String,
    #[serde(default)]
    pub closing: String,
    /// Abbreviations read out in full, besides the built-in ones ("HTX": "hợp tác xã").
    #[serde(default)]
    pub abbreviations: std::collections::BTreeMap<String, String>,
}

/// `images:` in site.yaml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImageConfig {
    /// Widths of the variants, in pixels; a photo is never enlarged.
    #[serde(default = "default_widths")]
    pub widths: Vec<u32>,
    /// JPEG and WebP quality, 1-100.
    #[serde(default = "default_quality")]
    pub quality: u8,
}

impl Default for ImageConfig {
    fn default() -> Self {
        ImageConfig { widths: default_widths(), quality: default_quality() }
    }
}

fn default_widths() -> Vec<u32> {
    vec![480, 960, 1600]
}
fn default_quality() -> u8 {
    80
}

/// Public contacts that the personal-data check lets through (office phones, e-mails).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    #[serde(default)]
    pub allow: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanYears {
    pub from: i32,
    pub to: i32,
}

/// Where the build writes the report: `<path>/<year>/` of the listed outlets, not linked
/// from any page, not in the sitemap, marked `noindex`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportPage {
    pub path: String,
    #[serde(default)]
    pub outlets: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Quotas {
    pub district: usize,
    pub commune: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outlet {
    pub id: String,
    pub title: String,
    pub publisher: String,
    #[serde(default)]
    pub description: String,
    pub base_url: String,
    pub theme: String,
    #[serde(default)]
    pub columns: ColumnSelection,
    /// The governing body the footer names ("Ủy ban nhân dân huyện Triệu Sơn").
    #[serde(default)]
    pub owner: Option<String>,
    /// The first day the outlet publishes (it still carries older stories of its units).
    #[serde(default)]
    pub valid_from: Option<chrono::NaiveDate>,
    /// The last day: after it the outlet is an archive, and no later story goes there.
    #[serde(default)]
    pub valid_until: Option<chrono::NaiveDate>,
    /// The units it covers, each with every unit merged into it; empty: all units.
    #[serde(default)]
    pub units: Vec<String>,
    /// Strict-Transport-Security in its nginx file (`true`: a year; seconds; off by
    /// default); only for an `https://` base URL.
    #[serde(default)]
    pub hsts: super::hosting::Hsts,
    /// The owner of its podcast feeds; without `podcast.email` it has none.
    #[serde(default)]
    pub podcast: super::hosting::PodcastOwner,
    /// Other guong sites whose stories this outlet gathers (`model::gather`): a province
    /// view of its communes.
    #[serde(default)]
    pub gather: Vec<super::gather::Source>,
}

/// Why `url` cannot be an outlet's `base_url`, or `None` when it can: `http(s)://`, a
/// host name, IPv4 or bracketed IPv6 address, an optional port, and a path of plain
/// segments (letters, digits, `.`, `_`, `~`, `-`), nothing else. The base URL reaches
/// HTML, XML, JSON and the web server's configuration, so it is checked for all of them
/// here rather than escaped differently in each.
pub(crate) fn base_url_problem(url: &str) -> Option<crate::diagnostic::Text> {
    let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")) else {
        return Some(msg!("site.base-url.scheme"));
    };
    let (authority, path) = rest.find('/').map_or((rest, ""), |i| rest.split_at(i));
    // `[v6]:port` or `host:port`; a bare IPv6 address (colons outside brackets) is no host.
    let split_at = if authority.starts_with('[') { authority.find("]:").map(|i| i + 1) } else { authority.rfind(':') };
    let (host, port) = match split_at {
        Some(i) => (&authority[..i], Some(&authority[i + 1..])),
        None => (authority, None),
    };
    if port.is_some_and(|p| !p.bytes().all(|b| b.is_ascii_digit()) || !matches!(p.parse::<u32>(), Ok(1..=65535))) {
        return Some(msg!("site.base-url.port"));
    }
    if !valid_host(host) {
        return Some(msg!("site.base-url.host"));
    }
    let plain = |seg: &str| {
        !seg.is_empty()
            && seg != "."
            && seg != ".."
            && seg.bytes().all(|b| b.is_ascii_alphanumeric() || b"._~-".contains(&b))
    };
    let path = path.strip_prefix('/').unwrap_or(path);
    let path = path.strip_suffix('/').unwrap_or(path);
    if !path.is_empty() && !path.split('/').all(plain) {
        return Some(msg!("site.base-url.path"));
    }
    None
}

/// A DNS name (labels of letters, digits and inner hyphens), an IPv4 address or a
/// bracketed IPv6 address.
fn valid_host(host: &str) -> bool {
    if let Some(v6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return v6.parse::<std::net::Ipv6Addr>().is_ok();
    }
    let label = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    !host.is_empty() && host.len() <= 253 && host.split('.').all(label)
}

/// Whether `path` (`report_page.path`) is a path of slugs, `noi-bo/bao-cao`: the only
/// form that may reach URLs and the web server's `location`s.
pub(crate) fn is_slug_path(path: &str) -> bool {
    let p = path.trim_matches('/');
    !p.is_empty() && p.split('/').all(crate::text::is_slug)
}

impl Outlet {
    /// Whether a story dated `date` comes after the outlet's end.
    pub fn ended_before(&self, date: chrono::NaiveDate) -> bool {
        self.valid_until.is_some_and(|end| date > end)
    }
    /// The last day its pages speak of: `today`, or its end when it has ended (an
    /// archive shows what was true on its last day, nothing decided after).
    pub fn last_day(&self, today: chrono::NaiveDate) -> chrono::NaiveDate {
        self.valid_until.map_or(today, |end| end.min(today))
    }
    /// Whether the outlet publishes on `date`: on or after its start, not after its end.
    pub fn live_on(&self, date: chrono::NaiveDate) -> bool {
        self.valid_from.is_none_or(|from| date >= from) && !self.ended_before(date)
    }
    /// Whether the outlet covers unit `id`: it covers every unit, or `id` is one of its
    /// units or was merged into one of them.
    pub fn covers(&self, registry: &super::registry::Registry, id: &str) -> bool {
        self.units.is_empty() || registry.lineage(id).iter().any(|u| self.units.contains(&u.id))
    }
    /// Whether a story of unit `id` dated `date` is published here (before any `outlets:`
    /// choice of the story itself).
    pub fn carries(&self, registry: &super::registry::Registry, id: &str, date: chrono::NaiveDate) -> bool {
        !self.ended_before(date) && self.covers(registry, id)
    }
    /// `base_url` without its trailing slash, so `url("/x/")` joins cleanly.
    pub fn base(&self) -> &str {
        self.base_url.trim_end_matches('/')
    }
    /// Absolute URL of a site path that starts with `/`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base(), path)
    }
}

/// Which columns an outlet carries: `all`, or a list of ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ColumnSelection {
    #[default]
    All,
    Only(Vec<String>),
}

impl<'de> Deserialize<'de> for ColumnSelection {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Word(String),
            List(Vec<String>),
        }
        match Raw::deserialize(d)? {
            Raw::Word(w) if w == "all" => Ok(ColumnSelection::All),
            Raw::Word(w) => {
                Err(serde::de::Error::custom(format!("expected `all` or a list of column ids, found `{w}`")))
            }
            Raw::List(l) => Ok(ColumnSelection::Only(l)),
        }
    }
}

fn default_offset() -> String {
    "+07:00".to_owned()
}
fn default_publish_stage() -> super::exemplars::Stage {
    super::exemplars::Stage::Appraised
}
fn default_per_page() -> usize {
    10
}
fn yes() -> bool {
    true
}

fn default_feed_limit() -> usize {
    30
}

impl SiteConfig {
    /// The UTC offset in seconds, if `utc_offset` is well formed (`+07:00`).
    pub fn offset_seconds(&self) -> Option<i32> {
        let s = self.utc_offset.trim();
        let (sign, rest) = match s.as_bytes().first()? {
            b'+' => (1, &s[1..]),
            b'-' => (-1, &s[1..]),
            _ => return None,
        };
        let (h, m) = rest.split_once(':')?;
        let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
        (h <= 14 && m < 60).then_some(sign * (h * 3600 + m * 60))
    }

    /// The outlets written by hand in `outlets` (those made per unit follow them).
    pub fn written(&self) -> &[Outlet] {
        &self.outlets[..self.outlets.len() - self.made.len()]
    }

    pub fn outlet(&self, id: &str) -> Option<&Outlet> {
        self.outlets.iter().find(|o| o.id == id)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn base_urls_are_checked_for_every_language_they_reach() {
        for ok in [
            "https://a.vn",
            "https://a.vn/",
            "http://127.0.0.1:8080/guong-sang/",
            "https://[::1]:8443/a/b.c/",
            "https://x.gov.vn/a_b~c",
        ] {
            assert_eq!(base_url_problem(ok), None, "{ok}");
        }
        for bad in [
            "ftp://a.vn",
            "https://",
            "https://a.vn/noi-bo/x/ { alias /; autoindex on; } location ^~ /y",
            "https://a.vn/a;b",
            "https://a.vn/a\"b",
            "https://a.vn/a/../b",
            "https://a.vn/?q=1",
            "https://a.vn/#x",
            "https://user@a.vn/",
            "https://a.vn:0/",
            "https://a.vn:99999/",
            "https://a.vn:/",
            "https://-a.vn/",
            "https://a..vn/",
            "https://::1/",
            "https://a.vn/$uri",
            "https://a.vn/x\ny",
            "https://a.vn/thọ",
        ] {
            assert!(base_url_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn report_paths_are_slug_paths() {
        assert!(is_slug_path("noi-bo/bao-cao") && is_slug_path("/noi-bo/"));
        for bad in ["", "/", "noi-bo/x/ { alias /; }", "a//b", "a/../b", "A/b", "a b", "a/b.html"] {
            assert!(!is_slug_path(bad), "{bad}");
        }
    }

    use super::*;

    #[test]
    fn offsets_parse() {
        let mut s: SiteConfig =
            crate::yaml::from_str("district: T\nprovince: P\nquotas: {district: 5, commune: 2}\noutlets: []\n")
                .unwrap();
        assert_eq!(s.offset_seconds(), Some(7 * 3600));
        s.utc_offset = "7".into();
        assert_eq!(s.offset_seconds(), None);
    }

    #[test]
    fn column_selection_is_all_or_a_list() {
        let o: Outlet =
            crate::yaml::from_str("id: a\ntitle: t\npublisher: p\nbase_url: u\ntheme: t\ncolumns: all\n").unwrap();
        assert_eq!(o.columns, ColumnSelection::All);
        let o: Outlet =
            crate::yaml::from_str("id: a\ntitle: t\npublisher: p\nbase_url: u\ntheme: t\ncolumns: [x]\n").unwrap();
        assert_eq!(o.columns, ColumnSelection::Only(vec!["x".into()]));
        assert!(
            crate::yaml::from_str::<Outlet>("id: a\ntitle: t\npublisher: p\nbase_url: u\ntheme: t\ncolumns: some\n")
                .is_err()
        );
    }
}
