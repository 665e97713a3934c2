//! What templates see: small serialisable views, built once per story and shared by
//! every page of an outlet. The names here are the themes' contract (see README).

mod build;
mod exemplar;
mod jsonld;
pub(crate) use build::*;
pub(crate) use exemplar::*;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Link {
    pub id: String,
    pub title: String,
    /// Absolute URL.
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct UnitLink {
    pub id: String,
    /// "Thọ Tân"
    pub name: String,
    /// "xã Thọ Tân"; "xã Thọ Phú (từ 01/7/2025)" where two units had one name.
    pub full_name: String,
    /// "xã Thọ Phú", as the law writes it.
    pub official_name: String,
    pub url: String,
}

/// A story in a list, card or feed.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Card {
    pub slug: String,
    pub url: String,
    pub title: String,
    pub summary: String,
    /// ISO date, for `<time datetime>`.
    pub date: String,
    /// "15/03/2024"
    pub date_vi: String,
    pub year: i32,
    /// `story` | `practice`
    pub kind: String,
    pub kind_label: String,
    /// `individual` | `household` | `collective`
    pub subject_type: String,
    pub subject_label: String,
    pub subject_name: String,
    pub commune: UnitLink,
    pub field: Link,
    /// Highest commendation level's label, if any ("Cấp tỉnh").
    pub top_recognition: Option<String>,
    pub draft: bool,
    /// The exemplar's profile page, when the story names one of the registry.
    pub exemplar_url: Option<String>,
    /// The story's photo, if it has one.
    pub image: Option<ImageView>,
}

/// A processed photo: print it as `<picture>` with a WebP `<source>` and a JPEG `<img>`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ImageView {
    /// Absolute URL of the default JPEG (≤ 960 px wide).
    pub src: String,
    pub width: u32,
    pub height: u32,
    /// "URL 480w, URL 960w, …" for `srcset`.
    pub srcset_jpeg: String,
    pub srcset_webp: String,
    pub alt: String,
    /// Absolute URL and size of the JPEG for social cards and feed enclosures.
    pub large: String,
    pub large_width: u32,
    pub large_height: u32,
    pub large_len: u64,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct CriterionView {
    pub id: String,
    pub title: String,
    pub text: String,
    pub evidence: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct RecognitionView {
    /// As written on the decision, else the form's name.
    pub name: String,
    pub form: String,
    pub level: String,
    pub level_label: String,
    pub year: i32,
    pub decision: Option<String>,
}

/// A whole story page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct StoryView {
    #[serde(flatten)]
    pub card: Card,
    /// Sanitised HTML of the body: print with `| safe`.
    pub content: String,
    pub toc: Vec<crate::render::TocEntry>,
    pub reading_minutes: usize,
    pub words: usize,
    pub criteria: Vec<CriterionView>,
    /// The field's criterion as the plan words it.
    pub field_criterion: String,
    pub field_evidence: String,
    pub results: Option<String>,
    pub replication: Option<String>,
    pub recognition: Vec<RecognitionView>,
    pub columns: Vec<Link>,
    pub tags: Vec<String>,
    /// The tags as shown (`tags.yaml`), in the same order.
    pub tag_labels: Vec<String>,
    pub author: String,
    /// The story as read on the loudspeakers (plain text), when the site has scripts.
    pub script_url: Option<String>,
    /// Its one-page A4 sheet, when the site prints sheets.
    pub sheet_url: Option<String>,
    /// The weekly bulletin that reads it, when one of its columns has bulletins.
    pub bulletin_url: Option<String>,
    /// The exemplar of the registry the story is about.
    pub exemplar: Option<ExemplarBrief>,
    /// Its recording, with the read-aloud script as its transcript.
    pub audio: Option<AudioView>,
    /// The unit that carries on the story's unit today, when it was merged ("xã Thọ Phú").
    pub commune_now: Option<UnitLink>,
    /// For a story gathered from a commune's site (a province view): its page there, and
    /// that outlet's title.
    pub original: Option<Link>,
    /// schema.org `Article` about the exemplar, as JSON safe inside `<script>`: print with
    /// `| safe` in `<script type="application/ld+json">`.
    pub jsonld: String,
}

