//! The four configuration files of a site, read together.

use super::columns::{Column, ColumnsFile};
use super::criteria::Criteria;
use super::registry::{Registry, RegistryFile};
use super::site::SiteConfig;
use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::load::source;
use crate::yaml::{self, SpanMap};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Everything but the stories.
#[derive(Debug, Clone)]
pub struct Config {
    pub site: SiteConfig,
    pub registry: Registry,
    pub criteria: Criteria,
    pub columns: Vec<Column>,
    /// Where things stand in the configuration files, for cross-reference findings.
    pub spans: ConfigSpans,
}

#[derive(Debug, Clone, Default)]
pub struct ConfigSpans {
    pub site: SpanMap,
    pub communes: SpanMap,
    pub criteria: SpanMap,
    pub columns: SpanMap,
}

pub const SITE: &str = "content/site.yaml";
pub const COMMUNES: &str = "content/communes.yaml";
pub const CRITERIA: &str = "content/criteria.yaml";
pub const COLUMNS: &str = "content/columns.yaml";

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
                    Text::new(format!("tệp cấu hình không hợp lệ: {}", e.message), format!("invalid configuration: {}", e.message)),
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

impl Config {
    /// Loads the configuration; `None` (with findings) if any file is unusable.
    pub fn load(root: &Path, diags: &mut Vec<Diagnostic>) -> Option<Config> {
        let site = read::<SiteConfig>(root, SITE, diags);
        let communes = read::<RegistryFile>(root, COMMUNES, diags);
        let criteria = read::<Criteria>(root, CRITERIA, diags);
        let columns = read::<ColumnsFile>(root, COLUMNS, diags);
        let ((site, s1), (communes, s2), (criteria, s3), (columns, s4)) = (site?, communes?, criteria?, columns?);
        let mut all = Vec::new();
        if columns.fields_as_columns {
            for f in &criteria.fields {
                all.push(Column {
                    id: f.id.clone(),
                    title: f.name.clone(),
                    description: f.criterion.clone(),
                    rule: super::Rule { fields: vec![f.id.clone()], ..Default::default() },
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
            spans: ConfigSpans { site: s1, communes: s2, criteria: s3, columns: s4 },
        })
    }

    /// Today in the site's time zone (`utc_offset`): a scheduled story appears on its date.
    pub fn today(&self) -> chrono::NaiveDate {
        let offset = chrono::FixedOffset::east_opt(self.site.offset_seconds().unwrap_or(7 * 3600))
            .unwrap_or_else(|| chrono::FixedOffset::east_opt(0).expect("zero offset"));
        chrono::Utc::now().with_timezone(&offset).date_naive()
    }

    pub fn column(&self, id: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.id == id)
    }

    /// Columns an outlet carries, in the order of `columns.yaml` (fields first).
    pub fn outlet_columns(&self, outlet: &super::Outlet) -> Vec<&Column> {
        match &outlet.columns {
            super::site::ColumnSelection::All => self.columns.iter().collect(),
            super::site::ColumnSelection::Only(ids) => self.columns.iter().filter(|c| ids.contains(&c.id)).collect(),
        }
    }
}
