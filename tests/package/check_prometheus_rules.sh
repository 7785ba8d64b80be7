#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The shipped alerting rules (resources/prometheus) are valid, pass their promtool unit tests, and use only metrics
# and labels that escut-cli really exports.  Usage: check_prometheus_rules.sh ESCUT_CLI SOURCE_DIR
set -euo pipefail
cli=$1
rules_dir=$2/resources/prometheus
command -v promtool >/dev/null || { echo "promtool not found (Debian package prometheus)" >&2; exit 1; }
promtool check rules "$rules_dir/escut-alerts.yml"
(cd "$rules_dir" && promtool test rules escut-alerts.test.yml)

# What escut-cli exports for the demo snapshot, in the format node_exporter's textfile collector reads.
metrics=$("$cli" audit --snapshot "$2/resources/demo/snapshot.json" --format prometheus --fail-on none --no-history)
status=0
for name in $(grep -o 'escut_[a-z_]*' "$rules_dir/escut-alerts.yml" | sort -u); do
    if ! grep -q "^$name[{ ]" <<<"$metrics"; then
        echo "the rules use $name, which escut-cli does not export" >&2
        status=1
    fi
done
for label in 'severity="critical"' 'severity="high"' 'status="fail"' 'layer="container"'; do
    if ! grep -q "^escut_findings{.*$label" <<<"$metrics"; then
        echo "escut_findings has no series with $label" >&2
        status=1
    fi
done
[[ $status -eq 0 ]] && echo "prometheus rules: valid, unit tests pass, every metric is exported"
exit $status
