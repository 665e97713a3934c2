//! The files an import writes, as text: the story's front matter and body, the exemplar
//! record of a nomination (stage `proposed`), its consent; each line of front matter
//! remembered with the form's key it came from, so that a finding of `check` on that
//! line goes beside that field on the findings sheet.

use super::import_form::{Field, quote};
use crate::model::Config;
use std::collections::BTreeMap;

/// A YAML text with the form key of each line written.
#[derive(Debug, Default)]
pub(crate) struct Text {
    pub text: String,
    /// (first line, 1-based, of a key; the key).
    pub keys: Vec<(usize, String)>,
}

impl Text {
    pub(crate) fn line(&mut self, key: &str, line: &str) {
        let n = self.text.lines().count() + 1;
        if !key.is_empty() {
            self.keys.push((n, key.to_owned()));
        }
        self.text.push_str(line);
        self.text.push('\n');
    }

    /// The key a finding at `line` concerns.
    pub(crate) fn key_at(&self, line: usize) -> Option<&str> {
        self.keys.iter().rev().find(|(n, _)| *n <= line).map(|(_, k)| k.as_str())
    }
}

pub(crate) type Fields = BTreeMap<String, Field>;

pub(crate) fn get<'a>(f: &'a Fields, key: &str) -> &'a str {
    f.get(key).map_or("", |x| x.value.as_str())
}

/// The story form's front matter (without the body), and the image paths to use.
pub(crate) fn story(cfg: &Config, f: &Fields, photos: &[(String, String)], id: &str) -> Text {
    let mut t = Text::default();
    t.line("", "---");
    t.line("title", &format!("title: {}", quote(get(f, "title"))));
    let kind = if get(f, "kind").is_empty() { "story" } else { get(f, "kind") };
    t.line("kind", &format!("kind: {kind}"));
    t.line("date", &format!("date: {}", scalar(get(f, "date"))));
    if get(f, "exemplar").is_empty() {
        t.line("subject.type", "subject:");
        t.line("subject.type", &format!("  type: {}", scalar(get(f, "subject.type"))));
        t.line("subject.name", &format!("  name: {}", quote(get(f, "subject.name"))));
        let consent = get(f, "subject.consent") == "true";
        t.line("subject.consent", &format!("  consent: {consent}"));
    } else {
        t.line("exemplar", &format!("exemplar: {}", get(f, "exemplar")));
    }
    t.line("commune", &format!("commune: {}", scalar(get(f, "commune"))));
    t.line("field", &format!("field: {}", scalar(get(f, "field"))));
    t.line("criteria", "criteria:");
    let ids =
        cfg.criteria.general.iter().map(|c| c.id.as_str()).chain(cfg.criteria.local.iter().map(|c| c.id.as_str()));
    for id in ids {
        let key = format!("criteria.{id}");
        let v = get(f, &key);
        let general = cfg.criteria.general.iter().any(|c| c.id == id);
        if general || !v.is_empty() {
            t.line(&key, &format!("  {id}: {}", quote(v)));
        }
    }
    t.line("field_evidence", &format!("field_evidence: {}", quote(get(f, "field_evidence"))));
    if kind == "practice" || !get(f, "results").is_empty() {
        t.line("results", &format!("results: {}", quote(get(f, "results"))));
        t.line("replication", &format!("replication: {}", quote(get(f, "replication"))));
    }
    t.line("summary", &format!("summary: {}", quote(get(f, "summary"))));
    t.line("author", &format!("author: {}", quote(get(f, "author"))));
    if !get(f, "columns").is_empty() {
        t.line("columns", &format!("columns: [{}]", get(f, "columns")));
    }
    if let Some((path, alt)) = photos.first() {
        t.line("photo.1", &format!("image: {path}"));
        t.line("photo.1.alt", &format!("image_alt: {}", quote(alt)));
    }
    t.line("", "draft: true");
    t.line("", &format!("id: {id}"));
    t.line("", "---");
    t
}

/// A value written bare when it is an id or a date, quoted otherwise (so that what an
/// officer typed never changes the YAML's structure).
fn scalar(v: &str) -> String {
    if !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') { v.to_owned() } else { quote(v) }
}

/// The nomination's exemplar record at stage `proposed`; the achievements per criterion
/// join the profile (the record has no key of their own).
pub(crate) fn exemplar(cfg: &Config, f: &Fields) -> Text {
    let mut t = Text::default();
    t.line("name", &format!("name: {}", quote(get(f, "name"))));
    t.line("type", &format!("type: {}", scalar(get(f, "type"))));
    t.line("unit", &format!("unit: {}", scalar(get(f, "unit"))));
    t.line("field", &format!("field: {}", scalar(get(f, "field"))));
    let mut profile = get(f, "profile").to_owned();
    let titles = cfg
        .criteria
        .general
        .iter()
        .map(|c| (&c.id, &c.title))
        .chain(cfg.criteria.local.iter().map(|c| (&c.id, &c.title)));
    for (id, title) in titles {
        let v = get(f, &format!("achievements.{id}"));
        if !v.is_empty() {
            profile.push_str(&format!("\n\n{title}: {v}"));
        }
    }
    t.line("profile", &format!("profile: {}", quote(profile.trim())));
    let rows: Vec<usize> = (1..=9).filter(|n| !get(f, &format!("recognition.{n}.form")).is_empty()).collect();
    if !rows.is_empty() {
        t.line("", "recognition:");
        for n in rows {
            let key = format!("recognition.{n}");
            let year = get(f, &format!("{key}.year"));
            let year = if year.parse::<i32>().is_ok() { year.to_owned() } else { quote(year) };
            t.line(&format!("{key}.form"), &format!("  - form: {}", scalar(get(f, &format!("{key}.form")))));
            t.line(&format!("{key}.year"), &format!("    year: {year}"));
            let decision = get(f, &format!("{key}.decision"));
            if !decision.is_empty() {
                t.line(&format!("{key}.decision"), &format!("    decision: {}", quote(decision)));
            }
        }
    }
    t.line("proposed.by", "proposed:");
    t.line("proposed.by", &format!("  by: {}", scalar(get(f, "proposed.by"))));
    t.line("proposed.date", &format!("  date: {}", scalar(get(f, "proposed.date"))));
    t
}

/// The consent block of an exemplar record (Decree 13/2023).
pub(crate) fn consent(f: &Fields, t: &mut Text) {
    t.line("consent.given", "consent:");
    t.line("consent.given", &format!("  given: {}", scalar(get(f, "consent.given"))));
    t.line("", "  form: written");
    t.line("consent.held_by", &format!("  held_by: {}", scalar(get(f, "consent.held_by"))));
    let answers: Vec<(&str, &str)> = crate::report::forms::CONSENT_CHANNELS
        .iter()
        .map(|(k, _)| (*k, get(f, &format!("consent.channels.{k}"))))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    if !answers.is_empty() {
        let yes: Vec<&str> = answers.iter().filter(|(_, v)| *v == "true").map(|(k, _)| *k).collect();
        t.line("consent.channels.web", &format!("  channels: [{}]", yes.join(", ")));
    }
    if !get(f, "consent.photos").is_empty() {
        t.line("consent.photos", &format!("  photos: {}", get(f, "consent.photos") == "true"));
    }
    let members: Vec<String> =
        get(f, "consent.members").lines().map(str::trim).filter(|m| !m.is_empty()).map(quote).collect();
    if !members.is_empty() {
        t.line("consent.members", &format!("  members: [{}]", members.join(", ")));
    }
}
