//! `criteria.yaml`: the general criteria, the 14 fields, local criteria, commendation
//! forms and the phrases the plan forbids as inflated claims.

use super::story::SubjectType;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub title: String,
    pub text: String,
    #[serde(default = "yes")]
    pub required: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub id: String,
    pub name: String,
    pub criterion: String,
}

/// Which stories a local criterion binds: all listed conditions must hold.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    #[serde(default)]
    pub communes: Vec<String>,
    #[serde(default)]
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalCriterion {
    pub id: String,
    pub title: String,
    pub text: String,
    #[serde(default = "yes")]
    pub required: bool,
    #[serde(default)]
    pub scope: Scope,
}

impl LocalCriterion {
    pub fn applies(&self, commune: &str, field: &str) -> bool {
        (self.scope.communes.is_empty() || self.scope.communes.iter().any(|c| c == commune))
            && (self.scope.fields.is_empty() || self.scope.fields.iter().any(|f| f == field))
    }
}

/// Issuing level of a commendation, highest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    State,
    Ministry,
    Province,
    District,
    Commune,
    Unit,
}

impl Level {
    pub const ALL: [Level; 6] =
        [Level::State, Level::Ministry, Level::Province, Level::District, Level::Commune, Level::Unit];
    pub fn id(self) -> &'static str {
        match self {
            Level::State => "state",
            Level::Ministry => "ministry",
            Level::Province => "province",
            Level::District => "district",
            Level::Commune => "commune",
            Level::Unit => "unit",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Level::State => "Cấp Nhà nước",
            Level::Ministry => "Cấp bộ, ngành trung ương",
            Level::Province => "Cấp tỉnh",
            Level::District => "Cấp huyện",
            Level::Commune => "Cấp xã",
            Level::Unit => "Cấp cơ quan, đơn vị",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commendation {
    pub id: String,
    pub name: String,
    /// `form` (hình thức khen thưởng) or `title` (danh hiệu thi đua).
    pub kind: String,
    pub level: Level,
    #[serde(default)]
    pub applies_to: Vec<SubjectType>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criteria {
    pub general: Vec<Criterion>,
    pub fields: Vec<Field>,
    #[serde(default)]
    pub local: Vec<LocalCriterion>,
    #[serde(default)]
    pub commendations: Vec<Commendation>,
    #[serde(default)]
    pub exaggeration: Vec<String>,
}

impl Criteria {
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }
    pub fn commendation(&self, id: &str) -> Option<&Commendation> {
        self.commendations.iter().find(|c| c.id == id)
    }
    /// Title and full text of a general or local criterion.
    pub fn criterion(&self, id: &str) -> Option<(&str, &str)> {
        self.general
            .iter()
            .find(|c| c.id == id)
            .map(|c| (c.title.as_str(), c.text.as_str()))
            .or_else(|| self.local.iter().find(|c| c.id == id).map(|c| (c.title.as_str(), c.text.as_str())))
    }
}
