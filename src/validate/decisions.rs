//! Decision numbers of selections: one issuer numbers its documents in the order of their
//! dates, from 01 on 1 January to 31 December (Nghị định 30/2020/NĐ-CP, Điều 15: "Số và
//! thời gian ban hành văn bản được lấy theo thứ tự và trình tự thời gian ban hành văn
//! bản của cơ quan, tổ chức trong năm"). A later decision with a smaller number, or one
//! number on two dates, is a typing error the office would file.

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::model::Config;
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// "Số 15/QĐ-UBND" → (15, "QĐ-UBND"); none for a text without a number.
pub(super) fn number(decision: &str) -> Option<(u32, String)> {
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
pub(super) fn check(cfg: &Config, out: &mut Vec<Diagnostic>) {
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
            let message = msg!(
                "decisions.decision-order",
                later = later.text,
                later_date = crate::text::date_text(later.date),
                before = before.text,
                before_date = crate::text::date_text(before.date),
                issuer = before.id
            );
            let help = msg!("decisions.decision-order.help");
            out.push(Diagnostic::warning("decision-order", later.path, at, message).with_help(help));
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
