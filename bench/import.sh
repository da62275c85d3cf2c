#!/usr/bin/env bash
# Ingestion at scale: the import command's throughput with 1 to N extraction threads against CoreNLP alone on one
# thread (JMH, same run, same documents), the peak RSS of an import of 2,000 articles with the recommended heap,
# and two instances sharing one import on PostgreSQL against one instance, each pinned to its own core (taskset).
#
#   bench/import.sh            the full run (about 15 minutes on 2 cores)
#   bench/import.sh --smoke    short: fewer documents and articles (bench/run.sh --smoke runs it so, as CI does)
#
# Needs the README's build and the development sets in ../shared/eval. Prints Markdown tables with PASS or FAIL.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SMOKE=0
[ "${1:-}" = "--smoke" ] && SMOKE=1
CORES=$(nproc)
if [ "$SMOKE" = 1 ]; then
  DOCS=40; ARCHIVE=100; PG_ARTICLES=40; JMH_ARGS="-wi 0 -i 1 -r 1s"
else
  DOCS=0; ARCHIVE=2000; PG_ARTICLES=300; JMH_ARGS="-wi 1 -i 2 -w 1s -r 1s"
fi
RE3D=$ROOT/../shared/eval/re3d-dev/re3d-dev.jsonl
CONLL=$ROOT/../shared/eval/conll2003-dev/conll-dev.jsonl
for f in "$RE3D" "$CONLL"; do [ -f "$f" ] || { echo "bench/import.sh: $f is missing" >&2; exit 1; }; done
JAR=$ROOT/target/article-facts.jar
[ -f "$JAR" ] || { echo "target/article-facts.jar is missing: run ./mvnw -B -DskipTests package first" >&2; exit 1; }
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
JAVA=${JAVA:-java}
# The recommended settings for an import: the serial collector keeps the JVM's own memory small, and H2 keeps 16 MiB
# of pages instead of the server's 64 (an import writes, it hardly reads), so the peak RSS stays within 1.5 GiB.
HEAP=${IMPORT_HEAP:--Xmx1200m -XX:+UseSerialGC}
WORK=$(mktemp -d /tmp/article-facts-import.XXXXXX)
PIDS=()
trap 'for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
say() { printf '%s\n' "$*"; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {ok = (op == ">=") ? v >= t : v <= t; print ok ? "PASS" : "FAIL"}'; }
json_field() { python3 -c 'import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])[sys.argv[1]])' "$1"; }

# The documents: re3d and CoNLL-2003 development texts as JSON lines (title and text), and an archive of copies.
python3 - "$RE3D" "$CONLL" "$WORK" "$DOCS" "$ARCHIVE" <<'PY'
import json, sys
re3d, conll, work, docs, archive = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
texts = []
for path in (re3d, conll):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            texts.append({"id": d["id"], "source": d["source"], "title": d["title"], "text": d["text"]})
chosen = texts if docs == 0 else texts[:docs // 2] + texts[-(docs - docs // 2):]
with open(f"{work}/dev.jsonl", "w", encoding="utf-8") as out:
    for d in chosen:
        out.write(json.dumps(d) + "\n")
with open(f"{work}/archive.jsonl", "w", encoding="utf-8") as out:
    for i in range(archive):
        d = dict(texts[i % len(texts)])
        d["id"] = f"{d['id']}-copy-{i}"
        d["title"] = f"{d['title']} (copy {i})"
        d["text"] = d["title"] + "\n" + d["text"]
        out.write(json.dumps(d) + "\n")
PY
WORDS=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1])))' "$WORK/dev.jsonl")

h2() { echo "--spring.datasource.url=jdbc:h2:file:$1/db;WRITE_DELAY=0;LOCK_TIMEOUT=10000;CACHE_SIZE=16384"; }
import_run() { # log, then arguments after the jar
  local log=$1; shift
  # exit 1 means some documents failed (reported in the log; CoNLL's dev split has one without a body)
  "$JAVA" $HEAP -jar "$JAR" import "$@" >"$log" 2>&1 </dev/null || [ $? = 1 ] || { tail -20 "$log" >&2; return 1; }
  tail -1 "$log" | grep '^{' || { tail -20 "$log" >&2; return 1; }
}

