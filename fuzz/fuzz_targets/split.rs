//! Front-matter splitting on any text, and decoding (UTF-8, BOM, CRLF, NUL) of any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((text, _)) = guong::fuzz::decode("fuzz.md", data.to_vec()) {
        // Decoded text has LF line endings only.
        assert!(!text.contains('\r'));
        let _ = guong::fuzz::split("fuzz.md", &text);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(s) = guong::fuzz::split("fuzz.md", text) {
            // The pieces are slices of the input, in order.
            assert!(s.front_matter.len() + s.body.len() <= text.len());
            assert!(text.ends_with(s.body));
        }
    }
});
