//! One build of the site: the pipeline's second half, one way through for `guong build`
//! (into the output folder) and `guong serve` (into memory). The chosen stories → their
//! photos → each rendered once → per outlet: plan → jobs → render → a sink.
//!
//! `build` renders every job; `serve` renders only those that `changes::Affected` picks.

pub(crate) use crate::emit::change as changes;
pub(crate) mod disk;
pub(crate) mod incremental;

use crate::assemble::{self, OutletPlan, Published};
use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::emit::templates::Theme;
use crate::emit::{Job, OutletBuild, Sink, io_diag};
use crate::images::ImageSet;
use crate::model::{Config, Outlet, Story};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::path::Path;

/// The photos the chosen stories show, processed or taken from the cache. A photo that
/// cannot be used is a finding at the photo's path.
pub(crate) fn photos(root: &Path, cfg: &Config, chosen: &[&Story]) -> Result<ImageSet, Vec<Diagnostic>> {
    ImageSet::build(root, &cfg.site.images, &assemble::photos(chosen)).map_err(|errors| {
        errors
            .into_iter()
            .map(|(rel, e)| Diagnostic::error("invalid-image", &format!("content/{rel}"), Pos::START, e.message(&rel)))
            .collect()
    })
}

/// The stories whose body was needed but whose file changed after it was loaded (a
/// story known unchanged reads its body only then): what the build made from them is
/// not to be published. Run again, the build reads them anew.
pub(crate) fn changed_meanwhile(all: &[&Story]) -> Vec<Diagnostic> {
    all.iter()
        .filter(|s| s.body.unreadable())
        .map(|s| {
            Diagnostic::error("io-error", &s.path, Pos::START, msg!("build.changed-meanwhile"))
                .with_help(msg!("build.run-again"))
        })
        .collect()
}

/// What one outlet's build made.
pub(crate) struct Done {
    pub files: usize,
    pub stories: usize,
    /// The web server's configuration, when the build writes one (`SiteBuild::server`).
    pub server: Option<crate::emit::nginx::ServerFiles>,
}

/// Where the web server finds the outlets' folders, and this configuration.
pub(crate) struct ServerTarget {
    /// The folder that holds the outlets, as the server sees it.
    pub served: std::path::PathBuf,
    /// The folder of the configuration files, as the server sees it.
    pub nginx_dir: std::path::PathBuf,
}

/// What every outlet of one build shares.
pub(crate) struct SiteBuild<'a> {
    pub root: &'a Path,
    pub cfg: &'a Config,
    pub published: &'a Published<'a>,
    /// Every story loaded (drafts too), for the report pages.
    pub all: &'a [&'a Story],
    pub today: NaiveDate,
    /// Set by `build`: each outlet's web server configuration is made too.
    pub server: Option<ServerTarget>,
    /// Set by `serve`: the search indexes kept between rebuilds.
    pub search: Option<&'a SearchCarry>,
    /// The yearly reports, counted once for every outlet of the build.
    pub reports: crate::emit::Reports,
    /// The QR codes' masks, remembered between builds (`Masks::open`; `build` saves them).
    pub qr: crate::emit::qr::Masks,
}

/// The preview's search indexes between rebuilds: patched for the changed stories
/// when no story moved (`changed`), else built anew when a search file is rendered.
#[derive(Default)]
pub(crate) struct SearchCarry {
    pub indexes: std::sync::Mutex<std::collections::HashMap<String, crate::assemble::search::Index>>,
    /// The changed stories (`Published` indexes), when no story moved in any list.
    /// Set once the change is known (an incremental build knows it after loading).
    pub changed: std::sync::Mutex<Option<Vec<usize>>>,
    /// The outlets whose index was patched and came out the same (it need not be kept
    /// again).
    pub unchanged: std::sync::Mutex<std::collections::HashSet<String>>,
}

/// Which of an outlet's jobs to render: all of them (a full build), or those a change
/// affects (`changes::Affected::picks`).
pub(crate) type Pick<'p> = &'p (dyn Fn(&OutletBuild, Job) -> bool + Sync);

/// Every job.
pub(crate) fn all_jobs(_: &OutletBuild, _: Job) -> bool {
    true
}

