#!/usr/bin/env python3
"""The longest functions of src/ (non-test code), in lines from `fn` to its closing brace.

    python3 benches/fn_lengths.py [N]      # the N longest (default 15)

Braces inside string and char literals and comments are skipped; items under
`#[cfg(test)]` are left out. A measuring aid for the README's architecture figures.
"""
import os
import re
import sys

FN = re.compile(r"^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)")


def code_only(text):
    """The text with string/char literals and comments blanked (newlines kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c == "r" and re.match(r'r(#*)"', text[i:]):
            hashes = re.match(r'r(#*)"', text[i:]).group(1)
            end = '"' + hashes
            j = text.find(end, i + 2 + len(hashes))
            j = n if j < 0 else j + len(end)
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(re.sub(r"[^\n]", " ", text[i:j + 1])); i = j + 1
        elif c == "'" and re.match(r"'(\\.|[^\\'])'", text[i:i + 4] + "  ") or text.startswith("'\\u{", i):
            m = re.match(r"'(\\u\{[0-9a-fA-F]+\}|\\.|[^\\'])'", text[i:])
            if m:
                out.append(" " * len(m.group(0))); i += len(m.group(0))
            else:
                out.append(c); i += 1
        else:
            out.append(c); i += 1
    return "".join(out)


def functions(path):
    text = code_only(open(path, encoding="utf-8").read())
    lines = text.split("\n")
    skip_until = -1
    found = []
    depth_at = []
    for no, line in enumerate(lines):
        if no <= skip_until:
            continue
        if line.strip().startswith("#[cfg(test)]"):
            # skip the next item whole
            k, depth, started = no + 1, 0, False
            while k < len(lines):
                depth += lines[k].count("{") - lines[k].count("}")
                started = started or "{" in lines[k]
                if (started and depth <= 0) or (not started and lines[k].rstrip().endswith(";")):
                    break
                k += 1
            skip_until = k
            continue
        m = FN.match(line)
        if not m:
            continue
        depth, started, k = 0, False, no
        while k < len(lines):
            l = lines[k]
            if not started and ";" in l and "{" not in l:
                break  # a declaration without a body
            depth += l.count("{") - l.count("}")
            started = started or "{" in l
            if started and depth <= 0:
                found.append((k - no + 1, m.group(6), path, no + 1))
                break
            k += 1
    return found


def main():
    top = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
    all_fns = []
    for d, _, files in os.walk(root):
        for f in files:
            if f.endswith(".rs"):
                all_fns += functions(os.path.join(d, f))
    all_fns.sort(reverse=True)
    for n, name, path, line in all_fns[:top]:
        print(f"{n:5} {os.path.relpath(path, os.path.join(root, '..'))}:{line} {name}")
    print(f"functions: {len(all_fns)}, over 80 lines: {sum(1 for f in all_fns if f[0] > 80)}")


if __name__ == "__main__":
    main()
