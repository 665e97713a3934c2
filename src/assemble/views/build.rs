//! Building the template views of one outlet from the model.

use super::*;
use crate::assemble::{OutletPlan, Published, urls};
use crate::model::labels::Labels;
use crate::model::{Config, Outlet, Story, Unit};
use chrono::NaiveDate;

pub(crate) fn unit_link(o: &Outlet, u: &Unit) -> UnitLink {
    UnitLink {
        id: u.id.clone(),
        name: u.name.clone(),
        full_name: u.full_name(),
        official_name: u.official_name(),
        url: o.url(&urls::commune(&u.id, 1)),
    }
}

fn vi_date(d: NaiveDate) -> String {
    crate::text::vi_date(d)
}

/// The view of a processed photo, with absolute URLs for outlet `o`.
pub(crate) fn image(o: &Outlet, p: &Published, rel: &str, alt: &str) -> Option<ImageView> {
    let img = p.images.images.get(rel.trim_start_matches("./"))?;
    let url = |path: &str| o.url(&format!("/{path}"));
    let default = img.variants.iter().rev().find(|v| v.width <= 960).or(img.variants.first())?;
    let large = img.variants.iter().rev().find(|v| v.width <= 1600).or(img.variants.first())?;
    let set = |f: fn(&crate::images::Variant) -> &String| {
        img.variants.iter().map(|v| format!("{} {}w", url(f(v)), v.width)).collect::<Vec<_>>().join(", ")
    };
    Some(ImageView {
        src: url(&default.jpeg),
        width: default.width,
        height: default.height,
        srcset_jpeg: set(|v| &v.jpeg),
        srcset_webp: set(|v| &v.webp),
        alt: alt.to_owned(),
        large: url(&large.jpeg),
        large_width: large.width,
        large_height: large.height,
        large_len: large.jpeg_len,
    })
}

/// Whether `outlet` builds the column `id`.
fn carries(cfg: &Config, outlet: &Outlet, id: &str) -> bool {
    cfg.outlet_columns(outlet).iter().any(|c| c.id == id)
}

/// `labels`: the theme's words for kinds, subjects and levels (`kind_story`, …).
pub(crate) fn card(cfg: &Config, o: &Outlet, p: &Published, i: usize, labels: &Labels) -> Card {
    let s: &Story = p.stories[i];
    let commune = match cfg.registry.resolve(&s.commune) {
        Some(u) => unit_link(o, u),
        None => UnitLink {
            id: s.commune.clone(),
            name: s.commune.clone(),
            full_name: s.commune.clone(),
            official_name: s.commune.clone(),
            url: o.url(&urls::commune(&s.commune, 1)),
        },
    };
    let field_name = cfg.criteria.field(&s.field).map_or(s.field.clone(), |f| f.name.clone());
    Card {
        slug: s.slug.clone(),
        url: o.url(&urls::story(&s.slug)),
        title: s.title.clone(),
        summary: s.summary.clone(),
        date: s.date.to_string(),
        date_vi: vi_date(s.date),
        year: s.year(),
        kind: s.kind.id().into(),
        kind_label: labels.get(&format!("kind_{}", s.kind.id())),
        subject_type: s.subject.kind.id().into(),
        subject_label: labels.get(&format!("subject_{}", s.subject.kind.id())),
        subject_name: s.subject.name.clone(),
        commune,
        // A link only where this outlet builds the field's column (the Culture Centre
        // carries two themed columns, no field's).
        field: Link {
            id: s.field.clone(),
            title: field_name,
            url: if carries(cfg, o, &s.field) { o.url(&urls::column(&s.field, 1)) } else { String::new() },
        },
        top_recognition: p.levels[i].first().map(|l| labels.get(&format!("level_{}", l.id()))),
        draft: s.draft,
        exemplar_url: s
            .exemplar
            .as_deref()
            .filter(|id| cfg.exemplars.get(id).is_some())
            .map(|id| o.url(&urls::exemplar(id))),
        image: s.image.as_deref().and_then(|rel| image(o, p, rel, s.image_alt.as_deref().unwrap_or(""))),
    }
}

