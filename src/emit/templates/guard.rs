//! A theme is code that runs in every build: these bounds keep a broken or hostile one
//! from hanging the build, exhausting memory or the stack, or reading the environment.
//! Macros and includes that call themselves (directly or in a cycle) are refused before
//! rendering; `range` is bounded; `get_env` is off; a page's output has a size budget.

use super::{MAX_PAGE_BYTES, MAX_RANGE, error};
use crate::diagnostic::{Diagnostic, Pos};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use tera::{Tera, Value};

/// `get_env` publishes the build's environment (tokens in CI); `range` is bounded.
pub(super) fn restrict(tera: &mut Tera) {
    tera.register_function("get_env", |_: &HashMap<String, Value>| -> tera::Result<Value> {
        Err(tera::Error::msg("get_env bị tắt trong guong / get_env is disabled in guong"))
    });
    tera.register_function("range", bounded_range);
}

fn bounded_range(args: &HashMap<String, Value>) -> tera::Result<Value> {
    let num = |k: &str, default: i64| -> tera::Result<i64> {
        match args.get(k) {
            None => Ok(default),
            Some(v) => v.as_i64().ok_or_else(|| tera::Error::msg(format!("range: `{k}` must be an integer"))),
        }
    };
    let (start, end, step) = (num("start", 0)?, num("end", 0)?, num("step_by", 1)?);
    if step <= 0 {
        return Err(tera::Error::msg("range: `step_by` must be above 0"));
    }
    let len = if end > start { ((end - start - 1) / step + 1) as u64 } else { 0 };
    if len > MAX_RANGE as u64 {
        return Err(tera::Error::msg(format!("range: {len} numbers, more than the limit of {MAX_RANGE}")));
    }
    if !super::watch::take_range(len) {
        return Err(tera::Error::msg(format!(
            "range: hơn {} số cho một trang (các vòng lặp lồng nhau?) / more than {} numbers for one page (nested loops?)",
            super::watch::PAGE_RANGE_TOTAL,
            super::watch::PAGE_RANGE_TOTAL
        )));
    }
    Ok(Value::Array((0..len as i64).map(|i| Value::from(start + i * step)).collect()))
}

/// A writer that refuses to grow past the page budget: a runaway loop ends in an error,
/// not in an exhausted memory.
pub(crate) struct Budget<'a> {
    pub out: &'a mut Vec<u8>,
}

impl std::io::Write for Budget<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.out.len() + buf.len() > MAX_PAGE_BYTES {
            return Err(std::io::Error::other(format!(
                "trang vượt quá {} MB / the page is over {} MB",
                MAX_PAGE_BYTES >> 20,
                MAX_PAGE_BYTES >> 20
            )));
        }
        self.out.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn tag_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r#"\{%-?\s*(?:macro\s+(?P<def>\w+)\s*\(|(?P<end>endmacro)\b|import\s+"(?P<imp>[^"]+)"\s+as\s+(?P<ns>\w+)|include\s+"(?P<inc>[^"]+)")|(?P<cns>\w+)::(?P<cm>\w+)\s*\("#,
        )
        .expect("built-in pattern")
    })
}

/// A place in a theme that can call another: a file's top level or one of its macros.
type Node = (String, Option<String>);

/// Finds a cycle of macro calls and includes; the finding names the file and line.
pub(super) fn recursion(files: &[(String, String, String)]) -> Option<Diagnostic> {
    let mut edges: HashMap<Node, Vec<(Node, usize)>> = HashMap::new();
    for (name, text, _) in files {
        let mut namespaces: HashMap<&str, &str> = HashMap::new();
        namespaces.insert("self", name);
        for c in tag_re().captures_iter(text) {
            if let (Some(ns), Some(imp)) = (c.name("ns"), c.name("imp")) {
                namespaces.insert(ns.as_str(), imp.as_str());
            }
        }
        let mut current: Option<String> = None;
        // Lines counted from the last tag on, not from the start for each tag.
        let (mut line, mut seen) = (1, 0);
        for c in tag_re().captures_iter(text) {
            let at = c.get(0).map_or(seen, |m| m.start());
            line += text[seen..at].matches('\n').count();
            seen = at;
            let from: Node = (name.clone(), current.clone());
            if let Some(d) = c.name("def") {
                current = Some(d.as_str().to_owned());
            } else if c.name("end").is_some() {
                current = None;
            } else if let Some(inc) = c.name("inc") {
                edges.entry(from).or_default().push(((inc.as_str().to_owned(), None), line));
            } else if let (Some(ns), Some(m)) = (c.name("cns"), c.name("cm"))
                && let Some(file) = namespaces.get(ns.as_str())
            {
                edges.entry(from).or_default().push((((*file).to_owned(), Some(m.as_str().to_owned())), line));
            }
        }
    }
    let mut done = HashSet::new();
    let mut nodes: Vec<&Node> = edges.keys().collect();
    nodes.sort();
    for start in nodes {
        let mut path = Vec::new();
        if let Some((node, line)) = cycle(start, &edges, &mut path, &mut done) {
            let what = match node.1.as_deref() {
                Some(m) => format!("macro `{m}` ({})", node.0),
                None => format!("`{}`", node.0),
            };
            let shown = files.iter().find(|f| f.0 == node.0).map_or(node.0.as_str(), |f| f.2.as_str());
            let mut d = error(shown, crate::diagnostic::msg!("theme.recursion", what));
            d.pos = Pos::new(line, 1);
            return Some(d);
        }
    }
    None
}

