#!/usr/bin/env bash
# Benchmarks 1, 3, 5 (server start) and 6 over HTTP, against the same machine's limits measured in the same run.
# Usage: bench/http.sh            (BENCH_SECONDS=20 per wrk run, BENCH_TERMINALS=1000000; see BENCHMARKS.md)
set -euo pipefail
source "$(dirname "$0")/common.sh"
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
# Each load runs this long unmeasured first, so the JIT has compiled its path before the measured run (with less,
# C2 compiling the readiness path still took a fifth of the CPU during the measured run).
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-$SECONDS_PER_RUN}
TICKS=$(getconf CLK_TCK)

# The server's CPU time so far, in clock ticks (user + system).
server_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }
command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

# wrk_run NAME CONNECTIONS SCRIPT URL: a warm-up, then the measured run;
# prints "<requests/s> <p99 ms> <non-2xx count> <server CPU microseconds per request>"
wrk_run() {
  local out before after
  BENCH_TOKEN=$TOKEN BENCH_TERMINALS=$TERMINALS BENCH_RUN=$RANDOM$RANDOM \
    wrk -t2 -c"$2" -d"${WARMUP_SECONDS}s" ${3:+-s "$3"} "$4" > "$WORK/wrk-$1-warmup.txt"
  before=$(server_ticks)
  out=$(BENCH_TOKEN=$TOKEN BENCH_TERMINALS=$TERMINALS BENCH_RUN=$RANDOM$RANDOM \
    wrk -t2 -c"$2" -d"${SECONDS_PER_RUN}s" --latency ${3:+-s "$3"} "$4")
  after=$(server_ticks)
  echo "$out" > "$WORK/wrk-$1.txt"
  awk -v ticks=$(( after - before )) -v hz="$TICKS" '
       /requests in/ { total = $1 }
       /Requests\/sec/ { rps = $2 }
       /^ +99%/ { v = $2; u = v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v);
                  p99 = (u == "us") ? v / 1000 : (u == "s") ? v * 1000 : (u == "m") ? v * 60000 : v }
       /Non-2xx/ { bad = $NF }
       END { printf "%.0f %.2f %d %.0f\n", rps, p99, bad, ticks * 1e6 / hz / total }' <<<"$out"
}

build
uptime >&2
log "database with $TERMINALS terminals"
fresh_database
log "starting the server ($SERVER_JAVA_OPTS)"
start_server
TOKEN=$(token)
# Terminal 1 switched off, so a session for it is refused (400 TERMINAL_NOT_ENROLLED) after the whole check.
curl -s -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"status": "INACTIVE"}' "$API/v1/accounts/$AID/terminals/$AID-T0001"

log "benchmark 1: 64 connections (each run after a ${WARMUP_SECONDS}s warm-up)"
read -r HEALTH HEALTH_P99 _ HEALTH_CPU < <(wrk_run health 64 "" "$API/health")
read -r READY READY_P99 READY_BAD READY_CPU < <(wrk_run readiness 64 "$ROOT/bench/readiness.lua" "$API")
read -r SESSION SESSION_P99 SESSION_BAD SESSION_CPU < <(wrk_run session 64 "$ROOT/bench/session.lua" "$API/v1/sessions-profile")
RSS=$(rss_mb "$SERVER_PID")

log "benchmark 3: 16 connections registering terminals"
read -r REGISTER REGISTER_P99 REGISTER_BAD REGISTER_CPU < <(wrk_run register 16 "$ROOT/bench/register.lua" "$API")
RSS_END=$(rss_mb "$SERVER_PID")
stop_server
log "raw SQLite commit rate on the same disk"
RAW_COMMITS=$(bench_java io.onboard.jdbc.bench.RawCommitRate "$WORK" 10 2>/dev/null | sed -n 's/raw_commits_per_s=//p')

header
row "1 readiness, 64 conn, throughput vs /health" "$READY" "$HEALTH" "req/s" ">= 0.6" \
  "$(ge "$(awk -v a="$READY" -v b="$HEALTH" 'BEGIN{print a/b}')" 0.6)"
row "1 readiness, p99 latency" "$READY_P99" - ms "<= 10 ms" "$(ge 10 "$READY_P99")"
row "1 rejected session, 64 conn, vs /health" "$SESSION" "$HEALTH" "req/s" ">= 0.6" \
  "$(ge "$(awk -v a="$SESSION" -v b="$HEALTH" 'BEGIN{print a/b}')" 0.6)"
row "1 rejected session, p99 latency" "$SESSION_P99" - ms "<= 10 ms" "$(ge 10 "$SESSION_P99")"
row "1 /health p99 latency (baseline)" "$HEALTH_P99" - ms "-" 1
row "3 registrations, 16 conn, vs raw commits" "$REGISTER" "$RAW_COMMITS" "/s" ">= 1,000/s and >= 0.5" \
  "$(both "$(ge "$REGISTER" 1000)" "$(ge "$(awk -v a="$REGISTER" -v b="$RAW_COMMITS" 'BEGIN{print a/b}')" 0.5)")"
row "5 server start to first answered request" "$START_MILLIS" - ms "<= 1,500 ms" "$(ge 1500 "$START_MILLIS")"
row "6 server RSS, 1M terminals, after bench 1" "$RSS" - MB "<= 256 MB" "$(ge 256 "$RSS")"
echo
echo "server CPU per request (user + system, from /proc): /health ${HEALTH_CPU} us, readiness ${READY_CPU} us," \
  "refused session ${SESSION_CPU} us, registration ${REGISTER_CPU} us; server RSS after benchmark 3: ${RSS_END} MB"
echo "unexpected statuses: readiness ${READY_BAD:-0} non-2xx (expect 0), session ${SESSION_BAD:-0} non-2xx (all 400 expected)," \
  "registration ${REGISTER_BAD:-0} non-2xx (expect 0); wrk output in $WORK/wrk-*.txt, server log in $WORK/server-*.log"
