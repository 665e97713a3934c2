//! The four configuration files of a site, read together.

use super::columns::Column;
use super::criteria::Criteria;
use super::registry::Registry;
use super::site::SiteConfig;
use crate::yaml::SpanMap;

/// Everything but the stories.
#[derive(Debug, Clone)]
pub struct Config {
    /// `site.yaml`: the outlets and the site's settings.
    pub site: SiteConfig,
    /// `communes.yaml`: the units over time.
    pub registry: Registry,
    /// The plans over time, first begun first (`plans:` of site.yaml, or its short form).
    pub plans: Vec<super::plans::Plan>,
    /// `criteria.yaml`: the plan's criteria and the 14 fields.
    pub criteria: Criteria,
    /// `columns.yaml`: the themed columns.
    pub columns: Vec<Column>,
    /// `agencies.yaml` (optional): agencies with their names over time.
    pub agencies: Vec<super::agencies::Agency>,
    /// `calendar.yaml` (optional): the holidays and anniversaries.
    pub calendar: Vec<super::calendar::Day>,
    /// `exemplars/*.yaml` (optional): the exemplar registry.
    pub exemplars: super::exemplars::Exemplars,
    /// `tags.yaml` (optional): how each tag is shown ("vietgap" → "VietGAP").
    pub tag_labels: std::collections::BTreeMap<String, String>,
    /// A hash of every configuration file's path and text as read: what a story's
    /// findings depend on besides the story (`load::known`).
    pub inputs: u64,
    /// Where things stand in the configuration files, for cross-reference findings.
    pub spans: ConfigSpans,
    /// What outlets with `gather:` gathered (filled by `Project` after loading).
    pub gathering: super::gather::Gathering,
}

#[derive(Debug, Clone, Default)]
pub struct ConfigSpans {
    pub site: SpanMap,
    pub communes: SpanMap,
    pub criteria: SpanMap,
    pub columns: SpanMap,
    pub agencies: SpanMap,
    pub calendar: SpanMap,
    /// Each exemplar file's positions, by exemplar id.
    pub exemplars: std::collections::HashMap<String, SpanMap>,
    /// Exemplar ids whose file could not be read (already reported): stories naming them
    /// get no second finding.
    pub broken_exemplars: std::collections::HashSet<String>,
}

pub(crate) const SITE: &str = "content/site.yaml";
pub(crate) const COMMUNES: &str = "content/communes.yaml";
pub(crate) const CRITERIA: &str = "content/criteria.yaml";
pub(crate) const COLUMNS: &str = "content/columns.yaml";
pub(crate) const AGENCIES: &str = "content/agencies.yaml";
pub(crate) const TAGS: &str = "content/tags.yaml";
pub(crate) const CALENDAR: &str = "content/calendar.yaml";

impl super::plans::PlanList for Config {
    fn plans(&self) -> &[super::plans::Plan] {
        &self.plans
    }
}

impl Config {
    /// Today in the site's time zone (`utc_offset`): a scheduled story appears on its date.
    pub fn today(&self) -> chrono::NaiveDate {
        let offset = chrono::FixedOffset::east_opt(self.site.offset_seconds().unwrap_or(7 * 3600))
            .unwrap_or_else(|| chrono::FixedOffset::east_opt(0).expect("zero offset"));
        chrono::Utc::now().with_timezone(&offset).date_naive()
    }

    /// Whether a story is published, and if not why. Consent withdrawn hides it even
    /// from drafts; an exemplar that has not reached `publish_stage` holds it back.
    pub fn standing(&self, s: &super::Story) -> super::Standing {
        use super::Standing;
        let ex = s.exemplar.as_deref().and_then(|id| self.exemplars.get(id));
        if let Some(e) = ex {
            if e.consent_missing() {
                return Standing::Withdrawn;
            }
            if e.declined.is_some() {
                return Standing::Declined;
            }
        }
        if s.draft {
            return Standing::Draft;
        }
        match ex {
            Some(e) if e.stage() < self.site.publish_stage => Standing::Waiting(e.stage()),
            _ => Standing::Public,
        }
    }

    /// Whether some outlet publishes the story: one it chose (all by default) that covers
    /// its unit and had not ended on its date. The report counts only these; `review`
    /// lists the exemplars whose stories none publishes.
    pub fn published_somewhere(&self, s: &super::Story) -> bool {
        let chosen = |id: &str| s.outlets.as_ref().is_none_or(|l| l.iter().any(|x| x == id));
        self.site.outlets.iter().any(|o| chosen(&o.id) && o.carries(&self.registry, &s.commune, s.date))
    }

    /// Who took a step of an exemplar's workflow, as a page names them: a unit's
    /// People's Committee ("Ủy ban nhân dân xã Thọ Tân") or an agency's name on `date`.
    pub fn body_name(&self, by: &str, date: chrono::NaiveDate) -> Option<String> {
        if let Some(u) = self.registry.resolve(by) {
            return Some(format!("Ủy ban nhân dân {}", u.official_name()));
        }
        self.agency(by).and_then(|a| a.name_on(date)).map(str::to_owned)
    }

    /// The levels of a story's commendations, highest first, each once (for column rules).
    pub fn levels_of(&self, s: &super::Story) -> Vec<super::Level> {
        let mut l: Vec<super::Level> =
            s.recognition.iter().filter_map(|r| self.criteria.commendation(&r.form)).map(|c| c.level).collect();
        l.sort();
        l.dedup();
        l
    }

    /// The agency `id` of `agencies.yaml`.
    pub fn agency(&self, id: &str) -> Option<&super::agencies::Agency> {
        self.agencies.iter().find(|a| a.id == id)
    }

    /// Who wrote a story, as the page shows it: an agency's name on the story's date
    /// when `author` is an agency id, else `author` as written.
    pub fn author_of(&self, author: &str, date: chrono::NaiveDate) -> String {
        self.agency(author).and_then(|a| a.name_on(date)).unwrap_or(author).to_owned()
    }

    /// How a tag is shown: its label, else the tag with spaces for hyphens.
    pub fn tag_label(&self, tag: &str) -> String {
        self.tag_labels.get(tag).cloned().unwrap_or_else(|| tag.replace('-', " "))
    }

    /// The column `id` of `columns.yaml`.
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
