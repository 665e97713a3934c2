//! Issue 30: tests (filled in by its work).
