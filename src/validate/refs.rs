//! A story's references and the plan's rules: unit, field, criteria with evidence,
//! consent, columns, outlets, commendations, image, lengths.

use crate::diagnostic::{Diagnostic, Pos, Text, msg};
use crate::model::{Config, Kind, Story};
use crate::suggest::did_you_mean;
use crate::text;
use crate::yaml::SpanMap;
use std::path::{Component, Path};

pub(super) const TITLE_MAX: usize = 200;
pub(super) const SUMMARY_MAX: usize = 300;

fn mean(found: Option<&str>) -> Option<Text> {
    found.map(|s| msg!("common.did-you-mean", id = s))
}

/// The subject as the consent message names it (`cá nhân `Tên``, `` `Tên` ``).
fn subject_named(kind: crate::model::SubjectType, name: &str) -> Text {
    let kind = kind.label().to_lowercase();
    if name.is_empty() {
        msg!("refs.missing-consent.unnamed", kind)
    } else {
        msg!("refs.missing-consent.named", kind, name)
    }
}

fn fmt_date(d: chrono::NaiveDate) -> String {
    crate::text::vi_date(d)
}

/// `dated` is false when the story's date is missing or impossible (already reported):
/// the checks that compare dates are then left out.
pub(super) fn check(
    s: &Story,
    dated: bool,
    spans: &SpanMap,
    cfg: &Config,
    files: &super::Files,
    out: &mut Vec<Diagnostic>,
) {
    names(s, spans, out);
    unit(s, dated, cfg, &|| spans.value("commune", Pos::START), out);
    field(s, spans, cfg, out);
    criteria(s, spans, cfg, out);
    consent(s, spans, out);
    lists(s, spans, cfg, out);
    if s.exemplar.is_none() {
        recognition(s, dated, spans, cfg, out);
    }
    practice_keys(s, spans, out);
    image(s, spans, files, out);
    ids(s, spans, out);
}

/// The file name is a slug; the title and summary are not too long.
fn names(s: &Story, spans: &SpanMap, out: &mut Vec<Diagnostic>) {
    let at = |path: &str| spans.value(path, Pos::START);
    let p = s.path.as_str();

    if !text::is_slug(&s.slug) {
        out.push(
            Diagnostic::error("invalid-slug", p, Pos::START, msg!("refs.invalid-slug", slug = s.slug))
                .with_help(msg!("refs.invalid-slug.help", slug = text::slugify(&s.slug))),
        );
    }

    let title_len = s.title.chars().count();
    if title_len > TITLE_MAX {
        out.push(Diagnostic::error(
            "too-long",
            p,
            at("title"),
            msg!("refs.too-long", title_len, title_max = TITLE_MAX),
        ));
    }
    let summary_len = s.summary.chars().count();
    if summary_len > SUMMARY_MAX {
        out.push(
            Diagnostic::warning(
                "summary-too-long",
                p,
                at("summary"),
                msg!("refs.summary-too-long", summary_len, summary_max = SUMMARY_MAX),
            )
            .with_help(msg!("refs.summary-too-long.help")),
        );
    }
}

fn field(s: &Story, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    let at = |path: &str| spans.value(path, Pos::START);
    let p = s.path.as_str();
    if cfg.criteria.field(&s.field).is_none() {
        let ids = cfg.criteria.fields.iter().map(|f| f.id.as_str());
        out.push(
            Diagnostic::error("unknown-field", p, at("field"), msg!("refs.unknown-field", field = s.field))
                .maybe_help(mean(did_you_mean(&s.field, ids))),
        );
    }
}

/// A story about an exemplar of the registry: consent and commendations are the
/// exemplar's, checked in its file (`validate::exemplars`).
fn consent(s: &Story, spans: &SpanMap, out: &mut Vec<Diagnostic>) {
    let p = s.path.as_str();
    if s.exemplar.is_none() && s.subject.kind.needs_consent() && s.subject.consent_valid && !s.subject.consent {
        let pos = spans.get("subject.consent").map_or(spans.key("subject", Pos::START), |sp| sp.value);
        out.push(
            Diagnostic::error(
                "missing-consent",
                p,
                pos,
                msg!("refs.missing-consent", who = subject_named(s.subject.kind, &s.subject.name)),
            )
            .with_help(msg!("refs.missing-consent.help"))
            .at_key("subject.consent"),
        );
    }
}

/// The columns and outlets named are in columns.yaml and site.yaml.
fn lists(s: &Story, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    let at = |path: &str| spans.value(path, Pos::START);
    let p = s.path.as_str();
    for (i, c) in s.columns.iter().enumerate() {
        if cfg.column(c).is_none() {
            let ids = cfg.columns.iter().map(|c| c.id.as_str());
            out.push(
                Diagnostic::error(
                    "unknown-column",
                    p,
                    at(&format!("columns.{i}")),
                    msg!("refs.unknown-column", column = c),
                )
                .maybe_help(mean(did_you_mean(c, ids))),
            );
        }
    }
    for (i, o) in s.outlets.iter().flatten().enumerate() {
        if cfg.site.outlet(o).is_none() {
            let ids = cfg.site.outlets.iter().map(|o| o.id.as_str());
            out.push(
                Diagnostic::error(
                    "unknown-outlet",
                    p,
                    at(&format!("outlets.{i}")),
                    msg!("refs.unknown-outlet", outlet = o),
                )
                .maybe_help(mean(did_you_mean(o, ids))),
            );
        }
    }
}

