//! The report as one self-contained, printable HTML page with an inline SVG chart.

use super::Report;
use crate::text::html::escape_html;
use tera::{Context, Tera};

const TEMPLATE: &str = include_str!("report.html");

const ROW: usize = 20;
const LABEL: usize = 150;
const WIDTH: usize = 680;

/// A horizontal bar per unit, against a vertical quota line. Colour is not the only cue:
/// short units also carry the words "thiếu N".
pub(super) fn chart(r: &Report) -> String {
    let max = r.units.iter().map(|u| u.count).chain([r.quotas.commune, 1]).max().unwrap_or(1);
    let span = (WIDTH - LABEL - 70) as f64;
    let x = |n: usize| LABEL as f64 + span * n as f64 / max as f64;
    let height = r.units.len() * ROW + 30;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"chart-title\">\
<title id=\"chart-title\">Số điển hình của từng đơn vị {} so với chỉ tiêu {}</title>",
        r.period_label, r.quotas.commune
    );
    for (i, u) in r.units.iter().enumerate() {
        let y = i * ROW + 4;
        let class = match u.quota {
            None => "bar none",
            Some(_) if u.met => "bar met",
            Some(_) => "bar short",
        };
        let w = x(u.count) - LABEL as f64;
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"label\">{}</text>",
            LABEL - 6,
            y + 13,
            escape_html(&u.short_name)
        ));
        s.push_str(&format!(
            "<rect class=\"{class}\" data-unit=\"{}\" data-count=\"{}\" x=\"{LABEL}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\"/>",
            u.id,
            u.count,
            ROW - 6
        ));
        let note = if u.short > 0 { format!("{} (thiếu {})", u.count, u.short) } else { u.count.to_string() };
        s.push_str(&format!("<text x=\"{:.1}\" y=\"{}\" class=\"value\">{note}</text>", x(u.count) + 4.0, y + 13));
    }
    let qx = x(r.quotas.commune);
    let bottom = r.units.len() * ROW + 4;
    s.push_str(&format!(
        "<line class=\"quota\" x1=\"{qx:.1}\" y1=\"0\" x2=\"{qx:.1}\" y2=\"{bottom}\"/>\
<text x=\"{qx:.1}\" y=\"{}\" text-anchor=\"middle\" class=\"quota-label\">chỉ tiêu: {}</text></svg>",
        bottom + 18,
        r.quotas.commune
    ));
    s
}

/// What the page shows of each annex row (not the summary or where it was publicised,
/// which the Word and Excel annexes show).
#[derive(serde::Serialize)]
struct AnnexCells<'a> {
    no: usize,
    id: &'a str,
    name: &'a str,
    kind: &'a str,
    unit: &'a str,
    field: &'a str,
    commendations: &'a str,
    proposer: &'a str,
    selected: &'a str,
}

fn annex_rows(r: &Report) -> Vec<AnnexCells<'_>> {
    r.annex
        .iter()
        .map(|a| AnnexCells {
            no: a.no,
            id: &a.id,
            name: &a.name,
            kind: &a.kind,
            unit: &a.unit,
            field: &a.field,
            commendations: &a.commendations,
            proposer: &a.proposer,
            selected: &a.selected,
        })
        .collect()
}

/// The page; `icon`: the site's icon, when the page is one of the site's.
pub(crate) fn html(r: &Report, district: &str, province: &str, icon: Option<&str>) -> Result<String, String> {
    let mut tera = Tera::default();
    tera.set_escape_fn(escape_html);
    tera.add_raw_template("report.html", TEMPLATE).map_err(|e| crate::error::chain(&e))?;
    let mut ctx = Context::new();
    ctx.insert("r", r);
    ctx.insert("annex", &annex_rows(r));
    ctx.insert("chart", &chart(r));
    ctx.insert("district", district);
    ctx.insert("province", province);
    ctx.insert("icon", &icon);
    ctx.insert("district_until", &r.district.until.map(crate::text::vi_date));
    ctx.insert("unit_since", &r.unit.as_ref().and_then(|u| u.valid_from).map(crate::text::vi_date));
    ctx.insert("as_of", &crate::text::vi_date(r.as_of));
    tera.render("report.html", &ctx).map_err(|e| crate::error::chain(&e))
}

/// The Content-Security-Policy source of the page's one inline `<style>` element
/// (`'sha256-…'`), so a server may allow that style and no other.
pub(crate) fn style_hash() -> String {
    use base64::Engine;
    use sha2::Digest;
    let style = TEMPLATE.split_once("<style>").and_then(|(_, rest)| rest.split_once("</style>")).map_or("", |s| s.0);
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(style.as_bytes())))
}

#[cfg(test)]
mod style_tests {
    #[test]
    fn the_style_is_static_and_hashed_whole() {
        let style = super::TEMPLATE.split_once("<style>").unwrap().1.split_once("</style>").unwrap().0;
        assert!(!style.contains("{{") && !style.contains("{%"), "a template inside the style would change its hash");
        assert!(super::style_hash().starts_with("sha256-") && super::style_hash().len() == 51);
    }
}
