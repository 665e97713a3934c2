//! The configuration as input that may be hostile: every id that becomes part of a path
//! or URL is a slug, every number is in a range the build can honour, and nothing the
//! configuration names lands on a URL the build generates.

use crate::diagnostic::{Diagnostic, Pos, Text, msg};
use crate::model::Config;
use crate::model::config::{COMMUNES, CRITERIA, SITE};
use crate::model::site::RESERVED_PATHS;
use crate::yaml::SpanMap;
use std::path::Path;

/// The plan's years are read as a range: no plan runs outside these years.
pub(crate) const PLAN_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

fn not_slug(file: &str, sp: &SpanMap, key: &str, what: &Text, id: &str, out: &mut Vec<Diagnostic>) {
    out.push(
        Diagnostic::error(
            "config-invalid",
            file,
            sp.value(key, Pos::START),
            msg!("limits.config-invalid.not-slug", what = *what, id),
        )
        .maybe_help(
            Some(crate::text::slugify(id)).filter(|s| !s.is_empty()).map(|s| msg!("common.did-you-mean", id = s)),
        ),
    );
}

fn out_of_range(
    file: &str,
    sp: &SpanMap,
    key: &str,
    value: impl std::fmt::Display,
    range: (i64, i64),
    out: &mut Vec<Diagnostic>,
) {
    out.push(Diagnostic::error(
        "config-invalid",
        file,
        sp.value(key, Pos::START),
        msg!("limits.config-invalid.out-of-range", key, value, min = range.0, max = range.1),
    ));
}

fn check_range(file: &str, sp: &SpanMap, key: &str, value: i64, range: (i64, i64), out: &mut Vec<Diagnostic>) {
    if value < range.0 || value > range.1 {
        out_of_range(file, sp, key, value, range, out);
    }
}

/// Ids of the registry and the criteria: each names a folder, a URL or a feed.
pub(crate) fn ids(cfg: &Config, out: &mut Vec<Diagnostic>) {
    let sp = &cfg.spans;
    let unit = msg!("limits.what.unit-id");
    for (i, u) in cfg.registry.units.iter().enumerate() {
        let base = if i == 0 { "district".to_owned() } else { format!("communes.{}", i - 1) };
        if !crate::text::is_slug(&u.id) {
            not_slug(COMMUNES, &sp.communes, &format!("{base}.id"), &unit, &u.id, out);
        }
        for (j, a) in u.aliases.iter().enumerate() {
            if !crate::text::is_slug(a) {
                not_slug(COMMUNES, &sp.communes, &format!("{base}.aliases.{j}"), &msg!("limits.what.alias"), a, out);
            }
        }
    }
    let lists: [(&str, Text, Vec<&str>); 4] = [
        ("general", msg!("limits.what.criterion-id"), cfg.criteria.general.iter().map(|c| c.id.as_str()).collect()),
        ("fields", msg!("limits.what.field-id"), cfg.criteria.fields.iter().map(|c| c.id.as_str()).collect()),
        ("local", msg!("limits.what.local-criterion-id"), cfg.criteria.local.iter().map(|c| c.id.as_str()).collect()),
        (
            "commendations",
            msg!("limits.what.commendation-id"),
            cfg.criteria.commendations.iter().map(|c| c.id.as_str()).collect(),
        ),
    ];
    for (list, what, ids) in lists {
        for (i, id) in ids.into_iter().enumerate() {
            if !crate::text::is_slug(id) {
                not_slug(CRITERIA, &sp.criteria, &format!("{list}.{i}.id"), &what, id, out);
            }
        }
    }
}

/// Unit aliases: each names one unit only. An alias that is another unit's id (or its
/// own), or that two units share, would make the web server send one unit's page to
/// another's, and `report --unit` pick either.
pub(crate) fn aliases(cfg: &Config, out: &mut Vec<Diagnostic>) {
    let sp = &cfg.spans.communes;
    let units = &cfg.registry.units;
    let ids: std::collections::HashMap<&str, usize> =
        units.iter().enumerate().map(|(i, u)| (u.id.as_str(), i)).collect();
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, u) in units.iter().enumerate() {
        let base = if i == 0 { "district".to_owned() } else { format!("communes.{}", i - 1) };
        for (j, a) in u.aliases.iter().enumerate() {
            let clash = match (ids.get(a.as_str()), seen.insert(a.as_str(), i)) {
                (Some(&k), _) => Some(&units[k].id),
                (None, Some(k)) => Some(&units[k].id),
                (None, None) => None,
            };
            let Some(other) = clash else { continue };
            let message = if ids.contains_key(a.as_str()) {
                msg!("limits.config-invalid.alias-id-unit", alias = a, id = u.id, other)
            } else {
                msg!("limits.config-invalid.alias-already-alias", alias = a, id = u.id, other)
            };
            out.push(
                Diagnostic::error(
                    "config-invalid",
                    COMMUNES,
                    sp.value(&format!("{base}.aliases.{j}"), Pos::START),
                    message,
                )
                .with_help(msg!("limits.config-invalid.help.alias")),
            );
        }
    }
}

