#!/usr/bin/env python3
"""Template duplication between the two themes (issue 34).

How it counts: for every template a theme has (themes/<t>/templates/*.html), its lines are
normalized (leading/trailing blanks stripped, blank lines dropped); the file is matched
against the other theme's file of the same name with difflib's matching blocks
(SequenceMatcher on the line lists, autojunk off). A line counts as duplicated when it is in
a matching block. The share is duplicated lines / all lines, per theme and for both
themes together ((matched lines of A + of B) / (lines of A + lines of B)). A file only one
theme has counts fully as its own (0 duplicated lines).

Usage: python3 benches/theme_dup.py [themes-dir] [theme-a] [theme-b]
"""
import difflib
import pathlib
import sys


def lines(path):
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "themes")
    a_name = sys.argv[2] if len(sys.argv) > 2 else "cong-thong-tin"
    b_name = sys.argv[3] if len(sys.argv) > 3 else "trung-tam-van-hoa"
    a_dir, b_dir = root / a_name / "templates", root / b_name / "templates"
    names = sorted({p.name for p in a_dir.glob("*.html")} | {p.name for p in b_dir.glob("*.html")})
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
