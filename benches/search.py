#!/usr/bin/env python3
"""Reports the size of an outlet's search index, and what a reader's browser downloads
to answer a few queries.

  python3 benches/search.py OUTLET_DIR [QUERY …]
  e.g. target/release/guong build --root /tmp/guong-bench/10000/guong --out /tmp/out --outlet cong-thong-tin
       python3 benches/search.py /tmp/out/cong-thong-tin

Default queries: "đường", "duong", "hop tac xa", "nông thôn mới", "giao vien".
`--queries FILE` takes them from FILE, one a line (e.g. benches/search-queries.txt: 30
queries of one to four words drawn from the benchmark's titles); the last line then
gives their median and largest size. A query ending in a space is taken as submitted
(its last word not completed).

It reads the chunked index under OUTLET_DIR/tim-kiem/ (src/assemble/search.rs):
  tim-kiem.js             the search script, loaded with the search page
  chi-muc/meta.json       {"shards": S, "per": D, "docs": N, "vocab": "ab…_", …}
                          (D may also be called "docs_per_chunk"; without "vocab",
                          each first letter has its own vocabulary file)
  chi-muc/tu-<c>.json     the vocabulary: folded keys beginning with c, and their counts
  chi-muc/t-<h>.json      postings shard h: {"<folded key>": [[spelling, body, title,
                          exemplar, place], …]}, each a set of stories (format 3; format
                          2 had [spelling, [doc id deltas], where]), h = FNV-1a 32 of
                          the key's UTF-8 % S
  chi-muc/d-<k>.json      what results show, of docs k·D … k·D + D − 1
Folding: NFD, combining marks U+0300–U+036F removed, đ → d, lower case.

files_for_query() follows src/emit/search.js: the script and meta.json; per word of
the query, its key's shard; for the word being typed (the last, two letters or more),
its vocabulary file and the shards of the 6 commonest keys it begins; then the details
files of the first page of 10 results, ranked as the script ranks them (exact spelling
first when typed with tone marks, whole words before prefixes, title and exemplar before
body). Where a shard cannot be read, the results are taken to be docs 0–9 (chunk 0).

Sizes are given raw and gzipped: the `.gz` file beside each file when there is one (what
a server with gzip_static sends), else the file compressed at level 6 here."""
import base64, gzip, json, os, sys, unicodedata

DEFAULT_QUERIES = ["đường", "duong", "hop tac xa", "nông thôn mới", "giao vien"]
PAGE, PREFIXES = 10, 6  # as in src/emit/search.js


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not "\u0300" <= c <= "\u036f")
    return s.replace("đ", "d").replace("Đ", "d").lower()


def words(text):
    """The query's words, as search.js cuts them: NFC, lower case, runs of letters,
    digits and marks, at most 32 UTF-16 units long."""
    out, cur = [], ""
    for c in unicodedata.normalize("NFC", text).lower() + " ":
        if c.isalnum() or unicodedata.category(c).startswith("M"):
            cur += c
        else:
            if cur and len(cur.encode("utf-16-le")) <= 64:
                out.append(cur)
            cur = ""
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


def js_keys(obj):
    """A JSON object's keys in the order JavaScript lists them: integer-like keys first,
    ascending, then the others as written."""
    ints = sorted((k for k in obj if k.isdigit() and str(int(k)) == k and int(k) < 2**32 - 1), key=int)
    taken = set(ints)
    return ints + [k for k in obj if k not in taken]


def weight(bits):
    """A word's weight in a story from where it occurs (search.js `weight`)."""
    return (10 if bits & 1 else 0) + (8 if bits & 2 else 0) + (3 if bits & 4 else 0) + (3 if bits & 8 else 0) + (1 if bits & 16 else 0)


SETS = (16, 1, 2, 4)  # format 3: [spelling, body or summary, title, exemplar, place]


def stories_of(code):
    """The stories of a format-3 set (set_code in src/assemble/search.rs): base64 of 0 and
    LEB128 deltas, or of 1, the first byte's position (LEB128) and a bitmap."""
    data, at = base64.b64decode(code), 1

    def varint():
        nonlocal at
        n = shift = 0
        while True:
            b = data[at]
            at += 1
            n |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return n

    if data[0] == 0:
        doc = 0
        while at < len(data):
            doc += varint()
            yield doc
    else:
        start = varint() * 8
        for j, b in enumerate(data[at:]):
            for i in range(8):
                if b >> i & 1:
                    yield start + 8 * j + i


def postings(sp, version):
    """{story: where bits} of one spelling's entry, in format 2 or 3."""
    out = {}
    if version < 3:
        doc, w = 0, sp[2]
        for j, delta in enumerate(sp[1]):
            doc += delta
            out[doc] = w if isinstance(w, int) else w[j]
        return out
    for bit, code in zip(SETS, sp[1:]):
        for doc in stories_of(code) if code else ():
            out[doc] = out.get(doc, 0) | bit
    return out


