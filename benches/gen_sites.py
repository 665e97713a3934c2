#!/usr/bin/env python3
"""Generates a synthetic site of N stories three times over, with the same stories and
bodies: in guong's format, as a Hugo site and as a Zola site (a taxonomy each for field
and commune, with feeds, paginated by 10, minimal templates).

  python3 benches/gen_sites.py N OUT_DIR [--body-kb K] [--reuse]
      → OUT_DIR/guong, OUT_DIR/hugo, OUT_DIR/zola

--body-kb K  target size of each story's Markdown body, in kB of UTF-8 (1 kB = 1000
             bytes; default 4.5). Each story's target is drawn uniformly within ±30% of
             K, so the mean body is K kB.
--reuse      do nothing if OUT_DIR already holds the sites this version of the script
             makes for the same N and K (OUT_DIR/.gen_sites records them).

The text is drawn from a vocabulary of a few hundred Vietnamese words and set phrases
(farming, schools, health, villages, the emulation movement; “đường” and “dương” words
both), with a skewed (Zipf-like) frequency and more of the story's own topic, so that a
full-text index over it has a realistic vocabulary and posting lists (the text comes from
benches/textgen.py, shared with gen_province.py). Everything comes from one seeded
generator: the same N and K give the same sites, byte for byte.

The guong site reuses the repository's configuration (real registry, criteria, columns)
and themes, so its build does what the sample site's does."""
import argparse, hashlib, os, random, re, shutil, sys, uuid

from hugo_site import hugo_skeleton, hugo_story, write  # benches/hugo_site.py
from textgen import FIELDS, TOPICS, TOPIC_OF_FIELD, Lexicon, body, nbytes, phrase, summary  # benches/textgen.py

ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
ap.add_argument("n", metavar="N", type=int, help="number of stories")
ap.add_argument("out", metavar="OUT_DIR")
ap.add_argument("--body-kb", type=float, default=4.5, metavar="K",
                help="mean size of a story's Markdown body in kB (1000 bytes of UTF-8); each story within ±30%% (default 4.5)")
ap.add_argument("--reuse", action="store_true", help="keep OUT_DIR if it was made by this script with the same N and K")
args = ap.parse_args()
if args.n < 1 or not args.body_kb > 0:
    ap.error("N and --body-kb must be positive")
N, OUT, BODY_KB = args.n, args.out, args.body_kb
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAMP = f"{OUT}/.gen_sites"
HERE = os.path.dirname(os.path.abspath(__file__))
code = hashlib.sha256(b"".join(open(f"{HERE}/{f}", "rb").read() for f in ["gen_sites.py", "textgen.py", "hugo_site.py"])).hexdigest()
stamp = f"{code} n={N} body_kb={BODY_KB:g}\n"
if args.reuse and os.path.isfile(STAMP) and open(STAMP, encoding="utf-8").read() == stamp:
    print(f"{N} stories (body {BODY_KB:g} kB) already in {OUT}")
    sys.exit(0)
if os.path.exists(STAMP):
    os.remove(STAMP)  # written again only once every site is complete
random.seed(42)

communes_yaml = open(f"{REPO}/content/communes.yaml", encoding="utf-8").read()
unit_ids = re.findall(r"^  - id: ([a-z0-9-]+)", communes_yaml, re.M)
unit_until = {}
cur = None
for line in communes_yaml.splitlines():
    m = re.match(r"  - id: ([a-z0-9-]+)", line)
    if m: cur = m.group(1)
    m = re.match(r"    valid_until: (\S+)", line)
    if m and cur: unit_until[cur] = m.group(1)
    m = re.match(r"    valid_from: (\S+)", line)
    if m and cur: unit_until[cur] = "from:" + m.group(1)

def valid_unit(date):
    while True:
        u = random.choice(unit_ids)
        v = unit_until.get(u)
        if v is None: return u
        if v.startswith("from:"):
            if date >= v[5:]: return u
        elif date <= v: return u

# guong
g = f"{OUT}/guong"
shutil.rmtree(g, ignore_errors=True)
os.makedirs(f"{g}/content")
for f in ["site.yaml", "communes.yaml", "criteria.yaml", "columns.yaml"]:
    shutil.copy(f"{REPO}/content/{f}", f"{g}/content/{f}")
shutil.copytree(f"{REPO}/themes", f"{g}/themes")

