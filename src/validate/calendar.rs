//! `calendar.yaml` against itself and the configuration: slug ids used once, real days
//! of the year, known fields and columns; and the columns' `calendar:` entries exist.

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::model::Config;
use crate::model::config::{CALENDAR, COLUMNS};
use crate::suggest::did_you_mean;

pub(super) fn config(cfg: &Config, out: &mut Vec<Diagnostic>) {
    let sp = &cfg.spans.calendar;
    let mut seen = std::collections::HashSet::new();
    for (i, d) in cfg.calendar.iter().enumerate() {
        let at = |k: &str| sp.value(&format!("days.{i}.{k}"), Pos::START);
        if !crate::text::is_slug(&d.id) || !seen.insert(d.id.as_str()) {
            out.push(Diagnostic::error(
                "invalid-value",
                CALENDAR,
                at("id"),
                msg!("calendar.invalid-value.id", id = d.id),
            ));
        }
        if d.month_day().is_none() {
            out.push(
                Diagnostic::error("invalid-date", CALENDAR, at("date"), msg!("calendar.invalid-date", date = d.date))
                    .with_help(msg!("calendar.invalid-date.help")),
            );
        }
        for (j, f) in d.fields.iter().enumerate() {
            if cfg.criteria.field(f).is_none() {
                let like = did_you_mean(f, cfg.criteria.fields.iter().map(|x| x.id.as_str()));
                out.push(
                    Diagnostic::error(
                        "unknown-field",
                        CALENDAR,
                        at(&format!("fields.{j}")),
                        msg!("calendar.unknown-field", field = f),
                    )
                    .maybe_help(like.map(|s| msg!("common.did-you-mean", id = s))),
                );
            }
        }
        for (j, c) in d.columns.iter().enumerate() {
            if cfg.column(c).is_none() {
                out.push(Diagnostic::error(
                    "unknown-column",
                    CALENDAR,
                    at(&format!("columns.{j}")),
                    msg!("calendar.unknown-column", column = c),
                ));
            }
        }
    }
    let cols = &cfg.spans.columns;
    let defined: Vec<&crate::model::columns::Column> = cfg.columns.iter().filter(|c| c.field.is_none()).collect();
    for (i, c) in defined.iter().enumerate() {
        for (j, id) in c.rule.calendar.iter().enumerate() {
            if !cfg.calendar.iter().any(|d| &d.id == id) {
                let like = did_you_mean(id, cfg.calendar.iter().map(|d| d.id.as_str()));
                out.push(
                    Diagnostic::error(
                        "invalid-value",
                        COLUMNS,
                        cols.value(&format!("columns.{i}.rule.calendar.{j}"), Pos::START),
                        msg!("calendar.invalid-value.day", day = id),
                    )
                    .maybe_help(like.map(|s| msg!("common.did-you-mean", id = s))),
                );
            }
        }
    }
}
