//! Recordings (`audio:`): MP3, M4A (AAC) or OGG (Vorbis) files the Culture Centre
//! records, opened with a pure-Rust decoder (symphonia) and decoded to the end: the
//! format, the duration, and whether the file is whole. A probe is kept in the image
//! cache by the file's content hash, so only a new or changed recording is decoded.

use crate::diagnostic::msg;
use crate::images::cache::{self, Cache};
use std::path::Path;
use symphonia::core::codecs::audio::AudioDecoderOptions;
use symphonia::core::errors::Error;
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::{FormatOptions, TrackType};
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;

/// A recording larger than this is refused unread (an hour of speech at 128 kb/s is
/// 58 MB).
pub(crate) const MAX_BYTES: u64 = 200 * 1024 * 1024;
/// A file whose decoded length falls short of its declared one by more than this share
/// is taken as cut off.
const TRUNCATED: f64 = 0.97;
/// Sound past the declared end beyond this (or beyond 3% of the declared length, if more)
/// makes a file `Overlong`; an encoder's padding is a few hundredths of a second.
const OVERLONG_SECONDS: f64 = 1.0;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Recording {
    /// The content hash the cache names it by.
    pub key: String,
    /// `audio/mpeg`, `audio/mp4`, `audio/ogg`.
    pub mime: &'static str,
    pub seconds: f64,
    pub bytes: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum AudioError {
    Io(String),
    /// Not a recording guong plays: another extension, or a format no decoder reads.
    Unsupported(String),
    /// It ends before its own header says it should (`declared`), or mid-stream.
    Truncated {
        decoded: f64,
        declared: Option<f64>,
    },
    Corrupt(String),
    /// Its header declares `declared` seconds, but frames go on past them (to `actual`):
    /// players would show, and some stop at, the declared length.
    Overlong {
        declared: f64,
        actual: f64,
    },
}

impl AudioError {
    /// What is wrong with the recording, as a message.
    pub(crate) fn describe(&self) -> crate::diagnostic::Text {
        match self {
            AudioError::Io(e) => {
                msg!("audio.io", error = e)
            }
            AudioError::Unsupported(e) => msg!("audio.unsupported", error = e),
            AudioError::Truncated { decoded, declared: Some(declared) } => {
                msg!("audio.cut-off", decoded = format!("{:.1}", decoded), declared = format!("{:.1}", declared))
            }
            AudioError::Truncated { decoded, declared: None } => {
                msg!("audio.truncated", decoded = format!("{:.1}", decoded))
            }
            AudioError::Corrupt(e) => msg!("audio.corrupt", error = e),
            AudioError::Overlong { declared, actual } => {
                msg!("audio.header", declared = format!("{:.1}", declared), actual = format!("{:.1}", actual))
            }
        }
    }
}

fn mime_of(path: &Path) -> Option<&'static str> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "mp3" => Some("audio/mpeg"),
        "m4a" | "mp4" | "aac" => Some("audio/mp4"),
        "ogg" | "oga" => Some("audio/ogg"),
        _ => None,
    }
}

/// Decodes the recording to its end.
pub(crate) fn decode(bytes: Vec<u8>, mime: &'static str, ext: &str) -> Result<Recording, AudioError> {
    let len = bytes.len() as u64;
    let mss = MediaSourceStream::new(Box::new(std::io::Cursor::new(bytes)), Default::default());
    let mut hint = Hint::new();
    hint.with_extension(ext);
    let mut format = symphonia::default::get_probe()
        .probe(&hint, mss, FormatOptions::default(), MetadataOptions::default())
        .map_err(|e| match e {
            // An OGG file is read from its last page: cut off, it fails here.
            Error::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
                AudioError::Truncated { decoded: 0.0, declared: None }
            }
            e => AudioError::Unsupported(e.to_string()),
        })?;
    let track =
        format.default_track(TrackType::Audio).ok_or_else(|| AudioError::Unsupported("no audio track".into()))?;
    let (id, declared_frames) = (track.id, track.num_frames);
    // Seconds of one timestamp unit, to place the last packet's end.
    let tick = track.time_base.map(|t| f64::from(t.numer.get()) / f64::from(t.denom.get()));
    let params = track
        .codec_params
        .as_ref()
        .and_then(|p| p.audio())
        .ok_or_else(|| AudioError::Unsupported("no audio codec".into()))?
        .clone();
    let rate = f64::from(params.sample_rate.ok_or_else(|| AudioError::Corrupt("no sample rate".into()))?);
    let mut decoder = symphonia::default::get_codecs()
        .make_audio_decoder(&params, &AudioDecoderOptions::default())
        .map_err(|e| AudioError::Unsupported(e.to_string()))?;
    // Frames decoded, packets that do not decode, and where the last packet ends (in
    // timestamp units): packets past the declared end are trimmed to nothing by the
    // decoder, so they never reach `frames`.
    let (mut frames, mut bad, mut last_end) = (0u64, 0usize, 0i64);
    let mut cut = false;
    loop {
        let packet = match format.next_packet() {
            Ok(Some(p)) => p,
            Ok(None) => break,
            Err(Error::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                cut = true;
                break;
            }
            Err(Error::ResetRequired) => break,
            Err(e) => return Err(AudioError::Corrupt(e.to_string())),
        };
        if packet.track_id != id {
            continue;
        }
        last_end = last_end.max(packet.pts.get().saturating_add_unsigned(packet.dur.get()));
        match decoder.decode(&packet) {
            Ok(buf) => frames += buf.frames() as u64,
            Err(Error::DecodeError(_)) | Err(Error::IoError(_)) => bad += 1,
            Err(e) => return Err(AudioError::Corrupt(e.to_string())),
        }
    }
    let seconds = frames as f64 / rate;
    if frames == 0 {
        return Err(AudioError::Corrupt("không có âm thanh nào giải mã được / nothing decodes".into()));
    }
    if let Some(n) = declared_frames {
        let declared = n as f64 / rate;
        if seconds < declared * TRUNCATED {
            return Err(AudioError::Truncated { decoded: seconds, declared: Some(declared) });
        }
        let actual = tick.map_or(0.0, |t| last_end as f64 * t);
        if actual - declared > OVERLONG_SECONDS.max(declared * (1.0 - TRUNCATED)) {
            return Err(AudioError::Overlong { declared, actual });
        }
    }
    if cut {
        return Err(AudioError::Truncated { decoded: seconds, declared: None });
    }
    if bad > 3 {
        return Err(AudioError::Corrupt(format!("{bad} đoạn không giải mã được / packets do not decode")));
    }
    Ok(Recording { key: String::new(), mime, seconds, bytes: len })
}

