//! sitemap.xml (sitemaps.org 0.9), written with quick-xml's escaping.

use crate::model::Outlet;
use chrono::NaiveDate;

pub(super) fn write(_outlet: &Outlet, entries: &[(String, Option<NaiveDate>)]) -> Vec<u8> {
    let mut s = String::with_capacity(entries.len() * 100 + 200);
    s.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (url, date) in entries {
        s.push_str("  <url><loc>");
        s.push_str(&quick_xml::escape::escape(url.as_str()));
        s.push_str("</loc>");
        if let Some(d) = date {
            s.push_str(&format!("<lastmod>{d}</lastmod>"));
        }
        s.push_str("</url>\n");
    }
    s.push_str("</urlset>\n");
    s.into_bytes()
}
