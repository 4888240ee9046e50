#!/usr/bin/env bash
# Process module figures on the large demo (2,000 processes, 1,000 positions): the "specifications
# for a position" query behind job duties and the process map's data for 300 level-2 processes.
# Start Uptake first:
#   SERVER_PORT=8095 UPTAKE_DATA_DIR=/tmp/process-large UPTAKE_DEMO=large UPTAKE_ADMIN_PASSWORD=... ./mvnw spring-boot:run
# then: bench/process-bench.sh http://localhost:8095 admin <password>
set -euo pipefail
BASE=${1:-http://localhost:8095}
USER=${2:-admin}
PASS=${3:?admin password}
RUNS=${RUNS:-120}
WARMUP=${WARMUP:-20}

TOKEN=$(curl -sf -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$USER\",\"password\":\"$PASS\",\"name\":\"bench\",\"scopes\":[\"read\"]}" | sed "s/.*\"token\":\"\([^\"]*\)\".*/\1/")

percentiles() { # prints p50 and p95 (ms) of the times (seconds) on stdin
  sort -n | awk '{t[NR]=$1*1000} END {printf "p50 %.1f ms  p95 %.1f ms  max %.1f ms  (n=%d)\n", t[int(NR*0.5)], t[int(NR*0.95)], t[NR], NR}'
}

measure() { # label url
  for _ in $(seq "$WARMUP"); do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$2"; done
  printf '%-58s ' "$1"
  for _ in $(seq "$RUNS"); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$2"; done | percentiles
}

POSITIONS=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/positions?q=role&size=200" | grep -o "\"id\":[0-9]*" | sed "s/\"id\"://" | head -5)
MAP=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/processes/map")
echo "map: $(echo "$MAP" | grep -o '"level":2' | wc -l) level-2 and $(echo "$MAP" | grep -o '"level":1' | wc -l) level-1 boxes, $(echo "$MAP" | grep -o '"resources"' | wc -l) relations, $(echo -n "$MAP" | wc -c) bytes"
for p in $POSITIONS; do
  n=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/processes/executed-by/$p" | grep -o '"processId"' | wc -l)
  measure "GET /api/v1/processes/executed-by/$p ($n specifications)" "$BASE/api/v1/processes/executed-by/$p"
done
measure "GET /api/v1/processes/map (whole catalog)" "$BASE/api/v1/processes/map"
measure "GET /api/v1/processes?level=2 (first page)" "$BASE/api/v1/processes?level=2"
measure "GET /api/v1/processes/tree (2,000 processes)" "$BASE/api/v1/processes/tree"
