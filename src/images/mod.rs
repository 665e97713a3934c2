//! Photos: checked when stories are checked, then resized into JPEG and WebP variants,
//! stripped of every metadata block (GPS above all), and cached by content hash.

pub mod cache;
pub mod probe;
pub mod process;
pub mod share;

pub use probe::probe;
pub use process::{ImageSet, Variant};

pub use crate::model::site::ImageConfig;

/// Decoder limits: a photo larger than this is refused before any pixel is allocated
/// (a "decompression bomb" is a small file that claims enormous dimensions).
pub const MAX_SIDE: u32 = 12_000;
/// A photo file larger than this is refused unread (a phone's photo is a few MB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
pub const MAX_ALLOC: u64 = 768 * 1024 * 1024;
