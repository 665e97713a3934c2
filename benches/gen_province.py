#!/usr/bin/env python3
"""Generates a synthetic province: COMMUNES communes' guong sites of STORIES stories each,
the province's guong site that gathers them all (its outlet `tinh`, `gather:`), and one
Hugo site with the same stories and bodies (a taxonomy each for field and commune, with
feeds, paginated by 10, as gen_sites.py makes it). OUT_DIR/flat is the province's site
with no `gather:` and the stories the view gathers (all but the broken commune's) as its
own (hard links named xa-NNN-<file>.md): the view's cost over an ordinary site's.

  python3 benches/gen_province.py COMMUNES STORIES OUT_DIR [--body-kb K] [--reuse] [--broken I] [--check GUONG]
      → OUT_DIR/communes/xa-001 … xa-NNN, OUT_DIR/province, OUT_DIR/hugo, OUT_DIR/flat

--body-kb K  mean size of a story's Markdown body in kB of UTF-8 (default 4.5; each
             story within ±30% of K, as in gen_sites.py).
--reuse      do nothing if OUT_DIR already holds what this version of the script makes
             for the same arguments (OUT_DIR/.gen_province records them).
--broken I   commune I's site (1-based) fails `guong check`: its first story has no
             `field:` (a required key). Every other byte stays as without --broken.
--check G    runs `G check --root` on every commune's site once they are written, and
             fails unless every one passes (exit 0) but the broken one, which must fail.

The units are synthetic: a registry (communes.yaml) of COMMUNES communes, `xa-thu-001`
… named "Thử Nghiệm 001" …, of type xa, valid from 2025-07-01, the same file in every
commune's site and in the province's. Commune NNN's site has one outlet, `xa-NNN`
(https://xa-NNN.example.org, theme cong-thong-tin, all columns), and its STORIES stories
use its unit `xa-thu-NNN`, dated from 2025-07-01 to 2026-11-30. Criteria and columns are
the repository's (content/criteria.yaml less its `local:` criteria, which name the
sample's units; columns.yaml), and so are the themes (hard links). The text comes from benches/textgen.py, drawn from one seeded generator: the
same arguments give the same sites, byte for byte."""
import argparse, datetime, hashlib, os, random, re, shutil, subprocess, sys, uuid

from hugo_site import hugo_skeleton, hugo_story, write  # benches/hugo_site.py
import textgen
from textgen import FIELDS, TOPICS, TOPIC_OF_FIELD, Lexicon, body, nbytes, phrase, summary  # benches/textgen.py

# `check` now also counts these health words as sensitive beside a person's name
# (src/validate/privacy.rs, BUILT_IN): such sentences lose the name here, so that every
# commune's site checks without warnings. (gen_sites.py keeps its text as it was.)
textgen.SENSITIVE |= {textgen.nfc(w) for w in ["bệnh tiểu đường", "đái tháo đường"]}
assert textgen.SENSITIVE <= set(textgen.POOL)

ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
ap.add_argument("communes", metavar="COMMUNES", type=int, help="number of communes (at most 999)")
ap.add_argument("stories", metavar="STORIES", type=int, help="stories per commune")
ap.add_argument("out", metavar="OUT_DIR")
ap.add_argument("--body-kb", type=float, default=4.5, metavar="K",
                help="mean size of a story's Markdown body in kB (1000 bytes of UTF-8); each story within ±30%% (default 4.5)")
ap.add_argument("--reuse", action="store_true", help="keep OUT_DIR if it was made by this script with the same arguments")
ap.add_argument("--broken", type=int, default=0, metavar="I", help="commune I (1-based) gets a story without `field:`")
ap.add_argument("--check", metavar="GUONG", help="check every commune's site with this guong binary")
args = ap.parse_args()
if not 1 <= args.communes <= 999 or args.stories < 1 or not args.body_kb > 0:
    ap.error("COMMUNES (1-999), STORIES and --body-kb must be positive")
if not 0 <= args.broken <= args.communes:
    ap.error("--broken must name one of the communes (1 to COMMUNES)")
C, S, OUT, BODY_KB, BROKEN = args.communes, args.stories, args.out, args.body_kb, args.broken
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
STAMP = f"{OUT}/.gen_province"
code = hashlib.sha256(b"".join(open(f"{HERE}/{f}", "rb").read() for f in ["gen_province.py", "textgen.py", "hugo_site.py"]))
stamp = f"{code.hexdigest()} communes={C} stories={S} body_kb={BODY_KB:g} broken={BROKEN}\n"
if args.reuse and os.path.isfile(STAMP) and open(STAMP, encoding="utf-8").read() == stamp:
    print(f"{C} communes × {S} stories (body {BODY_KB:g} kB, broken: {BROKEN or 'none'}) already in {OUT}")
    sys.exit(0)
if os.path.exists(STAMP):
    os.remove(STAMP)  # written again only once every site is complete
