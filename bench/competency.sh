#!/usr/bin/env bash
# Competency benchmarks on the large demo (2,000 processes over 1,000 positions; 20,000 people
# with an agreed assessment each): job duties for a position (budget 50 ms) and the gap matrix
# rolled up by unit (budget p95 200 ms). Prints p50/p95/max per request over N calls and the
# EXPLAIN ANALYZE of the queries behind them.
# Usage: bench/competency.sh [calls]   (UPTAKE_BENCH_PORT, default 8096)
set -euo pipefail
cd "$(dirname "$0")/.."
CALLS=${1:-50}
PORT=${UPTAKE_BENCH_PORT:-8096}
PASSWORD=bench-admin-password
DATA=${UPTAKE_BENCH_DATA:-$(mktemp -d /tmp/competency-bench.XXXX)}

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/uptake-*.jar | grep -v original | head -1)
UPTAKE_DATA_DIR="$DATA" UPTAKE_DEMO=large UPTAKE_ADMIN_PASSWORD=$PASSWORD \
  java -Xmx2g -jar "$JAR" --server.port=$PORT --logging.level.io.zonky=WARN > "$DATA/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
# The demo is generated after "Started" on the first start; wait for it (up to 20 minutes on a busy machine).
for _ in $(seq 1 2400); do
  grep -q "demo data created" "$DATA/app.log" && break
  sleep 0.5
done
grep -o "large demo data created in [0-9]* ms" "$DATA/app.log" || true

BASE=http://localhost:$PORT
TOKEN=$(curl -s -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\",\"name\":\"bench\",\"scopes\":[\"read\"],\"validDays\":1}" | jq -r .token)
auth=(-H "Authorization: Bearer $TOKEN")
PG_PORT=$(ps -eo args | grep "[p]ostgres.*$DATA" | grep -o -- '-p [0-9]*' | head -1 | awk '{print $2}')
sql() { psql -h localhost -p "$PG_PORT" -U postgres -d postgres -At -c "$1"; }
ORG=$(sql "select organization_id from process group by 1 order by count(*) desc limit 1")
# The position executing the most processes: the worst case for its duties.
POSITION=$(sql "select position_id from process_executor where organization_id = $ORG and position_id is not null group by 1 order by count(*) desc limit 1")
TOP_UNIT=$(sql "select id from unit where organization_id = $ORG and parent_id is null order by id limit 1")
echo "== machine: $(nproc) cores, shared with other sessions; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== data: $(sql "select count(*) from process where organization_id = $ORG") processes, $(sql "select count(*) from position where organization_id = $ORG") positions, $(sql "select count(*) from assessment where organization_id = $ORG and latest") people with an agreed assessment; position $POSITION executes $(sql "select count(*) from process_executor where position_id = $POSITION") processes"

time_calls() { # label url
  local times
  times=$(for _ in $(seq 1 "$CALLS"); do curl -s -o /dev/null -w "%{time_total}\n" "${auth[@]}" "$BASE$2"; done | sort -n)
  echo "$times" | awk -v label="$1" -v n="$CALLS" '{a[NR]=$1*1000} END {printf "%-40s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (n=%d)\n", label, a[int(n*0.5)], a[int(n*0.95)], a[n], n}'
}
curl -s -o /dev/null "${auth[@]}" "$BASE/api/v1/positions/$POSITION/duties"   # warm up
curl -s -o /dev/null "${auth[@]}" "$BASE/api/v1/assessments/gap-matrix"
time_calls "job duties (busiest position)" "/api/v1/positions/$POSITION/duties"
time_calls "gap matrix, whole organisation by unit" "/api/v1/assessments/gap-matrix"
time_calls "gap matrix, top unit by sub-unit" "/api/v1/assessments/gap-matrix?unitId=$TOP_UNIT"

echo "== EXPLAIN ANALYZE: gap matrix cells (whole organisation)"
sql "explain (analyze, buffers) select cast(coalesce(nullif(split_part(u.path, '/', 2), ''), '0') as bigint) as row_id, i.competency_id,
       count(*) filter (where i.gap > 0), count(*), avg(i.gap)::float8
     from assessment a join assessment_item i on i.assessment_id = a.id join person p on p.id = a.person_id join unit u on u.id = p.unit_id
     where a.organization_id = $ORG and a.latest and u.path like '%' group by 1, 2" | grep -E "Execution Time|Planning Time|Scan|Join|Aggregate" | head -20
echo "== EXPLAIN ANALYZE: executors of the busiest position"
sql "explain (analyze) select e.process_id from process_executor e where e.organization_id = $ORG and e.position_id = $POSITION" \
  | grep -E "Execution Time|Scan" | head -5
