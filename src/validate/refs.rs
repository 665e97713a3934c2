//! A story's references and the plan's rules: unit, field, criteria with evidence,
//! consent, columns, outlets, commendations, image, lengths.

use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::model::{Config, Kind, Story};
use crate::suggest::did_you_mean;
use crate::text;
use crate::yaml::SpanMap;
use std::path::{Component, Path};

pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 300;

fn mean(found: Option<&str>) -> Option<Text> {
    found.map(|s| Text::new(format!("có phải `{s}`?"), format!("did you mean `{s}`?")))
}

fn fmt_date(d: chrono::NaiveDate) -> String {
    crate::text::vi_date(d)
}

/// `dated` is false when the story's date is missing or impossible (already reported):
/// the checks that compare dates are then left out.
pub fn check(s: &Story, dated: bool, spans: &SpanMap, cfg: &Config, root: &Path, out: &mut Vec<Diagnostic>) {
    let at = |path: &str| spans.value(path, Pos::START);
    let key = |path: &str| spans.key(path, Pos::START);
    let p = s.path.as_str();

    if !text::is_slug(&s.slug) {
        out.push(
            Diagnostic::error(
                "invalid-slug",
                p,
                Pos::START,
                Text::new(
                    format!(
                        "tên tệp `{}.md` không phải một slug ASCII (chữ thường không dấu, số, dấu gạch ngang)",
                        s.slug
                    ),
                    format!("the file name `{}.md` is not an ASCII slug (lower-case letters, digits, hyphens)", s.slug),
                ),
            )
            .with_help(Text::new(
                format!("đổi tên tệp thành `{}.md`", text::slugify(&s.slug)),
                format!("rename the file to `{}.md`", text::slugify(&s.slug)),
            )),
        );
    }

    let title_len = s.title.chars().count();
    if title_len > TITLE_MAX {
        out.push(Diagnostic::error(
            "too-long",
            p,
            at("title"),
            Text::new(
                format!("tiêu đề dài {title_len} ký tự; tối đa {TITLE_MAX}"),
                format!("the title is {title_len} characters long; at most {TITLE_MAX}"),
            ),
        ));
    }
    let summary_len = s.summary.chars().count();
    if summary_len > SUMMARY_MAX {
        out.push(
            Diagnostic::warning(
                "summary-too-long",
                p,
                at("summary"),
                Text::new(
                    format!("tóm tắt dài {summary_len} ký tự; nên tối đa {SUMMARY_MAX} để hiển thị gọn trong danh sách và RSS"),
                    format!("the summary is {summary_len} characters long; keep it to {SUMMARY_MAX} for cards and feeds"),
                ),
            )
            .with_help(Text::new("rút gọn còn một hai câu", "shorten it to a sentence or two")),
        );
    }

    unit(s, dated, cfg, &|| at("commune"), out);

    if cfg.criteria.field(&s.field).is_none() {
        let ids = cfg.criteria.fields.iter().map(|f| f.id.as_str());
        out.push(
            Diagnostic::error(
                "unknown-field",
                p,
                at("field"),
                Text::new(
                    format!("lĩnh vực `{}` không có trong danh mục 14 lĩnh vực", s.field),
                    format!("the field `{}` is not one of the 14 fields", s.field),
                ),
            )
            .maybe_help(mean(did_you_mean(&s.field, ids))),
        );
    }

    criteria(s, spans, cfg, out);

    // A story about an exemplar of the registry: consent and commendations are the
    // exemplar's, checked in its file (`validate::exemplars`).
    if s.exemplar.is_none() && s.subject.kind.needs_consent() && s.subject.consent_valid && !s.subject.consent {
        let pos = spans.get("subject.consent").map_or(key("subject"), |sp| sp.value);
        out.push(
            Diagnostic::error(
                "missing-consent",
                p,
                pos,
                Text::new(
                    format!(
                        "chưa ghi nhận sự đồng ý của {}{} cho việc công bố thông tin cá nhân (Nghị định 13/2023/NĐ-CP)",
                        s.subject.kind.label().to_lowercase(),
                        if s.subject.name.is_empty() { String::new() } else { format!(" `{}`", s.subject.name) }
                    ),
                    format!(
                        "no consent recorded from {} to publish their personal data (Decree 13/2023/ND-CP)",
                        if s.subject.name.is_empty() {
                            "the subject".to_owned()
                        } else {
                            format!("`{}`", s.subject.name)
                        }
                    ),
                ),
            )
            .with_help(Text::new(
                "xin ý kiến đồng ý của người được nêu gương, rồi ghi `consent: true` trong `subject`",
                "obtain the person's consent, then write `consent: true` under `subject`",
            )),
        );
    }

    for (i, c) in s.columns.iter().enumerate() {
        if cfg.column(c).is_none() {
            let ids = cfg.columns.iter().map(|c| c.id.as_str());
            out.push(
                Diagnostic::error(
                    "unknown-column",
                    p,
                    at(&format!("columns.{i}")),
                    Text::new(
                        format!("chuyên mục `{c}` không có trong columns.yaml"),
                        format!("the column `{c}` is not in columns.yaml"),
                    ),
                )
                .maybe_help(mean(did_you_mean(c, ids))),
            );
        }
    }
    for (i, o) in s.outlets.iter().flatten().enumerate() {
        if cfg.site.outlet(o).is_none() {
            let ids = cfg.site.outlets.iter().map(|o| o.id.as_str());
            out.push(
                Diagnostic::error(
                    "unknown-outlet",
                    p,
                    at(&format!("outlets.{i}")),
                    Text::new(
                        format!("kênh đăng `{o}` không có trong site.yaml"),
                        format!("the outlet `{o}` is not in site.yaml"),
                    ),
                )
                .maybe_help(mean(did_you_mean(o, ids))),
            );
        }
    }

    if s.exemplar.is_none() {
        recognition(s, dated, spans, cfg, out);
    }
    practice_keys(s, spans, out);
    image(s, spans, root, out);

    if let Some(id) = &s.id
        && uuid::Uuid::parse_str(id).is_err()
        && !text::is_slug(id)
    {
        out.push(
            Diagnostic::error(
                "invalid-value",
                p,
                s.id_pos,
                Text::new(format!("mã bài `{id}` không hợp lệ"), format!("the id `{id}` is not valid")),
            )
            .with_help(Text::new(
                "dùng một UUID như `guong new` tạo ra, hoặc bỏ khóa `id`",
                "use a UUID as `guong new` writes, or remove the `id` key",
            )),
        );
    }
    for (i, a) in s.aliases.iter().enumerate() {
        if !text::is_slug(a) {
            out.push(
                Diagnostic::error(
                    "invalid-value",
                    p,
                    at(&format!("aliases.{i}")),
                    Text::new(
                        format!("slug cũ `{a}` không phải một slug ASCII"),
                        format!("the former slug `{a}` is not an ASCII slug"),
                    ),
                )
                .with_help(Text::new(
                    format!("có phải `{}`?", text::slugify(a)),
                    format!("did you mean `{}`?", text::slugify(a)),
                )),
            );
        }
    }
}

