//! `guong report`: the yearly quota report, as HTML, CSV or JSON.

use crate::cli::{ReportArgs, ReportFormat};
use crate::console::errln;
use crate::diagnostic::{Lang, Text, msg};
use crate::error::{Error, Outcome, Status};
use crate::project::Project;
use crate::report;
use chrono::Datelike;

pub(crate) fn run(args: &ReportArgs, lang: Lang) -> Outcome {
    let project = Project::load(&args.root)?;
    let Some(cfg) = project.config.as_ref() else {
        for d in &project.diags {
            errln!("{}", d.render(lang));
        }
        return Ok(Status::Findings);
    };
    // Errors in stories do not stop a report (it counts what is readable), but are shown.
    let errors = project.diags.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        errln!("{}", msg!("report.errors", errors).get(lang));
    }
    let as_of = cfg.today();
    if args.province {
        return province(args, cfg, &project, as_of);
    }
    let whose = match &args.unit {
        None => Whose::District,
        Some(u) => whose(cfg, u)?,
    };
    let period = within(period(args, as_of, whose.span().1)?, &whose)?;
    let stories: Vec<&crate::model::Story> = project.stories();
    let mut r = match whose {
        Whose::District => {
            district_period(cfg, period)?;
            report::compute_for(cfg, &stories, period, None, as_of)
        }
        Whose::Unit(u) => report::compute_for(cfg, &stories, period, Some(&u.id), as_of),
        Whose::Agency(a) => report::compute_for_agency(cfg, &stories, period, &a.id, as_of),
    };
    if let Some(h) = args.half {
        r.period_label = report::Period::half_label(period.from.year(), h);
    }
    let binary = matches!(args.format, ReportFormat::Docx | ReportFormat::Xlsx);
    if binary && args.out.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return Err(Error::Misuse(msg!("report.terminal")));
    }
    let failed = |e: String| Error::Failed(msg!("report.render", error = e));
    let bytes = match args.format {
        ReportFormat::Json => r.json().into_bytes(),
        ReportFormat::Csv => r.csv(),
        ReportFormat::Docx => report::docx(&r, cfg).map_err(failed)?,
        ReportFormat::Xlsx => report::xlsx(&r).map_err(failed)?,
        ReportFormat::Html => {
            report::html(&r, &cfg.site.district, &cfg.site.province, None).map_err(failed)?.into_bytes()
        }
    };
    write_out(args, &bytes)?;
    if args.check && r.any_short() {
        for u in &r.short_units {
            errln!("{}: {} điển hình, cần thêm {}", u.full_name, u.count, u.needs);
        }
        if r.district.judged && !r.district.met {
            errln!("Toàn huyện: {} điển hình, cần thêm {}", r.district.total, r.district.short);
        }
        return Ok(Status::Findings);
    }
    Ok(Status::Clean)
}

/// The report's bytes to `--out`, or to stdout.
fn write_out(args: &ReportArgs, bytes: &[u8]) -> Result<(), Error> {
    match &args.out {
        Some(path) => crate::emit::output::write_file_safely(&args.root, path, bytes, args.force)?,
        None => {
            use std::io::Write;
            match std::io::stdout().write_all(bytes) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    return Err(Error::write(std::path::Path::new("stdout"), e));
                }
                _ => {} // a closed pipe (`| head`) is not a failure
            }
        }
    }
    Ok(())
}

/// `--province`: every commune the site's province view gathers (`report::province`);
/// a site that gathers nothing is a misuse.
fn province(args: &ReportArgs, cfg: &crate::model::Config, project: &Project, as_of: chrono::NaiveDate) -> Outcome {
    if cfg.gathering.sources.is_empty() {
        return Err(Error::Misuse(msg!("report.no-province")));
    }
    for d in project.diags.iter().filter(|d| d.code.starts_with("gather-")) {
        errln!("{}", d.render(crate::diagnostic::Lang::Vi));
    }
    let period = period(args, as_of, None)?;
    let stories = project.stories();
    let mut r = report::province::compute(cfg, &stories, period, as_of);
    if let Some(h) = args.half {
        r.period_label = report::Period::half_label(period.from.year(), h);
    }
    if matches!(args.format, ReportFormat::Docx | ReportFormat::Xlsx)
        && args.out.is_none()
        && std::io::IsTerminal::is_terminal(&std::io::stdout())
    {
        return Err(Error::Misuse(msg!("report.terminal")));
    }
    let bytes = match args.format {
        ReportFormat::Json => r.json().into_bytes(),
        ReportFormat::Csv => r.csv(),
        ReportFormat::Html => r.html().into_bytes(),
        ReportFormat::Docx => {
            report::province_docx(&r, cfg).map_err(|e| Error::Failed(msg!("report.render", error = e)))?
        }
        ReportFormat::Xlsx => return Err(Error::Misuse(msg!("report.province-xlsx"))),
    };
    write_out(args, &bytes)?;
    let short = r.rows.iter().any(|x| x.met == Some(false));
    Ok(if args.check && short { Status::Findings } else { Status::Clean })
}

