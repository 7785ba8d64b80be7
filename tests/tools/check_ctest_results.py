#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A green test run means every test ran and passed.

  check_ctest_results.py registered CTEST_JSON EXPECTED_TESTS
      The tests this configure registered (ctest --show-only=json-v1) are exactly the ones in EXPECTED_TESTS:
      a configure that drops a test (a tool not found, an option off) fails here, before anything runs.

  check_ctest_results.py results JUNIT EXPECTED_TESTS EXPECTED_SKIPS [--all]
      After ctest --output-junit: every skipped test function (QtTest "SKIP   :" lines) and every test that did
      not run is on the allow-list EXPECTED_SKIPS, and with --all every expected test has a result.

EXPECTED_TESTS: one ctest name a line. EXPECTED_SKIPS: "<ctest name> <what>  # why", where <what> is a QtTest
function ("fn", any data row, or "fn(row)") or "*" for a test that skipped as a whole (SKIP_RETURN_CODE).
Lines starting with # and blank lines are ignored in both files. Exit 0 when everything is in order, 1 otherwise.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

# QtTest: "SKIP   : TestLab::scenario(daemon-config) no Docker daemon"
QTEST_SKIP = re.compile(r"^SKIP\s+:\s+[A-Za-z_][\w:]*::(\w+)(\((.*?)\))?\s?(.*)$", re.MULTILINE)


def read_list(path):
    entries = []
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if line:
                entries.append((number, line))
    return entries


def expected_tests(path):
    return {line for _, line in read_list(path)}


def expected_skips(path):
    allowed = {}
    for number, line in read_list(path):
        fields = line.split(None, 1)  # a data row may contain spaces: "fn(read-only folder)"
        if len(fields) != 2:
            sys.exit(f"{path}:{number}: expected '<ctest name> <function or *>  # reason', got '{line}'")
        allowed.setdefault(fields[0], set()).add(fields[1])
    return allowed


def check_registered(ctest_json, expected_path):
    with open(ctest_json, encoding="utf-8") as f:
        registered = {t["name"] for t in json.load(f).get("tests", [])}
    expected = expected_tests(expected_path)
    problems = []
    for name in sorted(expected - registered):
        problems.append(f"test '{name}' is listed in {expected_path} but this configure did not register it "
                        "(a tool not found at configure time, or an option turned off?)")
    for name in sorted(registered - expected):
        problems.append(f"test '{name}' is registered but not listed in {expected_path}: add it there")
    if not registered:
        problems.append("no tests are registered at all (BUILD_TESTING off?)")
    return problems, len(registered)


def allow_entry(allowed, test, function, row):
    """The allow-list entry that covers this skipped function (or data row), or None."""
    entries = allowed.get(test, set())
    if function in entries:
        return function
    if row is not None and f"{function}({row})" in entries:
        return f"{function}({row})"
    return None


def check_results(junit, expected_path, skips_path, require_all):
    expected = expected_tests(expected_path)
    allowed = expected_skips(skips_path)
    used = set()
    root = ET.parse(junit).getroot()
    problems = []
    seen = set()
    counts = {"run": 0, "fail": 0, "notrun": 0}
    allowed_skips = []
    for case in root.iter("testcase"):
        name = case.get("name")
        status = case.get("status")
        seen.add(name)
        counts[status] = counts.get(status, 0) + 1
        out_node = case.find("system-out")
        output = out_node.text if out_node is not None and out_node.text else ""
        skipped_node = case.find("skipped")
        skips = QTEST_SKIP.findall(output)
        if status == "notrun":
            why = skipped_node.get("message", "") if skipped_node is not None else ""
            if not skips:
                if "*" in allowed.get(name, set()):
                    used.add((name, "*"))
                    allowed_skips.append(f"{name}: skipped as a whole ({why})")
                else:
                    last = output.strip().splitlines()[-1:] or ["no output"]
                    problems.append(f"{name} did not run ({why}): {last[0]}")
                continue
        elif status == "fail":
            problems.append(f"{name} failed")
        elif status != "run":
            problems.append(f"{name} did not run (status {status})")
        elif status == "run" and skips:
            # A passing test that printed QtTest skips: its SKIP_REGULAR_EXPRESSION is missing.
            problems.append(f"{name} passed but skipped {len(skips)} function(s): set SKIP_REGULAR_EXPRESSION on it")
        for function, _, row, reason in skips:
            row = row if row != "" else None
            shown = f"{function}({row})" if row is not None else function
            entry = allow_entry(allowed, name, function, row)
            if entry is not None:
                used.add((name, entry))
                allowed_skips.append(f"{name} {shown}: {reason}")
            else:
                problems.append(f"{name} skipped {shown}: {reason}")
    if require_all:
        for name in sorted(expected - seen):
            problems.append(f"{name} has no result: it was not run")
    if not seen:
        problems.append("no test ran at all")
    for line in allowed_skips:
        print(f"check_ctest_results: allowed skip ({skips_path}): {line}")
    for test, entries in sorted(allowed.items()):
        if test not in expected:
            problems.append(f"{skips_path} allows skips of '{test}', which is not in {expected_path}")
        for what in sorted(entries):
            if test in seen and (test, what) not in used:
                print(f"check_ctest_results: note: {skips_path} allows '{test} {what}', which ran this time")
    print(f"check_ctest_results: {counts.get('run', 0)} passed, {counts.get('fail', 0)} failed, "
          f"{counts.get('notrun', 0)} not run or skipped, {len(allowed_skips)} allowed skip(s)")
    return problems


def main(argv):
    if len(argv) >= 4 and argv[1] == "registered":
        problems, count = check_registered(argv[2], argv[3])
        what = f"{count} registered tests"
    elif len(argv) >= 5 and argv[1] == "results":
        problems = check_results(argv[2], argv[3], argv[4], "--all" in argv[5:])
        what = "the test results"
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for p in problems:
        print(f"check_ctest_results: FAIL: {p}", file=sys.stderr)
    if problems:
        print(f"check_ctest_results: {len(problems)} problem(s) in {what}: a skip or a missing test is a failure "
              "unless tests/expected-skips.txt says why it cannot run on this machine", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
