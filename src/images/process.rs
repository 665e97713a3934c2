//! Resizing and encoding, in parallel, through the cache: a rebuild processes only new
//! or changed photos. Outputs carry no metadata: the encoders write pixels only, so
//! EXIF (with GPS), XMP and ICC blocks of the source never reach the site.

use super::ImageConfig;
use super::cache::{self, Cache};
use super::probe::{ProbeError, decode_checked};
use image::DynamicImage;
use image::codecs::jpeg::JpegEncoder;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One size of a photo, in both formats. Paths are relative to an outlet's root.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    pub jpeg: String,
    pub webp: String,
    /// Size of the JPEG in bytes (for feed enclosures).
    pub jpeg_len: u64,
}

#[derive(Debug, Clone)]
pub struct Processed {
    /// The cache's name for the photo: its variants are `<key>-<width>.jpg|webp`.
    pub key: String,
    /// Smallest first.
    pub variants: Vec<Variant>,
    pub width: u32,
    pub height: u32,
}

/// Every photo the build publishes, by its path under `content/`.
#[derive(Debug, Default)]
pub struct ImageSet {
    pub images: HashMap<String, Processed>,
    /// Cache file → output path (relative to an outlet), for copying into each outlet.
    pub files: Vec<(String, String)>,
    pub processed: usize,
    pub reused: usize,
}

/// Widths to produce for a photo `src_w` wide: never wider than the photo itself.
pub(crate) fn widths_for(config: &[u32], src_w: u32) -> Vec<u32> {
    let mut w: Vec<u32> = config.iter().copied().filter(|&w| w > 0 && w < src_w).collect();
    if config.iter().any(|&w| w >= src_w) || w.is_empty() {
        w.push(src_w);
    }
    w.sort_unstable();
    w.dedup();
    w
}

fn stem_of(rel: &str) -> String {
    let stem = Path::new(rel).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let s = crate::text::slugify_max(&stem, 40);
    if s.is_empty() { "anh".into() } else { s }
}

fn encode(img: &DynamicImage, quality: u8) -> Result<(Vec<u8>, Vec<u8>), String> {
    let rgb = img.to_rgb8();
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, quality).encode_image(&rgb).map_err(|e| e.to_string())?;
    let webp = webp::Encoder::from_rgb(rgb.as_raw(), rgb.width(), rgb.height()).encode(f32::from(quality)).to_vec();
    Ok((jpeg, webp))
}

/// One photo: reuse its cached variants, or decode, orient, resize and encode them.
fn one(
    root: &Path,
    cache: &Cache,
    cfg: &ImageConfig,
    rel: &str,
    counters: (&AtomicUsize, &AtomicUsize),
) -> Result<(Processed, Vec<(String, String)>), ProbeError> {
    let bytes =
        crate::load::source::read_in(&root.join("content"), &root.join("content").join(rel), super::MAX_FILE_BYTES)
            .map_err(|e| ProbeError::Io(e.to_string()))?;
    let params = format!("q={}", cfg.quality);
    let key = cache::key(&bytes, &params);
    let short = &key[..10];
    let stem = stem_of(rel);
    let manifest = format!("{key}.size");
    let size = std::fs::read_to_string(cache.path(&manifest)).ok().and_then(|t| {
        let (w, h) = t.trim().split_once('x')?;
        Some((w.parse::<u32>().ok()?, h.parse::<u32>().ok()?))
    });
    let names = |w: u32| (format!("{key}-{w}.jpg"), format!("{key}-{w}.webp"));
    let cached = size.filter(|&(w, _)| {
        widths_for(&cfg.widths, w).iter().all(|&v| {
            let (j, p) = names(v);
            cache.path(&j).is_file() && cache.path(&p).is_file()
        })
    });
    let (sw, sh) = match cached {
        Some(s) => {
            counters.1.fetch_add(1, Ordering::Relaxed);
            s
        }
        None => {
            let (img, probe) = decode_checked(&bytes)?;
            // Largest first, each from the one before: a 12 MP photo is read once.
            let mut from = img;
            for w in widths_for(&cfg.widths, probe.width).into_iter().rev() {
                let h = ((u64::from(probe.height) * u64::from(w)) / u64::from(probe.width)).max(1) as u32;
                if w != from.width() {
                    from = from.thumbnail_exact(w, h);
                }
                let (jpeg, webp) = encode(&from, cfg.quality).map_err(ProbeError::Corrupt)?;
                let (j, p) = names(w);
                cache.put(&j, &jpeg).map_err(|e| ProbeError::Io(e.to_string()))?;
                cache.put(&p, &webp).map_err(|e| ProbeError::Io(e.to_string()))?;
            }
            cache
                .put(&manifest, format!("{}x{}", probe.width, probe.height).as_bytes())
                .map_err(|e| ProbeError::Io(e.to_string()))?;
            counters.0.fetch_add(1, Ordering::Relaxed);
            (probe.width, probe.height)
        }
    };
    let mut variants = Vec::new();
    let mut files = vec![(manifest.clone(), String::new())];
    for w in widths_for(&cfg.widths, sw) {
        let h = ((u64::from(sh) * u64::from(w)) / u64::from(sw)).max(1) as u32;
        let (j, p) = names(w);
        let jpeg = format!("media/{stem}-{short}-{w}.jpg");
        let webp = format!("media/{stem}-{short}-{w}.webp");
        let jpeg_len = std::fs::metadata(cache.path(&j)).map(|m| m.len()).unwrap_or(0);
        files.push((j, jpeg.clone()));
        files.push((p, webp.clone()));
        variants.push(Variant { width: w, height: h, jpeg, webp, jpeg_len });
    }
    Ok((Processed { key: key.clone(), variants, width: sw, height: sh }, files))
}

