#!/usr/bin/env bash
# Import benchmark: 100,000 people through the real import mechanism (HTTP upload, whole-file
# check, dry-run preview, all-or-nothing apply) into the `large` demo organisation
# (1,000 units, 20,000 people) on the embedded PostgreSQL.
#  1. builds the jar and starts it on a fresh database, 2. generates a CSV of new people that
#  name existing units, positions and managers (a tenth of them lead the other nine), 3. dry run
#  and apply (creates), 4. the same file with every name changed (updates), 5. the same file again
#  (all unchanged). Prints wall time and rows/s per step, the CPU time the application and its
#  PostgreSQL spent on it (what the step costs on an otherwise idle machine), and the server's split.
# Usage: bench/run-import.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
PORT=${UPTAKE_BENCH_PORT:-8182}
DEMO=${UPTAKE_BENCH_DEMO:-large}
PASSWORD=bench-admin-password
DATA=$(mktemp -d /tmp/uptake-import-bench.XXXX)
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
  "$JAVA" -Xmx2g ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port=$PORT --logging.level.io.zonky=WARN --logging.level.org.uptake.org.person.PersonImportWriter=DEBUG > "$DATA/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 1200); do
  grep -q "demo data created" "$DATA/app.log" && break
  kill -0 $APP_PID 2>/dev/null || { tail -40 "$DATA/app.log"; exit 1; }
  sleep 0.5
done

BASE=http://localhost:$PORT
TOKEN=$(curl -s -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\",\"name\":\"bench\",\"scopes\":[\"read\",\"write\"],\"validDays\":1}" | jq -r .token)
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || { echo "no API token"; tail -20 "$DATA/app.log"; exit 1; }
auth=(-H "Authorization: Bearer $TOKEN")
curl -s "${auth[@]}" "$BASE/api/v1/units?size=200" | tee "$DATA/units.json" | jq -r '.items[].code' > "$DATA/units.txt"
curl -s "${auth[@]}" "$BASE/api/v1/positions?size=200" | jq -r '.items[].code' > "$DATA/positions.txt"
curl -s "${auth[@]}" "$BASE/api/v1/people?size=200" | jq -r '.items[] | (.employeeNumber // .email)' > "$DATA/managers.txt"

# CPU seconds used by the application and its PostgreSQL (postmaster, backends, writers): on a
# machine shared with other work the wall time says little, the CPU time says what the import costs.
TICK=$(getconf CLK_TCK)
ticks_of() { for pid in "$@"; do awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true; done | awk '{ s += $1 } END { print s + 0 }'; }
db_ticks() {
  local master
  master=$(pgrep -f -- "-D $DATA/postgres" | head -1 || true)
  [ -z "$master" ] && { echo 0; return; }
  ticks_of "$master" $(pgrep -P "$master")
}
cpu_ticks() { echo $(( $(ticks_of "$APP_PID") + $(db_ticks) )); }

generate() { # $1 = name prefix
  awk -v rows="$ROWS" -v prefix="$1" 'FILENAME == ARGV[1] { u[nu++] = $0; next }
    FILENAME == ARGV[2] { p[np++] = $0; next } FILENAME == ARGV[3] { m[nm++] = $0; next }
    END {
      print "employee_number;email;full_name;unit_code;position_code;manager;status;time_zone;language"
      for (i = 1; i <= rows; i++) {
        lead = i - (i - 1) % 10
        manager = (i == lead) ? m[i % nm] : sprintf("BN%06d", lead)
        printf "BN%06d;bench.%06d@example.test;%s %06d;%s;%s;%s;ACTIVE;Europe/Moscow;ru\n", i, i, prefix, i, u[i % nu], p[i % np], manager
      }
    }' "$DATA/units.txt" "$DATA/positions.txt" "$DATA/managers.txt"
}

step() { # $1 = label, $2 = file
  local t0 t1 t2 id c0 c1 c2 d0 d2
  c0=$(cpu_ticks); d0=$(db_ticks); t0=$(date +%s%N)
  curl -s "${auth[@]}" -F "file=@$2;type=text/csv" "$BASE/api/v1/imports/people?dryRun=true" > "$DATA/check.json"
  t1=$(date +%s%N); c1=$(cpu_ticks)
  id=$(jq -r .id "$DATA/check.json")
  [ "$(jq -r .status "$DATA/check.json")" = CHECKED ] || { jq '{status, errorCount, problems: .problems[:5]}' "$DATA/check.json"; exit 1; }
  curl -s "${auth[@]}" -X POST "$BASE/api/v1/imports/$id/apply" > "$DATA/apply.json"
  t2=$(date +%s%N); c2=$(cpu_ticks); d2=$(db_ticks)
  [ "$(jq -r .status "$DATA/apply.json")" = APPLIED ] || { jq '{status, message}' "$DATA/apply.json"; exit 1; }
  local check_ms=$(( (t1 - t0) / 1000000 )) apply_ms=$(( (t2 - t1) / 1000000 ))
  local check_cpu=$(( (c1 - c0) * 1000 / TICK )) apply_cpu=$(( (c2 - c1) * 1000 / TICK ))
  printf "%-9s %s\n" "$1" "$(jq -r '"created \(.creates), updated \(.updates), unchanged \(.unchanged)"' "$DATA/apply.json")"
  printf "   upload+parse+validate  wall %6d ms %8.0f rows/s   cpu %6d ms %8.0f rows/s\n" \
    "$check_ms" "$(echo "$ROWS * 1000 / $check_ms" | bc -l)" "$check_cpu" "$(echo "$ROWS * 1000 / ($check_cpu + 1)" | bc -l)"
  printf "   apply (check again + write)  wall %6d ms %8.0f rows/s   cpu %6d ms %8.0f rows/s\n" \
    "$apply_ms" "$(echo "$ROWS * 1000 / $apply_ms" | bc -l)" "$apply_cpu" "$(echo "$ROWS * 1000 / ($apply_cpu + 1)" | bc -l)"
  printf "   total                  wall %6d ms                  cpu %6d ms   (load average %s)\n" \
    "$(( check_ms + apply_ms ))" "$(( check_cpu + apply_cpu ))" "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf "   cpu split: application %d ms, PostgreSQL %d ms\n" "$(( (c2 - c0 - d2 + d0) * 1000 / TICK ))" "$(( (d2 - d0) * 1000 / TICK ))"
}

generate "Bench Person" > "$DATA/people.csv"
generate "Renamed Person" > "$DATA/renamed.csv"
echo "== $ROWS people into the '$DEMO' demo organisation; file $(du -h "$DATA/people.csv" | cut -f1); $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
step create "$DATA/people.csv"
step update "$DATA/renamed.csv"
step unchanged "$DATA/renamed.csv"
echo "== the server's split (checking = reading + whole-file check; the apply checks again inside its transaction):"
grep -oE "Import [0-9]+ \(people\) (checked|applied).*|People import written.*" "$DATA/app.log"
cp "$DATA/app.log" /tmp/uptake-import-bench-app.log
