//! Files guong keeps between runs (every one listed in `files`) to do less the next time (the kept checks, the input
//! stamps, the QR masks, the search indexes): a line naming the format and its version,
//! the data, then the XXH3 of both, so that a damaged or foreign file is never used. Each
//! is written beside its place and renamed into it, so a reader sees it whole, old or new.

pub(crate) mod files;

use std::path::Path;

/// Which guong made a kept file: its version, and the program file's size and time, so
/// that a rebuilt program (the same version, other code) trusts nothing kept before.
pub(crate) fn program() -> &'static str {
    static PROGRAM: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PROGRAM.get_or_init(|| {
        let stamp = std::env::current_exe().ok().and_then(|exe| stamp(&exe));
        let stamp = stamp.map(|(len, time)| format!(" {len} {time}")).unwrap_or_default();
        format!("{}{stamp}", env!("CARGO_PKG_VERSION"))
    })
}

/// A file's size and modification time (nanoseconds), following links.
pub(crate) fn stamp(path: &Path) -> Option<(u64, u128)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.len(), m.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?.as_nanos()))
}

/// `data` behind `magic` (a line such as `b"guong-checked-1\n"`), with the checksum.
pub(crate) fn seal(magic: &[u8], data: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(magic.len() + data.len() + 8);
    bytes.extend_from_slice(magic);
    bytes.extend_from_slice(data);
    let sum = xxhash_rust::xxh3::xxh3_64(&bytes);
    bytes.extend_from_slice(&sum.to_le_bytes());
    bytes
}

/// The data of a sealed file, if it starts with `magic` and its checksum is right.
pub(crate) fn unseal<'a>(magic: &[u8], bytes: &'a [u8]) -> Option<&'a [u8]> {
    let (body, sum) = bytes.split_at(bytes.len().checked_sub(8)?);
    let data = body.strip_prefix(magic)?;
    (xxhash_rust::xxh3::xxh3_64(body).to_le_bytes() == sum).then_some(data)
}

/// Writes `bytes` beside `file` and renames them into place (making its folder).
pub(crate) fn replace(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut name = file.file_name().unwrap_or_default().to_owned();
    name.push(format!(".tmp-{}-{:?}", std::process::id(), std::thread::current().id()));
    let tmp = file.with_file_name(name);
    let written = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, file));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_program_is_named_by_its_version_size_and_time() {
        let m = std::fs::metadata(std::env::current_exe().unwrap()).unwrap();
        let time = m.modified().unwrap().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        assert_eq!(program(), format!("{} {} {time}", env!("CARGO_PKG_VERSION"), m.len()));
    }

    #[test]
    fn a_sealed_file_opens_only_whole_and_of_its_kind() {
        let sealed = seal(b"guong-x-1\n", b"data");
        assert_eq!(unseal(b"guong-x-1\n", &sealed), Some(&b"data"[..]));
        assert_eq!(unseal(b"guong-x-2\n", &sealed), None, "another version");
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 0x20;
            assert_eq!(unseal(b"guong-x-1\n", &bad), None, "byte {i} damaged");
        }
        assert_eq!(unseal(b"guong-x-1\n", &sealed[..sealed.len() - 1]), None, "cut short");
        assert_eq!(unseal(b"guong-x-1\n", b""), None);
    }

    #[test]
    fn a_replaced_file_leaves_nothing_beside_it() {
        let d = tempfile::tempdir().unwrap();
        let file = d.path().join("a/b/kept");
        replace(&file, b"one").unwrap();
        replace(&file, b"two").unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(d.path().join("a/b")).unwrap().count(), 1);
    }
}
