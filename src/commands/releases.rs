//! Withdrawn consent and the releases `publish` keeps (Decree 13/2023/NĐ-CP, Article 12):
//! a withdrawal reaches every copy guong controls. Each release records the people
//! (exemplars whose consent it needed) it may show, and those withdrawn when it was made
//! (`.guong-people`, by a hash of each id, beside the served folders); `publish`
//! removes the kept releases that hold someone withdrawn since, and `--rollback`
//! refuses to switch to one, naming the exemplar.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The record in each release.
pub(super) const PEOPLE: &str = crate::kept::files::PEOPLE;

/// How a record names an exemplar: a hash of its id (a release's files name no one
/// whose consent is withdrawn, as the build's state does not).
fn tag(id: &str) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(id.as_bytes()))
}

/// Who may no longer be shown, as the site's sources (or, without them, the newest
/// release's record) say.
#[derive(Debug, Default)]
pub(super) struct Withdrawn {
    /// Exemplars whose consent is withdrawn (or no longer recorded): tag → exemplar id
    /// (the tag itself when only a record was read).
    ids: BTreeMap<String, String>,
    /// Every exemplar of the registry (tags), when the sources were read: a person a
    /// release shows who is no longer in the registry (the file deleted) is withdrawn too.
    known: Option<BTreeSet<String>>,
}

impl Withdrawn {
    /// From the site's configuration at `root`; `None` when it cannot be read.
    pub(super) fn of_site(root: &Path) -> Option<Withdrawn> {
        let mut diags = Vec::new();
        let cfg = crate::load::config(root, &mut diags)?;
        let list = &cfg.exemplars.list;
        Some(Withdrawn {
            ids: list.iter().filter(|e| e.consent_missing()).map(|e| (tag(&e.id), e.id.clone())).collect(),
            known: Some(list.iter().map(|e| tag(&e.id)).collect()),
        })
    }

    /// From a release's record: those withdrawn when it was made.
    pub(super) fn of_release(release: &Path) -> Withdrawn {
        let (_, ids) = read(release).unwrap_or_default();
        Withdrawn { ids: ids.into_iter().map(|t| (t.clone(), t)).collect(), known: None }
    }
}

/// Writes the record of a release built from the site at `root`: the people it may
/// show (every exemplar that needs consent and has it) and those withdrawn.
pub(super) fn record(root: &Path, release: &Path) -> std::io::Result<()> {
    let mut diags = Vec::new();
    let Some(cfg) = crate::load::config(root, &mut diags) else {
        return Err(std::io::Error::other("the configuration cannot be read"));
    };
    let mut text = String::from("# guong: người trong bản này / the people this release may show\n");
    for e in &cfg.exemplars.list {
        if e.consent_missing() {
            text.push_str(&format!("withdrawn {}\n", tag(&e.id)));
        } else if e.needs_consent() {
            text.push_str(&format!("person {}\n", tag(&e.id)));
        }
    }
    fs::write(release.join(PEOPLE), text)
}

/// A release's record: (people, withdrawn) as tags, or `None` when it has none (made
/// by an older guong).
fn read(release: &Path) -> Option<(BTreeSet<String>, BTreeSet<String>)> {
    let text = fs::read_to_string(release.join(PEOPLE)).ok()?;
    let (mut people, mut withdrawn) = (BTreeSet::new(), BTreeSet::new());
    for line in text.lines() {
        match line.split_once(' ') {
            Some(("person", t)) => people.insert(t.to_owned()),
            Some(("withdrawn", t)) => withdrawn.insert(t.to_owned()),
            _ => false,
        };
    }
    Some((people, withdrawn))
}

/// The withdrawn people `release` holds, by exemplar id (by tag for one no longer in
/// the registry). A release without a record is searched for their profile pages
/// (`<outlet>/guong/<id>/`), which every exemplar with a story on an outlet has.
pub(super) fn held(release: &Path, w: &Withdrawn) -> Vec<String> {
    match read(release) {
        Some((people, _)) => people
            .into_iter()
            .filter_map(|t| match w.ids.get(&t) {
                Some(id) => Some(id.clone()),
                None => w.known.as_ref().is_some_and(|k| !k.contains(&t)).then_some(t),
            })
            .collect(),
        None => {
            let outlets: Vec<_> = fs::read_dir(release)
                .into_iter()
                .flatten()
                .flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .map(|e| e.path())
                .collect();
            w.ids
                .values()
                .filter(|id| outlets.iter().any(|o| fs::symlink_metadata(o.join("guong").join(id.as_str())).is_ok()))
                .cloned()
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_holds_the_people_recorded_or_their_pages() {
        let d = tempfile::tempdir().unwrap();
        let (a, b) = (d.path().join("a"), d.path().join("b"));
        fs::create_dir_all(&a).unwrap();
        let text = format!("# x\nperson {}\nperson {}\nwithdrawn {}\n", tag("khai"), tag("hoa"), tag("lan"));
        fs::write(a.join(PEOPLE), text).unwrap();
        fs::create_dir_all(b.join("cong-thong-tin/guong/khai")).unwrap();
        let w = Withdrawn { ids: [(tag("khai"), "khai".to_owned())].into(), known: None };
        assert_eq!(held(&a, &w), ["khai"]);
        assert_eq!(held(&b, &w), ["khai"], "an older release without a record, by its pages");
        let known = Withdrawn { ids: BTreeMap::new(), known: Some([tag("khai")].into()) };
        assert_eq!(held(&a, &known), [tag("hoa")], "a person no longer in the registry");
        assert_eq!(Withdrawn::of_release(&a).ids.into_keys().collect::<Vec<_>>(), [tag("lan")]);
        assert!(!fs::read_to_string(a.join(PEOPLE)).unwrap().contains("khai"), "no one is named");
    }
}
