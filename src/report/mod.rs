//! The yearly quota report for the Home Affairs Office: exemplars per unit against the
//! plan's quotas (≥ 5 in the district, ≥ 2 in every commune or town), with breakdowns.

mod html;

pub use html::{html, style_hash};

use crate::model::{Config, Kind, Level, Story, SubjectType, UnitType};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// The rule, stated in the report itself.
pub const RULE_VI: &str = "Đếm các bài đã đăng (không tính bản nháp và bài hẹn ngày chưa đến) có ngày thuộc năm báo cáo. \
Mỗi bài được tính cho đơn vị ghi trong bài (kể cả khi đơn vị đó sau này đã sáp nhập). \
Chỉ tiêu áp dụng cho các xã, thị trấn có tên trong danh mục ngày 01/01 của năm báo cáo; \
đơn vị thành lập trong năm được liệt kê nhưng chưa tính chỉ tiêu. Bài của cấp huyện chỉ tính vào tổng toàn huyện. \
Tổng toàn huyện chỉ tính các bài có ngày trong thời gian còn cấp huyện (đến hết ngày 30/6/2025 theo danh mục).";
pub const RULE_EN: &str = "Published stories (no drafts, none dated after today) dated in the year are counted, each in the unit it names \
(even if that unit later merged). The commune quota applies to the units in the registry on 1 January of the year; units created \
during the year are listed without a quota. District-level stories count only toward the district total. The district total \
counts only stories dated while the district existed (until 30 June 2025 in the registry).";

#[derive(Debug, Serialize)]
pub struct Count {
    pub id: String,
    pub label: String,
    pub count: usize,
}

#[derive(Debug, Serialize)]
pub struct UnitRow {
    pub id: String,
    pub name: String,
    pub full_name: String,
    /// `xa` | `thi-tran`
    #[serde(rename = "type")]
    pub kind: String,
    pub count: usize,
    /// None for a unit created during the year.
    pub quota: Option<usize>,
    pub met: bool,
    /// How many more exemplars the unit needs (0 when met).
    pub short: usize,
    /// The unit it merged into, when it ceased to exist.
    pub merged_into: Option<String>,
    pub merged_into_name: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    /// Fields of its exemplars: field id → count.
    pub fields: BTreeMap<String, usize>,
    /// The same, in words: "Nông nghiệp (2), Y tế (1)".
    pub fields_label: String,
    /// "Sắp xếp vào xã Thọ Phú (từ 01/7/2025) từ ngày 01/7/2025", "Thành lập từ ngày 01/7/2025".
    pub note: String,
    /// Short label for the chart: "Thọ Tân", "TT Nưa".
    pub short_name: String,
}