/// Probes `content/<rel>`, through the cache.
pub(crate) fn probe(root: &Path, rel: &str) -> Result<Recording, AudioError> {
    let path = root.join("content").join(rel);
    let mime =
        mime_of(&path).ok_or_else(|| AudioError::Unsupported("phần mở rộng phải là .mp3, .m4a hoặc .ogg".into()))?;
    let bytes = crate::load::source::read_in(&root.join("content"), &path, MAX_BYTES)
        .map_err(|e| AudioError::Io(e.to_string()))?;
    let cache = Cache::new(root);
    let key = cache::key(&bytes, "audio-v2");
    let name = format!("{key}.audio");
    if let Ok(t) = std::fs::read_to_string(cache.path(&name))
        && let Some(seconds) = t.trim().parse::<f64>().ok()
    {
        return Ok(Recording { key, mime, seconds, bytes: bytes.len() as u64 });
    }
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let r = decode(bytes, mime, &ext)?;
    let _ = cache.put(&name, format!("{}", r.seconds).as_bytes());
    Ok(Recording { key, ..r })
}

/// Where an outlet publishes the recording: `media/<name>-<hash>.<ext>`, a new address
/// whenever the file changes (so it may be cached for a year).
pub(crate) fn published_path(rel: &str, r: &Recording) -> String {
    let p = Path::new(rel);
    let stem = p.file_stem().map(|s| crate::text::slugify_max(&s.to_string_lossy(), 40)).unwrap_or_default();
    let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("mp3").to_ascii_lowercase();
    format!("media/{stem}-{}.{ext}", &r.key[..10.min(r.key.len())])
}

/// "3 phút 20 giây"
pub(crate) fn duration_vi(seconds: f64) -> String {
    let s = seconds.round() as u64;
    match (s / 60, s % 60) {
        (0, sec) => format!("{sec} giây"),
        (m, 0) => format!("{m} phút"),
        (m, sec) => format!("{m} phút {sec} giây"),
    }
}

/// "00:03:20", as podcast apps read `itunes:duration`.
pub(crate) fn hms(seconds: f64) -> String {
    let s = seconds.round() as u64;
    format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_said_and_written() {
        assert_eq!(duration_vi(200.4), "3 phút 20 giây");
        assert_eq!(duration_vi(59.6), "1 phút");
        assert_eq!(duration_vi(42.0), "42 giây");
        assert_eq!(hms(3725.0), "01:02:05");
    }

    #[test]
    fn what_is_not_audio_is_refused() {
        let e = decode(b"not audio at all".repeat(100), "audio/mpeg", "mp3").unwrap_err();
        assert!(matches!(e, AudioError::Unsupported(_) | AudioError::Corrupt(_)), "{e:?}");
    }
}

#[cfg(test)]
mod fixtures {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audio").join(name)).unwrap()
    }

    #[test]
    fn mp3_m4a_and_ogg_decode_to_their_length() {
        for (name, mime, ext) in [
            ("chuong.mp3", "audio/mpeg", "mp3"),
            ("chuong.m4a", "audio/mp4", "m4a"),
            ("chuong.ogg", "audio/ogg", "ogg"),
        ] {
            let r = decode(fixture(name), mime, ext).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert!((r.seconds - 3.0).abs() < 0.15, "{name}: {} s", r.seconds);
        }
    }

    #[test]
    fn a_file_cut_in_half_is_refused() {
        for (name, mime, ext) in [("chuong.mp3", "audio/mpeg", "mp3"), ("chuong.ogg", "audio/ogg", "ogg")] {
            let mut b = fixture(name);
            b.truncate(b.len() / 2);
            let e = decode(b, mime, ext).expect_err(name);
            assert!(matches!(e, AudioError::Truncated { .. }), "{name}: {e:?}");
        }
    }
}

#[cfg(test)]
mod overlong {
    use super::*;

    /// Issue 36, case 8: an MP3 whose header declared 58 s, followed by 190 MB of frames,
    /// was published as 58 s long.
    #[test]
    fn a_file_longer_than_its_header_says_is_refused() {
        let mp3 = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audio/chuong.mp3")).unwrap();
        // The frames after the first (which holds the `Info` tag: 3 s), four more times.
        let second = (46..mp3.len() - 1).find(|&i| mp3[i] == 0xff && mp3[i + 1] == mp3[46]).unwrap();
        let mut long = mp3.clone();
        for _ in 0..4 {
            long.extend_from_slice(&mp3[second..]);
        }
        match decode(long, "audio/mpeg", "mp3") {
            Err(AudioError::Overlong { declared, actual }) => {
                assert!((declared - 3.0).abs() < 0.15 && (actual - 15.0).abs() < 0.5, "{declared} {actual}");
            }
            other => panic!("{other:?}"),
        }
        assert!(decode(mp3, "audio/mpeg", "mp3").is_ok(), "the file as exported");
    }
}
