//! How a Word or Excel report says that guong wrote it, so that `report --out` may write
//! it again without `--force`, and only then: the custom document property `generator`
//! (`kept::files::GENERATOR_PROPERTY`) holds `guong:` and a hash of every part of the
//! package but its properties. A file opened and saved again in Word, Excel or
//! LibreOffice keeps the property but not the parts' bytes, so it is no longer taken for
//! guong's own (a report corrected by hand is never overwritten without `--force`).

use std::io::{Read, Seek, Write};

/// The property's value as the writers put it, before `stamp` adds the hash.
pub(crate) const MARK: &str = "guong";

/// At most this many bytes are read from a package to check it (a zip bomb stops there).
const READ_LIMIT: u64 = 64 * 1024 * 1024;

/// The package's parts but its properties (`docProps/…`), hashed in order by name and bytes.
fn parts_hash<R: Read + Seek>(zip: &mut zip::ZipArchive<R>) -> Option<u64> {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    let mut budget = READ_LIMIT;
    for i in 0..zip.len() {
        let part = zip.by_index(i).ok()?;
        if part.is_dir() || part.name().starts_with("docProps/") {
            continue;
        }
        h.update(part.name().as_bytes());
        let mut bytes = Vec::new();
        let read = part.take(budget + 1).read_to_end(&mut bytes).ok()? as u64;
        budget = budget.checked_sub(read)?;
        h.update(&bytes);
    }
    Some(h.digest())
}

fn value(hash: u64) -> String {
    format!("<vt:lpwstr>{MARK}:{hash:016x}</vt:lpwstr>")
}

/// The package re-written with its parts deflated, in the same order, dated 1980-01-01 (so
/// that builds are repeatable), and its `generator` property stamped with the parts' hash.
pub(crate) fn stamp(package: Vec<u8>) -> zip::result::ZipResult<Vec<u8>> {
    let mut src = zip::ZipArchive::new(std::io::Cursor::new(package))?;
    let hash = parts_hash(&mut src).ok_or(zip::result::ZipError::InvalidArchive("unreadable part".into()))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for i in 0..src.len() {
        let mut part = src.by_index(i)?;
        if part.is_dir() {
            continue;
        }
        out.start_file(part.name().to_owned(), options)?;
        if part.name() == "docProps/custom.xml" {
            let mut xml = String::new();
            part.read_to_string(&mut xml)?;
            let plain = format!("<vt:lpwstr>{MARK}</vt:lpwstr>");
            out.write_all(xml.replacen(&plain, &value(hash), 1).as_bytes())?;
        } else {
            std::io::copy(&mut part, &mut out)?;
        }
    }
    Ok(out.finish()?.into_inner())
}

/// Whether the file at `path` is a package `stamp` made and nobody saved since.
pub(crate) fn is_stamped(path: &std::path::Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else { return false };
    let Ok(mut zip) = zip::ZipArchive::new(file) else { return false };
    let Some(hash) = parts_hash(&mut zip) else { return false };
    let Ok(part) = zip.by_name("docProps/custom.xml") else { return false };
    let mut xml = String::new();
    if part.take(64 * 1024).read_to_string(&mut xml).is_err() {
        return false;
    }
    let name = format!("name=\"{}\"", crate::kept::files::GENERATOR_PROPERTY);
    xml.split("<property ").any(|p| p.contains(&name) && p.contains(&value(hash)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn package(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, text) in parts {
            out.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            out.write_all(text.as_bytes()).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    #[test]
    fn a_stamped_package_is_known_until_a_part_changes() {
        let custom = r#"<Properties><property fmtid="x" pid="2" name="generator"><vt:lpwstr>guong</vt:lpwstr></property></Properties>"#;
        let stamped =
            stamp(package(&[("word/document.xml", "<w:document/>"), ("docProps/custom.xml", custom)])).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.docx");
        std::fs::write(&path, &stamped).unwrap();
        assert!(is_stamped(&path));
        // Saved again by an office suite: the property stays, the document's bytes change.
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(stamped)).unwrap();
        let mut kept = String::new();
        zip.by_name("docProps/custom.xml").unwrap().read_to_string(&mut kept).unwrap();
        std::fs::write(
            &path,
            package(&[("word/document.xml", "<w:document>sửa</w:document>"), ("docProps/custom.xml", &kept)]),
        )
        .unwrap();
        assert!(!is_stamped(&path));
        std::fs::write(&path, b"PK\x03\x04 not a zip").unwrap();
        assert!(!is_stamped(&path));
    }
}
