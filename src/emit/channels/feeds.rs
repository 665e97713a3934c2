//! The RSS feeds residents subscribe to: the outlet's, each column's and each unit's,
//! and the OPML file that lists them all.

use crate::assemble::urls;
use crate::emit::change::Affected;
use crate::emit::channel::{Channel, Key, Of, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;

pub(crate) struct Feeds;

impl Channel for Feeds {
    fn name(&self) -> &'static str {
        "feeds"
    }

    fn on(&self, _: &Config) -> bool {
        true
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        let mut jobs = vec![Key::List(Of::Site, 0), Key::Named("opml")];
        jobs.extend((0..b.plan.columns.len()).map(|s| Key::List(Of::Column(s), 0)));
        jobs.extend((0..b.plan.units.len()).map(|s| Key::List(Of::Unit(s), 0)));
        jobs
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        let (cfg, o) = (b.cfg, b.plan.outlet);
        match key {
            Key::Named(_) => Ok((urls::OPML.to_owned(), b.opml(prep))),
            Key::List(Of::Site, _) => {
                Ok(b.feed(urls::SITE_FEED, &o.title, &o.description, &o.url("/"), &b.plan.stories))
            }
            Key::List(Of::Column(slot), _) => {
                let (ci, list) = &b.plan.columns[slot];
                let c = &cfg.columns[*ci];
                let title = format!("{} — {}", o.title, c.title);
                Ok(b.feed(&urls::column_feed(&c.id), &title, &c.description, &o.url(&urls::column(&c.id, 1)), list))
            }
            Key::List(Of::Unit(slot), _) => {
                let (ui, list) = &b.plan.units[slot];
                let u = &cfg.registry.units[*ui];
                let title = format!("{} — {}", o.title, u.full_name());
                let desc = b.labels.fill("unit_feed_description", &[("name", &u.full_name())]);
                Ok(b.feed(&urls::commune_feed(&u.id), &title, &desc, &o.url(&urls::commune(&u.id, 1)), list))
            }
            other => unreachable!("not a feed: {other:?}"),
        }
    }

    fn affected(&self, b: &OutletBuild, a: &Affected, key: Key) -> bool {
        match key {
            Key::List(Of::Column(slot), _) if a.in_place => a.shows(b, &b.plan.columns[slot].1, None),
            Key::List(Of::Unit(slot), _) if a.in_place => a.shows(b, &b.plan.units[slot].1, None),
            Key::List(Of::Column(slot), _) => {
                a.columns.contains(&b.cfg.columns[b.plan.columns[slot].0].id) || a.templates.contains("list.html")
            }
            Key::List(Of::Unit(slot), _) => {
                a.units.contains(&b.cfg.registry.units[b.plan.units[slot].0].id) || a.templates.contains("list.html")
            }
            _ => true,
        }
    }
}
