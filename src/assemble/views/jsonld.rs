//! Structured data (schema.org, as JSON-LD) for search engines and link previews: a story
//! is an `Article` about its exemplar; an exemplar's profile is a `ProfilePage` whose
//! main entity is the person (`Person`) or the household or collective (`Organization`),
//! and a practice's page an `ItemPage` whose main entity is the practice, a
//! `CreativeWork` made by its holder: a practice is never a person. The types and
//! properties used are checked against schema.org's vocabulary by the tests
//! (`tests/integration/i33_share.rs`). `<` is written as `\u003c`, so that no text can
//! open or close an element.

use super::{Card, ExemplarView};
use crate::model::exemplars::{Exemplar, ExemplarType};
use crate::model::{Config, Kind, Outlet, Story, SubjectType};
use serde_json::{Value, json};

fn text(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default().replace('<', "\\u003c")
}

/// Who someone is: a `Person`, or an `Organization` (a household says so).
fn agent(kind: SubjectType, name: Option<&str>) -> Value {
    let mut v = match kind {
        SubjectType::Individual => json!({ "@type": "Person" }),
        SubjectType::Household => json!({ "@type": "Organization", "additionalType": "Hộ gia đình" }),
        SubjectType::Collective => json!({ "@type": "Organization" }),
    };
    if let Some(n) = name.filter(|n| !n.is_empty()) {
        v["name"] = json!(n);
    }
    v
}

/// A practice: the work, and its holder (unnamed: the registry names the practice, not
/// the person or body behind it) as its creator.
fn practice(name: &str, holder: Value) -> Value {
    json!({ "@type": "CreativeWork", "name": name, "creator": holder })
}

/// What a story is about: its exemplar, as a person, an organization or a practice.
fn about(cfg: &Config, s: &Story) -> Value {
    match s.exemplar.as_deref().and_then(|id| cfg.exemplars.get(id)) {
        Some(e) if e.kind == ExemplarType::Practice => practice(&e.name, agent(e.subject_type(), None)),
        Some(e) => agent(e.subject_type(), Some(&e.name)),
        // A practice written up without the registry: the story's subject is its holder.
        None if s.kind == Kind::Practice => practice(&s.title, agent(s.subject.kind, Some(&s.subject.name))),
        None => agent(s.subject.kind, Some(&s.subject.name)),
    }
}

/// A story's `Article`.
pub(crate) fn story(cfg: &Config, o: &Outlet, s: &Story, card: &Card) -> String {
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": s.title,
        "description": s.summary,
        "datePublished": s.date.to_string(),
        "inLanguage": "vi",
        "url": card.url,
        "mainEntityOfPage": card.url,
        "author": { "@type": "Organization", "name": cfg.author_of(&s.author, s.date) },
        "publisher": { "@type": "Organization", "name": o.publisher },
        "about": about(cfg, s),
        "articleSection": card.field.title,
        "contentLocation": { "@type": "Place", "name": super::place(cfg, &s.commune, s.date) },
    });
    if let Some(img) = &card.image {
        v["image"] = json!(img.large);
    }
    text(&v)
}

/// An exemplar's profile page: a `ProfilePage` of a person or an organization, or an
/// `ItemPage` of a practice.
pub(crate) fn exemplar(o: &Outlet, e: &Exemplar, view: &ExemplarView) -> String {
    let place = json!({ "@type": "Place", "name": view.unit.official_name });
    let awards: Vec<&str> = view.recognition.iter().map(|r| r.name.as_str()).collect();
    let (page, mut entity) = match e.kind {
        ExemplarType::Practice => {
            let mut w = practice(&e.name, agent(e.subject_type(), None));
            w["locationCreated"] = place;
            ("ItemPage", w)
        }
        ExemplarType::Individual => {
            let mut p = agent(SubjectType::Individual, Some(&e.name));
            p["homeLocation"] = place;
            ("ProfilePage", p)
        }
        kind => {
            let holder = if kind == ExemplarType::Household { SubjectType::Household } else { SubjectType::Collective };
            let mut org = agent(holder, Some(&e.name));
            org["location"] = place;
            ("ProfilePage", org)
        }
    };
    entity["description"] = json!(e.profile);
    if !awards.is_empty() {
        entity["award"] = json!(awards);
    }
    let v = json!({
        "@context": "https://schema.org",
        "@type": page,
        "name": e.name,
        "url": view.brief.url,
        "inLanguage": "vi",
        "isPartOf": { "@type": "WebSite", "name": o.title, "url": o.url("/") },
        "publisher": { "@type": "Organization", "name": o.publisher },
        "mainEntity": entity,
    });
    text(&v)
}
