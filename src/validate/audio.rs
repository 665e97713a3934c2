//! A story's recording (`audio:`): inside content/, there, and a whole MP3, M4A or OGG
//! that decodes to its end (`audio::probe`).

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::model::Story;
use crate::yaml::SpanMap;
use std::path::{Component, Path};

pub(super) fn check(s: &Story, spans: &SpanMap, files: &super::Files, out: &mut Vec<Diagnostic>) {
    let root = files.root;
    let Some(rel) = &s.audio else { return };
    let pos = || spans.value("audio", Pos::START);
    let p = Path::new(rel);
    if p.is_absolute() || p.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir)) {
        out.push(Diagnostic::error("invalid-path", &s.path, pos(), msg!("audio.invalid-path", rel)));
        return;
    }
    let full = root.join("content").join(p);
    files.note(&full);
    // Like a photo: a link pointing out of content/ is refused, never read.
    if crate::load::source::inside(&root.join("content"), &full).is_err_and(|e| crate::load::source::is_outside(&e)) {
        out.push(Diagnostic::error("invalid-path", &s.path, pos(), msg!("audio.invalid-path.link", rel)));
        return;
    }
    if !full.is_file() {
        out.push(
            Diagnostic::error("missing-audio", &s.path, pos(), msg!("audio.missing-audio", rel))
                .with_help(msg!("audio.missing-audio.help")),
        );
        return;
    }
    if let Err(e) = crate::audio::probe(root, rel) {
        let message = e.describe();
        out.push(
            Diagnostic::error("invalid-audio", &s.path, pos(), message).with_help(msg!("audio.invalid-audio.help")),
        );
    }
}
