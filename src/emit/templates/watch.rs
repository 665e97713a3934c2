//! Budgets of one page's rendering that Tera cannot enforce itself: numbers made by
//! `range` in all (nested loops each under `range`'s own limit), memory (a string grown
//! with `set_global`), and time (loops nested over the site's lists). A page past one of
//! them stops the build with a `template-error` naming the template and the page; the
//! output folder is left as it was (the build writes into a staging folder).
//!
//! Memory is counted by the process's allocator (`Counting`, around mimalloc in
//! `main.rs`): each thread that renders a page points at its page's slot, and every
//! allocation and release on that thread is added to it. A watchdog thread looks at the
//! slots of the pages being rendered; Tera's evaluation cannot be interrupted, so a page
//! past its budget ends the process (exit 1) after its finding is printed.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Numbers `range` may make in all for one page.
pub(crate) const PAGE_RANGE_TOTAL: u64 = 1_000_000;
/// Memory one page's rendering may hold (a sample page holds well under a megabyte).
const PAGE_MEMORY: isize = 1 << 30;
/// Past this the allocator itself stops the process, without waiting for the watchdog.
const PAGE_MEMORY_HARD: isize = 4 << 30;
/// Seconds one page may take (a sample page takes well under a millisecond).
const PAGE_SECONDS: u64 = 120;

thread_local! {
    /// Numbers `range` may still make for the page being rendered on this thread.
    static RANGE_LEFT: Cell<u64> = const { Cell::new(u64::MAX) };
    /// The slot of the page being rendered on this thread, or null.
    static SLOT: Cell<*const Slot> = const { Cell::new(std::ptr::null()) };
}

/// One page being rendered.
struct Slot {
    bytes: AtomicIsize,
    started: Instant,
    /// (file shown in the finding, the page's path)
    what: (String, String),
}

static RUNNING: Mutex<Vec<Arc<Slot>>> = Mutex::new(Vec::new());
static ENGLISH: AtomicBool = AtomicBool::new(false);
/// The time budget in seconds (`GUONG_PAGE_SECONDS` lowers it, for tests).
static SECONDS: AtomicU64 = AtomicU64::new(PAGE_SECONDS);

/// The language of the finding printed when a page stops the process.
pub(crate) fn set_english(english: bool) {
    ENGLISH.store(english, Ordering::Relaxed);
}

/// Takes `n` numbers from the page's `range` budget; false when it is spent.
pub(crate) fn take_range(n: u64) -> bool {
    RANGE_LEFT.with(|left| match left.get().checked_sub(n) {
        Some(rest) => {
            left.set(rest);
            true
        }
        None => false,
    })
}

/// Renders one page under the budgets: `file` is the template's path as findings show
/// it, `page` the page's path.
pub(crate) fn watched<T>(file: &str, page: &str, render: impl FnOnce() -> T) -> T {
    let slot = Arc::new(Slot { bytes: AtomicIsize::new(0), started: Instant::now(), what: (file.into(), page.into()) });
    start_watchdog();
    lock().push(Arc::clone(&slot));
    let (range_before, slot_before) = (RANGE_LEFT.replace(PAGE_RANGE_TOTAL), SLOT.replace(Arc::as_ptr(&slot)));
    let out = render();
    RANGE_LEFT.set(range_before);
    SLOT.set(slot_before);
    lock().retain(|s| !Arc::ptr_eq(s, &slot));
    out
}

fn lock() -> std::sync::MutexGuard<'static, Vec<Arc<Slot>>> {
    RUNNING.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn start_watchdog() {
    static STARTED: OnceLock<()> = OnceLock::new();
    STARTED.get_or_init(|| {
        if let Some(s) = std::env::var("GUONG_PAGE_SECONDS").ok().and_then(|s| s.parse::<u64>().ok()) {
            SECONDS.store(s.clamp(1, PAGE_SECONDS), Ordering::Relaxed);
        }
        let _ = std::thread::Builder::new().name("page-watchdog".into()).spawn(|| {
            loop {
                std::thread::sleep(Duration::from_millis(50));
                let limit = Duration::from_secs(SECONDS.load(Ordering::Relaxed));
                let over = lock().iter().find_map(|s| {
                    if s.bytes.load(Ordering::Relaxed) > PAGE_MEMORY {
                        Some((Arc::clone(s), false))
                    } else {
                        (s.started.elapsed() > limit).then(|| (Arc::clone(s), true))
                    }
                });
                if let Some((slot, time)) = over {
                    stop(&slot, time);
                }
            }
        });
    });
}

/// Prints the finding and ends the process: the page cannot be interrupted.
fn stop(slot: &Slot, time: bool) -> ! {
    // Nothing this thread allocates from here on counts against a page.
    SLOT.set(std::ptr::null());
    let (file, page) = &slot.what;
    let english = ENGLISH.load(Ordering::Relaxed);
    let why = match (time, english) {
        (true, false) => format!("quá {} giây", SECONDS.load(Ordering::Relaxed)),
        (true, true) => format!("over {} seconds", SECONDS.load(Ordering::Relaxed)),
        (false, false) => format!("dùng quá {} MB bộ nhớ", PAGE_MEMORY >> 20),
        (false, true) => format!("over {} MB of memory", PAGE_MEMORY >> 20),
    };
    let text = if english {
        format!(
            "{file}:1:1: error[template-error]: rendering {page} took {why} (a loop that never ends or a string that keeps growing?); the build stopped, the output is unchanged\n"
        )
    } else {
        format!(
            "{file}:1:1: error[template-error]: dựng trang {page} {why} (vòng lặp không dừng hoặc chuỗi lớn dần mãi?); bản dựng đã dừng, thư mục xuất không thay đổi\n"
        )
    };
    let _ = std::io::stderr().write_all(text.as_bytes());
    std::process::exit(1)
}

/// The process's allocator, counting each rendering page's memory.
pub struct Counting<A>(pub A);

#[inline]
fn count(delta: isize) {
    let _ = SLOT.try_with(|s| {
        let p = s.get();
        if !p.is_null() {
            // SAFETY: a slot is set only while `watched` holds its `Arc`.
            let slot = unsafe { &*p };
            let now = slot.bytes.fetch_add(delta, Ordering::Relaxed) + delta;
            if now > PAGE_MEMORY_HARD {
                stop(slot, false);
            }
        }
    });
}

// SAFETY: every call is passed to the inner allocator unchanged; counting allocates nothing.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Counting<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        // SAFETY: the caller's contract, passed on.
        unsafe { self.0.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        // SAFETY: the caller's contract, passed on.
        unsafe { self.0.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        // SAFETY: the caller's contract, passed on.
        unsafe { self.0.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        // SAFETY: the caller's contract, passed on.
        unsafe { self.0.realloc(ptr, layout, new_size) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_range_budget_is_per_page_and_restored() {
        assert!(take_range(5)); // outside a page: no budget
        watched("t", "/p/", || {
            assert!(take_range(PAGE_RANGE_TOTAL - 1));
            assert!(take_range(1));
            assert!(!take_range(1));
        });
        watched("t", "/q/", || assert!(take_range(PAGE_RANGE_TOTAL)));
        assert!(take_range(u64::MAX / 2));
    }
}
