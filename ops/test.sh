#!/usr/bin/env bash
# Runs every test: unit tests, and integration tests against a throwaway PostgreSQL cluster the tests start
# themselves. In CI a missing approved snapshot fails the run instead of being written.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
"$repo/ops/setup.sh"
if [ "${CI:-}" = "true" ]; then export SNAPSHOOTER_STRICT_MODE=true; fi

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
