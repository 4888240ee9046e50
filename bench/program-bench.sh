#!/usr/bin/env bash
# Program benchmark on the large demo (5,000-task program with ~6,000 dependencies):
#  - create a program from a playbook (P1, P3) through the API,
#  - move one task whose successors are ~4,500 tasks (reschedule: one load, in-memory pass, one batched write),
#  - plan page, one unfolded phase and the whole plan's data (JSON),
# each timed with curl over N requests after warm-up; prints p50 / p95 / max in ms.
# Usage: bench/program-bench.sh [requests]    (starts its own app on UPTAKE_BENCH_PORT, default 8094)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-60}
PORT=${UPTAKE_BENCH_PORT:-8094}
PASSWORD=bench-admin-password
DATA=$(mktemp -d /tmp/uptake-program-bench.XXXX)
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
ROOT=$(curl -s "${auth[@]}" "$BASE/api/v1/units?size=1&q=AutoServ" | jq -r '.items[0].id')
P1=$(curl -s "${auth[@]}" "$BASE/api/v1/playbooks" | jq -r '.[] | select(.code=="P1" and .builtIn) | .id')
P3=$(curl -s "${auth[@]}" "$BASE/api/v1/playbooks" | jq -r '.[] | select(.code=="P3" and .builtIn) | .id')
PHASE=$(curl -s "${auth[@]}" "$BASE/api/v1/programs/$LARGE/phases" | jq -r '[.[] | select((.name | startswith("Block")) and .done < .tasks)][0].id')
TASK=$(curl -s "${auth[@]}" "$BASE/api/v1/programs/$LARGE/tasks?phaseId=$PHASE" | jq -r '[.[] | select(.status=="NOT_STARTED")][0].id')
echo "large program $LARGE: $(curl -s "${auth[@]}" "$BASE/api/v1/programs/$LARGE/plan" | jq '"\(.tasks|length) tasks, \(.dependencies|length) dependencies"')"

# Page requests need a session: sign in through the form.
JAR_FILE="$DATA/cookies"
CSRF=$(curl -s -c "$JAR_FILE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$JAR_FILE" -c "$JAR_FILE" -o /dev/null --data-urlencode username=coordinator --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$CSRF" "$BASE/login"

stats() { sort -n | awk -v name="$1" '{ v[NR] = $1 } END { printf "%-34s n=%-4d p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms\n", name, NR, v[int(NR*0.5)+1], v[int(NR*0.95)], v[NR] }'; }
timed() { curl -s -o /dev/null -w '%{time_total}\n' "$@" | awk '{ printf "%.1f\n", $1 * 1000 }'; }
run() { local name=$1; shift; for _ in $(seq 1 10); do timed "$@" > /dev/null; done; for _ in $(seq 1 "$N"); do timed "$@"; done | stats "$name"; }

create() {
  timed "${auth[@]}" -X POST "$BASE/api/v1/programs" -H 'Content-Type: application/json' \
    -d "{\"playbookId\":$1,\"name\":\"Bench $RANDOM$RANDOM\",\"startDate\":\"2030-03-04\",\"unitIds\":[$ROOT]}"
}
for _ in $(seq 1 5); do create "$P1" > /dev/null; done
for _ in $(seq 1 "$N"); do create "$P1"; done | stats "create program from P1 (12 tasks)"
for _ in $(seq 1 "$N"); do create "$P3"; done | stats "create program from P3 (25 tasks)"

VERSION=$(curl -s "${auth[@]}" "$BASE/api/v1/programs/$LARGE/tasks/$TASK" | jq -r .version)
START=$(curl -s "${auth[@]}" "$BASE/api/v1/programs/$LARGE/tasks/$TASK" | jq -r .plannedStart)
SHIFTED=0
move_times() {
  for i in $(seq 1 "$N"); do
    if (( i % 2 )); then DAY=$(date -d "$START + 14 days" +%F); else DAY=$START; fi
    OUT=$(curl -s -w '\n%{time_total}' "${auth[@]}" -X POST "$BASE/api/v1/programs/$LARGE/tasks/$TASK/move" \
      -H 'Content-Type: application/json' -d "{\"plannedStart\":\"$DAY\",\"version\":$VERSION}")
    VERSION=$(echo "$OUT" | head -1 | jq -r .task.version)
    SHIFTED=$(echo "$OUT" | head -1 | jq -r '.shifted | length')
    echo "$OUT" | tail -1 | awk '{ printf "%.1f\n", $1 * 1000 }'
  done
}
move_times | stats "move a task (reschedule 5,000/6,000)"
echo "  (each move shifted $(curl -s "${auth[@]}" -X POST "$BASE/api/v1/programs/$LARGE/tasks/$TASK/move" -H 'Content-Type: application/json' \
  -d "{\"plannedStart\":\"$(date -d "$START + 14 days" +%F)\",\"version\":$VERSION}" | jq '.shifted | length') tasks)"

