//! `guong cms`: writes the editors' admin (Decap CMS) from the configuration: its
//! configuration, its page, the script that checks drafts through `guong serve`, and
//! the CMS itself copied from the npm package `decap-cms` (no CDN). Regenerated, never
//! edited: `check` warns when the configuration changed since.

use crate::cli::CmsArgs;
use crate::console::{errln, outln};
use crate::diagnostic::{Diagnostic, Lang, Text, msg};
use crate::emit::cms;
use crate::error::{Error, Outcome, Status};
use std::path::{Path, PathBuf};

pub(crate) fn run(args: &CmsArgs, lang: Lang) -> Outcome {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let cfg = crate::load::config(&args.root, &mut diags).ok_or_else(|| {
        let lines = |lang| diags.iter().map(|d| d.render(lang)).collect::<Vec<_>>().join("\n");
        Error::Misuse(msg!("forms.config", findings = Text::new(lines(Lang::Vi), lines(Lang::En))))
    })?;
    let out = args.out.clone().unwrap_or_else(|| args.root.join(cms::ADMIN_DIR));
    std::fs::create_dir_all(&out).map_err(|e| Error::write(&out, e))?;
    let backend =
        cms::Backend::from_options(args.gitea.as_deref(), args.repo.as_deref(), &args.branch).map_err(Error::Misuse)?;
    let config = cms::config_yaml(&cfg, &backend);
    let files: [(&str, &[u8]); 3] = [
        (cms::CONFIG_FILE, config.as_bytes()),
        ("index.html", cms::INDEX_HTML.as_bytes()),
        ("guong-cms.js", cms::CHECK_JS.as_bytes()),
    ];
    for (name, bytes) in files {
        let path = out.join(name);
        crate::kept::replace(&path, bytes).map_err(|e| Error::write(&path, e))?;
        outln!("{}", msg!("cms.written", file = path.display()).get(lang));
    }
    let dist = args.decap.clone().unwrap_or_else(|| args.root.join("node_modules/decap-cms/dist"));
    match copy_decap(&dist, &out)? {
        0 => errln!("{}", msg!("cms.no-decap", dist = dist.display()).get(lang)),
        n => outln!("{}", msg!("cms.decap-copied", files = n, dist = dist.display()).get(lang)),
    }
    Ok(Status::Clean)
}

/// Copies the CMS's script and its chunks (`*decap-cms.js`, loaded from beside it) from
/// the package's `dist` folder; how many were copied (none when there is no package).
fn copy_decap(dist: &Path, out: &Path) -> Result<usize, Error> {
    let Ok(entries) = std::fs::read_dir(dist) else { return Ok(0) };
    let mut names: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with("decap-cms.js")))
        .collect();
    names.sort();
    for from in &names {
        let to = out.join(from.file_name().unwrap_or_default());
        std::fs::copy(from, &to).map_err(|e| Error::write(&to, e))?;
    }
    Ok(names.len())
}
