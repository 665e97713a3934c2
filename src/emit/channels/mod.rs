//! One file per output channel (see `channel`): what it renders, when, and what a change
//! to a story does to it; and the table of them all. A new channel is its file, its
//! `mod` line and its line in the table.

pub mod booklets;
pub mod bulletins;
pub mod digest;
pub mod exemplars;
pub mod feeds;
pub mod podcasts;
pub mod print;
pub mod redirects;
pub mod reports;
pub mod scripts;
pub mod search;
pub mod share;
pub mod sitemap;
pub mod web;

use super::channel::Channel;

/// Every channel, in the order their files are listed. A new channel is one line here.
pub static CHANNELS: &[&dyn Channel] = &[
    &web::Web,
    &redirects::Redirects,
    &feeds::Feeds,
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
