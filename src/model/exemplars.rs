//! The exemplar registry (`content/exemplars/<id>.yaml`): the people, households,
//! collectives and practices the plan manages over years, each with its workflow
//! (proposed → appraised → selected or declined), its consent record, commendations
//! and, for a practice, where it was replicated. Stories name one with `exemplar:`.

use super::story::{Recognition, SubjectType};
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

pub(crate) const DIR: &str = "content/exemplars";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExemplarType {
    Individual,
    Household,
    Collective,
    Practice,
}

impl ExemplarType {
    pub fn id(self) -> &'static str {
        match self {
            ExemplarType::Individual => "individual",
            ExemplarType::Household => "household",
            ExemplarType::Collective => "collective",
            ExemplarType::Practice => "practice",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            ExemplarType::Individual => "Cá nhân",
            ExemplarType::Household => "Hộ gia đình",
            ExemplarType::Collective => "Tập thể",
            ExemplarType::Practice => "Mô hình mới, cách làm hay",
        }
    }
}

/// A stage of the workflow, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// Found but not yet proposed (no `proposed:`).
    None,
    Proposed,
    Appraised,
    Selected,
}

impl Stage {
    pub fn id(self) -> &'static str {
        match self {
            Stage::None => "none",
            Stage::Proposed => "proposed",
            Stage::Appraised => "appraised",
            Stage::Selected => "selected",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Stage::None => "chưa đề xuất",
            Stage::Proposed => "đã đề xuất",
            Stage::Appraised => "đã thẩm định",
            Stage::Selected => "được chọn tiêu biểu",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConsentForm {
    Written,
    Recorded,
}

impl ConsentForm {
    pub fn label(self) -> &'static str {
        match self {
            ConsentForm::Written => "bằng văn bản",
            ConsentForm::Recorded => "ghi âm, ghi hình",
        }
    }
}

/// Decree 13/2023/NĐ-CP: consent is given in a verifiable form and may be withdrawn.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub given: NaiveDate,
    pub form: ConsentForm,
    /// Who keeps the paper or the recording: a unit id, an agency id, or a name.
    pub held_by: String,
    #[serde(default)]
    pub withdrawn: Option<NaiveDate>,
    /// Where the person agreed to be shown: `web`, `loudspeaker`, `print`, `social`,
    /// `radio`, `newspaper`, `meeting`, `other`. Without the key, every channel (as
    /// consents were read before the key existed).
    #[serde(default)]
    pub channels: Option<Vec<String>>,
    /// Whether photos of them may be shown; without the key, yes (as before).
    #[serde(default)]
    pub photos: Option<bool>,
    /// A household's members who consented, besides those its name holds ("Hộ anh Lê
    /// Văn Dũng và chị Trịnh Thị Mến"): the others are not named in its stories.
    #[serde(default)]
    pub members: Vec<String>,
}

/// The channels a consent may name.
pub(crate) const CONSENT_CHANNELS: &[&str] =
    &["web", "loudspeaker", "print", "social", "radio", "newspaper", "meeting", "other"];

