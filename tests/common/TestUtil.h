// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace escut::test
{

struct ProcessResult
{
    int exitCode = -1;
    bool started = false;
    QByteArray out;
    QByteArray err;
};

// Runs a program with an argument list (no shell) and waits; tests only.
inline ProcessResult runProcess(const QString& program, const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    ProcessResult r;
    r.started = p.waitForStarted(10000);
    if (!r.started) {
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The lines a listing command prints (docker ps -q, pgrep, findmnt …). A command that does not start or exits with a
// code outside okCodes adds one line starting with listingFailedMarker(), so a check that expects an empty list
// (no leftovers) fails with the reason instead of passing on a failed command's empty output.
inline QString listingFailedMarker()
{
    return QStringLiteral("LISTING FAILED: ");
}

inline QStringList listOutput(const QString& program, const QStringList& args, const QList<int>& okCodes = {0})
{
    const ProcessResult r = runProcess(program, args);
    QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!r.started || !okCodes.contains(r.exitCode)) {
        lines.append(listingFailedMarker() + QStringLiteral("%1 %2 (exit %3): %4")
                                                 .arg(program, args.join(QLatin1Char(' ')))
                                                 .arg(r.started ? r.exitCode : -1)
                                                 .arg(QString::fromUtf8(r.err).trimmed()));
    }
    return lines;
}

inline bool listingFailed(const QStringList& lines)
{
    return std::any_of(lines.cbegin(), lines.cend(), [](const QString& l) {
        return l.startsWith(listingFailedMarker());
    });
}

// Removes every container (running or not) that carries this label, e.g. "escut.test.run=1234".
inline void removeContainersLabelled(const QString& label)
{
    const ProcessResult ids = runProcess(
        QStringLiteral("docker"),
        {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"), QStringLiteral("label=") + label});
    const QStringList list = QString::fromUtf8(ids.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!list.isEmpty()) {
        runProcess(QStringLiteral("docker"), QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + list);
    }
}

// Writes a fake tool: "#!/bin/sh" plus script, executable by its owner. False when it cannot be written.
inline bool writeExecutable(const QString& path, const QByteArray& script)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write("#!/bin/sh\n" + script) < 0) {
        return false;
    }
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// The stop grace period the daemon gave container ID (a full or short id) since UNIX time `since`: seconds from its
// SIGTERM to its SIGKILL, from the daemon's own event times (docker events), so neither the test's nor the CLI's
// speed counts. -1 when the daemon has no such pair of kill events.
inline double stopGraceSeconds(const QString& id, qint64 since)
{
    const ProcessResult r = runProcess(QStringLiteral("docker"),
                                       {QStringLiteral("events"),
                                        QStringLiteral("--since"),
                                        QString::number(since),
                                        QStringLiteral("--until"),
                                        QString::number(QDateTime::currentSecsSinceEpoch() + 1),
                                        QStringLiteral("--filter"),
                                        QStringLiteral("container=") + id,
                                        QStringLiteral("--filter"),
                                        QStringLiteral("event=kill"),
                                        QStringLiteral("--format"),
                                        QStringLiteral("{{.TimeNano}} {{index .Actor.Attributes \"signal\"}}")});
    qint64 term = -1;
    qint64 kill = -1;
    for (const QString& line : QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char(' '));
        if (fields.size() != 2) {
            continue;
        }
        if (fields.at(1) == QLatin1String("15") && term < 0) {
            term = fields.at(0).toLongLong();
        } else if (fields.at(1) == QLatin1String("9") && term >= 0 && kill < 0) {
            kill = fields.at(0).toLongLong();
        }
    }
    return r.exitCode == 0 && term >= 0 && kill >= 0 ? double(kill - term) / 1e9 : -1;
}

inline QString cliPath()
{
    return qEnvironmentVariable("ESCUT_CLI");
}

inline QString sourceDir()
{
    return qEnvironmentVariable("ESCUT_SOURCE_DIR");
}

} // namespace escut::test
