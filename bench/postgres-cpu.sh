#!/usr/bin/env bash
# Where a registration's CPU goes, SQLite against PostgreSQL (issue 15's "explain what limits it"): benchmark 3's
# load (registrations, 16 connections, one server instance) after a long warm-up, then 10 s measured, counting the
# CPU the server's JVM and PostgreSQL's processes used (/proc), the JIT's compile time in that window (jstat), and
# PostgreSQL's execution time by statement (pg_stat_statements). PostgreSQL is durable, as bench/postgres.sh runs it.
# Usage: bench/postgres-cpu.sh   (BENCH_TERMINALS=100000, BENCH_WARMUP_SECONDS=30)
set -euo pipefail
export BENCH_TERMINALS=${BENCH_TERMINALS:-100000}
source "$(dirname "$0")/common.sh"
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-30}
command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v psql >/dev/null || { log "installing psql"; apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }

ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }  # user + system CPU of a process, in 1/100 s
postgres_ticks() { cat /proc/[0-9]*/stat 2>/dev/null | awk '$2 == "(postgres)" { s += $14 + $15 } END { print s + 0 }'; }
compile_seconds() { jstat -compiler "$1" | awk 'NR == 2 { print $4 }'; }

# measure LABEL: warm-up, then the measured run against $API; prints the CPU per registration
measure() {
  BENCH_TOKEN=$TOKEN BENCH_RUN=$RANDOM$RANDOM wrk -t1 -c16 -d"${WARMUP_SECONDS}s" -s "$ROOT/bench/register.lua" "$API" >/dev/null
  eval "${BEFORE_RUN:-true}"
  local server0 postgres0 compile0 server1 postgres1 compile1 requests
  server0=$(ticks "$SERVER_PID"); postgres0=$(postgres_ticks); compile0=$(compile_seconds "$SERVER_PID")
  BENCH_TOKEN=$TOKEN BENCH_RUN=$RANDOM$RANDOM wrk -t1 -c16 -d10s -s "$ROOT/bench/register.lua" "$API" > "$WORK/cpu-$1.txt"
  server1=$(ticks "$SERVER_PID"); postgres1=$(postgres_ticks); compile1=$(compile_seconds "$SERVER_PID")
  requests=$(awk '/requests in/ { print $1 }' "$WORK/cpu-$1.txt")
  awk -v l="$1" -v n="$requests" -v s=$((server1 - server0)) -v p=$((postgres1 - postgres0)) -v c0="$compile0" -v c1="$compile1" \
    'BEGIN { printf "%-10s %8.0f/s  server %5.0f us/registration (JIT compiling %4.1f s of the 10)  postgres %5.0f us  total %5.0f us\n",
             l, n / 10, s * 10000 / n, c1 - c0, p * 10000 / n, (s + p) * 10000 / n }'
}

build
log "SQLite, $TERMINALS terminals, ${WARMUP_SECONDS} s of warm-up"
fresh_database
start_server
TOKEN=$(token)
measure sqlite
stop_server

log "PostgreSQL (durable), $TERMINALS terminals, ${WARMUP_SECONDS} s of warm-up"
bench_java io.onboard.jdbc.bench.BenchPostgres shared_preload_libraries=pg_stat_statements \
  > "$WORK/pg-server.txt" 2>"$WORK/pg-server.log" &
PG_PID=$!
cleanup() { stop_server; kill "$PG_PID" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 600); do grep -q '^url=' "$WORK/pg-server.txt" 2>/dev/null && break; sleep 0.1; done
URL=$(sed -n 's/^url=//p' "$WORK/pg-server.txt")
PGPORT=$(sed -E 's/.*localhost:([0-9]+).*/\1/' <<<"$URL")
DB=$(sed -E 's|.*/([^/?]+)\?.*|\1|' <<<"$URL")
sql() { psql -h localhost -p "$PGPORT" -U postgres -d "$DB" "$@"; }
credentials=$(bench_java io.onboard.jdbc.bench.DataGenerator "$URL" "$TERMINALS" 2>/dev/null | tail -1)
CLIENT_ID=$(sed -E 's/.*client_id=([^ ]+).*/\1/' <<<"$credentials")
CLIENT_SECRET=$(sed -E 's/.*client_secret=([^ ]+).*/\1/' <<<"$credentials")
sql -qc "CREATE EXTENSION pg_stat_statements"
start_server "$URL" --secret-key-file "$WORK/pg.key"
trap cleanup EXIT
TOKEN=$(token)
BEFORE_RUN="sql -qAtc 'SELECT pg_stat_statements_reset()' -o /dev/null" measure postgresql
echo; echo "PostgreSQL's execution time by statement in the measured run (calls, ms in all, ms each):"
sql -Atc "SELECT calls, round(total_exec_time::numeric), round((total_exec_time / calls)::numeric, 3),
                 left(regexp_replace(query, '\s+', ' ', 'g'), 70)
            FROM pg_stat_statements WHERE calls > 0 ORDER BY total_exec_time DESC LIMIT 12" | column -t -s '|'
