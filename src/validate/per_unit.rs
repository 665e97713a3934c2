//! `outlets_per_unit:` checked (issue 31): each pattern uses known placeholders, the
//! theme exists, and every outlet it makes has an ASCII slug id, a base URL valid for
//! every language it reaches (`site::base_url_problem`) and an id no other outlet has;
//! each finding is at the declaration's key and names the unit.

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::model::Config;
use crate::model::config::SITE;
use std::path::Path;

pub(super) fn config(cfg: &Config, root: &Path, out: &mut Vec<Diagnostic>) {
    let sp = &cfg.spans.site;
    let braced = |names: &[&str]| names.iter().map(|n| format!("`{{{n}}}`")).collect::<Vec<_>>().join(", ");
    let (all, ascii) = (braced(crate::model::per_unit::PLACEHOLDERS), braced(&["slug", "host", "id"]));
    for (i, d) in cfg.site.outlets_per_unit.iter().enumerate() {
        let at = |key: &str| sp.value(&format!("outlets_per_unit.{i}.{key}"), Pos::START);
        let patterns = [
            ("id", Some(&d.id)),
            ("title", Some(&d.title)),
            ("publisher", Some(&d.publisher)),
            ("description", Some(&d.description)),
            ("base_url", Some(&d.base_url)),
            ("owner", d.owner.as_ref()),
        ];
        for (key, pattern) in patterns.into_iter().filter_map(|(k, p)| p.map(|p| (k, p))) {
            for name in crate::model::per_unit::unknown_placeholders(pattern) {
                out.push(Diagnostic::error(
                    "config-invalid",
                    SITE,
                    at(key),
                    msg!("per-unit.placeholder", key, name = format!("{{{name}}}"), known = all),
                ));
            }
        }
        if !root.join("themes").join(&d.theme).join("templates").is_dir() {
            out.push(Diagnostic::error(
                "unknown-theme",
                SITE,
                at("theme"),
                msg!("config.unknown-theme", theme = d.theme),
            ));
        }
        if d.units(&cfg.registry).is_empty() {
            out.push(Diagnostic::error(
                "invalid-value",
                SITE,
                at("valid_from"),
                msg!("per-unit.no-unit", date = crate::text::date_text(d.valid_from)),
            ));
        }
    }
    let written = cfg.site.written().len();
    for (o, (d, unit)) in cfg.site.outlets[written..].iter().zip(&cfg.site.made) {
        let at = |key: &str| sp.value(&format!("outlets_per_unit.{d}.{key}"), Pos::START);
        if !crate::text::is_slug(&o.id) {
            out.push(Diagnostic::error(
                "invalid-value",
                SITE,
                at("id"),
                msg!("per-unit.id", id = o.id, unit, known = ascii),
            ));
        }
        if let Some(problem) = crate::model::site::base_url_problem(&o.base_url) {
            out.push(Diagnostic::error(
                "invalid-value",
                SITE,
                at("base_url"),
                msg!("per-unit.base-url", url = o.base_url.escape_debug(), unit, problem, known = ascii),
            ));
        }
        if cfg.site.outlets[written..].iter().filter(|x| x.base_url == o.base_url).count() > 1 {
            out.push(Diagnostic::error(
                "duplicate-id",
                SITE,
                at("base_url"),
                msg!("per-unit.same-url", url = o.base_url.escape_debug(), unit, known = ascii),
            ));
        }
    }
}
