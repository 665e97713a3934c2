//! The Markdown body: where its links and images point, and raw HTML that the
//! sanitiser will remove (reported so that the editor knows what readers won't see).

use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::render::links::{classify, Target};
use pulldown_cmark::{Event, Options, Parser, Tag};
use regex::Regex;
use std::path::Path;
use std::sync::OnceLock;

fn hazards() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"(?i)<\s*(script|style|iframe|object|embed|form|input|button|textarea|select|link|meta|base|svg|math)\b|\son[a-z]+\s*=|(javascript|vbscript|data)\s*:"#)
            .expect("built-in pattern")
    })
}

pub fn check(path: &str, body: &str, body_line: usize, root: &Path, embed_hosts: &[String], out: &mut Vec<Diagnostic>) {
    let origin = Pos::new(body_line, 1);
    let at = |offset: usize| Pos::of_offset(body, offset).shifted(origin);
    let parser = Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH).into_offset_iter();
    for (ev, range) in parser {
        match ev {
            Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => {
                let is_image = body[range.clone()].starts_with('!');
                let url_at = body[range.clone()].find(dest_url.as_ref()).map_or(range.start, |i| range.start + i);
                match classify(&dest_url) {
                    Target::Dangerous(scheme) => out.push(
                        Diagnostic::warning(
                            "unsafe-html",
                            path,
                            at(url_at),
                            Text::new(
                                format!("địa chỉ `{scheme}:` không được phép; liên kết sẽ bị vô hiệu hóa"),
                                format!("`{scheme}:` addresses are not allowed; the link will be disabled"),
                            ),
                        )
                        .with_help(Text::new("chỉ dùng địa chỉ https://, mailto: hoặc tệp trong content/", "use https://, mailto: or a file under content/")),
                    ),
                    Target::Outside => out.push(
                        Diagnostic::error(
                            "invalid-path",
                            path,
                            at(url_at),
                            Text::new(
                                format!("đường dẫn `{dest_url}` đi ra ngoài thư mục content/ hoặc là đường dẫn tuyệt đối"),
                                format!("the path `{dest_url}` leaves content/ or is absolute"),
                            ),
                        )
                        .with_help(Text::new(
                            "dùng đường dẫn trong content/ (ví dụ `media/2024/anh.jpg`) hoặc địa chỉ https:// đầy đủ",
                            "use a path under content/ (e.g. `media/2024/photo.jpg`) or a full https:// address",
                        )),
                    ),
                    Target::Content(p) if is_image => {
                        let file = p.split(['?', '#']).next().unwrap_or(p);
                        let full = root.join("content").join(file);
                        let inside = match (full.canonicalize(), root.join("content").canonicalize()) {
                            (Ok(f), Ok(c)) => Some(f.starts_with(c)),
                            _ => None,
                        };
                        match inside {
                            None => out.push(Diagnostic::error(
                                "missing-image",
                                path,
                                at(url_at),
                                Text::new(format!("không tìm thấy ảnh `content/{file}`"), format!("the image `content/{file}` does not exist")),
                            )),
                            Some(false) => out.push(Diagnostic::error(
                                "invalid-path",
                                path,
                                at(url_at),
                                Text::new(format!("ảnh `{file}` là liên kết trỏ ra ngoài thư mục content/"), format!("the image `{file}` is a link pointing outside content/")),
                            )),
                            Some(true) => out.extend(super::refs::photo(path, at(url_at), file, &full, root)),
                        }
                    }
                    _ => {}
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                for m in hazards().find_iter(&html) {
                    let what = m.as_str().trim();
                    if what.to_lowercase().starts_with("<iframe") && !embed_hosts.is_empty() {
                        continue; // allowed hosts are kept; others lose their src
                    }
                    let base = body[range.clone()].find(html.as_ref()).map_or(range.start, |i| range.start + i);
                    out.push(
                        Diagnostic::warning(
                            "unsafe-html",
                            path,
                            at(base + m.start()),
                            Text::new(
                                format!("mã HTML `{what}` sẽ bị loại bỏ khi đăng (không cho phép mã chạy trên trang)"),
                                format!("the HTML `{what}` will be removed when published (no active content)"),
                            ),
                        )
                        .with_help(Text::new("viết bằng Markdown thay cho HTML", "write it in Markdown instead of HTML")),
                    );
                }
            }
            _ => {}
        }
    }
}
