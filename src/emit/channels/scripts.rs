//! Each story as the script an announcer reads on the commune loudspeakers
//! (`broadcast.scripts`): plain text beside the story's page.

use crate::assemble::urls;
use crate::emit::change::{Affected, Members};
use crate::emit::channel::{Channel, Key, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;

pub(crate) struct Scripts;

impl Channel for Scripts {
    fn name(&self) -> &'static str {
        "scripts"
    }

    fn on(&self, cfg: &Config) -> bool {
        cfg.site.channels.get(self.name()).copied().unwrap_or(cfg.site.broadcast.scripts)
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        b.plan.stories.iter().map(|&i| Key::Story(i, 0)).collect()
    }

    fn render(&self, b: &OutletBuild, prep: &Prepared, key: Key) -> Rendered {
        let Key::Story(i, _) = key else { unreachable!("not a script: {key:?}") };
        Ok((urls::story_script(&b.published.stories[i].slug), b.script(prep, i).into_bytes()))
    }

    fn affected(&self, b: &OutletBuild, a: &Affected, key: Key) -> bool {
        matches!(key, Key::Story(i, _) if a.changed_story(b, i))
    }

    fn story_urls(&self, m: &Members) -> Vec<String> {
        vec![urls::story_script(&m.slug)]
    }
}
