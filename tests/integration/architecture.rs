//! The layering the compiler cannot see: `src/` reads as the pipeline, and imports
//! between top-level modules run down it, never back (no import loop of any length).

use crate::support::repo;
use std::collections::{BTreeMap, BTreeSet};

/// Top-level modules, lowest first; a module may import from its own layer's or lower
/// ones (never higher), and the graph must have no cycle.
const LAYERS: &[&[&str]] = &[
    &["text", "diagnostic", "yaml", "suggest", "error", "cli", "kept"],
    &["model"],
    &["load"],
    &["images", "audio"],
    &["validate"],
    &["project", "render"],
    &["assemble"],
    &["report"],
    &["emit"],
    &["site"],
    &["commands", "serve"],
];

fn layer(m: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| l.contains(&m))
        .unwrap_or_else(|| panic!("module `{m}` is in no layer of tests/integration/architecture.rs"))
}

/// module → the top-level modules its non-test code names as `crate::x`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = repo().join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for e in walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
    {
        let rel = e.path().strip_prefix(&src).unwrap();
        let top = rel.components().next().unwrap().as_os_str().to_string_lossy().trim_end_matches(".rs").to_owned();
        if top == "main" || top == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(e.path()).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let entry = graph.entry(top.clone()).or_default();
        for (i, _) in code.match_indices("crate::") {
            let name: String = code[i + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if name != top && !name.is_empty() {
                entry.insert(name);
            }
        }
    }
    graph
}

#[test]
fn imports_run_down_the_pipeline() {
    let graph = imports();
    let mut wrong = Vec::new();
    for (m, deps) in &graph {
        for d in deps {
            if layer(d) > layer(m) {
                wrong.push(format!("{m} → {d}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports up the pipeline: {wrong:?}");
}

#[test]
fn there_is_no_import_loop_between_top_level_modules() {
    let graph = imports();
    // Depth-first search with colours: a grey node met again closes a loop.
    fn visit<'a>(
        m: &'a str,
        g: &'a BTreeMap<String, BTreeSet<String>>,
        grey: &mut Vec<&'a str>,
        black: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if black.contains(m) {
            return None;
        }
        if let Some(at) = grey.iter().position(|x| *x == m) {
            return Some(grey[at..].iter().map(|s| (*s).to_owned()).chain([m.to_owned()]).collect());
        }
        grey.push(m);
        for d in g.get(m).into_iter().flatten() {
            if let Some(cycle) = visit(d, g, grey, black) {
                return Some(cycle);
            }
        }
        grey.pop();
        black.insert(m);
        None
    }
    let mut black = BTreeSet::new();
    for m in graph.keys() {
        let cycle = visit(m, &graph, &mut Vec::new(), &mut black);
        assert!(cycle.is_none(), "import loop: {}", cycle.unwrap_or_default().join(" → "));
    }
    assert!(graph.len() >= 15, "the scan found the modules: {:?}", graph.keys());
}
