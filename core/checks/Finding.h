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

} // namespace escut

// Every member is relocatable (pointers, enums, Qt implicitly shared types): lists of findings grow by memcpy.
Q_DECLARE_TYPEINFO(escut::Finding, Q_RELOCATABLE_TYPE);

namespace escut
{

struct EvaluateOptions
{
    QSet<Layer> only; // empty: all layers
    // Worker threads for a large snapshot (checks are pure, so subjects are evaluated in parallel); 0: one per
    // core, 1: on the calling thread only. The findings and their order are the same either way.
    int threads = 0;
};

// One check evaluated on one subject, as a finding (the subject's data dropped). Pure.
Finding evaluateCheck(const CheckDef& def, const Snapshot& snapshot, const Subject& subject);

// Every check of the catalogue over every subject of its scope, check by check in catalogue order, subjects in
// snapshot order. Pure.
QList<Finding> evaluate(const Snapshot& snapshot, const EvaluateOptions& options = {});

// The subjects of one scope present in the snapshot.
QList<Subject> subjectsFor(const Snapshot& snapshot, Scope scope);

} // namespace escut
