use clap::Parser;
use guong::cli::{Cli, Command};
use guong::commands;
use std::process::ExitCode;

/// Stack of the threads that render pages: deep enough for any template guong accepts
/// (recursive ones are refused before rendering).
const RENDER_STACK_BYTES: usize = 16 * 1024 * 1024;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Only fails if a pool was already built, and then that one is used.
    let _ = rayon::ThreadPoolBuilder::new().stack_size(RENDER_STACK_BYTES).build_global();
    let code = match &cli.command {
        Command::Check(a) => commands::check::run(a),
        Command::Build(a) => commands::build::run(a),
        Command::New(a) => commands::new::run(a),
        Command::Report(a) => commands::report::run(a),
        Command::Serve(a) => guong::serve::run(a),
    };
    ExitCode::from(u8::try_from(code).unwrap_or(2))
}
