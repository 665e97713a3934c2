//! `guong new`: a story file with every key, ready to fill in.

use crate::cli::{NewArgs, NewKind};
use crate::console::{errln, outln};
use crate::diagnostic::{Diagnostic, Lang, Text, msg};
use crate::error::{Error, Outcome, Status};
use crate::model::Config;
use crate::suggest::did_you_mean;
use crate::text;
use std::io::Write;
use std::path::Path;

pub(crate) fn run(args: &NewArgs, lang: Lang) -> Outcome {
    if args.kind == NewKind::Theme {
        if args.name.is_none() {
            return Err(Error::Misuse(msg!("new-theme.missing-name")));
        }
        return super::new_theme::run(args, lang);
    }
    if let Some(name) = &args.name {
        return Err(Error::Misuse(msg!("new.name-only-for-theme", name)));
    }
    let mut missing: Vec<&str> = Vec::new();
    if args.title.is_none() {
        missing.push("--title");
    }
    if args.exemplar.is_none() {
        missing.extend(args.commune.is_none().then_some("--commune"));
        missing.extend(args.field.is_none().then_some("--field"));
    }
    if !missing.is_empty() {
        return Err(Error::Misuse(msg!("new.missing", options = missing.join(", "))));
    }
    let (rel, warning) = create(args)?;
    if let Some(w) = &warning {
        errln!("{}: {}", msg!("new.warning").get(lang), w.get(lang));
    }
    outln!("{}", msg!("new.created", rel).get(lang));
    outln!("{}", msg!("new.next", rel).get(lang));
    Ok(Status::Clean)
}

/// Writes a new story file at `rel`: never through a folder that is a link out of the
/// site, never over a file that is there.
fn write_new(root: &Path, rel: &str, body: &str) -> Result<(), Error> {
    let path = root.join(rel);
    if let Some(dir) = path.parent() {
        // Nothing is created, nor written, through a folder that is a link out of the site.
        let outside =
            |d: &Path| crate::load::source::inside(root, d).is_err_and(|e| crate::load::source::is_outside(&e));
        if dir.ancestors().find(|d| d.exists()).is_some_and(outside) {
            return Err(Error::Misuse(msg!("new.folder-link", rel = rel_dir(rel))));
        }
        std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
        if outside(dir) {
            return Err(Error::Misuse(msg!("new.folder-outside", rel = rel_dir(rel))));
        }
    }
    // `create_new` refuses to overwrite, even if a file appeared since the check above.
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| Error::Misuse(msg!("new.cannot-write", rel, error = e)))?;
    f.write_all(body.as_bytes()).map_err(|e| Error::write(&path, e))?;
    Ok(())
}

/// A warning when the unit did not exist on the story's date: the file is written all
/// the same (a story may tell of the time before a merger), and `check` says it again.
fn unit_warning(cfg: &Config, unit: &crate::model::Unit, date: chrono::NaiveDate) -> Option<Text> {
    if unit.exists_on(date) {
        return None;
    }
    let name = unit.full_name();
    let d = text::date_text(date);
    Some(match cfg.registry.successor_on(&unit.id, date).filter(|n| n.id != unit.id) {
        Some(n) => msg!("new.unit-warning.merged", name, date = d, now = n.full_name(), commune = n.id),
        None => msg!("new.unit-warning.gone", name, date = d),
    })
}

