//! Front matter → `Story`, key by key, so that one run reports every missing key,
//! unknown key and wrong type of a file (serde's derive stops at the first).

use crate::diagnostic::{Diagnostic, Pos, Text, msg};
use crate::model::story::{Kind, Recognition, Story, Subject, SubjectType};
use crate::suggest;
use crate::yaml::{self, Mapping, SpanMap, Value};
use chrono::NaiveDate;

/// Every key a story may have, for the unknown-key check and its suggestions.
pub(crate) const STORY_KEYS: &[&str] = &[
    "title",
    "kind",
    "date",
    "subject",
    "exemplar",
    "commune",
    "field",
    "criteria",
    "field_evidence",
    "summary",
    "author",
    "recognition",
    "channels",
    "columns",
    "outlets",
    "image",
    "image_alt",
    "audio",
    "tags",
    "draft",
    "id",
    "aliases",
    "results",
    "replication",
];
const SUBJECT_KEYS: &[&str] = &["type", "name", "consent"];
const RECOGNITION_KEYS: &[&str] = &["form", "year", "name", "decision"];
const CHANNEL_KEYS: &[&str] = &["channel", "date", "place"];

/// Reads one front matter. `None` when a required key is missing or unusable; every
/// finding is pushed to `diags` either way.
pub(crate) struct Reader<'a> {
    pub path: &'a str,
    pub spans: &'a SpanMap,
    /// Where the front matter's opening `---` stands (for findings about missing keys).
    pub fence: Pos,
    pub diags: &'a mut Vec<Diagnostic>,
}

