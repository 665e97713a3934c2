//! guong: a static site generator for exemplar publicity.
//!
//! The pipeline, lowest layer first: `model` (typed configuration and stories) ←
//! `load` (files, front matter) ← `validate` (the plan's criteria) ← `render`
//! (Markdown) ← `assemble` (columns, units, pages, feeds) ← `emit` (templates, feeds,
//! the writer) ← `site` (one build, shared by `build` and `serve`) ← `commands` and
//! `serve`. Helpers every layer uses: `text`, `diagnostic`, `yaml`, `suggest`, `error`.
//! `tests/integration/architecture.rs` checks that imports only run down this order.
//!
//! Everything is private to the crate but `main` and what the fuzz targets drive.

mod assemble;
mod audio;
mod cli;
mod commands;
mod console;
mod diagnostic;
mod emit;
mod error;
mod images;
mod kept;
mod load;
mod model;
mod project;
mod render;
mod report;
mod serve;
mod site;
mod suggest;
mod text;
mod validate;
mod yaml;

use clap::Parser;
pub use emit::templates::watch::Counting;
use std::io::Write;
use std::process::ExitCode;

/// Stack of the threads that render pages: deep enough for any template guong accepts
/// (recursive ones are refused before rendering).
const RENDER_STACK_BYTES: usize = 16 * 1024 * 1024;

/// The command line: each command's outcome, mapped to the exit code in one place.
pub fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let lang: diagnostic::Lang = cli.lang.into();
    emit::templates::watch::set_english(lang == diagnostic::Lang::En);
    // Only fails if a pool was already built, and then that one is used.
    let _ = rayon::ThreadPoolBuilder::new().stack_size(RENDER_STACK_BYTES).build_global();
    let outcome = match &cli.command {
        cli::Command::Check(a) => commands::check::run(a, lang),
        cli::Command::Build(a) => commands::build::run(a, lang),
        cli::Command::New(a) => commands::new::run(a, lang),
        cli::Command::Report(a) => commands::report::run(a, lang),
        cli::Command::Review(a) => commands::review::run(a, lang),
        cli::Command::Plan(a) => commands::plan::run(a, lang),
        cli::Command::Serve(a) => serve::run(a, lang),
        cli::Command::Publish(a) => commands::publish::run(a, lang),
        cli::Command::Forms(a) => commands::forms::run(a, lang),
        cli::Command::Import(a) => commands::import::run(a, lang),
        cli::Command::Cms(a) => commands::cms::run(a, lang),
    };
    if let Err(e) = &outcome {
        // Standard error may be closed too; there is nothing left to tell then.
        let _ = writeln!(std::io::stderr(), "guong: {}", e.render(lang));
    }
    ExitCode::from(error::exit_code(&outcome))
}

/// What the fuzz targets (`fuzz/`) drive: each stage on bytes, and a whole build.
pub mod fuzz {
    pub use crate::load::frontmatter::split;
    pub use crate::load::source::decode;
    pub use crate::load::{StoryFile, config, parse_bytes};
    pub use crate::model::Config;
    pub use crate::project::Project;
    pub use crate::render::{Policy, render_with};
    pub use crate::validate::{TextRules, story};

    /// `guong build --drafts --future --root ROOT --out OUT`: the exit code.
    pub fn build(root: &std::path::Path, out: &std::path::Path) -> u8 {
        let args = crate::cli::BuildArgs {
            root: root.to_owned(),
            out: Some(out.to_owned()),
            outlets: Vec::new(),
            drafts: true,
            future: true,
            timings: false,
            force: false,
            server_root: None,
            base_urls: Vec::new(),
            full: false,
        };
        crate::error::exit_code(&crate::commands::build::run(&args, crate::diagnostic::Lang::Vi))
    }
}
