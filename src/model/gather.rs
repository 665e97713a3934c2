//! `gather:` of an outlet (issue 31, the province view): the outlet gathers the stories
//! of other guong sites, each a commune's content tree (a folder, or a git checkout kept
//! up to date beside it), into one site. Each gathered story keeps a link to its page on
//! the commune's own outlet (`rel=canonical`); a commune whose site has errors is named
//! and left out; one that cannot be read keeps the content it last had.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One commune's site in `gather:`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// An ASCII slug: its stories' addresses in the view start with it
    /// (`/bai-viet/<id>-<slug>/`), so that two communes' equal slugs never meet.
    pub id: String,
    /// The site's folder (the one holding `content/site.yaml`), relative to this site's.
    pub path: String,
}

/// Where a gathered story comes from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Origin {
    /// The source's id (`gather:`).
    pub source: String,
    /// The story's page on the commune's own outlet: the page's canonical address.
    pub canonical: String,
    /// That outlet's title ("Gương điển hình tiên tiến xã Thọ Phú").
    pub outlet: String,
}

/// How a source was found by this build.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum State {
    /// Read and checked now: its stories are as they are today.
    Fresh,
    /// Not readable now: the content it had when last gathered, on `since`.
    Kept { since: String },
    /// Not readable, and never gathered.
    Missing,
    /// Read, but its own `guong check` found errors: left out this time.
    Failed { errors: usize, first: String },
}

/// A feed of a commune's outlet, for the view's list of feeds (OPML).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Feed {
    pub title: String,
    pub feed_url: String,
    pub page_url: String,
}

/// One source as this build found it.
#[derive(Debug, Clone, Serialize)]
pub struct SourceState {
    /// The outlet whose `gather:` lists it.
    pub outlet: String,
    pub id: String,
    pub path: String,
    #[serde(flatten)]
    pub state: State,
    /// Stories it brought into the view.
    pub stories: usize,
    /// Its outlets' feeds (from its configuration, as last read).
    pub feeds: Vec<Feed>,
    /// What it calls itself: its first outlet's title, else the source id.
    pub title: String,
}

/// What the build gathered: each gathered story's origin, by its slug in the view, and
/// each source's state, in the order of the configuration.
#[derive(Debug, Clone, Default)]
pub struct Gathering {
    pub origins: HashMap<String, Origin>,
    pub sources: Vec<SourceState>,
}

impl Gathering {
    pub fn origin(&self, slug: &str) -> Option<&Origin> {
        self.origins.get(slug)
    }
}

/// A kept day (ISO) as Vietnamese text writes it ("08/12/2026"); as it is if it is not one.
pub(crate) fn day_text(iso: &str) -> String {
    chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d").map_or_else(|_| iso.to_owned(), crate::text::vi_date)
}
