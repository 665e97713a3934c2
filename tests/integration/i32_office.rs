//! Issue 32, item 1: the report in the form of Decree 30/2020, for agencies too.
