//! Declares the `cfg`s of the tests that need outside programs.

// The browser test, the nginx test and the office test run only where Chromium, the Node
// packages, nginx and LibreOffice are installed, which `.ci/run` does: it sets
// GUONG_BROWSER_TESTS=1, GUONG_NGINX_TESTS=1 and GUONG_OFFICE_TESTS=1. Elsewhere these tests are reported as ignored, with the reason,
// never skipped in silence.
fn main() {
    println!("cargo:rustc-check-cfg=cfg(browser_tests)");
    println!("cargo:rustc-check-cfg=cfg(nginx_tests)");
    println!("cargo:rustc-check-cfg=cfg(office_tests)");
    println!("cargo:rerun-if-env-changed=GUONG_OFFICE_TESTS");
    if std::env::var("GUONG_OFFICE_TESTS").is_ok_and(|v| v == "1") {
        println!("cargo:rustc-cfg=office_tests");
    }
    println!("cargo:rerun-if-env-changed=GUONG_BROWSER_TESTS");
    println!("cargo:rerun-if-env-changed=GUONG_NGINX_TESTS");
    if std::env::var("GUONG_BROWSER_TESTS").is_ok_and(|v| v == "1") {
        println!("cargo:rustc-cfg=browser_tests");
    }
    if std::env::var("GUONG_NGINX_TESTS").is_ok_and(|v| v == "1") {
        println!("cargo:rustc-cfg=nginx_tests");
    }
}
