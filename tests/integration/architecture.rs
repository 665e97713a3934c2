//! The layering the compiler cannot see: `src/` reads as the pipeline, and imports
//! between top-level modules run down it, never back (no import loop of any length).

use crate::support::repo;
use std::collections::{BTreeMap, BTreeSet};

/// Top-level modules, lowest first; a module may import from its own layer's or lower
/// ones (never higher), and the graph must have no cycle.
const LAYERS: &[&[&str]] = &[
    &["text", "diagnostic", "yaml", "suggest", "error", "cli", "kept", "console"],
    &["model"],
    &["load"],
    &["images", "audio"],
    &["validate"],
    &["render"],
    &["assemble"],
    &["report"],
    &["emit"],
    &["site", "project"],
    &["commands", "serve"],
];

fn layer(m: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| l.contains(&m))
        .unwrap_or_else(|| panic!("module `{m}` is in no layer of tests/integration/architecture.rs"))
}

/// The top-level modules a file's non-test code names as `crate::x` (in paths, `use`
/// trees and macro arguments). Items under `#[cfg(test)]` are left out wherever they
/// are, and only they: the file is parsed (syn), not cut at its first test module.
fn names_in(text: &str) -> BTreeSet<String> {
    use syn::visit::Visit;
    struct Names(BTreeSet<String>);
    fn is_test(attrs: &[syn::Attribute]) -> bool {
        attrs.iter().any(|a| a.path().is_ident("cfg") && a.meta.to_token_stream().to_string().contains("test"))
    }
    impl Names {
        fn in_tokens(&mut self, tokens: &proc_macro2::TokenStream) {
            let text = tokens.to_string();
            for (i, _) in text.match_indices("crate ::") {
                let name: String =
                    text[i + 8..].trim_start().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                self.0.insert(name);
            }
        }
    }
    impl<'a> Visit<'a> for Names {
        fn visit_item(&mut self, i: &'a syn::Item) {
            let attrs = match i {
                syn::Item::Mod(m) => &m.attrs,
                syn::Item::Fn(f) => &f.attrs,
                syn::Item::Impl(x) => &x.attrs,
                syn::Item::Use(u) => &u.attrs,
                syn::Item::Struct(x) => &x.attrs,
                syn::Item::Enum(x) => &x.attrs,
                syn::Item::Const(x) => &x.attrs,
                syn::Item::Static(x) => &x.attrs,
                syn::Item::Macro(x) => &x.attrs,
                _ => return syn::visit::visit_item(self, i),
            };
            if !is_test(attrs) {
                syn::visit::visit_item(self, i);
            }
        }
        fn visit_impl_item_fn(&mut self, f: &'a syn::ImplItemFn) {
            if !is_test(&f.attrs) {
                syn::visit::visit_impl_item_fn(self, f);
            }
        }
        fn visit_path(&mut self, p: &'a syn::Path) {
            let mut segs = p.segments.iter();
            if segs.next().is_some_and(|s| s.ident == "crate")
                && let Some(s) = segs.next()
            {
                self.0.insert(s.ident.to_string());
            }
            syn::visit::visit_path(self, p);
        }
        fn visit_item_use(&mut self, u: &'a syn::ItemUse) {
            if let syn::UseTree::Path(p) = &u.tree
                && p.ident == "crate"
            {
                let mut firsts = vec![&*p.tree];
                while let Some(t) = firsts.pop() {
                    match t {
                        syn::UseTree::Path(x) => {
                            self.0.insert(x.ident.to_string());
                        }
                        syn::UseTree::Name(x) => {
                            self.0.insert(x.ident.to_string());
                        }
                        syn::UseTree::Rename(x) => {
                            self.0.insert(x.ident.to_string());
                        }
                        syn::UseTree::Group(g) => firsts.extend(g.items.iter()),
                        syn::UseTree::Glob(_) => {}
                    }
                }
            }
        }
        fn visit_macro(&mut self, m: &'a syn::Macro) {
            self.in_tokens(&m.tokens);
            syn::visit::visit_macro(self, m);
        }
    }
    use quote::ToTokens;
    let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{e}"));
    let mut names = Names(BTreeSet::new());
    names.visit_file(&file);
    names.0.retain(|n| !n.is_empty() && n != "self" && n != "super");
    names.0
}

/// module → the top-level modules its non-test code names.
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
        let entry = graph.entry(top.clone()).or_default();
        entry.extend(names_in(&text).into_iter().filter(|n| *n != top));
    }
    graph
}

#[test]
fn test_items_are_left_out_and_only_they() {
    let text = "use crate::{model::X, load};\n#[cfg(test)]\nmod tests { use crate::serve; }\n\
                fn f() { let _ = crate::report::x(); }\n#[cfg(test)]\nfn g() { crate::site::y(); }\n\
                fn h() { format!(\"{}\", crate::emit::z()); }\n";
    let names: Vec<String> = names_in(text).into_iter().collect();
    assert_eq!(names, ["emit", "load", "model", "report"]);
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

/// Every module says what it is for: each file of `src/` starts with its `//!` comment
/// (rustc's `missing_docs` covers only the few public items; this covers the modules).
#[test]
fn every_module_starts_with_its_documentation() {
    let src = repo().join("src");
    let missing: Vec<String> = walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .filter(|e| !std::fs::read_to_string(e.path()).unwrap().starts_with("//!"))
        .map(|e| e.path().strip_prefix(&src).unwrap().display().to_string())
        .collect();
    assert!(missing.is_empty(), "files of src/ without a `//!` comment first: {missing:?}");
}
