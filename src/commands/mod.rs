//! The commands: each takes its options struct and returns the process exit code.

pub mod check;
pub mod build;
pub mod new;
pub mod report;

/// Exit codes of the contract.
pub const OK: i32 = 0;
pub const FINDINGS: i32 = 1;
pub const MISUSE: i32 = 2;
