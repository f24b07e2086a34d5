#!/usr/bin/env bash
# Times `onboard terminal import` of 10,000 terminals on a fresh SQLite database. A benchmark, not a test:
# nothing asserts a time. Build first (./mvnw verify, or -DskipTests package), then run from the repository root:
#   adapter-cli/bench/import-10k.sh [rows]
set -euo pipefail
rows="${1:-10000}"
jar="$(cd "$(dirname "$0")/.." && pwd)/target/onboard-cli.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ONBOARD_DB="$work/onboard.db"
onboard() { java -jar "$jar" "$@"; }

onboard account create T11223351 > /dev/null
onboard seller apply --account T11223351 --id seller-1 --type company --country NO \
  --organization-number 923663487 --description AUTO_APPROVE > /dev/null
onboard store create --account T11223351 --store-id oslo-center --name "Oslo Center" --seller seller-1 > /dev/null

{
  echo "device_serial_number,device_model,store_id,label"
  for ((i = 1; i <= rows; i++)); do printf 'SN-%06d,SATURN1000,T11223351-0001,Till %d\n' "$i" "$i"; done
} > "$work/terminals.csv"

start=$(date +%s.%N)
onboard terminal import --account T11223351 --file "$work/terminals.csv" | tail -1
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$rows" 'BEGIN { printf "imported %d rows in %.1f s (JVM start included)\n", n, e - s }'
