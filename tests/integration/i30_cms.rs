//! Issue 30: findings at their key (`check --format json`), `check --stdin --as`, the
//! editors' admin (`guong cms`) and guong's findings inside the form.

mod admin;
mod browser;
mod keys;
mod stdin;