# --- CoreNLP alone, one thread, the same documents (JMH) ----------------------------------------------------------
( cd "$ROOT" && ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null )
# ExtractionBenchmark's "re3d" corpus reads the texts of any JSON lines file: here, the chosen documents
"$JAVA" -Xmx2g -Dwords.dir="$WORK" -Dre3d="$WORK/dev.jsonl" \
  -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/cp.txt")" \
  org.openjdk.jmh.Main 'ExtractionBenchmark.coreNlpAlone' -f 1 -p corpus=re3d $JMH_ARGS -rf json -rff "$WORK/jmh.json" \
  >"$WORK/jmh.log" 2>&1 || { tail -40 "$WORK/jmh.log" >&2; exit 1; }
CORE_MS=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["primaryMetric"]["score"])' "$WORK/jmh.json")
CORE_WPS=$(awk -v w="$WORDS" -v ms="$CORE_MS" 'BEGIN {printf "%.0f", w / (ms / 1000)}')

say "## Import (bench/import.sh; $(wc -l <"$WORK/dev.jsonl") re3d and CoNLL-2003 development documents, $WORDS words; $CORES cores; JVM options $HEAP)"
say ""
say "CoreNLP alone, one thread, the same texts (JMH): $(printf '%.1f' "$(awk -v ms="$CORE_MS" 'BEGIN {print ms / 1000}')") s, $CORE_WPS words/s."
say ""
say "| extraction threads | seconds (after the models load) | words/s | articles/s | goal: >= 0.85 x threads x CoreNLP's words/s | |"
say "| ---: | ---: | ---: | ---: | ---: | --- |"
for threads in $(seq 1 "$CORES"); do
  line=$(import_run "$WORK/import-$threads.log" "$WORK/dev.jsonl" "$(h2 "$WORK/db-$threads")" \
    --article-facts.extraction.workers="$threads" --article-facts.extraction.concurrency="$threads")
  seconds=$(json_field seconds <<<"$line")
  wps=$(awk -v w="$WORDS" -v s="$seconds" 'BEGIN {printf "%.0f", w / s}')
  aps=$(json_field articlesPerSecond <<<"$line")
  goal=$(awk -v c="$CORE_WPS" -v t="$threads" 'BEGIN {printf "%.0f", 0.85 * t * c}')
  say "| $threads | $seconds | $wps | $aps | $goal | $(verdict "$wps" "$goal" '>=') |"
done

# What the machine gives: two independent imports at once, one thread each, against one alone. CoreNLP is bound by
# memory more than by arithmetic; where two processes on two cores get far less than 2x, no threading can.
if [ "$SMOKE" = 0 ]; then
  import_run "$WORK/solo.log" "$WORK/dev.jsonl" "$(h2 "$WORK/db-solo")" --article-facts.extraction.workers=1 \
    --article-facts.extraction.concurrency=1 >"$WORK/solo.json"
  import_run "$WORK/pair-a.log" "$WORK/dev.jsonl" "$(h2 "$WORK/db-pair-a")" --article-facts.extraction.workers=1 \
    --article-facts.extraction.concurrency=1 >"$WORK/pair-a.json" &
  pair=$!
  import_run "$WORK/pair-b.log" "$WORK/dev.jsonl" "$(h2 "$WORK/db-pair-b")" --article-facts.extraction.workers=1 \
    --article-facts.extraction.concurrency=1 >"$WORK/pair-b.json"
  wait "$pair"
  solo=$(json_field seconds <"$WORK/solo.json")
  scaling=$(awk -v s="$solo" -v a="$(json_field seconds <"$WORK/pair-a.json")" -v b="$(json_field seconds <"$WORK/pair-b.json")" \
    'BEGIN {printf "%.2f", s / a + s / b}')
  say ""
  say "The machine: two independent one-thread imports at once did ${scaling}x the work of one alone (2 would be linear)."
fi

