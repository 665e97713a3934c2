//! guong: a static site generator for exemplar publicity.
//!
//! The pipeline: `load` (files, front matter) → `model` (typed config and stories) →
//! `validate` (the plan's criteria) → `render` (Markdown) → `assemble` (columns,
//! communes, pages, feeds) → `emit` (templates, files), driven by `commands`.

pub mod assemble;
pub mod cli;

pub mod commands;
pub mod diagnostic;
pub mod emit;
pub mod error;
pub mod images;
pub mod load;
pub mod model;
pub mod project;
pub mod render;
pub mod report;
pub mod serve;
pub mod site;
pub mod suggest;
pub mod text;
pub mod validate;
pub mod yaml;
