#!/usr/bin/env bash
# Competency benchmarks on the large demo started as an app (2,000 processes over 1,000 positions;
# 20,000 people with an agreed assessment each): job duties for a position (budget 50 ms) and the gap
# matrix rolled up by unit (budget p95 200 ms), end to end over HTTP with curl. Prints p50/p95/max per
# request over N calls and the EXPLAIN ANALYZE of the queries behind them. bench/competency-bench.sh
# measures the same without starting the app or the whole demo (much faster).
# Usage: bench/competency.sh [calls]   (UPTAKE_BENCH_PORT, default 8096; SKIP_BUILD=1; UPTAKE_BENCH_DATA)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
CALLS=${1:-50}
bench_find_java
bench_build
bench_start_large "${UPTAKE_BENCH_PORT:-8096}" competency-bench
bench_token read
sql() { bench_sql "$1"; }
ORG=$(sql "select organization_id from process group by 1 order by count(*) desc limit 1")
# The position executing the most processes: the worst case for its duties.
POSITION=$(sql "select position_id from process_executor where organization_id = $ORG and position_id is not null group by 1 order by count(*) desc limit 1")
TOP_UNIT=$(sql "select id from unit where organization_id = $ORG and parent_id is null order by id limit 1")
bench_machine
echo "== data: $(sql "select count(*) from process where organization_id = $ORG") processes, $(sql "select count(*) from position where organization_id = $ORG") positions, $(sql "select count(*) from assessment where organization_id = $ORG and latest") people with an agreed assessment; position $POSITION executes $(sql "select count(*) from process_executor where position_id = $POSITION") processes"

time_calls() { # label url
  local times
  times=$(for _ in $(seq 1 "$CALLS"); do curl -s -o /dev/null -w "%{time_total}\n" "${BENCH_AUTH[@]}" "$BENCH_BASE$2"; done | sort -n)
  echo "$times" | awk -v label="$1" -v n="$CALLS" '{a[NR]=$1*1000} END {printf "%-40s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (n=%d)\n", label, a[int(n*0.5)], a[int(n*0.95)], a[n], n}'
}
curl -s -o /dev/null "${BENCH_AUTH[@]}" "$BENCH_BASE/api/v1/positions/$POSITION/duties"   # warm up
curl -s -o /dev/null "${BENCH_AUTH[@]}" "$BENCH_BASE/api/v1/assessments/gap-matrix"
time_calls "job duties (busiest position)" "/api/v1/positions/$POSITION/duties"
time_calls "gap matrix, whole organisation by unit" "/api/v1/assessments/gap-matrix"
time_calls "gap matrix, top unit by sub-unit" "/api/v1/assessments/gap-matrix?unitId=$TOP_UNIT"

echo "== EXPLAIN ANALYZE: gap matrix cells from the running totals (whole organisation)"
sql "explain (analyze, buffers) select cast(coalesce(nullif(split_part(u.path, '/', 2), ''), '0') as bigint) as row_id, g.competency_id,
       sum(g.with_gap), sum(g.assessed), (sum(g.gap_sum) / sum(g.assessed))::float8
     from gap_rollup g join unit u on u.id = g.unit_id
     where g.organization_id = $ORG and g.assessed > 0 and u.organization_id = $ORG and u.path like '/%' group by 1, 2" \
  | grep -E "Execution Time|Planning Time|Scan|Join|Aggregate" | head -20
echo "== EXPLAIN ANALYZE: executors of the busiest position"
sql "explain (analyze) select e.process_id from process_executor e where e.organization_id = $ORG and e.position_id = $POSITION" \
  | grep -E "Execution Time|Scan" | head -5