/// Commendations as pages show them: the name on the decision, else the form's.
pub(crate) fn recognition_views(
    cfg: &Config,
    list: &[crate::model::story::Recognition],
    labels: &Labels,
) -> Vec<RecognitionView> {
    list.iter()
        .filter_map(|rec| {
            let c = cfg.criteria.commendation(&rec.form)?;
            Some(RecognitionView {
                name: rec.name.clone().unwrap_or_else(|| c.name.clone()),
                form: c.id.clone(),
                level: c.level.id().into(),
                level_label: labels.get(&format!("level_{}", c.level.id())),
                year: rec.year,
                decision: rec.decision.clone(),
            })
        })
        .collect()
}

pub(crate) fn story(
    cfg: &Config,
    plan: &OutletPlan,
    p: &Published,
    i: usize,
    card: Card,
    (today, labels): (NaiveDate, &Labels),
) -> StoryView {
    let s = p.stories[i];
    let o = plan.outlet;
    let r = p.rendered(i);
    let criteria = s
        .criteria
        .iter()
        .map(|(id, ev)| {
            let (title, text) = cfg.criteria.criterion(id).unwrap_or((id.as_str(), ""));
            CriterionView { id: id.clone(), title: title.to_owned(), text: text.to_owned(), evidence: ev.clone() }
        })
        .collect();
    let recognition = recognition_views(cfg, &s.recognition, labels);
    // Columns this outlet carries, and that hold the story.
    let columns = plan
        .columns
        .iter()
        .filter(|(ci, _)| p.columns_of[i].contains(ci))
        .map(|(ci, _)| {
            let c = &cfg.columns[*ci];
            Link { id: c.id.clone(), title: c.title.clone(), url: o.url(&urls::column(&c.id, 1)) }
        })
        .collect();
    let commune_now = cfg
        .registry
        .resolve(&s.commune)
        .filter(|u| !u.exists_on(today))
        .and_then(|u| cfg.registry.successor_on(&u.id, today))
        .map(|u| unit_link(o, u));
    let jsonld = super::jsonld::story(cfg, o, s, &card);
    // As of the outlet's last day: an archive names no selection made after it ended.
    let exemplar = s
        .exemplar
        .as_deref()
        .and_then(|id| cfg.exemplars.get(id))
        .map(|e| exemplar_brief(o, &e.as_of(o.last_day(today)), labels));
    StoryView {
        card,
        exemplar,
        audio: None,
        jsonld,
        content: r.html.clone(),
        toc: r.toc.clone(),
        reading_minutes: r.reading_minutes,
        words: r.words,
        criteria,
        field_criterion: cfg.criteria.field(&s.field).map(|f| f.criterion.clone()).unwrap_or_default(),
        field_evidence: s.field_evidence.clone(),
        results: s.results.clone(),
        replication: s.replication.clone(),
        recognition,
        columns,
        tags: s.tags.clone(),
        tag_labels: s.tags.iter().map(|t| cfg.tag_label(t)).collect(),
        author: cfg.author_of(&s.author, s.date),
        commune_now,
        original: cfg.gathering.origin(&s.slug).map(|g| Link {
            id: g.source.clone(),
            title: g.outlet.clone(),
            url: g.canonical.clone(),
        }),
        script_url: cfg.site.broadcast.scripts.then(|| plan.outlet.url(&urls::story_script(&s.slug))),
        sheet_url: cfg.site.broadcast.print.then(|| plan.outlet.url(&urls::story_sheet(&s.slug))),
        bulletin_url: plan
            .columns
            .iter()
            .map(|(ci, _)| &cfg.columns[*ci])
            .find(|c| {
                p.columns_of[i].iter().any(|ci| cfg.columns[*ci].id == c.id)
                    && cfg.site.broadcast.columns.contains(&c.id)
            })
            .map(|c| {
                use chrono::Datelike;
                let w = s.date.iso_week();
                plan.outlet.url(&urls::bulletin(&c.id, w.year(), w.week(), false))
            }),
    }
}

/// The day unit `id`'s territory came under `now`: `now`'s creation, or the day after
/// the last unit before it in the lineage ended.
fn since(cfg: &Config, id: &str, now: &Unit) -> Option<NaiveDate> {
    let lineage = cfg.registry.lineage(id);
    let at = lineage.iter().position(|u| u.id == now.id)?;
    now.valid_from.or_else(|| lineage.get(at.checked_sub(1)?)?.valid_until?.succ_opt())
}

