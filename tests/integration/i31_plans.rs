//! Issue 31: tests (filled in by its work).
