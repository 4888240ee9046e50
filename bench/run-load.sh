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
  # The first start generates the demo data after "Started" (an ApplicationRunner): wait for it too,
  # or the app is stopped half-way and the data rolls back.
  for _ in $(seq 1 1200); do
    if grep -q "Started UptakeApplication" "$DATA/app-$1.log" \
        && { [ "$1" != first ] || grep -q "demo data created" "$DATA/app-$1.log"; }; then
      break
    fi
    sleep 0.5
  done
  grep -o "Started UptakeApplication in [0-9.]* seconds" "$DATA/app-$1.log"
  # CPU time says more than wall time on a shared machine: a dedicated 2-core one needs at least half of it.
  awk -v hz="$(getconf CLK_TCK)" '{printf "   JVM CPU time until started: %.1f s\n", ($14 + $15) / hz}' "/proc/$APP_PID/stat"
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }

echo "== first start (initdb + large demo data)"; start_app first; grep -o "large demo data created in [0-9]* ms" "$DATA/app-first.log" || true
stop_app
echo "== warm start";  start_app warm
sleep 2
echo "== memory after warm start: RSS $(ps -o rss= -p "$APP_PID" | awk '{printf "%.0f MiB", $1/1024}')"
JCMD=$(dirname "$JAVA")/jcmd
[ -x "$JCMD" ] && "$JCMD" "$APP_PID" GC.heap_info | grep -E "garbage-first heap|Metaspace" | sed 's/^ */   /' || true

BASE=http://localhost:$PORT
TOKEN=$(curl -s -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\",\"name\":\"bench\",\"scopes\":[\"read\"],\"validDays\":1}" | jq -r .token)
auth=(-H "Authorization: Bearer $TOKEN")
PERSON=$(curl -s "${auth[@]}" "$BASE/api/v1/people?size=1&q=ivanov" | jq -r '.items[0].id')
UNIT=$(curl -s "${auth[@]}" "$BASE/api/v1/units?size=1&q=station" | jq -r '.items[0].id')
POSITION=$(curl -s "${auth[@]}" "$BASE/api/v1/positions?size=1" | jq -r '.items[0].id')
NEXT=$(curl -s "${auth[@]}" "$BASE/api/v1/people?size=50" | jq -r '.next')

# Accounts for everyone, as an admin does it once ("create accounts for people"): 20,000 accounts,
# invitation links and outbox mails in one request. The pages below then see 20,000 accounts.
JAR_COOKIES=$(mktemp)
csrf() { curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null -X POST "$BASE/login" --data-urlencode username=admin \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$(csrf /login)"
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null -w "== bulk account creation for all people: HTTP %{http_code} in %{time_total} s\n" \
  -X POST "$BASE/admin/accounts/bulk" --data-urlencode roles=EMPLOYEE --data-urlencode "_csrf=$(csrf /admin/accounts/bulk)"
rm -f "$JAR_COOKIES"
ACCOUNT_ID=2  # the demo coordinator's account

PAGES="home=/;units tree=/units;units search=/units/list?q=station;unit=/units/$UNIT;positions=/positions;position=/positions/$POSITION"
PAGES="$PAGES;people=/people;people page 2=/people?after=$NEXT;people search=/people?q=ivan;people of unit=/people?unitId=$UNIT"
PAGES="$PAGES;person=/people/$PERSON;imports=/imports;profile=/profile"
PAGES="$PAGES;accounts=/admin/accounts;accounts search=/admin/accounts?q=ivan;accounts invited=/admin/accounts?account=INVITED"
PAGES="$PAGES;accounts of unit=/admin/accounts?unitId=$UNIT;account=/admin/accounts/$ACCOUNT_ID;account panel=/admin/accounts/person/$PERSON"
PAGES="$PAGES;accounts bulk=/admin/accounts/bulk?unitId=$UNIT;audit=/admin/audit;audit accounts=/admin/audit?type=account"
PAGES="$PAGES;mail log=/admin/mail;mail pending=/admin/mail?status=PENDING;organizations=/admin/organizations"
PAGES="$PAGES;delegations=/sign-offs/delegations"
API="api people=/api/v1/people;api people search=/api/v1/people?q=petrov;api person=/api/v1/people/$PERSON"
API="$API;api units=/api/v1/units;api unit tree=/api/v1/units/tree;api unit=/api/v1/units/$UNIT;api positions=/api/v1/positions"
PROGRAM=$(curl -s "${auth[@]}" "$BASE/api/v1/programs?q=5%2C000" | jq -r '.items[0].id')
PHASE=$(curl -s "${auth[@]}" "$BASE/api/v1/programs/$PROGRAM/phases" | jq -r '.[-1].id')
PAGES="$PAGES;programs=/programs;program=/programs/$PROGRAM;plan (5000 tasks)=/programs/$PROGRAM/plan"
PAGES="$PAGES;plan phase rows=/programs/$PROGRAM/plan/phases/$PHASE;my tasks=/tasks/mine;overdue=/tasks/overdue"
API="$API;api plan data=/api/v1/programs/$PROGRAM/plan;api phases=/api/v1/programs/$PROGRAM/phases"
API="$API;api tokens=/api/v1/tokens;api imports=/api/v1/imports;api processes=/api/v1/processes"
API="$API;api delegations=/api/v1/sign-offs/delegations"
SIGNOFF=$(curl -s "${auth[@]}" "$BASE/api/v1/sign-offs?view=ALL&size=1" | jq -r '.items[0].id')
PAGES="$PAGES;sign-offs inbox=/sign-offs;sign-offs all=/sign-offs?tab=all;sign-offs all open=/sign-offs?tab=all&status=OPEN"
PAGES="$PAGES;sign-off=/sign-offs/$SIGNOFF"
API="$API;api sign-offs all=/api/v1/sign-offs?view=ALL;api sign-offs waiting=/api/v1/sign-offs;api sign-off=/api/v1/sign-offs/$SIGNOFF"
# Later capabilities append their pages here.

(cd bench/gatling && ../../mvnw -q -B gatling:test -Duptake.base="$BASE" -Duptake.password=$PASSWORD \
  -Duptake.token="$TOKEN" -Duptake.users="$USERS" -Duptake.seconds="$SECONDS_RUN" \
  -Duptake.pages="$PAGES" -Duptake.api="$API" > "$DATA/gatling.log" 2>&1) || { tail -40 "$DATA/gatling.log"; }

RSS=$(ps -o rss= -p "$APP_PID" | awk '{printf "%.0f MiB", $1/1024}')
stop_app
REPORT=$(ls -td bench/gatling/target/gatling/*/ | head -1)index.html
echo "== load: $USERS concurrent users for ${SECONDS_RUN}s; JVM resident memory after load: $RSS"
python3 bench/gatling-table.py "$REPORT"
rm -rf "$DATA"
