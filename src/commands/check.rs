//! `guong check`: every finding of every file, in one run.

use crate::cli::{CheckArgs, Format};
use crate::console::errln;
use crate::diagnostic::{self, Diagnostic, Lang, Text, msg};
use crate::error::{Error, Outcome, Status};
use crate::project::Project;
use std::collections::HashSet;
use std::io::{Read, Write};
use std::time::Instant;

pub(crate) fn run(args: &CheckArgs, lang: Lang) -> Outcome {
    let started = Instant::now();
    let (project, mut diags, files) = match &args.as_path {
        Some(rel) => draft(args, rel)?,
        None => {
            let project = Project::load(&args.root)?;
            let only = selected(args)?;
            let diags: Vec<Diagnostic> = project
                .diags
                .iter()
                .filter(|d| {
                    only.as_ref().is_none_or(|set| set.contains(&d.path) || !d.path.starts_with("content/stories/"))
                })
                .cloned()
                .collect();
            let files = only.as_ref().map_or(project.files, HashSet::len);
            (project, diags, files)
        }
    };
    if args.strict {
        diagnostic::escalate(&mut diags);
    }
    let reused = project.reused;
    // A closed pipe (`guong check | head -1`) is not a failure: the reader has what it
    // wanted, and the exit code still tells the run's result.
    let mut stdout = std::io::stdout().lock();
    let printed = match args.format {
        Format::Json => writeln!(stdout, "{}", diagnostic::to_json(&diags, files, lang)),
        Format::Human => diags.iter().try_for_each(|d| writeln!(stdout, "{}", d.render(lang))),
    };
    if let Err(e) = printed.and_then(|()| stdout.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        return Err(Error::write(std::path::Path::new("stdout"), e));
    }
    if args.format == Format::Human {
        let (e, w) = diagnostic::count(&diags);
        let ms = started.elapsed().as_millis();
        let from_cache = if reused == 0 { Text::default() } else { msg!("check.from-cache", reused) };
        errln!("{}", msg!("check.summary", files, ms, from_cache, errors = e, warnings = w).get(lang));
    }
    Ok(if diags.iter().any(Diagnostic::is_error) || project.config.is_none() {
        Status::Findings
    } else {
        Status::Clean
    })
}

/// `--stdin --as PATH`: the draft read from stdin, checked as the story file PATH (the
/// site's configuration and its findings included), with nothing written.
fn draft(args: &CheckArgs, rel: &str) -> Result<(Project, Vec<Diagnostic>, usize), Error> {
    let rel = rel.trim_start_matches("./");
    if !crate::project::is_story_path(rel) {
        return Err(Error::Misuse(msg!("check.as-path", path = rel)));
    }
    let mut bytes = Vec::new();
    let limit = crate::project::DRAFT_LIMIT as u64;
    std::io::stdin()
        .lock()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Unreadable { path: "stdin".into(), source })?;
    if bytes.len() as u64 > limit {
        return Err(Error::Misuse(msg!("check.stdin-too-large", limit)));
    }
    let text = String::from_utf8_lossy(&bytes);
    let project = Project::load_read_only(&args.root)?;
    let mut diags = project.check_draft(rel, &text);
    // The configuration's own findings still count: a draft is never clean on a broken site.
    diags.extend(project.diags.iter().filter(|d| !d.path.starts_with("content/stories/")).cloned());
    diagnostic::sort(&mut diags);
    Ok((project, diags, 1))
}

/// The story files named on the command line, as site-relative paths.
fn selected(args: &CheckArgs) -> Result<Option<HashSet<String>>, Error> {
    if args.paths.is_empty() {
        return Ok(None);
    }
    fn unreadable(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
        move |source| Error::Unreadable { path: path.to_owned(), source }
    }
    let root = args.root.canonicalize().map_err(unreadable(&args.root))?;
    let mut set = HashSet::new();
    for p in &args.paths {
        let abs = p.canonicalize().map_err(unreadable(p))?;
        if !abs.starts_with(&root) {
            return Err(Error::Misuse(msg!("check.outside", file = p.display(), root = root.display())));
        }
        set.insert(crate::load::rel_path(&root, &abs));
    }
    Ok(Some(set))
}
