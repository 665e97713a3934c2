//! The outlet's RSS feeds (the site's, each column's and unit's): the entries, and the
//! notices a feed carries (an archive's, the sample's).

use super::OutletBuild;
use crate::assemble::feed::{self, Entry, FeedMeta};
use crate::assemble::views;

impl OutletBuild<'_> {
    /// The sample's notice ("Bài mẫu minh họa…") when the content is a sample: on every
    /// output that leaves the website too (feeds, sheets, booklets, shares, scripts).
    pub(super) fn sample_notice(&self) -> Option<String> {
        self.cfg.site.sample.then(|| self.labels.get("sample_notice"))
    }

    pub(super) fn feed(
        &self,
        path: &str,
        title: &str,
        description: &str,
        link: &str,
        list: &[usize],
    ) -> (String, Vec<u8>) {
        let (cfg, o, p) = (self.cfg, self.plan.outlet, self.published);
        let entries: Vec<Entry> = list
            .iter()
            .take(cfg.site.feed_limit)
            .map(|&i| {
                let s = p.stories[i];
                let mut categories = Vec::new();
                if let Some(f) = cfg.criteria.field(&s.field) {
                    categories.push(f.name.clone());
                }
                if let Some(u) = cfg.registry.resolve(&s.commune) {
                    categories.push(u.full_name());
                }
                let enclosure = s
                    .image
                    .as_deref()
                    .and_then(|rel| views::image(o, p, rel, ""))
                    .map(|img| (img.large, img.large_len));
                Entry { story: s, rendered: p.rendered(i), categories, enclosure }
            })
            .collect();
        let self_url = o.url(path);
        let description = match self.archive_note("archive_feed") {
            Some(note) => format!("{description} {note}"),
            None => description.to_owned(),
        };
        let notice = self.sample_notice();
        let meta = FeedMeta { title, description: &description, link, self_url: &self_url, notice: notice.as_deref() };
        let offset = cfg.site.offset_seconds().unwrap_or(7 * 3600);
        (path.to_owned(), feed::write(o, &meta, &entries, cfg.site.feed_limit, offset))
    }
}
