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

    // DESIGN.md fields: id, layer, scope, subject, status, severity, cis, title, evidence, remediation, fix
    [[nodiscard]] QJsonObject toJson() const;
};

struct EvaluateOptions
{
    QSet<Layer> only; // empty: all layers
};

// Every check of the catalogue over every subject of its scope. Pure.
QList<Finding> evaluate(const Snapshot& snapshot, const EvaluateOptions& options = {});

// The subjects of one scope present in the snapshot.
QList<Subject> subjectsFor(const Snapshot& snapshot, Scope scope);

} // namespace escut
