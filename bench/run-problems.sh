#!/usr/bin/env bash
# Problem-log benchmark: the problem list on the `large` demo (1,000 units, 20,000 people, 10,000
# problems from support's LargeProblemLog).
#  1. builds the jar and starts it on a fresh embedded database with the large demo,
#  2. EXPLAIN (ANALYZE, BUFFERS) of the list queries exactly as ProblemListRepository assembles them
#     (coordinator: all, open, by status/type/severity, overdue, unit subtree, title search, a deep
#     keyset page; unit head: their subtree; employee: their own) — best of three execution times,
#  3. HTTP p50/p95 of /api/v1/problems and the /problems page (sequential curl, 20 warm-up + 100).
# Usage: bench/run-problems.sh     (SKIP_BUILD=1 reuses target/uptake-*.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${UPTAKE_BENCH_PORT:-8185}
PASSWORD=bench-admin-password
DATA=$(mktemp -d /tmp/uptake-problems-bench.XXXX)
JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-* ; do
    [ -x "$candidate/bin/java" ] && JAVA="$candidate/bin/java" && break
  done
fi
JAVA=${JAVA:-java}

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/uptake-*.jar | grep -v original | head -1)
UPTAKE_DATA_DIR="$DATA" UPTAKE_DEMO=large UPTAKE_ADMIN_PASSWORD=$PASSWORD \
  "$JAVA" -Xmx2g -jar "$JAR" --server.port=$PORT --logging.level.io.zonky=WARN > "$DATA/app.log" 2>&1 &
APP_PID=$!
trap 'cp "$DATA/app.log" /tmp/uptake-problems-bench-app.log 2>/dev/null || true; kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 2400); do
  grep -q "demo data created" "$DATA/app.log" && break
  kill -0 $APP_PID 2>/dev/null || { tail -40 "$DATA/app.log"; exit 1; }
  sleep 0.5
done
grep -o "large demo data created in [0-9]* ms" "$DATA/app.log" || true

PG_PORT=$(pgrep -af -- "$DATA" | grep -oE -- '-p [0-9]+' | head -1 | awk '{print $2}')
[ -n "$PG_PORT" ] || PG_PORT=$(grep -oE 'port[= ]+[0-9]{4,5}' "$DATA/app.log" | grep -oE '[0-9]+' | head -1)
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -At -v ON_ERROR_STOP=1)
ORG=$("${PSQL[@]}" -c "select organization_id from problem group by 1 order by count(*) desc limit 1")
HEAD=$("${PSQL[@]}" -c "select u.head_person_id from unit u where u.organization_id = $ORG and u.depth = 1 and u.head_person_id is not null order by u.id limit 1")
HEAD_PATH=$("${PSQL[@]}" -c "select path from unit where head_person_id = $HEAD limit 1")
EMPLOYEE=$("${PSQL[@]}" -c "select reporter_person_id from problem where organization_id = $ORG group by 1 order by count(*) desc limit 1")
UNIT_PATH=$("${PSQL[@]}" -c "select path from unit where organization_id = $ORG and depth = 1 order by id limit 1")
DEEP=$("${PSQL[@]}" -c "select id from problem where organization_id = $ORG and status <> 'DUPLICATE' order by id desc offset 5000 limit 1")
echo "organisation $ORG: $("${PSQL[@]}" -c "select count(*) from problem where organization_id = $ORG") problems; head $HEAD ($HEAD_PATH), employee $EMPLOYEE"

ROW="select p.id, p.type, p.severity, p.status, p.title, u.name as unit_name, p.reporter_name, o.full_name as owner_name,
 pg.name as program_name, p.sla_due_at, p.paused_at, p.resolved_at, p.created_at
 from problem p left join unit u on u.id = p.unit_id left join person o on o.id = p.owner_person_id
 left join program pg on pg.id = p.program_id where p.organization_id = $ORG"
