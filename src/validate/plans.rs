//! The plans of site.yaml checked (issue 31): one form (`plans:`, or the short form
//! `quotas:` + `plan:`), each plan with an id, a title, an issuer and a period within
//! the years a plan can run, its quotas in range, and no two plans in force on one day.

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::model::Config;
use crate::model::config::SITE;
use crate::text::date_text;
use chrono::Datelike;

pub(crate) fn config(cfg: &Config, out: &mut Vec<Diagnostic>) {
    let (s, sp) = (&cfg.site, &cfg.spans.site);
    if s.plans.is_empty() {
        if s.quotas.is_none() {
            out.push(
                Diagnostic::error("missing-key", SITE, Pos::START, msg!("plans.none"))
                    .with_help(msg!("plans.none.help")),
            );
        }
        return;
    }
    for key in ["quotas", "plan"].into_iter().filter(|k| sp.get(k).is_some()) {
        out.push(
            Diagnostic::error("config-invalid", SITE, sp.key(key, Pos::START), msg!("plans.both-forms", key))
                .with_help(msg!("plans.both-forms.help")),
        );
    }
    for (i, p) in s.plans.iter().enumerate() {
        one(cfg, i, p, out);
    }
    overlaps(cfg, out);
}

/// One plan: its id, the keys a citation needs, its period and its quotas.
fn one(cfg: &Config, i: usize, p: &crate::model::plans::Plan, out: &mut Vec<Diagnostic>) {
    let sp = &cfg.spans.site;
    let at = |key: &str| sp.value(&format!("plans.{i}.{key}"), sp.value(&format!("plans.{i}"), Pos::START));
    if !crate::text::is_slug(&p.id) {
        out.push(Diagnostic::error("invalid-value", SITE, at("id"), msg!("plans.id", id = p.id)));
    }
    if repeated(cfg, i) {
        out.push(Diagnostic::error("duplicate-id", SITE, at("id"), msg!("config.duplicate-id", id = p.id)));
    }
    for (key, value) in [("title", &p.title), ("issuer", &p.issuer)] {
        if value.trim().is_empty() {
            let code = if sp.get(&format!("plans.{i}.{key}")).is_some() { "empty-value" } else { "missing-key" };
            out.push(Diagnostic::error(code, SITE, at(key), msg!("plans.empty", id = p.id, key)));
        }
    }
    if p.number.as_deref().is_some_and(|n| n.trim().is_empty()) {
        out.push(Diagnostic::error("empty-value", SITE, at("number"), msg!("plans.empty", id = p.id, key = "number")));
    }
    let years = crate::validate::limits::PLAN_YEARS;
    for (key, d) in [("from", p.from), ("to", p.to)] {
        if !years.contains(&d.year()) {
            out.push(Diagnostic::error(
                "invalid-date",
                SITE,
                at(key),
                msg!("plans.year", id = p.id, key, date = date_text(d), start = years.start(), end = years.end()),
            ));
        }
    }
    if p.from > p.to {
        out.push(Diagnostic::error(
            "invalid-date",
            SITE,
            at("to"),
            msg!("plans.order", id = p.id, from = date_text(p.from), to = date_text(p.to)),
        ));
    }
    for (key, n) in [("district", p.quotas.district), ("commune", p.quotas.commune)] {
        if n > 100_000 {
            out.push(Diagnostic::error(
                "config-invalid",
                SITE,
                sp.value(&format!("plans.{i}.quotas.{key}"), at("quotas")),
                msg!(
                    "limits.config-invalid.out-of-range",
                    key = format!("plans.{i}.quotas.{key}"),
                    value = n,
                    min = 0,
                    max = 100_000
                ),
            ));
        }
    }
}

fn repeated(cfg: &Config, i: usize) -> bool {
    let plans = &cfg.site.plans;
    plans[..i].iter().any(|q| q.id == plans[i].id)
}

/// Two plans in force on one day: the later written is reported, naming the other.
fn overlaps(cfg: &Config, out: &mut Vec<Diagnostic>) {
    let plans = &cfg.site.plans;
    for (j, b) in plans.iter().enumerate() {
        let Some(a) = plans[..j].iter().find(|a| a.from <= a.to && b.from <= b.to && a.overlaps(b.from, b.to)) else {
            continue;
        };
        out.push(
            Diagnostic::error(
                "config-invalid",
                SITE,
                cfg.spans.site.value(&format!("plans.{j}.from"), Pos::START),
                msg!(
                    "plans.overlap",
                    id = b.id,
                    from = date_text(b.from),
                    to = date_text(b.to),
                    other = a.id,
                    other_from = date_text(a.from),
                    other_to = date_text(a.to)
                ),
            )
            .with_help(msg!("plans.overlap.help")),
        );
    }
}