/// The unit must exist; a unit that no longer (or not yet) existed on the story's date
/// is kept as written, with a warning naming the unit of that date.
/// `pos` gives the position of `commune:`, asked for only when a finding needs it (the
/// parse of positions is a tenth of `check`).
fn unit(s: &Story, dated: bool, cfg: &Config, pos: &dyn Fn() -> Pos, out: &mut Vec<Diagnostic>) {
    let p = s.path.as_str();
    let Some(u) = cfg.registry.resolve(&s.commune) else {
        out.push(
            Diagnostic::error(
                "unknown-commune",
                p,
                pos(),
                Text::new(
                    format!("đơn vị `{}` không có trong danh mục xã, thị trấn (communes.yaml)", s.commune),
                    format!("the unit `{}` is not in the commune registry (communes.yaml)", s.commune),
                ),
            )
            .maybe_help(mean(did_you_mean(&s.commune, cfg.registry.names()))),
        );
        return;
    };
    if !dated {
        return;
    }
    if let Some(until) = u.valid_until.filter(|&d| s.date > d) {
        let succ = cfg.registry.successor_on(&u.id, s.date).filter(|n| n.id != u.id);
        let (vi, en) = match succ {
            Some(n) => (
                format!(
                    "{} không còn tồn tại từ ngày {}; vào ngày của bài ({}), địa bàn thuộc {}",
                    u.full_name(),
                    fmt_date(until.succ_opt().unwrap_or(until)),
                    fmt_date(s.date),
                    n.full_name()
                ),
                format!(
                    "{} ceased to exist after {}; on {} its area belongs to {}",
                    u.full_name(),
                    until,
                    s.date,
                    n.full_name()
                ),
            ),
            None => (
                format!("{} không còn tồn tại từ ngày {}", u.full_name(), fmt_date(until.succ_opt().unwrap_or(until))),
                format!("{} ceased to exist after {}", u.full_name(), until),
            ),
        };
        let help = succ.map(|n| {
            Text::new(
                format!("ghi `commune: {}`, hoặc sửa ngày nếu bài nói về thời điểm trước khi sắp xếp", n.id),
                format!("write `commune: {}`, or fix the date if the story is about before the merger", n.id),
            )
        });
        out.push(Diagnostic::warning("commune-dissolved", p, pos(), Text::new(vi, en)).maybe_help(help));
    }
    if let Some(from) = u.valid_from.filter(|&d| s.date < d) {
        let before: Vec<String> = cfg.registry.absorbed(&u.id).iter().map(|a| format!("`{}`", a.id)).collect();
        out.push(
            Diagnostic::warning(
                "commune-not-yet",
                p,
                pos(),
                Text::new(
                    format!(
                        "{} chỉ được thành lập từ ngày {}, sau ngày của bài ({})",
                        u.full_name(),
                        fmt_date(from),
                        fmt_date(s.date)
                    ),
                    format!("{} was only created on {}, after the story's date ({})", u.full_name(), from, s.date),
                ),
            )
            .with_help(Text::new(
                format!("trước đó khu vực này thuộc: {}", before.join(", ")),
                format!("before that the area belonged to: {}", before.join(", ")),
            )),
        );
    }
}

