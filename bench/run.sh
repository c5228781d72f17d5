#!/usr/bin/env bash
# Times this project's build side by side with Hugo, Eleventy, JBake and Jekyll on the same N
# synthetic briefs, in one run, and writes one CSV row per (N, generator) to bench/results.csv
# (lines starting with '#' state the machine), then draws bench/build-time.svg from it.
#
#   bench/run.sh [N ...]            default: 1000 10000 100000
#
# The corpus comes from ../shared/bench/gen_corpus.py (through its peers.sh, which lays the same
# briefs out for every generator: WORK/briefing/content/briefs for this project). Each build
# writes into a new folder; wall time and peak RSS come from /usr/bin/time (package 'time').
# Environment: SHARED_BENCH (default ../shared/bench), PEERS (peer install folder), WORK (default
# /tmp/briefing-bench), CSV and SVG (where results go), RUNS (default 1; the best run is kept),
# SLOW_PEERS_MAX_N (default 10000: JBake and Jekyll, which take minutes, only up to this size),
# ELEVENTY_MAX_N (default 100000), FRESH_FS (default 1 as root: each build writes into a new ext4
# file system, see below), SETTLE_SECONDS (default 65: with FRESH_FS=0, pause after each layout).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED_BENCH=${SHARED_BENCH:-$ROOT/../shared/bench}
export PEERS=${PEERS:-$HOME/.cache/briefing-peers}
WORK=${WORK:-/tmp/briefing-bench}
RUNS=${RUNS:-3}
SLOW_PEERS_MAX_N=${SLOW_PEERS_MAX_N:-10000}
ELEVENTY_MAX_N=${ELEVENTY_MAX_N:-100000}
CSV=${CSV:-$ROOT/bench/results.csv}
SVG=${SVG:-$ROOT/bench/build-time.svg}
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 100000)
JAR=$ROOT/target/briefing.jar
JSA=$ROOT/target/briefing.jsa
AS_OF=2026-01-01

[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; }
bash "$SHARED_BENCH/setup-peers.sh" >&2
# The jar, and the class-data archive `mvn package` records while it builds the repository's site.
[ -f "$JAR" ] && [ -f "$JSA" ] || (cd "$ROOT" && mvn -B -q package -DskipTests)

# 'briefing' is the launcher users run (bin/briefing: the quick compiler only, the serial
# collector, class-data sharing; see BENCHMARKS.md); 'briefing-plain' is `java -jar` with JVM defaults.
TUNED="$ROOT/bin/briefing"
PLAIN="java -jar $JAR"

machine() {
  echo "# $(date -u +%Y-%m-%dT%H:%MZ) nproc=$(nproc) mem=$(free -g | awk '/Mem:/{print $2}')GB" \
    "java=$(java -version 2>&1 | head -1 | cut -d'"' -f2) hugo=$(hugo version | cut -d' ' -f2)" \
    "jekyll=$(jekyll --version | cut -d' ' -f2) eleventy=$(cd "$PEERS/eleventy" && npx eleventy --version)" \
    "jbake=2.6.7 fresh_fs=$FRESH_FS load=$(cut -d' ' -f1 /proc/loadavg)"
}

# Every build writes into a file system of its own, made just before it runs (FRESH_FS=1, the
# default when we may mount one): on a file system where many files were deleted in the last
# minutes, ext4 creates files far more slowly (it skips recently freed inodes), which charged one
# generator for another's clean-up and made runs minutes apart differ by 2x. FRESH_FS=0 writes
# into WORK instead, pausing SETTLE_SECONDS after each corpus is laid out.
FRESH_FS=${FRESH_FS:-$([ "$(id -u)" = 0 ] && command -v mkfs.ext4 >/dev/null && echo 1 || echo 0)}

# mount_fresh DIR N: a new, empty ext4 file system at DIR, big enough for every output at N briefs.
mount_fresh() {
  local dir=$1 n=$2 img="$WORK/fs.img"
  mkdir -p "$dir"
  rm -f "$img"; truncate -s $(( 2 + n / 4000 ))G "$img"
  mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$img"
  mount -o loop "$img" "$dir"
}

unmount_fresh() {
  umount "$1"; rm -f "$WORK/fs.img"
}

# median FILE: the median line of "seconds megabytes" lines (by seconds).
median() {
  sort -n "$1" | awk '{ l[NR] = $0 } END { print l[int((NR + 1) / 2)] }'
}

