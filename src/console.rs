//! All that guong prints goes through here. A closed pipe (`guong plan | head -1`) or a
//! closed standard error is not a failure: the reader has what it wanted, so printing
//! stops (on that stream) and the command goes on to its own exit code. `println!` would
//! panic there (exit 101).

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);
static STDERR_CLOSED: AtomicBool = AtomicBool::new(false);

fn write_to(mut w: impl Write, closed: &AtomicBool, args: std::fmt::Arguments) {
    if closed.load(Ordering::Relaxed) {
        return;
    }
    if w.write_fmt(args).and_then(|()| w.flush()).is_err() {
        closed.store(true, Ordering::Relaxed);
    }
}

/// Print to standard output (the macros `out!` and `outln!`).
pub(crate) fn to_stdout(args: std::fmt::Arguments) {
    write_to(std::io::stdout().lock(), &STDOUT_CLOSED, args);
}

/// Print to standard error (the macro `errln!`).
pub(crate) fn to_stderr(args: std::fmt::Arguments) {
    write_to(std::io::stderr().lock(), &STDERR_CLOSED, args);
}

/// `print!`, without the panic on a closed pipe.
macro_rules! out {
    ($($t:tt)*) => { $crate::console::to_stdout(format_args!($($t)*)) };
}
/// `println!`, without the panic on a closed pipe.
macro_rules! outln {
    () => { $crate::console::to_stdout(format_args!("\n")) };
    ($($t:tt)*) => { $crate::console::to_stdout(format_args!("{}\n", format_args!($($t)*))) };
}
/// `eprintln!`, without the panic on a closed standard error.
macro_rules! errln {
    () => { $crate::console::to_stderr(format_args!("\n")) };
    ($($t:tt)*) => { $crate::console::to_stderr(format_args!("{}\n", format_args!($($t)*))) };
}
pub(crate) use {errln, out, outln};

#[cfg(test)]
mod tests {
    use super::*;

    struct Closed;
    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_stream_is_marked_and_never_written_again() {
        let closed = AtomicBool::new(false);
        write_to(Closed, &closed, format_args!("a"));
        assert!(closed.load(Ordering::Relaxed));
        let mut kept = Vec::new();
        write_to(&mut kept, &closed, format_args!("b"));
        assert!(kept.is_empty());
    }
}
