//! Text that is not Unicode NFC (decomposed Vietnamese, from some keyboards and PDFs):
//! where it starts, and the finding that says so, for stories and configuration alike.

use crate::diagnostic::{Diagnostic, Pos, msg};
use unicode_normalization::is_nfc;

pub(crate) fn not_nfc(path: &str, pos: Pos) -> Diagnostic {
    Diagnostic::warning("not-nfc", path, pos, msg!("nfc.not-nfc")).with_help(msg!("nfc.not-nfc.help"))
}

/// `not-nfc` for each line of a configuration file that is not in NFC, as for stories.
pub(crate) fn nfc_lines(path: &str, text: &str, out: &mut Vec<Diagnostic>) {
    if is_nfc(text) {
        return;
    }
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !is_nfc(l)) {
        let b = first_non_nfc(line);
        out.push(not_nfc(path, Pos::new(i + 1, line[..b].chars().count() + 1)));
    }
}

/// Byte offset of the first character whose run is not in NFC.
pub(crate) fn first_non_nfc(line: &str) -> usize {
    let mut start = 0;
    for (i, c) in line.char_indices() {
        // A base character starts a new run; check the run that ends before it.
        if unicode_normalization::char::canonical_combining_class(c) == 0 && i > start {
            if !is_nfc(&line[start..i]) {
                return start;
            }
            start = i;
        }
    }
    start
}