/// Depth-first search; returns the node where a cycle closes and the line of the call.
fn cycle<'a>(
    node: &'a Node,
    edges: &'a HashMap<Node, Vec<(Node, usize)>>,
    path: &mut Vec<&'a Node>,
    done: &mut HashSet<&'a Node>,
) -> Option<(&'a Node, usize)> {
    if done.contains(node) {
        return None;
    }
    path.push(node);
    for (next, line) in edges.get(node).map(Vec::as_slice).unwrap_or(&[]) {
        if path.contains(&next) {
            return Some((node, *line));
        }
        let next = edges.get_key_value(next).map(|(k, _)| k);
        if let Some(next) = next
            && let Some(found) = cycle(next, edges, path, done)
        {
            return Some(found);
        }
    }
    path.pop();
    done.insert(node);
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> Vec<(String, String, String)> {
        list.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned(), format!("themes/t/templates/{a}"))).collect()
    }

    #[test]
    fn a_macro_calling_itself_is_refused() {
        let f = files(&[("m.html", "{% macro a(n) %}\n{{ self::a(n=n) }}\n{% endmacro a %}")]);
        let d = recursion(&f).expect("a cycle");
        assert_eq!(d.pos, Pos::new(2, 1));
    }

    #[test]
    fn a_cycle_through_an_import_or_include_is_refused() {
        let f = files(&[
            ("a.html", "{% import \"b.html\" as b %}{% macro x() %}{{ b::y() }}{% endmacro %}"),
            ("b.html", "{% import \"a.html\" as a %}{% macro y() %}{{ a::x() }}{% endmacro %}"),
        ]);
        assert!(recursion(&f).is_some());
        assert!(recursion(&files(&[("p.html", "{% include \"p.html\" %}")])).is_some());
    }

    #[test]
    fn macros_calling_other_macros_are_fine() {
        let f = files(&[
            (
                "m.html",
                "{% macro card(c) %}{{ self::badge(c=c) }}{% endmacro card %}{% macro badge(c) %}x{% endmacro %}",
            ),
            ("home.html", "{% import \"m.html\" as m %}{{ m::card(c=1) }}{% include \"m.html\" %}"),
        ]);
        assert!(recursion(&f).is_none());
    }

    #[test]
    fn range_is_bounded_and_get_env_is_off() {
        let mut t = Tera::default();
        restrict(&mut t);
        t.add_raw_template("a", "{% for i in range(end=3) %}{{ i }}{% endfor %}").unwrap();
        t.add_raw_template("b", "{% for i in range(end=100000000) %}{{ i }}{% endfor %}").unwrap();
        t.add_raw_template("c", "{{ get_env(name=\"HOME\") }}").unwrap();
        let ctx = tera::Context::new();
        assert_eq!(t.render("a", &ctx).unwrap(), "012");
        assert!(t.render("b", &ctx).is_err());
        assert!(t.render("c", &ctx).is_err());
        // Nested loops, each range under its own limit: the page's total is bounded.
        t.add_raw_template(
            "d",
            "{% for i in range(end=10000) %}{% for j in range(end=10000) %}{% endfor %}{% endfor %}",
        )
        .unwrap();
        let r = super::super::watch::watched("t", "/d/", || t.render("d", &ctx));
        assert!(crate::error::chain(&r.unwrap_err()).contains("1000000"));
    }

    #[test]
    fn the_page_budget_stops_a_runaway_page() {
        use std::io::Write;
        let mut v = Vec::new();
        let mut b = Budget { out: &mut v };
        assert!(b.write_all(&vec![b'x'; MAX_PAGE_BYTES]).is_ok());
        assert!(b.write_all(b"y").is_err());
    }
}
