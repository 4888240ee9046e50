#!/usr/bin/env bash
# HTTP load benchmark on the large demo data set (1,000 units, 20,000 people).
#  1. builds the application jar, 2. starts it on a fresh embedded database with UPTAKE_DEMO=large
#  (first start: initdb + demo generation), 3. restarts it to measure a warm start, 4. runs the
#  Gatling simulation against every page and API endpoint, 5. prints req/s and p50/p95/p99 per
#  request, startup times and the JVM's resident memory.
# Usage: bench/run-load.sh [users] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${1:-8}
SECONDS_RUN=${2:-40}
PORT=${UPTAKE_BENCH_PORT:-8181}
PASSWORD=bench-admin-password
DATA=$(mktemp -d /tmp/uptake-bench.XXXX)
JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-* ; do
    [ -x "$candidate/bin/java" ] && JAVA="$candidate/bin/java" && break
  done
fi
JAVA=${JAVA:-java}

./mvnw -q -B -DskipTests package
JAR=$(ls target/uptake-*.jar | grep -v original | head -1)

start_app() {
  UPTAKE_DATA_DIR="$DATA" UPTAKE_DEMO=large UPTAKE_ADMIN_PASSWORD=$PASSWORD \
    "$JAVA" -Xmx2g -jar "$JAR" --server.port=$PORT --logging.level.io.zonky=WARN > "$DATA/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    grep -q "Started UptakeApplication" "$DATA/app-$1.log" && break
    sleep 0.5
  done
  grep -o "Started UptakeApplication in [0-9.]* seconds" "$DATA/app-$1.log"
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }

echo "== first start (initdb + large demo data)"; start_app first; grep -o "large demo data created in [0-9]* ms" "$DATA/app-first.log" || true
stop_app
echo "== warm start";  start_app warm

BASE=http://localhost:$PORT
TOKEN=$(curl -s -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\",\"name\":\"bench\",\"scopes\":[\"read\"],\"validDays\":1}" | jq -r .token)
auth=(-H "Authorization: Bearer $TOKEN")
PERSON=$(curl -s "${auth[@]}" "$BASE/api/v1/people?size=1&q=ivanov" | jq -r '.items[0].id')
UNIT=$(curl -s "${auth[@]}" "$BASE/api/v1/units?size=1&q=station" | jq -r '.items[0].id')
POSITION=$(curl -s "${auth[@]}" "$BASE/api/v1/positions?size=1" | jq -r '.items[0].id')
NEXT=$(curl -s "${auth[@]}" "$BASE/api/v1/people?size=50" | jq -r '.next')

PAGES="home=/;units tree=/units;units search=/units/list?q=station;unit=/units/$UNIT;positions=/positions;position=/positions/$POSITION"
PAGES="$PAGES;people=/people;people page 2=/people?after=$NEXT;people search=/people?q=ivan;people of unit=/people?unitId=$UNIT"
PAGES="$PAGES;person=/people/$PERSON;accounts=/admin/accounts;audit=/admin/audit;imports=/imports;profile=/profile"
API="api people=/api/v1/people;api people search=/api/v1/people?q=petrov;api person=/api/v1/people/$PERSON"
API="$API;api units=/api/v1/units;api unit tree=/api/v1/units/tree;api unit=/api/v1/units/$UNIT;api positions=/api/v1/positions"
PROGRAM=$(curl -s "${auth[@]}" "$BASE/api/v1/programs?q=5%2C000" | jq -r '.items[0].id')
PHASE=$(curl -s "${auth[@]}" "$BASE/api/v1/programs/$PROGRAM/phases" | jq -r '.[-1].id')
PAGES="$PAGES;programs=/programs;program=/programs/$PROGRAM;plan (5000 tasks)=/programs/$PROGRAM/plan"
PAGES="$PAGES;plan phase rows=/programs/$PROGRAM/plan/phases/$PHASE;my tasks=/tasks/mine;overdue=/tasks/overdue"
API="$API;api plan data=/api/v1/programs/$PROGRAM/plan;api phases=/api/v1/programs/$PROGRAM/phases"
# Later capabilities append their pages here.

(cd bench/gatling && ../../mvnw -q -B gatling:test -Duptake.base="$BASE" -Duptake.password=$PASSWORD \
  -Duptake.token="$TOKEN" -Duptake.users="$USERS" -Duptake.seconds="$SECONDS_RUN" \
  -Duptake.pages="$PAGES" -Duptake.api="$API" > "$DATA/gatling.log" 2>&1) || { tail -40 "$DATA/gatling.log"; }

RSS=$(ps -o rss= -p "$APP_PID" | awk '{printf "%.0f MiB", $1/1024}')
stop_app
STATS=$(ls -td bench/gatling/target/gatling/*/ | head -1)js/stats.json
echo "== load: $USERS concurrent users for ${SECONDS_RUN}s; JVM resident memory after load: $RSS"
jq -r '.contents[] | .stats | [.name, .numberOfRequests.total, .numberOfRequests.ko, .meanNumberOfRequestsPerSecond.total, .percentiles1.total, .percentiles3.total, .percentiles4.total] | @tsv' "$STATS" \
  | sort | awk -F'\t' 'BEGIN { printf "%-22s %7s %4s %8s %6s %6s %6s\n", "request", "count", "ko", "req/s", "p50", "p95", "p99" }
      { printf "%-22s %7d %4d %8.1f %6d %6d %6d\n", $1, $2, $3, $4, $5, $6, $7 }'
jq -r '.stats | "ALL: \(.numberOfRequests.total) requests, \(.meanNumberOfRequestsPerSecond.total) req/s, p50 \(.percentiles1.total) ms, p95 \(.percentiles3.total) ms, p99 \(.percentiles4.total) ms"' "$STATS"
rm -rf "$DATA"
