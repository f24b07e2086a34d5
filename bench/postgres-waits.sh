#!/usr/bin/env bash
# What PostgreSQL's backends wait for during benchmark 3 (registrations, 16 connections, one server instance): 20
# samples of pg_stat_activity, counted by wait event and statement, and a `top` of the server and PostgreSQL. Used to
# find what held registrations back on PostgreSQL (BENCHMARKS.md, "PostgreSQL registrations"). Needs psql
# (apt-get install postgresql-client). Usage: bench/postgres-waits.sh   (BENCH_TERMINALS=10000)
set -euo pipefail
export BENCH_TERMINALS=${BENCH_TERMINALS:-10000}
source "$(dirname "$0")/common.sh"
command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v psql >/dev/null || { log "installing psql"; apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }
build
bench_java io.onboard.jdbc.bench.BenchPostgres > "$WORK/pg-server.txt" 2>"$WORK/pg-server.log" &
PG_PID=$!
cleanup() { stop_server; kill "$PG_PID" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 600); do grep -q '^url=' "$WORK/pg-server.txt" 2>/dev/null && break; sleep 0.1; done
URL=$(sed -n 's/^url=//p' "$WORK/pg-server.txt")
credentials=$(bench_java io.onboard.jdbc.bench.DataGenerator "$URL" "$TERMINALS" 2>/dev/null | tail -1)
CLIENT_ID=$(sed -E 's/.*client_id=([^ ]+).*/\1/' <<<"$credentials")
CLIENT_SECRET=$(sed -E 's/.*client_secret=([^ ]+).*/\1/' <<<"$credentials")
start_server "$URL" --secret-key-file "$WORK/pg.key"
trap cleanup EXIT
TOKEN=$(token)
PGPORT=$(sed -E 's/.*localhost:([0-9]+).*/\1/' <<<"$URL")
DB=$(sed -E 's|.*/([^/?]+)\?.*|\1|' <<<"$URL")
log "warm-up"
BENCH_TOKEN=$TOKEN BENCH_RUN=$RANDOM wrk -t1 -c16 -d8s -s "$ROOT/bench/register.lua" "$API" >/dev/null
(for _ in $(seq 1 20); do psql -h localhost -p "$PGPORT" -U postgres -d "$DB" -Atc \
  "SELECT coalesce(wait_event_type, '-') || ':' || coalesce(wait_event, '-') || ' ' ||
          left(regexp_replace(query, '\s+', ' ', 'g'), 60)
     FROM pg_stat_activity WHERE datname = '$DB' AND state <> 'idle' AND pid <> pg_backend_pid()"; sleep 0.4
 done) > "$WORK/pg-waits.txt" &
(sleep 3; top -b -n 2 -d 4 | awk '/^top -/ { n++ } n == 2' | head -22 > "$WORK/pg-top.txt") &
log "measured run, sampling"
BENCH_TOKEN=$TOKEN BENCH_RUN=$RANDOM wrk -t1 -c16 -d10s --latency -s "$ROOT/bench/register.lua" "$API" \
  | grep -E "Requests/sec|99%"
wait || true  # top ends its pipe early (head), which pipefail reports
echo; echo "samples by wait event and statement:"
sort "$WORK/pg-waits.txt" | uniq -c | sort -rn | head -15
echo; cat "$WORK/pg-top.txt"
