#!/usr/bin/env bash
# Issue 15's benchmark: benchmarks 1 and 3 of bench/http.sh (readiness and refused sessions at 64 connections,
# registrations at 16) on PostgreSQL, with one server instance and with two on the same database, beside SQLite
# in the same run, on the same generated data. PostgreSQL is the embedded one the tests use (Maven Central's
# binaries), on this machine's two cores with the servers and wrk.
# Usage: bench/postgres.sh     (BENCH_SECONDS=10 per run after as long a warm-up, BENCH_TERMINALS=100000)
set -euo pipefail
export BENCH_TERMINALS=${BENCH_TERMINALS:-100000}
source "$(dirname "$0")/common.sh"
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-$SECONDS_PER_RUN}
command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

# load NAME CONNECTIONS SCRIPT API...: a warm-up, then the measured run, the connections split over the servers at
# API...; prints "<requests/s summed> <worst p99 ms>"
load() {
  local name=$1 connections=$2 script=$3; shift 3
  local each=$(( connections / $# )) i=0 api pids=()
  for api in "$@"; do
    BENCH_TOKEN=$TOKEN BENCH_RUN=$RANDOM$RANDOM wrk -t1 -c"$each" -d"${WARMUP_SECONDS}s" ${script:+-s "$script"} "$api" \
      > "$WORK/pg-$name-$i-warmup.txt" & pids+=($!); i=$((i + 1))
  done
  wait "${pids[@]}"; pids=(); i=0
  for api in "$@"; do
    BENCH_TOKEN=$TOKEN BENCH_RUN=$RANDOM$RANDOM wrk -t1 -c"$each" -d"${SECONDS_PER_RUN}s" --latency ${script:+-s "$script"} \
      "$api" > "$WORK/pg-$name-$i.txt" & pids+=($!); i=$((i + 1))
  done
  wait "${pids[@]}"
  cat "$WORK"/pg-"$name"-[0-9].txt | awk '
    /Requests\/sec/ { rps += $2 }
    /^ +99%/ { v = $2; u = v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v);
               ms = (u == "us") ? v / 1000 : (u == "s") ? v * 1000 : v; if (ms > p99) p99 = ms }
    END { printf "%.0f %.2f\n", rps, p99 }'
}

# measure LABEL API...: the three loads against the servers at API...; appends a row to $WORK/pg-figures.txt
measure() {
  local label=$1; shift
  local readiness session register
  readiness=$(load "$label-readiness" 64 "$ROOT/bench/readiness.lua" "$@")
  session=$(load "$label-session" 64 "$ROOT/bench/session.lua" "$@")
  register=$(load "$label-register" 16 "$ROOT/bench/register.lua" "$@")
  echo "$label $readiness $session $register" >> "$WORK/pg-figures.txt"
}

# switch_off API: terminal 1 INACTIVE, so a session for it is refused after the whole check (as bench/http.sh does)
switch_off() {
  curl -s -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"status": "INACTIVE"}' "$1/v1/accounts/$AID/terminals/$AID-T0001"
}

build
uptime >&2
rm -f "$WORK/pg-figures.txt"

log "SQLite, $TERMINALS terminals"
fresh_database
start_server
TOKEN=$(token)
switch_off "$API"
measure sqlite "$API"
stop_server

log "starting PostgreSQL"
bench_java io.onboard.jdbc.bench.BenchPostgres > "$WORK/pg-server.txt" 2>"$WORK/pg-server.log" &
PG_PID=$!
# start_server sets its own trap: each start below sets this one again, which stops PostgreSQL too
cleanup() { stop_server; [ -n "${FIRST_PID:-}" ] && SERVER_PID=$FIRST_PID stop_server; kill "$PG_PID" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 600); do grep -q '^url=' "$WORK/pg-server.txt" 2>/dev/null && break; sleep 0.1; done
URL=$(sed -n 's/^url=//p' "$WORK/pg-server.txt")
log "PostgreSQL, $TERMINALS terminals ($URL)"
credentials=$(bench_java io.onboard.jdbc.bench.DataGenerator "$URL" "$TERMINALS" 2>/dev/null | tail -1)
CLIENT_ID=$(sed -E 's/.*client_id=([^ ]+).*/\1/' <<<"$credentials")
CLIENT_SECRET=$(sed -E 's/.*client_secret=([^ ]+).*/\1/' <<<"$credentials")
KEY="$WORK/pg.key"

log "PostgreSQL, one instance"
start_server "$URL" --secret-key-file "$KEY"
trap cleanup EXIT
FIRST_PID=$SERVER_PID FIRST_API=$API
TOKEN=$(token)
switch_off "$API"
measure postgres-1 "$API"

log "PostgreSQL, two instances"
start_server "$URL" --secret-key-file "$KEY"
trap cleanup EXIT
SECOND_API=$API
measure postgres-2 "$FIRST_API" "$SECOND_API"
cleanup
trap - EXIT

echo
printf '%-14s %12s %9s %12s %9s %14s %9s\n' engine "readiness/s" "p99 ms" "refused/s" "p99 ms" "registrations/s" "p99 ms"
while read -r label r rp s sp g gp; do
  printf '%-14s %12s %9s %12s %9s %14s %9s\n' "$label" "$r" "$rp" "$s" "$sp" "$g" "$gp"
done < "$WORK/pg-figures.txt"
awk 'NR == 1 { r = $2; s = $4; g = $6 } NR > 1 { printf "%s vs sqlite: readiness %.2f, refused sessions %.2f, registrations %.2f (target >= 0.5)\n", $1, $2 / r, $4 / s, $6 / g }' \
  "$WORK/pg-figures.txt"