impl ImageSet {
    /// Processes every photo in `paths` (relative to `content/`), in parallel.
    pub fn build(
        root: &Path,
        cfg: &ImageConfig,
        paths: &HashSet<String>,
    ) -> Result<ImageSet, Vec<(String, ProbeError)>> {
        let cache = Cache::new(root);
        let (done, reused) = (AtomicUsize::new(0), AtomicUsize::new(0));
        let mut sorted: Vec<&String> = paths.iter().collect();
        sorted.sort();
        let results: Vec<(String, Result<_, ProbeError>)> =
            sorted.par_iter().map(|rel| ((*rel).clone(), one(root, &cache, cfg, rel, (&done, &reused)))).collect();
        let mut set = ImageSet::default();
        let mut errors = Vec::new();
        for (rel, r) in results {
            match r {
                Ok((p, files)) => {
                    set.files.extend(files.into_iter().filter(|(_, out)| !out.is_empty()));
                    set.images.insert(rel, p);
                }
                Err(e) => errors.push((rel, e)),
            }
        }
        set.processed = done.into_inner();
        set.reused = reused.into_inner();
        if errors.is_empty() { Ok(set) } else { Err(errors) }
    }

    /// Removes cache entries this build did not use (probes are kept: check owns them),
    /// only when no other build holds the cache (`hold` made exclusive): the entries of a
    /// build of other stories (`--drafts`) into another folder are not this build's to
    /// remove while it runs.
    pub fn prune(&self, root: &Path, hold: &cache::InUse) -> usize {
        if !hold.alone() {
            return 0;
        }
        let cache = Cache::new(root);
        let mut keep: HashSet<String> = self.files.iter().map(|(c, _)| c.clone()).collect();
        // A size record is named by the same key as its variants.
        for (c, _) in &self.files {
            if let Some(key) = c.split('-').next() {
                keep.insert(format!("{key}.size"));
            }
        }
        // Share images are made by the outlets' jobs: those this build asked for.
        keep.extend(super::share::used());
        if let Ok(entries) = std::fs::read_dir(&cache.dir) {
            for e in entries.flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                // Probes are check's.
                if n.ends_with(".probe") || n.ends_with(".audio") {
                    keep.insert(n);
                }
            }
        }
        cache.prune(&keep)
    }

    /// Puts the variants into an outlet folder: hard links from the cache where the file
    /// system allows, copies elsewhere.
    pub fn install(&self, root: &Path, outlet_dir: &Path) -> std::io::Result<usize> {
        let cache = Cache::new(root);
        let results: Vec<std::io::Result<()>> = self
            .files
            .par_iter()
            .map(|(c, out)| {
                let dest = outlet_dir.join(out);
                if let Some(d) = dest.parent() {
                    std::fs::create_dir_all(d)?;
                }
                if std::fs::hard_link(cache.path(c), &dest).is_err() {
                    std::fs::copy(cache.path(c), &dest)?;
                }
                Ok(())
            })
            .collect();
        results.into_iter().collect::<std::io::Result<Vec<()>>>().map(|v| v.len())
    }

    /// The `<picture>` markup of a photo, with URLs relative to `prefix` (e.g. "../../").
    pub fn picture(&self, rel: &str, alt: &str, prefix: &str, sizes: &str) -> Option<String> {
        let p = self.images.get(rel)?;
        let srcset = |f: fn(&Variant) -> &String| {
            p.variants.iter().map(|v| format!("{prefix}{} {}w", f(v), v.width)).collect::<Vec<_>>().join(", ")
        };
        let default = p.variants.iter().rev().find(|v| v.width <= 960).or(p.variants.first())?;
        let esc = crate::text::html::escape_html;
        Some(format!(
            "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{sizes}\"><img src=\"{prefix}{}\" srcset=\"{}\" sizes=\"{sizes}\" width=\"{}\" height=\"{}\" alt=\"{}\" loading=\"lazy\" decoding=\"async\"></picture>",
            srcset(|v| &v.webp),
            default.jpeg,
            srcset(|v| &v.jpeg),
            default.width,
            default.height,
            esc(alt)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_upscaled() {
        assert_eq!(widths_for(&[480, 960, 1600], 4000), [480, 960, 1600]);
        assert_eq!(widths_for(&[480, 960, 1600], 1200), [480, 960, 1200]);
        assert_eq!(widths_for(&[480, 960, 1600], 300), [300]);
        assert_eq!(widths_for(&[480, 960], 960), [480, 960]);
    }
}