impl Reader<'_> {
    fn key_pos(&self, path: &str) -> Pos {
        self.spans.key(path, self.fence)
    }
    fn value_pos(&self, path: &str) -> Pos {
        self.spans.value(path, self.fence)
    }

    fn missing(&mut self, path: &str, what: Text) {
        let parent = path.rfind('.').map(|i| &path[..i]);
        let pos = parent.map_or(self.fence, |p| self.key_pos(p));
        self.diags.push(
            Diagnostic::error("missing-key", self.path, pos, msg!("story.missing-key", path))
                .with_help(msg!("common.add-key", key = path, what))
                .at_key(path),
        );
    }

    fn wrong_type(&mut self, path: &str, found: &Value, want: Text) {
        let found = yaml::type_name(found);
        self.diags.push(
            Diagnostic::error(
                "wrong-type",
                self.path,
                self.value_pos(path),
                msg!("story.wrong-type", path, want, found),
            )
            .at_key(path),
        );
    }

    fn empty(&mut self, path: &str) {
        self.diags.push(
            Diagnostic::error("empty-value", self.path, self.value_pos(path), msg!("story.empty-value", path))
                .with_help(msg!("story.empty-value.help"))
                .at_key(path),
        );
    }

    /// Unknown keys of a mapping, each with a suggestion.
    pub(crate) fn unknown_keys(&mut self, map: &Mapping, prefix: &str, known: &[&str], context: Text) {
        for k in map.keys() {
            let name = yaml::scalar_text(k).unwrap_or_default();
            if known.contains(&name.as_str()) {
                continue;
            }
            let path = join(prefix, &name);
            let help = suggest::did_you_mean(&name, known.iter().copied())
                .map(|s| msg!("common.did-you-mean", id = s))
                .unwrap_or_else(|| msg!("story.unknown-key.valid", context, keys = known.join(", ")));
            self.diags.push(
                Diagnostic::error("unknown-key", self.path, self.key_pos(&path), msg!("story.unknown-key", name))
                    .with_help(help)
                    .at_key(path),
            );
        }
    }

    /// A required text (numbers are taken as text; empty is a finding).
    fn text(&mut self, map: &Mapping, prefix: &str, key: &str, what: Text) -> Option<String> {
        let path = join(prefix, key);
        match map.get(key) {
            None => {
                self.missing(&path, what);
                None
            }
            Some(Value::Null) => {
                self.empty(&path);
                None
            }
            Some(v) => match yaml::scalar_text(v) {
                Some(s) if s.trim().is_empty() => {
                    self.empty(&path);
                    None
                }
                Some(s) => Some(s),
                None => {
                    self.wrong_type(&path, v, msg!("story.want.text"));
                    None
                }
            },
        }
    }

    fn opt_text(&mut self, map: &Mapping, prefix: &str, key: &str) -> Option<String> {
        map.get(key)?;
        self.text(map, prefix, key, Text::default())
    }

    fn opt_bool(&mut self, map: &Mapping, prefix: &str, key: &str) -> Option<bool> {
        let path = join(prefix, key);
        match map.get(key)? {
            Value::Bool(b) => Some(*b),
            v => {
                self.wrong_type(&path, v, msg!("story.want.bool"));
                None
            }
        }
    }

    /// A list of texts; `[]` and a missing key are an empty list.
    fn list(&mut self, map: &Mapping, key: &str) -> Vec<String> {
        match map.get(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Sequence(items)) => {
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    match yaml::scalar_text(item) {
                        Some(s) => out.push(s),
                        None => self.wrong_type(&format!("{key}.{i}"), item, msg!("story.want.text")),
                    }
                }
                out
            }
            Some(v) => {
                self.wrong_type(key, v, msg!("story.want.list"));
                Vec::new()
            }
        }
    }

    fn one_of<T: Copy>(&mut self, path: &str, raw: &str, options: &[(&str, T)]) -> Option<T> {
        if let Some((_, v)) = options.iter().find(|(n, _)| *n == raw) {
            return Some(*v);
        }
        let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
        let help = match suggest::did_you_mean(raw, names.iter().copied()) {
            Some(s) => msg!("common.did-you-mean", id = s),
            None => {
                msg!("story.invalid-value.help", names = names.join(", "))
            }
        };
        self.diags.push(
            Diagnostic::error("invalid-value", self.path, self.value_pos(path), msg!("story.invalid-value", path, raw))
                .with_help(help)
                .at_key(path),
        );
        None
    }

    fn date(&mut self, path: &str, raw: &str) -> Option<NaiveDate> {
        if let Ok(d) = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d") {
            return Some(d);
        }
        let shape_ok = raw.len() == 10 && raw.as_bytes()[4] == b'-' && raw.as_bytes()[7] == b'-';
        let message = if shape_ok { msg!("story.invalid-date", raw) } else { msg!("story.invalid-date.form", raw) };
        self.diags.push(
            Diagnostic::error("invalid-date", self.path, self.value_pos(path), message)
                .with_help(msg!("story.invalid-date.help"))
                .at_key(path),
        );
        None
    }

    fn subject(&mut self, map: &Mapping) -> Option<Subject> {
        let v = match map.get("subject") {
            None => {
                self.missing("subject", msg!("story.want.subject"));
                return None;
            }
            Some(v) => v,
        };
        let Value::Mapping(m) = v else {
            self.wrong_type("subject", v, msg!("story.want.subject-mapping"));
            return None;
        };
        self.unknown_keys(m, "subject", SUBJECT_KEYS, msg!("story.keys-in.subject"));
        let kind_raw = self.text(m, "subject", "type", msg!("story.want.subject-type"));
        let kind = kind_raw.and_then(|k| {
            self.one_of(
                "subject.type",
                &k,
                &[
                    ("individual", SubjectType::Individual),
                    ("household", SubjectType::Household),
                    ("collective", SubjectType::Collective),
                ],
            )
        });
        let name = self.text(m, "subject", "name", msg!("story.want.subject-name"));
        let consent = self.opt_bool(m, "subject", "consent");
        let consent_valid = consent.is_some() || !m.contains_key("consent");
        // An empty name (already reported, as `guong new` leaves it) keeps the story for
        // every other check: its consent, unit, criteria are shown in the same run.
        let name = name.or_else(|| m.contains_key("name").then(String::new));
        Some(Subject { kind: kind?, name: name?, consent: consent.unwrap_or(false), consent_valid })
    }

    fn criteria(&mut self, map: &Mapping) -> Vec<(String, String)> {
        let v = match map.get("criteria") {
            None => {
                self.missing("criteria", msg!("story.want.criteria"));
                return Vec::new();
            }
            Some(v) => v,
        };
        let Value::Mapping(m) = v else {
            self.wrong_type("criteria", v, msg!("story.want.criteria-mapping"));
            return Vec::new();
        };
        let mut out = Vec::new();
        for (k, v) in m {
            let id = yaml::scalar_text(k).unwrap_or_default();
            let path = join("criteria", &id);
            match v {
                Value::Null => out.push((id, String::new())),
                v => match yaml::scalar_text(v) {
                    Some(s) => out.push((id, s)),
                    None => self.wrong_type(&path, v, msg!("story.want.evidence")),
                },
            }
        }
        out
    }

    fn recognition(&mut self, map: &Mapping) -> Vec<Recognition> {
        let items = match map.get("recognition") {
            None | Some(Value::Null) => return Vec::new(),
            Some(Value::Sequence(items)) => items,
            Some(v) => {
                self.wrong_type("recognition", v, msg!("story.want.recognition"));
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let prefix = format!("recognition.{i}");
            let Value::Mapping(m) = item else {
                self.wrong_type(&prefix, item, msg!("story.want.recognition-item"));
                continue;
            };
            self.unknown_keys(m, &prefix, RECOGNITION_KEYS, msg!("story.keys-in.recognition"));
            let form = self.text(m, &prefix, "form", msg!("story.want.form"));
            let year = match m.get("year") {
                None => {
                    self.missing(&format!("{prefix}.year"), msg!("story.want.year"));
                    None
                }
                Some(Value::Number(n)) if n.as_i64().is_some_and(|y| (1945..=2100).contains(&y)) => {
                    n.as_i64().map(|y| y as i32)
                }
                Some(v) => {
                    self.wrong_type(&format!("{prefix}.year"), v, msg!("story.want.year-form"));
                    None
                }
            };
            let name = self.opt_text(m, &prefix, "name");
            let decision = self.opt_text(m, &prefix, "decision");
            if let (Some(form), Some(year)) = (form, year) {
                out.push(Recognition { form, year, name, decision });
            }
        }
        out
    }
}

