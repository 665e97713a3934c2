//! Issue 32, item 2: archives and lists hold only what was true on their dates.
