//! `guong build`: reads the options, runs the build's steps (`site::disk`), prints what
//! they did.

use crate::cli::BuildArgs;
use crate::console::errln;
use crate::diagnostic::{Diagnostic, Lang, msg};
use crate::emit::output;
use crate::error::{Outcome, Status};
use crate::site::disk::{self, Built, Hooks, Request, Summary};
use std::path::Path;
use std::time::Instant;

pub(crate) fn run(args: &BuildArgs, lang: Lang) -> Outcome {
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
    let waiting = |holder: &str| errln!("{}", msg!("build.waiting", holder, folder = out.display()).get(lang));
    let findings = |diags: &[Diagnostic]| diags.iter().for_each(|d| errln!("{}", d.render(lang)));
    let ms = || started.elapsed().as_millis();
    match disk::run(&req, &Hooks { waiting: &waiting, findings: &findings })? {
        Built::Unchanged => errln!("{}", msg!("build.unchanged", folder = out.display(), ms = ms()).get(lang)),
        Built::Stopped => {
            errln!("{}", msg!("build.not-built").get(lang));
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
    match s.pruned {
        Some(pruned) => errln!("{}", msg!("build.images", processed, reused, pruned).get(lang)),
        None => errln!("{}", msg!("build.images-incremental", processed, reused).get(lang)),
    }
    for (id, stories, files, written) in &s.outlets {
        let folder = out.join(id);
        let folder = folder.display();
        match files {
            Some(files) => errln!("{}", msg!("build.outlet", id, stories, files, written, folder).get(lang)),
            None => errln!("{}", msg!("build.outlet-incremental", id, stories, files = written, folder).get(lang)),
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
    errln!("{}", msg!("build.failed").get(lang));
    Status::Findings
}
