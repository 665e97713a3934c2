//! Issue 33 (items 1, 2, 3, 5): the nginx files fit a real host (every header inside
//! the outlet's own locations, HSTS by a setting, a hook for the host's own headers), a
//! robots.txt snippet for the host's root, and podcast feeds that podcast apps accept
//! (owner and address, a square cover, a category, only where there are recordings,
//! linked from the pages, the follow page and the OPML list).

use crate::nginx::{LocalSite, files, get, nginx_binary, url_of};
use crate::support::{Site, guong_in, sample_site};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

/// Adds `extra` (lines at the outlet's indent) after every outlet's `base_url` line.
fn after_base_urls(yaml: &str, extra: &dyn Fn(usize) -> String) -> String {
    // The outlets written by hand; the per-unit declaration is kept as it is.
    let (yaml, per_unit) = crate::support::split_per_unit(yaml);
    let mut out = String::new();
    let mut n = 0;
    for line in without_owners(yaml).lines() {
        out.push_str(line);
        out.push('\n');
        if line.trim_start().starts_with("base_url:") {
            out.push_str(&extra(n));
            n += 1;
        }
    }
    out.push_str(per_unit);
    out
}

/// The configuration without the outlets' `podcast:` blocks (the sample's own owners).
fn without_owners(yaml: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in yaml.lines() {
        if line == "    podcast:" {
            inside = true;
            continue;
        }
        if inside && line.starts_with("      ") {
            continue;
        }
        inside = false;
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn owner(i: usize) -> String {
    format!("    podcast:\n      email: \"kenh{i}@trieuson.thanhhoa.gov.vn\"\n")
}

// ---------------------------------------------------------------------------------
// nginx: the host's own pages beside the outlet

/// The Culture Centre's own site: its pages, with its own policy (inline scripts and a
/// CDN style sheet), at the root of the host the outlet lives under.
const HOST_CSP: &str = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' https://cdn.example.vn";

fn host_conf(d: &Path, nginx_dir: &Path, host_root: &Path, ports: [u16; 3]) -> String {
    let n = nginx_dir.display();
    let d = d.display();
    format!(
        "worker_processes 1;\ndaemon off;\nmaster_process off;\nerror_log {d}/error.log warn;\npid {d}/nginx.pid;\n\
         events {{ worker_connections 256; }}\n\
         http {{\n  access_log off;\n  client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n\
         \x20 fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n\
         \x20 include {n}/http.conf;\n\
         \x20 server {{ listen 127.0.0.1:{p0}; server_name localhost; include {n}/cong-thong-tin.conf; }}\n\
         \x20 server {{\n    listen 127.0.0.1:{p1};\n    server_name localhost;\n\
         \x20   location / {{\n      root {host};\n      add_header Content-Security-Policy \"{HOST_CSP}\" always;\n    }}\n\
         \x20   location /tin-tuc/ {{\n      root {host};\n    }}\n\
         \x20   include {n}/trung-tam-van-hoa.conf;\n    include {n}/trung-tam-van-hoa.robots.conf;\n  }}\n\
         \x20 server {{ listen 127.0.0.1:{p2}; server_name localhost; include {n}/xa-tho-phu.conf; }}\n}}\n",
        host = host_root.display(),
        p0 = ports[0],
        p1 = ports[1],
        p2 = ports[2],
    )
}

/// A running nginx; killed when dropped.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(conf_dir: &Path, conf: &str, ports: [u16; 3]) -> Server {
    let path = conf_dir.join("nginx.conf");
    fs::write(&path, conf).unwrap();
    let t = Command::new(nginx_binary()).arg("-t").arg("-c").arg(&path).arg("-p").arg(conf_dir).output().unwrap();
    let said = String::from_utf8_lossy(&t.stderr).into_owned();
    assert!(t.status.success() && !said.contains("[warn]") && !said.contains("[emerg]"), "nginx -t: {said}");
    let child = Command::new(nginx_binary())
        .arg("-c")
        .arg(&path)
        .arg("-p")
        .arg(conf_dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server(child);
    for _ in 0..600 {
        if ports.iter().all(|p| std::net::TcpStream::connect(("127.0.0.1", *p)).is_ok()) {
            return server;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("nginx never listened: {}", fs::read_to_string(conf_dir.join("error.log")).unwrap_or_default());
}

/// guong's headers on an answer of the Culture Centre's outlet (HSTS on, the hook's
/// header added).
fn assert_outlet_headers(a: &crate::nginx::Answer, what: &str) {
    assert!(a.header("content-security-policy").starts_with("default-src 'none'; script-src 'self'"), "{what}");
    assert_eq!(a.header("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(a.header("referrer-policy"), "strict-origin-when-cross-origin", "{what}");
    assert!(a.header("permissions-policy").contains("camera=()"), "{what}");
    assert_eq!(a.header("strict-transport-security"), "max-age=31536000", "{what}");
    assert_eq!(a.header("x-frame-options"), "SAMEORIGIN", "{what}: the host's hook header");
    assert_eq!(a.header("server"), "nginx", "{what}: no version told");
}

#[test]
#[cfg_attr(
    not(nginx_tests),
    ignore = "needs nginx: run with GUONG_NGINX_TESTS=1 after `apt-get install nginx-light` (.ci/run does both)"
)]
fn the_hosts_own_pages_keep_their_headers_beside_the_outlet() {
    let site = LocalSite::new();
    // The Culture Centre over https, with HSTS; the portal without.
    let yaml_path = site.path().join("content/site.yaml");
    let yaml = fs::read_to_string(&yaml_path).unwrap();
    let centre = format!("http://127.0.0.1:{}/guong-sang", site.ports[1]);
    let https = centre.replace("http://", "https://");
    assert!(yaml.contains(&centre));
    let yaml = yaml.replace(&format!("\"{centre}\""), &format!("\"{https}\"\n    hsts: true"));
    fs::write(&yaml_path, after_base_urls(&yaml, &owner)).unwrap();
    let to = tempfile::tempdir().unwrap();
    site.publish(to.path(), &[]);
    let current = to.path().join("current");
    let nginx_dir = current.join("nginx");

    let conf_dir = tempfile::tempdir().unwrap();
    let host_root = conf_dir.path().join("host");
    fs::create_dir_all(&host_root).unwrap();
    let host_page = "<!doctype html><title>Trung tâm</title><script>document.title='x'</script>";
    fs::write(host_root.join("index.html"), host_page).unwrap();
    fs::write(host_root.join("gioi-thieu.html"), host_page).unwrap();
    // The hook: the host's own headers for the outlet, in nginx's configuration folder.
    fs::create_dir_all(conf_dir.path().join("guong")).unwrap();
    fs::write(
        conf_dir.path().join("guong/trung-tam-van-hoa.headers.conf"),
        "add_header X-Frame-Options \"SAMEORIGIN\" always;\n",
    )
    .unwrap();
    let ports = site.ports;
    let _server = start(conf_dir.path(), &host_conf(conf_dir.path(), &nginx_dir, &host_root, ports), ports);

    // The host's pages and its 404: its own policy, none of guong's headers.
    for path in ["/", "/gioi-thieu.html", "/khong-co.html", "/guong-sang-khac/"] {
        let a = get(ports[1], path, &[]);
        assert!(matches!(a.status, 200 | 404), "{path}: {}", a.status);
        assert_eq!(a.header("content-security-policy"), HOST_CSP, "{path}");
        for h in ["x-content-type-options", "permissions-policy", "strict-transport-security", "x-frame-options"] {
            assert_eq!(a.header(h), "", "{path}: {h} of guong leaked to the host");
        }
        if a.status == 200 {
            assert_eq!(a.body, host_page.as_bytes(), "{path}");
        } else {
            assert!(!String::from_utf8_lossy(&a.body).contains("guong-sang"), "{path}: not the outlet's 404 page");
        }
    }

    // A location of the host that sets no header of its own: none of guong's either.
    fs::create_dir_all(host_root.join("tin-tuc")).unwrap();
    fs::write(host_root.join("tin-tuc/index.html"), host_page).unwrap();
    let a = get(ports[1], "/tin-tuc/", &[]);
    assert_eq!(a.status, 200);
    for h in ["content-security-policy", "x-content-type-options", "strict-transport-security", "x-frame-options"] {
        assert_eq!(a.header(h), "", "/tin-tuc/: {h} leaked to the host");
    }

    // Every file of the outlet, its moved addresses, its bare prefix and its 404:
    // guong's headers, HSTS and the hook's.
    let outlet = current.join("trung-tam-van-hoa");
    let all = files(&outlet);
    for rel in &all {
        let url = url_of(1, rel);
        let a = get(ports[1], &url, &[]);
        assert!(matches!(a.status, 200 | 301 | 404), "{url}: {}", a.status);
        assert_outlet_headers(&a, &url);
    }
    for path in ["/guong-sang", "/guong-sang/dia-phuong/tt-nua/", "/guong-sang/dia-phuong/nua/rss.xml"] {
        let a = get(ports[1], path, &[]);
        assert_eq!(a.status, 301, "{path}");
        assert!(a.header("location").starts_with(&https), "{path}: {}", a.header("location"));
        assert_outlet_headers(&a, path);
    }
    let a = get(ports[1], "/guong-sang/khong-co-trang-nay/", &[]);
    assert_eq!(a.status, 404);
    assert!(a.body == fs::read(outlet.join("404.html")).unwrap(), "the outlet's own 404 page");
    assert_outlet_headers(&a, "404");
    println!("trung-tam-van-hoa: {} files with guong's headers beside the host's own pages", all.len());

    // HSTS is the outlet's setting: the portal (http, no setting) has none.
    let a = get(ports[0], "/", &[]);
    assert_eq!((a.status, a.header("strict-transport-security")), (200, ""));

    // The host's robots.txt, served from the snippet: crawlers find the outlet's sitemap.
    let a = get(ports[1], "/robots.txt", &[]);
    assert_eq!((a.status, a.header("content-type")), (200, "text/plain; charset=utf-8"));
    let sitemaps = robots_sitemaps(&String::from_utf8_lossy(&a.body));
    assert_eq!(sitemaps, [format!("{https}/sitemap.xml")]);
    let a = get(ports[1], "/guong-sang/sitemap.xml", &[]);
    assert_eq!(a.status, 200);
    assert!(String::from_utf8_lossy(&a.body).contains(&format!("<loc>{https}/</loc>")));
}

// ---------------------------------------------------------------------------------
// robots.txt for outlets under a path

/// The `Sitemap:` values of a robots.txt, as crawlers read them (a field name is
/// case-insensitive; `#` starts a comment); every other line is a comment or blank.
fn robots_sitemaps(text: &str) -> Vec<String> {
    let mut v = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap().trim();
        if line.is_empty() {
            continue;
        }
        let (k, val) = line.split_once(':').unwrap_or_else(|| panic!("not a robots line: {line}"));
        assert!(k.trim().eq_ignore_ascii_case("sitemap"), "only Sitemap lines: {line}");
        v.push(val.trim().to_owned());
    }
    v
}

#[test]
fn outlets_under_a_path_get_a_robots_snippet_for_the_hosts_root() {
    let dir = sample_site();
    let r = guong_in(dir.path(), &["build"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let nginx = dir.path().join("public/nginx");
    let snippet = |id: &str| fs::read_to_string(nginx.join(format!("{id}.robots.txt")));
    assert!(snippet("cong-thong-tin").is_err(), "an outlet at the host's root has its own robots.txt");
    assert!(!nginx.join("cong-thong-tin.robots.conf").exists());
    for (id, base) in [
        ("trung-tam-van-hoa", "https://vanhoa.trieuson.thanhhoa.gov.vn/guong-sang/"),
        ("xa-tho-phu", "https://thophu.thanhhoa.gov.vn/guong-sang/"),
    ] {
        let text = snippet(id).unwrap();
        assert_eq!(robots_sitemaps(&text), [format!("{base}sitemap.xml")], "{id}");
        assert!(text.contains("robots.txt"), "{id}: says where it goes");
        // The sitemap it names is the outlet's own.
        assert!(dir.path().join(format!("public/{id}/sitemap.xml")).is_file());
        let conf = fs::read_to_string(nginx.join(format!("{id}.robots.conf"))).unwrap();
        let file = nginx.join(format!("{id}.robots.txt"));
        assert!(conf.contains(&format!("location = /robots.txt {{\n    alias \"{}\";", file.display())), "{conf}");
    }
}

// ---------------------------------------------------------------------------------
// nginx files: nothing at the server level

#[test]
fn the_outlets_nginx_file_sets_nothing_at_the_server_level() {
    let dir = sample_site();
    let r = guong_in(dir.path(), &["build"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for id in crate::nginx::OUTLETS {
        let conf = fs::read_to_string(dir.path().join(format!("public/nginx/{id}.conf"))).unwrap();
        // Outside every block, only comments and the outlet's locations.
        let mut depth = 0usize;
        for line in conf.lines() {
            let t = line.trim();
            if depth == 0 && !t.is_empty() && !t.starts_with('#') {
                assert!(t.starts_with("location "), "{id}: `{t}` at the server level");
            }
            depth += t.matches('{').count();
            depth -= t.matches('}').count();
        }
        assert_eq!(depth, 0, "{id}: balanced");
        assert!(!conf.contains("Strict-Transport-Security"), "{id}: HSTS is off by default");
        assert!(conf.contains(&format!("include \"guong/{id}.headers[.]conf\";")), "{id}: the host's hook");
    }
}

// ---------------------------------------------------------------------------------
// Settings checked

fn findings(site: &Site) -> Vec<(String, u64, String, String)> {
    let r = site.guong(&["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
    let list = v.as_array().or_else(|| v["findings"].as_array()).expect("a list").clone();
    list.iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap_or(0),
                f["code"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

fn line_of(text: &str, needle: &str) -> u64 {
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle}")) as u64 + 1
}

#[test]
fn hsts_on_a_plain_http_outlet_and_a_bad_owner_address_are_refused() {
    let site = Site::new("site");
    let yaml = site.read("content/site.yaml").replace(
        "    base_url: \"https://vanhoa.example.vn\"",
        "    base_url: \"http://vanhoa.example.vn\"\n    hsts: true\n    podcast:\n      email: \"<ttvh at vanhoa>\"",
    );
    site.write("content/site.yaml", &yaml);
    let f = findings(&site);
    let at = |needle: &str| ("content/site.yaml".to_owned(), line_of(&yaml, needle), "config-invalid".to_owned());
    for want in [at("hsts: true"), at("email: \"<ttvh")] {
        assert!(f.iter().any(|(p, l, c, _)| (p.clone(), *l, c.clone()) == want), "{want:?} in {f:?}");
    }
    assert_ne!(site.guong(&["build"]).code, 0, "not built");
    // Over https, with seconds: accepted, and written.
    let yaml = site
        .read("content/site.yaml")
        .replace("http://vanhoa.example.vn", "https://vanhoa.example.vn")
        .replace("hsts: true", "hsts: 600")
        .replace("<ttvh at vanhoa>", "ttvh@vanhoa.example.vn");
    site.write("content/site.yaml", &yaml);
    let r = site.guong(&["build"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let conf = site.read("public/nginx/trung-tam-van-hoa.conf");
    let hsts = conf.matches("add_header Strict-Transport-Security \"max-age=600\" always;").count();
    // Every location that sets headers: the folder, the feeds, the media.
    assert_eq!(hsts, 3, "{conf}");
    assert_eq!(conf.matches("add_header Content-Security-Policy").count(), 3);
    assert!(!site.read("public/nginx/cong-thong-tin.conf").contains("Strict-Transport-Security"));
}

// ---------------------------------------------------------------------------------
// Podcasts

/// The children of `<channel>` of a feed, by tag name with their text and attributes,
/// read by quick-xml (independent of the rss crate that writes them).
#[derive(Default, Debug)]
struct PodcastChannel {
    /// Path (`itunes:owner/itunes:email`) → text.
    text: BTreeMap<String, String>,
    /// Path → its attributes.
    attrs: BTreeMap<String, BTreeMap<String, String>>,
    items: usize,
    enclosures: usize,
}

/// Inside `rss/channel/<tag>`, not in an item.
fn in_channel(path: &[String]) -> bool {
    path.len() >= 3 && path[2] != "item"
}

fn read_channel(xml: &str) -> PodcastChannel {
    use quick_xml::events::Event;
    let mut r = quick_xml::Reader::from_str(xml);
    let mut path: Vec<String> = Vec::new();
    let mut ch = PodcastChannel::default();
    let note = |path: &[String], e: &quick_xml::events::BytesStart, ch: &mut PodcastChannel| {
        let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
        let p = path.get(2..).unwrap_or(&[]).join("/");
        let key = if p.is_empty() { name.clone() } else { format!("{p}/{name}") };
        if path.len() == 2 && name == "item" {
            ch.items += 1;
        }
        if path.len() == 3 && name == "enclosure" {
            ch.enclosures += 1;
        }
        let a: BTreeMap<String, String> = e
            .attributes()
            .map(|a| a.unwrap())
            .map(|a| (String::from_utf8_lossy(a.key.as_ref()).into_owned(), unescaped(&a.value)))
            .collect();
        ch.attrs.entry(key).or_insert(a);
    };
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) => {
                note(&path, &e, &mut ch);
                path.push(String::from_utf8_lossy(e.name().as_ref()).into_owned());
            }
            Event::Empty(e) => note(&path, &e, &mut ch),
            Event::Text(t) if in_channel(&path) => {
                let s = t.decode().unwrap().into_owned();
                ch.text.entry(path[2..].join("/")).or_default().push_str(&s);
            }
            Event::GeneralRef(g) if in_channel(&path) => {
                let s = format!("&{};", String::from_utf8_lossy(&g));
                ch.text.entry(path[2..].join("/")).or_default().push_str(&s);
            }
            Event::End(_) => {
                path.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    ch
}

/// An attribute's value as text.
fn unescaped(raw: &[u8]) -> String {
    quick_xml::escape::unescape(&String::from_utf8_lossy(raw)).unwrap().into_owned()
}

/// Every `podcast.xml` under `dir`, as paths inside it.
fn podcast_feeds(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = files(dir).into_iter().filter(|r| r.ends_with("podcast.xml")).collect();
    v.sort();
    v
}

#[test]
fn podcast_feeds_carry_what_podcast_apps_require_and_only_where_there_are_recordings() {
    let dir = sample_site();
    let yaml_path = dir.path().join("content/site.yaml");
    let yaml = fs::read_to_string(&yaml_path).unwrap();
    fs::write(&yaml_path, after_base_urls(&yaml, &owner)).unwrap();
    let r = guong_in(dir.path(), &["build"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let outlet = dir.path().join("public/trung-tam-van-hoa");
    let base = "https://vanhoa.trieuson.thanhhoa.gov.vn/guong-sang/";
    let feeds = podcast_feeds(&outlet);
    assert!(feeds.len() >= 3 && feeds.contains(&"podcast.xml".to_owned()), "{feeds:?}");
    for rel in &feeds {
        let xml = fs::read_to_string(outlet.join(rel)).unwrap();
        let parsed = feed_rs::parser::parse(xml.as_bytes()).unwrap_or_else(|e| panic!("{rel}: {e}"));
        assert!(!parsed.entries.is_empty(), "{rel}: no empty podcast feed");
        let ch = read_channel(&xml);
        assert_eq!(ch.items, parsed.entries.len(), "{rel}");
        assert_eq!(ch.enclosures, ch.items, "{rel}: every episode has its file");
        let t = |k: &str| ch.text.get(k).map(|s| s.trim().to_owned()).unwrap_or_default();
        assert_eq!(t("language"), "vi", "{rel}");
        assert_eq!(t("itunes:owner/itunes:email"), "kenh1@trieuson.thanhhoa.gov.vn", "{rel}");
        assert_eq!(t("itunes:owner/itunes:name"), "Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện Triệu Sơn");
        assert_eq!(t("itunes:explicit"), "false", "{rel}");
        assert_eq!(ch.attrs["itunes:category"]["text"], "Government", "{rel}");
        let image = &ch.attrs["itunes:image"]["href"];
        assert_eq!(image, &format!("{base}podcast.jpg"), "{rel}");
        assert!(t("title").contains("Người tốt, việc tốt Triệu Sơn"), "{rel}");
    }
    // The cover: a square JPEG within Apple's 1400 to 3000 px, RGB.
    let cover = image::open(outlet.join("podcast.jpg")).expect("a JPEG");
    assert_eq!((cover.width(), cover.height()), (1400, 1400));
    assert!(matches!(cover.color(), image::ColorType::Rgb8));

    // Only the lists with a recording have one; each such list page announces it, and
    // the others announce none.
    let with_audio: Vec<String> = feeds.iter().map(|f| f.trim_end_matches("podcast.xml").to_owned()).collect();
    let sel = scraper::Selector::parse("link[rel=alternate][type='application/rss+xml']").unwrap();
    let announced = |page: &str| -> Vec<String> {
        let html = fs::read_to_string(outlet.join(page)).unwrap();
        let doc = scraper::Html::parse_document(&html);
        doc.select(&sel).filter_map(|e| e.value().attr("href").map(str::to_owned)).collect()
    };
    let mut lists = 0;
    for rel in files(&outlet) {
        let Some(folder) = rel.strip_suffix("index.html") else { continue };
        let is_list = (folder.starts_with("chuyen-muc/") || folder.starts_with("dia-phuong/"))
            && folder.matches('/').count() == 2;
        if !is_list && !folder.is_empty() {
            continue;
        }
        lists += 1;
        let links = announced(&rel);
        let podcast = format!("{base}{folder}podcast.xml");
        let has = with_audio.contains(&folder.to_owned());
        assert_eq!(links.contains(&podcast), has, "{rel}: {links:?}");
        assert!(links.iter().all(|l| l.ends_with("rss.xml") || *l == podcast), "{rel}: {links:?}");
    }
    assert!(lists > 20, "{lists} list pages seen");
    // The follow page lists them all, and so does the OPML file, in a group of its own.
    let follow = fs::read_to_string(outlet.join("theo-doi/index.html")).unwrap();
    let doc = scraper::Html::parse_document(&follow);
    let a = scraper::Selector::parse("#td-podcast ~ ul a").unwrap();
    let listed: Vec<String> = doc.select(&a).filter_map(|e| e.value().attr("href").map(str::to_owned)).collect();
    let want: Vec<String> = feeds.iter().map(|f| format!("{base}{f}")).collect();
    let mut sorted = listed.clone();
    sorted.sort();
    let mut want_sorted = want.clone();
    want_sorted.sort();
    assert_eq!(sorted, want_sorted);
    let opml = fs::read_to_string(outlet.join("theo-doi/nguon-tin.opml")).unwrap();
    let mut in_opml: Vec<String> = Vec::new();
    let mut r = quick_xml::Reader::from_str(&opml);
    loop {
        match r.read_event().unwrap() {
            quick_xml::events::Event::Empty(e) | quick_xml::events::Event::Start(e) => {
                if let Some(u) = e.try_get_attribute("xmlUrl").unwrap() {
                    let u = unescaped(&u.value);
                    if u.ends_with("podcast.xml") {
                        in_opml.push(u);
                    }
                }
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    in_opml.sort();
    assert_eq!(in_opml, want_sorted);
}

#[test]
fn without_an_owners_address_there_is_no_podcast_feed_and_check_says_what_to_add() {
    let dir = sample_site();
    let yaml_path = dir.path().join("content/site.yaml");
    let yaml = fs::read_to_string(&yaml_path).unwrap();
    assert!(yaml.contains("    podcast:\n      email:"), "the sample's outlets have owners");
    fs::write(&yaml_path, without_owners(&yaml)).unwrap();
    let r = guong_in(dir.path(), &["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let list = v.as_array().or_else(|| v["findings"].as_array()).unwrap().clone();
    let story = "content/stories/2024/chi-le-thi-hoa-va-mo-hinh-dua-luoi-nha-mang.md";
    let text = fs::read_to_string(dir.path().join(story)).unwrap();
    let f = list.iter().find(|f| f["code"] == "podcast-owner").unwrap_or_else(|| panic!("{}", r.stdout));
    assert_eq!((f["path"].as_str().unwrap(), f["line"].as_u64().unwrap()), (story, line_of(&text, "audio:")));
    assert_eq!(f["severity"], "warning");
    let human = guong_in(dir.path(), &["check"]);
    assert!(human.stdout.contains("podcast") && human.stdout.contains("email"), "{}", human.stdout);
    let r = guong_in(dir.path(), &["build"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for id in crate::nginx::OUTLETS {
        let out = dir.path().join("public").join(id);
        assert_eq!(podcast_feeds(&out), Vec::<String>::new(), "{id}");
        assert!(!out.join("podcast.jpg").exists(), "{id}");
        let home = fs::read_to_string(out.join("index.html")).unwrap();
        assert!(!home.contains("podcast.xml"), "{id}: no link to a feed that is not there");
    }
    // With the address, the warning is gone.
    fs::write(&yaml_path, after_base_urls(&yaml, &owner)).unwrap();
    let r = guong_in(dir.path(), &["check", "--format", "json"]);
    assert!(!r.stdout.contains("podcast-owner"), "{}", r.stdout);
}