/// `id` is a UUID or a slug; former slugs are slugs.
fn ids(s: &Story, spans: &SpanMap, out: &mut Vec<Diagnostic>) {
    let at = |path: &str| spans.value(path, Pos::START);
    let p = s.path.as_str();
    if let Some(id) = &s.id
        && uuid::Uuid::parse_str(id).is_err()
        && !text::is_slug(id)
    {
        out.push(
            Diagnostic::error("invalid-value", p, s.id_pos, msg!("refs.invalid-value", id))
                .with_help(msg!("refs.invalid-value.help")),
        );
    }
    for (i, a) in s.aliases.iter().enumerate() {
        if !text::is_slug(a) {
            out.push(
                Diagnostic::error(
                    "invalid-value",
                    p,
                    at(&format!("aliases.{i}")),
                    msg!("refs.invalid-value.alias", slug = a),
                )
                .with_help(msg!("common.did-you-mean", id = text::slugify(a))),
            );
        }
    }
}

/// The unit must exist; a unit that no longer (or not yet) existed on the story's date
/// is kept as written, with a warning naming the unit of that date.
/// `pos` gives the position of `commune:`, asked for only when a finding needs it (the
/// parse of positions is a tenth of `check`).
fn unit(s: &Story, dated: bool, cfg: &Config, pos: &dyn Fn() -> Pos, out: &mut Vec<Diagnostic>) {
    let p = s.path.as_str();
    let Some(u) = cfg.registry.resolve(&s.commune) else {
        out.push(
            Diagnostic::error("unknown-commune", p, pos(), msg!("refs.unknown-commune", commune = s.commune))
                .maybe_help(mean(did_you_mean(&s.commune, cfg.registry.names()))),
        );
        return;
    };
    if !dated {
        return;
    }
    if let Some(until) = u.valid_until.filter(|&d| s.date > d) {
        let succ = cfg.registry.successor_on(&u.id, s.date).filter(|n| n.id != u.id);
        let unit = u.full_name();
        let ended = Text::new(fmt_date(until.succ_opt().unwrap_or(until)), until.to_string());
        let message = match succ {
            Some(n) => {
                msg!("refs.commune-dissolved.merged", unit, ended, date = text::date_text(s.date), now = n.full_name())
            }
            None => msg!("refs.commune-dissolved", unit, ended),
        };
        let help = succ.map(|n| msg!("refs.commune-dissolved.help", id = n.id));
        out.push(Diagnostic::warning("commune-dissolved", p, pos(), message).maybe_help(help));
    }
    if let Some(from) = u.valid_from.filter(|&d| s.date < d) {
        let before: Vec<String> = cfg.registry.absorbed(&u.id).iter().map(|a| format!("`{}`", a.id)).collect();
        out.push(
            Diagnostic::warning(
                "commune-not-yet",
                p,
                pos(),
                msg!(
                    "refs.commune-not-yet",
                    unit = u.full_name(),
                    from = text::date_text(from),
                    date = text::date_text(s.date)
                ),
            )
            .with_help(msg!("refs.commune-not-yet.help", before = before.join(", "))),
        );
    }
}

fn criteria(s: &Story, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    let p = s.path.as_str();
    let commune = cfg.registry.resolve(&s.commune).map_or(s.commune.as_str(), |u| u.id.as_str());
    let local: Vec<_> = cfg.criteria.local.iter().filter(|c| c.applies(commune, &s.field)).collect();
    let known: Vec<&str> =
        cfg.criteria.general.iter().map(|c| c.id.as_str()).chain(local.iter().map(|c| c.id.as_str())).collect();
    for (id, evidence) in &s.criteria {
        let path = format!("criteria.{id}");
        if !known.contains(&id.as_str()) {
            let other_scope = cfg.criteria.local.iter().any(|c| &c.id == id);
            let msg = if other_scope {
                msg!("refs.unknown-criterion.elsewhere", criterion = id)
            } else {
                msg!("refs.unknown-criterion", criterion = id)
            };
            out.push(
                Diagnostic::error("unknown-criterion", p, spans.key(&path, Pos::START), msg)
                    .maybe_help(mean(did_you_mean(id, known.iter().copied())))
                    .at_key(&path),
            );
        } else if evidence.trim().is_empty() {
            out.push(
                Diagnostic::error(
                    "missing-evidence",
                    p,
                    spans.key(&path, Pos::START),
                    msg!("refs.missing-evidence", criterion = id),
                )
                .with_help(msg!("refs.missing-evidence.help"))
                .at_key(&path),
            );
        }
    }
    let required = cfg
        .criteria
        .general
        .iter()
        .filter(|c| c.required)
        .map(|c| (c.id.as_str(), c.title.as_str(), None))
        .chain(local.iter().filter(|c| c.required).map(|c| (c.id.as_str(), c.title.as_str(), Some(*c))));
    for (id, title, local) in required {
        if s.criteria.iter().any(|(k, _)| k == id) {
            continue;
        }
        let pos = spans.key("criteria", Pos::START);
        let message = match local {
            None => msg!("refs.missing-evidence.general", id, title),
            Some(_) => msg!("refs.missing-evidence.local", id, title),
        };
        out.push(
            Diagnostic::error("missing-evidence", p, pos, message)
                .with_help(msg!("refs.missing-evidence.help.add", id))
                .at_key(format!("criteria.{id}")),
        );
    }
}

