#!/usr/bin/env bash
# This project's own build benchmark: generates N synthetic briefs in briefing's format, with the
# threat-landscape data they link to (bench/corpus.py), builds them with bin/briefing into a new
# folder, and reports wall time, CPU time and peak memory (best of RUNS, by wall time), with the
# stage timings of that run. Needs only this repository, python3 and /usr/bin/time (package
# 'time'); it builds the jar first if it is missing. To compare with other generators on a shared
# corpus, see bench/run.sh.
#
#   bench/build.sh [N ...]          default: 1000 10000
#
# Environment: RUNS (default 3), WORK (default /tmp/briefing-own-bench; corpora are kept there
# and reused), AS_OF (default 2026-01-01).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/briefing-own-bench}
AS_OF=${AS_OF:-2026-01-01}
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
[ -x /usr/bin/time ] || { echo "bench/build.sh needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }
[ -f "$ROOT/target/briefing.jar" ] || (cd "$ROOT" && mvn -B -q package -DskipTests)

echo "# $(date -u +%Y-%m-%dT%H:%MZ) nproc=$(nproc) java=$(java -version 2>&1 | head -1 | cut -d'"' -f2)" \
  "load=$(cut -d' ' -f1 /proc/loadavg) commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo none)"
echo "| briefs | files written | wall | CPU | peak memory | stages (ms) |"
echo "|---|---|---|---|---|---|"
for n in "${SIZES[@]}"; do
  src="$WORK/corpus-$n"
  [ -d "$src/content" ] || python3 "$ROOT/bench/corpus.py" "$n" "$src"
  best=""
  for run in $(seq 1 "$RUNS"); do
    out="$WORK/out-$n-$run"
    rm -rf "$out"
    log="$WORK/build-$n-$run.log"
    /usr/bin/time -f "TIME %e %U %S %M" "$ROOT/bin/briefing" build --source "$src" --output "$out" \
      --as-of "$AS_OF" --timings >"$log" 2>&1 || { echo "build of $n briefs failed; see $log" >&2; exit 1; }
    read -r wall user sys kb < <(grep '^TIME ' "$log" | cut -d' ' -f2-)
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then
      best=$wall
      files=$(grep -o 'built [0-9]* files' "$log" | cut -d' ' -f2)
      cpu=$(awk "BEGIN{printf \"%.2f\", $user + $sys}")
      mb=$((kb / 1024))
      stages=$(awk '/^  [a-z]+ +[0-9]+ ms$/ && $2 > 0 {printf "%s%s %s", sep, $1, $2; sep=", "}' "$log")
    fi
    rm -rf "$out"
  done
  echo "| $n | $files | $best s | $cpu s | $mb MB | $stages |"
done
