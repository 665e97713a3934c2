use clap::Parser;
use guong::cli::{Cli, Command};
use guong::commands;

fn main() {
    let cli = Cli::parse();
    let code = match &cli.command {
        Command::Check(a) => commands::check::run(a),
        Command::Build(a) => commands::build::run(a),
        Command::New(a) => commands::new::run(a),
        Command::Report(a) => commands::report::run(a),
        Command::Serve(a) => guong::serve::run(a),
    };
    std::process::exit(code);
}
