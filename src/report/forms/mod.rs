//! `guong forms`: the Word forms officers fill in (a story, a nomination, the consent of
//! Decree 13/2023), generated from the configuration. Every choice is a content control
//! with a drop-down list (units valid on the form's date, fields, criteria, columns,
//! kinds, exemplars, commendations); every free field a plain-text or rich-text
//! control; each control tagged with the key it fills, so that `guong import` reads the
//! form back exactly. Also the findings sheet `guong import` sends back (`sheet`).

mod consent;
pub(crate) use consent::CHANNELS as CONSENT_CHANNELS;
mod nomination;
mod package;
pub(crate) mod sheet;
mod story;
pub(crate) mod xml;

use crate::model::{Config, Unit};
use chrono::NaiveDate;
use xml::{Control, Doc, Fmt, Kind, NOTE, PLAIN, TEXT_WIDTH};

/// The forms' file names, in the order they are written.
pub(crate) const FILES: [&str; 3] = ["bai-viet.docx", "de-xuat-guong.docx", "phieu-dong-y.docx"];

/// What narrows the forms: the day their lists hold for, and one unit.
pub(crate) struct Scope<'a> {
    pub cfg: &'a Config,
    pub date: NaiveDate,
    pub unit: Option<&'a Unit>,
}

impl Scope<'_> {
    /// The units a form offers: those in existence on the form's date (the district
    /// among them while it lasted), or the one unit asked for.
    fn units(&self) -> Vec<&Unit> {
        match self.unit {
            Some(u) => vec![u],
            None => self.cfg.registry.units.iter().filter(|u| u.exists_on(self.date)).collect(),
        }
    }

    fn unit_choices(&self) -> Vec<(String, String)> {
        self.units().into_iter().map(|u| (crate::text::capitalize(&u.full_name()), u.id.clone())).collect()
    }

    fn field_choices(&self) -> Vec<(String, String)> {
        self.cfg.criteria.fields.iter().map(|f| (f.name.clone(), f.id.clone())).collect()
    }

    /// Whether an exemplar belongs to the forms' unit (or a unit merged into it).
    fn covers(&self, unit: &str) -> bool {
        match self.unit {
            None => true,
            Some(u) => {
                unit == u.id
                    || self.cfg.registry.predecessors(&u.id).iter().any(|p| p.id == unit)
                    || self.cfg.registry.lineage(unit).iter().any(|l| l.id == u.id)
            }
        }
    }

    fn exemplar_choices(&self, none: &str) -> Vec<(String, String)> {
        let mut v = vec![(none.to_owned(), String::new())];
        for e in self.cfg.exemplars.list.iter().filter(|e| self.covers(&e.unit)) {
            let unit = self.cfg.registry.resolve(&e.unit).map(Unit::full_name).unwrap_or_else(|| e.unit.clone());
            v.push((format!("{} ({unit})", e.name), e.id.clone()));
        }
        v
    }

    /// The local criteria a form asks about, with the scope each one binds, said in words.
    fn local_criteria(&self) -> Vec<(&crate::model::criteria::LocalCriterion, String)> {
        let cfg = self.cfg;
        cfg.criteria
            .local
            .iter()
            .filter(|c| match self.unit {
                None => true,
                Some(u) => c.scope.communes.is_empty() || c.scope.communes.iter().any(|x| x == &u.id),
            })
            .map(|c| {
                let units: Vec<String> = c
                    .scope
                    .communes
                    .iter()
                    .map(|id| cfg.registry.resolve(id).map_or(id.clone(), Unit::full_name))
                    .collect();
                let fields: Vec<String> = c
                    .scope
                    .fields
                    .iter()
                    .map(|id| cfg.criteria.field(id).map_or(id.clone(), |f| f.name.clone()))
                    .collect();
                let scope = match (units.is_empty(), fields.is_empty()) {
                    (true, true) => "mọi bài viết".to_owned(),
                    (false, true) => format!("bài viết của {}", units.join(", ")),
                    (true, false) => format!("bài viết thuộc lĩnh vực {}", fields.join(", ")),
                    (false, false) => format!("bài viết của {}, lĩnh vực {}", units.join(", "), fields.join(", ")),
                };
                (c, scope)
            })
            .collect()
    }
}

/// Yes / no, as a list.
fn yes_no(yes: &str, no: &str) -> Kind {
    Kind::Choice(vec![(yes.to_owned(), "true".to_owned()), (no.to_owned(), "false".to_owned())])
}

/// The width of a form's label column and its control column.
const LABEL: usize = 3300;
const FIELD: usize = TEXT_WIDTH - LABEL;

/// One row of a form: the label (with a note below it) and the control.
fn row(d: &mut Doc, label: &str, note: &str, c: &Control) {
    d.row_start(false);
    if note.is_empty() {
        d.cell(LABEL, true, &[&[(label, xml::BOLD)]]);
    } else {
        d.cell(LABEL, true, &[&[(label, xml::BOLD)], &[(note, NOTE)]]);
    }
    d.control_cell(FIELD, c);
    d.row_end();
}

/// The national header every administrative paper carries, and the form's title.
fn masthead(d: &mut Doc, title: &str, subtitle: &str) {
    d.centered(&[("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Fmt { bold: true, size: 24, ..PLAIN })]);
    d.centered(&[("Độc lập - Tự do - Hạnh phúc", xml::BOLD)]);
    d.centered(&[("________________________", PLAIN)]);
    d.title(title);
    if !subtitle.is_empty() {
        d.centered(&[(subtitle, xml::ITALIC)]);
    }
}

/// How to fill any form, said once at its top.
fn how_to(d: &mut Doc, date: NaiveDate) {
    let list_date = crate::text::vi_date(date);
    d.para(
        None,
        &[(
            &format!(
                "Cách điền: gõ vào các ô có chữ xám, chọn trong danh sách ở các ô có mũi tên (danh sách lập theo \
                 cấu hình của trang ngày {list_date}). Không xóa, không chép lại các ô: mỗi ô mang mã của thông tin \
                 nó ghi, để biên tập viên nhập tự động (guong import). Ô không có thông tin thì để nguyên."
            ),
            NOTE,
        )],
    );
}

/// The three forms: (file name, bytes).
pub(crate) fn forms(s: &Scope<'_>) -> zip::result::ZipResult<Vec<(&'static str, Vec<u8>)>> {
    Ok(vec![
        (FILES[0], package::package("Phiếu bài viết gương điển hình tiên tiến", &story::form(s))?),
        (FILES[1], package::package("Phiếu đề xuất gương điển hình tiên tiến", &nomination::form(s))?),
        (FILES[2], package::package("Phiếu đồng ý công khai thông tin cá nhân", &consent::form(s))?),
    ])
}

/// A document's package, for the findings sheet.
pub(crate) fn package_document(title: &str, document: &[u8]) -> zip::result::ZipResult<Vec<u8>> {
    package::package(title, document)
}
