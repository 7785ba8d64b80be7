// SPDX-License-Identifier: GPL-3.0-or-later
// daemon.json: the checks' reader (DaemonConfig::parse, Qt JSON) and fix.daemon-json's (daemonjson::parse and dump,
// nlohmann ordered_json), with the fix's edits in between.
#include "FuzzInput.h"

#include "core/facts/Snapshot.h"
#include "core/remediation/fixes/DaemonJsonText.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace escut;
    const QByteArray text = fuzz::bytes(data, size);

    DaemonConfigFact fact;
    fact.path = QStringLiteral("/etc/docker/daemon.json");
    fact.exists = true;
    fact.readable = true;
    fact.text = text;
    const DaemonConfig config = DaemonConfig::parse(fact);
    if (config.state == DaemonConfig::State::Valid) {
        (void)config.values.value(QStringLiteral("icc")).toBool();
        (void)config.values.value(QStringLiteral("default-ulimits")).toObject().size();
    }

    Result<nlohmann::ordered_json> parsed = daemonjson::parse(text, fact.path);
    if (!parsed) {
        return 0;
    }
    nlohmann::ordered_json& json = parsed.value();
    // What DaemonJsonFix::plan does with it.
    const bool iptablesOff = json.contains("iptables") && json["iptables"] == false;
    if (!iptablesOff && !(json.contains("icc") && json["icc"] == false)) {
        json["icc"] = false;
    }
    if (!json.contains("default-ulimits")) {
        json["default-ulimits"] =
            nlohmann::ordered_json{{"nofile", {{"Name", "nofile"}, {"Soft", 1024}, {"Hard", 2048}}}};
    }
    const Result<QByteArray> after = daemonjson::dump(json, text, fact.path);
    if (after) {
        // What the fix writes, read back, is what it meant: the same settings.
        const Result<nlohmann::ordered_json> again = daemonjson::parse(after.value(), fact.path);
        if (!again || again.value() != json) {
            std::abort();
        }
    }
    return 0;
}
