//! One file per output channel (see `channel`): what it renders, when, and what a change
//! to a story does to it; and the table of them all. A new channel is its file, its
//! `mod` line and its line in the table.

pub(super) mod booklets;
pub(super) mod bulletins;
pub(super) mod digest;
pub(super) mod exemplars;
pub(super) mod feeds;
pub(super) mod gathered;
pub(super) mod podcasts;
pub(super) mod print;
pub(super) mod redirects;
pub(super) mod reports;
pub(super) mod scripts;
pub(super) mod search;
pub(super) mod share;
pub(super) mod sitemap;
pub(super) mod web;

use super::channel::Channel;

/// Every channel, in the order their files are listed. A new channel is one line here.
pub(crate) static CHANNELS: &[&dyn Channel] = &[
    &web::Web,
    &redirects::Redirects,
    &feeds::Feeds,
    &gathered::Gathered,
    &search::Search,
    &sitemap::Sitemap,
    &scripts::Scripts,
    &print::Print,
    &share::Share,
    &bulletins::Bulletins,
    &podcasts::Podcasts,
    &exemplars::Exemplars,
    &booklets::Booklets,
    &reports::Reports,
    &digest::Digest,
];
