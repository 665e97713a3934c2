//! Stage 4: Markdown to HTML, once per story, shared by every page, feed and outlet.

pub mod embed;
pub mod markdown;
pub mod plain;

pub use markdown::{Policy, Rendered, TocEntry, render_with};
