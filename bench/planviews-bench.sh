#!/usr/bin/env bash
# Plan views benchmark on the large demo (the 5,000-task program with ~6,000 dependencies and its baseline):
#  - Gantt data of the whole plan (5,000 bars, critical path on the whole network) and of one phase, the Gantt page,
#  - the baselines tab (variance of 5,000 tasks + burn-down), the variance API with every task, the burn-down,
#  - the filtered plan list and its API, the plan export (CSV, XLSX), saving a baseline (5,000-row snapshot),
#  - the budget and risks tabs of the demo's P1 program,
# each timed with curl over N requests after warm-up; prints p50 / p95 / max in ms, then the query plans.
# Usage: bench/planviews-bench.sh [requests]   (starts its own app on UPTAKE_BENCH_PORT, default 8096;
#        SKIP_BUILD=1 reuses target/uptake-*.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-40}
PORT=${UPTAKE_BENCH_PORT:-8096}
PASSWORD=bench-admin-password
DATA=$(mktemp -d /tmp/uptake-planviews-bench.XXXX)
JAVA=${JAVA:-}
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-*; do
  [ -z "$JAVA" ] && [ -x "$candidate/bin/java" ] && JAVA="$candidate/bin/java"
done
JAVA=${JAVA:-java}

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/uptake-*.jar | grep -v original | head -1)
UPTAKE_DATA_DIR="$DATA" UPTAKE_DEMO=large UPTAKE_ADMIN_PASSWORD=$PASSWORD \
  "$JAVA" -Xmx2g -jar "$JAR" --server.port=$PORT --logging.level.io.zonky=WARN > "$DATA/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null; rm -rf "$DATA"' EXIT
# "Started" is logged before the demo data are generated; wait for the demo runner to finish.
for _ in $(seq 1 4800); do
  grep -q "demo data created" "$DATA/app.log" && break
  kill -0 $APP_PID 2>/dev/null || { echo "the application stopped:"; grep -m3 -E "ERROR|Caused by" "$DATA/app.log"; exit 1; }
  sleep 0.5
done
grep -o "large demo data created in [0-9]* ms" "$DATA/app.log" || true

BASE=http://localhost:$PORT
TOKEN=$(curl -s -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"coordinator\",\"password\":\"$PASSWORD\",\"name\":\"bench\",\"scopes\":[\"read\",\"write\"],\"validDays\":1}" | jq -r .token)
auth=(-H "Authorization: Bearer $TOKEN")
LARGE=$(curl -s "${auth[@]}" "$BASE/api/v1/programs?q=5%2C000" | jq -r '.items[0].id')
P1=$(curl -s "${auth[@]}" "$BASE/api/v1/programs?q=Workshop" | jq -r '.items[0].id')
PHASE=$(curl -s "${auth[@]}" "$BASE/api/v1/programs/$LARGE/phases" | jq -r '[.[] | select(.done < .tasks)][0].id')
BASELINE=$(curl -s "${auth[@]}" "$BASE/api/v1/programs/$LARGE/baselines" | jq -r '.items[0].id')
echo "large program $LARGE (phase $PHASE, baseline $BASELINE): $(curl -s "${auth[@]}" "$BASE/api/v1/programs/$LARGE/gantt" \
  | jq '"\(.tasks|length) bars, \([.tasks[].dependencies|length]|add) links, \(.critical) critical"'); P1 program $P1"