random.seed(42)

FIRST, LAST = datetime.date(2025, 7, 1), datetime.date(2026, 11, 30)
PROVINCE = "Thanh Hóa"
BASE_URL = "https://dienhinh.example.org"


def slug(c):
    return f"xa-{c:03}"


def unit(c):
    return f"xa-thu-{c:03}"


def name(c):
    return f"Thử Nghiệm {c:03}"


# The registry: every commune of the province, the same file in every site.
registry = ['''# Sổ đăng ký đơn vị hành chính THỬ TẢI (sinh bởi benches/gen_province.py): các xã giả định,
# không phải đơn vị thật. Không còn cấp huyện từ 01/7/2025; `district` là đơn vị cũ bắt buộc của tệp.
district:
  id: huyen-thu
  name: "Thử Nghiệm"
  type: huyen
  valid_until: 2025-06-30

communes:''']
for c in range(1, C + 1):
    registry.append(f'''  - id: {unit(c)}
    name: "{name(c)}"
    type: xa
    codes:
      - {{ code: "{90000 + c}", from: 2025-07-01 }}
    valid_from: 2025-07-01''')
REGISTRY = "\n".join(registry) + "\n"

PLANS = '''# Kế hoạch MINH HỌA của tỉnh (số và ngày giả định), có hiệu lực từ ngày các xã mới bắt đầu.
plans:
  - id: tinh-thu-2025-2030
    title: "Kế hoạch tuyên truyền gương điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn 2025 - 2030"
    number: "99/KH-UBND"
    date: 2025-06-20
    issuer: "Ủy ban nhân dân tỉnh Thanh Hóa"
    from: 2025-07-01
    to: 2030-12-31
    quotas: { district: 0, commune: 2 }
    reporting: yearly
    illustration: true
'''


# The repository's criteria, less its local criteria: they name the sample's units (xã Thọ Tân).
CRITERIA = open(f"{REPO}/content/criteria.yaml", encoding="utf-8").read()
_local = re.search(r"^local:\n(?:[ #].*\n|\n(?=[ #]))*", CRITERIA, re.M)
assert _local, "content/criteria.yaml has no `local:` list any more: see benches/gen_province.py"
CRITERIA = (CRITERIA[:_local.start()] + "# (benches/gen_province.py: tiêu chí riêng của trang mẫu bỏ đi, vì gắn với đơn vị thật)\nlocal: []\n"
            + CRITERIA[_local.end():])


def head(district):
    return f'''# Trang THỬ TẢI, sinh bởi benches/gen_province.py: nội dung giả định, không phải bài thật.
district: "{district}"
province: "{PROVINCE}"
utc_offset: "+07:00"
tone_style: old
per_page: 10
feed_limit: 30
{PLANS}'''


def commune_site_yaml(c):
    return head("Thử Nghiệm") + f'''outlets:
  - id: {slug(c)}
    title: "Gương điển hình tiên tiến xã {name(c)}"
    publisher: "Trang thông tin điện tử xã {name(c)}"
    description: "Gương điển hình tiên tiến, mô hình mới, cách làm hay trên địa bàn xã {name(c)} (trang thử tải)."
    base_url: "https://{slug(c)}.example.org"
    theme: cong-thong-tin
    columns: all
    owner: "Ủy ban nhân dân xã {name(c)}"
    valid_from: 2025-07-01
    units: [{unit(c)}]
'''


def province_site_yaml(flat=False):
    gather = "".join(f"      - id: {slug(c)}\n        path: ../communes/{slug(c)}\n" for c in range(1, C + 1))
    gather = "" if flat else "    gather:\n" + gather
    return head("Thử Nghiệm") + f'''outlets:
  - id: tinh
    title: "Gương điển hình tiên tiến tỉnh (thử tải)"
    publisher: "Ban Thi đua - Khen thưởng tỉnh"
    description: "Gương điển hình tiên tiến của {C} xã trong tỉnh, gom từ trang của từng xã (trang thử tải)."
    base_url: "{BASE_URL}"
    theme: cong-thong-tin
    columns: all
    owner: "Ủy ban nhân dân tỉnh"
{gather}'''


def site_skeleton(root, site_yaml):
    """A guong site: configuration, registry, the repository's criteria, columns and themes."""
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(f"{root}/content/stories")
    write(f"{root}/content/site.yaml", site_yaml)
    write(f"{root}/content/communes.yaml", REGISTRY)
    write(f"{root}/content/criteria.yaml", CRITERIA)
    shutil.copy(f"{REPO}/content/columns.yaml", f"{root}/content/columns.yaml")
    shutil.copytree(f"{REPO}/themes", f"{root}/themes", copy_function=os.link)


