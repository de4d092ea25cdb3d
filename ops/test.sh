#!/usr/bin/env bash
# Runs every test: unit tests, and integration tests against a throwaway PostgreSQL cluster the tests start
# themselves. A missing or changed approved snapshot (Verify) always fails; none is approved automatically.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
"$repo/ops/setup.sh"
# axe-core, which the browser tests run on every page (WCAG 2.1 AA), from npm into .tools/ (not committed).
if [ ! -f "$repo/.tools/node_modules/axe-core/axe.min.js" ]; then
  command -v npm > /dev/null || { echo "test: npm is needed to install axe-core for the browser tests" >&2; exit 1; }
  echo "test: installing axe-core from npm into .tools/"
  npm install --prefix "$repo/.tools" --no-save --no-audit --no-fund --silent axe-core@4.14.1 > /dev/null
fi

# The OpenAPI description must pass Spectral and Redocly with no errors (where Node.js is there to run them).
if command -v npx > /dev/null; then "$repo/ops/lint-openapi.sh"; fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test "$repo/Governance.sln" -c Release 2>&1 | tee "$log" || status=$?

# One plain closing line over every test assembly: "tests: N passed, N failed, N skipped".
sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{ total += $NF } END { print total + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
