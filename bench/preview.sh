#!/usr/bin/env bash
# The preview as the editor sees it, on N synthetic briefs (default 10,000): runs `bin/briefing
# serve` as a process with a brief open, saves the brief again and again, and times from each save
# to the reload event and to the edited page fetched (dev.briefing.serve.ServeBenchmark; medians and
# 95th percentiles after 5 warm-up edits), for body edits and title edits. Also prints the size of
# the warnings panel on the page and the preview's resident memory.
# The corpus is the shared one (../shared/bench/gen_corpus.py, as bench/run.sh uses), or this
# project's densely linked one with CORPUS=ours (bench/corpus.py).
# Needs target/briefing.jar and the test classes: mvn -B package test-compile.
# Usage: bench/preview.sh [N] [EDITS]
set -euo pipefail
N=${1:-10000}; EDITS=${2:-25}; HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(dirname "$HERE")
SHARED_BENCH=${SHARED_BENCH:-$ROOT/../shared/bench}
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
if [ "${CORPUS:-shared}" = ours ]; then
  python3 "$HERE/corpus.py" "$N" "$W"
else
  python3 "$SHARED_BENCH/gen_corpus.py" "$N" "$W/content/briefs" >/dev/null
fi
CP="$ROOT/target/test-classes:$ROOT/target/briefing.jar"
for KIND in body title; do
  java -cp "$CP" dev.briefing.serve.ServeBenchmark "$ROOT/bin/briefing" "$W" "$EDITS" $KIND
done
