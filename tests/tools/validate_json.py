#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# validate_json.py SCHEMA FILE: validates FILE with python3-jsonschema (the draft the schema names);
# prints every error and exits 1 when there is one.
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
document = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
for error in errors:
    print("%s: %s" % ("/".join(str(p) for p in error.path), error.message))
print("%s: %d error(s) against %s (%s)" % (sys.argv[2], len(errors), sys.argv[1], type(validator).__name__))
sys.exit(1 if errors else 0)
