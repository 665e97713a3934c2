//! Images for sharing a story on Zalo and Facebook: a square 1080×1080 for a post and
//! the Open Graph card of 1200×630, each cropped around the photo's centre; for a story
//! without a photo, a plain title card in the outlet's colour. Both kept in the cache.

use super::cache::{self, Cache};
use ab_glyph::{Font, FontRef, PxScale, ScaleFont};
use image::{DynamicImage, Rgb, RgbImage};

pub(crate) const SQUARE: (u32, u32) = (1080, 1080);
pub(crate) const OPEN_GRAPH: (u32, u32) = (1200, 630);

/// Cut to the shape of `w`×`h` around the centre, then scaled to it: only the pixels
/// kept are resampled, with `image`'s fast integer thumbnail (a box filter going down,
/// linear going up), a tenth of the time of a triangle filter over the whole photo.
pub(crate) fn crop(img: &DynamicImage, (w, h): (u32, u32)) -> RgbImage {
    let owned;
    let rgb = match img.as_rgb8() {
        Some(rgb) => rgb,
        None => {
            owned = img.to_rgb8();
            &owned
        }
    };
    let (iw, ih) = rgb.dimensions();
    let (iw64, ih64, w64, h64) = (u64::from(iw), u64::from(ih), u64::from(w), u64::from(h));
    // The widest region of the target's shape that the photo holds.
    let (cw, ch) =
        if iw64 * h64 > ih64 * w64 { ((ih64 * w64 / h64) as u32, ih) } else { (iw, (iw64 * h64 / w64) as u32) };
    let (cw, ch) = (cw.clamp(1, iw), ch.clamp(1, ih));
    let region = image::imageops::crop_imm(rgb, (iw - cw) / 2, (ih - ch) / 2, cw, ch);
    image::imageops::thumbnail(&*region, w, h)
}

/// "#a31d24" as RGB; black if it is not a colour.
pub(crate) fn colour(hex: &str) -> [u8; 3] {
    let h = hex.trim().trim_start_matches('#');
    let byte = |i: usize| h.get(i..i + 2).and_then(|s| u8::from_str_radix(s, 16).ok());
    match (h.len(), byte(0), byte(2), byte(4)) {
        (6, Some(r), Some(g), Some(b)) => [r, g, b],
        _ => [0x1a, 0x1a, 0x1a],
    }
}

