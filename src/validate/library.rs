//! Stories checked against each other: slugs, permanent ids and former slugs unique.

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::load::StoryFile;
use crate::model::Story;
use std::collections::HashMap;

/// `files` are all story files (even unparsable ones own their slug).
pub(crate) fn library(files: &[&StoryFile], stories: &[&Story]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut by_slug: HashMap<&str, &str> = HashMap::new();
    for f in files {
        if let Some(first) = by_slug.insert(&f.slug, &f.rel) {
            by_slug.insert(&f.slug, first); // keep the first owner
            out.push(
                Diagnostic::error(
                    "duplicate-slug",
                    &f.rel,
                    Pos::START,
                    msg!("library.duplicate-slug", slug = f.slug, first),
                )
                .with_help(msg!("library.duplicate-slug.help")),
            );
        }
    }
    let mut by_id: HashMap<&str, &str> = HashMap::new();
    for s in stories {
        let Some(id) = &s.id else { continue };
        if let Some(first) = by_id.get(id.as_str()) {
            out.push(
                Diagnostic::error("duplicate-id", &s.path, s.id_pos, msg!("library.duplicate-id", id, first))
                    .with_help(msg!("library.duplicate-id.help"))
                    .at_key("id"),
            );
        } else {
            by_id.insert(id, &s.path);
        }
    }
    let mut by_alias: HashMap<&str, &str> = HashMap::new();
    for s in stories {
        for a in &s.aliases {
            if *a == s.slug {
                out.push(
                    Diagnostic::error(
                        "alias-conflict",
                        &s.path,
                        s.aliases_pos,
                        msg!("library.alias-conflict.own", slug = a),
                    )
                    .with_help(msg!("library.alias-conflict.help", remove = a))
                    .at_key("aliases"),
                );
                continue;
            }
            let clash = by_slug
                .get(a.as_str())
                .filter(|p| **p != s.path)
                .copied()
                .or_else(|| by_alias.get(a.as_str()).copied());
            if let Some(other) = clash {
                out.push(
                    Diagnostic::error(
                        "alias-conflict",
                        &s.path,
                        s.aliases_pos,
                        msg!("library.alias-conflict.other", slug = a, other),
                    )
                    .at_key("aliases"),
                );
            } else {
                by_alias.insert(a, &s.path);
            }
        }
    }
    out
}
