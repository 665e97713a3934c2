//! Interface words of the themes (labels), by key: the base theme's (`labels.yaml`
//! beside this file, in the binary), overridden by a theme's `labels.yaml`, overridden
//! by the site's `labels:` in `site.yaml`. Pages, feeds and templates take every word
//! they show from here, none from Rust.

use std::collections::BTreeMap;

const BASE_LABELS: &str = include_str!("labels.yaml");

/// The base theme's labels, parsed once per process.
fn base_map() -> &'static BTreeMap<String, String> {
    static BASE: std::sync::OnceLock<BTreeMap<String, String>> = std::sync::OnceLock::new();
    BASE.get_or_init(|| crate::yaml::from_str(BASE_LABELS).unwrap_or_default())
}

/// Interface words of a theme (`labels.yaml`), by key: the base theme's, overridden by
/// the theme's, overridden by the site's (`site.yaml`, `labels:`).
#[derive(Debug, Clone, Default, serde::Serialize)]
#[serde(transparent)]
pub(crate) struct Labels(BTreeMap<String, String>);

impl Labels {
    pub(crate) fn base() -> Labels {
        Labels(base_map().clone())
    }

    /// The label `key`, with each `{name}` replaced by its value.
    pub(crate) fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut s = self.0.get(key).cloned().unwrap_or_else(|| key.to_owned());
        for (k, v) in values {
            s = s.replace(&format!("{{{k}}}"), v);
        }
        s
    }

    pub(crate) fn get(&self, key: &str) -> String {
        self.fill(key, &[])
    }

    pub(crate) fn is_known(key: &str) -> bool {
        base_map().contains_key(key)
    }

    /// Overrides labels with `more`; an unknown key is returned as an error.
    pub(crate) fn extend(&mut self, more: &BTreeMap<String, String>) -> Result<(), String> {
        for (k, v) in more {
            if !self.0.contains_key(k) {
                return Err(k.clone());
            }
            self.0.insert(k.clone(), v.clone());
        }
        Ok(())
    }
}
