#!/usr/bin/env bash
# Adoption and KPI benchmark: usage events through the real ingest (HTTP POST /api/v1/adoption-events,
# batches of 5,000, a token of scope "adoption") into a demo organisation on the embedded PostgreSQL,
# then the pages and API that read them.
#  1. builds the jar and starts it on a fresh database with demo data (`small` unless UPTAKE_BENCH_DEMO
#     says `large`; either way the demo's P1 program has three waves, two of them live),
#  2. sends EVENTS events (default 1,000,000) for the organisation's people over the last 28 days,
#     two batches at a time; prints wall time, events/s and the CPU the application and PostgreSQL spent,
#  3. sends the first batch again (a retry: every event must come back as a duplicate),
#  4. times 100 requests each of the adoption tab, the adoption API, the KPI tab, the KPI list API and the
#     all-KPIs page, and prints p50 / p95 / max.
# Usage: bench/run-adoption.sh [events]
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-1000000}
PORT=${UPTAKE_BENCH_PORT:-8186}
DEMO=${UPTAKE_BENCH_DEMO:-small}
PASSWORD=bench-admin-password
DATA=$(mktemp -d /tmp/uptake-adoption-bench.XXXX)
JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-* ; do
    [ -x "$candidate/bin/java" ] && JAVA="$candidate/bin/java" && break
  done
fi
JAVA=${JAVA:-java}

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/uptake-*.jar | grep -v original | head -1)
UPTAKE_DATA_DIR="$DATA" UPTAKE_DEMO=$DEMO UPTAKE_ADMIN_PASSWORD=$PASSWORD \
  "$JAVA" -Xmx2g ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port=$PORT --logging.level.io.zonky=WARN > "$DATA/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 2400); do
  grep -q "demo data created" "$DATA/app.log" && break
  kill -0 $APP_PID 2>/dev/null || { tail -40 "$DATA/app.log"; exit 1; }
  sleep 0.5
done

BASE=http://localhost:$PORT
TOKEN=$(curl -s -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\",\"name\":\"bench\",\"scopes\":[\"read\",\"write\",\"adoption\"],\"validDays\":1}" | jq -r .token)
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || { echo "no API token"; tail -20 "$DATA/app.log"; exit 1; }
auth=(-H "Authorization: Bearer $TOKEN")
PROGRAM=$(curl -s "${auth[@]}" "$BASE/api/v1/programs?size=200" | jq -r '[.items[] | select(.name | test("workshop|Workshop|P1"))][0].id // .items[0].id')
after=""
: > "$DATA/users.txt"
while :; do
  page=$(curl -s "${auth[@]}" "$BASE/api/v1/people?size=200${after:+&after=$after}")
  echo "$page" | jq -r '.items[] | (.email // .employeeNumber)' >> "$DATA/users.txt"
  after=$(echo "$page" | jq -r '.next // empty')
  [ -z "$after" ] && break
done
echo "program $PROGRAM, $(wc -l < "$DATA/users.txt") people, $EVENTS events"

python3 - "$DATA" "$PROGRAM" "$EVENTS" <<'PY'
import json, random, sys, datetime
data, program, events = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
users = [u.strip() for u in open(f"{data}/users.txt") if u.strip()]
now = datetime.datetime.now(datetime.timezone.utc)
rnd = random.Random(1)
features = ["orders", "work-orders", "parts", "invoices", "reports"]
batch, n = [], 0
for i in range(events):
    at = now - datetime.timedelta(minutes=rnd.randint(10, 28 * 24 * 60))
    batch.append({"eventId": f"bench-{i}", "user": rnd.choice(users), "feature": rnd.choice(features),
                  "occurredAt": at.strftime("%Y-%m-%dT%H:%M:%SZ")})
    if len(batch) == 5000 or i == events - 1:
        with open(f"{data}/batch-{n:05d}.json", "w") as f:
            json.dump({"programId": program, "events": batch}, f)
        batch, n = [], n + 1
PY

TICK=$(getconf CLK_TCK)
ticks_of() { for pid in "$@"; do awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true; done | awk '{ s += $1 } END { print s + 0 }'; }
db_ticks() {
  local master
  master=$(pgrep -f -- "-D $DATA/postgres" | head -1 || true)
  [ -z "$master" ] && { echo 0; return; }
  ticks_of "$master" $(pgrep -P "$master")
}
cpu_ticks() { echo $(( $(ticks_of "$APP_PID") + $(db_ticks) )); }

c0=$(cpu_ticks); t0=$(date +%s%N)
ls "$DATA"/batch-*.json | xargs -P 2 -I{} curl -s -o /dev/null -w '%{http_code}\n' "${auth[@]}" \
  -H 'Content-Type: application/json' --data-binary @{} "$BASE/api/v1/adoption-events" > "$DATA/codes.txt"
t1=$(date +%s%N); c1=$(cpu_ticks)
bad=$(grep -vc '^200$' "$DATA/codes.txt" || true)
secs=$(echo "scale=2; ($t1 - $t0) / 1000000000" | bc)
cpu=$(echo "scale=2; ($c1 - $c0) / $TICK" | bc)
echo "ingest: $EVENTS events in $secs s wall ($(echo "$EVENTS / $secs" | bc) events/s), CPU app+db $cpu s ($(echo "$EVENTS / $cpu" | bc) events per CPU-second), non-200 batches: $bad"
retry=$(curl -s "${auth[@]}" -H 'Content-Type: application/json' --data-binary @"$DATA/batch-00000.json" "$BASE/api/v1/adoption-events")
echo "retry of the first batch: $(echo "$retry" | jq -c '{accepted, duplicates, rejected}')"

cookie="$DATA/cookies"
csrf=$(curl -s -c "$cookie" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$cookie" -c "$cookie" -o /dev/null -d "username=admin&password=$PASSWORD&_csrf=$csrf" "$BASE/login"
time_it() { # $1 label, rest: curl args
  local label=$1; shift
  for _ in $(seq 1 5); do curl -s -o /dev/null "$@"; done
  for _ in $(seq 1 100); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n > "$DATA/t.txt"
  printf '%-40s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms\n' "$label" \
    "$(sed -n 50p "$DATA/t.txt" | awk '{print $1*1000}')" "$(sed -n 95p "$DATA/t.txt" | awk '{print $1*1000}')" \
    "$(tail -1 "$DATA/t.txt" | awk '{print $1*1000}')"
}
time_it "adoption tab (page)" -b "$cookie" "$BASE/programs/$PROGRAM/adoption"
time_it "adoption figures (API, 60 days)" "${auth[@]}" "$BASE/api/v1/programs/$PROGRAM/adoption"
time_it "KPI tab (page)" -b "$cookie" "$BASE/programs/$PROGRAM/kpis"
time_it "KPI list (API)" "${auth[@]}" "$BASE/api/v1/kpis?programId=$PROGRAM"
time_it "all KPIs (page)" -b "$cookie" "$BASE/kpis"
