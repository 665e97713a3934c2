//! The web server's configuration, written beside the outlets (never inside them, so it
//! is not published): for nginx, the usual server of provincial portals. Per outlet, a
//! `map` of moved addresses (`<id>.map.conf`, http context) and the directives of its
//! `server { }` block (`<id>.conf`): 301s, content types, precompressed files, cache
//! lifetimes and the security headers. `http.conf` includes every map.
//!
//! The pages keep their meta-refresh redirects for servers without this configuration.

use super::OutletBuild;
use crate::assemble::urls;
use std::fmt::Write as _;
use std::path::Path;

/// The folder beside the outlets that holds the configuration.
pub(crate) const DIR: &str = "nginx";

/// One outlet's files.
pub(crate) struct ServerFiles {
    /// `<id>.map.conf`: the moved addresses, a `map` (http context).
    pub map: String,
    /// `<id>.conf`: the directives of the outlet's `server { }` block.
    pub server: String,
    /// For an outlet under a path, where crawlers never look for `robots.txt`: the lines
    /// for the host's own `/robots.txt` (`<id>.robots.txt`), and a `location` that serves
    /// them there for a host that has none (`<id>.robots.conf`).
    pub robots: Option<(String, String)>,
}

impl ServerFiles {
    /// The files by name, inside the `nginx/` folder.
    pub(crate) fn named(&self, id: &str) -> Vec<(String, &str)> {
        let mut v = vec![(format!("{id}.map.conf"), self.map.as_str()), (format!("{id}.conf"), self.server.as_str())];
        if let Some((txt, conf)) = &self.robots {
            v.push((format!("{id}.robots.txt"), txt.as_str()));
            v.push((format!("{id}.robots.conf"), conf.as_str()));
        }
        v
    }
}

/// Long enough for any key (a path of at most a few hundred bytes), many enough for
/// any site: nginx picks the smallest hash that fits within these.
const MAP_BUCKET: usize = 512;
const MAP_MAX: usize = 262_144;

/// The http-context file: hash sizes for the maps, and every outlet's map.
pub(crate) fn http_conf(nginx_dir: &Path) -> String {
    format!(
        "# guong {}: nginx, khối http {{ }} / the http {{ }} block.\n\
         # include {};\n\
         map_hash_bucket_size {MAP_BUCKET};\n\
         map_hash_max_size {MAP_MAX};\n\
         include {};\n",
        env!("CARGO_PKG_VERSION"),
        quote(&nginx_dir.join("http.conf").display().to_string()),
        quote(&nginx_dir.join("*.map.conf").display().to_string()),
    )
}

/// The origin and the path prefix of a base URL: `https://a.vn/guong-sang` →
/// (`https://a.vn`, `/guong-sang`); no prefix is `""`.
fn split_base(base: &str) -> (&str, &str) {
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    match base[after_scheme..].find('/') {
        Some(i) => base.split_at(after_scheme + i),
        None => (base, ""),
    }
}

