//! The exemplar registry (`content/exemplars/`): each file's own sense (unit, field,
//! consent, a workflow whose stages come in order and are not skipped, known proposers,
//! replications), and a story's `exemplar:` (known, not declined, of its kind).

use crate::diagnostic::{Diagnostic, Pos, Text, msg};
use crate::model::exemplars::{Exemplar, ExemplarType, Step};
use crate::model::{Config, Kind, Story};
use crate::suggest::did_you_mean;
use crate::yaml::SpanMap;
use chrono::NaiveDate;

pub(super) const PROFILE_MAX: usize = 600;

fn mean(found: Option<&str>) -> Option<Text> {
    found.map(|s| msg!("common.did-you-mean", id = s))
}

/// Findings about one exemplar file, with positions in it.
struct File<'a> {
    e: &'a Exemplar,
    spans: Option<&'a SpanMap>,
    out: &'a mut Vec<Diagnostic>,
}

impl File<'_> {
    fn at(&self, path: &str) -> Pos {
        self.spans.map_or(Pos::START, |s| s.value(path, Pos::START))
    }
    fn error(&mut self, code: &'static str, path: &str, message: Text) -> &mut Diagnostic {
        let d = Diagnostic::error(code, &self.e.path, self.at(path), message);
        self.out.push(d);
        self.out.last_mut().expect("just pushed")
    }
}

/// Every exemplar file.
pub(super) fn config(cfg: &Config, out: &mut Vec<Diagnostic>) {
    for e in &cfg.exemplars.list {
        let mut f = File { e, spans: cfg.spans.exemplars.get(&e.id), out };
        one(&mut f, cfg);
    }
}

fn one(f: &mut File, cfg: &Config) {
    let e = f.e;
    if cfg.registry.resolve(&e.unit).is_none() {
        let like = mean(did_you_mean(&e.unit, cfg.registry.units.iter().map(|u| u.id.as_str())));
        let d = f.error("unknown-commune", "unit", msg!("exemplars.unknown-commune", unit = e.unit));
        d.help = like;
    }
    if cfg.criteria.field(&e.field).is_none() {
        let like = mean(did_you_mean(&e.field, cfg.criteria.fields.iter().map(|x| x.id.as_str())));
        let d = f.error("unknown-field", "field", msg!("exemplars.unknown-field", field = e.field));
        d.help = like;
    }
    let len = e.profile.chars().count();
    if len > PROFILE_MAX {
        let d = Diagnostic::warning(
            "profile-too-long",
            &e.path,
            f.at("profile"),
            msg!("exemplars.profile-too-long", len, profile_max = PROFILE_MAX),
        );
        f.out.push(d);
    }
    if e.holder.is_some() && e.kind != ExemplarType::Practice {
        f.error("invalid-value", "holder", msg!("exemplars.practice-only"));
    }
    consent(f);
    super::consent::file(e, f.spans, f.out);
    workflow(f, cfg);
    recognition(f, cfg);
    replications(f, cfg);
}

/// Whose consent an exemplar needs, as the message names them: the person or household
/// itself, or the one who runs a practice (a practice is no person: it was called one).
fn consent_of(e: &Exemplar) -> crate::diagnostic::Text {
    let kind = e.subject_type().label().to_lowercase();
    if e.kind == ExemplarType::Practice {
        msg!("exemplars.missing-consent.holder", kind, name = e.name)
    } else {
        msg!("refs.missing-consent.named", kind, name = e.name)
    }
}

fn consent(f: &mut File) {
    let e = f.e;
    match &e.consent {
        None if e.needs_consent() => {
            let d = f.error("missing-consent", "type", msg!("refs.missing-consent", who = consent_of(e)));
            d.help = Some(msg!("exemplars.missing-consent.help"));
        }
        Some(c) if c.withdrawn.is_some_and(|w| w < c.given) => {
            let w = c.withdrawn.unwrap_or(c.given);
            f.error(
                "consent-dates",
                "consent.withdrawn",
                msg!(
                    "exemplars.consent-dates",
                    withdrawn = crate::text::date_text(w),
                    given = crate::text::date_text(c.given)
                ),
            );
        }
        _ => {}
    }
}

