//! What is not a finding: a misused command, a site root that cannot be read, a file
//! that cannot be written, a build that failed after its checks passed. One type, shown
//! in the user's language; `main` maps it to the exit code, in one place.

use crate::diagnostic::{Lang, Text, msg};
use std::path::{Path, PathBuf};

/// How a command ended when nothing went wrong with the command itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    /// Exit 0: clean (warnings allowed).
    Clean,
    /// Exit 1: findings with errors were printed, or the quota is short (`report --check`).
    Findings,
}

#[derive(Debug)]
pub enum Error {
    /// Exit 2: the command line cannot be carried out as given.
    Misuse(Text),
    /// Exit 2: the site root (or a file the command was pointed at) cannot be read.
    Unreadable { path: PathBuf, source: std::io::Error },
    /// Exit 1: the build failed after its checks passed (a file it could not write).
    Write { path: PathBuf, source: std::io::Error },
    /// Exit 1: something that failed and was described (a template, a photo).
    Failed(Text),
}

impl Error {
    pub fn misuse(vi: impl Into<String>, en: impl Into<String>) -> Error {
        Error::Misuse(Text::new(vi, en))
    }

    pub fn write(path: &Path, source: std::io::Error) -> Error {
        Error::Write { path: path.to_owned(), source }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Misuse(_) | Error::Unreadable { .. } => 2,
            Error::Write { .. } | Error::Failed(_) => 1,
        }
    }

    pub fn render(&self, lang: Lang) -> String {
        let text = match self {
            Error::Misuse(t) | Error::Failed(t) => return t.get(lang).to_owned(),
            Error::Unreadable { path, source } => msg!("error.unreadable", path = path.display(), source),
            Error::Write { path, source } => msg!("error.write", path = path.display(), source),
        };
        text.get(lang).to_owned()
    }
}

pub(crate) type Outcome = Result<Status, Error>;

/// A tera error with its causes, on one line (tera hides the useful part in `source`).
pub(crate) fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

/// The exit code of a command's outcome.
pub(crate) fn exit_code(outcome: &Outcome) -> u8 {
    match outcome {
        Ok(Status::Clean) => 0,
        Ok(Status::Findings) => 1,
        Err(e) => e.exit_code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_follow_the_contract() {
        assert_eq!(exit_code(&Ok(Status::Clean)), 0);
        assert_eq!(exit_code(&Ok(Status::Findings)), 1);
        assert_eq!(exit_code(&Err(Error::misuse("a", "b"))), 2);
        let io = || std::io::Error::other("x");
        assert_eq!(exit_code(&Err(Error::Unreadable { path: "a".into(), source: io() })), 2);
        assert_eq!(exit_code(&Err(Error::write(Path::new("a"), io()))), 1);
    }

    #[test]
    fn rendered_in_either_language() {
        let e = Error::write(Path::new("public"), std::io::Error::other("disk full"));
        assert_eq!(e.render(Lang::Vi), "không ghi được public: disk full");
        assert_eq!(e.render(Lang::En), "cannot write public: disk full");
    }
}