# What a reporter, owner or head may see: each branch through its own index (ProblemListRepository.visible).
visible() { # $1 = person, $2 = headed path (optional)
  local v="select r.id from problem r where r.reporter_person_id = $1 union select w.id from problem w where w.owner_person_id = $1"
  [ -n "${2:-}" ] && v="$v union select s.id from problem s where s.unit_id in (select id from unit where organization_id = $ORG and path like '$2%')"
  echo "${ROW/ from problem p / from ($v) v join problem p on p.id = v.id }"
}
declare -A Q=(
  ["coordinator: all, first page"]="$ROW and p.status <> 'DUPLICATE' order by p.id desc limit 51"
  ["coordinator: open"]="$ROW and p.status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER') order by p.id desc limit 51"
  ["coordinator: status NEW"]="$ROW and p.status = 'NEW' order by p.id desc limit 51"
  ["coordinator: type + severity"]="$ROW and p.status <> 'DUPLICATE' and p.type = 'INTEGRATION_FAILURE' and p.severity = 'CRITICAL' order by p.id desc limit 51"
  ["coordinator: past SLA"]="$ROW and p.status in ('NEW', 'IN_PROGRESS') and p.sla_due_at < now() order by p.id desc limit 51"
  ["coordinator: unit subtree"]="$ROW and p.status <> 'DUPLICATE' and p.unit_id in (select id from unit where organization_id = $ORG and path like '$UNIT_PATH%') order by p.id desc limit 51"
  ["coordinator: title search"]="$ROW and p.status <> 'DUPLICATE' and lower(p.title) like '%problem 77%' order by p.id desc limit 51"
  ["coordinator: keyset page 100"]="$ROW and p.status <> 'DUPLICATE' and p.id < $DEEP order by p.id desc limit 51"
  ["head: their subtree + own"]="$(visible $HEAD "$HEAD_PATH") and p.status <> 'DUPLICATE' order by p.id desc limit 51"
  ["employee: own"]="$(visible $EMPLOYEE) and p.status <> 'DUPLICATE' order by p.id desc limit 51"
)
printf '\n| query | rows | best of 3 | plan (top nodes) |\n|---|---|---|---|\n'
for name in "${!Q[@]}"; do
  best=""
  for _ in 1 2 3; do
    plan=$("${PSQL[@]}" -c "explain (analyze, buffers) ${Q[$name]}")
    t=$(echo "$plan" | grep -oE 'Execution Time: [0-9.]+' | awk '{print $3}')
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
  done
  rows=$("${PSQL[@]}" -c "select count(*) from (${Q[$name]}) x")
  shape=$(echo "$plan" | grep -oE '(Index Scan Backward|Index Scan|Index Only Scan Backward|Index Only Scan|Bitmap Index Scan|Seq Scan) (using [a-z_]+ )?on (problem|unit)' | sort -u | paste -sd ';' -)
  printf '| %s | %s | %s ms | %s |\n' "$name" "$rows" "$best" "$shape"
done

BASE=http://localhost:$PORT
TOKEN=$(curl -s -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\",\"name\":\"bench\",\"scopes\":[\"read\"],\"validDays\":1}" | jq -r .token)
timed() { # $1 = label, rest = curl args
  local label=$1; shift
  for _ in $(seq 1 20); do curl -s -o /dev/null "$@"; done
  for _ in $(seq 1 100); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n |
    awk -v l="$label" '{ a[NR] = $1 } END { printf "| %s | %.1f ms | %.1f ms |\n", l, a[int(NR * 0.5)] * 1000, a[int(NR * 0.95)] * 1000 }'
}
printf '\n| request | p50 | p95 |\n|---|---|---|\n'
timed "API /api/v1/problems (first page)" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/problems"
timed "API /api/v1/problems?open=true&severity=CRITICAL" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/problems?open=true&severity=CRITICAL"
timed "API /api/v1/problems?q=problem+77" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/problems?q=problem+77"
timed "API /api/v1/problems/trends (12 weeks)" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/problems/trends"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
