//! What sharing a story on Zalo and Facebook takes: a short post (title, two lines, the
//! link), a square image of 1080×1080 and the Open Graph card of 1200×630, cropped
//! around the photo's centre, or a plain title card for a story without a photo.

use crate::assemble::{urls, views::ShareImage};
use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::emit::OutletBuild;
use crate::emit::channel::Key;
use crate::images::share;

/// The post's two lines: the summary, cut at a word before this many characters.
const LINES: usize = 200;

impl OutletBuild<'_> {
    pub(crate) fn share_text(&self, i: usize) -> Vec<u8> {
        let s = self.published.stories[i];
        let summary: String = if s.summary.chars().count() <= LINES {
            s.summary.clone()
        } else {
            let cut: String = s.summary.chars().take(LINES).collect();
            let at = cut.rfind(' ').unwrap_or(cut.len());
            format!("{}…", cut[..at].trim_end_matches([',', ';', ':']))
        };
        let url = self.plan.outlet.url(&urls::story(&s.slug));
        let notice = self.sample_notice().map(|n| format!("{n}\n")).unwrap_or_default();
        let (title, summary) = (crate::text::one_line(&s.title), crate::text::one_line(&summary));
        format!("{title}\n{summary}\n{url}\n{notice}").into_bytes()
    }

    /// The Open Graph card's description, for the story page's head.
    pub(crate) fn share_meta(&self, i: usize) -> Option<ShareImage> {
        self.cfg.site.broadcast.share.then(|| {
            let s = self.published.stories[i];
            let (width, height) = share::OPEN_GRAPH;
            ShareImage {
                url: self.plan.outlet.url(&urls::story_share(&s.slug, urls::SHARE_CARD)),
                width,
                height,
                alt: s.image_alt.clone().filter(|_| s.image.is_some()).unwrap_or_else(|| s.title.clone()),
            }
        })
    }

    /// A share image's URL path and bytes.
    pub(crate) fn share_bytes(&self, i: usize, size: (u32, u32), file: &str) -> Result<(String, Vec<u8>), Diagnostic> {
        let (path, disk) = self.share_image(i, size, file)?;
        std::fs::read(&disk).map(|b| (path.clone(), b)).map_err(|e| crate::emit::io_diag(&path, &e))
    }

    /// A share image: its URL path and its file in the image cache.
    pub(crate) fn share_image(
        &self,
        i: usize,
        size: (u32, u32),
        file: &str,
    ) -> Result<(String, std::path::PathBuf), Diagnostic> {
        let s = self.published.stories[i];
        let path = urls::story_share(&s.slug, file);
        let cache = crate::images::cache::Cache::new(self.root);
        let photo = s.image.as_deref().and_then(|rel| self.published.images.images.get(rel.trim_start_matches("./")));
        let notice = self.sample_notice();
        let stamped = |mut img: image::RgbImage| {
            if let Some(n) = &notice {
                share::stamp(&mut img, n);
            }
            img
        };
        let tag = notice.as_deref().unwrap_or("");
        let made = match photo {
            Some(p) => {
                let largest = p.variants.last().map_or(0, |v| v.width);
                let source = cache.path(&format!("{}-{largest}.jpg", p.key));
                let what = format!("{}-{largest}\0{tag}", p.key);
                share::cached(&cache, what.as_bytes(), size, Some(share::BUDGET), || {
                    let img = image::open(&source).map_err(|e| e.to_string())?;
                    Ok(stamped(share::crop(&img, size)))
                })
            }
            None => {
                let bg = share::colour(&self.labels.get("theme_color"));
                let site = &self.plan.outlet.title;
                let what = format!("{}\0{site}\0{bg:?}\0{tag}", s.title);
                share::cached(&cache, what.as_bytes(), size, None, || {
                    Ok(stamped(share::title_card(&s.title, site, bg, size)))
                })
            }
        };
        made.map(|b| (path.clone(), b)).map_err(|e| {
            Diagnostic::error("invalid-image", &s.path, Pos::START, msg!("share.cannot-make", path, error = e))
        })
    }
}

