//! The exemplar registry (`content/exemplars/`): each file's own sense (unit, field,
//! consent, a workflow whose stages come in order and are not skipped, known proposers,
//! replications), and a story's `exemplar:` (known, not declined, of its kind).

use crate::diagnostic::msg;
use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::model::exemplars::{Exemplar, ExemplarType, Step};
use crate::model::{Config, Kind, Story};
use crate::suggest::did_you_mean;
use crate::text::vi_date;
use crate::yaml::SpanMap;
use chrono::NaiveDate;

pub const PROFILE_MAX: usize = 600;

fn mean(found: Option<&str>) -> Option<Text> {
    found.map(|s| msg!("common.did-you-mean", s))
}

/// Findings about one exemplar file, with positions in it.
struct File<'a> {
    e: &'a Exemplar,
    spans: Option<&'a SpanMap>,
    out: &'a mut Vec<Diagnostic>,
}

impl File<'_> {
    fn at(&self, path: &str) -> Pos {
        self.spans.map_or(Pos::START, |s| s.value(path, Pos::START))
    }
    fn error(&mut self, code: &'static str, path: &str, vi: String, en: String) -> &mut Diagnostic {
        let d = Diagnostic::error(code, &self.e.path, self.at(path), Text::new(vi, en));
        self.out.push(d);
        self.out.last_mut().expect("just pushed")
    }
}

/// Every exemplar file.
pub fn config(cfg: &Config, out: &mut Vec<Diagnostic>) {
    for e in &cfg.exemplars.list {
        let mut f = File { e, spans: cfg.spans.exemplars.get(&e.id), out };
        one(&mut f, cfg);
    }
}

fn one(f: &mut File, cfg: &Config) {
    let e = f.e;
    if cfg.registry.resolve(&e.unit).is_none() {
        let like = mean(did_you_mean(&e.unit, cfg.registry.units.iter().map(|u| u.id.as_str())));
        let d = f.error(
            "unknown-commune",
            "unit",
            format!("đơn vị `{}` không có trong communes.yaml", e.unit),
            format!("the unit `{}` is not in communes.yaml", e.unit),
        );
        d.help = like;
    }
    if cfg.criteria.field(&e.field).is_none() {
        let like = mean(did_you_mean(&e.field, cfg.criteria.fields.iter().map(|x| x.id.as_str())));
        let d = f.error(
            "unknown-field",
            "field",
            format!("lĩnh vực `{}` không có trong danh mục 14 lĩnh vực", e.field),
            format!("the field `{}` is not one of the 14", e.field),
        );
        d.help = like;
    }
    let len = e.profile.chars().count();
    if len > PROFILE_MAX {
        let d = Diagnostic::warning(
            "profile-too-long",
            &e.path,
            f.at("profile"),
            msg!("exemplars.profile-too-long", len, profile_max = PROFILE_MAX),
        );
        f.out.push(d);
    }
    if e.holder.is_some() && e.kind != ExemplarType::Practice {
        f.error(
            "invalid-value",
            "holder",
            "`holder` (người thực hiện) chỉ dùng cho mô hình (`type: practice`)".into(),
            "`holder` is for a practice (`type: practice`) only".into(),
        );
    }
    consent(f);
    super::consent::file(e, f.spans, f.out);
    workflow(f, cfg);
    recognition(f, cfg);
    replications(f, cfg);
}

fn consent(f: &mut File) {
    let e = f.e;
    match &e.consent {
        None if e.needs_consent() => {
            let d = f.error(
                "missing-consent",
                "type",
                format!(
                    "chưa ghi nhận sự đồng ý của {} `{}` cho việc công bố thông tin cá nhân (Nghị định 13/2023/NĐ-CP)",
                    e.subject_type().label().to_lowercase(),
                    e.name
                ),
                format!("no consent recorded from `{}` to publish their personal data (Decree 13/2023/ND-CP)", e.name),
            );
            d.help = Some(msg!("exemplars.profile-too-long.help"));
        }
        Some(c) if c.withdrawn.is_some_and(|w| w < c.given) => {
            let w = c.withdrawn.unwrap_or(c.given);
            f.error(
                "consent-dates",
                "consent.withdrawn",
                format!("ngày rút lại sự đồng ý ({}) trước ngày đồng ý ({})", vi_date(w), vi_date(c.given)),
                format!("consent is withdrawn ({w}) before it was given ({})", c.given),
            );
        }
        _ => {}
    }
}

