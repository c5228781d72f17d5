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
# ELEVENTY_MAX_N (default 100000), SETTLE_SECONDS (default 65: pause after laying out a corpus).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED_BENCH=${SHARED_BENCH:-$ROOT/../shared/bench}
export PEERS=${PEERS:-$HOME/.cache/briefing-peers}
WORK=${WORK:-/tmp/briefing-bench}
RUNS=${RUNS:-1}
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
    "jbake=2.6.7 load=$(cut -d' ' -f1 /proc/loadavg)"
}

# time_one NAME N DIR OUT CMD...: runs CMD in DIR, writing into OUT; prints wall seconds and peak MB.
# OUT must be a new folder: outputs are deleted only after every generator ran at this size,
# because creating files right after deleting many is slow on ext4 for whoever runs next.
time_one() {
  local name=$1 n=$2 dir=$3 out=$4; shift 4
  local best_s="" best_mb="" log="$WORK/$name-$n.log"
  for run in $(seq 1 "$RUNS"); do
    if [ "$run" -gt 1 ]; then mv "$out" "$out.$run"; fi
    if ! (cd "$dir" && /usr/bin/time -f "TIME %e %M" "$@") >"$log" 2>&1; then
      echo "$name failed at $n briefs; see $log" >&2; return 0
    fi
    read -r s kb < <(grep '^TIME ' "$log" | tail -1 | cut -d' ' -f2-)
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; best_mb=$((kb / 1024)); fi
  done
  echo "$n,$name,$best_s,$best_mb" | tee -a "$CSV"
}

machine | tee "$CSV"
echo "briefs,generator,wall_s,peak_rss_mb" >> "$CSV"
for n in "${SIZES[@]}"; do
  W=$(bash "$SHARED_BENCH/peers.sh" "$n" "$WORK/$n")
  O=$WORK/out-$n; rm -rf "$O"
  # ext4 skips inodes freed in the last 60 s (360 s while their blocks are dirty) when it creates
  # files, which made whichever generator ran first after the layout (and its deletions) slow.
  sync; sleep "${SETTLE_SECONDS:-65}"
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
done
machine | tee -a "$CSV"
python3 "$ROOT/bench/chart.py" "$CSV" "$SVG"
