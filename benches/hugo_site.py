"""The Hugo site of the benchmarks (gen_sites.py, gen_province.py): the stories in
content/bai-viet/, a taxonomy each for field and commune with feeds, lists paginated by 10
and minimal templates, so that Hugo does what guong's web pages do and little more."""
import os


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f: f.write(text)


def hugo_skeleton(h, base_url="https://example.vn/", title="Gương điển hình"):
    """Writes the configuration and templates of a Hugo site in folder `h`."""
    write(f"{h}/hugo.toml", f'''baseURL = "{base_url}"
languageCode = "vi"
title = "{title}"
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
    layout = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>'
    write(f"{h}/layouts/_default/baseof.html", layout)
    write(f"{h}/layouts/_default/single.html", '{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .Content }}{{ range .Params.fields }}<a href="/fields/{{ . }}/">{{ . }}</a>{{ end }}</article>{{ end }}')
    write(f"{h}/layouts/_default/list.html", '{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}{{ template "_internal/pagination.html" . }}{{ end }}')
    write(f"{h}/layouts/_default/terms.html", '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}')
    write(f"{h}/layouts/index.html", '{{ define "main" }}<h1>{{ .Site.Title }}</h1>{{ range first 10 .Site.RegularPages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}{{ end }}')


def hugo_story(h, s):
    """Writes story `s` (slug, title, date, summary, field, commune, body) into the site in `h`."""
    write(f"{h}/content/bai-viet/{s['slug']}.md", f'''---
title: "{s['title']}"
date: {s['date']}
summary: "{s['summary']}"
fields: ["{s['field']}"]
communes: ["{s['commune']}"]
---
{s['body']}''')
