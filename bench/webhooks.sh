#!/usr/bin/env bash
# Issue 13's webhook benchmarks, against the built server jar: dispatch throughput to a fast loopback receiver (a
# backlog of events made in-process, then the server started on it and timed until the receiver has them all), and
# commit-to-receipt latency under light load (changes at 20/s over HTTP).
# Usage: bench/webhooks.sh            (BENCH_EVENTS=20000; see BENCHMARKS.md)
set -euo pipefail
source "$(dirname "$0")/common.sh"
EVENTS=${BENCH_EVENTS:-20000}

build
uptime >&2
log "dispatch: $EVENTS events to one subscription, then 400 changes at 20/s ($SERVER_JAVA_OPTS)"
# shellcheck disable=SC2086
FIGURES=$(bench_java io.onboard.jdbc.bench.DispatchBenchmark "$WORK" "$ROOT/adapter-http/target/onboard-http.jar" \
  "$EVENTS" "-XX:SharedArchiveFile=$ROOT/adapter-http/target/onboard-http.jsa $SERVER_JAVA_OPTS" | tail -1)
echo "$FIGURES" >&2
value() { sed -E "s/.*$1=([0-9.]+).*/\\1/" <<<"$FIGURES"; }
RATE=$(value deliveries_per_s)
P99=$(value latency_p99_ms)

header
row "webhook deliveries/s, fast loopback receiver" "$RATE" - "/s" ">= 1,000/s" "$(ge "$RATE" 1000)"
row "commit-to-receipt p99, 20 changes/s" "$P99" - ms "<= 200 ms" "$(ge 200 "$P99")"
echo
echo "backlog of $(value dispatch_backlog) delivered in $(value dispatch_seconds) s (server start included);" \
  "latency p50 $(value latency_p50_ms) ms, max $(value latency_max_ms) ms; server log in $WORK/dispatch-server.log"
