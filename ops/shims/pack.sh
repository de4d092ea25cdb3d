#!/usr/bin/env bash
# Rebuilds the stand-in package into ops/nuget/. The built .nupkg is committed, so a clean clone restores without this.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dotnet pack "$here/Patched.DistributedLock.Core/Patched.DistributedLock.Core.csproj" -c Release -o "$here/../nuget" --nologo
