//! The province view's own file (issue 31): an OPML list of every gathered commune's
//! feeds (`/theo-doi/cac-xa.opml`), so that the province's board, a newsroom or a resident
//! subscribes to all the communes at once in a feed reader. Only an outlet with
//! `gather:` has it; a commune left out of this build (its check failed) stays listed by
//! the feeds it had when last read.

use crate::assemble::urls;
use crate::emit::change::Affected;
use crate::emit::channel::{Channel, Key, Rendered};
use crate::emit::{OutletBuild, Prepared};
use crate::model::Config;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

pub(crate) struct Gathered;

impl Channel for Gathered {
    fn name(&self) -> &'static str {
        "gathered"
    }

    fn on(&self, cfg: &Config) -> bool {
        cfg.site.outlets.iter().any(|o| !o.gather.is_empty())
    }

    fn jobs(&self, b: &OutletBuild) -> Vec<Key> {
        if b.plan.outlet.gather.is_empty() { Vec::new() } else { vec![Key::Named("sources-opml")] }
    }

    fn render(&self, b: &OutletBuild, _: &Prepared, _: Key) -> Rendered {
        Ok((urls::SOURCES_OPML.to_owned(), sources_opml(b)))
    }

    fn affected(&self, _: &OutletBuild, _: &Affected, _: Key) -> bool {
        true
    }
}

/// Every feed of every source of the outlet, one group per commune, in the order of
/// `gather:`.
fn sources_opml(b: &OutletBuild) -> Vec<u8> {
    let o = b.plan.outlet;
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    let title = b.labels.fill("opml_sources", &[("name", &o.title)]);
    let write = |w: &mut Writer<Vec<u8>>| -> std::io::Result<()> {
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        w.write_event(Event::Start(BytesStart::new("opml").with_attributes([("version", "2.0")])))?;
        w.write_event(Event::Start(BytesStart::new("head")))?;
        w.create_element("title").write_text_content(BytesText::new(&title))?;
        w.write_event(Event::End(BytesEnd::new("head")))?;
        w.write_event(Event::Start(BytesStart::new("body")))?;
        for s in b.cfg.gathering.sources.iter().filter(|s| s.outlet == o.id && !s.feeds.is_empty()) {
            w.write_event(Event::Start(BytesStart::new("outline").with_attributes([("text", s.title.as_str())])))?;
            for f in &s.feeds {
                let attrs = [
                    ("type", "rss"),
                    ("text", f.title.as_str()),
                    ("title", f.title.as_str()),
                    ("xmlUrl", f.feed_url.as_str()),
                    ("htmlUrl", f.page_url.as_str()),
                ];
                w.write_event(Event::Empty(BytesStart::new("outline").with_attributes(attrs)))?;
            }
            w.write_event(Event::End(BytesEnd::new("outline")))?;
        }
        w.write_event(Event::End(BytesEnd::new("body")))?;
        w.write_event(Event::End(BytesEnd::new("opml")))?;
        Ok(())
    };
    // Writing into memory cannot fail.
    let _ = write(&mut w);
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    bytes
}
