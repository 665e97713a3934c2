//! What an exemplar's consent covers (Decree 13/2023/NĐ-CP, Article 11: consent is
//! given for a stated purpose): the channels a story about it goes out on, its photos,
//! and, for a household, each member it names.

use crate::diagnostic::{Diagnostic, Pos, Text, msg};
use crate::model::exemplars::{CONSENT_CHANNELS, Exemplar};
use crate::model::{Config, Story, SubjectType};
use crate::yaml::SpanMap;

/// The channels a story goes out on: the website (unless a draft), its `channels:`, and
/// what the site makes of every story (scripts for the loudspeakers, A4 sheets, posts).
fn used(s: &Story, cfg: &Config) -> Vec<&'static str> {
    let mut out = Vec::new();
    if !s.draft {
        out.push("web");
    }
    out.extend(s.channels.iter().map(|u| u.channel.id()));
    let b = &cfg.site.broadcast;
    for (on, ch) in [(b.scripts, "loudspeaker"), (b.print, "print"), (b.share, "social")] {
        if on && !s.draft {
            out.push(ch);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Members a household's story names beside its family words ("vợ anh là chị Mến",
/// "gia đình anh Dũng và chị Mến") whom neither the name nor `members` covers.
fn unnamed_members(s: &Story, e: &Exemplar, members: &[String]) -> Vec<String> {
    const FAMILY: &[&str] = &["gia đình", "vợ", "chồng", "con trai", "con gái", "bố", "mẹ"];
    let known = |name: &str| {
        let last = name.split_whitespace().last().unwrap_or(name);
        let holds = |n: &str| n.contains(name) || n.split_whitespace().last() == Some(last);
        holds(&e.name) || members.iter().any(|m| holds(m))
    };
    let mut out: Vec<String> = Vec::new();
    for sentence in s.body.split_inclusive(['.', '!', '?', ';', '\n']) {
        let lower = sentence.to_lowercase();
        if !FAMILY.iter().any(|w| lower.contains(w)) {
            continue;
        }
        for c in super::privacy::person().captures_iter(sentence) {
            let Some(name) = c.get(1).map(|m| m.as_str()) else { continue };
            if !known(name) && !out.iter().any(|o| o == name) {
                out.push(name.to_owned());
            }
        }
    }
    out
}

/// A story about `e`: what it shows beyond the consent recorded.
pub(super) fn story(s: &Story, e: &Exemplar, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    let Some(c) = e.consent.as_ref().filter(|c| e.needs_consent() && c.withdrawn.is_none()) else { return };
    let pos = spans.value("exemplar", Pos::START);
    let mut push = |message: Text| {
        out.push(
            Diagnostic::error("consent-scope", &s.path, pos, message)
                .with_help(msg!("consent.consent-scope.help", path = e.path)),
        );
    };
    let missing: Vec<&str> = used(s, cfg).into_iter().filter(|ch| !c.covers(ch)).collect();
    if !missing.is_empty() {
        let list = missing.join(", ");
        push(msg!("consent.consent-scope.channels", name = e.name, list));
    }
    if !c.photos() && (s.image.is_some() || !s.body_photos.is_empty()) {
        push(msg!("consent.consent-scope.photos", name = e.name));
    }
    if e.subject_type() == SubjectType::Household {
        for name in unnamed_members(s, e, &c.members) {
            push(msg!("consent.consent-scope.member", name));
        }
    }
}

/// A consent's `channels` are among those known.
pub(super) fn file(e: &Exemplar, spans: Option<&SpanMap>, out: &mut Vec<Diagnostic>) {
    let Some(list) = e.consent.as_ref().and_then(|c| c.channels.as_ref()) else { return };
    for (i, ch) in list.iter().enumerate() {
        if !CONSENT_CHANNELS.contains(&ch.as_str()) {
            let pos = spans.map_or(Pos::START, |s| s.value(&format!("consent.channels.{i}"), Pos::START));
            out.push(Diagnostic::error(
                "invalid-value",
                &e.path,
                pos,
                msg!("consent.invalid-value", channel = ch, consent_channels = CONSENT_CHANNELS.join(", ")),
            ));
        }
    }
}
