#!/usr/bin/env bash
# A handout's first render in a warm build (issue 28: at most 300 ms): builds the shipped site once
# so that every page, card and handout is in the build cache, then, ROUNDS times for each handout,
# times a build with everything cached against one whose only uncached output is that handout.
# The difference is what the handout's first render adds to the build the editor waits for (each
# build is a fresh JVM, so it includes loading the PDF library). Prints each pair and the median
# and 95th percentile of the differences.
# Needs target/briefing.jar (mvn -B package). Usage: bench/handouts.sh [ROUNDS]
set -euo pipefail
ROUNDS=${1:-5}; HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(dirname "$HERE")
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
cp -r "$ROOT/content" "$ROOT/templates" "$W/"
CACHE="$W/target/.briefing-cache"
ms() { "$ROOT/bin/briefing" build --source "$W" --output "$W/site" 2>&1 | sed -n 's/^built .* in \([0-9]*\) ms$/\1/p'; }
ms >/dev/null
mkdir "$W/keep"; cp "$CACHE"/handout-*.pdf "$W/keep/"
DIFFS=()
for r in $(seq "$ROUNDS"); do
  for f in "$W"/keep/*.pdf; do
    cp "$f" "$CACHE/"; cached=$(ms)
    rm "$CACHE/$(basename "$f")"; fresh=$(ms)
    echo "$(basename "$f" | cut -c9-16)  cached ${cached} ms  this handout new ${fresh} ms  +$((fresh - cached)) ms"
    DIFFS+=($((fresh - cached)))
    cp "$f" "$CACHE/"
  done
done
printf '%s\n' "${DIFFS[@]}" | sort -n | awk '{a[NR]=$1} END {
  m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; p = a[int(NR*0.95 + 0.999)];
  printf "first render of one handout, added to a warm build: median %d ms, p95 %d ms (%d builds pairs)\n", m, p, NR }'
