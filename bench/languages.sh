#!/usr/bin/env bash
# Languages, side by side with Hugo: N shared synthetic briefs each translated into Spanish, built
# by Hugo's multilingual layout (defaultContentLanguage plus one brief-X.es.md per brief) and by
# this project (site.yaml languages: en, es plus the same .es.md siblings, which carry only the
# translatable fields), and the same briefs in English only by this project. Each generator
# rebuilds into a folder that holds its previous build, on the corpus's file system; each builds
# twice untimed first, then the timed runs alternate, so a slow minute of the machine falls on
# all. Prints and appends to bench/results-languages.csv the median wall time and its run's peak
# RSS, then times a Spanish body edit in the preview (dev.briefing.serve.ServeBenchmark).
#
#   bench/languages.sh [N]          default: 10000
#
# Environment: SHARED_BENCH (default ../shared/bench), WORK (default /tmp/briefing-languages),
# RUNS (default 3), CSV, EDITS (default 25; 0 skips the preview), PAGEFIND (default 1; 0 skips the row below).
#
# hugo-multilingual-pagefind: Hugo's build followed by Pagefind 1.6.0 (npm) over its output, timed as one.
# Hugo writes no search index, and this project writes one per language, folded and stemmed (Spanish
# by Snowball); Pagefind is what a Hugo site adds for that, and it too splits its index by <html lang>
# and stems Spanish. The row is skipped, with a message, when npm cannot install it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED_BENCH=${SHARED_BENCH:-$ROOT/../shared/bench}
WORK=${WORK:-/tmp/briefing-languages}
RUNS=${RUNS:-3}
EDITS=${EDITS:-25}
CSV=${CSV:-$ROOT/bench/results-languages.csv}
N=${1:-10000}
AS_OF=2026-01-01
JAR=$ROOT/target/briefing.jar

[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; }
command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo; }
[ -f "$JAR" ] && [ -d "$ROOT/target/test-classes" ] || (cd "$ROOT" && mvn -B -q package test-compile -DskipTests)

# The share cards and handouts of a previous run are kept (as a CI cache would keep them): drawing
# 30,000 cards takes minutes, and the timed builds, which follow two untimed ones, find them cached anyway.
KEPT=$(mktemp -d); for site in en bilingual; do
  [ -d "$WORK/$site/target/.briefing-cache" ] && mkdir -p "$KEPT/$site" && mv "$WORK/$site/target/.briefing-cache" "$KEPT/$site/"
done
rm -rf "$WORK"; mkdir -p "$WORK"
W=$WORK/corpus; python3 "$SHARED_BENCH/gen_corpus.py" "$N" "$W" >/dev/null

