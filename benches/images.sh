#!/usr/bin/env bash
# Times photo processing: N phone-sized photos (default 100 of 12 megapixels, 4000×3000,
# with EXIF orientation and GPS), built cold (empty cache) and warm (all cached).
# Usage: benches/images.sh [N]   — needs python3; installs Pillow and piexif in a venv.
set -euo pipefail
N=${1:-100}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/guong-images-bench.XXXX)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv" >/dev/null
"$work/venv/bin/pip" install -q pillow piexif >/dev/null
cp -r "$repo/tests/fixtures/site" "$work/site"
cp -r "$repo/themes" "$work/site/themes"
rm -rf "$work/site/content/stories"/*
"$work/venv/bin/python" - "$work/site" "$N" <<'PY'
import sys, random, piexif
from PIL import Image, ImageDraw, ImageFilter
root, n = sys.argv[1], int(sys.argv[2])
import os; os.makedirs(f"{root}/content/media/bench", exist_ok=True); os.makedirs(f"{root}/content/stories/2024", exist_ok=True)
random.seed(1)
base = Image.effect_noise((4000, 3000), 40).convert("RGB")
story = open(f"{root}/../site/content/stories/2024/.keep", "w") if False else None
for i in range(n):
    img = Image.new("RGB", (4000, 3000), (random.randrange(256), random.randrange(256), random.randrange(256)))
    img = Image.blend(img, base, 0.35)
    d = ImageDraw.Draw(img)
    for _ in range(30):
        x, y, r = random.randrange(4000), random.randrange(3000), random.randrange(50, 600)
        d.ellipse([x - r, y - r, x + r, y + r], fill=(random.randrange(256), random.randrange(256), random.randrange(256)))
    exif = piexif.dump({"0th": {piexif.ImageIFD.Orientation: 6 if i % 3 == 0 else 1}, "GPS": {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((19, 1), (53, 1), (3500, 100))}})
    img.save(f"{root}/content/media/bench/anh-{i:03}.jpg", "JPEG", quality=88, exif=exif)
    with open(f"{root}/content/stories/2024/bai-{i:03}.md", "w") as f:
        f.write(f'''---
title: "Bài thử số {i}"
kind: story
date: 2024-03-{1 + i % 28:02}
subject: {{ type: collective, name: "Tập thể số {i}" }}
commune: dong-tien
field: y-te
criteria: {{ chap-hanh: "Có.", hoan-thanh-xuat-sac: "Có.", sang-tao: "Có.", tuong-than-tuong-ai: "Có." }}
field_evidence: "Có."
summary: "Bài thử."
author: "Bench"
image: media/bench/anh-{i:03}.jpg
image_alt: "Ảnh thử số {i}"
---
Nội dung.
''')
PY
echo "photos: $N × $(du -sh "$work/site/content/media/bench" | cut -f1)"
(cd "$repo" && cargo build --release -q)
bin="$repo/target/release/guong"
run() { /usr/bin/time -f "%e s wall, %U s user, %M KiB peak" "$bin" build --root "$work/site" 2>&1 | grep -E "ảnh:|wall"; }
echo "cold (empty cache):"; rm -rf "$work/site/.guong-cache"; run
f=$(find "$work/site/content/stories" -name "*.md" -print -quit); echo "Thêm một câu." >> "$f"  # so that the build runs (an unchanged site is skipped whole)
echo "warm (all cached, one story changed):"; run