# Page requests need a session: sign in through the form.
JAR_FILE="$DATA/cookies"
CSRF=$(curl -s -c "$JAR_FILE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$JAR_FILE" -c "$JAR_FILE" -o /dev/null --data-urlencode username=coordinator --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$CSRF" "$BASE/login"

stats() { sort -n | awk -v name="$1" '{ v[NR] = $1 } END { printf "%-44s n=%-4d p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms\n", name, NR, v[int(NR*0.5)+1], v[int(NR*0.95)], v[NR] }'; }
timed() { curl -s -o /dev/null -w '%{time_total}\n' "$@" | awk '{ printf "%.1f\n", $1 * 1000 }'; }
run() { local name=$1; shift; for _ in $(seq 1 5); do timed "$@" > /dev/null; done; for _ in $(seq 1 "$N"); do timed "$@"; done | stats "$name"; }

run "gantt data, whole plan (5,000 bars)" -b "$JAR_FILE" "$BASE/programs/$LARGE/gantt.json"
run "gantt data, one phase (100 bars)" -b "$JAR_FILE" "$BASE/programs/$LARGE/gantt.json?phaseId=$PHASE"
run "gantt data, whole plan + baseline ghosts" -b "$JAR_FILE" "$BASE/programs/$LARGE/gantt.json?baselineId=$BASELINE"
run "gantt API, open tasks" "${auth[@]}" "$BASE/api/v1/programs/$LARGE/gantt?status=OPEN"
run "gantt page (opens on one phase)" -b "$JAR_FILE" "$BASE/programs/$LARGE/gantt"
run "baselines tab (variance of 5,000 tasks)" -b "$JAR_FILE" "$BASE/programs/$LARGE/baselines/$BASELINE"
run "variance API, every task" "${auth[@]}" "$BASE/api/v1/programs/$LARGE/baselines/$BASELINE/variance?all=true"
run "burn-down (5,000 tasks, weekly)" -b "$JAR_FILE" "$BASE/programs/$LARGE/baselines/burndown.json?baselineId=$BASELINE"
run "filtered plan page (open, 100 rows)" -b "$JAR_FILE" "$BASE/programs/$LARGE/plan/filter?status=OPEN"
run "filtered plan API (overdue, 50 rows)" "${auth[@]}" "$BASE/api/v1/programs/$LARGE/plan/tasks?overdue=true"
run "plan export CSV (5,000 rows)" -b "$JAR_FILE" "$BASE/programs/$LARGE/plan/export.csv"
run "plan export XLSX (5,000 rows)" -b "$JAR_FILE" "$BASE/programs/$LARGE/plan/export.xlsx"
save_times() {
  for i in $(seq 1 "$1"); do
    timed "${auth[@]}" -X POST "$BASE/api/v1/programs/$LARGE/baselines" -H 'Content-Type: application/json' \
      -d "{\"name\":\"Bench $i $RANDOM\",\"version\":0}"
  done
}
save_times 3 > /dev/null
save_times 20 | stats "save a baseline (5,000-task snapshot)"
run "budget tab (P1)" -b "$JAR_FILE" "$BASE/programs/$P1/budget"
run "risks tab (P1)" -b "$JAR_FILE" "$BASE/programs/$P1/risks"
run "risk heat map API (P1)" "${auth[@]}" "$BASE/api/v1/programs/$P1/risks/heatmap"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# Query plans on the same data (psql against the embedded PostgreSQL).
PGPORT=$(ps -eo args | grep "[p]ostgres.*$DATA" | grep -o -- '-p [0-9]*' | head -1 | awk '{print $2}')
if [ -n "$PGPORT" ] && command -v psql > /dev/null; then
  ORG=$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -At -c "select organization_id from program where id = $LARGE")
  explain() {
    echo "-- $1"
    psql -h 127.0.0.1 -p "$PGPORT" -U postgres -At -c "explain (analyze, buffers off) $2" | grep -E "Execution Time|Index|Seq Scan" | head -6
  }
  explain "gantt: every task in plan order" "select t.id, t.phase_id, t.title, t.planned_start, t.planned_finish, o.full_name from program_task t left join program_phase ph on ph.id = t.phase_id left join person o on o.id = t.owner_person_id where t.organization_id = $ORG and t.program_id = $LARGE order by ph.position nulls last, t.phase_id, t.position, t.id"
  explain "gantt: every dependency" "select predecessor_id, successor_id from program_task_dependency where program_id = $LARGE"
  explain "baseline against plan (full join)" "select coalesce(t.id, b.task_id) from (select * from program_baseline_task where baseline_id = $BASELINE) b full join (select * from program_task where organization_id = $ORG and program_id = $LARGE and status <> 'CANCELLED') t on t.id = b.task_id left join program_phase ph on ph.id = t.phase_id"
  explain "filtered list: open tasks by start" "select t.id from program_task t where t.organization_id = $ORG and t.program_id = $LARGE and t.status in ('NOT_STARTED','IN_PROGRESS') order by t.planned_start, t.id limit 101"
  explain "filtered list: one phase" "select t.id from program_task t where t.organization_id = $ORG and t.program_id = $LARGE and t.phase_id = $PHASE and t.status <> 'CANCELLED' order by t.planned_start, t.id limit 101"
fi