# Hugo: the shared peer layout, made multilingual; top-level keys stay before the config's first table.
cp -r "$SHARED_BENCH/peers/hugo" "$WORK/hugo"
awk 'BEGIN { lang = "defaultContentLanguage = \"en\"\n[languages.en]\nlanguageName = \"English\"\nweight = 1\n" \
                   "[languages.es]\nlanguageName = \"Español\"\nweight = 2" }
     /^\[/ && !done { print lang; done = 1 } { print } END { if (!done) print lang }' \
  "$SHARED_BENCH/peers/hugo/config.toml" > "$WORK/hugo/config.toml"
mkdir -p "$WORK/hugo/content"; cp -r "$W" "$WORK/hugo/content/briefs"
# The peer's templates say lang="en" on every page: a multilingual site says each page's language.
sed -i 's/lang="en"/lang="{{ .Site.Language.Lang }}"/' "$WORK"/hugo/layouts/*.html "$WORK"/hugo/layouts/*/*.html

# This project: one site in English only, one in English and Spanish, with the same site.yaml.
SITE='base_url: https://bench.example.net/
publisher: {name: Bench, url: https://bench.example.net/}
contact: {email: bench@example.net}'
for site in en bilingual; do
  mkdir -p "$WORK/$site/content"; cp -r "$W" "$WORK/$site/content/briefs"
  [ -d "$KEPT/$site/.briefing-cache" ] && mkdir -p "$WORK/$site/target" && mv "$KEPT/$site/.briefing-cache" "$WORK/$site/target/"
done
rm -rf "$KEPT"
printf '%s\n' "$SITE" > "$WORK/en/content/site.yaml"
printf '%s\nlanguages:\n  - {code: en, name: English}\n  - {code: es, name: Español}\n' "$SITE" > "$WORK/bilingual/content/site.yaml"

# The Spanish siblings: text of the same size in other words (each word of four letters or more
# gains an "o", link targets kept), so that no translation is a copy of its source (BRF170); for
# Hugo whole, for briefing with only the translatable fields (a date or tags in a translation is an
# error) and the digest of the English text it translates (`translates:`, as `briefing
# translations --mark` writes it: SHA-256 of title, summary and body, each run of white space one
# space and none at the ends, 12 hex digits), so
# every translation is current, as on a site its editors keep up.
python3 - "$W" "$WORK/hugo/content/briefs" "$WORK/bilingual/content/briefs" <<'EOF'
import hashlib, os, re, sys
corpus, hugo, ours = sys.argv[1:]
def es(s):
    parts = re.split(r"(\]\([^)]*\))", s)
    return "".join(p if p.startswith("](") else re.sub(r"\b([A-Za-z]{4,})\b", r"\1o", p) for p in parts)
for name in sorted(os.listdir(corpus)):
    if not name.endswith(".md"):
        continue
    text = open(os.path.join(corpus, name), encoding="utf-8").read()
    front, body = text[4:].split("\n---\n", 1)
    values = {}
    for line in front.split("\n"):
        m = re.match(r'(title|summary): "?(.*?)"?$', line)
        if m:
            values[m.group(1)] = m.group(2)
    words = lambda t: re.sub(r"[ \t\n\r\f\v]+", " ", t).strip(" ")
    digest = hashlib.sha256(("title\0%s\1summary\0%s\1body\0%s\1" % (words(values["title"]), words(values["summary"]), words(body)))
                            .encode("utf-8")).hexdigest()[:12]
    translated = ['%s: "%s"' % (k, es(values[k])) for k in ("title", "summary")]
    kept = [l for l in front.split("\n") if not l.startswith(("title:", "summary:"))]
    es_name = name[:-3] + ".es.md"
    open(os.path.join(hugo, es_name), "w", encoding="utf-8").write(
        "---\n" + "\n".join(translated + kept) + "\n---\n" + es(body))
    open(os.path.join(ours, es_name), "w", encoding="utf-8").write(
        "---\n" + "\n".join(translated) + "\ntranslates: " + digest + "\n---\n" + es(body))
EOF
sync

OUT=$WORK/out; mkdir -p "$OUT"
declare -A CMD=(
  [hugo-multilingual]="cd $WORK/hugo && hugo --quiet -d $OUT/hugo"
  [briefing-bilingual]="$ROOT/bin/briefing build --source $WORK/bilingual --output $OUT/bilingual --as-of $AS_OF"
  [briefing-english]="$ROOT/bin/briefing build --source $WORK/en --output $OUT/en --as-of $AS_OF"
)
NAMES=(hugo-multilingual briefing-bilingual briefing-english)
if [ "${PAGEFIND:-1}" != 0 ]; then
  if (mkdir -p "$WORK/tools" && cd "$WORK/tools" && npm install --silent --no-audit --no-fund pagefind@1.6.0 >/dev/null 2>&1); then
    CMD[hugo-multilingual-pagefind]="cd $WORK/hugo && hugo --quiet -d $OUT/hugo-pagefind && $WORK/tools/node_modules/.bin/pagefind --site $OUT/hugo-pagefind"
    NAMES+=(hugo-multilingual-pagefind)
  else
    echo "npm could not install pagefind: the hugo-multilingual-pagefind row is skipped" >&2
  fi
fi
for warm in 1 2; do
  for name in "${NAMES[@]}"; do bash -c "${CMD[$name]}" >/dev/null 2>&1 || { echo "$name failed at $N briefs" >&2; exit 1; }; done
done
for name in "${NAMES[@]}"; do : > "$WORK/$name.runs"; done
for run in $(seq 1 "$RUNS"); do
  for name in "${NAMES[@]}"; do
    /usr/bin/time -f "TIME %e %M" bash -c "${CMD[$name]}" > "$WORK/$name.log" 2>&1
    grep '^TIME ' "$WORK/$name.log" | tail -1 | awk '{ print $2, int($3 / 1024) }' >> "$WORK/$name.runs"
  done
done

[ -f "$CSV" ] || echo "briefs,generator,wall_s,peak_rss_mb" > "$CSV"
echo "# $(date -u +%Y-%m-%dT%H:%MZ) nproc=$(nproc) java=$(java -version 2>&1 | head -1 | cut -d'"' -f2)" \
  "hugo=$(hugo version | cut -d' ' -f2) runs=$RUNS load=$(cut -d' ' -f1 /proc/loadavg)" \
  "commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo none)" | tee -a "$CSV"
for name in "${NAMES[@]}"; do
  read -r s mb < <(sort -n "$WORK/$name.runs" | awk '{ l[NR] = $0 } END { print l[int((NR + 1) / 2)] }')
  echo "$N,$name,$s,$mb" | tee -a "$CSV"
done

if [ "$EDITS" -gt 0 ]; then
  CP="$ROOT/target/test-classes:$JAR"
  java -cp "$CP" dev.briefing.serve.ServeBenchmark "$ROOT/bin/briefing" "$WORK/bilingual" "$EDITS" body es
  java -cp "$CP" dev.briefing.serve.ServeBenchmark "$ROOT/bin/briefing" "$WORK/bilingual" "$EDITS" body
fi
rm -rf "$OUT"
