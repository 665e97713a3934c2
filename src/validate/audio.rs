//! A story's recording (`audio:`): inside content/, there, and a whole MP3, M4A or OGG
//! that decodes to its end (`audio::probe`).

use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::model::Story;
use crate::yaml::SpanMap;
use std::path::{Component, Path};

pub fn check(s: &Story, spans: &SpanMap, root: &Path, out: &mut Vec<Diagnostic>) {
    let Some(rel) = &s.audio else { return };
    let pos = || spans.value("audio", Pos::START);
    let p = Path::new(rel);
    if p.is_absolute() || p.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir)) {
        out.push(Diagnostic::error(
            "invalid-path",
            &s.path,
            pos(),
            Text::new(
                format!("đường dẫn tệp âm thanh `{rel}` đi ra ngoài thư mục content/"),
                format!("the recording's path `{rel}` leaves the content/ folder"),
            ),
        ));
        return;
    }
    let full = root.join("content").join(p);
    crate::load::known::touched(&full);
    // Like a photo: a link pointing out of content/ is refused, never read.
    if crate::load::source::inside(&root.join("content"), &full).is_err_and(|e| crate::load::source::is_outside(&e)) {
        out.push(Diagnostic::error(
            "invalid-path",
            &s.path,
            pos(),
            Text::new(
                format!("tệp âm thanh `{rel}` là liên kết trỏ ra ngoài thư mục content/"),
                format!("the recording `{rel}` is a link pointing outside content/"),
            ),
        ));
        return;
    }
    if !full.is_file() {
        out.push(
            Diagnostic::error(
                "missing-audio",
                &s.path,
                pos(),
                Text::new(
                    format!("không có tệp âm thanh content/{rel}"),
                    format!("there is no recording content/{rel}"),
                ),
            )
            .with_help(Text::new(
                "đặt tệp MP3, M4A hoặc OGG trong content/media/ và ghi `audio: media/…`",
                "put the MP3, M4A or OGG file under content/media/ and write `audio: media/…`",
            )),
        );
        return;
    }
    if let Err(e) = crate::audio::probe(root, rel) {
        let (vi, en) = e.describe();
        out.push(Diagnostic::error("invalid-audio", &s.path, pos(), Text::new(vi, en)).with_help(Text::new(
            "xuất lại tệp từ phần mềm ghi âm (MP3, M4A hoặc OGG) và chép lại đủ tệp",
            "export the recording again (MP3, M4A or OGG) and copy the whole file",
        )));
    }
}
