//! `guong plan`: the coming holidays and anniversaries, with the stories for each.

use crate::cli::{Format, PlanArgs};
use crate::console::{errln, out, outln};
use crate::diagnostic::Lang;
use crate::error::{Error, Outcome, Status};
use crate::project::Project;

pub fn run(args: &PlanArgs, lang: Lang) -> Outcome {
    let project = Project::load(&args.root)?;
    let Some(cfg) = project.config.as_ref() else {
        for d in &project.diags {
            errln!("{}", d.render(lang));
        }
        return Ok(Status::Findings);
    };
    for o in &args.outlets {
        if cfg.site.outlet(o).is_none() {
            return Err(Error::misuse(
                format!("không có kênh `{o}` trong site.yaml"),
                format!("there is no outlet `{o}` in site.yaml"),
            ));
        }
    }
    if cfg.calendar.is_empty() {
        return Err(Error::misuse(
            "chưa có lịch ngày lễ, kỷ niệm: tạo content/calendar.yaml (xem README, mục Lịch)",
            "no calendar yet: write content/calendar.yaml (see the README)",
        ));
    }
    let from = match &args.from {
        None => cfg.today(),
        Some(d) => {
            let years = crate::validate::limits::PLAN_YEARS;
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .ok()
                .filter(|d| years.contains(&chrono::Datelike::year(d)))
                .ok_or_else(|| {
                    Error::misuse(
                        format!(
                            "ngày `{d}` không hợp lệ (dạng 2026-11-26, năm từ {} đến {})",
                            years.start(),
                            years.end()
                        ),
                        format!(
                            "`{d}` is not a valid date (write 2026-11-26, a year from {} to {})",
                            years.start(),
                            years.end()
                        ),
                    )
                })?
        }
    };
    let stories: Vec<&crate::model::Story> = project.stories.iter().collect();
    let plan = crate::report::plan::compute(cfg, &stories, from, args.next, &args.outlets);
    match args.format {
        Format::Json => outln!("{}", plan.json()),
        Format::Human => out!("{}", plan.text()),
    }
    Ok(Status::Clean)
}