/// Whether `by` was a unit of the registry or an agency on `date`: its name then.
fn who(cfg: &Config, by: &str, date: NaiveDate) -> Result<String, Text> {
    if let Some(u) = cfg.registry.resolve(by) {
        return if u.exists_on(date) {
            Ok(format!("UBND {}", u.full_name()))
        } else {
            Err(msg!(
                "exemplars.unknown-proposer.unit",
                by,
                full_name = u.full_name(),
                date = crate::text::date_text(date)
            ))
        };
    }
    if let Some(a) = cfg.agency(by) {
        return match a.name_on(date) {
            Some(n) => Ok(n.to_owned()),
            None => Err(msg!("exemplars.unknown-proposer.agency", agency = by, date = crate::text::date_text(date))),
        };
    }
    Err(msg!("exemplars.unknown-proposer", by))
}

fn step_by(f: &mut File, cfg: &Config, key: &str, s: &Step) {
    if let Err(message) = who(cfg, &s.by, s.date) {
        let ids = cfg.registry.units.iter().map(|u| u.id.as_str()).chain(cfg.agencies.iter().map(|a| a.id.as_str()));
        let like = mean(did_you_mean(&s.by, ids));
        let d = f.error("unknown-proposer", &format!("{key}.by"), message);
        d.help = like;
    }
}

/// proposed → appraised → selected | declined: no stage skipped, dates in order.
fn workflow(f: &mut File, cfg: &Config) {
    let e = f.e;
    if let Some(p) = &e.proposed {
        step_by(f, cfg, "proposed", p);
    }
    if let Some(a) = &e.appraised {
        step_by(f, cfg, "appraised", a);
    }
    if let Some(d) = &e.declined
        && let Err(message) = who(cfg, &d.by, d.date)
    {
        f.error("unknown-proposer", "declined.by", message);
    }
    if let Some(s) = &e.selected
        && let Some(by) = &s.by
        && let Err(message) = who(cfg, by, s.date)
    {
        f.error("unknown-proposer", "selected.by", message);
    }
    let skipped = |f: &mut File, key: &str, needs: &str| {
        let d = f.error("exemplar-stage", key, msg!("exemplars.exemplar-stage.skipped", key, needs));
        d.help = Some(msg!("exemplars.exemplar-stage.help"));
    };
    if e.appraised.is_some() && e.proposed.is_none() {
        skipped(f, "appraised", "proposed");
    }
    if e.selected.is_some() && e.appraised.is_none() {
        skipped(f, "selected", "appraised");
    }
    if e.declined.is_some() && e.proposed.is_none() {
        skipped(f, "declined", "proposed");
    }
    if e.selected.is_some() && e.declined.is_some() {
        f.error("exemplar-stage", "declined", msg!("exemplars.exemplar-stage.both"));
    }
    let dates = [
        ("proposed", e.proposed.as_ref().map(|s| s.date)),
        ("appraised", e.appraised.as_ref().map(|s| s.date)),
        ("selected", e.selected.as_ref().map(|s| s.date)),
        ("declined", e.declined.as_ref().map(|s| s.date)),
    ];
    let mut last: Option<(&str, NaiveDate)> = None;
    for (i, (key, date)) in dates.iter().enumerate() {
        let Some(date) = *date else { continue };
        if let Some((before, then)) = last
            && date < then
        {
            f.error(
                "exemplar-stage",
                &format!("{key}.date"),
                msg!(
                    "exemplars.exemplar-stage.order",
                    key,
                    date = crate::text::date_text(date),
                    before,
                    then = crate::text::date_text(then)
                ),
            );
        }
        // selected and declined both follow appraised; neither follows the other.
        if i < 2 {
            last = Some((key, date));
        }
    }
}

fn recognition(f: &mut File, cfg: &Config) {
    let e = f.e;
    for (i, r) in e.recognition.iter().enumerate() {
        let Some(c) = cfg.criteria.commendation(&r.form) else {
            let like = cfg
                .criteria
                .commendation_like(&r.form)
                .map(|c| msg!("common.did-you-mean-named", id = c.id, name = c.name));
            let d = f.error(
                "unknown-recognition",
                &format!("recognition.{i}.form"),
                msg!("refs.unknown-recognition", form = r.form),
            );
            d.help = like;
            continue;
        };
        let kind = e.subject_type();
        if !c.applies_to.is_empty() && !c.applies_to.contains(&kind) {
            let d = Diagnostic::warning(
                "recognition-subject",
                &e.path,
                f.at(&format!("recognition.{i}.form")),
                msg!(
                    "exemplars.recognition-subject",
                    name = c.name,
                    kind = Text::new(kind.label().to_lowercase(), kind.id())
                ),
            );
            f.out.push(d);
        }
    }
}

