//! Photos: checked when stories are checked, then resized into JPEG and WebP variants,
//! stripped of every metadata block (GPS above all), and cached by content hash.

pub(crate) mod cache;
pub(crate) mod probe;
pub(crate) mod process;
pub(crate) mod share;

pub(crate) use probe::probe;
pub(crate) use process::{ImageSet, Variant};

pub(crate) use crate::model::site::ImageConfig;

/// Decoder limits: a photo larger than this is refused before any pixel is allocated
/// (a "decompression bomb" is a small file that claims enormous dimensions).
pub(crate) const MAX_SIDE: u32 = 12_000;
/// A photo file larger than this is refused unread (a phone's photo is a few MB).
pub(crate) const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
pub(crate) const MAX_ALLOC: u64 = 768 * 1024 * 1024;
