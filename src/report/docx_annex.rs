//! The Word report's annexes (Decree 30/2020: each headed "Phụ lục …", its title, and
//! the report it goes with, "(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm … của …)"):
//! Annex I, the exemplars, on landscape pages; Annex II, the units in the registry's order.

use super::Report;
use super::docx::{BODY, centered, run};
use super::docx_form::Form;
use docx_rs::{Paragraph, Table, TableCell, TableRow, WidthType};

/// The text width of a landscape A4 page (16,838 twips) less margins of 30 mm and 15 mm.
const LANDSCAPE_WIDTH: usize = 16838 - 1701 - 851;

fn cell(text: &str, width: usize, bold: bool) -> TableCell {
    let r = run(text).size(20);
    TableCell::new().width(width, WidthType::Dxa).add_paragraph(Paragraph::new().add_run(if bold {
        r.bold()
    } else {
        r
    }))
}

pub(super) fn table(head: &[(&str, usize)], rows: Vec<Vec<String>>) -> Table {
    let header = TableRow::new(head.iter().map(|(t, w)| cell(t, *w, true)).collect());
    let mut out = vec![header];
    for r in rows {
        out.push(TableRow::new(r.iter().zip(head).map(|(t, (_, w))| cell(t, *w, false)).collect()).cant_split());
    }
    let width = head.iter().map(|(_, w)| *w).sum();
    Table::new(out).set_grid(head.iter().map(|(_, w)| *w).collect()).width(width, WidthType::Dxa)
}

/// An annex's heading: its number, its title, the report it goes with (number and date
/// left blank, as in the report's header, for the officer to fill), and a short rule.
pub(super) fn title(f: &Form, n: &str, what: &str) -> Vec<Paragraph> {
    vec![
        centered(run(format!("Phụ lục {n}")).size(BODY).bold()),
        centered(run(what).size(BODY).bold()),
        centered(
            run(format!(
                "(Kèm theo Báo cáo số        /{} ngày      tháng      năm {} của {})",
                f.symbol, f.year, f.full
            ))
            .size(BODY)
            .italic(),
        ),
        centered(run("________").size(BODY)),
    ]
}

/// Annex I: one row per exemplar, as wide as a landscape page.
pub(super) fn exemplars(r: &Report) -> Table {
    let rows = r
        .annex
        .iter()
        .map(|a| {
            let links = a.publicity.iter().map(|p| format!("{}: {}", p.outlet, p.url)).collect::<Vec<_>>().join("; ");
            // Being selected as typical is not a commendation: it stands with the name.
            let selected = if a.selected.is_empty() { String::new() } else { format!("; {}", a.selected) };
            vec![
                a.no.to_string(),
                format!("{} ({}){selected}", a.name, a.kind.to_lowercase()),
                a.unit.clone(),
                a.field.clone(),
                a.summary.clone(),
                if links.is_empty() { "Chưa đăng".into() } else { format!("Bài viết: {links}") },
                a.commendations.clone(),
                a.proposer.clone(),
            ]
        })
        .collect();
    table(
        &[
            ("TT", 600),
            ("Tên cá nhân, tập thể, mô hình", 2300),
            ("Địa chỉ, đơn vị", 1600),
            ("Lĩnh vực", 1300),
            ("Tóm tắt thành tích", 3300),
            // The rest of the page's width (2,386 twips).
            ("Hình thức, địa chỉ tuyên truyền", LANDSCAPE_WIDTH - 11900),
            ("Khen thưởng", 1400),
            ("Cơ quan đề xuất", 1400),
        ],
        rows,
    )
}

/// Annex II: the units in the registry's order, with their statistics codes.
pub(super) fn units(r: &Report) -> Table {
    let mut units: Vec<&super::UnitRow> = r.units.iter().collect();
    units.sort_by_key(|u| u.order);
    let rows = units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            vec![
                (i + 1).to_string(),
                u.code.clone().unwrap_or_default(),
                crate::text::capitalize(&u.full_name),
                u.count.to_string(),
                u.stories.to_string(),
                u.quota.map_or("—".into(), |q| q.to_string()),
                match u.quota {
                    None => "Chưa tính".into(),
                    Some(_) if u.met => "Đạt".into(),
                    Some(_) => format!("Thiếu {}", u.short),
                },
                u.proposed.to_string(),
                u.appraised.to_string(),
                u.selected.to_string(),
                u.replicated.to_string(),
            ]
        })
        .collect();
    table(
        &[
            ("TT", 450),
            ("Mã đơn vị hành chính", 900),
            ("Đơn vị", 1900),
            ("Số điển hình được giới thiệu", 950),
            ("Số bài", 700),
            ("Chỉ tiêu", 700),
            ("Kết quả", 904),
            ("Đề xuất", 700),
            ("Thẩm định", 750),
            ("Tiêu biểu", 700),
            ("Nhân rộng", 700),
        ],
        rows,
    )
}
