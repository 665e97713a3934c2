//! Video players from allowed hosts. The sanitiser never lets `<iframe>` through: an
//! allowed one is swapped for a token before sanitising and rebuilt afterwards from its
//! `src` alone, so nothing written inside or around it survives.

use regex::Regex;
use std::sync::OnceLock;

fn open_tag() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r#"(?is)<iframe\b[^>]*>"#).expect("built-in pattern"))
}

/// Replaces each allowed `<iframe …>` opening tag in raw HTML by a token; returns the
/// players to put back after sanitising. Anything else is left to the sanitiser.
pub(crate) fn lift(html: &str, hosts: &[String], token: &str, players: &mut Vec<String>) -> String {
    if hosts.is_empty() {
        return html.to_owned();
    }
    open_tag()
        .replace_all(html, |c: &regex::Captures| match crate::text::html::allowed_src(&c[0], hosts) {
            Some(src) => {
                let esc = crate::text::html::escape_html;
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
pub(crate) fn restore(html: &str, token: &str, players: &[String]) -> String {
    let mut out = html.to_owned();
    for (i, p) in players.iter().enumerate() {
        out = out.replace(&format!("{token}{i}{token}"), p);
    }
    out
}
