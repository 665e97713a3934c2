//! A story: its front matter, typed, and its Markdown body.

use crate::diagnostic::Pos;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Story,
    Practice,
}

impl Kind {
    pub fn id(self) -> &'static str {
        match self {
            Kind::Story => "story",
            Kind::Practice => "practice",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Kind::Story => "Gương điển hình",
            Kind::Practice => "Mô hình mới, cách làm hay",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SubjectType {
    Individual,
    Household,
    Collective,
}

impl SubjectType {
    pub fn id(self) -> &'static str {
        match self {
            SubjectType::Individual => "individual",
            SubjectType::Household => "household",
            SubjectType::Collective => "collective",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            SubjectType::Individual => "Cá nhân",
            SubjectType::Household => "Hộ gia đình",
            SubjectType::Collective => "Tập thể",
        }
    }
    /// Decree 13/2023: personal data of individuals and households needs consent.
    pub fn needs_consent(self) -> bool {
        !matches!(self, SubjectType::Collective)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Subject {
    pub kind: SubjectType,
    pub name: String,
    pub consent: bool,
    /// False when `consent` was written but is not `true`/`false` (already reported).
    pub consent_valid: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Recognition {
    pub form: String,
    pub year: i32,
    /// The award's name as written on the decision, if the editor gave it.
    pub name: Option<String>,
    pub decision: Option<String>,
}

/// Another channel a story was used in (`channels:`): the loudspeakers, a newspaper, a
/// meeting… on a date.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Use {
    pub channel: Channel,
    pub date: chrono::NaiveDate,
    /// Where: "Đài truyền thanh xã Thọ Tân", "Báo Thanh Hóa".
    pub place: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Channel {
    Loudspeaker,
    Radio,
    Newspaper,
    Meeting,
    Social,
    Print,
    Other,
}

impl Channel {
    pub const ALL: [(&'static str, Channel); 7] = [
        ("loudspeaker", Channel::Loudspeaker),
        ("radio", Channel::Radio),
        ("newspaper", Channel::Newspaper),
        ("meeting", Channel::Meeting),
        ("social", Channel::Social),
        ("print", Channel::Print),
        ("other", Channel::Other),
    ];
    pub fn id(self) -> &'static str {
        Channel::ALL.iter().find(|(_, c)| *c == self).map_or("other", |(id, _)| id)
    }
    pub fn label(self) -> &'static str {
        match self {
            Channel::Loudspeaker => "Loa truyền thanh cơ sở",
            Channel::Radio => "Phát thanh, truyền hình",
            Channel::Newspaper => "Báo, tạp chí",
            Channel::Meeting => "Hội nghị, buổi sinh hoạt",
            Channel::Social => "Mạng xã hội (Zalo, Facebook)",
            Channel::Print => "Bảng tin, tài liệu in",
            Channel::Other => "Hình thức khác",
        }
    }
}

/// A loaded story. Positions kept here are those later cross-file checks need.
/// Serialised only into `load::known`'s cache (as parsed, without its body).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Story {
    pub slug: String,
    /// Relative to the site root, `/`-separated, as shown in findings.
    pub path: String,
    pub id: Option<String>,
    pub id_pos: Pos,
    pub title: String,
    pub kind: Kind,
    pub date: NaiveDate,
    pub subject: Subject,
    /// The exemplar of the registry the story is about (`exemplar:`); without one, the
    /// story's subject is its own exemplar.
    pub exemplar: Option<String>,
    /// The unit as written (an alias is resolved to its id by validation).
    pub commune: String,
    pub field: String,
    /// Criterion id → evidence, in the order written.
    pub criteria: Vec<(String, String)>,
    pub field_evidence: String,
    pub summary: String,
    pub author: String,
    pub recognition: Vec<Recognition>,
    /// Other channels it was used in, beyond the outlets.
    pub channels: Vec<Use>,
    pub columns: Vec<String>,
    pub outlets: Option<Vec<String>>,
    pub image: Option<String>,
    pub image_alt: Option<String>,
    /// A recording of the story (MP3, M4A or OGG under `content/`), read on the radio.
    pub audio: Option<String>,
    pub tags: Vec<String>,
    pub draft: bool,
    pub aliases: Vec<String>,
    pub aliases_pos: Pos,
    pub results: Option<String>,
    pub replication: Option<String>,
    /// Not kept in the cache: read from the file, when the file is read, or when first
    /// needed (`Body::later`).
    #[serde(skip)]
    pub body: Body,
    /// The photos the body shows (paths under `content/`), found when it was parsed.
    pub body_photos: Vec<String>,
    pub body_line: usize,
    /// Hash of the body (in memory only), so that unchanged bodies are not re-rendered.
    pub body_hash: u64,
    /// Hash (xxh3) of the front matter as parsed, but for the title, which no report
    /// shows: an edit that leaves it alone (a body, a title) changes no count of the
    /// reports. Positions count: an edit that moves lines recounts, only in vain.
    pub front_hash: u64,
}

/// A story's Markdown body: its text, or a way to read it when first needed (a story
/// known unchanged from the last run is not read until a page needs its body).
#[derive(Clone, Default)]
pub struct Body {
    text: std::sync::OnceLock<Option<String>>,
    later: Option<std::sync::Arc<dyn Fn() -> Option<String> + Send + Sync>>,
}

impl Body {
    pub fn new(text: String) -> Body {
        Body { text: std::sync::OnceLock::from(Some(text)), later: None }
    }

    /// A body read by `read` when first needed; `None` from it means the file is no longer
    /// what it was (`unreadable`).
    pub fn later(read: impl Fn() -> Option<String> + Send + Sync + 'static) -> Body {
        Body { text: std::sync::OnceLock::new(), later: Some(std::sync::Arc::new(read)) }
    }

    pub fn get(&self) -> &str {
        self.text.get_or_init(|| self.later.as_ref().and_then(|read| read())).as_deref().unwrap_or("")
    }

    /// Whether the body was needed and could not be read as it was (the file changed or
    /// went away since it was loaded): what was made from it is not to be published.
    pub fn unreadable(&self) -> bool {
        matches!(self.text.get(), Some(None))
    }
}

impl std::ops::Deref for Body {
    type Target = str;
    fn deref(&self) -> &str {
        self.get()
    }
}

impl std::fmt::Debug for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.text.get() {
            Some(Some(t)) => t.fmt(f),
            Some(None) => f.write_str("<unreadable>"),
            None => f.write_str("<not read yet>"),
        }
    }
}

impl Story {
    /// What the quota counts as one exemplar: the registry's id, else the story itself.
    pub fn exemplar_key(&self) -> String {
        match &self.exemplar {
            Some(id) => format!("e:{id}"),
            None => format!("s:{}", self.slug),
        }
    }

    pub fn year(&self) -> i32 {
        use chrono::Datelike;
        self.date.year()
    }
}