/// Lines of `text` no wider than `max` pixels at `scale`.
fn wrap(font: &impl Font, scale: PxScale, text: &str, max: f32) -> Vec<String> {
    let sf = font.as_scaled(scale);
    let width = |s: &str| s.chars().map(|c| sf.h_advance(font.glyph_id(c))).sum::<f32>();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for long in text.split_whitespace() {
        // A word wider than the card (a long address, a name without spaces) is broken
        // where it reaches the edge, never drawn past it.
        for word in split_wide(long, max, &width) {
            let candidate = if line.is_empty() { word.clone() } else { format!("{line} {word}") };
            if width(&candidate) > max && !line.is_empty() {
                lines.push(std::mem::replace(&mut line, word));
            } else {
                line = candidate;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `line` cut short with `…`, no wider than `max`.
fn ellipsize(font: &impl Font, scale: PxScale, line: &str, max: f32) -> String {
    let sf = font.as_scaled(scale);
    let width = |s: &str| s.chars().map(|c| sf.h_advance(font.glyph_id(c))).sum::<f32>();
    let mut cut = line.trim_end().to_owned();
    while !cut.is_empty() && width(&format!("{cut}…")) > max {
        cut.pop();
    }
    format!("{}…", cut.trim_end())
}

/// `word` in pieces no wider than `max` (one piece when it fits); a combining mark stays
/// with its letter.
fn split_wide(word: &str, max: f32, width: &impl Fn(&str) -> f32) -> Vec<String> {
    if width(word) <= max {
        return vec![word.to_owned()];
    }
    let mut pieces = vec![String::new()];
    for c in word.chars() {
        let last = pieces.last_mut().expect("one piece at least");
        let mut candidate = last.clone();
        candidate.push(c);
        let mark = unicode_normalization::char::is_combining_mark(c);
        if width(&candidate) > max && !last.is_empty() && !mark {
            pieces.push(c.to_string());
        } else {
            *last = candidate;
        }
    }
    pieces
}

fn draw(img: &mut RgbImage, font: &impl Font, scale: PxScale, text: &str, (x0, y0): (f32, f32), ink: [u8; 3]) {
    let sf = font.as_scaled(scale);
    let mut x = x0;
    for c in text.chars() {
        let id = font.glyph_id(c);
        let glyph = id.with_scale_and_position(scale, ab_glyph::point(x, y0 + sf.ascent()));
        x += sf.h_advance(id);
        if let Some(outline) = font.outline_glyph(glyph) {
            let b = outline.px_bounds();
            outline.draw(|gx, gy, cover| {
                let (px, py) = (b.min.x as i64 + i64::from(gx), b.min.y as i64 + i64::from(gy));
                if px < 0 || py < 0 || px >= i64::from(img.width()) || py >= i64::from(img.height()) {
                    return;
                }
                // In 256ths, with integers: the float blend and its rounding were a
                // tenth of a card's time.
                let a = (cover.clamp(0.0, 1.0) * 256.0) as u32;
                let p = img.get_pixel_mut(px as u32, py as u32);
                for (channel, ink) in p.0.iter_mut().zip(ink) {
                    *channel = ((u32::from(*channel) * (256 - a) + u32::from(ink) * a + 128) >> 8) as u8;
                }
            });
        }
    }
}

/// A plain card: the title, large, over the outlet's colour, and its name below.
pub(crate) fn title_card(title: &str, site: &str, bg: [u8; 3], (w, h): (u32, u32)) -> RgbImage {
    let bold = FontRef::try_from_slice(dejavu::sans_condensed::bold()).expect("the embedded font parses");
    let regular = FontRef::try_from_slice(dejavu::sans_condensed::regular()).expect("the embedded font parses");
    let mut img = RgbImage::from_pixel(w, h, Rgb(bg));
    let margin = w as f32 * 0.08;
    let mut size = h as f32 / 9.0;
    let mut lines = wrap(&bold, PxScale::from(size), title, w as f32 - 2.0 * margin);
    while lines.len() as f32 * size * 1.2 > h as f32 * 0.62 && size > 20.0 {
        size *= 0.9;
        lines = wrap(&bold, PxScale::from(size), title, w as f32 - 2.0 * margin);
    }
    // Still too many at the smallest size: the last line that fits ends the title.
    let fit = ((h as f32 * 0.62) / (size * 1.2)).floor().max(1.0) as usize;
    if lines.len() > fit {
        lines.truncate(fit);
        if let Some(last) = lines.last_mut() {
            *last = ellipsize(&bold, PxScale::from(size), last, w as f32 - 2.0 * margin);
        }
    }
    let mut y = margin;
    for l in &lines {
        draw(&mut img, &bold, PxScale::from(size), l, (margin, y), [255, 255, 255]);
        y += size * 1.2;
    }
    let small = h as f32 / 22.0;
    let site_lines = wrap(&regular, PxScale::from(small), site, w as f32 - 2.0 * margin);
    let site = match site_lines.as_slice() {
        [one] => one.clone(),
        [first, ..] => ellipsize(&regular, PxScale::from(small), first, w as f32 - 2.0 * margin),
        [] => String::new(),
    };
    draw(&mut img, &regular, PxScale::from(small), &site, (margin, h as f32 - margin - small), [235, 235, 235]);
    img
}

/// A band along the bottom with `text` (the sample's notice): the image says what it is
/// wherever it is shared.
pub(crate) fn stamp(img: &mut RgbImage, text: &str) {
    let regular = FontRef::try_from_slice(dejavu::sans_condensed::regular()).expect("the embedded font parses");
    let (w, h) = img.dimensions();
    let band = (h / 14).max(12);
    let start = (h - band) as usize * w as usize * 3;
    let raw: &mut [u8] = &mut *img;
    for c in &mut raw[start..] {
        *c >>= 2;
    }
    let size = band as f32 * 0.55;
    let pad = w as f32 * 0.03;
    let line = wrap(&regular, PxScale::from(size), text, w as f32 - 2.0 * pad);
    let shown = match line.as_slice() {
        [one] => one.clone(),
        [first, ..] => ellipsize(&regular, PxScale::from(size), first, w as f32 - 2.0 * pad),
        [] => return,
    };
    let y = (h - band) as f32 + (band as f32 - size) / 2.0;
    draw(img, &regular, PxScale::from(size), &shown, (pad, y), [255, 255, 255]);
}

/// The share images' JPEG quality: 4:2:0, the encoder's standard tables. At 80 a photo
/// card is 20 kB (1200×630) and 27 kB (1080×1080), against 42 and 59 kB before; a title
/// card 50 and 82 kB, against 84 and 136 (`tests::bench`: text's edges cost JPEG dearly).
pub(crate) const QUALITY: u8 = 80;

/// `img` as a baseline JPEG (`jpeg-encoder`, AVX2 where the processor has it: a card in
/// a few milliseconds, against 30-60 with `image`'s own encoder), with optimised Huffman
/// tables (a second pass over the coefficients for 5-10% fewer bytes).
pub(crate) fn jpeg(img: &RgbImage, quality: u8) -> Result<Vec<u8>, String> {
    let (w, h) = img.dimensions();
    let (w, h) = (u16::try_from(w).map_err(|e| e.to_string())?, u16::try_from(h).map_err(|e| e.to_string())?);
    let mut out = Vec::with_capacity(64 * 1024);
    let mut enc = jpeg_encoder::Encoder::new(&mut out, quality);
    enc.set_sampling_factor(jpeg_encoder::SamplingFactor::F_2_2);
    enc.set_optimized_huffman_tables(true);
    enc.encode(img.as_raw(), w, h, jpeg_encoder::ColorType::Rgb).map_err(|e| e.to_string())?;
    Ok(out)
}

/// A photo card's bytes at most (where a lower quality can reach it): a post quick to
/// preview on a phone.
pub(crate) const BUDGET: usize = 40_000;
/// The qualities tried, in turn, for a photo card over `BUDGET`.
const LOWER: [u8; 3] = [70, 60, 50];

/// What names the encoder and its settings in a cached card's key: a change of either
/// makes new cards, never reuses old ones.
const ENCODER: &str = "share-v4 jpeg-encoder-0.7 q80 420 opt budget 40000 70 60 50";

/// The share images this process has asked the cache for, by name: a full build keeps
/// these and removes the other share images (`Images::prune`): cards of former titles,
/// photos, outlets or encoders, which no build will link again.
/// A set: `serve` asks again for the same cards at each save.
static USED: std::sync::Mutex<std::collections::BTreeSet<String>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

/// The cache names of the share images this process has asked for.
pub(crate) fn used() -> std::collections::HashSet<String> {
    USED.lock().map(|u| u.iter().cloned().collect()).unwrap_or_default()
}

/// The image's JPEG from the cache, made by `make` when not there (named by a hash of
/// `what`: the source's bytes or the card's words, and the size), within `budget` bytes
/// where given.
/// The outlets link the file from the cache (as photo variants are), so a build neither
/// reads nor writes the JPEG again.
pub(crate) fn cached(
    cache: &Cache,
    what: &[u8],
    size: (u32, u32),
    budget: Option<usize>,
    make: impl FnOnce() -> Result<RgbImage, String>,
) -> Result<std::path::PathBuf, String> {
    let name = format!("{}-share-{}x{}.jpg", cache::key(what, ENCODER), size.0, size.1);
    let path = cache.path(&name);
    if let Ok(mut used) = USED.lock() {
        used.insert(name.clone());
    }
    if path.is_file() {
        return Ok(path);
    }
    let img = make()?;
    let mut bytes = jpeg(&img, QUALITY)?;
    // A detailed photo over the budget: a lower quality, a step at a time (a title card's
    // bytes are its text's edges, which a lower quality only smears).
    for q in budget.map_or(&[][..], |_| &LOWER[..]) {
        if budget.is_some_and(|b| bytes.len() <= b) {
            break;
        }
        bytes = jpeg(&img, *q)?;
    }
    cache.put(&name, &bytes).map_err(|e| e.to_string())?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Per-card figures (`cargo test --lib share::tests::bench -- --ignored --nocapture`):
    /// drawing, cropping, encoding with `image`'s encoder at 85 (before) and with
    /// `jpeg-encoder` at a few qualities (after), milliseconds and bytes. No assertion
    /// on time.
    #[test]
    #[ignore = "a measurement, not a check: cargo test --release --lib share::tests::bench -- --ignored --nocapture"]
    fn bench() {
        use std::time::Instant;
        let photo = image::open(concat!(env!("CARGO_MANIFEST_DIR"), "/content/media/2025/ao-nuoi-ca-vietgap.jpg"))
            .expect("the sample's photo");
        let ms = |t: Instant| t.elapsed().as_secs_f64() * 1000.0;
        let best = |f: &mut dyn FnMut() -> usize| {
            let mut out = (f64::MAX, 0);
            for _ in 0..5 {
                let t = Instant::now();
                let n = f();
                out = (out.0.min(ms(t)), n);
            }
            out
        };
        for size in [SQUARE, OPEN_GRAPH] {
            let title = "Hội nghị tổng kết phong trào thi đua yêu nước giai đoạn 2020-2025 của xã Thọ Phú";
            let (t, _) = best(&mut || title_card(title, "Cổng thông tin điện tử", colour("#a31d24"), size).len());
            let card = title_card(title, "Cổng thông tin điện tử", colour("#a31d24"), size);
            let (c, _) = best(&mut || crop(&photo, size).len());
            let cropped = crop(&photo, size);
            println!("{size:?}: title card drawn {t:.1} ms, photo cropped {c:.1} ms");
            for (name, img) in [("title", &card), ("photo", &cropped)] {
                let (old_t, old_n) = best(&mut || {
                    let mut out = Vec::new();
                    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85).encode_image(img).unwrap();
                    out.len()
                });
                println!("  {name}: image q85 {old_t:.1} ms {old_n} B");
                for q in [85, 80, 75] {
                    let (t, n) = best(&mut || jpeg(img, q).unwrap().len());
                    println!("  {name}: jpeg-encoder q{q} {t:.1} ms {n} B");
                }
                let (t, n) = best(&mut || {
                    let mut out = Vec::new();
                    let png = image::codecs::png::PngEncoder::new_with_quality(
                        &mut out,
                        image::codecs::png::CompressionType::Fast,
                        image::codecs::png::FilterType::Adaptive,
                    );
                    image::ImageEncoder::write_image(
                        png,
                        img.as_raw(),
                        img.width(),
                        img.height(),
                        image::ExtendedColorType::Rgb8,
                    )
                    .unwrap();
                    out.len()
                });
                println!("  {name}: png (RGB, fast) {t:.1} ms {n} B");
            }
        }
    }

    #[test]
    fn a_word_wider_than_the_card_is_broken_at_its_edge() {
        let font = FontRef::try_from_slice(dejavu::sans_condensed::bold()).unwrap();
        let scale = PxScale::from(120.0);
        let sf = font.as_scaled(scale);
        let width = |s: &str| s.chars().map(|c| sf.h_advance(font.glyph_id(c))).sum::<f32>();
        let long = "Nguyễn".repeat(30);
        let lines = wrap(&font, scale, &format!("Ông {long} ở thôn 3"), 900.0);
        assert!(lines.len() > 3, "{lines:?}");
        assert!(lines.iter().all(|l| width(l) <= 900.0), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), format!("Ông{long}ởthôn3"));
        // Drawn: nothing past the right margin.
        let img = title_card(&long, &"Trung tâm Văn hóa ".repeat(10), [0, 0, 0], (1200, 630));
        let margin = (1200.0 * 0.08) as u32;
        for y in 0..630 {
            for x in (1200 - margin + 4)..1200 {
                assert_eq!(img.get_pixel(x, y).0, [0, 0, 0], "({x}, {y})");
            }
        }
    }

    #[test]
    fn crops_cover_the_target_around_the_centre() {
        let mut src = RgbImage::from_pixel(400, 200, Rgb([0, 0, 255]));
        for y in 0..200 {
            for x in 150..250 {
                src.put_pixel(x, y, Rgb([255, 0, 0]));
            }
        }
        let sq = crop(&DynamicImage::ImageRgb8(src), SQUARE);
        assert_eq!(sq.dimensions(), SQUARE);
        assert!(sq.get_pixel(540, 540).0[0] > 200, "the centre stays in");
    }

    #[test]
    fn a_title_card_has_ink_where_the_title_is() {
        let card = title_card("Gương điển hình tiên tiến xã Thọ Phú", "Cổng thông tin", colour("#a31d24"), OPEN_GRAPH);
        assert_eq!(card.dimensions(), OPEN_GRAPH);
        let white = card.pixels().filter(|p| p.0 == [255, 255, 255]).count();
        assert!(white > 2000, "the title is drawn: {white} white pixels");
        assert_eq!(card.get_pixel(1199, 300).0, [0xa3, 0x1d, 0x24], "the margin keeps the colour");
    }
}
