//! What `check` learns about a photo: that it is an image of a known format, of sane
//! dimensions, and whole. A full decode proves the last; its result is cached by the
//! file's hash so that a second check decodes nothing.

use super::cache::{self, Cache};
use super::{MAX_ALLOC, MAX_SIDE};
use crate::diagnostic::msg;
use image::{ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Probe {
    /// Dimensions after the EXIF orientation is applied.
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProbeError {
    Io(String),
    NotImage,
    Unsupported(String),
    TooLarge { width: u32, height: u32 },
    Corrupt(String),
}

impl ProbeError {
    /// What is wrong with the photo `shown`, in Vietnamese and English.
    pub fn describe(&self, shown: &str) -> (String, String) {
        let text = self.message(shown);
        (text.vi, text.en)
    }

    /// What is wrong with the photo `shown`, as a message.
    pub fn message(&self, shown: &str) -> crate::diagnostic::Text {
        match self {
            ProbeError::Io(e) => {
                msg!("images.io", shown, error = e)
            }
            ProbeError::NotImage => msg!("images.not-image", shown),
            ProbeError::Unsupported(f) => msg!("images.unsupported", shown, format = f),
            ProbeError::TooLarge { width, height } => {
                msg!("images.too-large", shown, width, height, max_side = super::MAX_SIDE)
            }
            ProbeError::Corrupt(e) => msg!("images.corrupt", shown, error = e),
        }
    }
}

pub(crate) fn limits() -> Limits {
    let mut l = Limits::default();
    l.max_image_width = Some(MAX_SIDE);
    l.max_image_height = Some(MAX_SIDE);
    l.max_alloc = Some(MAX_ALLOC);
    l
}

pub(crate) fn format_of(bytes: &[u8]) -> Result<ImageFormat, ProbeError> {
    let f = image::guess_format(bytes).map_err(|_| ProbeError::NotImage)?;
    match f {
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif => Ok(f),
        other => Err(ProbeError::Unsupported(format!("{other:?}"))),
    }
}

/// Reads dimensions and orientation from the header, within the limits, then decodes
/// every pixel to prove the file is whole.
pub(crate) fn decode_checked(bytes: &[u8]) -> Result<(image::DynamicImage, Probe), ProbeError> {
    let format = format_of(bytes)?;
    // The header alone first, so that a bomb is named with the size it claims.
    let mut header = ImageReader::with_format(Cursor::new(bytes), format);
    header.no_limits();
    if let Ok((w, h)) = header.into_dimensions()
        && (w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > 100_000_000)
    {
        return Err(ProbeError::TooLarge { width: w, height: h });
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(|e| match e {
        image::ImageError::Limits(_) => {
            let (width, height) = png_size(bytes).unwrap_or((0, 0));
            ProbeError::TooLarge { width, height }
        }
        other => ProbeError::Corrupt(other.to_string()),
    })?;
    let (w, h) = decoder.dimensions();
    if w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > 100_000_000 {
        return Err(ProbeError::TooLarge { width: w, height: h });
    }
    if !whole(format, bytes) {
        return Err(ProbeError::Corrupt("the file ends before the picture does".into()));
    }
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = image::DynamicImage::from_decoder(decoder).map_err(|e| match e {
        image::ImageError::Limits(_) => ProbeError::TooLarge { width: w, height: h },
        other => ProbeError::Corrupt(other.to_string()),
    })?;
    img.apply_orientation(orientation);
    let p = Probe { width: img.width(), height: img.height() };
    Ok((img, p))
}

/// A PNG's claimed size, read from its IHDR chunk (the decoder refuses before telling).
fn png_size(b: &[u8]) -> Option<(u32, u32)> {
    (b.len() >= 24 && &b[12..16] == b"IHDR")
        .then(|| (u32::from_be_bytes([b[16], b[17], b[18], b[19]]), u32::from_be_bytes([b[20], b[21], b[22], b[23]])))
}

/// Whether the file ends where its format says it does. Decoders are lenient with a
/// truncated file (the JPEG one paints the missing part grey), so look for the end.
fn whole(format: ImageFormat, b: &[u8]) -> bool {
    let find_last = |needle: &[u8]| b.windows(needle.len()).rposition(|w| w == needle);
    match format {
        // The main picture's last scan (FF DA) must be followed by an end marker (FF D9);
        // an EXIF thumbnail's markers come earlier, a phone's trailer after.
        ImageFormat::Jpeg => match find_last(&[0xFF, 0xDA]) {
            Some(sos) => b[sos..].windows(2).any(|w| w == [0xFF, 0xD9]),
            None => false,
        },
        ImageFormat::Png => find_last(b"IEND").is_some(),
        ImageFormat::WebP => b.len() >= 8 && u32::from_le_bytes([b[4], b[5], b[6], b[7]]) as usize + 8 <= b.len(),
        ImageFormat::Gif => b.last() == Some(&0x3B) || b.ends_with(&[0x3B, 0]),
        _ => true,
    }
}

/// Probes the photo at `path`, using and filling the cache under `root`.
pub(crate) fn probe(root: &Path, path: &Path) -> Result<Probe, ProbeError> {
    let bytes = crate::load::source::read_in(&root.join("content"), path, super::MAX_FILE_BYTES)
        .map_err(|e| ProbeError::Io(e.to_string()))?;
    probe_bytes(root, &bytes)
}

pub(crate) fn probe_bytes(root: &Path, bytes: &[u8]) -> Result<Probe, ProbeError> {
    let cache = Cache::new(root);
    let name = format!("{}.probe", cache::key(bytes, "probe"));
    if let Ok(text) = std::fs::read_to_string(cache.path(&name))
        && let Some((w, h)) = text.trim().split_once('x').and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
    {
        return Ok(Probe { width: w, height: h });
    }
    let (_, p) = decode_checked(bytes)?;
    let _ = cache.put(&name, format!("{}x{}", p.width, p.height).as_bytes()); // a read-only site still checks
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_is_seen() {
        let mut jpeg = Vec::new();
        let img = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8, y as u8, 90]));
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 80).encode_image(&img).unwrap();
        assert!(decode_checked(&jpeg).is_ok());
        assert!(matches!(decode_checked(&jpeg[..jpeg.len() / 2]), Err(ProbeError::Corrupt(_))));
        let mut trailer = jpeg.clone();
        trailer.extend_from_slice(b"SEFHtrailer data from a phone");
        assert!(decode_checked(&trailer).is_ok(), "data after the end marker is tolerated");
    }
}
