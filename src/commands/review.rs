//! `guong review`: the workflow's queues, as text or JSON.

use crate::cli::{Format, ReviewArgs};
use crate::console::{errln, out, outln};
use crate::diagnostic::Lang;
use crate::error::{Error, Outcome, Status};
use crate::project::Project;

pub fn run(args: &ReviewArgs, lang: Lang) -> Outcome {
    let project = Project::load(&args.root)?;
    let Some(cfg) = project.config.as_ref() else {
        for d in &project.diags {
            errln!("{}", d.render(lang));
        }
        return Ok(Status::Findings);
    };
    if let Some(u) = &args.unit
        && cfg.registry.resolve(u).is_none()
    {
        return Err(Error::misuse(
            format!("không có đơn vị `{u}` trong communes.yaml"),
            format!("there is no unit `{u}` in communes.yaml"),
        ));
    }
    let errors = project.diags.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        match lang {
            Lang::Vi => errln!("guong: {errors} lỗi trong nội dung (chạy `guong check`); hàng chờ có thể chưa đủ."),
            Lang::En => {
                errln!("guong: {errors} errors in the content (run `guong check`); the queues may be incomplete.")
            }
        }
    }
    let stories: Vec<&crate::model::Story> = project.stories.iter().collect();
    let unit = args.unit.as_deref().and_then(|u| cfg.registry.resolve(u)).map(|u| u.id.as_str());
    let r = crate::report::review::compute(cfg, &stories, cfg.today(), unit);
    match args.format {
        Format::Json => outln!("{}", r.json()),
        Format::Human => out!("{}", r.text(lang == Lang::En)),
    }
    Ok(Status::Clean)
}