run "plan page (5,000 tasks)" -b "$JAR_FILE" "$BASE/programs/$LARGE/plan"
run "plan: a phase of 100 tasks opened (htmx)" -b "$JAR_FILE" -H 'HX-Request: true' "$BASE/programs/$LARGE/plan/phases/$PHASE/body"
run "plan data API (5,000 + 6,000, JSON)" "${auth[@]}" "$BASE/api/v1/programs/$LARGE/plan"
run "plan phases API" "${auth[@]}" "$BASE/api/v1/programs/$LARGE/phases"
run "programs list" -b "$JAR_FILE" "$BASE/programs"
run "reference: /units (org module)" -b "$JAR_FILE" "$BASE/units"
run "reference: /positions (org module)" -b "$JAR_FILE" "$BASE/positions"
run "my tasks" -b "$JAR_FILE" "$BASE/tasks/mine"
run "overdue (whole organisation)" -b "$JAR_FILE" "$BASE/tasks/overdue"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# Query plans of the program lists on the same data (psql against the embedded PostgreSQL).
PGPORT=$(ps -eo args | grep "[p]ostgres.*$DATA" | grep -o -- '-p [0-9]*' | head -1 | awk '{print $2}')
if [ -n "$PGPORT" ] && command -v psql > /dev/null; then
  ORG=$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -At -c "select organization_id from program where id = $LARGE")
  ME=$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -At -c "select person_id from user_account where username = 'coordinator'")
  explain() {
    echo "-- $1"
    psql -h 127.0.0.1 -p "$PGPORT" -U postgres -At -c "explain (analyze, buffers off) $2" | grep -E "Execution Time|Index|Seq Scan" | head -6
  }
  explain "phases of the 5,000-task plan with figures" "select ph.id, count(t.id) filter (where t.status = 'DONE'), min(t.planned_start), max(t.planned_finish) from program_phase ph left join program_task t on t.phase_id = ph.id where ph.organization_id = $ORG and ph.program_id = $LARGE group by ph.id order by ph.position, ph.id"
  explain "one phase's rows" "select t.id, t.title, exists (select 1 from program_task_dependency d join program_task p on p.id = d.predecessor_id where d.successor_id = t.id and p.status in ('NOT_STARTED','IN_PROGRESS') and d.override_reason is null) from program_task t where t.organization_id = $ORG and t.program_id = $LARGE and t.phase_id = $PHASE order by t.position, t.planned_start, t.id limit 1001"
  explain "my tasks (coordinator, owner of ~5,000 open tasks)" "select t.id from program_task t where t.organization_id = $ORG and t.status in ('NOT_STARTED','IN_PROGRESS') and t.owner_person_id = $ME order by coalesce(t.due_date, t.planned_finish), t.id limit 51"
  explain "overdue, whole organisation" "select t.id from program_task t where t.organization_id = $ORG and t.status in ('NOT_STARTED','IN_PROGRESS') and coalesce(t.due_date, t.planned_finish) < current_date order by coalesce(t.due_date, t.planned_finish), t.id limit 51"
  explain "reschedule: all tasks of the program" "select id, status, planned_start, planned_finish, duration_days, constraint_start, actual_start, actual_finish, milestone from program_task where program_id = $LARGE"
  explain "reschedule: all dependencies of the program" "select predecessor_id, successor_id from program_task_dependency where program_id = $LARGE"
fi
