//! `guong import FILE.docx…`: filled forms (a story, a nomination, a consent) and free
//! Word stories into `content/`: the story as a draft, the nomination as an exemplar
//! record at stage `proposed` (with the consent sent with it), the photos under
//! `content/media/<year>/`; all files or none, never over a file without `--force`;
//! then the checks of `guong check` on what was written, printed and written into a
//! findings sheet `kiem-tra-<slug>.docx` for the commune.

use super::import_form::{Field, FormKind, clean, fields, free_title, kind, quote};
use super::import_write::{Out, write_all};
use super::import_yaml::{self as yaml, Fields, get};
use crate::cli::ImportArgs;
use crate::console::{errln, outln};
use crate::diagnostic::{Diagnostic, Lang, Pos, Text, msg};
use crate::error::{Error, Outcome, Status};
use crate::load::docx::{self, Document, Refusal, markdown};
use crate::model::Config;
use chrono::Datelike;
use std::path::{Path, PathBuf};

/// One file read, and what it becomes.
pub(crate) struct Item {
    pub source: PathBuf,
    pub kind: FormKind,
    pub fields: Fields,
    /// The story's slug or the exemplar's id: names the findings sheet.
    pub slug: String,
    /// The main file written (story or exemplar record), and its text with line keys.
    pub rel: String,
    pub text: yaml::Text,
}

fn refusal(file: &Path, r: Refusal) -> Error {
    let file = file.display();
    Error::Misuse(match r {
        Refusal::Empty => msg!("import.empty", file),
        Refusal::TooLarge(size) => msg!("import.too-large", file, size, limit = docx::MAX_FILE),
        Refusal::Encrypted => msg!("import.encrypted", file),
        Refusal::OldDoc => msg!("import.old-doc", file),
        Refusal::NotZip => msg!("import.not-zip", file),
        Refusal::OtherOffice(kind) => msg!("import.other-office", file, kind),
        Refusal::NotWord => msg!("import.not-word", file),
        Refusal::Bomb(part) => msg!("import.bomb", file, part, limit = docx::MAX_UNPACKED / 1024 / 1024),
        Refusal::Damaged(part, error) => msg!("import.damaged", file, part, error),
        Refusal::Image(part) => msg!("import.image", file, part),
    })
}

fn read(file: &Path) -> Result<Document, Error> {
    let meta = std::fs::metadata(file).map_err(|source| Error::Unreadable { path: file.to_owned(), source })?;
    if meta.len() > docx::MAX_FILE {
        return Err(refusal(file, Refusal::TooLarge(meta.len())));
    }
    let bytes = std::fs::read(file).map_err(|source| Error::Unreadable { path: file.to_owned(), source })?;
    docx::read(&bytes).map_err(|r| refusal(file, r))
}

/// The year of a date written YYYY-MM-DD, else this year.
fn year_of(cfg: &Config, date: &str) -> i32 {
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").map_or_else(|_| cfg.today().year(), |d| d.year())
}

fn media_ext(name: &str) -> String {
    let ext = name.rsplit('.').next().unwrap_or("jpg").to_ascii_lowercase();
    if ext == "jpeg" { "jpg".to_owned() } else { ext }
}

