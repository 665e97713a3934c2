//! `guong report`: the yearly quota report, as HTML, CSV or JSON.

use super::{FINDINGS, MISUSE, OK};
use crate::cli::{ReportArgs, ReportFormat};
use crate::project::Project;
use crate::report;

pub fn run(args: &ReportArgs) -> i32 {
    let project = match Project::load(&args.root) {
        Ok(p) => p,
        Err(f) => {
            eprintln!("guong: {}", f.0);
            return MISUSE;
        }
    };
    let Some(cfg) = project.config.as_ref() else {
        for d in &project.diags {
            eprintln!("{}", d.render(Default::default()));
        }
        return FINDINGS;
    };
    // Errors in stories do not stop a report (it counts what is readable), but are shown.
    let errors: Vec<_> = project.diags.iter().filter(|d| d.is_error()).collect();
    if !errors.is_empty() {
        eprintln!("guong: {} lỗi trong nội dung; các bài lỗi không được tính (chạy `guong check`).", errors.len());
    }
    let as_of = super::new::today(cfg);
    let year = args.year.unwrap_or_else(|| report::year_of(as_of));
    let r = report::compute(cfg, &project.stories, year, as_of);
    let bytes = match args.format {
        ReportFormat::Json => r.json().into_bytes(),
        ReportFormat::Csv => r.csv(),
        ReportFormat::Html => match report::html(&r, &cfg.site.district, &cfg.site.province) {
            Ok(h) => h.into_bytes(),
            Err(e) => {
                eprintln!("guong: {e}");
                return FINDINGS;
            }
        },
    };
    let written = match &args.out {
        Some(path) => crate::emit::output::write_file_safely(&args.root, path, &bytes, args.force),
        None => {
            use std::io::Write;
            match std::io::stdout().write_all(&bytes) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
                _ => Ok(()), // a closed pipe (`| head`) is not a failure
            }
        }
    };
    if let Err(e) = written {
        eprintln!("guong: {e}");
        return MISUSE;
    }
    if args.check && r.any_short() {
        for u in &r.short_units {
            eprintln!("{}: {} điển hình, cần thêm {}", u.full_name, u.count, u.needs);
        }
        if !r.district.met {
            eprintln!("Toàn huyện: {} điển hình, cần thêm {}", r.district.total, r.district.short);
        }
        return FINDINGS;
    }
    OK
}
