#!/usr/bin/env bash
# Runs the ledger: its own PostgreSQL cluster (kept in .data/ at the top of the repo) unless
# ConnectionStrings__Governance names a server, the reference history imported on first start, the API and the
# dashboard on the loopback address it prints (http://127.0.0.1:5180 unless Urls is set). Ctrl+C stops both.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
"$repo/ops/setup.sh"
export Governance__DataDirectory="${Governance__DataDirectory:-$repo/.data}"
exec dotnet run --project "$repo/src/Governance.Ledger" -c Release -- "$@"
