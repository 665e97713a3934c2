#!/usr/bin/env python3
"""Reports the size of an outlet's search index, and what a reader's browser downloads
to answer a few queries.

  python3 benches/search.py OUTLET_DIR [QUERY …]
  e.g. target/release/guong build --root /tmp/guong-bench/10000/guong --out /tmp/out --outlet cong-thong-tin
       python3 benches/search.py /tmp/out/cong-thong-tin

Default queries: "đường", "duong", "hop tac xa", "nông thôn mới", "giao vien".

It reads the chunked index under OUTLET_DIR/tim-kiem/:
  tim-kiem.js                the search script, always loaded
  chi-muc/meta.json          {"shards": S, "docs_per_chunk": D, "docs": N}
  chi-muc/tu-<c>.json        the vocabulary of folded terms beginning with c
  chi-muc/t-<h>.json         postings shard h: {"<folded term>": [[variant, [doc id
                             deltas], [weights]], …]}, h = FNV-1a 32 (UTF-8) % S
  chi-muc/d-<k>.json         metadata of docs k·D … k·D + D − 1
Folding: lower case, NFD, combining marks U+0300–U+036F removed, đ → d.

Per query, the files are: the script, meta.json (the script needs S to find a shard;
counted here in case it is not built into the script), the vocabulary file of the last
term's first letter, one shard per distinct term, and the doc chunks of the first 10
results. The results are read from the shards: each term's docs (all its variants: the
search ignores tone marks), intersected, the 10 lowest ids. Where a shard cannot be read,
the results are taken to be docs 0–9 (chunk 0).

Sizes are given raw and gzipped: the `.gz` file beside each file when there is one (what
a server with gzip_static sends), else the file compressed at level 6 here."""
import gzip, json, os, re, sys, unicodedata

DEFAULT_QUERIES = ["đường", "duong", "hop tac xa", "nông thôn mới", "giao vien"]
RESULTS = 10


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if not "\u0300" <= c <= "\u036f")
    return s.replace("đ", "d")


def terms_of(query):
    """The query's folded terms, in order, without repeats."""
    out = []
    for t in re.findall(r"\w+", fold(query)):
        if t not in out:
            out.append(t)
    return out


