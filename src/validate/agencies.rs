//! Agencies over time (`agencies.yaml`): the file's own sense, and a story that credits
//! an agency by a name it did not bear on the story's date.

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::model::agencies::normalize;
use crate::model::config::AGENCIES;
use crate::model::{Config, Story};
use crate::yaml::SpanMap;

/// The file: slug ids, used once; at least one name each; each name's dates in order.
pub(super) fn config(cfg: &Config, out: &mut Vec<Diagnostic>) {
    let sp = &cfg.spans.agencies;
    let mut seen = std::collections::HashSet::new();
    for (i, a) in cfg.agencies.iter().enumerate() {
        let at = |path: &str| sp.value(&format!("agencies.{i}.{path}"), Pos::START);
        if !crate::text::is_slug(&a.id) || !seen.insert(a.id.as_str()) {
            out.push(Diagnostic::error(
                if seen.contains(a.id.as_str()) && crate::text::is_slug(&a.id) {
                    "duplicate-id"
                } else {
                    "invalid-value"
                },
                AGENCIES,
                at("id"),
                msg!("agencies.invalid-value.id", id = a.id),
            ));
        }
        if a.names.is_empty() {
            out.push(Diagnostic::error(
                "empty-value",
                AGENCIES,
                at("names"),
                msg!("agencies.empty-value", agency = a.id),
            ));
        }
        for (j, n) in a.names.iter().enumerate() {
            if let (Some(from), Some(until)) = (n.from, n.until)
                && from > until
            {
                out.push(Diagnostic::error(
                    "invalid-value",
                    AGENCIES,
                    at(&format!("names.{j}.until")),
                    msg!("agencies.invalid-value.dates", name = n.name, until, from),
                ));
            }
        }
    }
}

/// A story's `author`: an agency id that did not exist on the story's date, or an
/// agency's name that it did not bear then.
pub(super) fn story(s: &Story, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    // Where `author` stands, looked up only for a finding.
    let pos = || spans.value("author", Pos::START);
    if let Some(a) = cfg.agency(&s.author) {
        if a.name_on(s.date).is_none() {
            out.push(Diagnostic::warning(
                "agency-name",
                &s.path,
                pos(),
                msg!("agencies.agency-name", agency = a.id, date = crate::text::date_text(s.date)),
            ));
        }
        return;
    }
    let written = normalize(&s.author);
    if written.is_empty() {
        return;
    }
    for a in &cfg.agencies {
        let matches = a.names.iter().any(|n| normalize(&n.name) == written);
        if !matches || a.names.iter().any(|n| normalize(&n.name) == written && n.holds_on(s.date)) {
            continue;
        }
        let message = match a.name_on(s.date) {
            Some(now) => {
                msg!("agencies.agency-name.renamed", date = crate::text::date_text(s.date), now, author = s.author)
            }
            None => msg!("agencies.agency-name.unknown", date = crate::text::date_text(s.date), author = s.author),
        };
        out.push(
            Diagnostic::warning("agency-name", &s.path, pos(), message)
                .with_help(msg!("agencies.agency-name.help", id = a.id)),
        );
        return;
    }
}