def run_query(outlet_dir, query):
    """What the search script does for `query`: (the files it fetches, in order, as
    paths; the number of stories found, or None where a shard could not be read; the
    ids shown on the first page)."""
    meta = read_meta(outlet_dir)
    shards = int(meta["shards"])
    per = int(meta.get("per") or meta["docs_per_chunk"])
    vocab = meta.get("vocab")
    d = index_dir(outlet_dir)
    files = [os.path.join(outlet_dir, "tim-kiem", "tim-kiem.js"), os.path.join(d, "meta.json")]

    def fetch(name):
        path = os.path.join(d, name)
        if path not in files:
            files.append(path)
        data = read_bytes(path)
        return None if data is None else json.loads(data)

    def vocab_of(key):
        c = key[0]
        if vocab is None:
            return f"tu-{c}.json"
        i = vocab.find(c)
        return f"tu-{c if 0 <= i < len(vocab) - 1 else '_'}.json"

    ws = words(query)
    if not ws:
        return files, 0, []
    readable = True
    scores = []  # per word: ({doc: score}, {doc: where bits of exact spellings})
    for n, text in enumerate(ws):
        key = fold(text)
        keys = [(key, False)]
        if n == len(ws) - 1 and not query[-1:].isspace() and len(key) >= 2:
            voc = fetch(vocab_of(key)) or {}
            more = [k for k in js_keys(voc) if k != key and k.startswith(key)]
            more.sort(key=lambda k: -voc[k])  # stable, as Array.prototype.sort
            keys += [(k, True) for k in more[:PREFIXES]]
        marked = key != text
        score, where = {}, {}
        for k, prefix in keys:
            shard = fetch(f"t-{fnv1a32(k.encode('utf-8')) % shards}.json")
            if shard is None:
                readable = False
                continue
            for sp in shard.get(k, []):
                exact = not prefix and (not marked or sp[0] == text)
                factor = (4 if marked else 2) if exact else (0.5 if marked else 1)
                for doc, bits in postings(sp, int(meta.get("v", 2))).items():
                    s = factor * weight(bits)
                    if s > score.get(doc, 0):
                        score[doc] = s
                    if exact:
                        where[doc] = where.get(doc, 0) | bits
        scores.append((score, where))
    if readable:
        found = []
        for doc in set.intersection(*(set(sc) for sc, _ in scores)):
            total, common = sum(sc[doc] for sc, _ in scores), 7
            for _, wh in scores:
                common &= wh.get(doc, 0)
            if len(scores) > 1 and common:
                total += 4 * len(scores) * weight(common)
            found.append((-total, doc))
        found.sort()  # best first; among equals the lower id (the newer story)
        first, matches = [doc for _, doc in found[:PAGE]], len(found)
    else:
        first, matches = list(range(PAGE)), None
    for k in sorted({i // per for i in first}):
        fetch(f"d-{k}.json")
    return files, matches, first


def files_for_query(outlet_dir, query):
    """The files (paths) a browser fetches to answer `query` and show its first page."""
    return run_query(outlet_dir, query)[0]


def part_of(name):
    if name.endswith(".js"):
        return "script"
    if name.endswith(".html"):
        return "page"
    if name == "meta.json":
        return "meta.json"
    for prefix, part in (("tu-", "vocabulary (tu-*)"), ("t-", "postings (t-*)"), ("d-", "details (d-*)")):
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
    if queries[:1] == ["--queries"] and len(queries) == 2:
        with open(queries[1], encoding="utf-8") as f:
            queries = [line.rstrip("\n") for line in f if line.strip()]
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

    # The whole index: every file under tim-kiem/ (a .gz copy counts as its file's gzip size).
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
    per = meta.get("per") or meta.get("docs_per_chunk", "?")
    print(f"# Search index of {outlet}")
    print()
    print(f"Format {meta.get('v', '?')}: {meta.get('docs', '?')} stories, {meta['shards']} postings shards, {per} stories per details file.")
    print()
    print("| part | files | with .gz | raw kB | gzip kB |")
    print("|---|---:|---:|---:|---:|")
    order = ["page", "script", "meta.json", "vocabulary (tu-*)", "postings (t-*)", "details (d-*)", "other"]
    for name in sorted(parts, key=order.index):
        n, raw, packed, gz = parts[name]
        print(f"| {name} | {n:,} | {gz:,} | {kb(raw)} | {kb(packed)} |")
    tot = [sum(p[i] for p in parts.values()) for i in range(4)]
    print(f"| **all of tim-kiem/** | **{tot[0]:,}** | {tot[3]:,} | **{kb(tot[1])}** | **{kb(tot[2])}** |")
    print()

    print("| query | keys | matches | files fetched (first page) | raw kB | gzip kB |")
    print("|---|---|---:|---|---:|---:|")
    totals = []
    for q in queries:
        files, matches, _ = run_query(outlet, q)
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
        totals.append(packed)
        m = "?" if matches is None else f"{matches:,}"
        print(f"| {q} | {' '.join(fold(w) for w in words(q))} | {m} | {', '.join(shown)} | {kb(raw)} | {kb(packed)} |")
    if len(totals) > 1:
        totals.sort()
        mid = len(totals) // 2
        median = totals[mid] if len(totals) % 2 else (totals[mid - 1] + totals[mid]) / 2
        over = sum(t > 150 * 1024 for t in totals)
        print()
        print(f"{len(totals)} queries, gzip'd: median {kb(median)} kB, largest {kb(totals[-1])} kB; {over} over 150 kB.")


if __name__ == "__main__":
    main()
