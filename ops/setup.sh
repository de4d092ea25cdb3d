#!/usr/bin/env bash
# Installs what the ledger needs on a fresh Debian machine of this project's kind, and nothing that is there already:
# the PostgreSQL server binaries (the ledger runs its own local cluster from them). Safe to run again.
set -euo pipefail

have_postgres() { compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; }

if ! command -v dotnet > /dev/null; then
  echo "setup: the .NET SDK is missing; install the version named in global.json first." >&2
  exit 1
fi

if ! have_postgres; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: PostgreSQL server binaries are missing. Install them with: sudo apt-get install postgresql" >&2
    exit 1
  fi
  echo "setup: installing the PostgreSQL server binaries with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql > /dev/null
fi
