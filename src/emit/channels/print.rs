//! Each story's one-page A4 sheet for notice boards and speakers' folders
//! (`broadcast.print`), with a QR code to its page.

use crate::assemble::urls;
use crate::emit::change::{Affected, Members};
use crate::emit::channel::{Channel, Key, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;

pub(crate) struct Print;

impl Channel for Print {
    fn name(&self) -> &'static str {
        "print"
    }

    fn on(&self, cfg: &Config) -> bool {
        cfg.site.channels.get(self.name()).copied().unwrap_or(cfg.site.broadcast.print)
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        b.plan.stories.iter().map(|&i| Key::Story(i, 0)).collect()
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        let Key::Story(i, _) = key else { unreachable!("not a sheet: {key:?}") };
        b.sheet(prep, i)
    }

    fn affected(&self, b: &OutletBuild, a: &Affected, key: Key) -> bool {
        matches!(key, Key::Story(i, _) if a.changed_story(b, i)) || a.templates.contains("print.html")
    }

    fn story_urls(&self, m: &Members) -> Vec<String> {
        vec![urls::story_sheet(&m.slug)]
    }
}