def guong_story(s):
    extra = ""
    if s["kind"] == "practice":
        extra = 'results: "Tăng 20% sản lượng."\nreplication: "Hướng dẫn các hộ khác."\n'
    consent = "\n  consent: true" if s["stype"] != "collective" else ""
    # guong's own check requires local criteria for tho-tan + nong-nghiep stories
    local = ""
    if s["commune"] == "tho-tan" and s["field"] == "nong-nghiep":
        local = '\n  nong-thon-moi-kieu-mau: "Góp phần xây dựng nông thôn mới."'
    write(f"{g}/content/stories/{s['date'][:4]}/{s['slug']}.md", f'''---
title: "{s['title']}"
kind: {s['kind']}
date: {s['date']}
subject:
  type: {s['stype']}
  name: "Đối tượng số {s['i']}"{consent}
commune: {s['commune']}
field: {s['field']}
criteria:
  chap-hanh: "Chấp hành tốt."
  hoan-thanh-xuat-sac: "Hoàn thành tốt nhiệm vụ."
  sang-tao: "Có cách làm mới."
  tuong-than-tuong-ai: "Giúp đỡ hàng xóm."{local}
field_evidence: "Đáp ứng tiêu chuẩn lĩnh vực."
{extra}summary: "{s['summary']}"
author: "Ban biên tập"
id: {s['id']}
---
{s['body']}''')

# Hugo (benches/hugo_site.py)
h = f"{OUT}/hugo"
shutil.rmtree(h, ignore_errors=True)
hugo_skeleton(h)

# Zola
z = f"{OUT}/zola"
shutil.rmtree(z, ignore_errors=True)
write(f"{z}/config.toml", '''base_url = "https://example.vn"
title = "Gương điển hình"
default_language = "vi"
generate_feeds = true
compile_sass = false
build_search_index = false
taxonomies = [
  { name = "fields", feed = true, paginate_by = 10 },
  { name = "communes", feed = true, paginate_by = 10 },
]
[markdown]
smart_punctuation = true
''')
write(f"{z}/content/_index.md", "+++\npaginate_by = 10\nsort_by = \"date\"\n+++\n")
write(f"{z}/content/bai-viet/_index.md", "+++\npaginate_by = 10\nsort_by = \"date\"\n+++\n")

def zola_story(s):
    write(f"{z}/content/bai-viet/{s['slug']}.md", f'''+++
title = "{s['title']}"
date = {s['date']}
description = "{s['summary']}"
[taxonomies]
fields = ["{s['field']}"]
communes = ["{s['commune']}"]
+++
{s['body']}''')
zbase = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{% block title %}{{ config.title }}{% endblock %}</title></head><body>{% block main %}{% endblock %}</body></html>'
write(f"{z}/templates/base.html", zbase)
write(f"{z}/templates/page.html", '{% extends "base.html" %}{% block main %}<article><h1>{{ page.title }}</h1><p>{{ page.description }}</p>{{ page.content | safe }}</article>{% endblock %}')
lst = '{% extends "base.html" %}{% block main %}{% for p in paginator.pages %}<article><h2><a href="{{ p.permalink }}">{{ p.title }}</a></h2><p>{{ p.description }}</p></article>{% endfor %}{% if paginator.next %}<a href="{{ paginator.next }}">Sau</a>{% endif %}{% endblock %}'
write(f"{z}/templates/index.html", lst)
write(f"{z}/templates/section.html", lst)
write(f"{z}/templates/taxonomy_single.html", lst)
write(f"{z}/templates/taxonomy_list.html", '{% extends "base.html" %}{% block main %}<ul>{% for t in terms %}<li><a href="{{ t.permalink }}">{{ t.name }}</a> ({{ t.pages | length }})</li>{% endfor %}</ul>{% endblock %}')

# The stories, written to the three sites as they are made (memory stays small at any N).
sizes, words_seen = [], set()
for i in range(N):
    year = random.choice([2023, 2024, 2025])
    date = f"{year}-{random.randint(1, 12):02}-{random.randint(1, 28):02}"
    if date > "2025-11-20": date = "2025-11-20"
    kind = random.choice(["story", "story", "practice"])
    stype = random.choice(["individual", "household", "collective"])
    field = random.choice(FIELDS)
    lex = Lexicon(TOPIC_OF_FIELD.get(field) or random.choice([None, *TOPICS]))
    target = BODY_KB * 1000 * random.uniform(0.7, 1.3)
    s = dict(i=i, slug=f"dien-hinh-so-{i:06}", title=f"Điển hình số {i}: {phrase(lex, 4, 8)}", date=date,
             kind=kind, stype=stype, commune=valid_unit(date), field=field, summary=summary(lex),
             body=body(lex, target), id=str(uuid.UUID(int=random.getrandbits(128), version=4)))
    assert len(s["title"]) <= 200 and len(s["summary"]) <= 300, s["slug"]  # guong's limits
    guong_story(s); hugo_story(h, s); zola_story(s)
    sizes.append(nbytes(s["body"]))
    words_seen.update(re.findall(r"\w+", s["body"].lower()))
write(STAMP, stamp)
print(f"{N} stories, body {sum(sizes) / len(sizes) / 1000:.2f} kB on average ({min(sizes) / 1000:.2f}–{max(sizes) / 1000:.2f}), "
      f"{len(words_seen)} distinct words → {OUT}/guong, {OUT}/hugo, {OUT}/zola")
