//! `guong new theme NAME`: a theme to start from, in `themes/NAME/`: its frame
//! (`templates/base.html`), its style sheet and icon (`static/`) and its labels
//! (`labels.yaml`, the keys a theme usually changes, commented). Every page comes from the
//! base theme in the binary; the theme copies one into `templates/` only to change it.
//! The frame and the style sheet are the culture centre theme's (`themes/trung-tam-van-hoa`),
//! whose pages are the base theme's, so the classes match.

use crate::cli::NewArgs;
use crate::console::outln;
use crate::diagnostic::{Lang, msg};
use crate::error::{Error, Outcome, Status};
use crate::model::labels::Labels;
use std::path::Path;

const FRAME: &str = include_str!("../../themes/trung-tam-van-hoa/templates/base.html");
const STYLE: &str = include_str!("../../themes/trung-tam-van-hoa/static/style.css");
const ICON: &str = include_str!("../../themes/trung-tam-van-hoa/static/favicon.svg");

/// The labels a theme usually changes, written commented out with their base value;
/// `theme_color` is left set, so the file is a map from the start.
const USUAL_KEYS: &[&str] = &[
    "title_sep",
    "nav_units",
    "latest",
    "home_count",
    "read_by_column",
    "read_by_unit",
    "columns_lead",
    "communes_lead",
    "list_heading",
    "prev_page",
    "next_page",
    "toc_heading",
    "more",
    "feed_help",
    "feed_link",
    "feed_site",
    "not_found_lead",
];

pub(super) fn run(args: &NewArgs, lang: Lang) -> Outcome {
    let name = args.name.as_deref().unwrap_or_default();
    let rel = create(&args.root, name)?;
    outln!("{}", msg!("new-theme.created", folder = rel).get(lang));
    outln!("{}", msg!("new-theme.next", name, folder = rel).get(lang));
    Ok(Status::Clean)
}

fn create(root: &Path, name: &str) -> Result<String, Error> {
    if !crate::text::is_slug(name) {
        return Err(Error::Misuse(msg!("new-theme.name", name)));
    }
    if !root.join("content/site.yaml").is_file() {
        return Err(Error::Misuse(msg!("new-theme.not-a-site", folder = root.display())));
    }
    let rel = format!("themes/{name}");
    let dir = root.join(&rel);
    if dir.symlink_metadata().is_ok() {
        return Err(Error::Misuse(msg!("new-theme.exists", folder = rel)));
    }
    let write = |path: &Path, text: &str| std::fs::write(path, text).map_err(|e| Error::write(path, e));
    let mkdir = |path: &Path| std::fs::create_dir(path).map_err(|e| Error::write(path, e));
    std::fs::create_dir_all(root.join("themes")).map_err(|e| Error::write(&root.join("themes"), e))?;
    mkdir(&dir)?;
    mkdir(&dir.join("templates"))?;
    mkdir(&dir.join("static"))?;
    write(&dir.join("templates/base.html"), FRAME)?;
    write(&dir.join("static/style.css"), STYLE)?;
    write(&dir.join("static/favicon.svg"), ICON)?;
    write(&dir.join("labels.yaml"), &labels_file(name))?;
    Ok(rel)
}

/// `labels.yaml` of a new theme: `theme_color` set, the usual keys commented out.
fn labels_file(name: &str) -> String {
    let base = Labels::base();
    let quote = |s: String| serde_json::to_string(&s).unwrap_or_default();
    let mut s = format!(
        "# Nhãn của giao diện {name}: bỏ dấu # trước một khóa để đổi chữ trên trang; mọi khóa khác\n\
         # lấy từ giao diện gốc (danh sách đủ: src/model/labels.yaml).\n\
         # The theme's labels: uncomment a key to change the words a page shows; every other\n\
         # key comes from the base theme.\n"
    );
    s.push_str(&format!("theme_color: {}\n", quote(base.get("theme_color"))));
    for key in USUAL_KEYS {
        s.push_str(&format!("# {key}: {}\n", quote(base.get(key))));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_labels_file_parses_and_names_only_known_keys() {
        let text = labels_file("t");
        let map: std::collections::BTreeMap<String, String> = crate::yaml::from_str(&text).unwrap();
        assert_eq!(map.keys().collect::<Vec<_>>(), ["theme_color"]);
        for key in USUAL_KEYS {
            assert!(Labels::is_known(key), "{key}");
            let line = text.lines().find(|l| l.starts_with(&format!("# {key}: "))).unwrap();
            let uncommented: std::collections::BTreeMap<String, String> =
                crate::yaml::from_str(line.trim_start_matches("# ")).unwrap();
            assert_eq!(uncommented[*key], Labels::base().get(key));
        }
    }
}
