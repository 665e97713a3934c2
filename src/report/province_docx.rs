//! The province report in Word, in the form of Decree 30/2020/NĐ-CP as the district's
//! report is (`docx`): the view's publisher issues it (its owner above it), "Căn cứ" the
//! plan in force, a paragraph of totals, the table of communes, the communes not
//! reported and why, "Nơi nhận" and the signature.

use super::docx::{BODY, centered, header, para, run, signature};
use super::docx_annex::table;
use super::docx_form::{Form, initials};
use super::province::ProvinceReport;
use crate::model::Config;
use chrono::Datelike;
use docx_rs::Paragraph;

fn form(r: &ProvinceReport, cfg: &Config) -> Form {
    let view = cfg.site.outlets.iter().find(|o| !o.gather.is_empty());
    let publisher = view.map_or_else(String::new, |o| o.publisher.clone());
    let owner = view.and_then(|o| o.owner.clone()).unwrap_or_default();
    let signer = if publisher.starts_with("Ban ") {
        vec!["TRƯỞNG BAN".to_owned()]
    } else if publisher.starts_with("Ủy ban nhân dân") {
        vec!["TM. ỦY BAN NHÂN DÂN".to_owned(), "CHỦ TỊCH".to_owned()]
    } else {
        vec!["THỦ TRƯỞNG CƠ QUAN".to_owned()]
    };
    Form {
        parent: owner.replace("Ủy ban nhân dân", "UBND").to_uppercase(),
        issuer: publisher.split(" tỉnh ").next().unwrap_or(&publisher).to_uppercase(),
        symbol: format!("BC-{}", initials(&publisher)),
        place: cfg.site.province.clone(),
        addressee: format!("Hội đồng Thi đua - Khen thưởng tỉnh {}", cfg.site.province),
        signer,
        name: publisher.clone(),
        full: publisher,
        year: r.as_of.year(),
    }
}

fn rows(r: &ProvinceReport) -> Vec<Vec<String>> {
    r.rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let met = match row.met {
                Some(true) => "Đạt",
                Some(false) => "Chưa đạt",
                None => "—",
            };
            vec![
                (i + 1).to_string(),
                row.unit_name.clone(),
                row.exemplars.to_string(),
                row.stories.to_string(),
                met.to_owned(),
                row.note.clone(),
            ]
        })
        .collect()
}

fn body(r: &ProvinceReport) -> Vec<Paragraph> {
    let mut p = Vec::new();
    if let Some(plan) = &r.plan {
        p.push(para(format!("Căn cứ {plan};")));
    }
    let reported = r.rows.iter().filter(|x| x.state == "fresh" || x.state == "kept").count();
    let mut totals = format!(
        "Tổng hợp từ trang thông tin của các xã, {} có {} gương điển hình tiên tiến được giới thiệu qua {} bài viết của {} đơn vị.",
        r.period_label, r.exemplars, r.stories, reported
    );
    if let (Some(q), true) = (r.quota, r.judged) {
        totals.push_str(&format!(
            " Theo chỉ tiêu ít nhất {q} gương điển hình mỗi xã, {}/{} đơn vị đạt chỉ tiêu.",
            r.met, r.judged_rows
        ));
    } else {
        totals.push_str(" Kỳ báo cáo không trọn một năm nên không đánh giá theo chỉ tiêu hằng năm.");
    }
    p.push(para(totals));
    let left: Vec<&super::province::Row> =
        r.rows.iter().filter(|x| x.state == "failed" || x.state == "missing").collect();
    if !left.is_empty() {
        p.push(para(format!("Có {} trang của xã chưa được tổng hợp (chi tiết tại cột Ghi chú).", left.len())));
    }
    p
}

/// The Word file's bytes: one portrait section, the first page without its number.
pub(crate) fn docx(r: &ProvinceReport, cfg: &Config) -> Result<Vec<u8>, String> {
    let f = form(r, cfg);
    let title = format!("Kết quả tuyên truyền gương điển hình tiên tiến của các xã {}", r.period_label);
    let mut doc = super::docx::document(r.as_of)
        .title_pg()
        .add_table(header(&f))
        .add_paragraph(Paragraph::new())
        .add_paragraph(centered(run("BÁO CÁO").size(BODY).bold()))
        .add_paragraph(centered(run(title).size(BODY).bold()))
        .add_paragraph(centered(run("________").size(BODY)))
        .add_paragraph(centered(run(format!("Kính gửi: {}.", f.addressee)).size(BODY)));
    if r.sample {
        let notice = "(Số liệu minh họa từ nội dung mẫu, không phải báo cáo thật)";
        doc = doc.add_paragraph(centered(run(notice).size(BODY).italic()));
    }
    for p in body(r) {
        doc = doc.add_paragraph(p);
    }
    let head = [
        ("TT", 600),
        ("Đơn vị", 2200),
        ("Gương điển hình", 1300),
        ("Bài", 800),
        ("Đạt chỉ tiêu", 1100),
        ("Ghi chú", 2350),
    ];
    doc = doc.add_table(table(&head, rows(r))).add_paragraph(Paragraph::new()).add_table(signature(&f));
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut out).map_err(|e| e.to_string())?;
    super::stamp::stamp(out.into_inner()).map_err(|e| e.to_string())
}
