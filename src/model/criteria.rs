//! `criteria.yaml`: the general criteria, the 14 fields, local criteria, commendation
//! forms and the phrases the plan forbids as inflated claims.

use super::story::SubjectType;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

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
    /// The level an id or a name speaks of by its words: `…-ubnd-tinh` or "… tỉnh" is the
    /// province, `…-thu-tuong` the State. `None` when no word names a level.
    pub fn named_in(text: &str) -> Option<Level> {
        let slug = crate::text::slugify(text);
        let words: Vec<&str> = slug.split('-').collect();
        let has = |seq: &[&str]| words.windows(seq.len()).any(|w| w == seq);
        let state =
            [&["thu", "tuong"][..], &["chinh", "phu"], &["nha", "nuoc"], &["toan", "quoc"], &["chu", "tich", "nuoc"]];
        if state.iter().any(|seq| has(seq)) {
            Some(Level::State)
        } else if has(&["tinh"]) {
            Some(Level::Province)
        } else if has(&["huyen"]) {
            Some(Level::District)
        } else if words.iter().skip(1).any(|w| *w == "xa") {
            // Not the first word: `xa-tieu-bieu` names who is honoured, not who honours.
            Some(Level::Commune)
        } else if has(&["bo"]) || has(&["nganh"]) {
            Some(Level::Ministry)
        } else if has(&["don", "vi"]) || has(&["thu", "truong"]) {
            Some(Level::Unit)
        } else {
            None
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
    /// Phrases the plan forbids as inflated claims (`exaggeration`).
    #[serde(default)]
    pub exaggeration: Vec<Phrase>,
    /// Claims that may be true but need a source: a survey, report or decision
    /// (`claim-needs-source`).
    #[serde(default)]
    pub needs_source: Vec<Phrase>,
    /// Words that cite a source ("theo khảo sát", "quyết định số"): a claim on a line that
    /// holds one of them is taken as sourced.
    #[serde(default)]
    pub source_markers: Vec<String>,
    /// Words of health or poverty ("hộ nghèo", "ung thư"): a sentence that names someone
    /// other than the exemplar beside one of them gets `third-party-sensitive`.
    #[serde(default)]
    pub sensitive: Vec<String>,
}

/// One phrase of `exaggeration` or `needs_source`: plain text, or a mapping that says in
/// which context the phrase is ordinary wording rather than a claim.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Phrase {
    pub phrase: String,
    /// Only a claim when one of these follows ("đầu tiên của huyện"); empty: always.
    pub followed_by: Vec<String>,
    /// Not a claim when one of these follows ("tuyệt đối không để xảy ra…" is an instruction).
    pub not_followed_by: Vec<String>,
    /// Not a claim right after one of these ("tạo điều kiện tốt nhất").
    pub not_preceded_by: Vec<String>,
}

impl From<&str> for Phrase {
    fn from(p: &str) -> Phrase {
        Phrase { phrase: p.to_owned(), ..Phrase::default() }
    }
}

impl<'de> Deserialize<'de> for Phrase {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Full {
            phrase: String,
            #[serde(default)]
            followed_by: Vec<String>,
            #[serde(default)]
            not_followed_by: Vec<String>,
            #[serde(default)]
            not_preceded_by: Vec<String>,
        }
        struct Either;
        impl<'de> Visitor<'de> for Either {
            type Value = Phrase;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "a phrase, or a mapping with `phrase` and `followed_by`, `not_followed_by`, `not_preceded_by`",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Phrase, E> {
                Ok(Phrase::from(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Phrase, A::Error> {
                let f = Full::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Phrase {
                    phrase: f.phrase,
                    followed_by: f.followed_by,
                    not_followed_by: f.not_followed_by,
                    not_preceded_by: f.not_preceded_by,
                })
            }
        }
        d.deserialize_any(Either)
    }
}

impl Criteria {
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }
    pub fn commendation(&self, id: &str) -> Option<&Commendation> {
        self.commendations.iter().find(|c| c.id == id)
    }
    /// The known form an editor most likely meant by `typed`: among the forms of the level
    /// its words name (`bang-khen-ubnd-tinh` → province), the one sharing most words of
    /// its id and name; else the closest id (plain edit distance).
    pub fn commendation_like(&self, typed: &str) -> Option<&Commendation> {
        let by_id = |id: &str| self.commendations.iter().find(|c| c.id == id);
        if let Some(level) = Level::named_in(typed) {
            let same = self.commendations.iter().filter(|c| c.level == level);
            if let Some(id) = crate::suggest::by_words(typed, same.map(|c| (c.id.as_str(), c.name.as_str()))) {
                return by_id(id);
            }
        }
        crate::suggest::did_you_mean(typed, self.commendations.iter().map(|c| c.id.as_str())).and_then(by_id)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Criteria {
        crate::yaml::from_str(include_str!("../../content/criteria.yaml")).expect("sample criteria.yaml")
    }

    #[test]
    fn the_level_named_by_an_id_is_the_declared_one() {
        let c = sample();
        let named: Vec<_> = c.commendations.iter().filter_map(|f| Level::named_in(&f.id).map(|l| (f, l))).collect();
        assert!(named.len() >= 10, "most ids name their level");
        for (f, level) in named {
            assert_eq!(level, f.level, "{}", f.id);
        }
        assert_eq!(Level::named_in("Bằng khen của Chủ tịch UBND tỉnh"), Some(Level::Province));
        assert_eq!(Level::named_in("xa-tieu-bieu"), None);
    }

    #[test]
    fn a_mistyped_form_is_answered_with_a_form_of_its_level() {
        let c = sample();
        let like = |typed: &str| c.commendation_like(typed).map(|f| (f.id.as_str(), f.level));
        assert_eq!(like("bang-khen-ubnd-tinh"), Some(("bang-khen-chu-tich-ubnd-tinh", Level::Province)));
        assert_eq!(like("bang-khen-chu-tich-tinh"), Some(("bang-khen-chu-tich-ubnd-tinh", Level::Province)));
        assert_eq!(like("giay-khen-ubnd-huyen"), Some(("giay-khen-chu-tich-ubnd-huyen", Level::District)));
        assert_eq!(like("giay-khen-ubnd-xa"), Some(("giay-khen-chu-tich-ubnd-xa", Level::Commune)));
        assert_eq!(like("bang-khen-chinh-phu"), Some(("bang-khen-thu-tuong", Level::State)));
        assert_eq!(like("co-thi-dua-tinh"), Some(("co-thi-dua-ubnd-tinh", Level::Province)));
        // No level named: the closest id.
        assert_eq!(like("huan-chuog"), Some(("huan-chuong", Level::State)));
    }

    #[test]
    fn phrases_are_text_or_a_mapping_with_context() {
        let c: Criteria = crate::yaml::from_str(
            "general: []\nfields: []\nexaggeration:\n  - \"chưa từng có\"\n  - phrase: \"tốt nhất\"\n    not_preceded_by: [\"điều kiện\"]\n",
        )
        .unwrap();
        assert_eq!(c.exaggeration[0], Phrase::from("chưa từng có"));
        assert_eq!(c.exaggeration[1].not_preceded_by, ["điều kiện"]);
        let bad = crate::yaml::from_str::<Criteria>(
            "general: []\nfields: []\nexaggeration:\n  - phrase: x\n    before: [y]\n",
        );
        assert!(bad.unwrap_err().message.contains("unknown field `before`"));
    }
}
