use clap::Parser;
use guong::cli::{Cli, Command};
use guong::commands;
use guong::diagnostic::Lang;
use std::io::Write;
use std::process::ExitCode;

/// Stack of the threads that render pages: deep enough for any template guong accepts
/// (recursive ones are refused before rendering).
const RENDER_STACK_BYTES: usize = 16 * 1024 * 1024;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang: Lang = cli.lang.into();
    // Only fails if a pool was already built, and then that one is used.
    let _ = rayon::ThreadPoolBuilder::new().stack_size(RENDER_STACK_BYTES).build_global();
    let outcome = match &cli.command {
        Command::Check(a) => commands::check::run(a, lang),
        Command::Build(a) => commands::build::run(a, lang),
        Command::New(a) => commands::new::run(a, lang),
        Command::Report(a) => commands::report::run(a, lang),
        Command::Serve(a) => guong::serve::run(a, lang),
    };
    if let Err(e) = &outcome {
        // Standard error may be closed too; there is nothing left to tell then.
        let _ = writeln!(std::io::stderr(), "guong: {}", e.render(lang));
    }
    ExitCode::from(guong::error::exit_code(&outcome))
}