fn criteria(s: &Story, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    let p = s.path.as_str();
    let commune = cfg.registry.resolve(&s.commune).map_or(s.commune.as_str(), |u| u.id.as_str());
    let local: Vec<_> = cfg.criteria.local.iter().filter(|c| c.applies(commune, &s.field)).collect();
    let known: Vec<&str> =
        cfg.criteria.general.iter().map(|c| c.id.as_str()).chain(local.iter().map(|c| c.id.as_str())).collect();
    for (id, evidence) in &s.criteria {
        let path = format!("criteria.{id}");
        if !known.contains(&id.as_str()) {
            let other_scope = cfg.criteria.local.iter().any(|c| &c.id == id);
            let msg = if other_scope {
                Text::new(
                    format!("tiêu chuẩn `{id}` chỉ áp dụng cho địa phương hoặc lĩnh vực khác"),
                    format!("the criterion `{id}` applies to another unit or field"),
                )
            } else {
                Text::new(
                    format!("tiêu chuẩn `{id}` không có trong criteria.yaml"),
                    format!("the criterion `{id}` is not in criteria.yaml"),
                )
            };
            out.push(
                Diagnostic::error("unknown-criterion", p, spans.key(&path, Pos::START), msg)
                    .maybe_help(mean(did_you_mean(id, known.iter().copied()))),
            );
        } else if evidence.trim().is_empty() {
            out.push(
                Diagnostic::error(
                    "missing-evidence",
                    p,
                    spans.key(&path, Pos::START),
                    Text::new(
                        format!("tiêu chuẩn `{id}` chưa có minh chứng"),
                        format!("the criterion `{id}` has no evidence"),
                    ),
                )
                .with_help(Text::new(
                    "ghi việc làm, số liệu hoặc quyết định cụ thể chứng minh tiêu chuẩn này",
                    "write the concrete deeds, figures or decisions that show this criterion is met",
                )),
            );
        }
    }
    let required = cfg
        .criteria
        .general
        .iter()
        .filter(|c| c.required)
        .map(|c| (c.id.as_str(), c.title.as_str(), None))
        .chain(local.iter().filter(|c| c.required).map(|c| (c.id.as_str(), c.title.as_str(), Some(*c))));
    for (id, title, local) in required {
        if s.criteria.iter().any(|(k, _)| k == id) {
            continue;
        }
        let pos = spans.key("criteria", Pos::START);
        let (vi, en) = match local {
            None => (
                format!("thiếu minh chứng cho tiêu chuẩn chung `{id}` ({title})"),
                format!("no evidence for the general criterion `{id}` ({title})"),
            ),
            Some(_) => (
                format!("thiếu minh chứng cho tiêu chuẩn riêng của địa phương, lĩnh vực `{id}` ({title})"),
                format!("no evidence for the local criterion `{id}` ({title}) that applies to this unit and field"),
            ),
        };
        out.push(Diagnostic::error("missing-evidence", p, pos, Text::new(vi, en)).with_help(Text::new(
            format!("thêm dòng `{id}: \"…minh chứng…\"` trong `criteria`"),
            format!("add a line `{id}: \"…evidence…\"` under `criteria`"),
        )));
    }
}

