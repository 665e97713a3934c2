//! After an import: the checks of `guong check` on the files written (and the import's
//! own), and the findings sheet `kiem-tra-<slug>.docx` in Vietnamese: each field of the
//! form with what was written in it and the findings on it, side by side.

use super::import::{Item, own_findings};
use super::import_form::FormKind;
use super::import_write::Out;
use super::import_yaml::get;
use crate::cli::ImportArgs;
use crate::console::outln;
use crate::diagnostic::{Diagnostic, Lang, msg};
use crate::error::Error;
use crate::model::Config;
use crate::report::forms::{package_document, sheet};

/// The findings of `check` on the files written, and the import's own.
pub(crate) fn check(args: &ImportArgs, _cfg: &Config, items: &[Item]) -> Result<Vec<Diagnostic>, Error> {
    let project = crate::project::Project::load(&args.root)?;
    let mut out: Vec<Diagnostic> =
        project.diags.into_iter().filter(|d| items.iter().any(|i| i.rel == d.path)).collect();
    out.extend(own_findings(items));
    Ok(out)
}

/// What the form calls a key.
fn label(cfg: &Config, key: &str) -> String {
    if let Some(id) = key.strip_prefix("criteria.").or_else(|| key.strip_prefix("achievements.")) {
        let title = cfg
            .criteria
            .general
            .iter()
            .map(|c| (&c.id, &c.title))
            .chain(cfg.criteria.local.iter().map(|c| (&c.id, &c.title)))
            .find(|(i, _)| *i == id)
            .map_or(id.to_owned(), |(_, t)| t.clone());
        return format!("Minh chứng: {title}");
    }
    let fixed = match key {
        "title" => "Tiêu đề",
        "kind" => "Loại bài",
        "date" => "Ngày của bài",
        "exemplar" => "Gương điển hình",
        "subject.type" => "Đối tượng",
        "subject.name" => "Tên người, hộ, tập thể",
        "subject.consent" => "Sự đồng ý",
        "commune" | "unit" => "Đơn vị",
        "field" => "Lĩnh vực",
        "criteria" => "Minh chứng theo tiêu chuẩn",
        "field_evidence" => "Tiêu chuẩn của lĩnh vực",
        "results" => "Kết quả đạt được",
        "replication" => "Cách nhân rộng",
        "summary" => "Tóm tắt",
        "author" => "Tác giả",
        "columns" => "Chuyên mục thêm",
        "body" => "Nội dung bài viết",
        "photo.1" => "Ảnh 1",
        "photo.1.alt" => "Mô tả ảnh 1",
        "name" => "Tên",
        "type" => "Loại",
        "profile" => "Tóm tắt lý lịch, thành tích",
        "proposed.by" => "Cơ quan, đơn vị đề xuất",
        "proposed.date" => "Ngày đề xuất",
        "consent.given" => "Phiếu đồng ý: ngày ký",
        "consent.held_by" => "Phiếu đồng ý: nơi giữ phiếu",
        "consent.channels.web" => "Phiếu đồng ý: kênh đăng",
        "consent.photos" => "Phiếu đồng ý: ảnh",
        "consent.members" => "Phiếu đồng ý: thành viên",
        _ if key.starts_with("recognition.") => "Khen thưởng",
        _ => "",
    };
    if fixed.is_empty() { key.to_owned() } else { fixed.to_owned() }
}

fn finding_text(d: &Diagnostic) -> (bool, String) {
    let mut m = d.message.get(Lang::Vi).to_owned();
    if let Some(h) = &d.help {
        m.push_str(&format!(" ({})", h.get(Lang::Vi)));
    }
    (d.is_error(), format!("{m} [{}:{}:{} {}]", d.path, d.pos.line, d.pos.column, d.code))
}

/// The sheet's lines for one item: each key written, in order, with its findings.
fn lines(cfg: &Config, item: &Item, findings: &[&Diagnostic]) -> Vec<sheet::Line> {
    let mut out: Vec<sheet::Line> = Vec::new();
    let mut general = sheet::Line { label: "Chung".into(), value: String::new(), findings: Vec::new() };
    for (_, key) in &item.text.keys {
        if out.iter().any(|l| l.label == label(cfg, key)) {
            continue;
        }
        let value = match item.fields.get(key) {
            Some(f) if key != "body" => f.shown.clone(),
            _ => String::new(),
        };
        out.push(sheet::Line { label: label(cfg, key), value, findings: Vec::new() });
    }
    for d in findings {
        let key = item.text.key_at(d.pos.line).map(|k| label(cfg, k));
        match key.and_then(|k| out.iter_mut().find(|l| l.label == k)) {
            Some(l) => l.findings.push(finding_text(d)),
            None => general.findings.push(finding_text(d)),
        }
    }
    if !general.findings.is_empty() {
        out.insert(0, general);
    }
    out
}

/// Writes a findings sheet for each form imported.
pub(crate) fn sheets(
    args: &ImportArgs,
    cfg: &Config,
    items: &[Item],
    outs: &[Out],
    findings: &[Diagnostic],
    lang: Lang,
) -> Result<(), Error> {
    for item in items {
        let mine: Vec<&Diagnostic> = findings.iter().filter(|d| d.path == item.rel).collect();
        let errors = mine.iter().filter(|d| d.is_error()).count();
        let warnings = mine.len() - errors;
        let title = match item.kind {
            FormKind::Nomination | FormKind::Consent => get(&item.fields, "name").to_owned(),
            _ => get(&item.fields, "title").to_owned(),
        };
        let written = outs
            .iter()
            .filter(|o| o.rel == item.rel || o.rel.contains(&format!("/{}-", item.slug)))
            .map(|o| o.rel.clone())
            .collect();
        let source = item.source.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let head = sheet::Head { title, source, written, errors, warnings };
        let doc = sheet::document(&head, &lines(cfg, item, &mine));
        let bytes = package_document("Phiếu kết quả kiểm tra", &doc)
            .map_err(|e| Error::Failed(msg!("forms.zip", error = e)))?;
        let dir = match &args.sheets {
            Some(d) => d.clone(),
            None => item.source.parent().map(std::path::Path::to_path_buf).unwrap_or_default(),
        };
        let path = dir.join(format!("kiem-tra-{}.docx", item.slug));
        crate::kept::replace(&path, &bytes).map_err(|e| Error::write(&path, e))?;
        outln!("{}", msg!("import.sheet", file = path.display(), errors, warnings).get(lang));
    }
    Ok(())
}
