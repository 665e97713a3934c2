//! Precompressed copies for the web server (`gzip_static`): `x.html.gz` beside
//! `x.html` for text files above a size threshold. The copy is made once per build and
//! is byte-for-byte the same for the same input (no time or name in the gzip header).

use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::Write;

/// Files smaller than this gain too little to be worth a second file and a lookup.
pub(super) const MIN_BYTES: usize = 512;

/// zlib's level: 9 made a 10,000-story build twice as long for 3% fewer bytes.
const LEVEL: u32 = 6;

/// The kinds of file that compress well and that browsers fetch: pages, styles, scripts,
/// feeds, data, vectors. Plain text (the loudspeaker scripts and bulletins, the share
/// texts) is downloaded by announcers now and then, not by every reader: its copies were
/// a file per story, for a few kilobytes saved once in a while.
const TEXT: &[&str] = &["html", "css", "js", "json", "xml", "opml", "svg"];

/// Whether the file at `rel` (a path inside an outlet) with `len` bytes gets a `.gz`.
pub(super) fn wanted(rel: &str, len: usize) -> bool {
    len >= MIN_BYTES && rel.rsplit_once('.').is_some_and(|(_, ext)| TEXT.contains(&ext))
}

/// The gzip member of `bytes` (zlib-rs, zlib's own format and levels), with an empty header (no file name, time 0), so builds stay reproducible.
pub(super) fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::with_capacity(bytes.len() / 3 + 64), Compression::new(LEVEL));
    // Writing into memory cannot fail.
    let _ = e.write_all(bytes);
    e.finish().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn text_above_the_threshold_only() {
        assert!(wanted("bai-viet/a/index.html", 4000));
        assert!(wanted("tim-kiem/chi-muc/t-3.json", 600));
        assert!(wanted("theo-doi/nguon-tin.opml", 600));
        assert!(!wanted("index.html", 100));
        assert!(!wanted("media/a-1600.jpg", 100_000));
        assert!(!wanted("rss", 100_000));
        assert!(!wanted("bai-viet/a/doc-tren-loa.txt", 6000), "plain text is read by announcers, not browsers");
    }

    #[test]
    fn round_trips_and_is_reproducible() {
        let text = "Gương điển hình tiên tiến ".repeat(100);
        let gz = gzip(text.as_bytes());
        assert_eq!(gz, gzip(text.as_bytes()), "the same bytes every time");
        assert!(gz.len() < text.len() / 5);
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut back).unwrap();
        assert_eq!(back, text);
    }
}
