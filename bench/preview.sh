#!/usr/bin/env bash
# Preview benchmark: time from editing one brief to its pages being re-rendered, in a site of
# N synthetic briefs of bench/corpus.py (default 10,000). Needs target/briefing.jar and the test
# classes (mvn -B package test-compile).
# Usage: bench/preview.sh [N]
set -euo pipefail
N=${1:-10000}; HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(dirname "$HERE")
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
python3 "$HERE/corpus.py" "$N" "$W"
for KIND in body title; do
  # The harness is test code (target/test-classes, from mvn -B verify or test-compile), kept out of the jar.
  java -Xmx512m -cp "$ROOT/target/briefing.jar:$ROOT/target/test-classes" dev.briefing.serve.PreviewBenchmark "$W" 30 $KIND | tail -1
done
