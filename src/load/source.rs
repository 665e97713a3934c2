//! Reading a file into checked, normalised text: UTF-8, no BOM, LF line endings.

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::text::is_control;
use std::io;
use std::path::{Path, PathBuf};

/// Files larger than this are refused before reading (a story is a few kB).
pub(crate) const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads `file` (shown to users as `shown`), which must lie inside `tree` (see `open_in`),
/// and returns its text with findings about its encoding. `Err` when the text cannot be
/// used at all.
pub(crate) fn read_text(tree: &Path, file: &Path, shown: &str) -> Result<(String, Vec<Diagnostic>), Diagnostic> {
    decode(shown, read_bytes(tree, file, shown)?)
}

/// Reads `file`'s bytes (a regular file inside `tree`, within the size limit), for
/// `decode`.
pub(crate) fn read_bytes(tree: &Path, file: &Path, shown: &str) -> Result<Vec<u8>, Diagnostic> {
    read_in(tree, file, MAX_FILE_BYTES).map_err(|e| {
        if is_outside(&e) {
            outside_finding(shown)
        } else if let Some(len) = too_large(&e) {
            Diagnostic::error(
                "file-too-large",
                shown,
                Pos::START,
                msg!("source.file-too-large", size = len / 1_048_576, limit = MAX_FILE_BYTES / 1_048_576),
            )
        } else {
            io_error(shown, &e)
        }
    })
}

fn not_regular() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        "không phải tệp thường (FIFO, thiết bị hoặc ổ cắm) / not a regular file (a FIFO, device or socket)",
    )
}

/// Why a file was refused unread: its real place is outside the folder it must be in.
#[derive(Debug)]
struct Outside;

impl std::fmt::Display for Outside {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            "tệp là liên kết (symlink) trỏ ra ngoài thư mục trang: không đọc / the file is a link pointing outside the site: not read",
        )
    }
}

impl std::error::Error for Outside {}

/// A file over its size limit, of this many bytes.
#[derive(Debug)]
struct TooLarge(u64, u64);

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "tệp lớn hơn {} byte / the file is over {} bytes", self.1, self.1)
    }
}

impl std::error::Error for TooLarge {}

/// Whether `open_in` refused the file as a link out of its folder.
pub(crate) fn is_outside(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|i| i.is::<Outside>())
}

fn too_large(e: &io::Error) -> Option<u64> {
    e.get_ref().and_then(|i| i.downcast_ref::<TooLarge>()).map(|t| t.0)
}

/// The finding for a file of the site that is a link pointing out of it.
pub(crate) fn outside_finding(shown: &str) -> Diagnostic {
    Diagnostic::error("invalid-path", shown, Pos::START, msg!("source.invalid-path"))
        .with_help(msg!("source.invalid-path.help"))
}

/// Where `path` really is (links followed), if that is inside `tree` (itself taken as
/// it really is); a path whose real place is elsewhere is refused (`is_outside`).
pub(crate) fn inside(tree: &Path, path: &Path) -> io::Result<PathBuf> {
    let real = path.canonicalize()?;
    let top = real_tree(tree)?;
    if real.starts_with(&top) { Ok(real) } else { Err(io::Error::new(io::ErrorKind::PermissionDenied, Outside)) }
}

/// `tree` as it really is; the last one asked on this thread is kept (a build asks for
/// a handful of trees, once per file).
fn real_tree(tree: &Path) -> io::Result<PathBuf> {
    thread_local! {
        static LAST: std::cell::RefCell<Option<(PathBuf, PathBuf)>> = const { std::cell::RefCell::new(None) };
    }
    if let Some(top) = LAST.with(|l| l.borrow().as_ref().filter(|(t, _)| t == tree).map(|(_, top)| top.clone())) {
        return Ok(top);
    }
    // An empty path is the current folder (a root given as "").
    let top = if tree.as_os_str().is_empty() { Path::new(".") } else { tree }.canonicalize()?;
    LAST.with(|l| *l.borrow_mut() = Some((tree.to_owned(), top.clone())));
    Ok(top)
}

/// The one door through which guong opens a file of a site (a story, a configuration
/// file, a photo, a recording, a template, a theme's file): `path` must really be inside
/// `tree` (a link pointing out of it is refused, unread), a regular file (a FIFO, device
/// or socket, or a link to one, is refused unopened: opening a FIFO blocks until a
/// writer comes; the file opened is looked at again, without blocking, in case it was
/// swapped meanwhile), of at most `limit` bytes. The file and its length.
pub(crate) fn open_in(tree: &Path, path: &Path, limit: u64) -> io::Result<(std::fs::File, u64)> {
    let real = inside(tree, path)?;
    if !std::fs::metadata(&real)?.is_file() {
        return Err(not_regular());
    }
    let file = open_nonblocking(&real)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > limit {
        return Err(io::Error::new(io::ErrorKind::InvalidData, TooLarge(meta.len(), limit)));
    }
    Ok((file, meta.len()))
}

#[cfg(target_os = "linux")]
fn open_nonblocking(path: &Path) -> io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    let flags = rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::NOFOLLOW;
    std::fs::OpenOptions::new().read(true).custom_flags(flags.bits() as i32).open(path)
}

#[cfg(not(target_os = "linux"))]
fn open_nonblocking(path: &Path) -> io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// Reads a file of the site through `open_in`: a regular file inside `tree` of at most
/// `limit` bytes (one that grew past it while read is refused too).
pub(crate) fn read_in(tree: &Path, path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    use std::io::Read;
    let (file, len) = open_in(tree, path, limit)?;
    let mut bytes = Vec::with_capacity(len.min(limit) as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::new(io::ErrorKind::InvalidData, TooLarge(bytes.len() as u64, limit)));
    }
    Ok(bytes)
}

