#!/usr/bin/env bash
# Runs a benchmark against a throwaway PostgreSQL cluster it starts itself: ops/bench.sh audit|plans|writes|dashboard
# Results and how to read them: docs/benchmarks.md.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
"$repo/ops/setup.sh"
exec dotnet run --project "$repo/src/Governance.Benchmarks" -c Release -- "$@"
