#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# PNGs of the dashboard under Xvfb, from the bundled demo snapshot: Overview, Containers (with the worst
# container's checklist open) and History, in Catalan and Spanish. Fails when a run fails or a PNG is missing,
# not a PNG, or too small to be a rendered window, and when the window does not show the language asked for: each
# run also writes the visible texts of its accessibility tree (ESCUT_SCREENSHOT_TEXTS), which must hold the
# translations of known strings of that view from translations/escut_LANG.ts and not their English source.
# Usage: tests/ui/screenshots.sh [path/to/escut] [output dir]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
escut=${1:-${ESCUT_GUI:-$here/build/dev/app/escut}}
out=${2:-$here/build/screenshots}
mkdir -p "$out"
for tool in xvfb-run file python3; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is not installed" >&2; exit 2; }
done
# A throwaway settings and runtime directory: remembered geometry or language must not change the pictures.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME=$scratch/config XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Strings each view shows ("context|source" in the .ts files): the navigation and toolbar everywhere, and some of the
# view's own.
common=('escut::MainWindow|Overview' 'escut::MainWindow|Containers' 'escut::MainWindow|History'
    'escut::MainWindow|Views' 'escut::MainWindow|Audit now')
declare -A own=(
    [overview]='escut::MainWindow|Most urgent findings'
    [containers]='escut::ContainersView|Any status;escut::ContainersModel|Container;escut::ContainersModel|Image'
    [history]='escut::MainWindow|Stored history;escut::MainWindow|This session'
)
status=0
for lang in ca es; do
    for view in overview containers history; do
        png=$out/escut-$view-$lang.png
        texts=$out/escut-$view-$lang.txt
        rm -f "$png" "$texts"
        if ! ESCUT_SCREENSHOT_TEXTS=$texts timeout 120 xvfb-run -a -s '-screen 0 1400x900x24' \
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
        IFS=';' read -r -a strings <<<"${own[$view]}"
        if ! python3 "$here/tests/tools/check_screenshot_texts.py" "$here/translations/escut_$lang.ts" "$texts" \
            "${common[@]}" "${strings[@]}"; then
            echo "FAIL $view ($lang): the window does not show the $lang strings (texts in $texts)" >&2
            status=1
            continue
        fi
        echo "ok   $png ($size bytes, $(wc -l <"$texts") visible texts in $lang)"
    done
done
exit $status
