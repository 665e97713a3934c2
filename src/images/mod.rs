//! Photos: checked when stories are checked, then resized into JPEG and WebP variants,
//! stripped of every metadata block (GPS above all), and cached by content hash.

pub mod cache;
pub mod probe;
pub mod process;

pub use probe::{probe, Probe, ProbeError};
pub use process::{ImageSet, Variant};

use serde::Deserialize;

/// `images:` in site.yaml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImageConfig {
    /// Widths of the variants, in pixels; a photo is never enlarged.
    #[serde(default = "default_widths")]
    pub widths: Vec<u32>,
    /// JPEG and WebP quality, 1-100.
    #[serde(default = "default_quality")]
    pub quality: u8,
}

impl Default for ImageConfig {
    fn default() -> Self {
        ImageConfig { widths: default_widths(), quality: default_quality() }
    }
}

fn default_widths() -> Vec<u32> {
    vec![480, 960, 1600]
}
fn default_quality() -> u8 {
    80
}

/// Decoder limits: a photo larger than this is refused before any pixel is allocated
/// (a "decompression bomb" is a small file that claims enormous dimensions).
pub const MAX_SIDE: u32 = 12_000;
/// A photo file larger than this is refused unread (a phone's photo is a few MB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
pub const MAX_ALLOC: u64 = 768 * 1024 * 1024;
