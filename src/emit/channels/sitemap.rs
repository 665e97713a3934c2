//! The sitemap (what every channel lists) and `robots.txt`, which names it.

use crate::emit::change::Affected;
use crate::emit::channel::{CHANNELS, Channel, Key, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;

pub(crate) struct Sitemap;

impl Channel for Sitemap {
    fn name(&self) -> &'static str {
        "sitemap"
    }

    fn on(&self, _: &Config) -> bool {
        true
    }

    fn jobs(&self, _: &OutletBuild) -> Vec<Key> {
        vec![Key::Named("sitemap"), Key::Named("robots")]
    }

    fn render(&self, b: &OutletBuild, _: &Prepared, key: Key) -> Rendered {
        match key {
            Key::Named("sitemap") => Ok(("/sitemap.xml".to_owned(), b.sitemap())),
            _ => Ok(("/robots.txt".to_owned(), b.robots())),
        }
    }

    fn affected(&self, _: &OutletBuild, a: &Affected, key: Key) -> bool {
        // The sitemap lists addresses and dates, which an edit in place keeps; robots.txt
        // changes only with the configuration, and that rebuilds all.
        key == Key::Named("sitemap") && a.listings && !a.in_place
    }
}

impl OutletBuild<'_> {
    /// The sitemap: the pages every channel switched on lists.
    pub(crate) fn sitemap(&self) -> Vec<u8> {
        let entries: Vec<_> = CHANNELS.iter().filter(|c| c.on(self.cfg)).flat_map(|c| c.sitemap(self)).collect();
        crate::emit::sitemap::write(self.plan.outlet, &entries)
    }
}
