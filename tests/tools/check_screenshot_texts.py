#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that a screenshot's visible texts (escut --screenshot with ESCUT_SCREENSHOT_TEXTS, one text a line) are in
the expected language: for every "context|source" given, the finished translation from the .ts file is shown, and
the English source is not (when the two differ). Lines are compared whole, so "History" is not found in "Historial".

usage: check_screenshot_texts.py LANG.ts TEXTS 'escut::MainWindow|Overview' ...
"""
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    ts, texts, wanted = sys.argv[1], sys.argv[2], sys.argv[3:]
    translations = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                translations[(name, message.findtext("source"))] = translation.text or ""
    with open(texts, encoding="utf-8") as f:
        shown = {line.strip() for line in f if line.strip()}
    if not shown:
        print(f"FAIL {texts}: no visible text was written", file=sys.stderr)
        return 1
    failures = []
    for item in wanted:
        context, _, source = item.partition("|")
        translated = translations.get((context, source))
        if not translated:
            failures.append(f"{ts} has no finished translation of {source!r} in {context}")
            continue
        translated = translated.replace("&", "") if "&" in source else translated
        if translated not in shown:
            failures.append(f"{translated!r} ({source!r}) is not shown")
        if translated != source and source in shown:
            failures.append(f"the English {source!r} is shown")
    for failure in failures:
        print(f"FAIL {texts}: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
