//! Markdown to HTML on any text. Raw HTML is sanitised and link addresses rewritten,
//! so no output may hold `<script` or `javascript:`.
#![no_main]

use guong::render::{render_with, Policy};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn policy() -> &'static Policy {
    static POLICY: OnceLock<Policy> = OnceLock::new();
    POLICY.get_or_init(|| Policy { embed_hosts: vec!["www.youtube.com".into()] })
}

fuzz_target!(|data: &[u8]| {
    let Ok(md) = std::str::from_utf8(data) else { return };
    let r = render_with(md, policy());
    let lower = r.html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "<script in output:\n{}", r.html);
    assert!(!lower.contains("javascript:"), "javascript: in output:\n{}", r.html);
});
