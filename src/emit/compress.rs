//! Precompressed copies for the web server (`gzip_static`): `x.html.gz` beside
//! `x.html` for text files above a size threshold, when the copy saves at least a tenth
//! (nginx serves the plain file where there is no copy). The copy is made once per build and
//! is byte-for-byte the same for the same input (no time or name in the gzip header).

use libdeflater::{CompressionLvl, Compressor};
use std::cell::RefCell;

/// Files smaller than this gain too little to be worth a second file and a lookup: a
/// kilobyte is one packet either way.
pub(crate) const MIN_BYTES: usize = 1024;

/// libdeflate's level (`tests::levels` measures it beside zlib-rs's levels on a built site;
/// see the reference's "Precompression" for the figures).
const LEVEL: i32 = 4;

/// The kinds of file that compress well and that browsers fetch: pages, styles, scripts,
/// feeds, data, vectors. Plain text (the loudspeaker scripts and bulletins, the share
/// texts) is downloaded by announcers now and then, not by every reader: its copies were
/// a file per story, for a few kilobytes saved once in a while.
const TEXT: &[&str] = &["html", "css", "js", "json", "xml", "opml", "svg"];

/// Whether the file at `rel` (a path inside an outlet) with `len` bytes gets a `.gz`.
pub(super) fn wanted(rel: &str, len: usize) -> bool {
    len >= MIN_BYTES && rel.rsplit_once('.').is_some_and(|(_, ext)| TEXT.contains(&ext))
}

/// Whether a copy of `gz` bytes is worth keeping beside a file of `len`: it saves at
/// least a tenth.
pub(super) fn worth(len: usize, gz: usize) -> bool {
    // An empty result is no gzip member (`gzip` failed): never written as a copy.
    gz > 0 && gz.saturating_mul(10) <= len.saturating_mul(9)
}

thread_local! {
    /// One compressor per thread: libdeflate's state is a few hundred kilobytes, made once.
    static COMPRESSOR: RefCell<Option<Compressor>> = const { RefCell::new(None) };
}

/// The gzip member of `bytes` (libdeflate, one block call, no streaming), with an empty
/// header (no file name, time 0), so builds stay reproducible.
pub(super) fn gzip(bytes: &[u8]) -> Vec<u8> {
    COMPRESSOR.with(|c| {
        let mut c = c.borrow_mut();
        let c = c.get_or_insert_with(|| Compressor::new(level(LEVEL)));
        let mut out = vec![0; c.gzip_compress_bound(bytes.len())];
        // The bound is libdeflate's own: compressing into it cannot run out of room. Were
        // it to fail, the copy is empty and `worth` keeps it from being written.
        let n = c.gzip_compress(bytes, &mut out).unwrap_or(0);
        out.truncate(n);
        out
    })
}

fn level(n: i32) -> CompressionLvl {
    CompressionLvl::new(n).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn text_above_the_threshold_only() {
        assert!(wanted("bai-viet/a/index.html", 4000));
        assert!(wanted("tim-kiem/chi-muc/t-3.json", 1100));
        assert!(wanted("theo-doi/nguon-tin.opml", 1024));
        assert!(!wanted("theo-doi/nguon-tin.opml", 1023), "under a kilobyte: one packet either way");
        assert!(!wanted("index.html", 100));
        assert!(!wanted("media/a-1600.jpg", 100_000));
        assert!(!wanted("rss", 100_000));
        assert!(!wanted("bai-viet/a/doc-tren-loa.txt", 6000), "plain text is read by announcers, not browsers");
    }

    #[test]
    fn a_copy_that_saves_less_than_a_tenth_is_not_worth_it() {
        assert!(worth(1000, 900));
        assert!(!worth(1000, 901));
        assert!(!worth(1000, 0), "an empty result is a failed compression, not a copy");
        // Already compressed bytes (an embedded picture, random data) gain nothing.
        let mut x: u32 = 1;
        let noise: Vec<u8> = (0..4000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect();
        assert!(!worth(noise.len(), gzip(&noise).len()));
        let page = "<p>Gương điển hình tiên tiến</p>".repeat(40);
        assert!(worth(page.len(), gzip(page.as_bytes()).len()));
    }

    /// zlib-rs's and libdeflate's levels on a built site's files (`GUONG_GZ_DIR=public cargo test --lib
    /// compress::tests::levels -- --ignored --nocapture`): bytes and milliseconds for the
    /// files that get a copy. No assertion on time.
    #[test]
    #[ignore = "a measurement, not a check: GUONG_GZ_DIR=public cargo test --lib compress::tests::levels -- --ignored --nocapture"]
    fn levels() {
        let dir = std::env::var("GUONG_GZ_DIR").expect("GUONG_GZ_DIR: a built output folder");
        let files: Vec<Vec<u8>> = walk(std::path::Path::new(&dir))
            .into_iter()
            .filter(|(rel, len)| wanted(rel, *len))
            .map(|(rel, _)| std::fs::read(std::path::Path::new(&dir).join(rel)).unwrap())
            .collect();
        let plain: usize = files.iter().map(Vec::len).sum();
        println!("{} files, {plain} bytes", files.len());
        for level in [1, 2, 4, 6, 9] {
            let t = std::time::Instant::now();
            let mut out = 0;
            for f in &files {
                let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
                std::io::Write::write_all(&mut e, f).unwrap();
                out += e.finish().unwrap().len();
            }
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            println!("zlib-rs {level}: {out} bytes ({:.1}%), {ms:.0} ms", 100.0 * out as f64 / plain as f64);
        }
        for l in [1, 4, 6, 9, 12] {
            let mut c = Compressor::new(level(l));
            let t = std::time::Instant::now();
            let mut out = 0;
            for f in &files {
                let mut z = vec![0; c.gzip_compress_bound(f.len())];
                out += c.gzip_compress(f, &mut z).unwrap();
            }
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            println!("libdeflate {l}: {out} bytes ({:.1}%), {ms:.0} ms", 100.0 * out as f64 / plain as f64);
        }
    }

    fn walk(dir: &std::path::Path) -> Vec<(String, usize)> {
        let mut v = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if !p.to_string_lossy().ends_with(".gz") {
                    let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                    v.push((rel, e.metadata().unwrap().len() as usize));
                }
            }
        }
        v
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