/// Whether `by` was a unit of the registry or an agency on `date`: its name then.
fn who(cfg: &Config, by: &str, date: NaiveDate) -> Result<String, (String, String)> {
    if let Some(u) = cfg.registry.resolve(by) {
        return if u.exists_on(date) {
            Ok(format!("UBND {}", u.full_name()))
        } else {
            Err((
                format!("`{by}` ({}) không còn hoặc chưa có vào ngày {}", u.full_name(), vi_date(date)),
                format!("`{by}` ({}) did not exist on {date}", u.full_name()),
            ))
        };
    }
    if let Some(a) = cfg.agency(by) {
        return match a.name_on(date) {
            Some(n) => Ok(n.to_owned()),
            None => Err((
                format!("cơ quan `{by}` không còn hoặc chưa có vào ngày {}", vi_date(date)),
                format!("the agency `{by}` did not exist on {date}"),
            )),
        };
    }
    Err((
        format!("`{by}` không phải đơn vị trong communes.yaml, cũng không phải cơ quan trong agencies.yaml"),
        format!("`{by}` is neither a unit of communes.yaml nor an agency of agencies.yaml"),
    ))
}

fn step_by(f: &mut File, cfg: &Config, key: &str, s: &Step) {
    if let Err((vi, en)) = who(cfg, &s.by, s.date) {
        let ids = cfg.registry.units.iter().map(|u| u.id.as_str()).chain(cfg.agencies.iter().map(|a| a.id.as_str()));
        let like = mean(did_you_mean(&s.by, ids));
        let d = f.error("unknown-proposer", &format!("{key}.by"), vi, en);
        d.help = like;
    }
}

/// proposed → appraised → selected | declined: no stage skipped, dates in order.
fn workflow(f: &mut File, cfg: &Config) {
    let e = f.e;
    if let Some(p) = &e.proposed {
        step_by(f, cfg, "proposed", p);
    }
    if let Some(a) = &e.appraised {
        step_by(f, cfg, "appraised", a);
    }
    if let Some(d) = &e.declined
        && let Err((vi, en)) = who(cfg, &d.by, d.date)
    {
        f.error("unknown-proposer", "declined.by", vi, en);
    }
    if let Some(s) = &e.selected
        && let Some(by) = &s.by
        && let Err((vi, en)) = who(cfg, by, s.date)
    {
        f.error("unknown-proposer", "selected.by", vi, en);
    }
    let skipped = |f: &mut File, key: &str, needs: &str| {
        let d = f.error(
            "exemplar-stage",
            key,
            format!("có bước `{key}` nhưng chưa có bước `{needs}`: không được bỏ qua bước nào"),
            format!("`{key}` without `{needs}`: no stage may be skipped"),
        );
        d.help = Some(msg!("exemplars.workflow.help"));
    };
    if e.appraised.is_some() && e.proposed.is_none() {
        skipped(f, "appraised", "proposed");
    }
    if e.selected.is_some() && e.appraised.is_none() {
        skipped(f, "selected", "appraised");
    }
    if e.declined.is_some() && e.proposed.is_none() {
        skipped(f, "declined", "proposed");
    }
    if e.selected.is_some() && e.declined.is_some() {
        f.error(
            "exemplar-stage",
            "declined",
            "vừa có `selected` (được chọn) vừa có `declined` (không chọn): chỉ giữ một".into(),
            "both `selected` and `declined`: keep one".into(),
        );
    }
    let dates = [
        ("proposed", e.proposed.as_ref().map(|s| s.date)),
        ("appraised", e.appraised.as_ref().map(|s| s.date)),
        ("selected", e.selected.as_ref().map(|s| s.date)),
        ("declined", e.declined.as_ref().map(|s| s.date)),
    ];
    let mut last: Option<(&str, NaiveDate)> = None;
    for (i, (key, date)) in dates.iter().enumerate() {
        let Some(date) = *date else { continue };
        if let Some((before, then)) = last
            && date < then
        {
            f.error(
                "exemplar-stage",
                &format!("{key}.date"),
                format!("bước `{key}` ghi ngày {} trước bước `{before}` ({})", vi_date(date), vi_date(then)),
                format!("`{key}` is dated {date}, before `{before}` ({then})"),
            );
        }
        // selected and declined both follow appraised; neither follows the other.
        if i < 2 {
            last = Some((key, date));
        }
    }
}

