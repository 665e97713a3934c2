//! `guong report`: the yearly quota report, as HTML, CSV or JSON.

use crate::cli::{ReportArgs, ReportFormat};
use crate::diagnostic::{Lang, Text};
use crate::error::{Error, Outcome, Status};
use crate::project::Project;
use crate::report;

pub fn run(args: &ReportArgs, lang: Lang) -> Outcome {
    let project = Project::load(&args.root)?;
    let Some(cfg) = project.config.as_ref() else {
        for d in &project.diags {
            eprintln!("{}", d.render(lang));
        }
        return Ok(Status::Findings);
    };
    // Errors in stories do not stop a report (it counts what is readable), but are shown.
    let errors = project.diags.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        match lang {
            Lang::Vi => {
                eprintln!("guong: {errors} lỗi trong nội dung; các bài lỗi không được tính (chạy `guong check`).")
            }
            Lang::En => eprintln!(
                "guong: {errors} errors in the content; stories with errors are not counted (run `guong check`)."
            ),
        }
    }
    let as_of = cfg.today();
    let year = args.year.unwrap_or_else(|| report::year_of(as_of));
    let stories: Vec<&crate::model::Story> = project.stories.iter().collect();
    let r = report::compute(cfg, &stories, year, as_of);
    let bytes = match args.format {
        ReportFormat::Json => r.json().into_bytes(),
        ReportFormat::Csv => r.csv(),
        ReportFormat::Html => report::html(&r, &cfg.site.district, &cfg.site.province, None)
            .map_err(|e| {
                Error::Failed(Text::new(
                    format!("không dựng được báo cáo: {e}"),
                    format!("cannot render the report: {e}"),
                ))
            })?
            .into_bytes(),
    };
    match &args.out {
        Some(path) => crate::emit::output::write_file_safely(&args.root, path, &bytes, args.force)?,
        None => {
            use std::io::Write;
            match std::io::stdout().write_all(&bytes) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    return Err(Error::write(std::path::Path::new("stdout"), e));
                }
                _ => {} // a closed pipe (`| head`) is not a failure
            }
        }
    }
    if args.check && r.any_short() {
        for u in &r.short_units {
            eprintln!("{}: {} điển hình, cần thêm {}", u.full_name, u.count, u.needs);
        }
        if !r.district.met {
            eprintln!("Toàn huyện: {} điển hình, cần thêm {}", r.district.total, r.district.short);
        }
        return Ok(Status::Findings);
    }
    Ok(Status::Clean)
}
