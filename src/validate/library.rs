//! Stories checked against each other: slugs, permanent ids and former slugs unique.

use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::load::StoryFile;
use crate::model::Story;
use std::collections::HashMap;

/// `files` are all story files (even unparsable ones own their slug).
pub fn library(files: &[&StoryFile], stories: &[&Story]) -> Vec<Diagnostic> {
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
                    Text::new(
                        format!("slug `{}` đã được dùng cho {first}: hai bài sẽ có cùng địa chỉ", f.slug),
                        format!("the slug `{}` is already used by {first}: both would have the same URL", f.slug),
                    ),
                )
                .with_help(Text::new("đổi tên một trong hai tệp", "rename one of the two files")),
            );
        }
    }
    let mut by_id: HashMap<&str, &str> = HashMap::new();
    for s in stories {
        let Some(id) = &s.id else { continue };
        if let Some(first) = by_id.get(id.as_str()) {
            out.push(
                Diagnostic::error(
                    "duplicate-id",
                    &s.path,
                    s.id_pos,
                    Text::new(
                        format!("mã bài `{id}` trùng với {first}"),
                        format!("the id `{id}` is also used by {first}"),
                    ),
                )
                .with_help(Text::new(
                    "mỗi bài cần một mã riêng: xóa dòng `id` để `guong new` cấp mã mới, hoặc tạo UUID khác",
                    "every story needs its own id: generate a new UUID",
                )),
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
                        Text::new(
                            format!("slug cũ `{a}` chính là slug hiện tại của bài: trang bài viết sẽ bị thay bằng trang chuyển hướng về chính nó"),
                            format!("the former slug `{a}` is the story's own slug: its page would become a redirect to itself"),
                        ),
                    )
                    .with_help(Text::new(format!("xóa `{a}` khỏi `aliases`"), format!("remove `{a}` from `aliases`"))),
                );
                continue;
            }
            let clash = by_slug
                .get(a.as_str())
                .filter(|p| **p != s.path)
                .copied()
                .or_else(|| by_alias.get(a.as_str()).copied());
            if let Some(other) = clash {
                out.push(Diagnostic::error(
                    "alias-conflict",
                    &s.path,
                    s.aliases_pos,
                    Text::new(
                        format!("slug cũ `{a}` đã thuộc về {other}: không thể chuyển hướng về hai nơi"),
                        format!("the former slug `{a}` belongs to {other}: it cannot redirect to two places"),
                    ),
                ));
            } else {
                by_alias.insert(a, &s.path);
            }
        }
    }
    out
}