fn io_error(shown: &str, e: &io::Error) -> Diagnostic {
    Diagnostic::error("io-error", shown, Pos::START, msg!("source.io-error", error = e))
}

/// Decodes bytes as UTF-8, strips a BOM and turns CRLF into LF (positions do not move:
/// a CR only ever ends a line).
pub fn decode(shown: &str, bytes: Vec<u8>) -> Result<(String, Vec<Diagnostic>), Diagnostic> {
    let mut findings = Vec::new();
    // Validated with SIMD (simdutf8) first: about ten times the speed of the standard
    // check on Vietnamese text, where most characters take two or three bytes.
    let valid = simdutf8::basic::from_utf8(&bytes).is_ok();
    let mut text = match if valid {
        // SAFETY: simdutf8 has just validated these very bytes as UTF-8.
        Ok(unsafe { String::from_utf8_unchecked(bytes) })
    } else {
        String::from_utf8(bytes)
    } {
        Ok(t) => t,
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..good]);
            let pos = Pos::of_offset(&prefix, prefix.len());
            return Err(Diagnostic::error("invalid-utf8", shown, pos, msg!("source.invalid-utf8"))
                .with_help(msg!("source.invalid-utf8.help")));
        }
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
        findings
            .push(Diagnostic::warning("bom", shown, Pos::START, msg!("source.bom")).with_help(msg!("source.bom.help")));
    }
    if let Some(nul) = text.find('\0') {
        return Err(Diagnostic::error("nul-byte", shown, Pos::of_offset(&text, nul), msg!("source.nul-byte")));
    }
    if text.contains('\r') {
        let crlf = text.matches("\r\n").count();
        let lines = text.matches('\n').count();
        let message = if crlf == lines { msg!("source.line-endings.crlf") } else { msg!("source.line-endings.mixed") };
        let first = text.find('\r').unwrap_or(0);
        findings.push(
            Diagnostic::warning("line-endings", shown, Pos::of_offset(&text, first), message)
                .with_help(msg!("source.line-endings.help")),
        );
        text = text.replace("\r\n", "\n").replace('\r', "\n");
    }
    if let Some(first) = crate::text::has_control(&text).then(|| text.find(is_control)).flatten() {
        findings.push(control_finding(shown, &text, first));
        text = text.chars().map(|c| if is_control(c) { ' ' } else { c }).collect();
    }
    Ok((text, findings))
}

fn control_finding(shown: &str, text: &str, first: usize) -> Diagnostic {
    let c = text[first..].chars().next().unwrap_or(' ');
    let count = text.chars().filter(|c| is_control(*c)).count();
    Diagnostic::warning(
        "control-char",
        shown,
        Pos::of_offset(text, first),
        msg!("source.control-char", code = format!("{:04X}", c as u32), count),
    )
    .with_help(msg!("source.control-char.help"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_points_at_the_bad_byte() {
        let e = decode("a.md", b"---\ntitle: ab\xff\n".to_vec()).unwrap_err();
        assert_eq!(e.code, "invalid-utf8");
        assert_eq!(e.pos, Pos::new(2, 10));
    }

    #[test]
    fn bom_and_crlf_are_accepted_with_warnings() {
        let (text, f) = decode("a.md", "\u{feff}---\r\na: 1\r\n---\r\n".as_bytes().to_vec()).unwrap();
        assert_eq!(text, "---\na: 1\n---\n");
        let codes: Vec<_> = f.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["bom", "line-endings"]);
    }

    #[test]
    fn control_characters_are_reported_and_replaced() {
        let (text, f) = decode("a.md", b"---\ntitle: a\x0bb\x01\n---\nx\xc2\x85y\n".to_vec()).unwrap();
        assert_eq!(text, "---\ntitle: a b \n---\nx y\n");
        assert_eq!(f[0].code, "control-char");
        assert_eq!(f[0].pos, Pos::new(2, 9));
    }

    /// Issue 36, cases 3 and 5: one door for every file of a site.
    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_tree_and_a_fifo_are_refused_unread() {
        let site = tempfile::tempdir().unwrap();
        let away = tempfile::tempdir().unwrap();
        let tree = site.path().join("content");
        std::fs::create_dir_all(&tree).unwrap();
        std::fs::write(away.path().join("secret"), b"x").unwrap();
        std::fs::write(tree.join("own"), b"mine").unwrap();
        std::os::unix::fs::symlink(away.path().join("secret"), tree.join("out")).unwrap();
        std::os::unix::fs::symlink(tree.join("own"), tree.join("in")).unwrap();
        assert!(is_outside(&read_in(&tree, &tree.join("out"), 10).unwrap_err()));
        assert_eq!(read_in(&tree, &tree.join("in"), 10).unwrap(), b"mine", "a link within the tree is read");
        assert!(too_large(&read_in(&tree, &tree.join("own"), 3).unwrap_err()).is_some());
        // A file of the site, read by its reader, gets the finding a photo gets.
        assert_eq!(read_bytes(&tree, &tree.join("out"), "content/out").unwrap_err().code, "invalid-path");
        let fifo = tree.join("fifo");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        assert_eq!(read_in(&tree, &fifo, 10).unwrap_err().kind(), io::ErrorKind::InvalidInput);
    }

    #[test]
    fn nul_is_refused() {
        assert_eq!(decode("a.md", b"---\n\0\n".to_vec()).unwrap_err().code, "nul-byte");
    }
}