fn recognition(s: &Story, dated: bool, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    let p = s.path.as_str();
    for (i, r) in s.recognition.iter().enumerate() {
        let form_pos = || spans.value(&format!("recognition.{i}.form"), Pos::START);
        let Some(c) = cfg.criteria.commendation(&r.form) else {
            let like = cfg.criteria.commendation_like(&r.form).map(|c| {
                Text::new(format!("có phải `{}` ({})?", c.id, c.name), format!("did you mean `{}` ({})?", c.id, c.name))
            });
            out.push(
                Diagnostic::error(
                    "unknown-recognition",
                    p,
                    form_pos(),
                    Text::new(
                        format!("hình thức khen thưởng `{}` không có trong criteria.yaml", r.form),
                        format!("the commendation form `{}` is not in criteria.yaml", r.form),
                    ),
                )
                .maybe_help(like),
            );
            continue;
        };
        if dated && r.year > s.year() {
            out.push(Diagnostic::warning(
                "recognition-after-date",
                p,
                spans.value(&format!("recognition.{i}.year"), Pos::START),
                Text::new(
                    format!("khen thưởng năm {} nhưng bài đề năm {}", r.year, s.year()),
                    format!("the commendation is dated {} but the story {}", r.year, s.year()),
                ),
            ));
        }
        if !c.applies_to.is_empty() && !c.applies_to.contains(&s.subject.kind) {
            out.push(Diagnostic::warning(
                "recognition-subject",
                p,
                form_pos(),
                Text::new(
                    format!("“{}” thường không trao cho {}", c.name, s.subject.kind.label().to_lowercase()),
                    format!("“{}” is not usually awarded to a {}", c.name, s.subject.kind.id()),
                ),
            ));
        }
    }
}

fn practice_keys(s: &Story, spans: &SpanMap, out: &mut Vec<Diagnostic>) {
    let p = s.path.as_str();
    for (key, v, what_vi, what_en) in [
        ("results", &s.results, "kết quả đạt được, có số liệu", "what it achieved, measured"),
        ("replication", &s.replication, "cách các nơi khác có thể nhân rộng", "how others can replicate it"),
    ] {
        match (s.kind, v) {
            (Kind::Practice, None) if spans.get(key).is_none() => out.push(
                Diagnostic::error(
                    "missing-key",
                    p,
                    Pos::START,
                    Text::new(
                        format!("bài mô hình mới, cách làm hay (`practice`) phải có `{key}`"),
                        format!("a `practice` write-up requires `{key}`"),
                    ),
                )
                .with_help(Text::new(format!("thêm `{key}`: {what_vi}"), format!("add `{key}`: {what_en}"))),
            ),
            (Kind::Story, Some(_)) => out.push(
                Diagnostic::error(
                    "practice-only",
                    p,
                    spans.key(key, Pos::START),
                    Text::new(
                        format!("khóa `{key}` chỉ dùng cho bài mô hình mới, cách làm hay (`kind: practice`)"),
                        format!("the key `{key}` is only for `kind: practice`"),
                    ),
                )
                .with_help(Text::new(
                    "đổi `kind` thành `practice` hoặc bỏ khóa này",
                    "change `kind` to `practice` or remove this key",
                )),
            ),
            _ => {}
        }
    }
}

