//! Every file and folder guong keeps, in one place: its name, where it is, its format
//! (the first line of a sealed file), whether a checksum seals it, and what makes guong
//! ignore it. The modules that read and write them take their names from here;
//! `docs/FORMATS.md` lists the same table (a test compares them).

/// Where a kept file is.
#[cfg(test)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    /// Under the site's root (beside `content/`).
    Site,
    /// In the output folder (`public/`, `--out`).
    Output,
    /// In the folder `publish` serves from (`--to`).
    Served,
}

/// One kept file.
#[cfg(test)]
pub(crate) struct Kept {
    /// Its name (a trailing `*` stands for an outlet's id or a number).
    pub name: &'static str,
    pub place: Place,
    /// The line it starts with (sealed files), or its format.
    pub format: &'static str,
    /// Whether its last 8 bytes are the XXH3 of the rest (`kept::seal`).
    pub sealed: bool,
    /// What it is for, and what makes guong ignore it (Vietnamese, then English).
    pub what: (&'static str, &'static str),
}

// Under the site's root.
/// The photos made from each source photo, named by a BLAKE3 hash of the source and the
/// processing parameters.
pub(crate) const IMAGES: &str = ".guong-cache/images";
/// Bump when processing changes, so old entries are not reused.
pub(crate) const IMAGES_VERSION: &str = "guong-images-1";
/// The lock builds sharing the image cache hold (`flock`).
pub(crate) const IMAGES_LOCK: &str = ".guong-cache/images.lock";
/// Stories already checked (64 shard files, `00` to `3f`).
pub(crate) const CHECKED: &str = ".guong-cache/checked";
pub(crate) const CHECKED_MAGIC: &[u8] = b"guong-checked-1\n";
/// Each input file's hash, with its size and times then.
pub(crate) const INPUTS: &str = ".guong-cache/inputs";
pub(crate) const INPUTS_MAGIC: &[u8] = b"guong-inputs-1\n";
/// What each commune's site gave a province view at its last good reading
/// (`<outlet>/<source>.json`), for when it cannot be read.
pub(crate) const GATHERED: &str = ".guong-cache/gom";
pub(crate) const GATHERED_MAGIC: &[u8] = b"guong-gathered-1\n";
/// The QR codes' masks, remembered between builds.
pub(crate) const QR_MASKS: &str = ".guong-cache/qr-masks";
/// Bump when a code would be drawn differently.
pub(crate) const QR_MAGIC: &[u8] = b"guong-qr-masks-1\n";

/// The custom document property (`docProps/custom.xml`) by which a Word or Excel report
/// says guong wrote it, so `report --out` may write it again without `--force`.
pub(crate) const GENERATOR_PROPERTY: &str = "generator";

// In the output folder.
/// Marks a folder as guong's output, so a later build may replace what is in it.
pub(crate) const OUTPUT_MARKER: &str = ".guong-output";
/// One build at a time writes into a folder.
pub(crate) const OUTPUT_LOCK: &str = ".guong-lock";
/// An outlet being built beside the old one (`<prefix><outlet>`).
pub(crate) const STAGING: &str = ".guong-staging-";
/// An outlet swapped out, removed after the swap.
pub(crate) const OLD: &str = ".guong-old-";
/// An incremental build's files and journal before they are applied.
pub(crate) const INCOMING: &str = ".guong-incoming";
/// The inputs' hash of the last successful build.
pub(crate) const FINGERPRINT: &str = ".guong-fingerprint";
/// What the last build knew, for the next incremental build.
pub(crate) const STATE: &str = ".guong-state.json";
/// Each outlet's files and their hashes (`<prefix><outlet>`).
pub(crate) const MANIFEST: &str = ".guong-manifest-";
/// Each outlet's search index (`<prefix><outlet>.bin`).
pub(crate) const SEARCH_INDEX: &str = ".guong-search-";
pub(crate) const SEARCH_INDEX_MAGIC: &[u8] = b"guong-search-index-2\n";

