//! The configuration checked against itself: every id it names must exist.

use crate::diagnostic::{Diagnostic, Pos, Text, msg};
use crate::model::config::{COLUMNS, COMMUNES, CRITERIA, SITE};
use crate::model::{Config, site::ColumnSelection};
use crate::suggest::did_you_mean;
use std::collections::HashSet;
use std::path::Path;

fn unknown(code: &'static str, file: &str, pos: Pos, message: Text, found: Option<&str>) -> Diagnostic {
    let d = Diagnostic::error(code, file, pos, message);
    d.maybe_help(found.map(|s| msg!("common.did-you-mean", id = s)))
}

fn duplicates<'a>(
    ids: impl Iterator<Item = &'a str>,
    file: &str,
    list: &str,
    sp: &crate::yaml::SpanMap,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            out.push(Diagnostic::error(
                "duplicate-id",
                file,
                sp.value(&format!("{list}.{i}.id"), Pos::START),
                msg!("config.duplicate-id", id),
            ));
        }
    }
}

pub(crate) fn config(cfg: &Config, root: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    super::limits::ids(cfg, &mut out);
    super::limits::aliases(cfg, &mut out);
    super::limits::ranges(cfg, &mut out);
    super::plans::config(cfg, &mut out);
    super::limits::collisions(cfg, root, &mut out);
    site(cfg, root, &mut out);
    registry(cfg, &mut out);
    criteria(cfg, &mut out);
    columns(cfg, &mut out);
    super::agencies::config(cfg, &mut out);
    super::exemplars::config(cfg, &mut out);
    super::decisions::check(cfg, &mut out);
    super::calendar::config(cfg, &mut out);
    super::hosting::config(cfg, &mut out);
    out
}

/// `site.yaml`: the offset, the report page, the outlets.
fn site(cfg: &Config, root: &Path, out: &mut Vec<Diagnostic>) {
    let sp = &cfg.spans;
    if cfg.site.offset_seconds().is_none() {
        out.push(Diagnostic::error(
            "invalid-value",
            SITE,
            sp.site.value("utc_offset", Pos::START),
            msg!("config.invalid-value.utc-offset"),
        ));
    }
    if let Some(rp) = &cfg.site.report_page {
        if !crate::model::site::is_slug_path(&rp.path) {
            out.push(Diagnostic::error(
                "invalid-path",
                SITE,
                sp.site.value("report_page.path", Pos::START),
                msg!("config.invalid-path", path = rp.path.escape_debug()),
            ));
        }
        for (i, o) in rp.outlets.iter().enumerate() {
            if cfg.site.outlet(o).is_none() {
                out.push(unknown(
                    "unknown-outlet",
                    SITE,
                    sp.site.value(&format!("report_page.outlets.{i}"), Pos::START),
                    msg!("config.unknown-outlet", outlet = o),
                    did_you_mean(o, cfg.site.outlets.iter().map(|o| o.id.as_str())),
                ));
            }
        }
    }
    let column_ids: Vec<&str> = cfg.columns.iter().map(|c| c.id.as_str()).collect();
    for (i, o) in cfg.site.written().iter().enumerate() {
        outlet(cfg, root, i, o, &column_ids, out);
    }
    super::per_unit::config(cfg, root, out);
    super::gather::config(cfg, root, out);
    duplicates(cfg.site.outlets.iter().map(|o| o.id.as_str()), SITE, "outlets", &sp.site, out);
}

/// One outlet of site.yaml: its address, id, theme, units, dates and columns.
fn outlet(
    cfg: &Config,
    root: &Path,
    i: usize,
    o: &crate::model::site::Outlet,
    column_ids: &[&str],
    out: &mut Vec<Diagnostic>,
) {
    let sp = &cfg.spans;
    let base = format!("outlets.{i}");
    if let Some(problem) = crate::model::site::base_url_problem(&o.base_url) {
        let code = if o.base_url.starts_with("https://") || o.base_url.starts_with("http://") {
            "config-invalid"
        } else {
            "invalid-value"
        };
        out.push(Diagnostic::error(
            code,
            SITE,
            sp.site.value(&format!("{base}.base_url"), Pos::START),
            msg!("config.base-url", url = o.base_url.escape_debug(), problem),
        ));
    }
    if !crate::text::is_slug(&o.id) {
        out.push(Diagnostic::error(
            "invalid-value",
            SITE,
            sp.site.value(&format!("{base}.id"), Pos::START),
            msg!("config.invalid-value.outlet-id", id = o.id),
        ));
    }
    if !root.join("themes").join(&o.theme).join("templates").is_dir() {
        out.push(Diagnostic::error(
            "unknown-theme",
            SITE,
            sp.site.value(&format!("{base}.theme"), Pos::START),
            msg!("config.unknown-theme", theme = o.theme),
        ));
    }
    for (j, u) in o.units.iter().enumerate() {
        if cfg.registry.resolve(u).is_none() {
            out.push(unknown(
                "unknown-commune",
                SITE,
                sp.site.value(&format!("{base}.units.{j}"), Pos::START),
                msg!("config.unknown-commune", unit = u),
                did_you_mean(u, cfg.registry.names()),
            ));
        }
    }
    if let (Some(from), Some(until)) = (o.valid_from, o.valid_until)
        && from > until
    {
        out.push(Diagnostic::error(
            "invalid-value",
            SITE,
            sp.site.value(&format!("{base}.valid_until"), Pos::START),
            msg!("config.invalid-value.outlet-dates", outlet = o.id, until, from),
        ));
    }
    if let ColumnSelection::Only(ids) = &o.columns {
        for (j, c) in ids.iter().enumerate() {
            if !column_ids.contains(&c.as_str()) {
                out.push(unknown(
                    "unknown-column",
                    SITE,
                    sp.site.value(&format!("{base}.columns.{j}"), Pos::START),
                    msg!("refs.unknown-column", column = c),
                    did_you_mean(c, column_ids.iter().copied()),
                ));
            }
        }
    }
}

