//! Reading a file into checked, normalised text: UTF-8, no BOM, LF line endings.

use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::text::is_control;
use std::path::Path;

/// Files larger than this are refused before reading (a story is a few kB).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads `file` (shown to users as `shown`) and returns its text with findings about
/// its encoding. `Err` when the text cannot be used at all.
pub fn read_text(file: &Path, shown: &str) -> Result<(String, Vec<Diagnostic>), Diagnostic> {
    decode(shown, read_bytes(file, shown)?)
}

/// Reads `file`'s bytes (a regular file within the size limit), for `decode`.
pub fn read_bytes(file: &Path, shown: &str) -> Result<Vec<u8>, Diagnostic> {
    let meta = std::fs::metadata(file).map_err(|e| io_error(shown, &e))?;
    if !meta.is_file() {
        return Err(io_error(shown, &not_regular()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            "file-too-large",
            shown,
            Pos::START,
            Text::new(
                format!("tệp quá lớn ({} MB); giới hạn là {} MB", meta.len() / 1_048_576, MAX_FILE_BYTES / 1_048_576),
                format!(
                    "the file is too large ({} MB); the limit is {} MB",
                    meta.len() / 1_048_576,
                    MAX_FILE_BYTES / 1_048_576
                ),
            ),
        ));
    }
    read_open(file, meta.len(), MAX_FILE_BYTES).map_err(|e| io_error(shown, &e))
}

fn not_regular() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        "không phải tệp thường (FIFO, thiết bị hoặc ổ cắm) / not a regular file (a FIFO, device or socket)",
    )
}

/// Reads a regular file of at most `limit` bytes. A FIFO, device or socket (or a link to
/// one, such as `/dev/zero`) is refused unread: reading it could block or never end.
pub fn read_regular(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    // Look before opening: opening a FIFO for reading blocks until a writer comes.
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    read_open(path, meta.len(), limit)
}

/// Reads a file already seen to be regular, of `len` bytes when seen.
fn read_open(path: &Path, len: u64, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::with_capacity(len.min(limit) as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("tệp lớn hơn {limit} byte / the file is over {limit} bytes"),
        ));
    }
    Ok(bytes)
}

fn io_error(shown: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "io-error",
        shown,
        Pos::START,
        Text::new(format!("không đọc được tệp: {e}"), format!("cannot read the file: {e}")),
    )
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
            return Err(Diagnostic::error(
                "invalid-utf8",
                shown,
                pos,
                Text::new(
                    "tệp không phải văn bản UTF-8 (có thể được lưu bằng bảng mã TCVN3/VNI hoặc Windows-1258)",
                    "the file is not UTF-8 text (it may have been saved as TCVN3, VNI or Windows-1258)",
                ),
            )
            .with_help(Text::new(
                "mở tệp trong trình soạn thảo và lưu lại với bảng mã UTF-8 (Unicode dựng sẵn)",
                "open the file in an editor and save it again as UTF-8",
            )));
        }
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
        findings.push(
            Diagnostic::warning(
                "bom",
                shown,
                Pos::START,
                Text::new("tệp bắt đầu bằng dấu BOM (đã bỏ qua)", "the file starts with a byte-order mark (ignored)"),
            )
            .with_help(Text::new("lưu tệp dưới dạng UTF-8 không có BOM", "save the file as UTF-8 without BOM")),
        );
    }
    if let Some(nul) = text.find('\0') {
        return Err(Diagnostic::error(
            "nul-byte",
            shown,
            Pos::of_offset(&text, nul),
            Text::new(
                "tệp chứa ký tự NUL: đây không phải tệp văn bản",
                "the file holds a NUL byte: it is not a text file",
            ),
        ));
    }
    if text.contains('\r') {
        let crlf = text.matches("\r\n").count();
        let lines = text.matches('\n').count();
        let (vi, en) = if crlf == lines {
            (
                "tệp dùng kiểu xuống dòng Windows (CRLF); vẫn đọc được",
                "the file uses Windows (CRLF) line endings; accepted",
            )
        } else {
            ("tệp trộn lẫn nhiều kiểu xuống dòng (CRLF và LF)", "the file mixes line endings (CRLF and LF)")
        };
        let first = text.find('\r').unwrap_or(0);
        findings.push(
            Diagnostic::warning("line-endings", shown, Pos::of_offset(&text, first), Text::new(vi, en)).with_help(
                Text::new("lưu lại với kiểu xuống dòng LF (Unix)", "save the file again with LF (Unix) line endings"),
            ),
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
        Text::new(
            format!("ký tự điều khiển U+{:04X} (thường do sao chép từ Word hoặc PDF); {count} ký tự như vậy được thay bằng dấu cách", c as u32),
            format!("control character U+{:04X} (often pasted from Word or a PDF); {count} such characters are replaced by spaces", c as u32),
        ),
    )
    .with_help(Text::new("gõ lại đoạn văn bản đó hoặc dán dưới dạng văn bản thuần", "retype that text or paste it as plain text"))
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

    #[test]
    fn nul_is_refused() {
        assert_eq!(decode("a.md", b"---\n\0\n".to_vec()).unwrap_err().code, "nul-byte");
    }
}