# --- peak RSS of an archive import ---------------------------------------------------------------------------------
"$JAVA" $HEAP -jar "$JAR" import "$WORK/archive.jsonl" "$(h2 "$WORK/db-archive")" >"$WORK/archive.log" 2>&1 </dev/null &
pid=$!; PIDS+=("$pid"); peak=0
while kill -0 "$pid" 2>/dev/null; do
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  [ "${hwm:-0}" -gt "$peak" ] && peak=$hwm
  sleep 0.5
done
wait "$pid" || [ $? = 1 ] || { tail -20 "$WORK/archive.log" >&2; exit 1; }
peak_mib=$((peak / 1024))
archive_line=$(tail -1 "$WORK/archive.log")
say ""
say "| import of $ARCHIVE articles (default workers: one per core) | result | goal | |"
say "| --- | --- | --- | --- |"
say "| peak RSS (VmHWM), JVM options $HEAP | $peak_mib MiB; $(json_field articlesPerSecond <<<"$archive_line") articles/s, $(json_field failed <<<"$archive_line") failed | <= 1536 MiB | $(verdict "$peak_mib" 1536 '<=') |"

# --- two instances on PostgreSQL against one, each on its own core --------------------------------------------------
say ""
if ! command -v psql >/dev/null || ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || [ "$CORES" -lt 2 ]; then
  say "Two instances on PostgreSQL: NOT MEASURED (needs PostgreSQL on 127.0.0.1:5432, as .ci/run starts it, and two cores)."
  exit 0
fi
PG_USER=${ARTICLE_FACTS_TEST_POSTGRES_USER:-articlefacts}; PG_PASSWORD=${ARTICLE_FACTS_TEST_POSTGRES_PASSWORD:-articlefacts}
head -n "$PG_ARTICLES" "$WORK/archive.jsonl" >"$WORK/pg.jsonl"
pg() { # schema
  echo "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${PG_DATABASE:-articlefacts_test}?currentSchema=$1" \
    "--spring.datasource.username=$PG_USER" "--spring.datasource.password=$PG_PASSWORD" \
    "--spring.flyway.schemas=$1" "--spring.flyway.default-schema=$1" "--spring.jpa.properties.hibernate.default_schema=$1"
}
one=$(taskset -c 0 "$JAVA" $HEAP -jar "$JAR" import "$WORK/pg.jsonl" $(pg "bench_one_$$") \
  --article-facts.extraction.workers=1 --article-facts.extraction.concurrency=1 2>"$WORK/pg-one.err" </dev/null | tail -1 || true)
# the helper: a server instance on the other core, its models loaded by one article before the import starts
port=18093
taskset -c 1 "$JAVA" $HEAP -jar "$JAR" $(pg "bench_two_$$") --server.port=$port --article-facts.api-key=bench \
  --article-facts.ingest.load-seeds=false --article-facts.extraction.workers=1 --article-facts.extraction.concurrency=1 \
  --logging.level.root=WARN >"$WORK/pg-helper.log" 2>&1 &
PIDS+=("$!")
until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 0.5; done
curl -sf -o /dev/null -X POST "http://localhost:$port/api/articles" -H 'X-API-Key: bench' -H 'Content-Type: text/plain' \
  --data-binary $'Warm-up\n\nThe army shelled Homs on Monday.\n'
two=$(taskset -c 0 "$JAVA" $HEAP -jar "$JAR" import "$WORK/pg.jsonl" $(pg "bench_two_$$") \
  --article-facts.extraction.workers=1 --article-facts.extraction.concurrency=1 2>"$WORK/pg-two.err" </dev/null | tail -1 || true)
one_aps=$(json_field articlesPerSecond <<<"$one"); two_aps=$(json_field articlesPerSecond <<<"$two")
speedup=$(awk -v a="$two_aps" -v b="$one_aps" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}')
say "| $PG_ARTICLES articles on PostgreSQL | articles/s | goal | |"
say "| --- | ---: | --- | --- |"
say "| one instance (the import command, pinned to core 0 with taskset -c 0, one extraction thread) | $one_aps | | |"
say "| two instances (the same, plus a server instance pinned to core 1 sharing the backlog) | $two_aps (${speedup}x) | >= 1.7x | $(verdict "$speedup" 1.7 '>=') |"
say ""
say "Work files: $WORK"