/// A string for nginx's configuration language: double-quoted, with the characters
/// that would end it or start a variable (`$`) percent-encoded (they can only come from
/// a URL, where the encoding means the same).
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("%22"),
            '\\' => out.push_str("%5C"),
            '$' => out.push_str("%24"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text for a `#` comment: one line, whatever it holds (a line break would end the
/// comment and start a directive).
fn comment(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// The variable an outlet's map sets.
fn var(id: &str) -> String {
    format!("$guong_moved_{}", id.replace(['-', '.'], "_"))
}

/// Types by extension, complete (a `types` block replaces nginx's own table).
const TYPES: &str = "text/html html; text/css css; application/javascript js; application/json json; \
application/xml xml; text/x-opml opml; text/plain txt; image/svg+xml svg; image/jpeg jpg jpeg; image/png png; \
image/webp webp; image/gif gif; image/avif avif; audio/mpeg mp3; audio/mp4 m4a; audio/ogg ogg oga";
/// Types sent with `; charset=utf-8` besides `text/html` (always, and not to be repeated).
const CHARSET_TYPES: &str = "text/css application/javascript application/json application/rss+xml \
application/xml text/x-opml text/plain image/svg+xml";

/// Pages and feeds change with every build: a short lifetime. Photos carry a hash of
/// their bytes in their names: kept for a year.
const SHORT: &str = "public, max-age=300";
const LONG: &str = "public, max-age=31536000, immutable";

impl OutletBuild<'_> {
    /// Every address that moved: each former slug of a story (its folder and its
    /// `index.html`), each other name of a unit (its page and its feed), to the
    /// absolute URL it moved to. Paths carry the outlet's prefix, as nginx sees them.
    pub(crate) fn moved(&self) -> Vec<(String, String)> {
        let o = self.plan.outlet;
        let (_, prefix) = split_base(o.base());
        let mut v = Vec::new();
        for &i in &self.plan.stories {
            let s = self.published.stories[i];
            for alias in &s.aliases {
                let from = format!("{prefix}{}", urls::story(alias));
                let to = o.url(&urls::story(&s.slug));
                v.push((format!("{from}index.html"), to.clone()));
                v.push((from, to));
            }
        }
        for (ui, _) in &self.plan.units {
            let u = &self.cfg.registry.units[*ui];
            for a in u.aliases.iter().filter(|a| **a != u.id) {
                v.push((format!("{prefix}{}", urls::commune(a, 1)), o.url(&urls::commune(&u.id, 1))));
                v.push((format!("{prefix}{}", urls::commune_feed(a)), o.url(&urls::commune_feed(&u.id))));
            }
        }
        v.sort();
        v.dedup_by(|a, b| a.0 == b.0);
        v
    }

    /// The outlet's configuration, for a server that finds the outlet's folder at `root`.
    pub(crate) fn server_files(&self, root: &Path, nginx_dir: &Path) -> ServerFiles {
        let o = self.plan.outlet;
        let var = var(&o.id);
        let mut map = format!(
            "# guong {}: các địa chỉ cũ của kênh {} / the moved addresses of {} (http {{ }}).\n\
             map $uri {var} {{\n    default \"\";\n",
            env!("CARGO_PKG_VERSION"),
            comment(&o.id),
            comment(&o.id)
        );
        for (from, to) in self.moved() {
            let _ = writeln!(map, "    {} {};", quote(&from), quote(&to));
        }
        map.push_str("}\n");
        ServerFiles { map, server: self.server_block(root, nginx_dir, &var), robots: self.root_robots(nginx_dir) }
    }

    /// For an outlet under a path: the robots lines for the host's root, and the
    /// `location` that serves them as the host's `/robots.txt`.
    fn root_robots(&self, nginx_dir: &Path) -> Option<(String, String)> {
        let o = self.plan.outlet;
        let (origin, prefix) = split_base(o.base());
        if prefix.is_empty() {
            return None;
        }
        let txt = format!(
            "# guong {ver}: kênh {id} nằm dưới {prefix}/, nhưng máy tìm kiếm chỉ đọc {origin}/robots.txt.\n\
             # Thêm dòng Sitemap dưới đây vào robots.txt ở gốc máy chủ (hoặc include {id}.robots.conf).\n\
             # The outlet {id} is under {prefix}/, but crawlers read only {origin}/robots.txt:\n\
             # add the Sitemap line below to the host's robots.txt (or include {id}.robots.conf).\n\
             Sitemap: {sitemap}\n",
            ver = env!("CARGO_PKG_VERSION"),
            id = o.id,
            prefix = comment(prefix),
            origin = comment(origin),
            sitemap = comment(&o.url("/sitemap.xml")),
        );
        let file = nginx_dir.join(format!("{}.robots.txt", o.id)).display().to_string();
        let conf = format!(
            "# guong {ver}: robots.txt của máy chủ, cho máy chủ chưa có tệp riêng (khối server {{ }}).\n\
             # The host's robots.txt, for a host without one of its own (server {{ }} block).\n\
             location = /robots.txt {{\n    alias {};\n    types {{ }}\n    default_type text/plain;\n    charset utf-8;\n}}\n",
            quote(&file),
            ver = env!("CARGO_PKG_VERSION"),
        );
        Some((txt, conf))
    }

    fn server_block(&self, root: &Path, nginx_dir: &Path, var: &str) -> String {
        let o = self.plan.outlet;
        let (_, prefix) = split_base(o.base());
        let root = root.display().to_string();
        let mut s = format!(
            "# guong {ver}: nginx cho kênh {id} ({base}).\n\
             # Đặt trong khối server {{ }} của trang; khối http {{ }} cần include {dir}/http.conf.\n\
             # Inside the site's server {{ }} block; the http {{ }} block includes {dir}/http.conf.\n\
             #     include {dir}/{id}.conf;\n\
             # Mọi tiêu đề chỉ nằm trong các location của kênh, không lan sang trang khác của máy chủ.\n\
             # Tiêu đề riêng của máy chủ cho kênh: ghi add_header ... always; vào {hook}\n\
             # (thư mục cấu hình của nginx, ví dụ /etc/nginx/); guong không bao giờ ghi tệp đó.\n\
             # Every header is set inside the outlet's own locations, never for the host's other\n\
             # paths. The host's own headers for the outlet: add_header ... always; lines in\n\
             # {hook} (in nginx's configuration folder, e.g. /etc/nginx/); guong never writes it.\n\n",
            ver = env!("CARGO_PKG_VERSION"),
            id = o.id,
            base = comment(o.base()),
            dir = comment(&nginx_dir.display().to_string()),
            hook = comment(&hook(&o.id)),
        );
        let csp = self.csp(None);
        let short = self.headers(&csp, SHORT, "    ");
        // Every path from the configuration is quoted (and was checked as a path of plain
        // segments where it was read): no text of site.yaml can end a directive.
        if prefix.is_empty() {
            let _ = writeln!(s, "location / {{\n    root {};", quote(&root));
        } else {
            let _ = writeln!(s, "location = {} {{\n{short}    return 301 {};\n}}", quote(prefix), quote(&o.url("/")));
            let _ = writeln!(
                s,
                "location ^~ {} {{\n    alias {};",
                quote(&format!("{prefix}/")),
                quote(&format!("{root}/"))
            );
        }
        // A location that sets a header loses every header of the levels above (nginx does
        // not merge them), and the 301s of moved addresses are answered in the location
        // they fall in: each location repeats both.
        let moved = |indent: &str| format!("{indent}if ({var}) {{\n{indent}    return 301 {var};\n{indent}}}\n");
        let _ = write!(
            s,
            "    index index.html;\n    autoindex off;\n    absolute_redirect off;\n\
             \x20   types {{ {TYPES}; }}\n    default_type application/octet-stream;\n\
             \x20   charset utf-8;\n    charset_types {CHARSET_TYPES};\n\
             {}\
             \x20   error_page 404 {};\n{short}{}",
            compression(self.cfg.site.precompress),
            quote(&format!("{prefix}/404.html")),
            moved("    "),
        );
        let _ = write!(
            s,
            "    location ~ /(rss|podcast)\\.xml$ {{\n        types {{ }}\n        default_type application/rss+xml;\n{}{}    }}\n",
            self.headers(&csp, SHORT, "        "),
            moved("        "),
        );
        let _ = write!(
            s,
            "    location ^~ {} {{\n{}    }}\n",
            quote(&format!("{prefix}/media/")),
            self.headers(&csp, LONG, "        ")
        );
        if let Some(path) = self.report_path() {
            let _ = write!(
                s,
                "    # Báo cáo chỉ tiêu: không công khai. Giới hạn người xem, ví dụ / the quota report is\n\
                 \x20   # unlisted; restrict it, e.g.: allow 10.0.0.0/8; deny all;  or  auth_basic \"Nội bộ\";\n\
                 \x20   location ^~ {} {{\n{}        add_header X-Robots-Tag \"noindex, nofollow\" always;\n    }}\n",
                quote(&format!("{prefix}/{path}/")),
                self.headers(&self.csp(Some(&crate::report::style_hash())), "no-store", "        ")
            );
        }
        s.push_str("}\n");
        s
    }

    /// What every location of the outlet sets: no version told, the security headers,
    /// HSTS when the outlet has it, the host's own headers (the hook file) and a cache
    /// lifetime.
    fn headers(&self, csp: &str, cache: &str, indent: &str) -> String {
        let o = self.plan.outlet;
        let mut h = format!("{indent}server_tokens off;\n{}", security_headers(csp, indent));
        if let Some(v) = o.hsts.value() {
            let _ = writeln!(h, "{indent}add_header Strict-Transport-Security {} always;", quote(&v));
        }
        let _ = writeln!(h, "{indent}include {};", quote(&hook_pattern(&o.id)));
        let _ = writeln!(h, "{indent}add_header Cache-Control {};", quote(cache));
        h
    }

    /// The report pages' folder, when this outlet has them.
    fn report_path(&self) -> Option<String> {
        self.report_jobs().first()?;
        self.cfg.site.report_page.as_ref().map(|rp| rp.path.trim_matches('/').to_owned())
    }

    /// The strictest policy the pages allow: everything from the site's own origin,
    /// frames only from the `embeds` hosts, inline styles only by hash (the report's).
    fn csp(&self, style_hash: Option<&str>) -> String {
        let frames: Vec<String> = self.cfg.site.embeds.iter().map(|h| format!("https://{h}")).collect();
        let frames = if frames.is_empty() { "'none'".to_owned() } else { frames.join(" ") };
        let style = match style_hash {
            Some(h) => format!("'self' '{h}'"),
            None => "'self'".to_owned(),
        };
        format!(
            "default-src 'none'; script-src 'self'; style-src {style}; img-src 'self'; font-src 'self'; \
             connect-src 'self'; manifest-src 'self'; media-src 'self'; frame-src {frames}; form-action 'self'; \
             base-uri 'none'; frame-ancestors 'none'"
        )
    }
}

/// The headers every answer carries (`always`: errors and redirects too). A location
/// that adds a header must repeat them all (nginx does not merge them).
/// How the outlet's text reaches browsers compressed: the `.gz` copies guong writes, or,
/// with `precompress: false`, nginx compressing the same kinds of file as it serves them.
fn compression(precompress: bool) -> String {
    if precompress {
        "    # Tệp .gz do guong build ghi sẵn / the .gz files guong build writes.\n    gzip_static on;\n    gzip_vary on;\n"
            .to_owned()
    } else {
        format!(
            "    # precompress: false: nginx nén khi gửi / nginx compresses as it serves.\n    gzip on;\n    gzip_vary on;\n\
             \x20   gzip_min_length {};\n    gzip_types {};\n",
            crate::emit::compress::MIN_BYTES,
            GZIP_TYPES
        )
    }
}

/// The types `compress::wanted` gives a copy, as nginx names them (`text/html` is always
/// compressed once `gzip` is on, and is not to be repeated).
const GZIP_TYPES: &str =
    "text/css application/javascript application/json application/rss+xml application/xml text/x-opml image/svg+xml";

fn security_headers(csp: &str, indent: &str) -> String {
    [
        format!("add_header Content-Security-Policy {} always;", quote(csp)),
        "add_header X-Content-Type-Options \"nosniff\" always;".to_owned(),
        "add_header Referrer-Policy \"strict-origin-when-cross-origin\" always;".to_owned(),
        "add_header Permissions-Policy \"camera=(), microphone=(), geolocation=(), payment=(), usb=()\" always;"
            .to_owned(),
    ]
    .iter()
    .map(|l| format!("{indent}{l}\n"))
    .collect()
}

/// The host's own headers for outlet `id`: a file in nginx's configuration folder, which
/// guong never writes (`/etc/nginx/guong/<id>.headers.conf` on Debian).
pub(crate) fn hook(id: &str) -> String {
    format!("guong/{id}.headers.conf")
}

/// The include of the hook: a pattern, so that nginx accepts it while no such file
/// exists (a plain include of a missing file stops nginx). It matches the hook and
/// nothing else (`[.]` is a literal dot).
fn hook_pattern(id: &str) -> String {
    format!("guong/{id}.headers[.]conf")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_split_into_origin_and_prefix() {
        assert_eq!(split_base("https://a.vn"), ("https://a.vn", ""));
        assert_eq!(split_base("https://a.vn/guong-sang"), ("https://a.vn", "/guong-sang"));
        assert_eq!(split_base("http://127.0.0.1:8080/a/b"), ("http://127.0.0.1:8080", "/a/b"));
    }

    #[test]
    fn quoted_strings_cannot_end_early_or_name_a_variable() {
        assert_eq!(quote("/a/b/"), "\"/a/b/\"");
        assert_eq!(quote("x\";$y\\"), "\"x%22;%24y%5C\"");
    }

    #[test]
    fn the_http_file_includes_every_map() {
        let c = http_conf(Path::new("/srv/guong/current/nginx"));
        assert!(c.contains("include \"/srv/guong/current/nginx/*.map.conf\";"), "{c}");
        assert!(c.contains("map_hash_bucket_size 512;"));
    }

    #[test]
    fn comments_stay_on_their_line() {
        assert_eq!(comment("a\n}\nlocation / { alias /; }"), "a } location / { alias /; }");
    }

    #[test]
    fn variables_are_names_nginx_accepts() {
        assert_eq!(var("trung-tam-van-hoa"), "$guong_moved_trung_tam_van_hoa");
    }
}
