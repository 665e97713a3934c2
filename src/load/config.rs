//! The four configuration files of a site, read together into `model::Config`.

use super::source;
use crate::diagnostic::{Diagnostic, Pos, Text, msg};
use crate::model::Config;
use crate::model::agencies::AgenciesFile;
use crate::model::calendar::CalendarFile;
use crate::model::columns::{Column, ColumnsFile};
use crate::model::config::{AGENCIES, CALENDAR, COLUMNS, COMMUNES, CRITERIA, ConfigSpans, SITE, TAGS};
use crate::model::criteria::Criteria;
use crate::model::exemplars::{self, Exemplar, ExemplarFile, Exemplars};
use crate::model::registry::{Registry, RegistryFile};
use crate::model::site::SiteConfig;
use crate::yaml::{self, SpanMap};
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::path::Path;
use xxhash_rust::xxh3::Xxh3;

/// Reads one configuration file; a finding (with position) when it is unusable.
/// Each file's path and text go into `h`, the configuration's hash (`Config::inputs`).
fn read<T: DeserializeOwned>(
    root: &Path,
    rel: &str,
    diags: &mut Vec<Diagnostic>,
    h: &mut Xxh3,
) -> Option<(T, SpanMap)> {
    h.update(rel.as_bytes());
    h.update(&[0]);
    let (text, mut findings) = match source::read_text(root, &root.join(rel), rel) {
        Ok(ok) => ok,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    h.update(text.as_bytes());
    h.update(&[0]);
    diags.append(&mut findings);
    match yaml::from_str::<T>(&text) {
        Ok(v) => {
            let spans = SpanMap::build(&text, 1);
            crate::text::nfc::nfc_lines(rel, &text, diags);
            Some((scrubbed(v, &text, rel, &spans, diags), spans))
        }
        Err(e) => {
            diags.push(
                Diagnostic::error(
                    "config-invalid",
                    rel,
                    e.pos.unwrap_or(Pos::START),
                    msg!("config.config-invalid", message = Text::new(super::explain_vi(&e.message), e.message)),
                )
                .with_help(msg!("config.config-invalid.help")),
            );
            None
        }
    }
}

/// `v` as read from `text`, but for control characters that YAML escapes wrote into its
/// values (replaced by spaces, each value reported); a direction control is reported.
fn scrubbed<T: DeserializeOwned>(v: T, text: &str, rel: &str, spans: &SpanMap, diags: &mut Vec<Diagnostic>) -> T {
    if !super::values::worth_a_look(text) {
        return v;
    }
    let Ok(mut value) = yaml::parse_value(text) else { return v };
    let found = super::values::scrub(&mut value);
    diags.extend(super::values::findings(&found, rel, spans, Pos::START));
    if !found.iter().any(|f| f.control) {
        return v;
    }
    yaml::from_value(value).unwrap_or(v)
}

/// Loads the configuration; `None` (with findings) if any file is unusable.
pub fn config(root: &Path, diags: &mut Vec<Diagnostic>) -> Option<Config> {
    let mut h = Xxh3::new();
    let site = read::<SiteConfig>(root, SITE, diags, &mut h);
    let communes = read::<RegistryFile>(root, COMMUNES, diags, &mut h);
    let criteria = read::<Criteria>(root, CRITERIA, diags, &mut h);
    let columns = read::<ColumnsFile>(root, COLUMNS, diags, &mut h);
    // Optional: a site without it credits authors as written.
    let agencies = if root.join(AGENCIES).exists() {
        read::<AgenciesFile>(root, AGENCIES, diags, &mut h)
    } else {
        Some((AgenciesFile::default(), SpanMap::default()))
    };
    let tags = if root.join(TAGS).exists() {
        read::<std::collections::BTreeMap<String, String>>(root, TAGS, diags, &mut h)
    } else {
        Some(Default::default())
    };
    let (exemplars, exemplar_spans, broken_exemplars) = exemplars(root, diags, &mut h);
    let calendar = if root.join(CALENDAR).exists() {
        read::<CalendarFile>(root, CALENDAR, diags, &mut h)
    } else {
        Some((CalendarFile::default(), SpanMap::default()))
    };
    let ((site, s1), (communes, s2), (criteria, s3), (columns, s4), (agencies, s5), (tag_labels, _)) =
        (site?, communes?, criteria?, columns?, agencies?, tags?);
    let (calendar, s6) = calendar?;
    let mut all = Vec::new();
    if columns.fields_as_columns {
        for f in &criteria.fields {
            all.push(Column {
                id: f.id.clone(),
                title: f.name.clone(),
                description: f.criterion.clone(),
                rule: crate::model::Rule { fields: vec![f.id.clone()], ..Default::default() },
                field: Some(f.id.clone()),
            });
        }
    }
    for c in columns.columns {
        let mut rule = c.rule;
        for day in calendar.days.iter().filter(|d| rule.calendar.contains(&d.id)) {
            rule.calendar_topics.0.extend(day.fields.iter().cloned());
            rule.calendar_topics.1.extend(day.tags.iter().cloned());
        }
        all.push(Column { id: c.id, title: c.title, description: c.description, rule, field: None });
    }
    let plans = crate::model::plans::normalized(&site);
    let registry = Registry::new(communes);
    let mut site = site;
    let made = crate::model::per_unit::expand(&site.outlets, &site.outlets_per_unit, &registry);
    site.made = made.iter().map(|(_, d, u)| (*d, u.clone())).collect();
    site.outlets.extend(made.into_iter().map(|(o, _, _)| o));
    Some(Config {
        plans,
        site,
        registry,
        criteria,
        columns: all,
        agencies: agencies.agencies,
        calendar: calendar.days,
        exemplars,
        tag_labels,
        inputs: h.digest(),
        spans: ConfigSpans {
            site: s1,
            communes: s2,
            criteria: s3,
            columns: s4,
            agencies: s5,
            calendar: s6,
            exemplars: exemplar_spans,
            broken_exemplars,
        },
        gathering: Default::default(),
    })
}

/// The exemplar registry: every `content/exemplars/<id>.yaml`, sorted. A file that cannot
/// be read is a finding (and its id is remembered, so stories naming it get no second
/// one); the others load.
fn exemplars(
    root: &Path,
    diags: &mut Vec<Diagnostic>,
    h: &mut Xxh3,
) -> (Exemplars, HashMap<String, SpanMap>, std::collections::HashSet<String>) {
    let mut list = Vec::new();
    let mut spans = HashMap::new();
    let mut broken = std::collections::HashSet::new();
    let dir = root.join(exemplars::DIR);
    if !dir.is_dir() {
        return (Exemplars::default(), spans, broken);
    }
    for e in walkdir::WalkDir::new(&dir)
        .max_depth(1)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "yaml" || x == "yml"))
    {
        let id = e.path().file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let rel = super::rel_path(root, e.path());
        h.update(rel.as_bytes());
        h.update(&[0]);
        if !crate::text::is_slug(&id) {
            diags.push(
                Diagnostic::error("invalid-slug", &rel, Pos::START, msg!("config.invalid-slug", name = id))
                    .with_help(msg!("config.invalid-slug.help", id = crate::text::slugify(&id))),
            );
            broken.insert(id);
            continue;
        }
        match read::<ExemplarFile>(root, &rel, diags, h) {
            Some((f, sp)) => {
                list.push(Exemplar::from_file(&id, &rel, f));
                spans.insert(id, sp);
            }
            None => {
                broken.insert(id);
            }
        }
    }
    (Exemplars::new(list), spans, broken)
}
