//! A renamed story's old addresses (`aliases`): each a page that sends the reader on to
//! the story's address now, so old links and bookmarks keep working.

use crate::assemble::urls;
use crate::emit::change::{Affected, Members};
use crate::emit::channel::{Channel, Key, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;

pub(crate) struct Redirects;

impl Channel for Redirects {
    fn name(&self) -> &'static str {
        "redirects"
    }

    fn on(&self, _: &Config) -> bool {
        true
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        let stories = &b.published.stories;
        b.plan
            .stories
            .iter()
            .flat_map(|&i| (0..stories[i].aliases.len()).map(move |a| Key::Story(i, a as u16)))
            .collect()
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        let Key::Story(i, a) = key else { unreachable!("not a redirect: {key:?}") };
        let s = b.published.stories[i];
        let path = urls::story(&s.aliases[usize::from(a)]);
        let target = b.plan.outlet.url(&urls::story(&s.slug));
        let mut meta = b.meta("redirect", &path, s.title.clone(), s.summary.clone(), None);
        meta.url = target.clone(); // canonical is the story's current address
        b.page(prep, "redirect.html", &path, meta, |ctx| ctx.insert("target", &target))
    }

    fn affected(&self, b: &OutletBuild, a: &Affected, key: Key) -> bool {
        matches!(key, Key::Story(i, _) if a.changed_story(b, i)) || a.templates.contains("redirect.html")
    }

    fn story_urls(&self, m: &Members) -> Vec<String> {
        m.aliases.iter().map(|s| urls::story(s)).collect()
    }
}
