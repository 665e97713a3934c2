//! QR codes of story URLs, as inline SVG, with the mask of each remembered in the site's
//! cache folder (`.guong-cache/qr-masks`). Choosing a code's mask draws it with each of
//! the eight masks and scores each for patterns a reader could mistake: an eighth of
//! a clean build's time, for one sheet per story. The mask chosen is remembered by the
//! URL's hash, and the next build draws the code with it directly; the code is the same
//! one, module for module (tested). A missing or damaged file only means choosing again,
//! and a wrong mask would still make a valid code, read by any reader.

use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::{Color, EcLevel};
use rustc_hash::FxHashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The file, under the site's root.
pub(crate) const FILE: &str = crate::kept::files::QR_MASKS;
/// The file's first bytes; bump the number when a code would be drawn differently.
const HEADER: &[u8] = crate::kept::files::QR_MAGIC;

/// The eight masks, in the order `Canvas::apply_best_mask` tries them (the first of
/// equal scores wins), so that a mask's number here is its place there.
const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// The masks known from the last builds, and those chosen in this one.
#[derive(Default)]
pub(crate) struct Masks {
    file: Option<PathBuf>,
    known: FxHashMap<u64, u8>,
    found: Mutex<FxHashMap<u64, u8>>,
}

impl Masks {
    /// The masks remembered under `root` (none if the file is missing or damaged).
    pub(crate) fn open(root: &Path) -> Masks {
        let file = root.join(FILE);
        let known = std::fs::read(&file).ok().and_then(|b| parse(&b)).unwrap_or_default();
        Masks { file: Some(file), known, found: Mutex::default() }
    }

    /// A QR code of `url` as inline SVG (attributes only: nothing a strict CSP refuses).
    pub(crate) fn svg(&self, url: &str) -> String {
        let key = xxhash_rust::xxh3::xxh3_64(url.as_bytes());
        let Some((canvas, width)) = canvas(url) else { return String::new() };
        let colors = match self.known.get(&key).and_then(|&m| MASKS.get(usize::from(m))) {
            Some(&mask) => {
                let mut c = canvas;
                c.apply_mask(mask);
                c.into_colors()
            }
            None => {
                let best = canvas.apply_best_mask().into_colors();
                let chosen = MASKS.iter().position(|&mask| {
                    let mut c = canvas.clone();
                    c.apply_mask(mask);
                    c.into_colors() == best
                });
                if let (Some(m), Ok(mut found)) = (chosen, self.found.lock()) {
                    found.insert(key, m as u8);
                }
                best
            }
        };
        svg_of(&colors, width)
    }

    /// Writes the masks known and found, when this build found any (atomically: a
    /// reader never sees half a file).
    pub(crate) fn save(&self) -> std::io::Result<()> {
        let (Some(file), Ok(found)) = (&self.file, self.found.lock()) else { return Ok(()) };
        if found.is_empty() {
            return Ok(());
        }
        let mut all: Vec<(u64, u8)> = self.known.iter().chain(found.iter()).map(|(&k, &m)| (k, m)).collect();
        all.sort_unstable();
        all.dedup_by_key(|(k, _)| *k);
        let mut data = Vec::with_capacity(all.len() * 9);
        for (k, m) in all {
            data.extend_from_slice(&k.to_le_bytes());
            data.push(m);
        }
        crate::kept::replace(file, &crate::kept::seal(HEADER, &data))
    }
}

/// The file's entries (hash of a URL, mask), if its header and checksum hold.
fn parse(bytes: &[u8]) -> Option<FxHashMap<u64, u8>> {
    let entries = crate::kept::unseal(HEADER, bytes)?;
    if entries.len() % 9 != 0 {
        return None;
    }
    let mut known = FxHashMap::default();
    for e in entries.chunks_exact(9) {
        let key = u64::from_le_bytes(e[..8].try_into().ok()?);
        known.insert(key, e[8]);
    }
    Some(known)
}

/// The code of `url` before its mask (as `QrCode::with_error_correction_level` draws
/// it, at level M), and its width in modules.
fn canvas(url: &str) -> Option<(Canvas, usize)> {
    let bits = qrcode::bits::encode_auto(url.as_bytes(), EcLevel::M).ok()?;
    let version = bits.version();
    let (data, ec) = qrcode::ec::construct_codewords(&bits.into_bytes(), version, EcLevel::M).ok()?;
    let mut canvas = Canvas::new(version, EcLevel::M);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ec);
    Some((canvas, usize::try_from(version.width()).ok()?))
}