impl Consent {
    /// Whether the consent covers `channel` (one of `CONSENT_CHANNELS`).
    pub fn covers(&self, channel: &str) -> bool {
        self.channels.as_ref().is_none_or(|c| c.iter().any(|x| x == channel))
    }
    /// Whether photos may be shown.
    pub fn photos(&self) -> bool {
        self.photos != Some(false)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// A unit id (its People's Committee) or an agency id.
    pub by: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub opinion: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Selected {
    pub year: i32,
    pub date: NaiveDate,
    pub decision: String,
    #[serde(default)]
    pub by: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declined {
    pub by: String,
    pub date: NaiveDate,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Replication {
    pub unit: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub scale: Option<f64>,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecognitionItem {
    form: String,
    year: i32,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    decision: Option<String>,
}

/// One exemplar file, as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExemplarFile {
    name: String,
    #[serde(rename = "type")]
    kind: ExemplarType,
    unit: String,
    field: String,
    profile: String,
    #[serde(default)]
    holder: Option<SubjectType>,
    #[serde(default)]
    consent: Option<Consent>,
    #[serde(default)]
    recognition: Vec<RecognitionItem>,
    #[serde(default)]
    proposed: Option<Step>,
    #[serde(default)]
    appraised: Option<Step>,
    #[serde(default)]
    selected: Option<Selected>,
    #[serde(default)]
    declined: Option<Declined>,
    #[serde(default)]
    measure: Option<String>,
    #[serde(default)]
    replicated_in: Vec<Replication>,
}

#[derive(Debug, Clone)]
pub struct Exemplar {
    pub id: String,
    /// `content/exemplars/<id>.yaml`
    pub path: String,
    pub name: String,
    pub kind: ExemplarType,
    pub unit: String,
    pub field: String,
    pub profile: String,
    pub holder: Option<SubjectType>,
    pub consent: Option<Consent>,
    pub recognition: Vec<Recognition>,
    pub proposed: Option<Step>,
    pub appraised: Option<Step>,
    pub selected: Option<Selected>,
    pub declined: Option<Declined>,
    pub measure: Option<String>,
    pub replicated_in: Vec<Replication>,
}

impl Exemplar {
    pub fn from_file(id: &str, path: &str, f: ExemplarFile) -> Exemplar {
        Exemplar {
            id: id.to_owned(),
            path: path.to_owned(),
            name: f.name,
            kind: f.kind,
            unit: f.unit,
            field: f.field,
            profile: f.profile,
            holder: f.holder,
            consent: f.consent,
            recognition: f
                .recognition
                .into_iter()
                .map(|r| Recognition { form: r.form, year: r.year, name: r.name, decision: r.decision })
                .collect(),
            proposed: f.proposed,
            appraised: f.appraised,
            selected: f.selected,
            declined: f.declined,
            measure: f.measure,
            replicated_in: f.replicated_in,
        }
    }

    /// The record as it stood at the end of `day`: the steps, decisions and replications
    /// dated later, and the commendations of later years, left out. An outlet shows an
    /// exemplar as of its last day: an archive holds nothing decided after it ended.
    /// The consent stays whole (a withdrawal hides the exemplar from every output).
    pub fn as_of(&self, day: NaiveDate) -> std::borrow::Cow<'_, Exemplar> {
        use std::borrow::Cow;
        let later = |d: NaiveDate| d > day;
        let steps = [self.proposed.as_ref().map(|s| s.date), self.appraised.as_ref().map(|s| s.date)];
        let any = steps.into_iter().flatten().any(later)
            || self.selected.as_ref().is_some_and(|s| later(s.date))
            || self.declined.as_ref().is_some_and(|d| later(d.date))
            || self.replicated_in.iter().any(|r| later(r.date))
            || self.recognition.iter().any(|r| r.year > day.year());
        if !any {
            return Cow::Borrowed(self);
        }
        let mut e = self.clone();
        e.proposed = e.proposed.filter(|s| !later(s.date));
        e.appraised = e.appraised.filter(|s| !later(s.date));
        e.selected = e.selected.filter(|s| !later(s.date));
        e.declined = e.declined.filter(|d| !later(d.date));
        e.replicated_in.retain(|r| !later(r.date));
        e.recognition.retain(|r| r.year <= day.year());
        Cow::Owned(e)
    }

    /// The furthest stage reached (a declined exemplar keeps the stage it reached).
    pub fn stage(&self) -> Stage {
        if self.selected.is_some() {
            Stage::Selected
        } else if self.appraised.is_some() {
            Stage::Appraised
        } else if self.proposed.is_some() {
            Stage::Proposed
        } else {
            Stage::None
        }
    }

    /// The subject a story about this exemplar shows: who it is, as a story's `subject`.
    pub fn subject_type(&self) -> SubjectType {
        match self.kind {
            ExemplarType::Individual => SubjectType::Individual,
            ExemplarType::Household => SubjectType::Household,
            ExemplarType::Collective => SubjectType::Collective,
            ExemplarType::Practice => self.holder.unwrap_or(SubjectType::Collective),
        }
    }

    /// Decree 13/2023: the personal data of a person or household needs their consent.
    pub fn needs_consent(&self) -> bool {
        self.subject_type().needs_consent()
    }

    /// The date consent was withdrawn, when it was.
    pub fn withdrawn(&self) -> Option<NaiveDate> {
        self.consent.as_ref().and_then(|c| c.withdrawn)
    }

    /// Whether nothing about it may be published: consent withdrawn or never recorded.
    pub fn consent_missing(&self) -> bool {
        self.needs_consent() && self.consent.as_ref().is_none_or(|c| c.withdrawn.is_some())
    }
}

/// The registry, sorted by id.
#[derive(Debug, Clone, Default)]
pub struct Exemplars {
    pub list: Vec<Exemplar>,
}

impl Exemplars {
    pub fn new(mut list: Vec<Exemplar>) -> Exemplars {
        list.sort_by(|a, b| a.id.cmp(&b.id));
        Exemplars { list }
    }
    pub fn get(&self, id: &str) -> Option<&Exemplar> {
        self.index(id).map(|i| &self.list[i])
    }
    pub fn index(&self, id: &str) -> Option<usize> {
        self.list.binary_search_by(|e| e.id.as_str().cmp(id)).ok()
    }
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// Why a story is, or is not, published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Public,
    Draft,
    /// Its exemplar has not reached the stage the site requires.
    Waiting(Stage),
    /// Its exemplar was declined.
    Declined,
    /// Consent withdrawn (or missing): never in any output, drafts included.
    Withdrawn,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Exemplar {
        let f: ExemplarFile = crate::yaml::from_str(text).expect("parses");
        Exemplar::from_file("x", "content/exemplars/x.yaml", f)
    }

    #[test]
    fn the_stage_is_the_furthest_reached() {
        let e = parse(
            "name: A\ntype: collective\nunit: tho-tan\nfield: y-te\nprofile: p\n\
             proposed: { by: tho-tan, date: 2024-01-02 }\nappraised: { by: phong-noi-vu, date: 2024-02-01 }\n",
        );
        assert_eq!(e.stage(), Stage::Appraised);
        assert!(!e.consent_missing());
        assert!(Stage::Proposed < Stage::Appraised && Stage::Appraised < Stage::Selected);
    }

    #[test]
    fn as_of_a_day_the_record_holds_nothing_decided_later() {
        let e = parse(
            "name: A\ntype: practice\nunit: tho-tan\nfield: y-te\nprofile: p\nmeasure: hộ\n\
             proposed: { by: tho-tan, date: 2025-05-02 }\nappraised: { by: tho-tan, date: 2025-07-01 }\n\
             selected: { year: 2025, date: 2025-08-29, decision: \"Số 1/QĐ-UBND\" }\n\
             recognition: [{ form: giay-khen-chu-tich-ubnd-xa, year: 2024 }, { form: giay-khen-chu-tich-ubnd-xa, year: 2026 }]\n\
             replicated_in: [{ unit: tho-dan, date: 2025-06-20 }, { unit: tho-phu-2025, date: 2025-09-15 }]\n",
        );
        let day = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
        let cut = e.as_of(day);
        assert!(matches!(cut, std::borrow::Cow::Owned(_)));
        assert_eq!(cut.stage(), Stage::Proposed);
        assert!(cut.appraised.is_none() && cut.selected.is_none());
        assert_eq!(cut.replicated_in.iter().map(|r| r.unit.as_str()).collect::<Vec<_>>(), ["tho-dan"]);
        assert_eq!(cut.recognition.iter().map(|r| r.year).collect::<Vec<_>>(), [2024]);
        // A record with nothing later is the record itself.
        let later = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        assert!(matches!(e.as_of(later), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn a_withdrawn_consent_hides_a_person_not_a_collective() {
        let e = parse(
            "name: A\ntype: individual\nunit: tho-tan\nfield: y-te\nprofile: p\n\
             consent: { given: 2024-01-01, form: written, held_by: tho-tan, withdrawn: 2024-05-01 }\n",
        );
        assert!(e.consent_missing());
        let p = parse("name: B\ntype: practice\nunit: tho-tan\nfield: y-te\nprofile: p\n");
        assert!(!p.consent_missing(), "a practice without a holder is a collective's");
        let h = parse("name: C\ntype: practice\nholder: household\nunit: tho-tan\nfield: y-te\nprofile: p\n");
        assert!(h.consent_missing(), "a household's practice needs their consent");
    }
}
