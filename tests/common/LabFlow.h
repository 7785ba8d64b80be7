// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The lab test flow shared by the lab integration tests: start → every goal fails; the reference solution →
// every goal passes; reset → nothing labelled remains (asked through the Docker CLI, not the engine).
#include "tests/common/TestUtil.h"

#include "core/lab/LabEngine.h"
#include "core/lab/Scenario.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace escut::test
{

struct LabTimings
{
    qint64 startMs = 0;
    qint64 checkMs = 0;
    qint64 solveMs = 0;
    qint64 resetMs = 0;
};

// Containers, images, volumes and networks carrying label, on the daemon at host ("" = the default one); of this
// run's lab instance only unless anyInstance.
inline QStringList dockerLabelled(const QString& label, const QString& host = {}, bool anyInstance = false)
{
    QStringList out;
    const QString filter = QStringLiteral("label=") + label;
    QStringList instance;
    if (const QString i = qEnvironmentVariable("ESCUT_LAB_INSTANCE"); !i.isEmpty() && !anyInstance) {
        instance = {QStringLiteral("--filter"), QStringLiteral("label=escut.lab.instance=") + i};
    }
    const QStringList hostArgs = host.isEmpty() ? QStringList() : QStringList{QStringLiteral("-H"), host};
    const QList<QStringList> commands{
        {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"), filter},
        {QStringLiteral("images"), QStringLiteral("-aq"), QStringLiteral("--filter"), filter},
        {QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q"), QStringLiteral("--filter"), filter},
        {QStringLiteral("network"), QStringLiteral("ls"), QStringLiteral("-q"), QStringLiteral("--filter"), filter}};
    for (const QStringList& args : commands) {
        out += listOutput(QStringLiteral("docker"), hostArgs + args + instance); // a failing docker is a line too
    }
    return out;
}

// Mounts at or below root (findmnt) and loop devices backed by a file under it (losetup -a): what a lab's
// filesystems leave behind when a reset does not release them. Asked through the tools, not through the engine.
inline QStringList mountsAndLoopsUnder(const QString& root)
{
    QStringList out;
    const QStringList mounts =
        listOutput(QStringLiteral("findmnt"), {QStringLiteral("-rn"), QStringLiteral("-o"), QStringLiteral("TARGET")});
    for (const QString& target : mounts) {
        if (target.startsWith(listingFailedMarker())) {
            out.append(target);
        } else if (target == root || target.startsWith(root + QLatin1Char('/'))) {
            out.append(QStringLiteral("mount ") + target);
        }
    }
    for (const QString& line : listOutput(QStringLiteral("losetup"), {QStringLiteral("-a")})) {
        if (line.startsWith(listingFailedMarker())) {
            out.append(line);
        } else if (line.contains(root + QLatin1Char('/'))) {
            out.append(QStringLiteral("loop ") + line);
        }
    }
    return out;
}

// Empty when the whole flow held; otherwise what went wrong.
inline QString runLabFlow(LabEngine& engine, const Scenario& s, LabTimings& t, const QString& host = {})
{
    QElapsedTimer timer;
    timer.start();
    if (const VoidResult r = engine.start(s); !r) {
        return QStringLiteral("start: ") + r.error().fullText();
    }
    t.startMs = timer.restart();
    if (const QStringList made = dockerLabelled(QStringLiteral("escut.lab=") + s.id, host);
        !QFileInfo(engine.labRoot(s.id)).isDir() || made.isEmpty() || listingFailed(made)) {
        return QStringLiteral("start made no lab root or no labelled resource");
    }
    const Result<LabCheckResult> before = engine.check(s);
    if (!before) {
        return QStringLiteral("check: ") + before.error().fullText();
    }
    t.checkMs = timer.restart();
    if (before.value().goals.size() != s.goals.size()) {
        return QStringLiteral("check returned %1 goals, the scenario has %2")
            .arg(before.value().goals.size())
            .arg(s.goals.size());
    }
    for (const LabGoalResult& g : before.value().goals) {
        if (g.status != Status::Fail && g.status != Status::Warn) {
            return QStringLiteral("%1 on %2 should fail before the fix: %3 (%4)")
                .arg(g.goal.check, g.subject, statusId(g.status), g.evidence);
        }
    }
    timer.restart();
    if (const VoidResult r = engine.applySolution(s); !r) {
        return QStringLiteral("solution: ") + r.error().fullText();
    }
    t.solveMs = timer.restart();
    const Result<LabCheckResult> after = engine.check(s);
    if (!after) {
        return QStringLiteral("check after the solution: ") + after.error().fullText();
    }
    for (const LabGoalResult& g : after.value().goals) {
        if (!g.passed()) {
            return QStringLiteral("%1 on %2 should pass after the reference solution: %3 (%4)")
                .arg(g.goal.check, g.subject, statusId(g.status), g.evidence);
        }
    }
    timer.restart();
    if (const VoidResult r = engine.reset(s.id); !r) {
        return QStringLiteral("reset: ") + r.error().fullText();
    }
    t.resetMs = timer.elapsed();
    if (const QStringList left = dockerLabelled(QStringLiteral("escut.lab=") + s.id, host); !left.isEmpty()) {
        return QStringLiteral("still labelled after reset: ") + left.join(QStringLiteral(", "));
    }
    if (QFileInfo::exists(engine.labRoot(s.id))) {
        return QStringLiteral("the lab root is still there after reset");
    }
    if (const QStringList left = mountsAndLoopsUnder(engine.labRoot(s.id)); !left.isEmpty()) {
        return QStringLiteral("still mounted after reset: ") + left.join(QStringLiteral(", "));
    }
    if (const VoidResult r = engine.reset(s.id); !r) {
        return QStringLiteral("a second reset failed: ") + r.error().fullText();
    }
    const Result<bool> started = engine.isStarted(s.id);
    if (!started || started.value()) {
        return QStringLiteral("the lab still counts as started after reset");
    }
    return {};
}

} // namespace escut::test
