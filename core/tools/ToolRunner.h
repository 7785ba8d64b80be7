// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <sys/types.h>

namespace escut
{

// What one run of a local tool printed. A tool that ran and exited (whatever its exit code) is a ToolOutput;
// only "could not run it" (not installed, not allowed, did not start, timed out, crashed, cancelled) is an Error.
struct ToolOutput
{
    QString program; // absolute path that was run
    QStringList arguments;
    int exitCode = 0;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    bool truncated = false; // stdout or stderr went over the size cap and was cut

    [[nodiscard]] bool succeeded() const
    {
        return exitCode == 0;
    }
    // Trimmed stderr (or stdout when stderr is empty), at most 500 characters, for error details.
    [[nodiscard]] QString diagnostic() const;
};

struct ToolOptions
{
    int timeoutMs = 30000;
    qint64 maxOutputBytes = 64 * 1024 * 1024;
    QByteArray input;             // written to stdin, then stdin is closed
    QStringList extraEnvironment; // "NAME=value" added to the process environment
    QString workingDirectory;     // empty: the caller's
    const std::atomic<bool>* cancel = nullptr;
};

// Runs allow-listed local tools (cryptsetup, lsblk, findmnt, fscrypt, trivy, dockle, docker, auditctl, ...)
// with an argument list (never a shell), a deadline and a size cap. The program is resolved on PATH to an
// absolute path, so tests put fake executables first on PATH and go through this real QProcess code.
// run() blocks the calling thread: call it from a collector's worker thread, never from the GUI thread.
class ToolRunner
{
    Q_DECLARE_TR_FUNCTIONS(ToolRunner)

public:
    // The tools Escut may run; anything else is refused.
    [[nodiscard]] static const QStringList& allowedTools();
    [[nodiscard]] static bool isAllowed(const QString& tool);

    // Absolute path of tool on PATH (then /usr/sbin, /sbin, /usr/local/sbin, which a user's PATH often
    // lacks), or empty when it is not installed or not allowed.
    [[nodiscard]] static QString find(const QString& tool);

    // The Debian package that provides tool, for "install it with ..." hints (empty when unknown).
    [[nodiscard]] static QString debianPackage(const QString& tool);

    [[nodiscard]] static Result<ToolOutput>
    run(const QString& tool, const QStringList& arguments, const ToolOptions& options = {});

    // SIGKILL for root and every process descended from it (frozen with SIGSTOP first, so none forks meanwhile):
    // what run() does on a timeout, a cancel or too much output, so that no child of a tool outlives it.
    static void killProcessTree(pid_t root);
};

} // namespace escut