fn recognition(f: &mut File, cfg: &Config) {
    let e = f.e;
    for (i, r) in e.recognition.iter().enumerate() {
        let Some(c) = cfg.criteria.commendation(&r.form) else {
            let like = cfg.criteria.commendation_like(&r.form).map(|c| {
                msg!("exemplars.recognition", id = c.id, name = c.name)
            });
            let d = f.error(
                "unknown-recognition",
                &format!("recognition.{i}.form"),
                format!("hình thức khen thưởng `{}` không có trong criteria.yaml", r.form),
                format!("the commendation form `{}` is not in criteria.yaml", r.form),
            );
            d.help = like;
            continue;
        };
        let kind = e.subject_type();
        if !c.applies_to.is_empty() && !c.applies_to.contains(&kind) {
            let d = Diagnostic::warning(
                "recognition-subject",
                &e.path,
                f.at(&format!("recognition.{i}.form")),
                Text::new(
                    format!("“{}” thường không trao cho {}", c.name, kind.label().to_lowercase()),
                    format!("“{}” is not usually awarded to a {}", c.name, kind.id()),
                ),
            );
            f.out.push(d);
        }
    }
}

fn replications(f: &mut File, cfg: &Config) {
    let e = f.e;
    if !e.replicated_in.is_empty() && e.kind != ExemplarType::Practice {
        let pos = f.spans.map_or(Pos::START, |s| s.key("replicated_in", Pos::START));
        let d = f.error(
            "replication-invalid",
            "replicated_in",
            "chỉ mô hình, cách làm hay (`type: practice`) mới có nơi làm theo (`replicated_in`)".into(),
            "only a practice (`type: practice`) is replicated (`replicated_in`)".into(),
        );
        d.pos = pos;
        return;
    }
    let start = e.proposed.as_ref().map(|p| p.date);
    for (i, r) in e.replicated_in.iter().enumerate() {
        let at = format!("replicated_in.{i}");
        match cfg.registry.resolve(&r.unit) {
            None => {
                let like = mean(did_you_mean(&r.unit, cfg.registry.units.iter().map(|u| u.id.as_str())));
                let d = f.error(
                    "unknown-commune",
                    &format!("{at}.unit"),
                    format!("đơn vị `{}` không có trong communes.yaml", r.unit),
                    format!("the unit `{}` is not in communes.yaml", r.unit),
                );
                d.help = like;
            }
            Some(u) if !u.exists_on(r.date) => {
                f.error(
                    "replication-invalid",
                    &format!("{at}.date"),
                    format!("{} không còn hoặc chưa có vào ngày {}", u.full_name(), vi_date(r.date)),
                    format!("{} did not exist on {}", u.full_name(), r.date),
                );
            }
            Some(_) => {}
        }
        if let Some(start) = start
            && r.date < start
        {
            f.error(
                "replication-invalid",
                &format!("{at}.date"),
                format!(
                    "nơi làm theo ghi ngày {}, trước khi mô hình được đề xuất ({})",
                    vi_date(r.date),
                    vi_date(start)
                ),
                format!("replicated on {}, before the practice was proposed ({start})", r.date),
            );
        }
        if r.scale.is_some_and(|s| !s.is_finite() || s < 0.0) {
            f.error(
                "replication-invalid",
                &format!("{at}.scale"),
                "quy mô (`scale`) phải là một số không âm".into(),
                "`scale` must be a number, not negative".into(),
            );
        }
        if r.scale.is_some() && e.measure.is_none() {
            f.error(
                "replication-invalid",
                &format!("{at}.scale"),
                "có quy mô (`scale`) nhưng mô hình chưa ghi đơn vị tính (`measure`, ví dụ `hộ`, `ha`)".into(),
                "a `scale` but the practice gives no `measure` (e.g. `hộ`, `ha`)".into(),
            );
        }
    }
}

