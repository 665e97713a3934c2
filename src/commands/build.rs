//! `guong build`: validate, then build every outlet beside the old output and swap.

use super::{FINDINGS, MISUSE, OK};
use crate::assemble::{self, Selection};
use crate::cli::BuildArgs;
use crate::diagnostic::{Diagnostic, Lang};
use crate::emit::{fingerprint, output, templates, OutletBuild};
use crate::emit::writer::OutletWriter;
use crate::images::ImageSet;
use crate::project::Project;
use std::time::Instant;

pub fn run(args: &BuildArgs) -> i32 {
    let lang: Lang = args.lang.into();
    let started = Instant::now();
    let out = args.out.clone().unwrap_or_else(|| args.root.join("public"));
    if let Err(msg) = output::check_out_dir(&args.root, &out, args.force) {
        eprintln!("guong: {msg}");
        return MISUSE;
    }
    // One build at a time in a folder; a second one waits for the first.
    let _lock = match output::OutputLock::acquire(&out, |holder| match lang {
        Lang::Vi => eprintln!("Đang chờ lần dựng khác (tiến trình {holder}) ghi xong vào {}…", out.display()),
        Lang::En => eprintln!("Waiting for another build (process {holder}) to finish writing {}…", out.display()),
    }) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("guong: {}: {e}", out.display());
            return MISUSE;
        }
    };
    // Nothing changed since the last successful build into this folder: nothing to do.
    let fp = inputs_fingerprint(args);
    if fp.is_some() && fp == fingerprint::stored(&out) && outlets_present(args, &out) {
        match lang {
            Lang::Vi => eprintln!("Không có gì thay đổi từ lần dựng trước: giữ nguyên {} ({} ms)", out.display(), started.elapsed().as_millis()),
            Lang::En => eprintln!("Nothing changed since the last build: {} kept as it is ({} ms)", out.display(), started.elapsed().as_millis()),
        }
        return OK;
    }
    let mut timings = Timings::new();
    let project = match Project::load(&args.root) {
        Ok(p) => p,
        Err(f) => {
            eprintln!("guong: {}", f.0);
            return MISUSE;
        }
    };
    timings.lap("đọc và kiểm tra / load and check");
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
    timings.lap("ảnh / photos");
    let published = assemble::publish(cfg, chosen, &images);
    timings.lap("Markdown");

    let staging = match output::Staging::new(&out) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("guong: {}: {e}", out.display());
            return MISUSE;
        }
    };
    let mut errors: Vec<Diagnostic> = Vec::new();
    let mut summary = Vec::new();
    let mut writers = Vec::new();
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
        let w = OutletWriter::new(&out, dir.clone(), &o.id);
        match build.run(&args.root, &w).and_then(|n| {
            images.install(&args.root, &dir).map(|k| n + k).map_err(|e| vec![io_error(&e)])
        }) {
            Ok(n) => {
                let extra = match report_pages(cfg, &project.stories, &o.id, &w, today) {
                    Ok(k) => k,
                    Err(e) => {
                        errors.push(e);
                        0
                    }
                };
                summary.push((o.id.as_str(), plan.stories.len(), n + extra, w.written.load(std::sync::atomic::Ordering::Relaxed)));
                writers.push((o.id.clone(), w));
            }
            Err(mut e) => errors.append(&mut e),
        }
        timings.lap_owned(format!("dựng / build {}", o.id));
    }
    if !errors.is_empty() {
        staging.abandon();
        for d in &errors {
            eprintln!("{}", d.render(lang));
        }
        return FINDINGS;
    }
    let ids: Vec<&str> = outlets.iter().map(|o| o.id.as_str()).collect();
    output::failpoint("before-swap");
    if let Err(e) = swap(&out, staging, &ids, &writers) {
        eprintln!("guong: {}: {e}", out.display());
        return FINDINGS;
    }
    if let Some(fp) = fp {
        let _ = fingerprint::store(&out, fp);
    }
    timings.lap("thay thư mục cũ / swap the output");
    // Only a full build knows every photo in use; a partial one leaves the cache alone.
    let pruned = if args.outlets.is_empty() && !args.drafts && !args.future { images.prune(&args.root) } else { 0 };
    match lang {
        Lang::Vi => eprintln!("ảnh: {} xử lý mới, {} dùng lại từ bộ nhớ đệm, {pruned} mục cũ đã xóa", images.processed, images.reused),
        Lang::En => eprintln!("images: {} processed, {} reused from the cache, {pruned} stale entries pruned", images.processed, images.reused),
    }
    for (id, stories, files, written) in summary {
        match lang {
            Lang::Vi => eprintln!("{id}: {stories} bài, {files} tệp ({written} tệp mới hoặc đổi nội dung) → {}", out.join(id).display()),
            Lang::En => eprintln!("{id}: {stories} stories, {files} files ({written} new or changed) → {}", out.join(id).display()),
        }
    }
    if args.timings {
        timings.print();
    }
    eprintln!("{} ms", started.elapsed().as_millis());
    OK
}

