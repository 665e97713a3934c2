//! Tags are shown by their labels (`tags.yaml`): once a site keeps labels, a tag
//! without one would be shown as its bare slug, without its diacritics.

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::model::{Config, Story};
use crate::yaml::SpanMap;

pub(super) fn check(s: &Story, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    if cfg.tag_labels.is_empty() {
        return;
    }
    for (i, t) in s.tags.iter().enumerate() {
        if !cfg.tag_labels.contains_key(t) {
            out.push(
                Diagnostic::warning(
                    "tag-label",
                    &s.path,
                    spans.value(&format!("tags.{i}"), Pos::START),
                    msg!("tags.tag-label", tag = t, shown = cfg.tag_label(t)),
                )
                .maybe_help(
                    crate::suggest::did_you_mean(t, cfg.tag_labels.keys().map(String::as_str))
                        .map(|m| msg!("common.did-you-mean", id = m)),
                ),
            );
        }
    }
}