impl SiteBuild<'_> {
    /// Renders the outlet's jobs that `pick` keeps into `sink`, in parallel, then hands
    /// it the theme's static files and the photo variants.
    pub(crate) fn outlet(
        &self,
        o: &Outlet,
        theme: &Theme,
        pick: Pick,
        sink: &dyn Sink,
    ) -> Result<Done, Vec<Diagnostic>> {
        let plan = assemble::plan(self.cfg, o, self.published);
        let build = OutletBuild {
            root: self.root,
            cfg: self.cfg,
            published: self.published,
            plan: &plan,
            tera: &theme.tera,
            labels: &theme.labels,
            today: self.today,
            all: self.all,
            reports: &self.reports,
            qr: &self.qr,
        };
        let last = self.search.and_then(|c| c.indexes.lock().ok()?.remove(&o.id));
        let changed = self.search.and_then(|c| c.changed.lock().ok()?.clone());
        let patch = match (last, changed.as_deref()) {
            (Some(index), Some(changed)) => Some((index, changed)),
            _ => None,
        };
        let prep = build.prepare_with(patch);
        let jobs: Vec<Job> =
            build.jobs().into_iter().filter(|j| pick(&build, *j) && j.channel().may_change(&prep, j.key)).collect();
        // What each channel's jobs share, before they are rendered in parallel.
        for (n, c) in crate::emit::channel::CHANNELS.iter().enumerate() {
            let keys: Vec<_> = jobs.iter().filter(|j| usize::from(j.channel) == n).map(|j| j.key).collect();
            if !keys.is_empty() {
                c.before(&build, &prep, &keys);
            }
        }
        let mut errors: Vec<Diagnostic> = jobs
            .par_iter()
            .filter_map(|job| match build.render_file(*job) {
                Some(Ok((url, file))) => sink.file(&url, &file, true).err().map(|e| io_diag(&url, &e)),
                Some(Err(d)) => Some(d),
                None => match build.render(&prep, *job) {
                    Ok((path, bytes)) => sink.page(&path, bytes).err().map(|e| io_diag(&path, &e)),
                    Err(d) => Some(d),
                },
            })
            .collect();
        let statics = self.statics(&o.theme, sink, &mut errors);
        let media = self.media(&build, &prep, sink, &mut errors);
        let server = self.server.as_ref().map(|t| build.server_files(&t.served.join(&o.id), &t.nginx_dir));
        let unchanged = prep.search_unchanged();
        if let (Some(carry), Some(index)) = (self.search, prep.into_search())
            && let Ok(mut kept) = carry.indexes.lock()
        {
            kept.insert(o.id.clone(), index);
            if unchanged && let Ok(mut same) = carry.unchanged.lock() {
                same.insert(o.id.clone());
            }
        }
        if errors.is_empty() {
            let files = jobs.len() + statics + media;
            Ok(Done { files, stories: plan.stories.len(), server })
        } else {
            Err(errors)
        }
    }

    /// Hands `sink` the outlet's photo variants and recordings; says how many.
    fn media(
        &self,
        build: &OutletBuild,
        prep: &crate::emit::Prepared,
        sink: &dyn Sink,
        errors: &mut Vec<Diagnostic>,
    ) -> usize {
        let cache = crate::images::cache::Cache::new(self.root);
        let photos = self.photo_files(build.plan);
        for (c, out) in &photos {
            if let Err(e) = sink.file(&format!("/{out}"), &cache.path(c), true) {
                errors.push(io_diag(out, &e));
            }
        }
        // Recordings are copied, never linked: an editor may overwrite the file in place.
        let recordings = build.recordings(prep);
        for (url, disk) in &recordings {
            // Copied from where it really is, if that is inside content/ (as it was read).
            let real = crate::load::source::inside(&self.root.join("content"), disk);
            if let Err(e) = real.and_then(|real| sink.file(url, &real, false)) {
                errors.push(io_diag(url, &e));
            }
        }
        photos.len() + recordings.len()
    }

    /// The photo variants of the outlet's own stories (cache file, output path): another
    /// outlet's photos are not copied here.
    fn photo_files<'s>(&'s self, plan: &OutletPlan) -> Vec<&'s (String, String)> {
        let images = &self.published.images;
        let outs: std::collections::HashSet<&str> = plan
            .photos(self.published)
            .iter()
            .filter_map(|rel| images.images.get(rel))
            .flat_map(|p| p.variants.iter().flat_map(|v| [v.jpeg.as_str(), v.webp.as_str()]))
            .collect();
        images.files.iter().filter(|(_, out)| outs.contains(out.as_str())).collect()
    }

    /// The theme's `static/` files, published as they are: regular files inside the site
    /// only (links, special files and a folder linked out of the site are skipped, and
    /// reported by `check`).
    fn statics(&self, theme: &str, sink: &dyn Sink, errors: &mut Vec<Diagnostic>) -> usize {
        let dir = self.root.join("themes").join(theme).join("static");
        let mut n = 0;
        for e in walkdir::WalkDir::new(&dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
        {
            let rel = crate::load::rel_path(&dir, e.path());
            let Ok(real) = crate::load::source::inside(self.root, e.path()) else { continue };
            match sink.file(&format!("/{rel}"), &real, false) {
                Ok(()) => n += 1,
                Err(err) => errors.push(io_diag(&format!("themes/{theme}/static/{rel}"), &err)),
            }
        }
        n
    }
}

#[cfg(test)]
mod tests {
    /// A body needed after its file changed is named, and only that one.
    #[test]
    fn a_body_read_after_its_file_changed_stops_the_build() {
        let root = std::path::Path::new("/nonexistent");
        let (file, text) = crate::load::valid_story(root, "content/stories/2024/a.md");
        let read = crate::load::parse_bytes(file.clone(), text.clone()).story.expect("a story");
        let mut late = crate::load::parse_bytes(file, text).story.expect("a story");
        late.body = crate::model::story::Body::later(|| None);
        assert_eq!(&*late.body, "");
        let told = super::changed_meanwhile(&[&read, &late]);
        assert_eq!((told.len(), told[0].code, told[0].path.as_str()), (1, "io-error", "content/stories/2024/a.md"));
    }
}
