//! An outlet's `hsts:` and `podcast:` settings: HSTS only where the outlet is served over
//! https, a podcast owner's address that directories can write to, and a story with a
//! recording on an outlet that has no podcast owner (so no podcast feed) told what to add.

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::model::config::SITE;
use crate::model::hosting::plain_email;
use crate::model::{Config, Story};
use crate::yaml::SpanMap;

/// `outlets.N.hsts` and `outlets.N.podcast` in site.yaml.
pub(super) fn config(cfg: &Config, out: &mut Vec<Diagnostic>) {
    let sp = &cfg.spans.site;
    for (i, o) in cfg.site.written().iter().enumerate() {
        if o.hsts.0.is_some() && !o.base_url.starts_with("https://") {
            out.push(Diagnostic::error(
                "config-invalid",
                SITE,
                sp.value(&format!("outlets.{i}.hsts"), Pos::START),
                msg!("hosting.hsts-http", id = o.id, url = o.base_url),
            ));
        } else if o.hsts.0 == Some(0) {
            out.push(Diagnostic::error(
                "config-invalid",
                SITE,
                sp.value(&format!("outlets.{i}.hsts"), Pos::START),
                msg!("hosting.hsts-zero"),
            ));
        }
        if let Some(e) = o.podcast.email.as_deref().filter(|e| !plain_email(e)) {
            out.push(Diagnostic::error(
                "config-invalid",
                SITE,
                sp.value(&format!("outlets.{i}.podcast.email"), Pos::START),
                msg!("hosting.podcast-email", email = e),
            ));
        }
    }
}

/// A story with a recording that an outlet without `podcast.email` carries: the
/// recording plays on its page there, but is in no podcast feed.
pub(super) fn story(s: &Story, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    if s.audio.is_none() || !cfg.site.channels.get("podcasts").copied().unwrap_or(true) {
        return;
    }
    let chosen = |id: &str| s.outlets.as_ref().is_none_or(|o| o.iter().any(|x| x == id));
    let missing: Vec<&str> = cfg
        .site
        .outlets
        .iter()
        .filter(|o| o.podcast.email.is_none() && chosen(&o.id) && o.carries(&cfg.registry, &s.commune, s.date))
        .map(|o| o.id.as_str())
        .collect();
    if missing.is_empty() {
        return;
    }
    out.push(
        Diagnostic::warning(
            "podcast-owner",
            &s.path,
            spans.value("audio", Pos::START),
            msg!("hosting.podcast-owner", outlets = missing.join(", ")),
        )
        .with_help(msg!("hosting.podcast-owner.help")),
    );
}
