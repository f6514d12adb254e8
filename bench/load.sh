#!/usr/bin/env bash
# Speed under load (issue 5): the Release site over a 10,000-article database, measured with wrk on loopback.
#
#   bench/load.sh                       # from the repo root (or anywhere: it moves to the repo root)
#   ARTICLES=3000 DURATION=10s bench/load.sh
#
# 1. publishes src/Relations.Web in Release once, into bench/out/site;
# 2. generates bench/out/corpus (ARTICLES, SEED) unless it already holds exactly that many files;
# 3. imports it into a fresh bench/out/load.db (REUSE_DB=1 keeps an existing one);
# 4. starts the site on 127.0.0.1:PORT with --db bench/out/load.db --seeds /nonexistent (no import on start) and
#    measures the time from process start to the first 200 on /healthz;
# 5. copies a relation page's HTML into bench/out/site/wwwroot/bench-static.html: the static baseline, a file of
#    the same size served by the same Kestrel through the static file middleware;
# 6. wrk -t2 -c32 -d15s --latency on each URL (relation, person, year, filtered search, /api/events, static);
#    prints path, requests/s, p50, p99 and the ratio of requests/s to the static baseline; samples the site's
#    VmRSS every second and prints the maximum;
# 7. re-imports the same corpus plus one extra article into the same --db while wrk runs on the relation page,
#    and reports non-2xx responses and socket errors from those runs (no request may fail during the swap);
# 8. stops the site (trap on exit).
#
# Only loopback addresses. Every step is bounded (timeout / wrk -d), so the script always ends.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/corpus.sh
source bench/corpus.sh

ARTICLES="${ARTICLES:-10000}"
SEED="${SEED:-42}"
PORT="${PORT:-5199}"
DURATION="${DURATION:-15s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
LIMIT="${LIMIT:-900}"            # seconds allowed for any one build/generate/import step
OUT=bench/out
SITE="$OUT/site"
CORPUS="$OUT/corpus"
DB="$OUT/load.db"
EXTRA="$OUT/load-extra"
BASE="http://127.0.0.1:$PORT"
# The per-client token bucket on /search and /api (200/s by default) would turn a loopback benchmark into a
# rate-limiter benchmark: lift it for this run only.
# --contentRoot: the published appsettings.json (Serilog to the console, so errors reach $OUT/load-site.log); the
# per-request log line is turned down to warnings so the log is not the benchmark.
SITE_ARGS=(--db "$DB" --seeds /nonexistent --urls "$BASE" --contentRoot "$PWD/$SITE"
  --RateLimiting:PermitsPerSecond=1000000 --RateLimiting:QueueLimit=0
  --Serilog:MinimumLevel:Override:Relations.Web.Infrastructure.RequestLogging=Warning)
# CACHE=0 turns the output cache off, so every request runs its queries (the cost of a first visit to a URL).
if [ "${CACHE:-1}" = 0 ]; then SITE_ARGS+=(--Relations:OutputCache=false); fi

mkdir -p "$OUT"
SITE_PID=""
RSS_PID=""
IMPORT_PID=""
cleanup() {
  trap - EXIT INT TERM
  [ -n "$RSS_PID" ] && kill "$RSS_PID" 2>/dev/null || true
  [ -n "$IMPORT_PID" ] && kill "$IMPORT_PID" 2>/dev/null || true
  if [ -n "$SITE_PID" ] && kill -0 "$SITE_PID" 2>/dev/null; then
    kill "$SITE_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SITE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SITE_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

for tool in wrk curl sqlite3 awk; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done

echo "== build: dotnet publish src/Relations.Web -c Release -o $SITE"
timeout "$LIMIT" dotnet publish src/Relations.Web -c Release -o "$SITE" --nologo -v quiet >"$OUT/load-build.log" 2>&1 \
  || { cat "$OUT/load-build.log"; echo "build failed" >&2; exit 1; }
RUN=(dotnet "$SITE/Relations.Web.dll")
rm -f "$SITE/wwwroot/bench-static.html"

ensure_corpus "$CORPUS" "$ARTICLES" "$SEED" "$LIMIT" "${RUN[@]}"

if [ "${REUSE_DB:-0}" = 1 ] && [ -f "$DB" ]; then
  echo "== database: reusing $DB"
else
  echo "== import: $CORPUS -> $DB"
  rm -f "$DB" "$DB"-*
  start=$(date +%s.%N)
  set +e
  timeout "$LIMIT" "${RUN[@]}" import "$CORPUS" --db "$DB" >"$OUT/load-import.log" 2>&1
  status=$?
  set -e
  # 3 = some files rejected: the generated corpus holds deliberately bad files.
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then tail -20 "$OUT/load-import.log"; echo "import failed ($status)" >&2; exit 1; fi
  printf '   %.1f s; %s\n' "$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')" "$(grep -E 'imported, .* skipped' "$OUT/load-import.log" | tail -1)"
fi
events=$(sqlite3 "$DB" 'select count(*) from Events')
relations=$(sqlite3 "$DB" 'select count(*) from Relations')
echo "   $relations relations, $events events"

# Typical pages: the relation and the person with the median number of events.
RELATION=$(sqlite3 "$DB" "select r.Slug from Relations r join (select RelationId, count(*) n from Events group by RelationId) e on e.RelationId = r.Id order by e.n, r.Slug limit 1 offset (select count(distinct RelationId) / 2 from Events)")
PERSON=$(sqlite3 "$DB" "select p.Slug from Persons p join (select PersonId, count(*) n from EventPersons group by PersonId) e on e.PersonId = p.Id order by e.n, p.Slug limit 1 offset (select count(distinct PersonId) / 2 from EventPersons)")
PERSON_EVENTS=$(sqlite3 "$DB" "select count(*) from EventPersons ep join Persons p on p.Id = ep.PersonId where p.Slug = '$PERSON'")
RELATION_EVENTS=$(sqlite3 "$DB" "select count(*) from Events e join Relations r on r.Id = e.RelationId where r.Slug = '$RELATION'")

echo "== start: ${RUN[*]} ${SITE_ARGS[*]}"
start_ns=$(date +%s%N)
"${RUN[@]}" "${SITE_ARGS[@]}" >"$OUT/load-site.log" 2>&1 &
SITE_PID=$!
ready=""
for _ in $(seq 1 600); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz" || true)" = 200 ]; then ready=1; break; fi
  kill -0 "$SITE_PID" 2>/dev/null || break
  sleep 0.01
