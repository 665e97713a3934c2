#!/usr/bin/env python3
"""Generates a synthetic site of N stories three times over, with the same stories and
bodies: in guong's format, as a Hugo site and as a Zola site (a taxonomy each for field
and commune, with feeds, paginated by 10, minimal templates).

  python3 benches/gen_sites.py N OUT_DIR     → OUT_DIR/guong, OUT_DIR/hugo, OUT_DIR/zola

The guong site reuses the repository's configuration (real registry, criteria, columns)
and themes, so its build does what the sample site's does."""
import os, random, shutil, sys, uuid

N = int(sys.argv[1]); OUT = sys.argv[2]
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
random.seed(42)

import re
communes_yaml = open(f"{REPO}/content/communes.yaml", encoding="utf-8").read()
units = re.findall(r"- id: ([a-z0-9-]+)\n    name: \"([^\"]+)\"\n    type: (\w[\w-]*)(?:[^-]|-(?! id:))*?(?:valid_until: (\S+))?", communes_yaml)
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
FIELDS = ["xay-dung-dang", "quoc-phong-an-ninh", "cong-thuong-xay-dung-giao-thong", "nong-nghiep", "tai-chinh-ngan-hang", "y-te",
          "giao-duc-dao-tao", "khoa-hoc-cong-nghe", "van-hoa-nghe-thuat-the-thao", "doi-ngoai", "thong-tin-truyen-thong",
          "cai-cach-hanh-chinh", "an-sinh-xa-hoi", "doi-song-xa-hoi"]
WORDS = ("người dân xã thôn mô hình sản xuất hợp tác lúa rau hộ nghèo giúp đỡ thi đua yêu nước điển hình tiên tiến "
         "cán bộ đảng viên học sinh giáo viên trạm y tế khám bệnh đường làng nông thôn mới kinh tế thu nhập tăng năm").split()

def para(n):
    return " ".join(random.choice(WORDS) for _ in range(n)).capitalize() + "."

def body():
    parts = []
    for h in range(3):
        parts.append(f"## Phần {h + 1}\n")
        for _ in range(2):
            parts.append(para(random.randint(60, 90)) + "\n")
    parts.append("| Năm | Kết quả |\n|---|---|\n| 2023 | 12 tấn |\n| 2024 | 15 tấn |\n")
    return "\n".join(parts)

def valid_unit(date):
    while True:
        u = random.choice(unit_ids)
        v = unit_until.get(u)
        if v is None: return u
        if v.startswith("from:"):
            if date >= v[5:]: return u
        elif date <= v: return u

stories = []
for i in range(N):
    year = random.choice([2023, 2024, 2025])
    date = f"{year}-{random.randint(1, 12):02}-{random.randint(1, 28):02}"
    if date > "2025-11-20": date = "2025-11-20"
    kind = random.choice(["story", "story", "practice"])
    stype = random.choice(["individual", "household", "collective"])
    stories.append(dict(i=i, slug=f"dien-hinh-so-{i:06}", title=f"Điển hình số {i}: {para(8)[:-1]}", date=date, kind=kind,
                        stype=stype, commune=valid_unit(date), field=random.choice(FIELDS), summary=para(30)[:280],
                        body=body(), id=str(uuid.UUID(int=random.getrandbits(128), version=4))))

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f: f.write(text)

# guong
g = f"{OUT}/guong"
shutil.rmtree(g, ignore_errors=True)
os.makedirs(f"{g}/content")
for f in ["site.yaml", "communes.yaml", "criteria.yaml", "columns.yaml"]:
    shutil.copy(f"{REPO}/content/{f}", f"{g}/content/{f}")
shutil.copytree(f"{REPO}/themes", f"{g}/themes")
for s in stories:
    extra = ""
    if s["kind"] == "practice":
        extra = 'results: "Tăng 20% sản lượng."\nreplication: "Hướng dẫn các hộ khác."\n'
    consent = "\n  consent: true" if s["stype"] != "collective" else ""
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
  tuong-than-tuong-ai: "Giúp đỡ hàng xóm."
field_evidence: "Đáp ứng tiêu chuẩn lĩnh vực."
{extra}summary: "{s['summary']}"
author: "Ban biên tập"
id: {s['id']}
---
{s['body']}''')
# guong's own check requires local criteria for tho-tan + nong-nghiep stories
import glob
for p in glob.glob(f"{g}/content/stories/*/*.md"):
    t = open(p, encoding="utf-8").read()
    if "commune: tho-tan\nfield: nong-nghiep" in t:
        t = t.replace('  tuong-than-tuong-ai: "Giúp đỡ hàng xóm."', '  tuong-than-tuong-ai: "Giúp đỡ hàng xóm."\n  nong-thon-moi-kieu-mau: "Góp phần xây dựng nông thôn mới."')
        open(p, "w", encoding="utf-8").write(t)

# Hugo
h = f"{OUT}/hugo"
shutil.rmtree(h, ignore_errors=True)
write(f"{h}/hugo.toml", '''baseURL = "https://example.vn/"
languageCode = "vi"
title = "Gương điển hình"
disableKinds = ["robotsTXT"]
[pagination]
  pagerSize = 10
[taxonomies]
  field = "fields"
  commune = "communes"
[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML", "RSS"]
  taxonomy = ["HTML"]
  term = ["HTML", "RSS"]
''')
for s in stories:
    write(f"{h}/content/bai-viet/{s['slug']}.md", f'''---
title: "{s['title']}"
date: {s['date']}
summary: "{s['summary']}"
fields: ["{s['field']}"]
communes: ["{s['commune']}"]
---
{s['body']}''')
layout = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>'
write(f"{h}/layouts/_default/baseof.html", layout)
write(f"{h}/layouts/_default/single.html", '{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .Content }}{{ range .Params.fields }}<a href="/fields/{{ . }}/">{{ . }}</a>{{ end }}</article>{{ end }}')
write(f"{h}/layouts/_default/list.html", '{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}{{ template "_internal/pagination.html" . }}{{ end }}')
write(f"{h}/layouts/_default/terms.html", '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}')
write(f"{h}/layouts/index.html", '{{ define "main" }}<h1>{{ .Site.Title }}</h1>{{ range first 10 .Site.RegularPages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}{{ end }}')

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
for s in stories:
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
print(f"{N} stories → {OUT}/guong, {OUT}/hugo, {OUT}/zola")