/// A story from a form or a free document: its files (the photos, then the story).
fn story(
    cfg: &Config,
    source: &Path,
    doc: &Document,
    f: Fields,
    k: FormKind,
    outs: &mut Vec<Out>,
) -> Result<Item, Error> {
    let mut f = f;
    let mut skip = (0, 0);
    if k == FormKind::Free {
        let (title, s, e) = free_title(doc).unwrap_or_default();
        skip = (s, e + 1);
        f.insert("title".into(), Field { shown: title.clone(), value: title, ..Field::default() });
        let today = cfg.today().to_string();
        f.insert("date".into(), Field { shown: today.clone(), value: today, ..Field::default() });
    }
    let title = get(&f, "title").to_owned();
    let slug = crate::text::slugify_max(&title, 80);
    if slug.is_empty() {
        return Err(Error::Misuse(msg!("import.no-title", file = source.display())));
    }
    let year = year_of(cfg, get(&f, "date"));
    let mut media: Vec<(String, String)> = Vec::new();
    let mut photo = |id: &str, alt: &str, outs: &mut Vec<Out>| -> Option<(String, usize)> {
        let m = doc.images.get(id)?;
        let path = format!("media/{year}/{slug}-{}.{}", media.len() + 1, media_ext(&m.name));
        outs.push(Out { rel: format!("content/{path}"), bytes: m.bytes.clone() });
        media.push((path.clone(), alt.to_owned()));
        Some((path, media.len()))
    };
    // The form's photos: the first is the story's image, the others follow the body.
    let mut extra = String::new();
    for n in 1..=9 {
        let Some(cell) = f.get(&format!("photo.{n}")) else { continue };
        let alt = get(&f, &format!("photo.{n}.alt")).to_owned();
        let caption = get(&f, &format!("photo.{n}.caption")).to_owned();
        for id in cell.images.clone() {
            if let Some((path, n)) = photo(&id, &alt, outs)
                && n > 1
            {
                extra.push_str(&format!("\n\n![{}]({path})", alt.replace(['[', ']'], "")));
                if !caption.is_empty() {
                    extra.push_str(&format!("\n\n_{}_", caption.replace('_', "\\_")));
                }
            }
        }
    }
    let body_range = match (k, f.get("body")) {
        (FormKind::Free, _) => (skip.1, doc.tokens.len()),
        (_, Some(b)) => b.range,
        _ => (0, 0),
    };
    let mut inline = |id: &str| photo(id, "", outs).map(|(p, _)| p);
    let mut body = clean(&markdown::markdown(doc, &doc.tokens[body_range.0..body_range.1], &mut inline));
    if k == FormKind::Free && skip.0 > 0 {
        // What came before the title (a header, a date line) stays, above the body.
        let before = clean(&markdown::markdown(doc, &doc.tokens[..skip.0], &mut |_| None));
        if !before.is_empty() {
            body = format!("{before}\n\n{body}");
        }
    }
    body.push_str(&extra);
    let mut text = yaml::story(cfg, &f, &media, &uuid::Uuid::new_v4().to_string());
    text.text.push('\n');
    text.keys.push((text.text.lines().count() + 1, "body".into()));
    text.text.push_str(body.trim());
    text.text.push('\n');
    let rel = format!("{}/{year}/{slug}.md", crate::load::STORIES_DIR);
    outs.push(Out { rel: rel.clone(), bytes: text.text.clone().into_bytes() });
    Ok(Item { source: source.to_owned(), kind: k, fields: f, slug, rel, text })
}

/// A nomination: the exemplar record, at stage `proposed`.
fn nomination(cfg: &Config, source: &Path, f: Fields) -> Result<Item, Error> {
    let name = get(&f, "name");
    let unit = get(&f, "unit");
    let id = crate::text::slugify_max(&format!("{name} {unit}"), 80);
    if name.is_empty() || id.is_empty() {
        return Err(Error::Misuse(msg!("import.no-name", file = source.display())));
    }
    let text = yaml::exemplar(cfg, &f);
    let rel = format!("{}/{id}.yaml", crate::model::exemplars::DIR);
    Ok(Item { source: source.to_owned(), kind: FormKind::Nomination, fields: f, slug: id, rel, text })
}

/// A consent form joins the nomination sent with it, or the exemplar it names.
fn consent(root: &Path, cfg: &Config, source: &Path, f: Fields, items: &mut [Item]) -> Result<Option<Item>, Error> {
    let named = get(&f, "exemplar").to_owned();
    let target = if named.is_empty() {
        let mut noms = items.iter_mut().filter(|i| i.kind == FormKind::Nomination);
        match (noms.next(), noms.next()) {
            (Some(one), None) => Some(one),
            _ => return Err(Error::Misuse(msg!("import.consent-whose", file = source.display()))),
        }
    } else {
        items.iter_mut().find(|i| i.kind == FormKind::Nomination && i.slug == named)
    };
    if let Some(item) = target {
        let mut t = std::mem::take(&mut item.text);
        let proposed = t.keys.iter().position(|(_, k)| k == "proposed.by");
        // The consent goes before `proposed:`, as the sample's records have it.
        let mut tail = yaml::Text::default();
        if let Some(p) = proposed {
            let line = t.keys[p].0;
            let lines: Vec<&str> = t.text.lines().collect();
            let head: String = lines[..line - 1].iter().map(|l| format!("{l}\n")).collect();
            let rest: String = lines[line - 1..].iter().map(|l| format!("{l}\n")).collect();
            let keys = t.keys.split_off(p);
            t.text = head;
            yaml::consent(&f, &mut t);
            let shift = t.text.lines().count() - (line - 1);
            t.text.push_str(&rest);
            t.keys.extend(keys.into_iter().map(|(n, k)| (n + shift, k)));
        } else {
            yaml::consent(&f, &mut tail);
            t.text.push_str(&tail.text);
        }
        item.text = t;
        item.fields.extend(f);
        return Ok(None);
    }
    let Some(e) = cfg.exemplars.get(&named) else {
        return Err(Error::Misuse(msg!("import.consent-unknown", file = source.display(), exemplar = named)));
    };
    if e.consent.is_some() {
        return Err(Error::Misuse(msg!("import.consent-exists", file = source.display(), rel = e.path)));
    }
    let old = std::fs::read_to_string(root.join(&e.path))
        .map_err(|source| Error::Unreadable { path: root.join(&e.path), source })?;
    let mut t = yaml::Text { text: old, keys: Vec::new() };
    if !t.text.ends_with('\n') {
        t.text.push('\n');
    }
    yaml::consent(&f, &mut t);
    Ok(Some(Item {
        source: source.to_owned(),
        kind: FormKind::Consent,
        fields: f,
        slug: e.id.clone(),
        rel: e.path.clone(),
        text: t,
    }))
}

