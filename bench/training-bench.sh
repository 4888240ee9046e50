#!/usr/bin/env bash
# Training benchmark on the large demo (20,000 people, 1,000 units, 100,000 training records):
#  - enrol ~5,000 people (the regions of the first waves, with their stations) into one session in one statement,
#  - queue invitations for all of them and time until every one is in the mail outbox (background job),
#    stopping the application half-way and starting it again on the same data: nobody lost, nobody twice,
#  - the training tab, a session page with 5,000 participants, the completion API and the readiness board,
# each page timed with curl over N requests after warm-up; prints p50 / p95 / max in ms.
# Usage: bench/training-bench.sh [requests]    (starts its own app on UPTAKE_BENCH_PORT, default 8096)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-40}
PORT=${UPTAKE_BENCH_PORT:-8096}
PASSWORD=bench-admin-password
DATA=$(mktemp -d /tmp/uptake-training-bench.XXXX)
JAVA=${JAVA:-}
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-*; do
  [ -z "$JAVA" ] && [ -x "$candidate/bin/java" ] && JAVA="$candidate/bin/java"
done
JAVA=${JAVA:-java}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/uptake-*.jar | grep -v original | head -1)

start_app() {
  UPTAKE_DATA_DIR="$DATA/db" UPTAKE_DEMO=large UPTAKE_ADMIN_PASSWORD=$PASSWORD \
    "$JAVA" -Xmx2g -jar "$JAR" --server.port=$PORT --logging.level.io.zonky=WARN >> "$DATA/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 4800); do
    curl -s -o /dev/null "http://localhost:$PORT/login" && grep -q "demo data created\|Started" "$DATA/app.log" && break
    kill -0 $APP_PID 2>/dev/null || { echo "the application stopped:"; grep -m3 -E "ERROR|Caused by" "$DATA/app.log"; exit 1; }
    sleep 0.5
  done
}
start_app
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 4800); do grep -q "demo data created" "$DATA/app.log" && break; sleep 0.5; done
grep -o "large demo data created in [0-9]* ms" "$DATA/app.log" || true

BASE=http://localhost:$PORT
token() { curl -s -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"coordinator\",\"password\":\"$PASSWORD\",\"name\":\"bench\",\"scopes\":[\"read\",\"write\"],\"validDays\":1}" | jq -r .token; }
TOKEN=$(token)
auth=(-H "Authorization: Bearer $TOKEN")
PGPORT=$(ps -eo args | grep "[p]ostgres.*$DATA" | grep -o -- '-p [0-9]*' | head -1 | awk '{print $2}')
sql() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -At -c "$1"; }
LARGE=$(sql "select id from program where name like '%5,000%' or id = (select max(id) from program) order by (name like '%5,000%') desc limit 1")
ORG=$(sql "select organization_id from program where id = $LARGE")
echo "large program $LARGE; training records: $(sql "select count(*) from training_enrolment where organization_id = $ORG")"

# Region units (with their stations) until about 5,000 active people are covered.
UNITS=$(sql "with r as (select u.id, (select count(*) from person p join unit pu on pu.id = p.unit_id
             where pu.path like u.path || '%' and p.employment_status = 'ACTIVE') as n
             from unit u where u.organization_id = $ORG and u.depth = 1 and u.unit_type = 'branch' order by u.id),
             c as (select id, n, sum(n) over (order by id) as running from r)
             select string_agg(id::text, ',') from c where running - n < 5000")
COURSE=$(curl -s "${auth[@]}" -X POST "$BASE/api/v1/courses" -H 'Content-Type: application/json' \
  -d "{\"programId\":$LARGE,\"title\":\"Bench course\",\"durationMinutes\":120,\"aspects\":[\"Data entry\"]}" | jq -r .id)
SESSION=$(curl -s "${auth[@]}" -X POST "$BASE/api/v1/sessions" -H 'Content-Type: application/json' \
  -d "{\"courseId\":$COURSE,\"format\":\"TRAINING\",\"start\":\"2031-05-05T09:00:00\",\"end\":\"2031-05-05T12:00:00\",\"timeZone\":\"Europe/Berlin\",\"capacity\":100000}" | jq -r .id)
OUT=$(curl -s -w '\n%{time_total}' "${auth[@]}" -X POST "$BASE/api/v1/sessions/$SESSION/enrolments" -H 'Content-Type: application/json' \
  -d "{\"unitIds\":[$UNITS]}")
echo "enrol the people of regions $UNITS: $(echo "$OUT" | head -1 | jq -c .) in $(echo "$OUT" | tail -1 | awk '{ printf "%.0f ms", $1 * 1000 }')"

OUTBOX_BEFORE=$(sql "select count(*) from mail_outbox")
T0=$(date +%s.%N)
RUN=$(curl -s "${auth[@]}" -X POST "$BASE/api/v1/sessions/$SESSION/invitations" | jq -r .total)
T1=$(date +%s.%N)
echo "queue $RUN invitations (request): $(echo "($T1 - $T0) * 1000" | bc | cut -d. -f1) ms"
for _ in $(seq 1 600); do
  DONE=$(sql "select count(*) from training_invitation i join training_invitation_run r on r.id = i.run_id where r.session_id = $SESSION and i.status <> 'PENDING'")
  [ "$DONE" -ge $((RUN / 2)) ] && break; sleep 0.2
done
echo "stopping the application with $DONE of $RUN invitations in the outbox"
kill $APP_PID; wait $APP_PID 2>/dev/null || true
start_app
for _ in $(seq 1 1200); do
  PENDING=$(sql "select count(*) from training_invitation i join training_invitation_run r on r.id = i.run_id where r.session_id = $SESSION and i.status = 'PENDING'")
  [ "$PENDING" -eq 0 ] && break; sleep 0.2
done
T2=$(date +%s.%N)
echo "all $RUN invitations rendered into the outbox $(echo "($T2 - $T0)" | bc | cut -c1-5) s after the request (including the restart);" \
  "outbox grew by $(( $(sql "select count(*) from mail_outbox") - OUTBOX_BEFORE )), distinct recipients $(sql "select count(distinct recipient) from mail_outbox where subject like 'Invitation: Bench course%'")"

TOKEN=$(token); auth=(-H "Authorization: Bearer $TOKEN")
JAR_FILE="$DATA/cookies"
CSRF=$(curl -s -c "$JAR_FILE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$JAR_FILE" -c "$JAR_FILE" -o /dev/null --data-urlencode username=coordinator --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$CSRF" "$BASE/login"
stats() { sort -n | awk -v name="$1" '{ v[NR] = $1 } END { printf "%-44s n=%-4d p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms\n", name, NR, v[int(NR*0.5)+1], v[int(NR*0.95)], v[NR] }'; }
timed() { curl -s -o /dev/null -w '%{time_total}\n' "$@" | awk '{ printf "%.1f\n", $1 * 1000 }'; }
run() { local name=$1; shift; for _ in $(seq 1 5); do timed "$@" > /dev/null; done; for _ in $(seq 1 "$N"); do timed "$@"; done | stats "$name"; }
run "training tab (401 sessions, wave completion)" -b "$JAR_FILE" "$BASE/programs/$LARGE/training"
run "session page (5,000 participants, first 100)" -b "$JAR_FILE" "$BASE/training/sessions/$SESSION"
run "completion API (wave of ~5,000)" "${auth[@]}" "$BASE/api/v1/programs/$LARGE/training/completion"
run "readiness board (training signal)" -b "$JAR_FILE" "$BASE/programs/$LARGE/readiness"
run "sessions API page" "${auth[@]}" "$BASE/api/v1/sessions?programId=$LARGE"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