# time_one NAME N DIR OUT CMD...: runs CMD in DIR RUNS times, writing into OUT (a new file system
# each time, or a new folder); prints the median wall seconds and its run's peak MB.
time_one() {
  local name=$1 n=$2 dir=$3 out=$4; shift 4
  local log="$WORK/$name-$n.log" runs="$WORK/$name-$n.runs"
  : > "$runs"
  for run in $(seq 1 "$RUNS"); do
    if [ "$FRESH_FS" = 1 ]; then mount_fresh "$(dirname "$out")" "$n"; sync
    elif [ "$run" -gt 1 ]; then mv "$out" "$out.$run"; fi
    local ok=1
    (cd "$dir" && /usr/bin/time -f "TIME %e %M" "$@") >"$log" 2>&1 || ok=0
    if [ "$FRESH_FS" = 1 ]; then unmount_fresh "$(dirname "$out")"; fi
    if [ "$ok" = 0 ]; then echo "$name failed at $n briefs; see $log" >&2; return 0; fi
    read -r s kb < <(grep '^TIME ' "$log" | tail -1 | cut -d' ' -f2-)
    echo "$s $((kb / 1024))" >> "$runs"
  done
  read -r s mb < <(median "$runs")
  echo "$n,$name,$s,$mb" | tee -a "$CSV"
}

# in_place N W: this project and Hugo rebuilding into folders that hold their previous builds, on
# the corpus's file system (WORK). Each first builds twice untimed, so both are in the state every
# later rebuild finds (ours keeps the site a swap retires and updates it next time; Hugo writes
# over its output), then the timed runs alternate between the two, so a slow minute of the
# machine falls on both; prints the median of each.
in_place() {
  local n=$1 w=$2 i="$2/in-place"
  rm -rf "$i"; mkdir -p "$i"
  local ours=("$TUNED" build --source "$w/briefing" --output "$i/briefing" --as-of "$AS_OF")
  local hugo=(hugo --quiet -d "$i/hugo")
  for warm in 1 2; do
    "${ours[@]}" >/dev/null 2>&1 || { echo "briefing failed at $n briefs" >&2; return 0; }
    (cd "$w/hugo" && "${hugo[@]}") >/dev/null 2>&1 || { echo "hugo failed at $n briefs" >&2; return 0; }
  done
  : > "$WORK/briefing-in-place-$n.runs"; : > "$WORK/hugo-in-place-$n.runs"
  for run in $(seq 1 "$RUNS"); do
    /usr/bin/time -f "TIME %e %M" "${ours[@]}" > "$WORK/briefing-in-place-$n.log" 2>&1
    grep '^TIME ' "$WORK/briefing-in-place-$n.log" | tail -1 | awk '{ print $2, int($3 / 1024) }' >> "$WORK/briefing-in-place-$n.runs"
    (cd "$w/hugo" && /usr/bin/time -f "TIME %e %M" "${hugo[@]}") > "$WORK/hugo-in-place-$n.log" 2>&1
    grep '^TIME ' "$WORK/hugo-in-place-$n.log" | tail -1 | awk '{ print $2, int($3 / 1024) }' >> "$WORK/hugo-in-place-$n.runs"
  done
  for name in briefing-in-place hugo-in-place; do
    read -r s mb < <(median "$WORK/$name-$n.runs")
    echo "$n,$name,$s,$mb" | tee -a "$CSV"
  done
  rm -rf "$i"
}

machine | tee "$CSV"
echo "briefs,generator,wall_s,peak_rss_mb" >> "$CSV"
for n in "${SIZES[@]}"; do
  W=$(bash "$SHARED_BENCH/peers.sh" "$n" "$WORK/$n")
  O=$WORK/out-$n; rm -rf "$O"
  # Without fresh file systems: ext4 skips inodes freed in the last 60 s (360 s while their blocks
  # are dirty) when it creates files, which made whoever ran first after the layout slow.
  sync; [ "$FRESH_FS" = 1 ] || sleep "${SETTLE_SECONDS:-65}"
  time_one briefing "$n" "$W" "$O/briefing" $TUNED build --source "$W/briefing" --output "$O/briefing" --as-of $AS_OF
  time_one briefing-plain "$n" "$W" "$O/briefing-plain" $PLAIN build --source "$W/briefing" --output "$O/briefing-plain" --as-of $AS_OF
  time_one hugo "$n" "$W/hugo" "$O/hugo" hugo --quiet -d "$O/hugo"
  if [ "$n" -le "$ELEVENTY_MAX_N" ]; then
    time_one eleventy "$n" "$W/eleventy" "$O/eleventy" npx @11ty/eleventy --quiet --output="$O/eleventy"
  fi
  if [ "$n" -le "$SLOW_PEERS_MAX_N" ]; then
    time_one jbake "$n" "$W/jbake" "$O/jbake" java -cp "$PEERS/jbake/lib/*" org.jbake.launcher.Main -b . "$O/jbake"
    time_one jekyll "$n" "$W/jekyll" "$O/jekyll" jekyll build -q -d "$O/jekyll"
  fi
  rm -rf "$O"
  # Rebuilds as users run them: the previous site in place, on the corpus's file system.
  in_place "$n" "$W"
done
machine | tee -a "$CSV"
python3 "$ROOT/bench/chart.py" "$CSV" "$SVG"
