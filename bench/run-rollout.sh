#!/usr/bin/env bash
# Rollout benchmark on the `large` demo (1,000 units in 10 waves of the 5,000-task program, ~20,000
# access items): the readiness board's data (GET /api/v1/programs/{id}/readiness, every unit with every
# criterion read through the readiness signals), recomputing and storing all readiness scores
# (POST …/readiness/recompute), and bulk-marking every access item of the program in one request
# (POST …/checklist-items/mark with ~20,000 ids). Prints p50/p95 of the HTTP time per request.
# Usage: bench/run-rollout.sh [repetitions]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-40}
PORT=${UPTAKE_BENCH_PORT:-8187}
PASSWORD=bench-admin-password
DATA=$(mktemp -d /tmp/uptake-rollout-bench.XXXX)
JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-* ; do
    [ -x "$candidate/bin/java" ] && JAVA="$candidate/bin/java" && break
  done
fi
JAVA=${JAVA:-java}

# UPTAKE_JAR runs an already built jar (e.g. the "before" build of a change) instead of building this tree.
if [ -n "${UPTAKE_JAR:-}" ]; then
  JAR=$UPTAKE_JAR
else
  [ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests package
  JAR=$(ls target/uptake-*.jar | grep -v original | head -1)
fi
started=$(date +%s)
UPTAKE_DATA_DIR="$DATA" UPTAKE_DEMO=large UPTAKE_ADMIN_PASSWORD=$PASSWORD \
  "$JAVA" -Xmx2g -jar "$JAR" --server.port=$PORT --logging.level.io.zonky=WARN > "$DATA/app.log" 2>&1 &
APP_PID=$!
trap 'cp "$DATA/app.log" /tmp/uptake-rollout-bench-app.log 2>/dev/null; kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 2400); do
  grep -q "demo data created" "$DATA/app.log" && break
  kill -0 $APP_PID 2>/dev/null || { tail -40 "$DATA/app.log"; exit 1; }
  sleep 0.5
done
echo "large demo ready after $(( $(date +%s) - started )) s"

BASE=http://localhost:$PORT
TOKEN=$(curl -s -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\",\"name\":\"bench\",\"scopes\":[\"read\",\"write\"],\"validDays\":1}" | jq -r .token)
if [ -z "$TOKEN" ] || [ "$TOKEN" = null ]; then
  echo "no API token:"; curl -s -i -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\",\"name\":\"bench2\",\"scopes\":[\"read\",\"write\"],\"validDays\":1}" | head -20
  exit 1
fi
auth=(-H "Authorization: Bearer $TOKEN")
PROGRAMS=$(curl -s "${auth[@]}" "$BASE/api/v1/programs?size=200")
PROGRAM=$(echo "$PROGRAMS" | jq -r '.items[]? | select(.name | startswith("Network-wide")) | .id' | head -1)
[ -n "$PROGRAM" ] || { echo "no large program in: $(echo "$PROGRAMS" | head -c 600)"; exit 1; }
WAVES=$(curl -s "${auth[@]}" "$BASE/api/v1/programs/$PROGRAM/waves" | jq 'length')
UNITS=$(curl -s "${auth[@]}" "$BASE/api/v1/programs/$PROGRAM/readiness" | jq 'length')
echo "program $PROGRAM: $WAVES waves, $UNITS wave units"
echo "load: $(uptime)"

stats() { # reads milliseconds, one a line
  sort -n | awk '{ a[NR] = $1 } END { printf "p50 %.1f ms  p95 %.1f ms  (n=%d)\n", a[int(NR * 0.5 + 0.5)], a[int(NR * 0.95 + 0.5)], NR }'
}
timed() { # $1 = method, $2 = path, [$3 = body file]
  if [ -n "${3:-}" ]; then
    curl -s -o /dev/null -w '%{time_total}\n' "${auth[@]}" -X "$1" -H 'Content-Type: application/json' --data-binary "@$3" "$BASE$2"
  else
    curl -s -o /dev/null -w '%{time_total}\n' "${auth[@]}" -X "$1" "$BASE$2"
  fi | awk '{ printf "%.1f\n", $1 * 1000 }'
}

for _ in $(seq 1 10); do timed GET "/api/v1/programs/$PROGRAM/readiness" > /dev/null; done
echo -n "readiness board data (1,000 units):  "
for _ in $(seq 1 "$N"); do timed GET "/api/v1/programs/$PROGRAM/readiness"; done | stats
echo -n "recompute all readiness scores:      "
for _ in $(seq 1 "$N"); do timed POST "/api/v1/programs/$PROGRAM/readiness/recompute"; done | stats

# Every access item of the program, read straight from the embedded PostgreSQL (its port is in postmaster.pid).
PGPORT=$(sed -n 4p "$DATA"/postgres*/postmaster.pid 2>/dev/null || sed -n 4p "$(find "$DATA" -name postmaster.pid | head -1)")
IDS=$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -At -c \
  "select string_agg(id::text, ',') from rollout_checklist_item where program_id = $PROGRAM and category = 'ACCESS'")
echo "{\"itemIds\":[$IDS],\"status\":\"DONE\",\"evidenceNote\":\"bench\"}" > "$DATA/mark.json"
echo "{\"itemIds\":[$IDS],\"status\":\"OPEN\"}" > "$DATA/unmark.json"
echo "access items: $(echo "$IDS" | tr ',' '\n' | wc -l)"
echo -n "bulk-mark every access item DONE:    "
for _ in $(seq 1 5); do timed POST "/api/v1/programs/$PROGRAM/checklist-items/mark" "$DATA/mark.json"; \
  timed POST "/api/v1/programs/$PROGRAM/checklist-items/mark" "$DATA/unmark.json" > /dev/null; done | stats
echo "load: $(uptime)"
# EXPLAIN ANALYZE of the board's queries (bench/rollout-board.sql; :program is the program id).
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -q -v program="$PROGRAM" -f "${BOARD_SQL:-bench/rollout-board.sql}" || true
cp "$DATA/app.log" /tmp/uptake-rollout-bench-app.log