done
[ -n "$ready" ] || { tail -20 "$OUT/load-site.log"; echo "the site did not answer /healthz" >&2; exit 1; }
startup_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
echo "   first 200 on /healthz after $startup_ms ms"

# The static baseline: the relation page's bytes, served by the static file middleware of the same Kestrel.
curl -sf "$BASE/relations/$RELATION" -o "$SITE/wwwroot/bench-static.html"
page_bytes=$(stat -c %s "$SITE/wwwroot/bench-static.html")
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/bench-static.html")" = 200 ] || { echo "static baseline not served" >&2; exit 1; }

URLS=(
  "/relations/$RELATION"
  "/people/$PERSON"
  "/years/1975"
  "/search?q=visit&decade=1970s"
  "/api/events?year=1975"
  "/bench-static.html"
)
for u in "${URLS[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$u")
  [ "$code" = 200 ] || { echo "$u answered $code" >&2; exit 1; }
done

# VmRSS every second into a file, for the whole measured part.
( while kill -0 "$SITE_PID" 2>/dev/null; do
    sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$SITE_PID/status" 2>/dev/null || true
    sleep 1
  done ) >"$OUT/load-rss.txt" &
RSS_PID=$!

# wrk's latency in ms ("850.00us", "1.23ms", "1.02s").
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0; else if (v ~ /s$/) printf "%.2f", v * 1000; else print "?" }'; }
declare -A RPS P50 P99 ERR
run_wrk() {  # url duration connections [wrk args] -> wrk's report in $OUT/wrk-*.txt; sets RPS/P50/P99/ERR
  local u="$1" d="$2" c="$3" file
  shift 3
  file="$OUT/wrk-$(echo "$u" | tr -c 'a-zA-Z0-9' '_').txt"
  timeout 300 wrk -t"$THREADS" -c"$c" -d"$d" --timeout 5s --latency "$@" "$BASE$u" >"$file" 2>&1 || true
  RPS[$u]=$(awk '/^Requests\/sec:/ {print $2}' "$file")
  grep -q ' 0 requests in' "$file" && echo "   wrk completed no request on $u: see $file" >&2
  P50[$u]=$(to_ms "$(awk '/^ +50%/ {print $2}' "$file")")
  P99[$u]=$(to_ms "$(awk '/^ +99%/ {print $2}' "$file")")
  local non2xx sock
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$file"); non2xx=${non2xx:-0}
  sock=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$file"); sock=${sock:-0}
  ERR[$u]="$non2xx/$sock"
}

echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, one URL after the other (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
for u in "${URLS[@]}"; do
  run_wrk "$u" "$DURATION" "$CONNECTIONS"
  printf '   %-45s %10s req/s\n' "$u" "${RPS[$u]:-?}"
done

static=${RPS[/bench-static.html]:-0}
echo
echo "== result: $relations relations, $events events; relation page $page_bytes bytes ($RELATION_EVENTS events), person $PERSON_EVENTS events"
printf '%-45s %10s %9s %9s %9s %12s\n' path "req/s" "p50 ms" "p99 ms" "x static" "non2xx/sock"
for u in "${URLS[@]}"; do
  ratio=$(awk -v a="${RPS[$u]:-0}" -v b="$static" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "?" }')
  printf '%-45s %10s %9s %9s %9s %12s\n' "$u" "${RPS[$u]:-?}" "${P50[$u]}" "${P99[$u]}" "$ratio" "${ERR[$u]}"
done

rel="/relations/$RELATION"; search="/search?q=visit&decade=1970s"
REL_RPS=${RPS[$rel]:-0}; REL_P99=${P99[$rel]:-999}; SEARCH_P99=${P99[$search]:-999}

# The re-import: the same corpus plus one extra article, into the same --db, while wrk keeps hitting the relation
# page in back-to-back 10 s runs until the import has finished (and one run after, to cover the swap).
mkdir -p "$EXTRA"
cat >"$EXTRA/99999_load_extra.txt" <<'ARTICLE'
= East Germany–South Yemen relations =

East Germany–South Yemen relations were the bilateral relations between East Germany and South Yemen.

East Germany and South Yemen established diplomatic relations on 1 July 1969. East Germany maintained an embassy in Aden.

==History==
In 1979, an East German delegation visited Aden. In 1981, East Germany sent 200 tractors to South Yemen.
ARTICLE
echo
echo "== re-import during load: ${RUN[*]} import $CORPUS $EXTRA --db $DB, with wrk -c$CONNECTIONS on /relations/$RELATION"
reimport_start=$(date +%s.%N)
timeout "$LIMIT" "${RUN[@]}" import "$CORPUS" "$EXTRA" --db "$DB" >"$OUT/load-reimport.log" 2>&1 &
IMPORT_PID=$!
total_req=0; total_non2xx=0; total_sock=0; runs=0; after=0
while [ "$after" -lt 1 ]; do
  kill -0 "$IMPORT_PID" 2>/dev/null || after=$((after + 1))
  u="/relations/$RELATION"
  run_wrk "$u" 10s "$CONNECTIONS" -s bench/status.lua
  file="$OUT/wrk-$(echo "$u" | tr -c 'a-zA-Z0-9' '_').txt"
  grep '^status ' "$file" | sed "s/^/   run $((runs + 1)): /" || true
  req=$(awk '/requests in/ {print $1}' "$file")
  total_req=$((total_req + ${req:-0}))
  total_non2xx=$((total_non2xx + ${ERR[$u]%/*}))
  total_sock=$((total_sock + ${ERR[$u]#*/}))
  runs=$((runs + 1))
done
set +e
wait "$IMPORT_PID"
import_status=$?
IMPORT_PID=""
set -e
reimport_s=$(awk -v a="$reimport_start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
extra_code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/relations/east-germany/south-yemen")
printf '   import exit %s after %.0f s (3 = some generated files rejected on purpose); %s wrk runs, %s requests\n' \
  "$import_status" "$reimport_s" "$runs" "$total_req"
echo "   non-2xx responses: $total_non2xx; socket errors (connect/read/write/timeout): $total_sock"
grep -E '\[[0-9:]+ (ERR|FTL)\]' "$OUT/load-site.log" | cut -c1-300 | sort | uniq -c | sort -rn | head -5 | sed 's/^/   site log: /' || true
echo "   the extra article after the swap: /relations/east-germany/south-yemen answered $extra_code"

kill "$RSS_PID" 2>/dev/null || true
RSS_PID=""
max_rss_kb=$(sort -n "$OUT/load-rss.txt" | tail -1)
max_rss_mb=$(( ${max_rss_kb:-0} / 1024 ))
echo "   site VmRSS max over the whole run (sampled every second): $max_rss_mb MB"

yes_no() { awk "BEGIN { print ($1) ? \"yes\" : \"NO\" }"; }
echo
echo "== targets (load average now: $(cut -d' ' -f1-3 /proc/loadavg); on a shared 2-core machine the p99s move with the neighbours)"
echo "   relation req/s >= 35% of static          : $(yes_no "$REL_RPS >= 0.35 * $static")"
echo "   relation p99 <= 25 ms                    : $(yes_no "$REL_P99 > 0 && $REL_P99 <= 25")"
echo "   search p99 <= 40 ms over >= 100,000 events: $(yes_no "$SEARCH_P99 > 0 && $SEARCH_P99 <= 40 && $events >= 100000")"
echo "   RSS < 300 MB                             : $(yes_no "$max_rss_mb < 300")"
echo "   start to first 200 < 2 s                 : $(yes_no "$startup_ms < 2000")"
echo "   no failed request during the re-import   : $(yes_no "$total_non2xx == 0 && $total_sock == 0 && $import_status != 1 && $extra_code == 200")"
