#!/usr/bin/env bash
# Line and branch coverage of Governance.Domain by the rule specifications (tests/Governance.Specifications), per
# file and in all, from coverlet's Cobertura report. With --all, by the whole suite (it starts PostgreSQL; minutes).
# Usage: ops/coverage.sh [--all]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
target="$repo/tests/Governance.Specifications"
if [ "${1:-}" = "--all" ]; then target="$repo/Governance.sln"; fi

dotnet test "$target" -c Release --collect:"XPlat Code Coverage" --results-directory "$out" \
  -- DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.Include="[Governance.Domain]*" > "$out/test.log" 2>&1 \
  || { tail -40 "$out/test.log"; exit 1; }

python3 - "$out" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
from collections import defaultdict
# Several test assemblies each write a report; a line or branch counts as covered when any run covered it.
lines, branches = defaultdict(int), {}
for report in glob.glob(f"{sys.argv[1]}/**/coverage.cobertura.xml", recursive=True):
    for cls in ET.parse(report).iter("class"):
        name = cls.get("filename").split("Governance.Domain/")[-1]
        if name.startswith("obj/"): continue  # code the compiler generated (regular expressions)
        for line in cls.iter("line"):
            key = (name, line.get("number"))
            lines[key] = max(lines[key], int(line.get("hits")))
            if line.get("branch") == "True":
                covered, total = line.get("condition-coverage").split("(")[1].rstrip(")").split("/")
                branches[key] = (max(int(covered), branches.get(key, (0, 0))[0]), int(total))
files = sorted({name for name, _ in lines})
print(f"{'file':45} {'lines':>11} {'branches':>11}")
def rate(hit, total): return f"{hit}/{total}" if total else "-"
for name in files:
    l = [hits for (n, _), hits in lines.items() if n == name]
    b = [v for (n, _), v in branches.items() if n == name]
    print(f"{name:45} {rate(sum(h > 0 for h in l), len(l)):>11} {rate(sum(c for c, _ in b), sum(t for _, t in b)):>11}")
l, b = list(lines.values()), list(branches.values())
print(f"{'Governance.Domain':45} {rate(sum(h > 0 for h in l), len(l)):>11} {rate(sum(c for c, _ in b), sum(t for _, t in b)):>11}"
      f"  ({100 * sum(h > 0 for h in l) / len(l):.1f} % of lines, {100 * sum(c for c, _ in b) / max(1, sum(t for _, t in b)):.1f} % of branches)")
PY
