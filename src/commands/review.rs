//! `guong review`: the workflow's queues, as text or JSON.

use crate::cli::{Format, ReviewArgs};
use crate::console::{errln, out, outln};
use crate::diagnostic::Lang;
use crate::diagnostic::msg;
use crate::error::{Error, Outcome, Status};
use crate::project::Project;

pub(crate) fn run(args: &ReviewArgs, lang: Lang) -> Outcome {
    let project = Project::load(&args.root)?;
    let Some(cfg) = project.config.as_ref() else {
        for d in &project.diags {
            errln!("{}", d.render(lang));
        }
        return Ok(Status::Findings);
    };
    if let Some(u) = &args.unit
        && cfg.registry.resolve(u).is_none()
    {
        return Err(Error::Misuse(msg!("review.unknown-unit", unit = u)));
    }
    let errors = project.diags.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        errln!("{}", msg!("review.errors", errors).get(lang));
    }
    let stories: Vec<&crate::model::Story> = project.stories();
    let unit = args.unit.as_deref().and_then(|u| cfg.registry.resolve(u)).map(|u| u.id.as_str());
    let r = crate::report::review::compute(cfg, &stories, cfg.today(), unit);
    match args.format {
        Format::Json => outln!("{}", r.json()),
        Format::Human => out!("{}", r.text(lang == Lang::En)),
    }
    Ok(Status::Clean)
}
