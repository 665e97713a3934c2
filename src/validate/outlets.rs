//! A story and the outlets over time: a story dated after every outlet that would carry
//! it has ended (an archive since the 2025 reorganisation) is published nowhere.

use crate::diagnostic::{Diagnostic, Pos, Text, msg};
use crate::model::{Config, Story};
use crate::yaml::SpanMap;

pub(super) fn check(s: &Story, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    let chosen = |id: &str| s.outlets.as_ref().is_none_or(|o| o.iter().any(|x| x == id));
    let would: Vec<_> =
        cfg.site.outlets.iter().filter(|o| chosen(&o.id) && o.covers(&cfg.registry, &s.commune)).collect();
    if would.is_empty() || would.iter().any(|o| !o.ended_before(s.date)) {
        return;
    }
    let ended = |vi: bool| {
        would
            .iter()
            .filter_map(|o| {
                let end = o.valid_until?;
                let next = crate::text::vi_date(end.succ_opt().unwrap_or(end));
                Some(if vi {
                    format!("kênh `{}` là trang lưu trữ từ ngày {next}", o.id)
                } else {
                    format!("the outlet `{}` is an archive since {}", o.id, end.succ_opt().unwrap_or(end))
                })
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    out.push(
        Diagnostic::warning(
            "outlet-ended",
            &s.path,
            spans.value("date", Pos::START),
            msg!(
                "outlets.outlet-ended",
                date = crate::text::date_text(s.date),
                ended = Text::new(ended(true), ended(false))
            ),
        )
        .with_help(msg!("outlets.outlet-ended.help")),
    );
}
