// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Check.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

namespace escut
{

// One check evaluated on one subject.
struct Finding
{
    const CheckDef* check = nullptr;
    Subject subject; // data is dropped
    Status status = Status::Info;
    QString evidence;
    int line = 0; // 1-based line in the subject's file (Compose, Dockerfile); 0 when the finding has no line

    // DESIGN.md fields: id, layer, scope, subject, status, severity, cis, title, evidence, remediation, fix;
    // plus "line" when the finding points at a line of a file.
    [[nodiscard]] QJsonObject toJson() const;
};

struct EvaluateOptions
{
    QSet<Layer> only; // empty: all layers
};

// One check evaluated on one subject, as a finding (the subject's data dropped). Pure.
Finding evaluateCheck(const CheckDef& def, const Snapshot& snapshot, const Subject& subject);

// Every check of the catalogue over every subject of its scope. Pure.
QList<Finding> evaluate(const Snapshot& snapshot, const EvaluateOptions& options = {});

// The subjects of one scope present in the snapshot.
QList<Subject> subjectsFor(const Snapshot& snapshot, Scope scope);

} // namespace escut
