fn main() -> std::process::ExitCode {
    guong::main()
}