/// Reads every file into the files to write.
fn plan(args: &ImportArgs, cfg: &Config, lang: Lang) -> Result<(Vec<Item>, Vec<Out>), Error> {
    let mut docs = Vec::new();
    for file in &args.files {
        let doc = read(file)?;
        for (font, encoding) in &doc.converted {
            errln!("{}", msg!("import.converted", file = file.display(), font, encoding = *encoding).get(lang));
        }
        for target in &doc.linked {
            errln!("{}", msg!("import.linked-image", file = file.display(), target).get(lang));
        }
        let f = fields(&doc);
        docs.push((file, kind(&f), f, doc));
    }
    // Nominations first: a consent sent with one joins its record.
    docs.sort_by_key(|(_, k, ..)| match k {
        FormKind::Nomination => 0,
        FormKind::Consent => 2,
        _ => 1,
    });
    let (mut items, mut outs) = (Vec::new(), Vec::new());
    for (file, k, f, doc) in docs {
        match k {
            FormKind::Nomination => items.push(nomination(cfg, file, f)?),
            FormKind::Consent => {
                if let Some(i) = consent(&args.root, cfg, file, f, &mut items)? {
                    items.push(i);
                }
            }
            _ => items.push(story(cfg, file, &doc, f, k, &mut outs)?),
        }
    }
    for i in items.iter().filter(|i| i.kind != FormKind::Story && i.kind != FormKind::Free) {
        outs.push(Out { rel: i.rel.clone(), bytes: i.text.text.clone().into_bytes() });
    }
    Ok((items, outs))
}

/// Refuses to write over a file (without `--force`), or a story whose slug another
/// year's folder holds.
fn conflicts(args: &ImportArgs, items: &[Item], outs: &[Out]) -> Result<(), Error> {
    let stories = crate::load::find_stories(&args.root).unwrap_or_default();
    for i in items.iter().filter(|i| matches!(i.kind, FormKind::Story | FormKind::Free)) {
        if let Some(other) = stories.iter().find(|s| s.slug == i.slug && s.rel != i.rel) {
            return Err(Error::Misuse(msg!("import.slug-taken", slug = i.slug, rel = other.rel)));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for o in outs {
        if !seen.insert(&o.rel) {
            return Err(Error::Misuse(msg!("import.twice", rel = o.rel)));
        }
        let updated = items.iter().any(|i| i.kind == FormKind::Consent && i.rel == o.rel);
        if !args.force && !updated && args.root.join(&o.rel).exists() {
            return Err(Error::Misuse(msg!("import.exists", rel = o.rel)));
        }
    }
    Ok(())
}

pub(crate) fn run(args: &ImportArgs, lang: Lang) -> Outcome {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let cfg = crate::load::config(&args.root, &mut diags).ok_or_else(|| {
        let lines = |lang| diags.iter().map(|d| d.render(lang)).collect::<Vec<_>>().join("\n");
        Error::Misuse(msg!("forms.config", findings = Text::new(lines(Lang::Vi), lines(Lang::En))))
    })?;
    let (items, outs) = plan(args, &cfg, lang)?;
    conflicts(args, &items, &outs)?;
    if args.dry_run {
        for o in &outs {
            outln!("{}", msg!("import.would-write", rel = o.rel, bytes = o.bytes.len()).get(lang));
        }
        return Ok(Status::Clean);
    }
    write_all(&args.root, &outs).map_err(|(path, e)| Error::write(&path, e))?;
    for o in &outs {
        outln!("{}", msg!("import.written", rel = o.rel).get(lang));
    }
    let findings = super::import_sheet::check(args, &cfg, &items)?;
    for d in &findings {
        errln!("{}", d.render(lang));
    }
    super::import_sheet::sheets(args, &cfg, &items, &outs, &findings, lang)?;
    Ok(if findings.iter().any(Diagnostic::is_error) { Status::Findings } else { Status::Clean })
}

/// A finding of the import itself (not of `check`): a minor's consent without a guardian.
pub(crate) fn own_findings(items: &[Item]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for i in items {
        if get(&i.fields, "consent.minor") == "true" && get(&i.fields, "consent.guardian").is_empty() {
            let line = i.text.keys.iter().find(|(_, k)| k == "consent.given").map_or(1, |(n, _)| *n);
            let name = quote(get(&i.fields, "consent.name"));
            out.push(Diagnostic::error(
                "consent-guardian",
                &i.rel,
                Pos { line, column: 3 },
                msg!("import.guardian", name),
            ));
        }
    }
    out
}
