//! The commands: each takes its options struct and the language of messages, and
//! returns its outcome (`error::Outcome`), which `main` maps to the exit code.

pub mod build;
pub mod check;
pub mod new;
mod new_theme;
pub mod plan;
pub mod publish;
mod releases;
pub mod report;
pub mod review;