def guong_story(root, s, broken=False):
    extra = ""
    if s["kind"] == "practice":
        extra = 'results: "Tăng 20% sản lượng."\nreplication: "Hướng dẫn các hộ khác."\n'
    consent = "\n  consent: true" if s["stype"] != "collective" else ""
    field = "" if broken else f"field: {s['field']}\n"
    write(f"{root}/content/stories/{s['date'][:4]}/{s['file']}.md", f'''---
title: "{s['title']}"
kind: {s['kind']}
date: {s['date']}
subject:
  type: {s['stype']}
  name: "Đối tượng số {s['i']} xã {name(s['c'])}"{consent}
commune: {s['commune']}
{field}criteria:
  chap-hanh: "Chấp hành tốt."
  hoan-thanh-xuat-sac: "Hoàn thành tốt nhiệm vụ."
  sang-tao: "Có cách làm mới."
  tuong-than-tuong-ai: "Giúp đỡ hàng xóm."
field_evidence: "Đáp ứng tiêu chuẩn lĩnh vực."
{extra}summary: "{s['summary']}"
author: "Ban biên tập xã {name(s['c'])}"
id: {s['id']}
---
{s['body']}''')


site_skeleton(f"{OUT}/province", province_site_yaml())
site_skeleton(f"{OUT}/flat", province_site_yaml(flat=True))
h = f"{OUT}/hugo"
shutil.rmtree(h, ignore_errors=True)
hugo_skeleton(h, base_url=BASE_URL + "/", title="Gương điển hình tiên tiến tỉnh (thử tải)")
if os.path.isdir(f"{OUT}/communes"):
    shutil.rmtree(f"{OUT}/communes")

# The stories, written to the commune's site and to Hugo's as they are made (memory stays
# small at any size).
days = (LAST - FIRST).days
sizes, words_seen = [], 0
for c in range(1, C + 1):
    root = f"{OUT}/communes/{slug(c)}"
    site_skeleton(root, commune_site_yaml(c))
    for j in range(S):
        date = (FIRST + datetime.timedelta(days=random.randint(0, days))).isoformat()
        kind = random.choice(["story", "story", "practice"])
        stype = random.choice(["individual", "household", "collective"])
        field = random.choice(FIELDS)
        lex = Lexicon(TOPIC_OF_FIELD.get(field) or random.choice([None, *TOPICS]))
        target = BODY_KB * 1000 * random.uniform(0.7, 1.3)
        file = f"dien-hinh-so-{j:04}"
        s = dict(i=j, c=c, file=file, slug=f"{slug(c)}-{file}", title=f"Điển hình số {j} xã {name(c)}: {phrase(lex, 4, 8)}",
                 date=date, kind=kind, stype=stype, commune=unit(c), field=field, summary=summary(lex),
                 body=body(lex, target), id=str(uuid.UUID(int=random.getrandbits(128), version=4)))
        assert len(s["title"]) <= 200 and len(s["summary"]) <= 300, s["slug"]  # guong's limits
        guong_story(root, s, broken=(c == BROKEN and j == 0))
        if c != BROKEN:  # the stories the province view gathers, as one ordinary site's
            d = f"{OUT}/flat/content/stories/{date[:4]}"
            os.makedirs(d, exist_ok=True)
            os.link(f"{root}/content/stories/{date[:4]}/{file}.md", f"{d}/{s['slug']}.md")
        hugo_story(h, s)
        sizes.append(nbytes(s["body"]))

print(f"{C} communes × {S} stories, body {sum(sizes) / len(sizes) / 1000:.2f} kB on average "
      f"({min(sizes) / 1000:.2f}–{max(sizes) / 1000:.2f}); broken: {slug(BROKEN) if BROKEN else 'none'} "
      f"→ {OUT}/communes, {OUT}/province, {OUT}/hugo, {OUT}/flat")

if args.check:
    failed, warnings = [], 0
    for c in range(1, C + 1):
        r = subprocess.run([args.check, "check", "--root", f"{OUT}/communes/{slug(c)}"], capture_output=True, text=True)
        warnings += (r.stdout + r.stderr).count("warning[")
        if (r.returncode != 0) != (c == BROKEN):
            failed.append(c)
            print(f"{slug(c)}: `guong check` exit {r.returncode}, expected {'non-zero' if c == BROKEN else 0}:\n"
                  f"{r.stdout[-2000:]}{r.stderr[-2000:]}", file=sys.stderr)
        elif c == BROKEN:
            errors = [line for line in (r.stdout + r.stderr).splitlines() if "error[" in line]
            print(f"{slug(c)} fails `guong check` as meant (exit {r.returncode}):\n" + "\n".join(errors[:5]))
    if failed:
        sys.exit(f"{len(failed)} commune site(s) not as expected: {', '.join(map(slug, failed))}")
    print(f"guong check: {C - bool(BROKEN)} commune sites pass" + (f", {slug(BROKEN)} fails as meant" if BROKEN else "")
          + f"; {warnings} warning(s) in all")
write(STAMP, stamp)
