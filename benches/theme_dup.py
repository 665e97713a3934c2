#!/usr/bin/env python3
"""Template duplication between the two themes (issue 34).

How it counts: for every template a theme has (themes/<t>/templates/*.html), its lines are
normalized (leading/trailing blanks stripped, blank lines dropped); the file is matched
against the other theme's file of the same name with difflib's matching blocks
(SequenceMatcher on the line lists, autojunk off). A line counts as duplicated when it is in
a matching block. The share is duplicated lines / all lines, per theme and for both
themes together ((matched lines of A + of B) / (lines of A + lines of B)). A file only one
theme has counts fully as its own (0 duplicated lines).

Since issue 34 the base theme (src/emit/templates/base/, in the binary) gives every page a
theme does not write; a theme's pages that remain are compared with the base theme's pages
of the same name too (`--base`), since those lines are what a theme copies from the base.

Usage: python3 benches/theme_dup.py [themes-dir] [theme-a] [theme-b]
       python3 benches/theme_dup.py --base [themes-dir] [theme]   (a theme against the base)
"""
import difflib
import pathlib
import sys


def lines(path):
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def main():
    args = sys.argv[1:]
    base = bool(args) and args[0] == "--base"
    if base:
        args = args[1:]
    root = pathlib.Path(args[0] if args else "themes")
    a_name = args[1] if len(args) > 1 else "cong-thong-tin"
    b_name = "base" if base else (args[2] if len(args) > 2 else "trung-tam-van-hoa")
    a_dir = root / a_name / "templates"
    b_dir = root.parent / "src/emit/templates/base" if base else root / b_name / "templates"
    names = sorted({p.name for p in a_dir.glob("*.html")} | (set() if base else {p.name for p in b_dir.glob("*.html")}))
    tot_a = tot_b = same = 0
    print(f"{'file':<16}{a_name:>16}{b_name:>20}{'same':>8}")
    for n in names:
        la = lines(a_dir / n) if (a_dir / n).exists() else []
        lb = lines(b_dir / n) if (b_dir / n).exists() else []
        m = sum(b.size for b in difflib.SequenceMatcher(None, la, lb, autojunk=False).get_matching_blocks())
        tot_a, tot_b, same = tot_a + len(la), tot_b + len(lb), same + m
        print(f"{n:<16}{len(la):>16}{len(lb):>20}{m:>8}")
    share = lambda m, t: 100.0 * m / t if t else 0.0
    print(f"{'total':<16}{tot_a:>16}{tot_b:>20}{same:>8}")
    print(f"{a_name}: {share(same, tot_a):.1f}% of its lines are also in {b_name}")
    print(f"{b_name}: {share(same, tot_b):.1f}% of its lines are also in {a_name}")
    print(f"duplication (both): {share(2 * same, tot_a + tot_b):.1f}%")


if __name__ == "__main__":
    main()
