//! `guong build`: validate, then build every outlet beside the old output and swap.

use super::{FINDINGS, MISUSE, OK};
use crate::assemble::{self, Selection};
use crate::cli::BuildArgs;
use crate::diagnostic::{Diagnostic, Lang};
use crate::emit::{output, templates, OutletBuild};
use crate::images::ImageSet;
use crate::project::Project;
use std::time::Instant;

pub fn run(args: &BuildArgs) -> i32 {
    let lang: Lang = args.lang.into();
    let started = Instant::now();
    let project = match Project::load(&args.root) {
        Ok(p) => p,
        Err(f) => {
            eprintln!("guong: {}", f.0);
            return MISUSE;
        }
    };
    for d in &project.diags {
        eprintln!("{}", d.render(lang));
    }
    let Some(cfg) = project.config.as_ref().filter(|_| !project.has_errors()) else {
        eprintln!("{}", match lang {
            Lang::Vi => "Không dựng trang vì còn lỗi; trang cũ được giữ nguyên.",
            Lang::En => "Not built: fix the errors first; the previous output is untouched.",
        });
        return FINDINGS;
    };
    let outlets: Vec<_> = if args.outlets.is_empty() {
        cfg.site.outlets.iter().collect()
    } else {
        let mut chosen = Vec::new();
        for id in &args.outlets {
            match cfg.site.outlet(id) {
                Some(o) => chosen.push(o),
                None => {
                    let known: Vec<&str> = cfg.site.outlets.iter().map(|o| o.id.as_str()).collect();
                    eprintln!("guong: không có kênh `{id}` / no outlet `{id}` ({})", known.join(", "));
                    return MISUSE;
                }
            }
        }
        chosen
    };
    let out = args.out.clone().unwrap_or_else(|| args.root.join("public"));
    if let Err(msg) = output::check_out_dir(&args.root, &out) {
        eprintln!("guong: {msg}");
        return MISUSE;
    }
    let today = super::new::today(cfg);
    let sel = Selection { drafts: args.drafts, future: args.future, today };
    let chosen = assemble::select(&project.stories, &sel);
    let images = match ImageSet::build(&args.root, &cfg.site.images, &assemble::photos(&chosen)) {
        Ok(set) => set,
        Err(errors) => {
            for (rel, e) in errors {
                eprintln!("content/{rel}:1:1: error[invalid-image]: {e:?}");
            }
            return FINDINGS;
        }
    };
    let published = assemble::publish(cfg, chosen, &images);

    let staging = match output::Staging::new(&out) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("guong: {}: {e}", out.display());
            return MISUSE;
        }
    };
    let mut errors: Vec<Diagnostic> = Vec::new();
    let mut summary = Vec::new();
    for o in &outlets {
        let tera = match templates::load(&args.root, &o.theme) {
            Ok(t) => t,
            Err(d) => {
                errors.push(d);
                continue;
            }
        };
        let plan = assemble::plan(cfg, o, &published);
        let build = OutletBuild { cfg, published: &published, plan: &plan, tera: &tera, today };
        let dir = staging.outlet_dir(&o.id);
        match build.run(&args.root, &dir).and_then(|n| {
            images.install(&args.root, &dir).map(|k| n + k).map_err(|e| vec![io_error(&e)])
        }) {
            Ok(n) => {
                let extra = match report_pages(cfg, &project.stories, &o.id, &dir, today) {
                    Ok(k) => k,
                    Err(e) => {
                        errors.push(e);
                        0
                    }
                };
                summary.push((o.id.as_str(), plan.stories.len(), n + extra));
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    if !errors.is_empty() {
        staging.abandon();
        for d in &errors {
            eprintln!("{}", d.render(lang));
        }
        return FINDINGS;
    }
    let ids: Vec<&str> = outlets.iter().map(|o| o.id.as_str()).collect();
    if let Err(e) = staging.commit(&ids) {
        eprintln!("guong: {}: {e}", out.display());
        return FINDINGS;
    }
    // Only a full build knows every photo in use; a partial one leaves the cache alone.
    let pruned = if args.outlets.is_empty() && !args.drafts && !args.future { images.prune(&args.root) } else { 0 };
    match lang {
        Lang::Vi => eprintln!("ảnh: {} xử lý mới, {} dùng lại từ bộ nhớ đệm, {pruned} mục cũ đã xóa", images.processed, images.reused),
        Lang::En => eprintln!("images: {} processed, {} reused from the cache, {pruned} stale entries pruned", images.processed, images.reused),
    }
    for (id, stories, files) in summary {
        match lang {
            Lang::Vi => eprintln!("{id}: {stories} bài, {files} tệp → {}", out.join(id).display()),
            Lang::En => eprintln!("{id}: {stories} stories, {files} files → {}", out.join(id).display()),
        }
    }
    eprintln!("{} ms", started.elapsed().as_millis());
    OK
}

/// The quota report as unlisted pages, when `site.yaml` asks for it: `<path>/` for this
/// year and `<path>/<year>/` for each year of the plan.
fn report_pages(cfg: &crate::model::Config, stories: &[crate::model::Story], outlet: &str, dir: &std::path::Path, today: chrono::NaiveDate) -> Result<usize, Diagnostic> {
    use crate::report;
    let Some(rp) = &cfg.site.report_page else { return Ok(0) };
    if !rp.outlets.is_empty() && !rp.outlets.iter().any(|o| o == outlet) {
        return Ok(0);
    }
    let fail = |e: String| {
        Diagnostic::error(
            "template-error",
            "src/report/report.html",
            crate::diagnostic::Pos::START,
            crate::diagnostic::Text::new(format!("không dựng được báo cáo: {e}"), format!("cannot render the report: {e}")),
        )
    };
    let this_year = report::year_of(today);
    let base = dir.join(rp.path.trim_matches('/'));
    let years = report::plan_years(cfg, stories, this_year);
    // The folder's own page: this year's report, or the plan's latest year before it.
    let index_year = years.iter().copied().filter(|y| *y <= this_year).max().or(years.first().copied());
    let mut n = 0;
    for year in years {
        let r = report::compute(cfg, stories, year, today);
        let html = report::html(&r, &cfg.site.district, &cfg.site.province).map_err(fail)?;
        let page = base.join(year.to_string()).join("index.html");
        output::write(&page, html.as_bytes()).map_err(|e| fail(e.to_string()))?;
        n += 1;
        if Some(year) == index_year {
            output::write(&base.join("index.html"), html.as_bytes()).map_err(|e| fail(e.to_string()))?;
            n += 1;
        }
    }
    Ok(n)
}

fn io_error(e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "io-error",
        "public",
        crate::diagnostic::Pos::START,
        crate::diagnostic::Text::new(format!("không ghi được ảnh: {e}"), format!("cannot write the photos: {e}")),
    )
}