/// A unit on its own page, or in a list of units.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct UnitView {
    #[serde(flatten)]
    pub link: UnitLink,
    /// "xã" | "thị trấn" | "huyện"
    pub type_label: String,
    /// Stories listed on the unit's page (its own and its predecessors').
    pub count: usize,
    /// "30/06/2025" when the unit ceased to exist.
    pub valid_until: Option<String>,
    pub valid_from: Option<String>,
    pub merged_into: Option<UnitLink>,
    /// The day the unit ceased to exist ("01/01/2025": the day after `valid_until`).
    pub ended_on: Option<String>,
    /// For a former unit, the unit that covers its territory today (Xuân Thịnh went into
    /// Xuân Lộc, which went into the new Thọ Phú), and since when.
    pub now: Option<UnitLink>,
    pub now_since: Option<String>,
    /// Units merged directly into this one, each with those merged into it before.
    pub absorbed: Vec<Absorbed>,
    pub feed_url: String,
    pub current: bool,
    /// Exemplars of the registry with a page on this outlet whose unit is this one (or
    /// was merged into it), and practices of other units replicated here.
    pub exemplars: Vec<ExemplarBrief>,
    pub adopted: Vec<AdoptedView>,
}

/// A unit merged into another, with the units it had absorbed itself.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Absorbed {
    #[serde(flatten)]
    pub link: UnitLink,
    pub absorbed: Vec<UnitLink>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ColumnView {
    pub id: String,
    pub title: String,
    pub description: String,
    pub url: String,
    pub feed_url: String,
    pub count: usize,
    /// Whether this is a field's own column.
    pub is_field: bool,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct PageLink {
    pub number: usize,
    pub url: String,
    pub current: bool,
    /// A "…" between distant page numbers (number and url are then empty).
    pub gap: bool,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Pagination {
    pub current: usize,
    pub total: usize,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
    pub pages: Vec<PageLink>,
}

/// Shared by every page of an outlet.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SiteView {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub description: String,
    pub base_url: String,
    /// Home page URL (base_url with a trailing slash).
    pub home_url: String,
    pub feed_url: String,
    pub district: String,
    pub province: String,
    pub columns: Vec<ColumnView>,
    pub communes_url: String,
    pub columns_url: String,
    pub search_url: String,
    pub follow_url: String,
    /// Year of the build (of the outlet's end, for an archive), for the footer.
    pub year: i32,
    /// The governing body (`owner` in site.yaml), for the footer.
    pub owner: Option<String>,
    /// For an outlet past its `valid_until`: the banner every page shows.
    pub archive_notice: Option<String>,
    /// For a sample site (`sample: true`): the marker every page shows.
    pub sample_notice: Option<String>,
}

/// About the page being rendered.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PageMeta {
    pub title: String,
    pub description: String,
    /// Canonical absolute URL.
    pub url: String,
    /// The feed to announce with `<link rel="alternate">` (the page's own, else the site's).
    pub feed_url: String,
    pub feed_title: String,
    /// `home` | `story` | `column` | `commune` | `communes` | `columns` | `404`
    pub kind: String,
    /// Relative path from this page to the outlet root ("../../"), for static files.
    pub root: String,
    /// The page's photo, for Open Graph / social cards.
    pub image: Option<ImageView>,
    /// The story's card for sharing (1200×630), when the site makes them: Open Graph
    /// (read by Facebook and Zalo) names it rather than the photo.
    pub share_image: Option<ShareImage>,
    /// The list's podcast feed, when it has one: a second `<link rel="alternate">`.
    pub podcast_url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct AudioView {
    pub url: String,
    pub mime: String,
    pub seconds: u64,
    /// "3 phút 20 giây"
    pub duration: String,
    pub bytes: u64,
    /// The text read, for those who cannot hear it.
    pub transcript: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ShareImage {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}