// In the served folder.
/// One `publish` at a time.
pub(crate) const PUBLISH_LOCK: &str = ".guong-publish-lock";
/// The people a release may show, by a hash of each exemplar's id.
pub(crate) const PEOPLE: &str = ".guong-people";

/// The file beside the output that keeps an outlet's search index.
pub(crate) fn search_index(outlet: &str) -> String {
    format!("{SEARCH_INDEX}{outlet}.bin")
}

/// Whether a file name beside the output is a kept search index (`search_index`).
pub(crate) fn is_search_index(name: &str) -> bool {
    name.starts_with(SEARCH_INDEX) && name.ends_with(".bin")
}

/// An outlet's manifest.
pub(crate) fn manifest(outlet: &str) -> String {
    format!("{MANIFEST}{outlet}")
}

#[cfg(test)]
fn line(magic: &'static [u8]) -> &'static str {
    std::str::from_utf8(magic).unwrap_or("").trim_end()
}

/// Every kept file, as `docs/FORMATS.md` lists them (the description the test checks
/// that file against; the names above are what the code uses).
#[cfg(test)]
pub(crate) fn all() -> Vec<Kept> {
    use Place::*;
    let k = |name, place, format, sealed, vi, en| Kept { name, place, format, sealed, what: (vi, en) };
    vec![
        k(
            IMAGES,
            Site,
            IMAGES_VERSION,
            false,
            "ảnh đã xử lý, đặt tên theo BLAKE3 của ảnh gốc và tham số; tham số hoặc phiên bản đổi thì tên đổi",
            "processed photos, named by the BLAKE3 of the source and parameters; new parameters or version, new names",
        ),
        k(
            IMAGES_LOCK,
            Site,
            "flock",
            false,
            "khóa chung giữa các lần dựng dùng chung bộ nhớ ảnh; chỉ dọn khi giữ khóa riêng",
            "lock shared by builds using the photo cache; pruned only under the exclusive lock",
        ),
        k(
            CHECKED,
            Site,
            line(CHECKED_MAGIC),
            true,
            "bài đã kiểm tra và kết quả; bỏ qua khi bài, cấu hình, chương trình hoặc tệp ảnh/ghi âm bài đọc đổi",
            "checked stories and findings; ignored when the story, configuration, program or a photo/recording it read changes",
        ),
        k(
            INPUTS,
            Site,
            line(INPUTS_MAGIC),
            true,
            "mã băm từng tệp đầu vào kèm kích thước và thời gian; bỏ qua khi chương trình đổi",
            "each input file's hash with its size and times; ignored when the program changes",
        ),
        k(
            GATHERED,
            Site,
            line(GATHERED_MAGIC),
            true,
            "bài, nguồn tin và trang gốc mỗi xã đưa vào trang của tỉnh lần đọc được gần nhất (`<kênh>/<xã>.json`); dùng khi không đọc được trang của xã",
            "the stories, feeds and original pages each commune's site gave the province view when last read (`<outlet>/<commune>.json`); used when that site cannot be read",
        ),
        k(
            QR_MASKS,
            Site,
            line(QR_MAGIC),
            true,
            "mặt nạ mã QR đã chọn; bỏ qua khi phiên bản đổi (mã được chọn lại)",
            "the QR codes' chosen masks; ignored on another version (chosen again)",
        ),
        k(PUBLISH_LOCK, Served, "flock", false, "một lần `publish` mỗi lúc", "one `publish` at a time"),
        k(
            OUTPUT_MARKER,
            Output,
            "văn bản / text",
            false,
            "đánh dấu thư mục do guong ghi, để lần dựng sau được thay nội dung",
            "marks guong's output folder, so a later build may replace it",
        ),
        k(
            OUTPUT_LOCK,
            Output,
            "flock",
            false,
            "một lần dựng mỗi lúc vào một thư mục",
            "one build at a time into a folder",
        ),
        k(
            ".guong-staging-*",
            Output,
            "thư mục / folder",
            false,
            "kênh đang dựng bên cạnh kênh cũ; lần dựng bị ngắt để lại thì lần sau xóa",
            "an outlet built beside the old one; left by a killed build, removed by the next",
        ),
        k(
            ".guong-old-*",
            Output,
            "thư mục / folder",
            false,
            "kênh cũ vừa được thay, xóa sau khi đổi",
            "the outlet swapped out, removed after the swap",
        ),
        k(
            INCOMING,
            Output,
            "thư mục + JOURNAL / folder + JOURNAL",
            false,
            "tệp của lần dựng từng phần trước khi áp dụng; lần sau hoàn tất nếu JOURNAL đã ghi xong",
            "an incremental build's files before they apply; finished by the next build if its JOURNAL is whole",
        ),
        k(
            FINGERPRINT,
            Output,
            "hex (32)",
            false,
            "mã băm đầu vào của lần dựng thành công gần nhất; khác thì dựng lại",
            "the inputs' hash of the last successful build; any difference builds again",
        ),
        k(
            STATE,
            Output,
            "JSON (version)",
            false,
            "điều lần dựng trước biết, cho lần dựng từng phần; phiên bản, tùy chọn, ngày hoặc ảnh đổi thì dựng toàn bộ",
            "what the last build knew, for an incremental one; another version, options, day or media build all",
        ),
        k(
            ".guong-manifest-*",
            Output,
            "văn bản / text",
            false,
            "các tệp của mỗi kênh và mã băm; ghi cùng bước với lần đổi kênh",
            "each outlet's files and hashes; written in the same step as the outlet's swap",
        ),
        k(
            ".guong-search-*.bin",
            Output,
            line(SEARCH_INDEX_MAGIC),
            true,
            "chỉ mục tìm kiếm của mỗi kênh (postcard), để vá khi bài đổi; khác chương trình hay hỏng thì lập lại",
            "each outlet's search index (postcard), patched when stories change; another program or damage makes it anew",
        ),
        k(
            PEOPLE,
            Served,
            "văn bản / text",
            false,
            "những người một bản phát hành có thể nêu (băm mã gương); rút đồng ý thì bản đó bị xóa",
            "the people a release may show (hashed exemplar ids); a withdrawal removes the release",
        ),
    ]
}

/// The table `docs/FORMATS.md` holds, in Vietnamese (with the English beneath each).
#[cfg(test)]
pub(crate) fn table() -> String {
    let mut t = String::from(
        "| Tệp / file | Ở đâu / where | Định dạng / format | Niêm phong / sealed | Dùng để, bỏ qua khi / what for, ignored when |\n|---|---|---|---|---|\n",
    );
    for k in all() {
        let place = match k.place {
            Place::Site => "gốc trang / site root",
            Place::Output => "thư mục ra / output",
            Place::Served => "thư mục phục vụ / served",
        };
        let sealed = if k.sealed { "XXH3" } else { "—" };
        t.push_str(&format!(
            "| `{}` | {place} | `{}` | {sealed} | {}<br>*{}* |\n",
            k.name, k.format, k.what.0, k.what.1
        ));
    }
    t
}

#[cfg(test)]
mod tests {
    #[test]
    fn docs_formats_lists_every_kept_file() {
        let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/FORMATS.md")).unwrap();
        let table = super::table();
        assert!(doc.contains(&table), "docs/FORMATS.md must hold this table:\n{table}");
    }

    #[test]
    fn names_are_distinct_and_hidden() {
        let all = super::all();
        let mut names: Vec<&str> = all.iter().map(|k| k.name).collect();
        assert!(names.iter().all(|n| n.starts_with(".guong") || n.starts_with("*.guong")), "{names:?}");
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), all.len());
        assert!(super::is_search_index(&super::search_index("a")));
    }
}
