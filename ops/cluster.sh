#!/usr/bin/env bash
# Runs N ledger nodes (default 3) on one PostgreSQL, on consecutive loopback ports from 5180 (or BASE_PORT), until
# Ctrl+C stops them all. The database is ConnectionStrings__Governance when set, or else an embedded cluster of its own
# in .data/cluster/postgres. The nodes share keys generated once in .data/cluster/keys (a cluster's keys are
# configured: docs/operations.md) and a data directory; node K logs to .data/cluster/logs/node-K.log.
set -euo pipefail
nodes=${1:-3}
if ! [[ $nodes =~ ^[1-9][0-9]?$ ]]; then echo "usage: ops/cluster.sh [N]   (1 to 99 nodes)" >&2; exit 2; fi
base=${BASE_PORT:-5180}
repo=$(cd "$(dirname "$0")/.." && pwd)
"$repo/ops/setup.sh"
dotnet build "$repo/src/Governance.Ledger" -c Release -v quiet -nologo
app="$repo/src/Governance.Ledger/bin/Release/net10.0"
data="$repo/.data/cluster"
mkdir -p "$data/keys" "$data/logs"

trap 'trap - EXIT; kill $(jobs -p) 2> /dev/null || true; wait' EXIT INT TERM

keys="$data/keys"
umask 077
[ -f "$keys/event-seal.key" ] || head -c 32 /dev/urandom | base64 > "$keys/event-seal.key"
[ -f "$keys/token-signing.key" ] || head -c 32 /dev/urandom | base64 > "$keys/token-signing.key"
[ -f "$keys/checkpoint-signing.pem" ] ||
  openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$keys/checkpoint-signing.pem"
export Governance__Audit__SealKeyFile="$keys/event-seal.key"
export Governance__Auth__SigningKeyFile="$keys/token-signing.key"
export Governance__Audit__CheckpointKeyFile="$keys/checkpoint-signing.pem"
export Governance__DataDirectory="$data"

if [ -z "${ConnectionStrings__Governance:-}" ]; then
  (cd "$app" && exec dotnet Governance.Ledger.dll embedded-database "$data") > "$data/logs/postgres.log" 2>&1 &
  until grep -q '^Host=' "$data/logs/postgres.log" 2> /dev/null; do
    if ! kill -0 $! 2> /dev/null; then cat "$data/logs/postgres.log" >&2; exit 1; fi
    sleep 0.5
  done
  ConnectionStrings__Governance=$(grep -m1 '^Host=' "$data/logs/postgres.log")
  export ConnectionStrings__Governance
fi

for k in $(seq 1 "$nodes"); do
  (cd "$app" && exec dotnet Governance.Ledger.dll --urls "http://127.0.0.1:$((base + k - 1))") > "$data/logs/node-$k.log" 2>&1 &
  echo "node $k: http://127.0.0.1:$((base + k - 1))  (log: $data/logs/node-$k.log)"
done
if token=$(cd "$app" && dotnet Governance.Ledger.dll issue-token Operator --role administrator --days 1 | tail -n 1); then
  echo "an administrator's token for a day: $token"
fi
echo "Ctrl+C stops every node and the database; a node killed by itself leaves the others running."
wait