def fnv1a32(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def index_dir(outlet_dir):
    return os.path.join(outlet_dir, "tim-kiem", "chi-muc")


def read_meta(outlet_dir):
    with open(os.path.join(index_dir(outlet_dir), "meta.json"), encoding="utf-8") as f:
        return json.load(f)


def read_bytes(path):
    """A file's content, from the file or else from its `.gz` copy; None if neither."""
    if os.path.isfile(path):
        with open(path, "rb") as f:
            return f.read()
    if os.path.isfile(path + ".gz"):
        with open(path + ".gz", "rb") as f:
            return gzip.decompress(f.read())
    return None


def sizes(path, _cache={}):
    """(raw bytes, gzipped bytes) of a file, or None if it does not exist."""
    if path not in _cache:
        data = read_bytes(path)
        if data is None:
            _cache[path] = None
        else:
            gz = path + ".gz"
            packed = os.path.getsize(gz) if os.path.isfile(gz) else len(gzip.compress(data, compresslevel=6, mtime=0))
            _cache[path] = (len(data), packed)
    return _cache[path]


def docs_of(shard, term):
    """The ascending doc ids of a folded term in a decoded shard (every variant)."""
    ids = set()
    for entry in shard.get(term, []):
        doc = 0
        for k, delta in enumerate(entry[1]):
            doc = delta if k == 0 else doc + delta
            ids.add(doc)
    return ids


def files_for_query(outlet_dir, query):
    """The files (paths) a browser fetches to answer `query`, in the order it needs them,
    and what is known of the results: (files, matches), matches being the number of docs
    found, or None where a shard could not be read (results then assumed to be docs 0–9)."""
    meta = read_meta(outlet_dir)
    shards, per_chunk = int(meta["shards"]), int(meta["docs_per_chunk"])
    d = index_dir(outlet_dir)
    files = [os.path.join(outlet_dir, "tim-kiem", "tim-kiem.js"), os.path.join(d, "meta.json")]
    terms = terms_of(query)
    if not terms:
        return files, 0
    last = re.findall(r"\w+", fold(query))[-1]  # the one being typed: its completions
    files.append(os.path.join(d, f"tu-{last[0]}.json"))
    found = None  # the docs that hold every term so far
    readable = True
    for t in terms:
        path = os.path.join(d, f"t-{fnv1a32(t.encode('utf-8')) % shards}.json")
        if path not in files:
            files.append(path)
        data = read_bytes(path)
        if data is None:
            readable = False
            continue
        ids = docs_of(json.loads(data), t)
        found = ids if found is None else found & ids
    if readable:
        first = sorted(found)[:RESULTS]
        matches = len(found)
    else:
        first, matches = range(RESULTS), None
    for k in sorted({i // per_chunk for i in first}):
        files.append(os.path.join(d, f"d-{k}.json"))
    return files, matches


def part_of(name):
    if name.endswith(".js"):
        return "script"
    if name.endswith(".html"):
        return "page"
    if name == "meta.json":
        return "meta.json"
    for prefix, part in (("tu-", "vocabulary (tu-*)"), ("t-", "postings (t-*)"), ("d-", "doc metadata (d-*)")):
        if name.startswith(prefix) and name.endswith(".json"):
            return part
    return "other"


def kb(n):
    return f"{n / 1000:,.1f}"


def main():
    if len(sys.argv) > 1 and sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        return
    if len(sys.argv) < 2:
        print("usage: python3 benches/search.py OUTLET_DIR [QUERY …]  (--help for more)", file=sys.stderr)
        sys.exit(2)
    outlet = sys.argv[1].rstrip("/") or "/"
    queries = sys.argv[2:] or DEFAULT_QUERIES
    meta_path = os.path.join(index_dir(outlet), "meta.json")
    if not os.path.isfile(meta_path):
        hint = ""
        if os.path.isfile(os.path.join(outlet, "tim-kiem", "chi-muc.json")):
            hint = " (it has tim-kiem/chi-muc.json, the single-file index of earlier versions)"
        elif not os.path.isdir(os.path.join(outlet, "tim-kiem")):
            subs = sorted(e for e in os.listdir(outlet) if os.path.isdir(os.path.join(outlet, e, "tim-kiem"))) if os.path.isdir(outlet) else []
            hint = f" (no tim-kiem/ here: give an outlet's folder{', e.g. ' + os.path.join(outlet, subs[0]) if subs else ''})"
        print(f"{meta_path} not found: no chunked search index in {outlet}{hint}", file=sys.stderr)
        sys.exit(1)
    meta = read_meta(outlet)

    # The whole index: every file under tim-kiem/ (the .gz copies counted as gzip sizes).
    parts = {}
    root = os.path.join(outlet, "tim-kiem")
    for dirpath, _, names in os.walk(root):
        for name in names:
            if name.endswith(".gz") and name[:-3] in names:
                continue
            path = os.path.join(dirpath, name[:-3] if name.endswith(".gz") else name)
            raw, packed = sizes(path)
            p = parts.setdefault(part_of(os.path.basename(path)), [0, 0, 0, 0])
            p[0] += 1; p[1] += raw; p[2] += packed; p[3] += os.path.isfile(path + ".gz")
    print(f"# Search index of {outlet}")
    print()
    print(f"{meta.get('docs', '?')} docs, {meta['shards']} postings shards, {meta['docs_per_chunk']} docs per metadata chunk.")
    print()
    print("| part | files | with .gz | raw kB | gzip kB |")
    print("|---|---:|---:|---:|---:|")
    order = ["page", "script", "meta.json", "vocabulary (tu-*)", "postings (t-*)", "doc metadata (d-*)", "other"]
    for name in sorted(parts, key=order.index):
        n, raw, packed, gz = parts[name]
        print(f"| {name} | {n:,} | {gz:,} | {kb(raw)} | {kb(packed)} |")
    tot = [sum(p[i] for p in parts.values()) for i in range(4)]
    print(f"| **all of tim-kiem/** | **{tot[0]:,}** | {tot[3]:,} | **{kb(tot[1])}** | **{kb(tot[2])}** |")
    print()

    print("| query | terms | matches | files fetched | raw kB | gzip kB |")
    print("|---|---|---:|---|---:|---:|")
    for q in queries:
        files, matches = files_for_query(outlet, q)
        raw = packed = 0
        shown = []
        for f in files:
            s = sizes(f)
            name = os.path.basename(f)
            if s is None:
                shown.append(f"{name} (missing)")
                continue
            raw += s[0]; packed += s[1]
            shown.append(name)
        m = "?" if matches is None else f"{matches:,}"
        print(f"| {q} | {' '.join(terms_of(q))} | {m} | {', '.join(shown)} | {kb(raw)} | {kb(packed)} |")


if __name__ == "__main__":
    main()
