//! `guong new`: a story file with every key, ready to fill in.

use super::{MISUSE, OK};
use crate::cli::{NewArgs, NewKind};
use crate::diagnostic::Diagnostic;
use crate::model::Config;
use crate::suggest::did_you_mean;
use crate::text;
use std::io::Write;

pub fn run(args: &NewArgs) -> i32 {
    match create(args) {
        Ok(path) => {
            println!("Đã tạo {path}");
            println!("Điền minh chứng, tóm tắt và nội dung, rồi chạy `guong check {path}`; bỏ `draft: true` khi bài đã sẵn sàng.");
            OK
        }
        Err(msg) => {
            eprintln!("guong new: {msg}");
            MISUSE
        }
    }
}

fn create(args: &NewArgs) -> Result<String, String> {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let cfg = Config::load(&args.root, &mut diags).ok_or_else(|| {
        let lines: Vec<String> = diags.iter().map(|d| d.render(Default::default())).collect();
        format!("không đọc được cấu hình của trang:\n{}", lines.join("\n"))
    })?;
    let unit = cfg.registry.resolve(&args.commune).ok_or_else(|| {
        let hint = did_you_mean(&args.commune, cfg.registry.names()).map(|s| format!("; có phải `{s}`?")).unwrap_or_default();
        format!("đơn vị `{}` không có trong communes.yaml{hint}", args.commune)
    })?;
    let field = cfg.criteria.field(&args.field).ok_or_else(|| {
        let hint = did_you_mean(&args.field, cfg.criteria.fields.iter().map(|f| f.id.as_str()))
            .map(|s| format!("; có phải `{s}`?"))
            .unwrap_or_default();
        format!("lĩnh vực `{}` không có trong danh mục{hint}", args.field)
    })?;
    let date = match &args.date {
        Some(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| format!("ngày `{d}` không hợp lệ (dạng 2024-03-15)"))?,
        None => today(&cfg),
    };
    let title = args.title.trim();
    if title.is_empty() {
        return Err("tiêu đề (--title) không được để trống".into());
    }
    let slug = text::slugify_max(title, 80);
    if slug.is_empty() {
        return Err("không tạo được slug từ tiêu đề; hãy dùng tiêu đề có chữ cái".into());
    }
    if let Ok(files) = crate::load::find_stories(&args.root) {
        if let Some(f) = files.iter().find(|f| f.slug == slug) {
            return Err(format!("đã có bài với slug `{slug}`: {} (không ghi đè)", f.rel));
        }
    }
    let year = chrono::Datelike::year(&date);
    let rel = format!("{}/{year}/{slug}.md", crate::load::STORIES_DIR);
    let path = args.root.join(&rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let body = template(args, &cfg, &unit.id, &field.id, date, title);
    // `create_new` refuses to overwrite, even if a file appeared since the check above.
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| format!("không ghi được {rel}: {e}"))?;
    f.write_all(body.as_bytes()).map_err(|e| format!("không ghi được {rel}: {e}"))?;
    Ok(rel)
}

pub fn today(cfg: &Config) -> chrono::NaiveDate {
    let offset = chrono::FixedOffset::east_opt(cfg.site.offset_seconds().unwrap_or(7 * 3600))
        .unwrap_or_else(|| chrono::FixedOffset::east_opt(0).expect("zero offset"));
    chrono::Utc::now().with_timezone(&offset).date_naive()
}

fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn template(args: &NewArgs, cfg: &Config, commune: &str, field: &str, date: chrono::NaiveDate, title: &str) -> String {
    let kind = match args.kind {
        NewKind::Story => "story",
        NewKind::Practice => "practice",
    };
    let mut s = String::new();
    s.push_str("---\n");
    s.push_str(&format!("title: {}\n", quote(title)));
    s.push_str(&format!("kind: {kind}                 # story | practice\n"));
    s.push_str(&format!("date: {date}\n"));
    s.push_str("subject:\n  type: individual          # individual | household | collective\n  name: \"\"\n  consent: false            # ghi true khi đã có sự đồng ý (Nghị định 13/2023/NĐ-CP)\n");
    s.push_str(&format!("commune: {commune}\n"));
    s.push_str(&format!("field: {field}\n"));
    s.push_str("criteria:                   # minh chứng cho từng tiêu chuẩn\n");
    for c in &cfg.criteria.general {
        s.push_str(&format!("  {}: \"\"  # {}\n", c.id, c.title));
    }
    for c in cfg.criteria.local.iter().filter(|c| c.applies(commune, field)) {
        s.push_str(&format!("  {}: \"\"  # {} (tiêu chuẩn riêng)\n", c.id, c.title));
    }
    s.push_str("field_evidence: \"\"          # đáp ứng tiêu chuẩn của lĩnh vực như thế nào\n");
    if args.kind == NewKind::Practice {
        s.push_str("results: \"\"                 # kết quả đạt được, có số liệu\n");
        s.push_str("replication: \"\"             # cách nhân rộng\n");
    }
    s.push_str("summary: \"\"                 # tóm tắt, tối đa 300 ký tự\n");
    s.push_str("author: \"\"\n");
    s.push_str("recognition: []             # ví dụ: [{ form: giay-khen-chu-tich-ubnd-huyen, year: 2024 }]\n");
    s.push_str("columns: []\n");
    s.push_str("tags: []\n");
    s.push_str("# outlets: [cong-thong-tin]  # bỏ trống: đăng trên mọi kênh\n");
    s.push_str("# image: media/ten-anh.jpg\n# image_alt: \"\"\n");
    s.push_str("draft: true\n");
    s.push_str(&format!("id: {}\n", uuid::Uuid::new_v4()));
    s.push_str("aliases: []\n");
    s.push_str("---\n\nNội dung bài viết.\n");
    s
}
