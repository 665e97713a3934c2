//! `guong build`: reads the options, runs the build's steps (`site::disk`), prints what
//! they did.

use crate::cli::BuildArgs;
use crate::console::errln;
use crate::diagnostic::{Diagnostic, Lang};
use crate::emit::output;
use crate::error::{Outcome, Status};
use crate::site::disk::{self, Built, Hooks, Request, Summary};
use std::path::Path;
use std::time::Instant;

pub fn run(args: &BuildArgs, lang: Lang) -> Outcome {
    let started = Instant::now();
    let out = args.out.clone().unwrap_or_else(|| args.root.join("public"));
    output::check_out_dir(&args.root, &out, args.force)?;
    // Addresses given on the command line are checked before anything is created.
    for g in &args.base_urls {
        let url = g.split_once('=').filter(|(id, _)| !id.contains('/')).map_or(g.as_str(), |(_, u)| u);
        disk::base_url_ok(g, url)?;
    }
    let req = Request {
        root: &args.root,
        out: out.clone(),
        full: args.full,
        drafts: args.drafts,
        future: args.future,
        outlets: &args.outlets,
        base_urls: &args.base_urls,
        server_root: args.server_root.as_deref(),
    };
    let waiting = |holder: &str| match lang {
        Lang::Vi => errln!("Đang chờ lần dựng khác (tiến trình {holder}) ghi xong vào {}…", out.display()),
        Lang::En => errln!("Waiting for another build (process {holder}) to finish writing {}…", out.display()),
    };
    let findings = |diags: &[Diagnostic]| diags.iter().for_each(|d| errln!("{}", d.render(lang)));
    let ms = || started.elapsed().as_millis();
    match disk::run(&req, &Hooks { waiting: &waiting, findings: &findings })? {
        Built::Unchanged => match lang {
            Lang::Vi => errln!("Không có gì thay đổi từ lần dựng trước: giữ nguyên {} ({} ms)", out.display(), ms()),
            Lang::En => errln!("Nothing changed since the last build: {} kept as it is ({} ms)", out.display(), ms()),
        },
        Built::Stopped => {
            errln!(
                "{}",
                match lang {
                    Lang::Vi => "Không dựng trang vì còn lỗi; trang cũ được giữ nguyên.",
                    Lang::En => "Not built: fix the errors first; the previous output is untouched.",
                }
            );
            return Ok(Status::Findings);
        }
        Built::Failed(errors) => return Ok(failed(&errors, lang)),
        Built::Done(summary) => {
            print_summary(&summary, &out, lang);
            if args.timings {
                print_laps(&summary.laps);
            }
            errln!("{} ms", ms());
        }
    }
    Ok(Status::Clean)
}

/// Photos, then per outlet: stories and files.
fn print_summary(s: &Summary, out: &Path, lang: Lang) {
    let (processed, reused) = (s.processed, s.reused);
    match (lang, s.pruned) {
        (Lang::Vi, Some(pruned)) => {
            errln!("ảnh: {processed} xử lý mới, {reused} dùng lại từ bộ nhớ đệm, {pruned} mục cũ đã xóa")
        }
        (Lang::En, Some(pruned)) => {
            errln!("images: {processed} processed, {reused} reused from the cache, {pruned} stale entries pruned")
        }
        (Lang::Vi, None) => errln!("ảnh: {processed} xử lý mới, {reused} dùng lại từ bộ nhớ đệm"),
        (Lang::En, None) => errln!("images: {processed} processed, {reused} reused from the cache"),
    }
    for (id, stories, files, written) in &s.outlets {
        let to = out.join(id);
        match (lang, files) {
            (Lang::Vi, Some(files)) => {
                errln!("{id}: {stories} bài, {files} tệp ({written} tệp mới hoặc đổi nội dung) → {}", to.display())
            }
            (Lang::En, Some(files)) => {
                errln!("{id}: {stories} stories, {files} files ({written} new or changed) → {}", to.display())
            }
            (Lang::Vi, None) => errln!("{id}: {stories} bài, dựng lại {written} tệp → {}", to.display()),
            (Lang::En, None) => errln!("{id}: {stories} stories, {written} files rebuilt → {}", to.display()),
        }
    }
}

/// `--timings`: each stage's time and share.
fn print_laps(laps: &[(String, std::time::Duration)]) {
    let total: f64 = laps.iter().map(|(_, d)| d.as_secs_f64()).sum();
    for (name, d) in laps {
        errln!("  {:>8.1} ms  {:>5.1}%  {name}", d.as_secs_f64() * 1000.0, 100.0 * d.as_secs_f64() / total.max(1e-9));
    }
}

/// Prints the findings that stopped a build after its checks passed.
fn failed(errors: &[Diagnostic], lang: Lang) -> Status {
    for d in errors {
        errln!("{}", d.render(lang));
    }
    errln!(
        "{}",
        match lang {
            Lang::Vi => "Không dựng được trang; trang cũ được giữ nguyên.",
            Lang::En => "The build failed; the previous output is untouched.",
        }
    );
    Status::Findings
}
