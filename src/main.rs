//! The binary: guong's command line (`guong::main`), with mimalloc as its allocator.

fn main() -> std::process::ExitCode {
    guong::main()
}

#[global_allocator]
static GLOBAL: guong::Counting<mimalloc::MiMalloc> = guong::Counting(mimalloc::MiMalloc);
