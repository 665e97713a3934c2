//! The catalogue's tests: every id used in `src/` is in it, every placeholder is filled, every
//! entry is used and has both languages.

use super::*;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use std::collections::{BTreeMap, BTreeSet};
use syn::parse::Parser;

/// One `msg!` call found in `src/`: its id and the names it fills.
struct Call {
    at: String,
    id: String,
    names: BTreeSet<String>,
}

/// `"id", name = value, other` as written inside `msg!(…)`.
fn parse_call(tokens: TokenStream) -> syn::Result<(String, Vec<String>)> {
    let parser = |input: syn::parse::ParseStream| {
        let id: syn::LitStr = input.parse()?;
        let mut names = Vec::new();
        while !input.is_empty() {
            input.parse::<syn::Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let name: syn::Ident = input.parse()?;
            if input.peek(syn::Token![=]) {
                input.parse::<syn::Token![=]>()?;
                input.parse::<syn::Expr>()?;
            }
            names.push(name.to_string());
        }
        Ok((id.value(), names))
    };
    parser.parse2(tokens)
}

/// Every `msg!(…)` in a token stream, nested ones included.
fn calls_in(tokens: TokenStream, file: &str, out: &mut Vec<Call>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        let TokenTree::Group(group) = tree else { continue };
        let is_msg = i >= 2
            && matches!(&trees[i - 2], TokenTree::Ident(m) if m == "msg")
            && matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == '!')
            && group.delimiter() == Delimiter::Parenthesis;
        if is_msg {
            let (id, names) = parse_call(group.stream()).unwrap_or_else(|e| panic!("{file}: bad msg! call: {e}"));
            out.push(Call { at: file.to_owned(), id, names: names.into_iter().collect() });
        }
        calls_in(group.stream(), file, out);
    }
}

fn calls() -> Vec<Call> {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&src).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "rs") && !entry.path().ends_with("messages.rs") {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let tokens: TokenStream = text.parse().unwrap();
            calls_in(tokens, &entry.path().display().to_string(), &mut out);
        }
    }
    out
}

fn names_of(template: &str) -> BTreeSet<String> {
    placeholders(template).into_iter().map(str::to_owned).collect()
}

#[test]
fn the_catalogue_parses_and_has_codes_and_messages() {
    assert!(catalogue().codes.len() > 50);
    assert!(catalogue().messages.len() > 100);
}

#[test]
fn every_entry_has_both_languages_with_the_same_placeholders() {
    for (id, entry) in &catalogue().messages {
        assert!(!entry.vi.trim().is_empty() && !entry.en.trim().is_empty(), "`{id}` lacks a language");
        let differ: BTreeSet<String> =
            names_of(&entry.vi).symmetric_difference(&names_of(&entry.en)).cloned().collect();
        let declared: BTreeSet<String> = entry.one_language.iter().cloned().collect();
        assert_eq!(differ, declared, "`{id}`: placeholders differ between vi and en (list them in one_language)");
    }
}

#[test]
fn every_call_names_an_entry_and_fills_exactly_its_placeholders() {
    let calls = calls();
    assert!(calls.len() > 100, "only {} msg! calls found", calls.len());
    for call in &calls {
        let entry = catalogue()
            .messages
            .get(&call.id)
            .unwrap_or_else(|| panic!("{}: `{}` is not in messages.yaml", call.at, call.id));
        let wanted: BTreeSet<String> = names_of(&entry.vi).union(&names_of(&entry.en)).cloned().collect();
        assert_eq!(wanted, call.names, "{}: `{}` is filled with other names", call.at, call.id);
    }
}

#[test]
fn no_entry_is_unused() {
    let used: BTreeSet<String> = calls().into_iter().map(|c| c.id).collect();
    let unused: Vec<&String> = catalogue().messages.keys().filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "entries no code uses: {unused:?}");
}

#[test]
fn ids_are_lower_case_dotted_words() {
    let ok = regex::Regex::new(r"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$").unwrap();
    let bad: BTreeMap<&String, ()> =
        catalogue().messages.keys().filter(|id| !ok.is_match(id)).map(|id| (id, ())).collect();
    assert!(bad.is_empty(), "ids not of the form `file.what`: {:?}", bad.keys());
}

#[test]
fn placeholders_are_filled_per_language_and_other_braces_kept() {
    assert_eq!(placeholders("a {x} b {y_2} {Z} { w } {{ page }}"), ["x", "y_2"]);
    let args = [("x", Arg::Same("1".into())), ("y", Arg::Each(Text::new("một", "one")))];
    assert_eq!(fill("{x}/{y} {% if %} {Z}", &args, Lang::Vi), "1/một {% if %} {Z}");
    assert_eq!(fill("{x}/{y}", &args, Lang::En), "1/one");
    // Plural choices (English): by the value, and a placeholder as any other.
    assert_eq!(placeholders("{x} {x:story|stories} {a:b}"), ["x", "x"]);
    let two = [("x", Arg::Same("2".into()))];
    assert_eq!(fill("{x} {x:story|stories}", &args, Lang::En), "1 story");
    assert_eq!(fill("{x} {x:story|stories}", &two, Lang::En), "2 stories");
    assert_eq!(fill("{x} {x:story}", &two, Lang::En), "2 {x:story}");
}

#[test]
fn msg_makes_a_text_from_the_catalogue() {
    let s = "x-y";
    let made = msg!("common.did-you-mean", id = s);
    assert_eq!(made, Text::new("có phải `x-y`?", "did you mean `x-y`?"));
    let named = msg!("common.did-you-mean", id = format!("{}", 7));
    assert_eq!(named.en, "did you mean `7`?");
}
