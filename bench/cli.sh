#!/usr/bin/env bash
# Benchmark 5, CLI part: `onboard --help` and `onboard terminal import` of 10,000 terminals into a fresh database.
# Usage: bench/cli.sh   (needs adapter-cli's onboard-cli.jar: SPEC 7)
set -euo pipefail
source "$(dirname "$0")/common.sh"
IMPORT_ROWS=${BENCH_IMPORT_ROWS:-10000}
CLI_JAR="$ROOT/adapter-cli/target/onboard-cli.jar"
log "building (./mvnw -Pbench package -DskipTests)"
(cd "$ROOT" && ./mvnw -q -Pbench -pl adapter-cli,adapter-jdbc -am package -DskipTests -Dbench.run.skip=true) >&2
[ -f "$CLI_JAR" ] || { echo "no $CLI_JAR: the CLI adapter has not landed in this branch yet" >&2; exit 1; }
BENCH_CP="$ROOT/adapter-jdbc/target/test-classes:$ROOT/adapter-jdbc/target/classes:$(cat "$ROOT/adapter-jdbc/target/bench-classpath.txt")"
uptime >&2

millis() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }

# --help, best of 5 (a cold JVM start each time)
HELP=999999
for _ in 1 2 3 4 5; do
  t=$(millis java -jar "$CLI_JAR" --help)
  if [ "$t" -lt "$HELP" ]; then HELP=$t; fi
done

# A database with the account, 100 sellers and 1,000 stores (no terminals), and a CSV of new terminals across the stores.
rm -f "$WORK"/cli.db* "$WORK"/cli.db.client
java -cp "$BENCH_CP" io.onboard.jdbc.bench.DataGenerator "$WORK/cli.db" 1 1000 100 >/dev/null 2>&1
{
  echo "device_serial_number,device_model,store_id"
  for i in $(seq 1 "$IMPORT_ROWS"); do printf 'CLI-%08d,SATURN1000,store-%d\n' "$i" $(( i % 1000 + 1 )); done
} > "$WORK/terminals.csv"
IMPORT=$(millis java -jar "$CLI_JAR" --db "$WORK/cli.db" terminal import --account "$AID" --file "$WORK/terminals.csv")
IMPORTED=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM terminals WHERE serial_number LIKE \"CLI-%\"").fetchone()[0])' "$WORK/cli.db")

header
row "5 CLI --help (best of 5)" "$HELP" - ms "<= 800 ms" "$(ge 800 "$HELP")"
row "5 CLI import of $IMPORT_ROWS terminals" "$IMPORT" - ms "<= 10,000 ms" "$(ge 10000 "$IMPORT")"
echo "terminals imported: $IMPORTED of $IMPORT_ROWS"