fn recognition(s: &Story, dated: bool, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    let p = s.path.as_str();
    for (i, r) in s.recognition.iter().enumerate() {
        let form_pos = || spans.value(&format!("recognition.{i}.form"), Pos::START);
        let Some(c) = cfg.criteria.commendation(&r.form) else {
            let like = cfg
                .criteria
                .commendation_like(&r.form)
                .map(|c| msg!("common.did-you-mean-named", id = c.id, name = c.name));
            out.push(
                Diagnostic::error(
                    "unknown-recognition",
                    p,
                    form_pos(),
                    msg!("refs.unknown-recognition", form = r.form),
                )
                .maybe_help(like),
            );
            continue;
        };
        if dated && r.year > s.year() {
            out.push(Diagnostic::warning(
                "recognition-after-date",
                p,
                spans.value(&format!("recognition.{i}.year"), Pos::START),
                msg!("refs.recognition-after-date", year = r.year, story_year = s.year()),
            ));
        }
        if !c.applies_to.is_empty() && !c.applies_to.contains(&s.subject.kind) {
            out.push(Diagnostic::warning(
                "recognition-subject",
                p,
                form_pos(),
                msg!(
                    "refs.recognition-subject",
                    form = c.name,
                    kind = Text::new(s.subject.kind.label().to_lowercase(), s.subject.kind.id())
                ),
            ));
        }
    }
}

fn practice_keys(s: &Story, spans: &SpanMap, out: &mut Vec<Diagnostic>) {
    let p = s.path.as_str();
    for (key, v, what) in [
        ("results", &s.results, msg!("refs.want.results")),
        ("replication", &s.replication, msg!("refs.want.replication")),
    ] {
        match (s.kind, v) {
            (Kind::Practice, None) if spans.get(key).is_none() => out.push(
                Diagnostic::error("missing-key", p, Pos::START, msg!("refs.missing-key", key))
                    .with_help(msg!("common.add-key", key, what))
                    .at_key(key),
            ),
            (Kind::Story, Some(_)) => out.push(
                Diagnostic::error("practice-only", p, spans.key(key, Pos::START), msg!("refs.practice-only", key))
                    .with_help(msg!("refs.practice-only.help")),
            ),
            _ => {}
        }
    }
}

/// The image must be a relative path inside `content/`, exist, and have alt text.
fn image(s: &Story, spans: &SpanMap, files: &super::Files, out: &mut Vec<Diagnostic>) {
    let root = files.root;
    let p = s.path.as_str();
    let Some(img) = &s.image else {
        if s.image_alt.is_some() {
            out.push(
                Diagnostic::warning("unused-key", p, spans.key("image_alt", Pos::START), msg!("refs.unused-key"))
                    .at_key("image_alt"),
            );
        }
        return;
    };
    // Where `image` stands, looked up only for a finding.
    let pos = || spans.value("image", Pos::START);
    if s.image_alt.is_none() {
        out.push(
            Diagnostic::error("missing-image-alt", p, spans.key("image", Pos::START), msg!("refs.missing-image-alt"))
                .with_help(msg!("refs.missing-image-alt.help"))
                .at_key("image_alt"),
        );
    }
    let rel = Path::new(img);
    let escapes = rel.is_absolute() || rel.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    if escapes {
        out.push(
            Diagnostic::error("invalid-path", p, pos(), msg!("refs.invalid-path", img))
                .with_help(msg!("refs.invalid-path.help")),
        );
        return;
    }
    let content = root.join("content");
    let full = content.join(rel);
    // Missing, it may come: a story whose check read no file there is checked again.
    files.note(&full);
    let inside = match (full.canonicalize(), content.canonicalize()) {
        (Ok(f), Ok(c)) => Some(f.starts_with(c)),
        _ => None,
    };
    match inside {
        None => out.push(
            Diagnostic::error("missing-image", p, pos(), msg!("refs.missing-image", img))
                .with_help(msg!("refs.missing-image.help")),
        ),
        Some(false) => out.push(Diagnostic::error("invalid-path", p, pos(), msg!("refs.invalid-path.link", img))),
        Some(true) => out.extend(photo(p, pos(), img, &full, root)),
    }
}

/// Whether a photo that exists can be published: an image, whole, of sane size.
pub(super) fn photo(path: &str, pos: Pos, shown: &str, file: &Path, root: &Path) -> Option<Diagnostic> {
    let message = crate::images::probe(root, file).err()?.message(shown);
    Some(Diagnostic::error("invalid-image", path, pos, message).with_help(msg!("refs.invalid-image.help")))
}
