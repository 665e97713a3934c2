//! Issue 29: tests (filled in by its work).