impl OutletBuild<'_> {
    /// The outlet's own card (1200×630: its name over its colour, its publisher below),
    /// the picture of every page that has none of its own (home, lists, units, search):
    /// made once per outlet and kept in the image cache by its words.
    pub(crate) fn outlet_card(&self) -> Result<(String, std::path::PathBuf), Diagnostic> {
        let o = self.plan.outlet;
        let cache = crate::images::cache::Cache::new(self.root);
        let bg = share::colour(&self.labels.get("theme_color"));
        let notice = self.sample_notice();
        let what = format!("outlet\0{}\0{}\0{bg:?}\0{}", o.title, o.publisher, notice.as_deref().unwrap_or(""));
        share::cached(&cache, what.as_bytes(), share::OPEN_GRAPH, None, || {
            let mut img = share::title_card(&o.title, &o.publisher, bg, share::OPEN_GRAPH);
            if let Some(n) = &notice {
                share::stamp(&mut img, n);
            }
            Ok(img)
        })
        .map(|disk| (urls::OUTLET_CARD.to_owned(), disk))
        .map_err(|e| {
            let path = urls::OUTLET_CARD;
            Diagnostic::error(
                "invalid-image",
                "content/site.yaml",
                Pos::START,
                msg!("share.cannot-make", path, error = e),
            )
        })
    }

    /// The outlet's card as Open Graph names it.
    pub(crate) fn outlet_card_meta(&self) -> ShareImage {
        let (width, height) = share::OPEN_GRAPH;
        let o = self.plan.outlet;
        ShareImage { url: o.url(urls::OUTLET_CARD), width, height, alt: o.title.clone() }
    }
}

/// The channel (`broadcast.share`): per story, the post's text (`Key::Story(i, 0)`), the
/// square image (1) and the Open Graph card (2).
pub(crate) struct Share;

const FILES: [&str; 3] = [urls::SHARE_TEXT, urls::SHARE_SQUARE, urls::SHARE_CARD];

impl crate::emit::channel::Channel for Share {
    fn name(&self) -> &'static str {
        "share"
    }

    fn on(&self, cfg: &crate::model::Config) -> bool {
        cfg.site.channels.get(self.name()).copied().unwrap_or(cfg.site.broadcast.share)
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        b.plan.stories.iter().flat_map(|&i| (0..3).map(move |n| Key::Story(i, n))).collect()
    }

    fn render(&self, b: &OutletBuild, _: &crate::emit::Prepared, key: Key) -> crate::emit::channel::Rendered {
        match key {
            Key::Story(i, 0) => {
                Ok((urls::story_share(&b.published.stories[i].slug, urls::SHARE_TEXT), b.share_text(i)))
            }
            // Builds link these from the image cache (`render_file`); their bytes, for any other use.
            Key::Story(i, 1) => b.share_bytes(i, share::SQUARE, urls::SHARE_SQUARE),
            Key::Story(i, _) => b.share_bytes(i, share::OPEN_GRAPH, urls::SHARE_CARD),
            other => unreachable!("not a share file: {other:?}"),
        }
    }

    fn render_file(&self, b: &OutletBuild, key: Key) -> Option<Result<(String, std::path::PathBuf), Diagnostic>> {
        match key {
            Key::Story(i, 1) => Some(b.share_image(i, share::SQUARE, urls::SHARE_SQUARE)),
            Key::Story(i, 2) => Some(b.share_image(i, share::OPEN_GRAPH, urls::SHARE_CARD)),
            _ => None,
        }
    }

    fn affected(&self, b: &OutletBuild, a: &crate::emit::change::Affected, key: Key) -> bool {
        matches!(key, Key::Story(i, _) if a.changed_story(b, i))
    }

    fn story_urls(&self, m: &crate::emit::change::Members) -> Vec<String> {
        FILES.iter().map(|f| urls::story_share(&m.slug, f)).collect()
    }
}
