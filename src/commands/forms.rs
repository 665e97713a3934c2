//! `guong forms`: the three Word forms (a story, a nomination, the consent), generated
//! from the configuration, written to `--out` (never over a file without `--force`).

use crate::cli::FormsArgs;
use crate::console::outln;
use crate::diagnostic::{Diagnostic, Lang, Text, msg};
use crate::error::{Error, Outcome, Status};
use crate::report::forms::{Scope, forms};
use crate::suggest::did_you_mean;

pub(crate) fn run(args: &FormsArgs, lang: Lang) -> Outcome {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let cfg = crate::load::config(&args.root, &mut diags).ok_or_else(|| {
        let lines = |lang| diags.iter().map(|d| d.render(lang)).collect::<Vec<_>>().join("\n");
        Error::Misuse(msg!("forms.config", findings = Text::new(lines(Lang::Vi), lines(Lang::En))))
    })?;
    let unit = match &args.unit {
        None => None,
        Some(id) => Some(cfg.registry.resolve(id).ok_or_else(|| {
            let hint = did_you_mean(id, cfg.registry.names());
            Error::Misuse(msg!(
                "forms.unknown-unit",
                unit = id,
                hint = hint.map(|s| msg!("common.did-you-mean-tail", id = s)).unwrap_or_default()
            ))
        })?),
    };
    let date = match &args.date {
        Some(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map_err(|_| Error::Misuse(msg!("forms.invalid-date", date = d)))?,
        None => cfg.today(),
    };
    let files = forms(&Scope { cfg: &cfg, date, unit }).map_err(|e| Error::Failed(msg!("forms.zip", error = e)))?;
    if !args.force
        && let Some((name, _)) = files.iter().find(|(name, _)| args.out.join(name).exists())
    {
        return Err(Error::Misuse(msg!("forms.exists", file = args.out.join(name).display())));
    }
    std::fs::create_dir_all(&args.out).map_err(|e| Error::write(&args.out, e))?;
    for (name, bytes) in &files {
        let path = args.out.join(name);
        crate::kept::replace(&path, bytes).map_err(|e| Error::write(&path, e))?;
        outln!("{}", msg!("forms.written", file = path.display()).get(lang));
    }
    Ok(Status::Clean)
}
