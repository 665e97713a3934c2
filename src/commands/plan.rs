//! `guong plan`: the coming holidays and anniversaries, with the stories for each.

use crate::cli::{Format, PlanArgs};
use crate::console::{errln, out, outln};
use crate::diagnostic::Lang;
use crate::diagnostic::msg;
use crate::error::{Error, Outcome, Status};
use crate::project::Project;

pub(crate) fn run(args: &PlanArgs, lang: Lang) -> Outcome {
    let project = Project::load(&args.root)?;
    let Some(cfg) = project.config.as_ref() else {
        for d in &project.diags {
            errln!("{}", d.render(lang));
        }
        return Ok(Status::Findings);
    };
    for o in &args.outlets {
        if cfg.site.outlet(o).is_none() {
            return Err(Error::Misuse(msg!("plan.unknown-outlet", outlet = o)));
        }
    }
    if cfg.calendar.is_empty() {
        return Err(Error::Misuse(msg!("plan.no-calendar")));
    }
    let from = match &args.from {
        None => cfg.today(),
        Some(d) => {
            let years = crate::validate::limits::PLAN_YEARS;
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .ok()
                .filter(|d| years.contains(&chrono::Datelike::year(d)))
                .ok_or_else(|| {
                    Error::Misuse(msg!("plan.invalid-date", date = d, start = years.start(), end = years.end()))
                })?
        }
    };
    let stories: Vec<&crate::model::Story> = project.stories();
    let plan = crate::report::plan::compute(cfg, &stories, from, args.next, &args.outlets);
    match args.format {
        Format::Json => outln!("{}", plan.json()),
        Format::Human => out!("{}", plan.text()),
    }
    Ok(Status::Clean)
}
