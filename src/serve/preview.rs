//! The editors' preview: a draft's page as `guong build` would render it, for the form's
//! preview pane (`POST /_guong/preview?as=PATH`). The draft takes the place of the file
//! `PATH` among the site's stories; its page is rendered by the outlet that would carry
//! it, through the same `SiteBuild` as `build` and `serve`, into memory. Nothing is written
//! but the photo cache (a new photo is sized as `serve` would size it).

use super::state::Memory;
use crate::assemble::{self, RenderCache, Selection, urls};
use crate::diagnostic::{Diagnostic, Lang, msg};
use crate::emit::{Job, channel::CHANNELS, channel::Key, templates};
use crate::model::Config;
use crate::project::Project;
use crate::site::{self, SiteBuild};
use std::path::Path;

/// Why a draft has no page to show.
pub(super) enum NoPage {
    /// It does not read as a story (a required key missing, bad YAML): `check` says why.
    Unreadable,
    /// No outlet would publish it (its unit or date is carried by none, or it is
    /// withheld: consent withdrawn, an exemplar not cleared).
    Unpublished,
    /// The site or its theme has errors of its own (the first, as said).
    Site(String),
}

/// The page of the draft `text` of the story file `rel`, with the site's links made
/// absolute on `origin` (the preview's own address, where its CSS and photos are).
pub(super) fn page(root: &Path, origin: &str, (rel, text): (&str, &str), lang: Lang) -> Result<Vec<u8>, NoPage> {
    let site_error = |d: &[Diagnostic]| {
        NoPage::Site(d.first().map_or_else(|| msg!("serve.preview-config").get(lang).to_owned(), |d| d.render(lang)))
    };
    let project = Project::load_read_only(root).map_err(|e| NoPage::Site(e.render(lang)))?;
    let Some(mut cfg) = project.config.clone() else {
        return Err(NoPage::Site(msg!("serve.preview-config").get(lang).to_owned()));
    };
    for o in &mut cfg.site.outlets {
        o.base_url = format!("{origin}/{}", o.id);
    }
    let draft = project.draft_story(rel, text).ok_or(NoPage::Unreadable)?;
    let all = project.stories_with(rel, &draft);
    let today = cfg.today();
    // The other stories as `serve` shows them; the draft even when marked `draft` or dated
    // ahead, unless it is held back (no consent, an exemplar not cleared).
    let others = all.iter().copied().filter(|s| !std::ptr::eq(*s, &draft));
    let mut chosen = assemble::select(&cfg, others, &Selection { drafts: false, future: false, today });
    if assemble::select(&cfg, [&draft], &Selection { drafts: true, future: true, today }).is_empty() {
        return Err(NoPage::Unpublished);
    }
    // Its place in the order of `Project::stories`: newest first, then by slug.
    let at = chosen.partition_point(|s| (s.date, &draft.slug) > (draft.date, &s.slug));
    chosen.insert(at, &draft);
    let images = site::photos(root, &cfg, &chosen).map_err(|d| site_error(&d))?;
    let published = assemble::publish(&cfg, chosen, &images, &RenderCache::new());
    let i = published.stories.iter().position(|s| std::ptr::eq(*s, &draft)).ok_or(NoPage::Unpublished)?;
    render(root, &cfg, (&published, &all), i).ok_or(NoPage::Unpublished)?.map_err(|d| site_error(&d))
}

/// The story `i`'s page on the first outlet that carries it (`None`: no outlet does).
fn render(
    root: &Path,
    cfg: &Config,
    (published, all): (&assemble::Published, &[&crate::model::Story]),
    i: usize,
) -> Option<Result<Vec<u8>, Vec<Diagnostic>>> {
    let outlet = cfg.site.outlets.iter().find(|o| assemble::plan(cfg, o, published).stories.contains(&i))?;
    let theme = match templates::load(root, &outlet.theme, &cfg.site.labels) {
        Ok(t) => t,
        Err(d) => return Some(Err(vec![d])),
    };
    let build = SiteBuild {
        root,
        cfg,
        published,
        all,
        today: cfg.today(),
        server: None,
        search: None,
        reports: Default::default(),
        qr: crate::emit::qr::Masks::open(root),
    };
    let web = CHANNELS.iter().position(|c| c.name() == "web").and_then(|n| u8::try_from(n).ok())?;
    let page = Job { channel: web, key: Key::Story(i, 0) };
    let memory = Memory::default();
    if let Err(d) = build.outlet(outlet, &theme, &|_, j| j == page, &memory) {
        return Some(Err(d));
    }
    let url = urls::story(&published.stories[i].slug);
    let page = memory.into_outlet(&outlet.id).pages.get(&url).map(|bytes| bytes.to_vec())?;
    Some(Ok(with_base(&page, &format!("{}{url}", outlet.base_url))))
}

/// The page with a `<base>` at its address: shown from the form (an `iframe`'s
/// `srcdoc`), its relative links (the theme's CSS, photos) resolve as on the outlet.
fn with_base(page: &[u8], address: &str) -> Vec<u8> {
    let tag = format!("<base href=\"{}\">", crate::text::html::escape_html(address));
    let head = page.windows(5).position(|w| w.eq_ignore_ascii_case(b"<head"));
    let Some(end) = head.and_then(|h| page[h..].iter().position(|&b| b == b'>').map(|e| h + e + 1)) else {
        return [tag.as_bytes(), page].concat();
    };
    [&page[..end], tag.as_bytes(), &page[end..]].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_goes_first_in_the_head_escaped() {
        let page = b"<!doctype html><html><head lang=vi><link rel=stylesheet href=../../style.css></head></html>";
        let out = String::from_utf8(with_base(page, "http://127.0.0.1:1111/a/bai-viet/x/?q=\"<")).unwrap();
        assert!(out.starts_with(
            "<!doctype html><html><head lang=vi><base href=\"http://127.0.0.1:1111/a/bai-viet/x/?q=&quot;&lt;\"><link"
        ), "{out}");
        assert_eq!(with_base(b"<p>x", "/a/"), b"<base href=\"/a/\"><p>x");
    }
}