/// Puts the built outlets in place. What the output held is forgotten first, and each
/// outlet's record is written in the same step as its swap: a build killed anywhere in
/// between leaves records that are true or absent, never stale.
fn swap(out: &std::path::Path, staging: output::Staging, ids: &[&str], writers: &[(String, OutletWriter)]) -> std::io::Result<()> {
    fingerprint::forget(out)?;
    for id in ids {
        OutletWriter::forget_manifest(out, id)?;
    }
    staging.commit(ids, |id| match writers.iter().find(|(w, _)| w == id) {
        Some((_, w)) => w.save_manifest(out, id),
        None => Ok(()),
    })
}

/// How long each stage took (`--timings`).
struct Timings {
    last: Instant,
    laps: Vec<(String, std::time::Duration)>,
}

impl Timings {
    fn new() -> Timings {
        Timings { last: Instant::now(), laps: Vec::new() }
    }
    fn lap(&mut self, name: &str) {
        self.lap_owned(name.to_owned());
    }
    fn lap_owned(&mut self, name: String) {
        let now = Instant::now();
        self.laps.push((name, now - self.last));
        self.last = now;
    }
    fn print(&self) {
        let total: f64 = self.laps.iter().map(|(_, d)| d.as_secs_f64()).sum();
        for (name, d) in &self.laps {
            eprintln!("  {:>8.1} ms  {:>5.1}%  {name}", d.as_secs_f64() * 1000.0, 100.0 * d.as_secs_f64() / total.max(1e-9));
        }
    }
}

/// The quota report as unlisted pages, when `site.yaml` asks for it: `<path>/` for this
/// year and `<path>/<year>/` for each year of the plan.
fn report_pages(cfg: &crate::model::Config, stories: &[crate::model::Story], outlet: &str, w: &OutletWriter, today: chrono::NaiveDate) -> Result<usize, Diagnostic> {
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
    let base = rp.path.trim_matches('/').to_owned();
    let years = report::plan_years(cfg, stories, this_year);
    // The folder's own page: this year's report, or the plan's latest year before it.
    let index_year = years.iter().copied().filter(|y| *y <= this_year).max().or(years.first().copied());
    let mut n = 0;
    for year in years {
        let r = report::compute(cfg, stories, year, today);
        let html = report::html(&r, &cfg.site.district, &cfg.site.province).map_err(fail)?;
        w.put(&format!("{base}/{year}/index.html"), html.as_bytes()).map_err(|e| fail(e.to_string()))?;
        n += 1;
        if Some(year) == index_year {
            w.put(&format!("{base}/index.html"), html.as_bytes()).map_err(|e| fail(e.to_string()))?;
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

/// The options and the day (a scheduled story appears on its date) with the inputs.
fn inputs_fingerprint(args: &BuildArgs) -> Option<u128> {
    let site = std::fs::read_to_string(args.root.join(crate::model::config::SITE)).ok()?;
    let offset: i32 = crate::yaml::parse_value(&site)
        .ok()
        .and_then(|v| v.get("utc_offset").and_then(|o| o.as_str().map(str::to_owned)))
        .and_then(|o| {
            let (h, m) = o.trim_start_matches(['+', '-']).split_once(':')?;
            let secs = h.parse::<i32>().ok()? * 3600 + m.parse::<i32>().ok()? * 60;
            Some(if o.starts_with('-') { -secs } else { secs })
        })
        .unwrap_or(7 * 3600);
    let today = (chrono::Utc::now() + chrono::Duration::seconds(i64::from(offset))).date_naive();
    let mut outlets = args.outlets.clone();
    outlets.sort();
    let options = format!("drafts={} future={} outlets={} today={today}", args.drafts, args.future, outlets.join(","));
    fingerprint::compute(&args.root, &options)
}

/// Whether every outlet the build would write is in `out` (someone may have removed one).
fn outlets_present(args: &BuildArgs, out: &std::path::Path) -> bool {
    let ids: Vec<String> = if args.outlets.is_empty() {
        let Ok(site) = std::fs::read_to_string(args.root.join(crate::model::config::SITE)) else { return false };
        let Ok(v) = crate::yaml::parse_value(&site) else { return false };
        v.get("outlets")
            .and_then(|o| o.as_sequence())
            .map(|seq| seq.iter().filter_map(|o| o.get("id").and_then(|i| i.as_str()).map(str::to_owned)).collect())
            .unwrap_or_default()
    } else {
        args.outlets.clone()
    };
    !ids.is_empty() && ids.iter().all(|o| out.join(o).join("index.html").is_file())
}