/// Numbers of `site.yaml`, each within what a build can do in bounded time and memory.
pub(crate) fn ranges(cfg: &Config, out: &mut Vec<Diagnostic>) {
    let (s, sp) = (&cfg.site, &cfg.spans.site);
    check_range(SITE, sp, "per_page", s.per_page as i64, (1, 1000), out);
    check_range(SITE, sp, "feed_limit", s.feed_limit as i64, (1, 1000), out);
    if let Some(q) = s.quotas {
        check_range(SITE, sp, "quotas.district", q.district as i64, (0, 100_000), out);
        check_range(SITE, sp, "quotas.commune", q.commune as i64, (0, 100_000), out);
    }
    check_range(SITE, sp, "images.quality", i64::from(s.images.quality), (1, 100), out);
    if s.images.widths.is_empty() || s.images.widths.len() > 8 {
        out_of_range(SITE, sp, "images.widths", format!("{} kích thước / sizes", s.images.widths.len()), (1, 8), out);
    }
    for (i, w) in s.images.widths.iter().enumerate() {
        check_range(SITE, sp, &format!("images.widths.{i}"), i64::from(*w), (16, 8000), out);
    }
    if let Some(plan) = s.plan {
        let years = (i64::from(*PLAN_YEARS.start()), i64::from(*PLAN_YEARS.end()));
        check_range(SITE, sp, "plan.from", i64::from(plan.from), years, out);
        check_range(SITE, sp, "plan.to", i64::from(plan.to), years, out);
        if plan.from > plan.to {
            out.push(Diagnostic::error(
                "config-invalid",
                SITE,
                sp.value("plan.to", Pos::START),
                msg!("limits.config-invalid.plan-order", to = plan.to, from = plan.from),
            ));
        }
    }
    for key in s.labels.keys().filter(|k| !crate::model::labels::Labels::is_known(k)) {
        out.push(Diagnostic::error(
            "config-invalid",
            SITE,
            sp.key(&format!("labels.{key}"), Pos::START),
            msg!("limits.config-invalid.no-label", key),
        ));
    }
    for (i, h) in s.embeds.iter().enumerate() {
        let host_like = !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
        if !host_like {
            out.push(Diagnostic::error(
                "config-invalid",
                SITE,
                sp.value(&format!("embeds.{i}"), Pos::START),
                msg!("limits.config-invalid.host", host = h),
            ));
        }
    }
    for (i, o) in s.written().iter().enumerate() {
        let plain = !o.theme.is_empty()
            && !o.theme.starts_with('.')
            && o.theme.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
        if !plain {
            out.push(Diagnostic::error(
                "config-invalid",
                SITE,
                sp.value(&format!("outlets.{i}.theme"), Pos::START),
                msg!("limits.config-invalid.theme", theme = o.theme),
            ));
        }
    }
}

/// What the configuration puts on URLs the build generates itself.
pub(crate) fn collisions(cfg: &Config, root: &Path, out: &mut Vec<Diagnostic>) {
    if let Some(rp) = &cfg.site.report_page {
        let first = rp.path.trim_matches('/').split('/').next().unwrap_or("");
        if RESERVED_PATHS.contains(&first) {
            out.push(
                Diagnostic::error(
                    "url-collision",
                    SITE,
                    cfg.spans.site.value("report_page.path", Pos::START),
                    msg!("limits.url-collision.report", path = rp.path, first),
                )
                .with_help(msg!("limits.url-collision.help.report")),
            );
        }
    }
    let mut themes: Vec<&str> = cfg.site.outlets.iter().map(|o| o.theme.as_str()).collect();
    themes.sort_unstable();
    themes.dedup();
    for theme in themes {
        let dir = root.join("themes").join(theme).join("static");
        for e in walkdir::WalkDir::new(&dir).min_depth(1).sort_by_file_name().into_iter().filter_map(Result::ok) {
            let rel = crate::load::rel_path(&dir, e.path());
            let first = rel.split('/').next().unwrap_or("");
            // guong writes the `.gz` copies itself, beside each file worth compressing.
            let generated = RESERVED_PATHS.contains(&first) || rel.ends_with(".gz");
            if generated && !e.file_type().is_dir() {
                out.push(
                    Diagnostic::error(
                        "url-collision",
                        &format!("themes/{theme}/static/{rel}"),
                        Pos::START,
                        msg!("limits.url-collision.static", rel),
                    )
                    .with_help(msg!("limits.url-collision.help.static")),
                );
            }
        }
    }
}
