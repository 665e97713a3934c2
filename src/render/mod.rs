//! Stage 4: Markdown to HTML, once per story, shared by every page, feed and outlet.

pub(crate) mod embed;
pub(crate) mod markdown;
pub(crate) mod plain;

pub use markdown::{Policy, render_with};
pub(crate) use markdown::{Rendered, TocEntry, options};
