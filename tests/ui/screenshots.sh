#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# PNGs of the dashboard under Xvfb, from the bundled demo snapshot: Overview, Containers (with the worst
# container's checklist open) and History, in Catalan and Spanish. Fails when a run fails or a PNG is missing,
# not a PNG, or too small to be a rendered window.
# Usage: tests/ui/screenshots.sh [path/to/escut] [output dir]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
escut=${1:-${ESCUT_GUI:-$here/build/dev/app/escut}}
out=${2:-$here/build/screenshots}
mkdir -p "$out"
for tool in xvfb-run file; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is not installed" >&2; exit 2; }
done
# A throwaway settings and runtime directory: remembered geometry or language must not change the pictures.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME=$scratch/config XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
status=0
for lang in ca es; do
    for view in overview containers history; do
        png=$out/escut-$view-$lang.png
        rm -f "$png"
        if ! timeout 120 xvfb-run -a -s '-screen 0 1400x900x24' \
            "$escut" --demo --lang "$lang" --view "$view" --screenshot "$png"; then
            echo "FAIL $view ($lang): escut exited with an error" >&2
            status=1
            continue
        fi
        size=$(stat -c %s "$png" 2>/dev/null || echo 0)
        if ! file "$png" | grep -q 'PNG image data, 1280 x 800' || [ "$size" -lt 30000 ]; then
            echo "FAIL $view ($lang): $png is missing, not a 1280x800 PNG, or nearly empty ($size bytes)" >&2
            status=1
            continue
        fi
        echo "ok   $png ($size bytes)"
    done
done
exit $status