fn replications(f: &mut File, cfg: &Config) {
    let e = f.e;
    if !e.replicated_in.is_empty() && e.kind != ExemplarType::Practice {
        let pos = f.spans.map_or(Pos::START, |s| s.key("replicated_in", Pos::START));
        let d = f.error("replication-invalid", "replicated_in", msg!("exemplars.replication-invalid"));
        d.pos = pos;
        return;
    }
    let start = e.proposed.as_ref().map(|p| p.date);
    for (i, r) in e.replicated_in.iter().enumerate() {
        let at = format!("replicated_in.{i}");
        match cfg.registry.resolve(&r.unit) {
            None => {
                let like = mean(did_you_mean(&r.unit, cfg.registry.units.iter().map(|u| u.id.as_str())));
                let d =
                    f.error("unknown-commune", &format!("{at}.unit"), msg!("exemplars.unknown-commune", unit = r.unit));
                d.help = like;
            }
            Some(u) if !u.exists_on(r.date) => {
                f.error(
                    "replication-invalid",
                    &format!("{at}.date"),
                    msg!(
                        "exemplars.replication-invalid.unit",
                        full_name = u.full_name(),
                        date = crate::text::date_text(r.date)
                    ),
                );
            }
            Some(_) => {}
        }
        if let Some(start) = start
            && r.date < start
        {
            f.error(
                "replication-invalid",
                &format!("{at}.date"),
                msg!(
                    "exemplars.replication-invalid.before",
                    date = crate::text::date_text(r.date),
                    start = crate::text::date_text(start)
                ),
            );
        }
        if r.scale.is_some_and(|s| !s.is_finite() || s < 0.0) {
            f.error("replication-invalid", &format!("{at}.scale"), msg!("exemplars.invalid-value.scale"));
        }
        if r.scale.is_some() && e.measure.is_none() {
            f.error("replication-invalid", &format!("{at}.scale"), msg!("exemplars.invalid-value.measure"));
        }
    }
}

/// A story's `exemplar:`: known, not declined, of the story's kind; neither `subject`
/// nor `recognition` written beside it; and, when consent was withdrawn, a reminder that
/// the story is in no output.
pub(super) fn story(s: &Story, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    let Some(id) = &s.exemplar else { return };
    let p = s.path.as_str();
    let Some(e) = cfg.exemplars.get(id) else {
        if !cfg.spans.broken_exemplars.contains(id) {
            let like = mean(did_you_mean(id, cfg.exemplars.list.iter().map(|e| e.id.as_str())));
            out.push(
                Diagnostic::error(
                    "unknown-exemplar",
                    p,
                    spans.value("exemplar", Pos::START),
                    msg!("exemplars.unknown-exemplar", exemplar = id),
                )
                .maybe_help(like.or_else(|| Some(msg!("exemplars.unknown-exemplar.help", id)))),
            );
        }
        return;
    };
    for key in ["subject", "recognition"] {
        if spans.get(key).is_some() {
            out.push(
                Diagnostic::error(
                    "exemplar-owns",
                    p,
                    spans.key(key, Pos::START),
                    msg!("exemplars.exemplar-owns", id, key),
                )
                .with_help(msg!("exemplars.exemplar-owns.help", key, path = e.path)),
            );
        }
    }
    let practice = e.kind == ExemplarType::Practice;
    if (s.kind == Kind::Practice) != practice {
        let message =
            if practice { msg!("exemplars.exemplar-kind.practice") } else { msg!("exemplars.exemplar-kind.story") };
        out.push(Diagnostic::error(
            "exemplar-kind",
            p,
            spans.value("kind", Pos::START),
            msg!("exemplars.exemplar-kind", id, what = message),
        ));
    }
    if let Some(d) = &e.declined
        && !s.draft
    {
        out.push(
            Diagnostic::error(
                "exemplar-declined",
                p,
                spans.value("exemplar", Pos::START),
                msg!(
                    "exemplars.exemplar-declined",
                    exemplar = id,
                    date = crate::text::date_text(d.date),
                    reason = d.reason
                ),
            )
            .with_help(msg!("exemplars.exemplar-declined.help")),
        );
    }
    super::consent::story(s, e, spans, cfg, out);
    if let Some(w) = e.withdrawn() {
        out.push(
            Diagnostic::warning(
                "consent-withdrawn",
                p,
                spans.value("exemplar", Pos::START),
                msg!("exemplars.consent-withdrawn", name = e.name, withdrawn = crate::text::date_text(w)),
            )
            .with_help(msg!("exemplars.consent-withdrawn.help")),
        );
    }
}