/// The image must be a relative path inside `content/`, exist, and have alt text.
fn image(s: &Story, spans: &SpanMap, root: &Path, out: &mut Vec<Diagnostic>) {
    let p = s.path.as_str();
    let Some(img) = &s.image else {
        if s.image_alt.is_some() {
            out.push(Diagnostic::warning(
                "unused-key",
                p,
                spans.key("image_alt", Pos::START),
                Text::new("có `image_alt` nhưng không có `image`", "`image_alt` is given without `image`"),
            ));
        }
        return;
    };
    // Where `image` stands, looked up only for a finding.
    let pos = || spans.value("image", Pos::START);
    if s.image_alt.is_none() {
        out.push(
            Diagnostic::error(
                "missing-image-alt",
                p,
                spans.key("image", Pos::START),
                Text::new("ảnh chưa có lời mô tả (`image_alt`)", "the image has no alt text (`image_alt`)"),
            )
            .with_help(Text::new(
                "thêm `image_alt: \"…\"` mô tả nội dung ảnh cho người khiếm thị",
                "add `image_alt: \"…\"` describing the picture for readers who cannot see it",
            )),
        );
    }
    let rel = Path::new(img);
    let escapes = rel.is_absolute() || rel.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    if escapes {
        out.push(
            Diagnostic::error(
                "invalid-path",
                p,
                pos(),
                Text::new(
                    format!("đường dẫn ảnh `{img}` đi ra ngoài thư mục content/"),
                    format!("the image path `{img}` leaves the content/ folder"),
                ),
            )
            .with_help(Text::new(
                "đặt ảnh trong content/media/ và ghi `image: media/…`",
                "put the photo under content/media/ and write `image: media/…`",
            )),
        );
        return;
    }
    let content = root.join("content");
    let full = content.join(rel);
    // Missing, it may come: a story whose check read no file there is checked again.
    crate::load::known::touched(&full);
    let inside = match (full.canonicalize(), content.canonicalize()) {
        (Ok(f), Ok(c)) => Some(f.starts_with(c)),
        _ => None,
    };
    match inside {
        None => out.push(
            Diagnostic::error(
                "missing-image",
                p,
                pos(),
                Text::new(
                    format!("không tìm thấy ảnh `content/{img}`"),
                    format!("the image `content/{img}` does not exist"),
                ),
            )
            .with_help(Text::new(
                "kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và thư mục content/media/",
                "check the file name (case matters) and the content/media/ folder",
            )),
        ),
        Some(false) => out.push(Diagnostic::error(
            "invalid-path",
            p,
            pos(),
            Text::new(
                format!("ảnh `{img}` là liên kết trỏ ra ngoài thư mục content/"),
                format!("the image `{img}` is a link pointing outside content/"),
            ),
        )),
        Some(true) => out.extend(photo(p, pos(), img, &full, root)),
    }
}

/// Whether a photo that exists can be published: an image, whole, of sane size.
pub(super) fn photo(path: &str, pos: Pos, shown: &str, file: &Path, root: &Path) -> Option<Diagnostic> {
    let (vi, en) = crate::images::probe(root, file).err()?.describe(shown);
    Some(Diagnostic::error("invalid-image", path, pos, Text::new(vi, en)).with_help(Text::new(
        "chép lại ảnh gốc từ máy chụp, hoặc xuất lại ảnh dạng JPEG",
        "copy the original photo again, or export it again as JPEG",
    )))
}