/// The registry: successors exist, no unit merges into itself through a cycle.
fn registry(cfg: &Config, out: &mut Vec<Diagnostic>) {
    let sp = &cfg.spans;
    // The registry: successors exist, no unit merges into itself through a cycle.
    for (i, u) in cfg.registry.units.iter().enumerate().skip(1) {
        if let Some(m) = &u.merged_into {
            if cfg.registry.resolve(m).is_none() {
                out.push(unknown(
                    "unknown-commune",
                    COMMUNES,
                    sp.communes.value(&format!("communes.{}.merged_into", i - 1), Pos::START),
                    msg!("config.invalid-value.successor", successor = m),
                    did_you_mean(m, cfg.registry.names()),
                ));
            } else if cfg.registry.lineage(&u.id).last().is_some_and(|l| l.merged_into.is_some()) {
                out.push(Diagnostic::error(
                    "invalid-value",
                    COMMUNES,
                    sp.communes.value(&format!("communes.{}.merged_into", i - 1), Pos::START),
                    msg!("config.invalid-value.cycle", id = u.id),
                ));
            }
        }
    }
    duplicates(cfg.registry.units.iter().skip(1).map(|u| u.id.as_str()), COMMUNES, "communes", &sp.communes, out);
}

/// Local criteria name fields and units that exist; ids are unique.
fn criteria(cfg: &Config, out: &mut Vec<Diagnostic>) {
    let sp = &cfg.spans;
    let field_ids: Vec<&str> = cfg.criteria.fields.iter().map(|f| f.id.as_str()).collect();
    for (i, c) in cfg.criteria.local.iter().enumerate() {
        for (j, f) in c.scope.fields.iter().enumerate() {
            if !field_ids.contains(&f.as_str()) {
                out.push(unknown(
                    "unknown-field",
                    CRITERIA,
                    sp.criteria.value(&format!("local.{i}.scope.fields.{j}"), Pos::START),
                    msg!("config.invalid-value.field", field = f),
                    did_you_mean(f, field_ids.iter().copied()),
                ));
            }
        }
        for (j, m) in c.scope.communes.iter().enumerate() {
            if cfg.registry.resolve(m).is_none() {
                out.push(unknown(
                    "unknown-commune",
                    CRITERIA,
                    sp.criteria.value(&format!("local.{i}.scope.communes.{j}"), Pos::START),
                    msg!("config.invalid-value.unit", unit = m),
                    did_you_mean(m, cfg.registry.names()),
                ));
            }
        }
    }
    duplicates(cfg.criteria.fields.iter().map(|f| f.id.as_str()), CRITERIA, "fields", &sp.criteria, out);
    duplicates(cfg.criteria.commendations.iter().map(|f| f.id.as_str()), CRITERIA, "commendations", &sp.criteria, out);
}

/// Themed columns: their fields exist, their windows are days, their ids are slugs.
fn columns(cfg: &Config, out: &mut Vec<Diagnostic>) {
    let sp = &cfg.spans;
    let field_ids: Vec<&str> = cfg.criteria.fields.iter().map(|f| f.id.as_str()).collect();
    let themed = cfg.columns.iter().filter(|c| c.field.is_none());
    for (i, c) in themed.enumerate() {
        let base = format!("columns.{i}");
        for (j, f) in c.rule.fields.iter().enumerate() {
            if !field_ids.contains(&f.as_str()) {
                out.push(unknown(
                    "unknown-field",
                    COLUMNS,
                    sp.columns.value(&format!("{base}.rule.fields.{j}"), Pos::START),
                    msg!("config.invalid-value.field", field = f),
                    did_you_mean(f, field_ids.iter().copied()),
                ));
            }
        }
        if let Some(w) = &c.rule.window {
            for (k, v) in [("from", &w.from), ("to", &w.to)] {
                if crate::model::columns::month_day(v).is_none() {
                    out.push(Diagnostic::error(
                        "invalid-date",
                        COLUMNS,
                        sp.columns.value(&format!("{base}.rule.window.{k}"), Pos::START),
                        msg!("config.invalid-date", day = v),
                    ));
                }
            }
        }
        if !crate::text::is_slug(&c.id) {
            out.push(Diagnostic::error(
                "invalid-value",
                COLUMNS,
                sp.columns.value(&format!("{base}.id"), Pos::START),
                msg!("config.invalid-value.column-id", id = c.id),
            ));
        }
    }
    duplicates(
        cfg.columns.iter().filter(|c| c.field.is_none()).map(|c| c.id.as_str()),
        COLUMNS,
        "columns",
        &sp.columns,
        out,
    );
    for c in cfg.columns.iter().filter(|c| c.field.is_none()) {
        if field_ids.contains(&c.id.as_str()) && cfg.columns.iter().any(|o| o.field.is_some() && o.id == c.id) {
            out.push(Diagnostic::error(
                "duplicate-id",
                COLUMNS,
                Pos::START,
                msg!("config.duplicate-id.field-column", column = c.id),
            ));
        }
    }
}
