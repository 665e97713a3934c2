//! `gather:` of an outlet checked (issue 31, the province view): each source's id is an
//! ASCII slug (its stories' addresses start with it) and unique in the outlet, its path
//! names a folder other than the site itself; each finding is at the key.

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::model::Config;
use crate::model::config::SITE;
use std::path::Path;

pub(super) fn config(cfg: &Config, root: &Path, out: &mut Vec<Diagnostic>) {
    let sp = &cfg.spans.site;
    let here = root.canonicalize().ok();
    for (i, o) in cfg.site.outlets.iter().enumerate() {
        for (j, src) in o.gather.iter().enumerate() {
            let at = |key: &str| sp.value(&format!("outlets.{i}.gather.{j}.{key}"), Pos::START);
            if !crate::text::is_slug(&src.id) {
                let hint = crate::text::slugify(&src.id);
                out.push(Diagnostic::error(
                    "invalid-value",
                    SITE,
                    at("id"),
                    msg!("gather.bad-id", id = src.id.escape_debug(), hint),
                ));
            }
            if o.gather[..j].iter().any(|x| x.id == src.id) {
                out.push(Diagnostic::error("duplicate-id", SITE, at("id"), msg!("gather.same-id", id = src.id)));
            }
            let dir = root.join(&src.path);
            let itself = here.is_some() && dir.canonicalize().ok() == here;
            if src.path.trim().is_empty() || itself {
                out.push(Diagnostic::error(
                    "invalid-value",
                    SITE,
                    at("path"),
                    msg!("gather.bad-path", path = src.path.escape_debug()),
                ));
            }
        }
    }
}
