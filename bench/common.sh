# Shared by bench/*.sh: building, the generated database, the server under test and the figure table.
# shellcheck shell=bash
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/bench/work}
TERMINALS=${BENCH_TERMINALS:-1000000}
AID=T00000001
# The server's JVM flags: a small heap (benchmark 6) and the serial collector, which suits 2 cores shared with wrk.
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:--Xmx96m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m}
mkdir -p "$WORK"

log() { echo "== $*" >&2; }

# Builds the server jar and adapter-jdbc's benchmark classes (data generator, raw baselines), without tests.
build() {
  log "building (./mvnw -Pbench package -DskipTests)"
  (cd "$ROOT" && ./mvnw -q -Pbench -pl adapter-http -am package -DskipTests -Dbench.run.skip=true) >&2
  BENCH_CP="$ROOT/adapter-jdbc/target/test-classes:$ROOT/adapter-jdbc/target/classes:$(cat "$ROOT/adapter-jdbc/target/bench-classpath.txt")"
}

bench_java() { java -cp "$BENCH_CP" "$@"; }

# Generates (once) the database with $TERMINALS terminals and copies it to $WORK/run.db; sets CLIENT_ID, CLIENT_SECRET.
fresh_database() {
  local master="$WORK/onboard-$TERMINALS.db" credentials
  credentials=$(bench_java io.onboard.jdbc.bench.DataGenerator "$master" "$TERMINALS" 2>/dev/null | tail -1)
  CLIENT_ID=$(sed -E 's/.*client_id=([^ ]+).*/\1/' <<<"$credentials")
  CLIENT_SECRET=$(sed -E 's/.*client_secret=([^ ]+).*/\1/' <<<"$credentials")
  rm -f "$WORK"/run.db*
  cp "$master" "$WORK/run.db"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Starts the server on $WORK/run.db, or on the database and with the options given (start_server DB [OPTION...]);
# sets SERVER_PID, API and START_MILLIS (process start to first 200 on /health).
start_server() {
  local db=${1:-$WORK/run.db}
  [ $# -gt 0 ] && shift
  PORT=$(free_port)
  API="http://127.0.0.1:$PORT"
  local t0 t1
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java -XX:SharedArchiveFile="$ROOT/adapter-http/target/onboard-http.jsa" $SERVER_JAVA_OPTS \
    -jar "$ROOT/adapter-http/target/onboard-http.jar" --port "$PORT" --db "$db" "$@" \
    >"$WORK/server-$PORT.log" 2>&1 &
  SERVER_PID=$!
  trap stop_server EXIT
  for _ in $(seq 1 3000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$API/health")" = 200 ]; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server-$PORT.log" >&2; echo "server died" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  START_MILLIS=$(( (t1 - t0) / 1000000 ))
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}

token() {
  curl -s -u "$CLIENT_ID:$CLIENT_SECRET" -H 'Content-Type: application/json' -d '{"grant_type":"client_credentials"}' \
    "$API/v1/accounts/$AID/auth/token" | sed -E 's/.*"access_token" *: *"([^"]+)".*/\1/'
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

header() {
  printf '\n%-46s %16s %16s %8s  %-30s %s\n' benchmark figure baseline ratio target result
}

# row NAME FIGURE BASELINE UNIT TARGET PASS(0|1); BASELINE "-" for an absolute figure
row() {
  local ratio="-"
  [ "$3" != "-" ] && ratio=$(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.3f", a / b }')
  printf '%-46s %16s %16s %8s  %-30s %s\n' "$1" "$2 $4" "$3${3:+ }$( [ "$3" != "-" ] && echo "$4")" "$ratio" "$5" \
    "$( [ "$6" = 1 ] && echo PASS || echo MISS)"
}

# ge A B: 1 when A >= B (decimals allowed)
ge() { awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b) ? 1 : 0 }'; }
both() { [ "$1" = 1 ] && [ "$2" = 1 ] && echo 1 || echo 0; }
