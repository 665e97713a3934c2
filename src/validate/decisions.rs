//! Decision numbers of selections: one issuer numbers its documents in the order of their
//! dates, from 01 on 1 January to 31 December (Nghị định 30/2020/NĐ-CP, Điều 15: "Số và
//! thời gian ban hành văn bản được lấy theo thứ tự và trình tự thời gian ban hành văn
//! bản của cơ quan, tổ chức trong năm"). A later decision with a smaller number, or one
//! number on two dates, is a typing error the office would file.

use crate::diagnostic::msg;
use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::model::Config;
use crate::text::vi_date;
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// "Số 15/QĐ-UBND" → (15, "QĐ-UBND"); none for a text without a number.
pub fn number(decision: &str) -> Option<(u32, String)> {
    let t = decision.trim();
    let t = ["Số ", "số ", "Số: ", "số: "].iter().find_map(|p| t.strip_prefix(p)).unwrap_or(t).trim_start();
    let (n, mark) = t.split_once('/')?;
    let n = n.trim().parse().ok()?;
    let mark = mark.split_whitespace().next()?.to_owned();
    Some((n, mark))
}

struct Seen<'a> {
    id: &'a str,
    path: &'a str,
    date: NaiveDate,
    n: u32,
    text: &'a str,
}

/// Every selection decision against the others of its issuer, kind and year.
pub fn check(cfg: &Config, out: &mut Vec<Diagnostic>) {
    let mut groups: BTreeMap<(&str, String, i32), Vec<Seen>> = BTreeMap::new();
    for e in &cfg.exemplars.list {
        let Some(s) = &e.selected else { continue };
        let Some((n, mark)) = number(&s.decision) else { continue };
        let issuer = s.by.as_deref().unwrap_or("");
        let seen = Seen { id: &e.id, path: &e.path, date: s.date, n, text: &s.decision };
        groups.entry((issuer, mark, s.date.year())).or_default().push(seen);
    }
    for list in groups.values_mut() {
        list.sort_by_key(|s| (s.date, s.n));
        for (i, later) in list.iter().enumerate() {
            // The first earlier decision this one contradicts.
            let Some(before) = list[..i].iter().find(|b| b.n > later.n || (b.n == later.n && b.date != later.date))
            else {
                continue;
            };
            let at = cfg.spans.exemplars.get(later.id).map_or(Pos::START, |m| m.value("selected.decision", Pos::START));
            let vi = format!(
                "quyết định {} ngày {} mang số không lớn hơn quyết định {} ngày {} cùng cơ quan ban hành ({}): số văn bản tăng dần theo ngày ban hành trong năm (Nghị định 30/2020/NĐ-CP, Điều 15)",
                later.text,
                vi_date(later.date),
                before.text,
                vi_date(before.date),
                before.id
            );
            let en = format!(
                "decision {} of {} is numbered no higher than decision {} of {} by the same issuer ({}): an issuer numbers its documents in date order within a year (Decree 30/2020, art. 15)",
                later.text, later.date, before.text, before.date, before.id
            );
            let help = msg!("decisions.decision-order.help");
            out.push(Diagnostic::warning("decision-order", later.path, at, Text::new(vi, en)).with_help(help));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_are_read_from_the_usual_forms() {
        assert_eq!(number("Số 15/QĐ-UBND"), Some((15, "QĐ-UBND".into())));
        assert_eq!(number("số: 112/QĐ-UBND ngày 29/8/2025"), Some((112, "QĐ-UBND".into())));
        assert_eq!(number("08/QĐ-HĐTĐKT"), Some((8, "QĐ-HĐTĐKT".into())));
        assert_eq!(number("Quyết định khen thưởng"), None);
    }
}
