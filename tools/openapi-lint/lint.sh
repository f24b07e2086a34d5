#!/usr/bin/env bash
# Lints the served OpenAPI document, as the build writes it, with Redocly CLI (pinned in package-lock.json,
# installed from the npm registry with the machine's Node) and its recommended rules, failing on any error or warning.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
document="$root/adapter-http/target/classes/openapi.yaml"   # written by the build from src/main/openapi
[ -f "$document" ] || { echo "no $document: build first (./mvnw verify)" >&2; exit 1; }
command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null; }
npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >/dev/null
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
"$here/node_modules/.bin/redocly" lint --format=json "$document" 2>/dev/null > "$report" || true
node -e '
  const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const { errors, warnings } = report.totals;
  for (const p of report.problems) {
    console.error(`${p.severity} ${p.ruleId}: ${p.message} (${(p.location[0] || {}).pointer || ""})`);
  }
  console.log(`openapi.yaml: ${errors} errors, ${warnings} warnings (Redocly recommended rules)`);
  process.exit(errors + warnings === 0 ? 0 : 1);
' "$report"
