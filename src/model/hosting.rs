//! An outlet's settings for the web server and the podcast apps: `hsts:` (the
//! Strict-Transport-Security header in its nginx file) and `podcast:` (the owner that
//! Apple Podcasts and the W3C feed validator require in a podcast feed).

use serde::{Deserialize, Deserializer};

/// One year: what HSTS preload lists and most hosts use.
pub(crate) const HSTS_YEAR: u64 = 31_536_000;

/// `hsts: true` (a year), `hsts: <seconds>`, or `false` / absent (no header).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hsts(pub Option<u64>);

impl Hsts {
    /// The header's value, when it is on.
    pub(crate) fn value(self) -> Option<String> {
        self.0.map(|s| format!("max-age={s}"))
    }
}

impl<'de> Deserialize<'de> for Hsts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Flag(bool),
            Seconds(u64),
        }
        Ok(Hsts(match Raw::deserialize(d)? {
            Raw::Flag(true) => Some(HSTS_YEAR),
            Raw::Flag(false) => None,
            Raw::Seconds(s) => Some(s),
        }))
    }
}

/// `podcast:` of an outlet: who answers for its podcast feeds.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PodcastOwner {
    /// The address podcast directories write to (`itunes:email`); required for a feed.
    #[serde(default)]
    pub email: Option<String>,
    /// The owner's name (`itunes:name`); default: the outlet's `publisher`.
    #[serde(default)]
    pub name: Option<String>,
}

/// Whether `s` looks like a mail address a directory can write to: one `@`, a local
/// part and a domain of plain characters (it reaches XML, escaped, but is shown to
/// listeners and must not carry markup or spaces).
pub(crate) fn plain_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    let ok =
        |p: &str, extra: &[u8]| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || extra.contains(&b));
    ok(local, b"._+-")
        && ok(domain, b".-")
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hsts_reads_a_switch_or_seconds() {
        let read = |y: &str| serde_yaml::from_str::<Hsts>(y).unwrap();
        assert_eq!(read("true"), Hsts(Some(HSTS_YEAR)));
        assert_eq!(read("false"), Hsts(None));
        assert_eq!(read("600"), Hsts(Some(600)));
        assert_eq!(read("600").value().as_deref(), Some("max-age=600"));
    }

    #[test]
    fn emails_are_plain() {
        assert!(plain_email("ttvh@trieuson.thanhhoa.gov.vn"));
        for bad in ["", "a", "a@b", "@b.vn", "a b@c.vn", "a@c.vn\"", "<a@b.vn>", "a@.vn", "a@b@c.vn"] {
            assert!(!plain_email(bad), "{bad}");
        }
    }
}
