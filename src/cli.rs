//! Command-line options, one struct per command, passed whole.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "guong",
    version,
    about = "Trình tạo trang tĩnh tuyên truyền gương điển hình tiên tiến / a static site generator for exemplar publicity"
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Ngôn ngữ của thông báo / the language of messages
    #[arg(long, value_enum, default_value_t, global = true)]
    pub lang: LangArg,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Kiểm tra mọi bài viết theo tiêu chuẩn của Kế hoạch / validate every story
    Check(CheckArgs),
    /// Dựng trang cho các kênh đăng / build the outlets' sites
    Build(BuildArgs),
    /// Tạo bài mới với đủ các khóa / write a new story with every key
    New(NewArgs),
    /// Báo cáo chỉ tiêu hằng năm / the yearly quota report
    Report(ReportArgs),
    /// Các ngày lễ, kỷ niệm sắp tới và bài phù hợp / the coming holidays and the stories that suit them
    Plan(PlanArgs),
    /// Hàng chờ của quy trình: chờ thẩm định, chờ quyết định, chưa có bài / the workflow's queues
    Review(ReviewArgs),
    /// Xem trước, tự dựng lại khi sửa bài / live preview with rebuilds on save
    Serve(ServeArgs),
    /// Dựng và đăng một bản mới lên máy chủ, chuyển trong một bước / build a release and switch to it atomically
    Publish(PublishArgs),
    /// Phiếu Word để cán bộ điền (bài viết, đề xuất, đồng ý) / Word forms generated from the configuration
    Forms(FormsArgs),
    /// Nhập phiếu Word đã điền hoặc bài viết Word vào content/ / a filled form or a Word story into content/
    Import(ImportArgs),
    /// Trang biên tập (Decap CMS) tạo từ cấu hình / the editors' admin (a git CMS) from the configuration
    Cms(CmsArgs),
}

#[derive(Debug, Args)]
pub(crate) struct CmsArgs {
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Thư mục ghi trang biên tập (mặc định: ROOT/admin) / where to write the admin (default: ROOT/admin)
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Thư mục dist của gói npm decap-cms (mặc định: ROOT/node_modules/decap-cms/dist) / the decap-cms package's dist folder
    #[arg(long, value_name = "DIR")]
    pub decap: Option<PathBuf>,
    /// Lưu qua máy chủ Gitea hoặc Forgejo ở địa chỉ này (mặc định: máy này, qua decap-server) / save through this Gitea or Forgejo server (default: this machine, through decap-server)
    #[arg(long, value_name = "URL", requires = "repo")]
    pub gitea: Option<String>,
    /// Kho trên máy chủ đó / the repository on that server
    #[arg(long, value_name = "OWNER/NAME", requires = "gitea")]
    pub repo: Option<String>,
    /// Nhánh lưu bài / the branch stories are saved to
    #[arg(long, default_value = "main")]
    pub branch: String,
}

#[derive(Debug, Args)]
pub(crate) struct FormsArgs {
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Chỉ đơn vị này: danh sách và tiêu chuẩn riêng của đơn vị / only this unit's lists and local criteria
    #[arg(long)]
    pub unit: Option<String>,
    /// Thư mục ghi phiếu (mặc định: thư mục hiện tại) / where to write the forms (default: the current folder)
    #[arg(long, default_value = ".")]
    pub out: PathBuf,
    /// Ngày lập danh sách đơn vị (YYYY-MM-DD, mặc định hôm nay) / the day the unit lists hold for (default today)
    #[arg(long)]
    pub date: Option<String>,
    /// Ghi đè phiếu đã có / overwrite forms already there
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// Các tệp .docx / the .docx files
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Chỉ in những gì sẽ ghi, không ghi gì / print what would be written, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Ghi đè tệp đã có / overwrite files already there
    #[arg(long)]
    pub force: bool,
    /// Thư mục ghi phiếu kết quả kiểm tra (mặc định: cạnh tệp nhập) / where the findings sheets go (default: beside each file)
    #[arg(long, value_name = "DIR")]
    pub sheets: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct PublishArgs {
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Thư mục đăng trên máy chủ (có releases/ và current) / the publishing folder (holds releases/ and current)
    #[arg(long, value_name = "DIR")]
    pub to: PathBuf,
    /// Giữ lại bấy nhiêu bản gần nhất / keep this many latest releases
    #[arg(long, default_value_t = 5)]
    pub keep: usize,
    /// Quay lại bản trước bản đang chạy / switch back to the release before the live one
    #[arg(long)]
    pub rollback: bool,
    /// Chỉ dựng kênh này (lặp lại được) / build only this outlet (repeatable)
    #[arg(long = "outlet")]
    pub outlets: Vec<String>,
}

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Cổng (0: tự chọn một cổng trống) / the port (0 picks a free one)
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Chỉ xem trước kênh này (lặp lại được) / preview only this outlet (repeatable)
    #[arg(long = "outlet")]
    pub outlets: Vec<String>,
    /// Địa chỉ lắng nghe / the address to listen on
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Xem cả bài nháp / include drafts
    #[arg(long)]
    pub drafts: bool,
    /// Xem cả bài hẹn ngày trong tương lai / include stories dated in the future
    #[arg(long)]
    pub future: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum, Default, PartialEq, Eq)]
pub(crate) enum ReportFormat {
    #[default]
    Html,
    Csv,
    Json,
    /// Word (Office Open XML), in the administrative form of Decree 30/2020
    Docx,
    /// Excel: the units' table and the annex, for the province's forms
    Xlsx,
}

