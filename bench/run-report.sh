#!/usr/bin/env bash
# Status report and dashboard benchmark on the `large` demo (20,000 people, 1,000 units, 1M adoption
# events, 10,000 problems, the large program's 5k-task plan):
#  1. builds the jar and starts it on a fresh embedded database with the large demo,
#  2. generating a status report of the largest program over HTTP (POST, 3 warm-up + 10 timed: p50, p95, max),
#  3. HTTP p50/p95 of the live program dashboard (API and page) and of the portfolio (sequential curl, 20 warm-up + 100),
#  4. EXPLAIN ANALYZE of the portfolio's newest-report-per-program query.
# Usage: bench/run-report.sh     (SKIP_BUILD=1 reuses target/uptake-*.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${UPTAKE_BENCH_PORT:-8187}
PASSWORD=bench-admin-password
DATA=$(mktemp -d /tmp/uptake-report-bench.XXXX)
JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-* ; do
    [ -x "$candidate/bin/java" ] && JAVA="$candidate/bin/java" && break
  done
fi
JAVA=${JAVA:-java}

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/uptake-*.jar | grep -v original | head -1)
UPTAKE_DATA_DIR="$DATA" UPTAKE_DEMO=large UPTAKE_ADMIN_PASSWORD=$PASSWORD \
  "$JAVA" -Xmx2g -jar "$JAR" --server.port=$PORT --logging.level.io.zonky=WARN --uptake.scheduling.enabled=false > "$DATA/app.log" 2>&1 &
APP_PID=$!
trap 'cp "$DATA/app.log" /tmp/uptake-report-bench-app.log 2>/dev/null || true; kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 4800); do
  grep -q "demo data created" "$DATA/app.log" && break
  kill -0 $APP_PID 2>/dev/null || { tail -40 "$DATA/app.log"; exit 1; }
  sleep 0.5
done
grep -o "large demo data created in [0-9]* ms" "$DATA/app.log" || true

PG_PORT=$(pgrep -af -- "$DATA" | grep -oE -- '-p [0-9]+' | head -1 | awk '{print $2}')
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -At -v ON_ERROR_STOP=1)
PROGRAM=$("${PSQL[@]}" -c "select program_id from adoption_event group by 1 order by count(*) desc limit 1")
ORG=$("${PSQL[@]}" -c "select organization_id from program where id = $PROGRAM")
echo "program $PROGRAM: $("${PSQL[@]}" -c "select count(*) from adoption_event where program_id = $PROGRAM") adoption events," \
  "$("${PSQL[@]}" -c "select count(*) from problem where organization_id = $ORG") problems," \
  "$("${PSQL[@]}" -c "select count(*) from program_task where program_id = $PROGRAM") tasks," \
  "$("${PSQL[@]}" -c "select count(*) from person where organization_id = $ORG") people," \
  "$("${PSQL[@]}" -c "select count(*) from program where organization_id = $ORG") programs"

BASE=http://localhost:$PORT
TOKEN=$(curl -s -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\",\"name\":\"bench\",\"scopes\":[\"read\",\"write\"],\"validDays\":1}" | jq -r .token)
AUTH=(-H "Authorization: Bearer $TOKEN")

printf '\n| request | n | p50 | p95 | max |\n|---|---|---|---|---|\n'
for _ in 1 2 3; do curl -s -o /dev/null -X POST "${AUTH[@]}" "$BASE/api/v1/programs/$PROGRAM/status-reports"; done
# Sorted by time before awk (mawk has no asort); non-201 answers are counted, not hidden.
for _ in $(seq 1 10); do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "${AUTH[@]}" "$BASE/api/v1/programs/$PROGRAM/status-reports"; done |
  sort -k2 -n | awk '$1 != 201 { bad++ } { a[NR] = $2 } END { n = NR; printf "| POST status report (generate + store) | %d (non-201: %d) | %.0f ms | %.0f ms | %.0f ms |\n", n, bad, a[int(n * 0.5)] * 1000, a[int(n * 0.95)] * 1000, a[n] * 1000 }'

timed() { # $1 = label, rest = curl args
  local label=$1; shift
  for _ in $(seq 1 20); do curl -s -o /dev/null "$@"; done
  for _ in $(seq 1 100); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n |
    awk -v l="$label" '{ a[NR] = $1 } END { printf "| %s | %d | %.1f ms | %.1f ms | %.1f ms |\n", l, NR, a[int(NR * 0.5)] * 1000, a[int(NR * 0.95)] * 1000, a[NR] * 1000 }'
}
timed "GET /api/v1/programs/{large}/dashboard" "${AUTH[@]}" "$BASE/api/v1/programs/$PROGRAM/dashboard"
timed "GET /api/v1/portfolio" "${AUTH[@]}" "$BASE/api/v1/portfolio"
REPORT=$("${PSQL[@]}" -c "select id from status_report where program_id = $PROGRAM order by id desc limit 1")
timed "GET /api/v1/programs/{large}/status-reports/{id} (stored)" "${AUTH[@]}" "$BASE/api/v1/programs/$PROGRAM/status-reports/$REPORT"

echo
echo "Portfolio's newest report per program (EXPLAIN ANALYZE):"
"${PSQL[@]}" -c "explain analyze select distinct on (program_id) id, program_id, rag from status_report
  where organization_id = $ORG and program_id in (select id from program where organization_id = $ORG order by lower(name), id limit 51)
  order by program_id, id desc" | grep -E "Scan|Execution Time"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