#[derive(Debug, Serialize)]
pub struct District {
    pub name: String,
    pub total: usize,
    pub quota: usize,
    pub met: bool,
    pub short: usize,
    /// Stories of district-level agencies and collectives (`huyen`).
    pub district_level: usize,
    /// The district's last day, when it falls in the year: its total stops there.
    pub until: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct YearColumn {
    pub year: i32,
    pub total: usize,
    pub units_with_quota: usize,
    pub units_met: usize,
    /// unit id → count; a unit absent from the year's registry is absent here.
    pub units: BTreeMap<String, usize>,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub year: i32,
    /// Date the numbers were computed (stories dated later are not counted).
    pub as_of: NaiveDate,
    pub rule: &'static str,
    pub rule_en: &'static str,
    pub quotas: Quotas,
    pub district: District,
    pub units: Vec<UnitRow>,
    pub short_units: Vec<ShortUnit>,
    pub by_field: Vec<Count>,
    pub by_kind: Vec<Count>,
    pub by_subject: Vec<Count>,
    /// Commendations received, counted by issuing level.
    pub recognition_by_level: Vec<Count>,
    pub years: Vec<YearColumn>,
}

#[derive(Debug, Serialize)]
pub struct Quotas {
    pub district: usize,
    pub commune: usize,
}

#[derive(Debug, Serialize)]
pub struct ShortUnit {
    pub id: String,
    pub full_name: String,
    pub count: usize,
    pub needs: usize,
}

/// Stories that count for `year`: published, dated in the year and not after `as_of`.
fn counted<'a>(stories: &'a [&'a Story], year: i32, as_of: NaiveDate) -> impl Iterator<Item = &'a Story> {
    stories.iter().copied().filter(move |s| !s.draft && s.year() == year && s.date <= as_of)
}

fn jan1(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// The years of the side-by-side table.
pub fn plan_years(cfg: &Config, stories: &[&Story], year: i32) -> Vec<i32> {
    if let Some(p) = cfg.site.plan {
        return (p.from..=p.to).collect();
    }
    let mut years: Vec<i32> = stories.iter().map(|s| s.year()).chain([year]).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The district's last day, when it ended (2025-06-30: no district level after it).
fn district_end(cfg: &Config) -> Option<NaiveDate> {
    cfg.registry.units.iter().find(|u| u.kind == UnitType::Huyen).and_then(|d| d.valid_until)
}

/// Per-unit counts of one year (canonical unit id → count), and the district's total:
/// the stories dated while the district existed.
fn unit_counts(cfg: &Config, stories: &[&Story], year: i32, as_of: NaiveDate) -> (BTreeMap<String, usize>, usize) {
    let mut by_unit = BTreeMap::new();
    let mut total = 0;
    let end = district_end(cfg);
    for s in counted(stories, year, as_of) {
        if end.is_none_or(|end| s.date <= end) {
            total += 1;
        }
        let id = cfg.registry.resolve(&s.commune).map_or(s.commune.clone(), |u| u.id.clone());
        *by_unit.entry(id).or_insert(0) += 1;
    }
    (by_unit, total)
}

pub fn compute(cfg: &Config, stories: &[&Story], year: i32, as_of: NaiveDate) -> Report {
    let q = cfg.site.quotas;
    let (by_unit, total) = unit_counts(cfg, stories, year, as_of);
    let mut units = Vec::new();
    for u in cfg.registry.units.iter().filter(|u| u.kind != UnitType::Huyen && u.exists_in_year(year)) {
        let count = by_unit.get(&u.id).copied().unwrap_or(0);
        let quota = u.exists_on(jan1(year)).then_some(q.commune);
        let short = quota.map_or(0, |q| q.saturating_sub(count));
        let mut fields = BTreeMap::new();
        for s in
            counted(stories, year, as_of).filter(|s| cfg.registry.resolve(&s.commune).is_some_and(|x| x.id == u.id))
        {
            *fields.entry(s.field.clone()).or_insert(0) += 1;
        }
        let merged = u.merged_into.as_deref().and_then(|m| cfg.registry.resolve(m));
        let vi = |d: NaiveDate| crate::text::vi_date(d);
        let mut note = Vec::new();
        if let Some(f) = u.valid_from {
            note.push(format!("Thành lập từ ngày {}", vi(f)));
            if district_end(cfg).is_some_and(|end| f > end) {
                note.push("không tính vào tổng toàn huyện (cấp huyện đã kết thúc)".to_owned());
            }
        }
        if let Some(m) = merged {
            let since =
                u.valid_until.and_then(|d| d.succ_opt()).map(|d| format!(" từ ngày {}", vi(d))).unwrap_or_default();
            note.push(format!("Sắp xếp vào {}{since}", m.full_name()));
        }
        let fields_label = fields
            .iter()
            .map(|(f, n)| format!("{} ({n})", cfg.criteria.field(f).map_or(f.as_str(), |x| x.name.as_str())))
            .collect::<Vec<_>>()
            .join(", ");
        units.push(UnitRow {
            note: note.join("; "),
            fields_label,
            short_name: if u.kind == UnitType::ThiTran { format!("TT {}", u.name) } else { u.name.clone() },
            id: u.id.clone(),
            name: u.name.clone(),
            full_name: u.full_name(),
            kind: match u.kind {
                UnitType::ThiTran => "thi-tran".into(),
                _ => "xa".into(),
            },
            count,
            quota,
            met: short == 0,
            short,
            merged_into: merged.map(|m| m.id.clone()),
            merged_into_name: merged.map(|m| m.full_name()),
            valid_from: u.valid_from,
            valid_until: u.valid_until,
            fields,
        });
    }
    units.sort_by(|a, b| crate::text::compare_vi(&a.name, &b.name).then_with(|| a.id.cmp(&b.id)));
    let short_units = units
        .iter()
        .filter(|u| u.short > 0)
        .map(|u| ShortUnit { id: u.id.clone(), full_name: u.full_name.clone(), count: u.count, needs: u.short })
        .collect();
    let year_stories: Vec<&Story> = counted(stories, year, as_of).collect();
    let by_field = cfg
        .criteria
        .fields
        .iter()
        .map(|f| Count {
            id: f.id.clone(),
            label: f.name.clone(),
            count: year_stories.iter().filter(|s| s.field == f.id).count(),
        })
        .collect();
    let by_kind = [Kind::Story, Kind::Practice]
        .iter()
        .map(|k| Count {
            id: k.id().into(),
            label: k.label().into(),
            count: year_stories.iter().filter(|s| s.kind == *k).count(),
        })
        .collect();
    let by_subject = [SubjectType::Individual, SubjectType::Household, SubjectType::Collective]
        .iter()
        .map(|t| Count {
            id: t.id().into(),
            label: t.label().into(),
            count: year_stories.iter().filter(|s| s.subject.kind == *t).count(),
        })
        .collect();
    let recognition_by_level = Level::ALL
        .iter()
        .map(|l| Count {
            id: l.id().into(),
            label: l.label().into(),
            count: year_stories
                .iter()
                .flat_map(|s| &s.recognition)
                .filter(|r| cfg.criteria.commendation(&r.form).is_some_and(|c| c.level == *l))
                .count(),
        })
        .collect();
    let district_level = by_unit.get("huyen").copied().unwrap_or(0);
    let years = plan_years(cfg, stories, year)
        .into_iter()
        .map(|y| {
            let (counts, total) = unit_counts(cfg, stories, y, as_of);
            let listed: Vec<_> =
                cfg.registry.units.iter().filter(|u| u.kind != UnitType::Huyen && u.exists_in_year(y)).collect();
            let with_quota: Vec<_> = listed.iter().filter(|u| u.exists_on(jan1(y))).collect();
            YearColumn {
                year: y,
                total,
                units_with_quota: with_quota.len(),
                units_met: with_quota.iter().filter(|u| counts.get(&u.id).copied().unwrap_or(0) >= q.commune).count(),
                units: listed.iter().map(|u| (u.id.clone(), counts.get(&u.id).copied().unwrap_or(0))).collect(),
            }
        })
        .collect();
    Report {
        year,
        as_of,
        rule: RULE_VI,
        rule_en: RULE_EN,
        quotas: Quotas { district: q.district, commune: q.commune },
        district: District {
            name: cfg.site.district.clone(),
            total,
            quota: q.district,
            met: total >= q.district,
            short: q.district.saturating_sub(total),
            district_level,
            until: district_end(cfg).filter(|end| end.year() == year),
        },
        units,
        short_units,
        by_field,
        by_kind,
        by_subject,
        recognition_by_level,
        years,
    }
}

impl Report {
    /// Whether anyone is short of quota (for `--check`).
    pub fn any_short(&self) -> bool {
        !self.district.met || !self.short_units.is_empty()
    }

    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into())
    }

    /// UTF-8 with a BOM so that Excel opens Vietnamese correctly; one row per unit.
    pub fn csv(&self) -> Vec<u8> {
        let mut out = "\u{feff}".as_bytes().to_vec();
        {
            let mut w = csv::Writer::from_writer(&mut out);
            let _ = w.write_record([
                "Năm",
                "Mã đơn vị",
                "Tên đơn vị",
                "Loại",
                "Số điển hình",
                "Chỉ tiêu",
                "Còn thiếu",
                "Đạt chỉ tiêu",
                "Sáp nhập vào",
                "Lĩnh vực",
            ]);
            for u in &self.units {
                let fields: Vec<String> = u.fields.iter().map(|(f, n)| format!("{f}: {n}")).collect();
                let _ = w.write_record([
                    self.year.to_string(),
                    u.id.clone(),
                    u.full_name.clone(),
                    if u.kind == "thi-tran" { "thị trấn".into() } else { "xã".into() },
                    u.count.to_string(),
                    u.quota.map_or(String::new(), |q| q.to_string()),
                    u.short.to_string(),
                    if u.quota.is_none() {
                        "—".into()
                    } else if u.met {
                        "Đạt".into()
                    } else {
                        "Chưa đạt".into()
                    },
                    u.merged_into_name.clone().unwrap_or_default(),
                    fields.join("; "),
                ]);
            }
            let _ = w.flush();
        }
        out
    }
}

/// The year of `date` (the default report year).
pub fn year_of(date: NaiveDate) -> i32 {
    date.year()
}