impl Reader<'_> {
    /// `channels:`: each `{ channel, date, place }`.
    fn channels(&mut self, map: &Mapping) -> Vec<crate::model::story::Use> {
        use crate::model::story::{Channel, Use};
        let items = match map.get("channels") {
            None | Some(Value::Null) => return Vec::new(),
            Some(Value::Sequence(items)) => items,
            Some(v) => {
                self.wrong_type("channels", v, msg!("story.want.channels"));
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let prefix = format!("channels.{i}");
            let Value::Mapping(m) = item else {
                self.wrong_type(&prefix, item, msg!("story.want.channel-item"));
                continue;
            };
            self.unknown_keys(m, &prefix, CHANNEL_KEYS, msg!("story.keys-in.channels"));
            let names: Vec<&str> = Channel::ALL.iter().map(|(n, _)| *n).collect();
            let channel = self
                .text(m, &prefix, "channel", msg!("story.want.channel", names = names.join(", ")))
                .and_then(|c| self.one_of(&format!("{prefix}.channel"), &c, &Channel::ALL));
            let date = self
                .text(m, &prefix, "date", msg!("story.channels"))
                .and_then(|d| self.date(&format!("{prefix}.date"), &d));
            let place = self.opt_text(m, &prefix, "place");
            if let (Some(channel), Some(date)) = (channel, date) {
                out.push(Use { channel, date, place });
            }
        }
        out
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() { key.to_owned() } else { format!("{prefix}.{key}") }
}

/// What a front matter gives when every required key but the date could be read.
#[derive(Debug)]
pub(crate) enum Read {
    /// A story to publish.
    Story(Story),
    /// The date is missing or does not exist (already reported): the story is checked
    /// like the others, so that one run reports all its problems, but never published.
    /// Its `date` is a placeholder that no check may use.
    Undated(Story),
}

/// A body with no text is an error (at the line after the front matter).
fn empty_body(r: &mut Reader<'_>, body: &str, body_line: usize) {
    if body.trim().is_empty() {
        let pos = Pos::new(body_line.saturating_sub(1).max(1), 1);
        let d = Diagnostic::error("empty-body", r.path, pos, msg!("story.empty-body"));
        r.diags.push(d.with_help(msg!("story.empty-body.help")).at_key("body"));
    }
}

/// The hash of a story's body, to know when it changed.
fn body_hash(body: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut h);
    h.finish()
}