#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Năm báo cáo (mặc định năm nay) / the year (default: this year)
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub year: Option<i32>,
    /// Từ ngày (YYYY-MM-DD), thay cho --year / from this day, instead of --year
    #[arg(long, requires = "to")]
    pub from: Option<String>,
    /// Đến ngày (YYYY-MM-DD) / to this day (included)
    #[arg(long, requires = "from")]
    pub to: Option<String>,
    /// Báo cáo riêng của một đơn vị (mã trong communes.yaml) / one unit's own report
    #[arg(long)]
    pub unit: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ReportFormat,
    /// Ghi ra tệp thay vì màn hình / write to a file instead of stdout
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Thoát với mã 1 nếu có đơn vị chưa đạt chỉ tiêu / exit 1 when any unit is short of quota
    #[arg(long)]
    pub check: bool,
    /// Ghi đè cả tệp không do guong tạo / overwrite a file guong did not write
    #[arg(long)]
    pub force: bool,
    /// Báo cáo của tỉnh: mọi xã mà trang tổng hợp gom về (`gather:`) / every commune a province view gathers
    #[arg(long, conflicts_with = "unit")]
    pub province: bool,
}

#[derive(Debug, Args)]
pub(crate) struct PlanArgs {
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Số ngày tới (mặc định 60, nhiều nhất 3660) / how many days ahead (at most 3660)
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u32).range(0..=3660))]
    pub next: u32,
    /// Tính từ ngày (mặc định hôm nay) / from this day (default today)
    #[arg(long)]
    pub from: Option<String>,
    /// Chỉ kênh này (lặp lại được; mặc định các kênh còn đăng bài) / only this outlet (repeatable)
    #[arg(long = "outlet")]
    pub outlets: Vec<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub(crate) struct ReviewArgs {
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Chỉ hàng chờ của đơn vị này (và các đơn vị đã sáp nhập vào) / only this unit's queues
    #[arg(long)]
    pub unit: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum, Default, PartialEq, Eq)]
pub(crate) enum Format {
    #[default]
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum, Default, PartialEq, Eq)]
pub enum LangArg {
    #[default]
    Vi,
    En,
}

impl From<LangArg> for crate::diagnostic::Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Vi => crate::diagnostic::Lang::Vi,
            LangArg::En => crate::diagnostic::Lang::En,
        }
    }
}

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// Thư mục gốc của trang / the site root
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Coi cảnh báo là lỗi / treat warnings as errors
    #[arg(long)]
    pub strict: bool,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Chỉ báo kết quả cho các tệp này (ví dụ trong git pre-commit) / report only these files
    pub paths: Vec<PathBuf>,
    /// Kiểm tra bản nháp đọc từ stdin, không ghi gì / check unsaved text read from stdin, writing nothing
    #[arg(long, requires = "as_path", conflicts_with = "paths")]
    pub stdin: bool,
    /// Đường dẫn (tính từ gốc trang) của bài mà bản nháp sẽ là / the story file the draft stands for, from the site root
    #[arg(long = "as", value_name = "PATH", requires = "stdin")]
    pub as_path: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct BuildArgs {
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Thư mục đầu ra / output folder (default: ROOT/public)
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Chỉ dựng kênh này (lặp lại được) / build only this outlet (repeatable)
    #[arg(long = "outlet")]
    pub outlets: Vec<String>,
    /// Đăng cả bài nháp / include drafts
    #[arg(long)]
    pub drafts: bool,
    /// Đăng cả bài hẹn ngày trong tương lai / include stories dated in the future
    #[arg(long)]
    pub future: bool,
    /// In thời gian của từng bước / print the time of each stage
    #[arg(long)]
    pub timings: bool,
    /// Ghi cả vào thư mục có tệp không do guong tạo / write into a folder of other files
    #[arg(long)]
    pub force: bool,
    /// Thư mục máy chủ web đọc các kênh (cho cấu hình nginx; mặc định: thư mục đầu ra)
    /// / where the web server finds the outlets' folders (for the nginx files; default: the output folder)
    #[arg(long, value_name = "DIR")]
    pub server_root: Option<PathBuf>,
    /// Địa chỉ gốc thay cho `base_url` của kênh, cho máy chủ thử (lặp lại được)
    /// / the outlet's address instead of its `base_url`, for a staging server (repeatable)
    #[arg(long = "base-url", value_name = "OUTLET=URL")]
    pub base_urls: Vec<String>,
    /// Dựng lại toàn bộ, không dùng kết quả lần trước / rebuild everything, reusing nothing
    #[arg(long)]
    pub full: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum NewKind {
    Story,
    Practice,
    /// Một giao diện mới trong themes/TÊN / a new theme in themes/NAME
    Theme,
}

#[derive(Debug, Args)]
pub(crate) struct NewArgs {
    /// story (gương điển hình) | practice (mô hình mới, cách làm hay) | theme (giao diện)
    #[arg(value_enum)]
    pub kind: NewKind,
    /// Tên thư mục của giao diện mới (chỉ với `theme`) / the new theme's folder name (`theme` only)
    pub name: Option<String>,
    /// Đơn vị (mặc định: của gương điển hình) / the unit (default: the exemplar's)
    #[arg(long)]
    pub commune: Option<String>,
    /// Lĩnh vực (mặc định: của gương điển hình) / the field (default: the exemplar's)
    #[arg(long)]
    pub field: Option<String>,
    /// Gương điển hình trong content/exemplars/ mà bài viết về / the exemplar the story is about
    #[arg(long)]
    pub exemplar: Option<String>,
    /// Tiêu đề của bài (bắt buộc với `story`, `practice`) / the story's title (required for `story`, `practice`)
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Ngày của bài (mặc định hôm nay) / the story's date (default today)
    #[arg(long)]
    pub date: Option<String>,
}
