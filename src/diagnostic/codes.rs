//! Every finding code, in one table: its default severity and what it means, in both
//! languages. The table lives in the catalogue (`messages.yaml`, section `codes`); the
//! README's table of codes is made from it by [`table`] (a test checks they are equal).

use super::messages::{Code, catalogue};
#[cfg(test)]
use super::{Lang, Severity};

/// Every code, in the catalogue's order.
pub(crate) fn all() -> &'static [Code] {
    &catalogue().codes
}

/// The code as a `'static` string, if it is one of the table.
pub(crate) fn find(code: &str) -> Option<&'static Code> {
    all().iter().find(|c| c.code == code)
}

pub(crate) fn known(code: &str) -> bool {
    find(code).is_some()
}

/// The README's table of codes, in Markdown (printed by a test for the README).
#[cfg(test)]
pub(crate) fn table(lang: Lang) -> String {
    let mut out = String::from("| code | severity | meaning |\n|---|---|---|\n");
    for c in all() {
        let severity = match c.severity {
            Severity::Error => "lỗi / error",
            Severity::Warning => "cảnh báo / warning",
        };
        let meaning = if lang == Lang::Vi { &c.vi } else { &c.en };
        out.push_str(&format!("| `{}` | {severity} | {meaning} |\n", c.code));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_documents_every_code() {
        let readme = include_str!("../../README.md");
        for c in all() {
            assert!(readme.contains(&format!("`{}`", c.code)), "README lacks `{}`", c.code);
        }
    }

    /// The README's table is the catalogue's, row for row (regenerate it with
    /// `cargo test --lib diagnostic::codes -- --nocapture print_the_readme_table`).
    #[test]
    fn the_readme_table_is_made_from_the_catalogue() {
        let readme = include_str!("../../README.md");
        assert!(
            readme.contains(&table(Lang::En)),
            "README's table of codes differs from the catalogue's:\n{}",
            table(Lang::En)
        );
    }

    #[test]
    fn print_the_readme_table() {
        println!("{}", table(Lang::En));
    }

    #[test]
    fn codes_are_unique() {
        let mut seen = std::collections::HashSet::new();
        assert!(all().iter().all(|c| seen.insert(&c.code)));
    }

    #[test]
    fn every_code_has_both_languages_and_a_table_row() {
        for c in all() {
            assert!(!c.vi.trim().is_empty() && !c.en.trim().is_empty(), "`{}` lacks a description", c.code);
        }
        assert_eq!(table(Lang::En).lines().count(), all().len() + 2);
    }
}
