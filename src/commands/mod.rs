//! The commands: each takes its options struct and the language of messages, and
//! returns its outcome (`error::Outcome`), which `main` maps to the exit code.

pub(crate) mod build;
pub(crate) mod check;
pub(crate) mod cms;
pub(crate) mod forms;
pub(crate) mod import;
mod import_form;
mod import_sheet;
mod import_write;
mod import_yaml;
pub(crate) mod new;
mod new_theme;
pub(crate) mod plan;
pub(crate) mod publish;
mod releases;
pub(crate) mod report;
pub(crate) mod review;