/// A story's `exemplar:`: known, not declined, of the story's kind; neither `subject`
/// nor `recognition` written beside it; and, when consent was withdrawn, a reminder that
/// the story is in no output.
pub fn story(s: &Story, spans: &SpanMap, cfg: &Config, out: &mut Vec<Diagnostic>) {
    let Some(id) = &s.exemplar else { return };
    let p = s.path.as_str();
    let Some(e) = cfg.exemplars.get(id) else {
        if !cfg.spans.broken_exemplars.contains(id) {
            let like = mean(did_you_mean(id, cfg.exemplars.list.iter().map(|e| e.id.as_str())));
            out.push(
                Diagnostic::error(
                    "unknown-exemplar",
                    p,
                    spans.value("exemplar", Pos::START),
                    msg!("exemplars.unknown-exemplar", exemplar = id),
                )
                .maybe_help(like.or_else(|| {
                    Some(msg!("exemplars.unknown-exemplar.help", id))
                })),
            );
        }
        return;
    };
    for key in ["subject", "recognition"] {
        if spans.get(key).is_some() {
            out.push(
                Diagnostic::error(
                    "exemplar-owns",
                    p,
                    spans.key(key, Pos::START),
                    msg!("exemplars.exemplar-owns", id, key),
                )
                .with_help(msg!("exemplars.exemplar-owns.help", key, path = e.path)),
            );
        }
    }
    let practice = e.kind == ExemplarType::Practice;
    if (s.kind == Kind::Practice) != practice {
        let (vi, en) = if practice {
            ("là một mô hình: bài về nó ghi `kind: practice`", "is a practice: a story about it is `kind: practice`")
        } else {
            ("không phải mô hình: bài về nó ghi `kind: story`", "is not a practice: a story about it is `kind: story`")
        };
        out.push(Diagnostic::error(
            "exemplar-kind",
            p,
            spans.value("kind", Pos::START),
            Text::new(format!("gương điển hình `{id}` {vi}"), format!("the exemplar `{id}` {en}")),
        ));
    }
    if let Some(d) = &e.declined
        && !s.draft
    {
        out.push(
            Diagnostic::error(
                "exemplar-declined",
                p,
                spans.value("exemplar", Pos::START),
                Text::new(
                    format!(
                        "gương điển hình `{id}` không được chọn ngày {} ({}): không đăng bài về gương này",
                        vi_date(d.date),
                        d.reason
                    ),
                    format!(
                        "the exemplar `{id}` was declined on {} ({}): no story about it is published",
                        d.date, d.reason
                    ),
                ),
            )
            .with_help(msg!("exemplars.exemplar-declined.help")),
        );
    }
    super::consent::story(s, e, spans, cfg, out);
    if let Some(w) = e.withdrawn() {
        out.push(
            Diagnostic::warning(
                "consent-withdrawn",
                p,
                spans.value("exemplar", Pos::START),
                Text::new(
                    format!("`{}` đã rút lại sự đồng ý ngày {}: bài này không có trên trang nào, nguồn tin nào, kết quả tìm kiếm nào", e.name, vi_date(w)),
                    format!("`{}` withdrew consent on {}: this story is in no page, feed or search index", e.name, w),
                ),
            )
            .with_help(msg!("exemplars.consent-withdrawn.help")),
        );
    }
}
