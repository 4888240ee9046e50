# Shared steps of the bench scripts that start Uptake on the large demo. Source it from bash:
#   . "$(dirname "$0")/lib.sh"
#   bench_find_java; bench_build; bench_start_large 8096 my-bench; bench_token read
# Every function leaves its results in BENCH_* variables; the started app is stopped on exit.

BENCH_PASSWORD=${BENCH_PASSWORD:-bench-admin-password}

# The JDK to run the jar with: $JAVA if set, else a Java 25 or 21 (the Debian default may be 17).
bench_find_java() {
  if [ -z "${JAVA:-}" ]; then
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-*; do
      if [ -x "$candidate/bin/java" ]; then JAVA="$candidate/bin/java"; break; fi
    done
  fi
  JAVA=${JAVA:-java}
}

# Builds the jar unless SKIP_BUILD is set (to anything but empty); BENCH_JAR is the jar.
bench_build() {
  [ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
  BENCH_JAR=$(ls target/uptake-*.jar | grep -v original | head -1)
}

# Starts the jar on the large demo (port, name) in a fresh data directory (or UPTAKE_BENCH_DATA),
# waits until the demo data exist (up to 40 minutes on a busy machine) and stops the app on exit.
# Sets BENCH_BASE, BENCH_DATA, BENCH_APP_PID and BENCH_PG_PORT (the embedded PostgreSQL).
bench_start_large() {
  local port=$1 name=$2 started
  BENCH_DATA=${UPTAKE_BENCH_DATA:-$(mktemp -d "/tmp/$name.XXXX")}
  started=$(date +%s)
  UPTAKE_DATA_DIR="$BENCH_DATA" UPTAKE_DEMO=large UPTAKE_ADMIN_PASSWORD=$BENCH_PASSWORD \
    "$JAVA" -Xmx2g ${BENCH_JAVA_OPTS:-} -jar "$BENCH_JAR" --server.port="$port" --logging.level.io.zonky=WARN \
    > "$BENCH_DATA/app.log" 2>&1 &
  BENCH_APP_PID=$!
  trap 'cp "$BENCH_DATA/app.log" "/tmp/'"$name"'-app.log" 2>/dev/null; kill $BENCH_APP_PID 2>/dev/null || true; wait $BENCH_APP_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 4800); do
    grep -q "demo data created" "$BENCH_DATA/app.log" && break
    kill -0 "$BENCH_APP_PID" 2>/dev/null || { tail -40 "$BENCH_DATA/app.log"; exit 1; }
    sleep 0.5
  done
  echo "large demo ready after $(( $(date +%s) - started )) s;" \
    "$(grep -o "large demo data created in [0-9]* ms" "$BENCH_DATA/app.log" || echo "demo data from an earlier start")"
  BENCH_BASE=http://localhost:$port
  BENCH_PG_PORT=$(ps -eo args | grep "[p]ostgres.*$BENCH_DATA" | grep -o -- '-p [0-9]*' | head -1 | awk '{print $2}')
}

# An API token of the admin with the given scopes (default read): BENCH_TOKEN, and BENCH_AUTH for curl.
bench_token() {
  local scopes
  scopes=$(printf '"%s",' "${@:-read}")
  BENCH_TOKEN=$(curl -s -X POST "$BENCH_BASE/api/v1/tokens" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$BENCH_PASSWORD\",\"name\":\"bench\",\"scopes\":[${scopes%,}],\"validDays\":1}" \
    | jq -r .token)
  BENCH_AUTH=(-H "Authorization: Bearer $BENCH_TOKEN")
}

# psql against the started app's embedded PostgreSQL: bench_sql "select …"
bench_sql() {
  psql -h localhost -p "$BENCH_PG_PORT" -U postgres -d postgres -At -c "$1"
}

bench_machine() {
  echo "machine: $(nproc) cores, shared with other sessions; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
