#!/usr/bin/env bash
# Lints the ledger's OpenAPI description with Spectral (the spectral:oas ruleset) and Redocly (its recommended rules):
# starts the built ledger on a throwaway data folder and a free loopback port, saves /openapi/v1.json, stops it, and
# runs both linters through npx (installed from npm on first use). Exits non-zero if either reports an error.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
"$repo/ops/setup.sh"
command -v npx > /dev/null || { echo "lint-openapi: Node.js (npx) is needed" >&2; exit 1; }

work=$(mktemp -d)
chmod 755 "$work" # the embedded cluster runs as the postgres user when started as root
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dotnet build "$repo/src/Governance.Ledger" -c Release -v quiet > /dev/null
Governance__DataDirectory="$work/data" Governance__ImportReferenceHistory=false \
  dotnet "$repo/src/Governance.Ledger/bin/Release/net10.0/Governance.Ledger.dll" --urls "http://127.0.0.1:$port" > "$work/ledger.log" 2>&1 &
ledger=$!
trap 'kill "$ledger" 2> /dev/null; wait "$ledger" 2> /dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/openapi/v1.json" -o "$work/openapi.json" 2> /dev/null && break
  sleep 1
done
[ -s "$work/openapi.json" ] || { cat "$work/ledger.log" >&2; echo "lint-openapi: the ledger did not serve its description" >&2; exit 1; }

printf 'extends: ["spectral:oas"]\n' > "$work/.spectral.yaml"
status=0
npx --yes @stoplight/spectral-cli lint "$work/openapi.json" --ruleset "$work/.spectral.yaml" --fail-severity error || status=1
npx --yes @redocly/cli lint "$work/openapi.json" || status=1
exit "$status"