/// Builds a story from its parsed front matter and body. `None` if it cannot be used.
pub(crate) fn build(r: &mut Reader<'_>, slug: &str, fm: &Value, body: &str, body_line: usize) -> Option<Read> {
    let Value::Mapping(map) = fm else {
        let d = Diagnostic::error("wrong-type", r.path, r.fence, msg!("story.wrong-type.front-matter"));
        r.diags.push(d);
        return None;
    };
    r.unknown_keys(map, "", STORY_KEYS, msg!("story.keys-in.story"));
    let title = r.text(map, "", "title", msg!("story.want.title"));
    let kind = r
        .text(map, "", "kind", msg!("story.want.kind"))
        .and_then(|k| r.one_of("kind", &k, &[("story", Kind::Story), ("practice", Kind::Practice)]));
    let date = r.text(map, "", "date", msg!("story.want.date")).and_then(|d| r.date("date", &d));
    let exemplar = r.opt_text(map, "", "exemplar");
    // With an exemplar, who the story is about and their commendations come from the
    // registry (`attach_exemplar`); the loader only reads what is written.
    let subject = if exemplar.is_some() && !map.contains_key("subject") {
        Some(Subject { kind: SubjectType::Collective, name: String::new(), consent: true, consent_valid: true })
    } else {
        r.subject(map)
    };
    let commune = r.text(map, "", "commune", msg!("story.want.commune"));
    let field = r.text(map, "", "field", msg!("story.want.field"));
    let criteria = r.criteria(map);
    let field_evidence = r.text(map, "", "field_evidence", msg!("story.want.field-criterion"));
    let summary = r.text(map, "", "summary", msg!("story.want.summary"));
    let author = r.text(map, "", "author", msg!("story.want.author"));
    let recognition = r.recognition(map);
    let channels = r.channels(map);
    let columns = r.list(map, "columns");
    let outlets = map.get("outlets").map(|_| r.list(map, "outlets"));
    let image = r.opt_text(map, "", "image");
    let image_alt = r.opt_text(map, "", "image_alt");
    let audio = r.opt_text(map, "", "audio");
    let tags = r.list(map, "tags");
    let draft = r.opt_bool(map, "", "draft").unwrap_or(false);
    let id = r.opt_text(map, "", "id");
    let aliases = r.list(map, "aliases");
    let results = r.opt_text(map, "", "results");
    let replication = r.opt_text(map, "", "replication");

    empty_body(r, body, body_line);
    let story = Story {
        slug: slug.to_owned(),
        path: r.path.to_owned(),
        id_pos: r.spans.top_level("id", r.fence).value,
        id,
        title: title?,
        kind: kind?,
        date: date.unwrap_or_default(),
        subject: subject?,
        exemplar,
        commune: commune?,
        field: field?,
        criteria,
        field_evidence: field_evidence.unwrap_or_default(),
        summary: summary.unwrap_or_default(),
        author: author.unwrap_or_default(),
        recognition,
        channels,
        columns,
        outlets,
        image,
        image_alt,
        audio,
        tags,
        draft,
        aliases_pos: r.spans.top_level("aliases", r.fence).key,
        aliases,
        results,
        replication,
        body_hash: body_hash(body),
        front_hash: 0,
        body: crate::model::story::Body::new(body.to_owned()),
        body_photos: crate::text::links::photos(body),
        body_line,
    };
    Some(if date.is_some() { Read::Story(story) } else { Read::Undated(story) })
}
