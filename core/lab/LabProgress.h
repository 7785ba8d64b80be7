// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lab/LabEngine.h"
#include "core/lab/Scenario.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace escut
{

// One student's progress through the labs, saved as JSON in the lab state directory (progress/<student>.json).
// A teacher collects the HTML or JSON export.
class LabProgress
{
    Q_DECLARE_TR_FUNCTIONS(LabProgress)

public:
    // $ESCUT_STUDENT, else the login name.
    [[nodiscard]] static QString defaultStudent();

    LabProgress(QString stateDir, QString student);

    [[nodiscard]] QString student() const;
    [[nodiscard]] QString path() const;
    // A missing file is an empty progress; a broken one an error (nothing is overwritten then).
    [[nodiscard]] VoidResult load();
    [[nodiscard]] VoidResult save() const;

    void recordStart(const Scenario& scenario);
    void recordCheck(const Scenario& scenario, const LabCheckResult& result);
    void recordHint(const Scenario& scenario, int hintIndex);
    void recordReset(const QString& id);

    [[nodiscard]] QJsonObject lab(const QString& id) const;
    [[nodiscard]] bool completed(const QString& id) const;

    // The export for a teacher: every built-in lab with this student's state.
    [[nodiscard]] QJsonObject exportJson(const QList<Scenario>& scenarios) const;
    [[nodiscard]] QString exportHtml(const QList<Scenario>& scenarios, const QString& language) const;

private:
    QString m_stateDir;
    QString m_student;
    QJsonObject m_labs;
};

} // namespace escut