/// Whose report it is: the district's, a unit's of communes.yaml, or an agency's of
/// agencies.yaml.
enum Whose<'a> {
    District,
    Unit(&'a crate::model::Unit),
    Agency(&'a crate::model::agencies::Agency),
}

impl Whose<'_> {
    /// The days it existed (the district's report is cut to the district by `report`).
    fn span(&self) -> (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>) {
        match self {
            Whose::District => (None, None),
            Whose::Unit(u) => (u.valid_from, u.valid_until),
            Whose::Agency(a) => report::agency_span(a),
        }
    }
    fn name(&self) -> String {
        match self {
            Whose::District => String::new(),
            Whose::Unit(u) => u.full_name(),
            Whose::Agency(a) => a.names.last().map_or(a.id.clone(), |n| n.name.clone()),
        }
    }
}

/// `--unit ID`: a unit of communes.yaml (an alias resolves) or an agency of agencies.yaml;
/// else a misuse that suggests the nearest of both.
fn whose<'a>(cfg: &'a crate::model::Config, id: &str) -> Result<Whose<'a>, Error> {
    if let Some(u) = cfg.registry.resolve(id) {
        return Ok(Whose::Unit(u));
    }
    if let Some(a) = cfg.agency(id) {
        return Ok(Whose::Agency(a));
    }
    let hint = crate::suggest::did_you_mean(id, cfg.registry.names().chain(cfg.agencies.iter().map(|a| a.id.as_str())));
    Err(Error::Misuse(msg!(
        "report.whose",
        unit = id,
        hint = hint.map(|s| msg!("common.did-you-mean-tail", id = s)).unwrap_or_default()
    )))
}

/// The period asked for: `--from`/`--to`, else the year (`--year`; by default this year,
/// or the last year of a unit or agency that has ended on `ended`).
fn period(
    args: &ReportArgs,
    today: chrono::NaiveDate,
    ended: Option<chrono::NaiveDate>,
) -> Result<report::Period, Error> {
    let years = crate::validate::limits::PLAN_YEARS;
    let day = |s: &str| {
        chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().filter(|d| years.contains(&d.year())).ok_or_else(|| {
            Error::Misuse(msg!("report.invalid-date", date = s, start = years.start(), end = years.end()))
        })
    };
    if let Some(y) = args.year.filter(|y| !years.contains(y)) {
        return Err(Error::Misuse(msg!("report.invalid-year", year = y, start = years.start(), end = years.end())));
    }
    match (&args.from, &args.to) {
        (Some(f), Some(t)) => {
            let (from, to) = (day(f)?, day(t)?);
            if from > to {
                return Err(Error::Misuse(msg!("report.from-after-to", from = f, to = t)));
            }
            Ok(report::Period { from, to })
        }
        _ => {
            let ended = ended.filter(|end| *end < today);
            let default = ended.map_or_else(|| report::year_of(today), |end| end.year());
            let year = args.year.unwrap_or(default);
            Ok(args.half.map_or_else(|| report::Period::year(year), |h| report::Period::half(year, h)))
        }
    }
}

/// A district-headed report of days after the district's end is refused: the new
/// communes report on their own (`--unit`).
fn district_period(cfg: &crate::model::Config, period: report::Period) -> Result<(), Error> {
    let district = cfg.registry.units.iter().find(|u| u.kind == crate::model::registry::UnitType::Huyen);
    match district.and_then(|d| d.valid_until) {
        Some(end) if end < period.from => {
            Err(Error::Misuse(msg!("report.district-period", end = crate::text::date_text(end))))
        }
        _ => Ok(()),
    }
}

/// The period within the lifetime of the unit or agency; a period it did not exist in
/// is refused (it would be an inverted period), naming when it existed.
fn within(period: report::Period, whose: &Whose) -> Result<report::Period, Error> {
    if matches!(whose, Whose::District) {
        return Ok(period);
    }
    let (from, until) = whose.span();
    let within = period.within(from, until);
    if within.from <= within.to {
        return Ok(within);
    }
    let day = |d: Option<chrono::NaiveDate>| d.map(crate::text::vi_date);
    let (from, until) = (day(from), day(until));
    let span_vi =
        format!("từ {} đến {}", from.clone().unwrap_or("trước đó".into()), until.clone().unwrap_or("nay".into()));
    let span_en = format!("from {} to {}", from.unwrap_or("before".into()), until.unwrap_or("now".into()));
    Err(Error::Misuse(msg!(
        "report.within",
        name = whose.name(),
        from = crate::text::date_text(period.from),
        to = crate::text::date_text(period.to),
        span = Text::new(span_vi, span_en)
    )))
}
