#!/usr/bin/env bash
# Installs what the ledger needs on a fresh Debian machine of this project's kind, and nothing that is there already:
# the PostgreSQL server binaries (the ledger runs its own local cluster from them) and, for the browser tests,
# Debian's Chromium; the time zone data, since deadlines end at midnight in England; and Python 3 with openssl for
# the independent audit verifier. Safe to run again.
set -euo pipefail

have_postgres() { compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; }

if ! command -v dotnet > /dev/null; then
  echo "setup: the .NET SDK is missing; install the version named in global.json first." >&2
  exit 1
fi

missing=()
have_postgres || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/zoneinfo/Europe/London ] || missing+=(tzdata)
# The independent audit verifier (ops/verify-export.py), which the tests run beside the ledger's own.
command -v python3 > /dev/null || missing+=(python3)
command -v openssl > /dev/null || missing+=(openssl)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing ${missing[*]}. Install with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]} with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" > /dev/null
fi