pub(crate) fn unit(cfg: &Config, o: &Outlet, u: &Unit, count: usize, today: NaiveDate) -> UnitView {
    let now = (!u.exists_on(today)).then(|| cfg.registry.successor_on(&u.id, today)).flatten().filter(|n| n.id != u.id);
    UnitView {
        link: unit_link(o, u),
        type_label: u.kind.label().into(),
        count,
        valid_until: u.valid_until.map(vi_date),
        valid_from: u.valid_from.map(vi_date),
        merged_into: u.merged_into.as_deref().and_then(|m| cfg.registry.resolve(m)).map(|m| unit_link(o, m)),
        ended_on: u.valid_until.and_then(|d| d.succ_opt()).map(vi_date),
        now: now.map(|n| unit_link(o, n)),
        now_since: now.and_then(|n| since(cfg, &u.id, n)).map(vi_date),
        absorbed: cfg
            .registry
            .absorbed(&u.id)
            .into_iter()
            .map(|a| Absorbed {
                link: unit_link(o, a),
                absorbed: cfg.registry.absorbed(&a.id).into_iter().map(|b| unit_link(o, b)).collect(),
            })
            .collect(),
        feed_url: o.url(&urls::commune_feed(&u.id)),
        current: u.exists_on(today),
        exemplars: Vec::new(),
        adopted: Vec::new(),
    }
}

pub(crate) fn column(cfg: &Config, o: &Outlet, ci: usize, count: usize) -> ColumnView {
    let c = &cfg.columns[ci];
    ColumnView {
        id: c.id.clone(),
        title: c.title.clone(),
        description: c.description.clone(),
        url: o.url(&urls::column(&c.id, 1)),
        feed_url: o.url(&urls::column_feed(&c.id)),
        count,
        is_field: c.field.is_some(),
    }
}

pub(crate) fn pagination(o: &Outlet, url_of: impl Fn(usize) -> String, current: usize, total: usize) -> Pagination {
    let page_url = |n: usize| o.url(&url_of(n));
    Pagination {
        current,
        total,
        prev_url: (current > 1).then(|| page_url(current - 1)),
        next_url: (current < total).then(|| page_url(current + 1)),
        pages: window(current, total)
            .into_iter()
            .map(|n| match n {
                0 => PageLink { number: 0, url: String::new(), current: false, gap: true },
                n => PageLink { number: n, url: page_url(n), current: n == current, gap: false },
            })
            .collect(),
    }
}

/// Page numbers to show: the first, the last, and two either side of the current one,
/// with 0 for a gap. A list of 5,000 pages gets 9 links on each page, not 5,000.
pub(crate) fn window(current: usize, total: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let (lo, hi) = (current.saturating_sub(2).max(1), (current + 2).min(total));
    if lo > 1 {
        out.push(1);
        if lo > 2 {
            out.push(0);
        }
    }
    out.extend(lo..=hi);
    if hi < total {
        if hi < total - 1 {
            out.push(0);
        }
        out.push(total);
    }
    out
}

/// Where a story is, as it was on the story's date: "xã Thọ Tân, huyện Triệu Sơn, tỉnh
/// Thanh Hóa" while the district existed, "xã Tân Ninh, tỉnh Thanh Hóa" for a unit
/// created after it, "huyện Triệu Sơn, tỉnh Thanh Hóa" for the district itself.
pub(crate) fn place(cfg: &Config, unit: &str, date: NaiveDate) -> String {
    let province = format!("tỉnh {}", cfg.site.province);
    let Some(u) = cfg.registry.resolve(unit) else { return province };
    let district = cfg.registry.units.iter().find(|d| d.kind == crate::model::UnitType::Huyen);
    if u.kind == crate::model::UnitType::Huyen {
        return format!("{}, {province}", u.official_name());
    }
    // The day the place is named for: the story's, within the unit's own life.
    let day = u.valid_until.map_or(date, |end| date.min(end));
    let day = u.valid_from.map_or(day, |start| day.max(start));
    match district.filter(|d| d.exists_on(day)) {
        Some(d) => format!("{}, {}, {province}", u.official_name(), d.official_name()),
        None => format!("{}, {province}", u.official_name()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn pagination_windows() {
        assert_eq!(super::window(1, 1), [1]);
        assert_eq!(super::window(1, 4), [1, 2, 3, 4]);
        assert_eq!(super::window(50, 5000), [1, 0, 48, 49, 50, 51, 52, 0, 5000]);
        assert_eq!(super::window(5000, 5000), [1, 0, 4998, 4999, 5000]);
        assert_eq!(super::window(3, 5), [1, 2, 3, 4, 5]);
    }
}
