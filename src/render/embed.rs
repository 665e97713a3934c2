//! Video players from allowed hosts. The sanitiser never lets `<iframe>` through: an
//! allowed one is swapped for a token before sanitising and rebuilt afterwards from its
//! `src` alone, so nothing written inside or around it survives.

use regex::Regex;
use std::sync::OnceLock;

fn open_tag() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r#"(?is)<iframe\b[^>]*>"#).expect("built-in pattern"))
}

fn src_attr() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r#"(?is)\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"#).expect("built-in pattern"))
}

/// The iframe's address if it is `https://` on one of `hosts`.
pub fn allowed_src(tag: &str, hosts: &[String]) -> Option<String> {
    let c = src_attr().captures(tag)?;
    let src = c.get(1).or(c.get(2)).or(c.get(3))?.as_str();
    let host = src.strip_prefix("https://")?.split(['/', '?', '#', ':']).next()?;
    hosts.iter().any(|h| h == host).then(|| src.to_owned())
}

/// Replaces each allowed `<iframe …>` opening tag in raw HTML by a token; returns the
/// players to put back after sanitising. Anything else is left to the sanitiser.
pub fn lift(html: &str, hosts: &[String], token: &str, players: &mut Vec<String>) -> String {
    if hosts.is_empty() {
        return html.to_owned();
    }
    open_tag()
        .replace_all(html, |c: &regex::Captures| match allowed_src(&c[0], hosts) {
            Some(src) => {
                let esc = crate::emit::templates::escape_html;
                players.push(format!(
                    "<iframe src=\"{}\" title=\"Video\" width=\"560\" height=\"315\" loading=\"lazy\" allowfullscreen></iframe>",
                    esc(&src)
                ));
                format!("{token}{}{token}", players.len() - 1)
            }
            None => c[0].to_owned(),
        })
        .into_owned()
}

/// Puts the players back in place of their tokens.
pub fn restore(html: &str, token: &str, players: &[String]) -> String {
    let mut out = html.to_owned();
    for (i, p) in players.iter().enumerate() {
        out = out.replace(&format!("{token}{i}{token}"), p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_on_allowed_hosts() {
        let hosts = vec!["www.youtube.com".to_owned()];
        assert_eq!(allowed_src("<iframe src=\"https://www.youtube.com/embed/x\">", &hosts).as_deref(), Some("https://www.youtube.com/embed/x"));
        assert_eq!(allowed_src("<iframe src='http://www.youtube.com/embed/x'>", &hosts), None);
        assert_eq!(allowed_src("<iframe src=\"https://www.youtube.com.evil.example/x\">", &hosts), None);
        assert_eq!(allowed_src("<iframe title=\"a\">", &hosts), None);
    }
}