/// The modules of a QR code (`width` × `width`, row by row) as one SVG path, a run of
/// dark modules per subpath, in a 4-module quiet zone, drawn 180 px square: a tenth of
/// the size of one square per module, and as sharp.
fn svg_of(colors: &[Color], width: usize) -> String {
    use std::fmt::Write;
    const QUIET: usize = 4;
    let side = width + 2 * QUIET;
    let mut path = String::with_capacity(width * width);
    for (y, row) in colors.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < row.len() && row[x] == Color::Dark {
                x += 1;
            }
            let _ = write!(path, "M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start);
        }
    }
    format!(
        "<svg role=\"img\" aria-label=\"Mã QR dẫn đến bài trên trang\" xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" \
         width=\"180\" height=\"180\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SVG's path back to dark modules, read as the renderer wrote it.
    fn modules(svg: &str) -> (usize, Vec<(usize, usize)>) {
        let side: usize = svg.split("viewBox=\"0 0 ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
        let d = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
        let mut dark = Vec::new();
        for sub in d.split('M').filter(|s| !s.is_empty()) {
            let (x, rest) = sub.split_once(' ').unwrap();
            let (y, rest) = rest.split_once('h').unwrap();
            let run: usize = rest.split_once('v').unwrap().0.parse().unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            dark.extend((x..x + run).map(|x| (x, y)));
        }
        (side, dark)
    }

    #[test]
    fn the_qr_code_reads_back_as_the_url() {
        let url = "https://trieuson.example.vn/bai-viet/hop-tac-xa-rau-an-toan-thon-3/";
        let svg = Masks::default().svg(url);
        assert!(svg.starts_with("<svg role=\"img\"") && svg.ends_with("</svg>"), "{svg}");
        assert!(svg.len() < 6000, "one subpath per run of modules: {} bytes", svg.len());
        // Drawn 6 px a module and read by an independent decoder.
        let (side, dark) = modules(&svg);
        let px = 6;
        let mut grid = vec![255u8; side * side];
        for (x, y) in dark {
            grid[y * side + x] = 0;
        }
        let mut img =
            rqrr::PreparedImage::prepare_from_greyscale(side * px, side * px, |x, y| grid[(y / px) * side + x / px]);
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code found");
        let (_, content) = grids[0].decode().expect("decodes");
        assert_eq!(content, url);
    }

    #[test]
    fn a_remembered_mask_draws_the_same_code_as_choosing_it() {
        let dir = std::env::temp_dir().join(format!("guong-qr-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let urls: Vec<String> = (0..40)
            .map(|i| format!("https://trieuson.example.vn/cong-thong-tin/bai-viet/dien-hinh-so-{i:06}/"))
            .chain(["https://a.vn/".to_owned(), "x".repeat(300)])
            .collect();
        let plain = |u: &str| {
            let code = qrcode::QrCode::with_error_correction_level(u, qrcode::EcLevel::M).unwrap();
            svg_of(&code.to_colors(), code.width())
        };
        // Cold: every mask is chosen, and remembered.
        let cold = Masks::open(&dir);
        for u in &urls {
            assert_eq!(cold.svg(u), plain(u), "{u}");
        }
        cold.save().unwrap();
        // Warm: every mask is read back, none chosen again, and the codes are the same.
        let warm = Masks::open(&dir);
        assert_eq!(warm.known.len(), urls.len());
        for u in &urls {
            assert_eq!(warm.svg(u), plain(u), "{u}");
        }
        assert!(warm.found.lock().unwrap().is_empty(), "nothing chosen anew");
        // The masks differ between codes: the file is not one mask for all.
        let masks: std::collections::HashSet<u8> = warm.known.values().copied().collect();
        assert!(masks.len() > 2, "{masks:?}");
        // A damaged file is not read: the masks are chosen again.
        let file = dir.join(FILE);
        let mut bytes = std::fs::read(&file).unwrap();
        bytes[HEADER.len() + 3] ^= 1;
        std::fs::write(&file, &bytes).unwrap();
        assert!(Masks::open(&dir).known.is_empty());
        std::fs::write(&file, b"short").unwrap();
        assert!(Masks::open(&dir).known.is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
