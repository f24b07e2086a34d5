#!/usr/bin/env bash
# Issue 14's benchmark, against the built server jar with zero-delay simulated devices: terminal operations started
# per second over HTTP (16 connections, one per terminal), and the time from a start's 202 to COMPLETED.
# Usage: bench/operations.sh            (BENCH_OPERATIONS=2000; see BENCHMARKS.md)
set -euo pipefail
source "$(dirname "$0")/common.sh"
OPERATIONS=${BENCH_OPERATIONS:-2000}

build
uptime >&2
log "operations: $OPERATIONS starts at 16 connections, then 200 timed one at a time ($SERVER_JAVA_OPTS)"
FIGURES=$(bench_java io.onboard.jdbc.bench.OperationsBenchmark "$WORK" "$ROOT/adapter-http/target/onboard-http.jar" \
  "$OPERATIONS" "-XX:SharedArchiveFile=$ROOT/adapter-http/target/onboard-http.jsa $SERVER_JAVA_OPTS" | tail -1)
echo "$FIGURES"
