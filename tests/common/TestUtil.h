// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

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

inline QString cliPath()
{
    return qEnvironmentVariable("ESCUT_CLI");
}

inline QString sourceDir()
{
    return qEnvironmentVariable("ESCUT_SOURCE_DIR");
}

} // namespace escut::test
