#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI smoke run of the performance harness: 100 containers, one run of every measure. It must complete, clean up and
# write its JSON with every phase and measure; no time is asserted (a shared CI machine), the numbers are for reading.
# Usage: tests/bench/smoke.sh BUILD_DIR OUTPUT_JSON
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$1
out=$2
rm -f "$out"
ESCUT_BUILD_DIR=$build "$here/run" --containers 100 --runs 1 --output "$out"
[ -s "$out" ] || { echo "FAIL: tests/bench/run wrote no $out" >&2; exit 1; }
python3 - "$out" <<'PY'
import json
import sys

results = json.load(open(sys.argv[1]))
phases = results["phases"]
problems = []
if [p["n"] for p in phases] != [0, 100]:
    problems.append(f"phases at N={[p['n'] for p in phases]}, expected N=0 and N=100")
last = phases[-1]
if last["containers"] < 100:
    problems.append(f"the daemon had {last['containers']} containers at N=100")
for key in ("floor", "cli", "evaluate", "populate", "reaudit"):
    if not isinstance(last.get(key), dict) or len(last[key].get("runs", [])) != 1:
        problems.append(f"measure {key} is missing or has no run")
if not isinstance(last.get("stall"), (int, float)):
    problems.append("the GUI-thread stall of the full audit is missing")
if last.get("cliFindings", 0) <= 0 or last.get("findings", 0) <= 0:
    problems.append("the audit and the evaluation gave no findings")
if last.get("rows", 0) < 100:
    problems.append(f"the Containers view showed {last.get('rows')} rows for 100 containers")
for p in problems:
    print(f"FAIL: {p}", file=sys.stderr)
print(f"bench smoke: {len(phases)} phases, {last['containers']} containers, {last['findings']} findings, "
      f"{last['rows']} rows")
sys.exit(1 if problems else 0)
PY
