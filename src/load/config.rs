//! The four configuration files of a site, read together into `model::Config`.

use super::source;
use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::model::Config;
use crate::model::agencies::AgenciesFile;
use crate::model::columns::{Column, ColumnsFile};
use crate::model::config::{AGENCIES, COLUMNS, COMMUNES, CRITERIA, ConfigSpans, SITE, TAGS};
use crate::model::criteria::Criteria;
use crate::model::registry::{Registry, RegistryFile};
use crate::model::site::SiteConfig;
use crate::yaml::{self, SpanMap};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Reads one configuration file; a finding (with position) when it is unusable.
fn read<T: DeserializeOwned>(root: &Path, rel: &str, diags: &mut Vec<Diagnostic>) -> Option<(T, SpanMap)> {
    let (text, mut findings) = match source::read_text(&root.join(rel), rel) {
        Ok(ok) => ok,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    diags.append(&mut findings);
    match yaml::from_str::<T>(&text) {
        Ok(v) => Some((v, SpanMap::build(&text, 1))),
        Err(e) => {
            diags.push(
                Diagnostic::error(
                    "config-invalid",
                    rel,
                    e.pos.unwrap_or(Pos::START),
                    Text::new(
                        format!("tệp cấu hình không hợp lệ: {}", e.message),
                        format!("invalid configuration: {}", e.message),
                    ),
                )
                .with_help(Text::new(
                    "so sánh với mẫu trong README (mục Cấu hình)",
                    "compare with the example in the README (Configuration)",
                )),
            );
            None
        }
    }
}

/// Loads the configuration; `None` (with findings) if any file is unusable.
pub fn config(root: &Path, diags: &mut Vec<Diagnostic>) -> Option<Config> {
    let site = read::<SiteConfig>(root, SITE, diags);
    let communes = read::<RegistryFile>(root, COMMUNES, diags);
    let criteria = read::<Criteria>(root, CRITERIA, diags);
    let columns = read::<ColumnsFile>(root, COLUMNS, diags);
    // Optional: a site without it credits authors as written.
    let agencies = if root.join(AGENCIES).exists() {
        read::<AgenciesFile>(root, AGENCIES, diags)
    } else {
        Some((AgenciesFile::default(), SpanMap::default()))
    };
    let tags = if root.join(TAGS).exists() {
        read::<std::collections::BTreeMap<String, String>>(root, TAGS, diags)
    } else {
        Some(Default::default())
    };
    let ((site, s1), (communes, s2), (criteria, s3), (columns, s4), (agencies, s5), (tag_labels, _)) =
        (site?, communes?, criteria?, columns?, agencies?, tags?);
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
        all.push(Column { id: c.id, title: c.title, description: c.description, rule: c.rule, field: None });
    }
    Some(Config {
        site,
        registry: Registry::new(communes),
        criteria,
        columns: all,
        agencies: agencies.agencies,
        tag_labels,
        spans: ConfigSpans { site: s1, communes: s2, criteria: s3, columns: s4, agencies: s5 },
    })
}