fn create(args: &NewArgs) -> Result<(String, Option<Text>), Error> {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let cfg = crate::load::config(&args.root, &mut diags).ok_or_else(|| {
        let lines = |lang| diags.iter().map(|d| d.render(lang)).collect::<Vec<_>>().join("\n");
        Error::Misuse(msg!("new.config", findings = Text::new(lines(Lang::Vi), lines(Lang::En))))
    })?;
    let exemplar = match &args.exemplar {
        None => None,
        Some(id) => Some(cfg.exemplars.get(id).ok_or_else(|| {
            let hint = did_you_mean(id, cfg.exemplars.list.iter().map(|e| e.id.as_str()));
            Error::Misuse(msg!(
                "new.unknown-exemplar",
                exemplar = id,
                hint = hint.map(|s| msg!("common.did-you-mean-tail", id = s)).unwrap_or_default()
            ))
        })?),
    };
    let date = match &args.date {
        Some(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map_err(|_| Error::Misuse(msg!("new.invalid-date", date = d)))?,
        None => cfg.today(),
    };
    // Without `--commune`, the exemplar's unit, or the unit that carries it on now.
    let commune = match (&args.commune, exemplar) {
        (Some(c), _) => c.clone(),
        (None, Some(e)) => cfg.registry.successor_on(&e.unit, date).map_or(e.unit.clone(), |u| u.id.clone()),
        (None, None) => String::new(),
    };
    let field_id = args.field.clone().or_else(|| exemplar.map(|e| e.field.clone())).unwrap_or_default();
    let unit = cfg.registry.resolve(&commune).ok_or_else(|| {
        let hint = did_you_mean(&commune, cfg.registry.names());
        Error::Misuse(msg!(
            "new.unknown-commune",
            commune,
            hint = hint.map(|s| msg!("common.did-you-mean-tail", id = s)).unwrap_or_default()
        ))
    })?;
    let field = cfg.criteria.field(&field_id).ok_or_else(|| {
        let hint = did_you_mean(&field_id, cfg.criteria.fields.iter().map(|f| f.id.as_str()));
        Error::Misuse(msg!(
            "new.unknown-field",
            field = field_id,
            hint = hint.map(|s| msg!("common.did-you-mean-tail", id = s)).unwrap_or_default()
        ))
    })?;
    let title = args.title.as_deref().unwrap_or_default().trim();
    if title.is_empty() {
        return Err(Error::Misuse(msg!("new.empty-title")));
    }
    let slug = text::slugify_max(title, 80);
    if slug.is_empty() {
        return Err(Error::Misuse(msg!("new.no-slug")));
    }
    if let Ok(files) = crate::load::find_stories(&args.root)
        && let Some(f) = files.iter().find(|f| f.slug == slug)
    {
        return Err(Error::Misuse(msg!("new.exists", slug, rel = f.rel)));
    }
    let year = chrono::Datelike::year(&date);
    let rel = format!("{}/{year}/{slug}.md", crate::load::STORIES_DIR);
    // The exemplar's kind decides (`new story --exemplar` of a practice wrote `kind:
    // story`, which `check` refuses).
    let practice = match exemplar {
        Some(e) => e.kind == crate::model::exemplars::ExemplarType::Practice,
        None => args.kind == NewKind::Practice,
    };
    let body = template(args, &cfg, (&unit.id, &field.id), (date, practice), title);
    write_new(&args.root, &rel, &body)?;
    Ok((rel, unit_warning(&cfg, unit, date)))
}

fn rel_dir(rel: &str) -> &str {
    rel.rsplit_once('/').map_or(rel, |(d, _)| d)
}

fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// The new file's text. `practice`: a story of a practice (`kind: practice`, with its
/// results and replication), which a story about a practice in the registry always is.
fn template(
    args: &NewArgs,
    cfg: &Config,
    (commune, field): (&str, &str),
    (date, practice): (chrono::NaiveDate, bool),
    title: &str,
) -> String {
    let kind = if practice { "practice" } else { "story" };
    let mut s = String::new();
    s.push_str("---\n");
    s.push_str(&format!("title: {}\n", quote(title)));
    s.push_str(&format!("kind: {kind}                 # story | practice\n"));
    s.push_str(&format!("date: {date}\n"));
    match &args.exemplar {
        Some(id) => s.push_str(&format!("exemplar: {id}              # người, tập thể, mô hình: content/exemplars/{id}.yaml\n")),
        None => s.push_str("subject:\n  type: individual          # individual | household | collective\n  name: \"\"\n  consent: false            # ghi true khi đã có sự đồng ý (Nghị định 13/2023/NĐ-CP)\n"),
    }
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
    if practice {
        s.push_str("results: \"\"                 # kết quả đạt được, có số liệu\n");
        s.push_str("replication: \"\"             # cách nhân rộng\n");
    }
    s.push_str("summary: \"\"                 # tóm tắt, tối đa 300 ký tự\n");
    s.push_str("author: \"\"\n");
    if args.exemplar.is_none() {
        s.push_str("recognition: []             # ví dụ: [{ form: giay-khen-chu-tich-ubnd-huyen, year: 2024 }]\n");
    }
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
