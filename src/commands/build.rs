//! `guong build`: validate, then build every outlet beside the old output and swap.

use super::{FINDINGS, MISUSE, OK};
use crate::assemble::{self, Selection};
use crate::cli::BuildArgs;
use crate::diagnostic::{Diagnostic, Lang};
use crate::emit::{output, templates, OutletBuild};
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
    let published = assemble::publish(cfg, &project.stories, &sel);

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
        match build.run(&args.root, &staging.outlet_dir(&o.id)) {
            Ok(n) => summary.push((o.id.as_str(), plan.stories.len(), n)),
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
    for (id, stories, files) in summary {
        match lang {
            Lang::Vi => eprintln!("{id}: {stories} bài, {files} tệp → {}", out.join(id).display()),
            Lang::En => eprintln!("{id}: {stories} stories, {files} files → {}", out.join(id).display()),
        }
    }
    eprintln!("{} ms", started.elapsed().as_millis());
    OK
}
