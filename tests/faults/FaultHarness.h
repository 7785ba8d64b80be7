// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fault-injection harness (issue 19): runs the real escut-cli ($ESCUT_CLI) against a scripted fake Docker Engine
// (tests/faults/fake_dockerd.py) or fake tools first on PATH, and measures what a user would feel: the exit code, the
// wall time, the peak RSS (wait4's ru_maxrss of the escut-cli process), and the bytes it wrote to stdout and stderr.
#include "tests/common/TestUtil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace escut::test
{

struct CliRun
{
    int exitCode = -1; // -1: killed by a signal (signal says which) or not started
    int signal = 0;
    bool started = false;
    bool killedByHarness = false; // still running at the hard limit
    double seconds = 0;
    qint64 peakRssKb = 0;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("exit %1 signal %2 after %3 s, peak RSS %4 MB%5\n--- stdout (first 2000 bytes):\n%6\n"
                              "--- stderr (first 2000 bytes):\n%7")
            .arg(exitCode)
            .arg(signal)
            .arg(seconds, 0, 'f', 2)
            .arg(peakRssKb / 1024)
            .arg(killedByHarness ? QStringLiteral(" (killed by the harness)") : QString())
            .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

// Runs program with args and the test's environment plus env ("NAME=value" replaces NAME), stdout and stderr into
// files under dir. Killed with SIGKILL at hardLimitMs. Its exit is reaped with wait4, whose rusage gives the peak
// RSS of the process (and of the tools it waited for).
inline CliRun runMeasured(const QString& program,
                          const QStringList& args,
                          const QStringList& env,
                          const QString& dir,
                          int hardLimitMs)
{
    CliRun run;
    std::vector<std::string> argStore{program.toStdString()};
    for (const QString& a : args) {
        argStore.push_back(a.toStdString());
    }
    std::vector<std::string> envStore;
    QStringList overridden;
    for (const QString& e : env) {
        overridden.append(e.section(QLatin1Char('='), 0, 0) + QLatin1Char('='));
    }
    for (char** e = environ; *e; ++e) {
        const QString entry = QString::fromLocal8Bit(*e);
        if (std::none_of(overridden.cbegin(), overridden.cend(), [&](const QString& p) {
                return entry.startsWith(p);
            })) {
            envStore.emplace_back(*e);
        }
    }
    for (const QString& e : env) {
        envStore.push_back(e.toStdString());
    }
    std::vector<char*> argv;
    for (std::string& s : argStore) {
        argv.push_back(s.data());
    }
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (std::string& s : envStore) {
        envp.push_back(s.data());
    }
    envp.push_back(nullptr);

    const QString outPath = dir + QStringLiteral("/cli.stdout");
    const QString errPath = dir + QStringLiteral("/cli.stderr");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions,
                                     1,
                                     QFile::encodeName(outPath).constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_addopen(&actions,
                                     2,
                                     QFile::encodeName(errPath).constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        return run;
    }
    run.started = true;
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
        if (done == pid) {
            break;
        }
        if (done < 0 && errno != EINTR) {
            break;
        }
        if (clock.elapsed() > hardLimitMs) {
            run.killedByHarness = true;
            ::kill(pid, SIGKILL);
            ::wait4(pid, &status, 0, &usage);
            break;
        }
        QThread::msleep(5);
    }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.peakRssKb = usage.ru_maxrss;
    if (WIFEXITED(status)) {
        run.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        run.signal = WTERMSIG(status);
    }
    QFile out(outPath);
    if (out.open(QIODevice::ReadOnly)) {
        run.out = out.readAll();
    }
    QFile err(errPath);
    if (err.open(QIODevice::ReadOnly)) {
        run.err = err.readAll();
    }
    return run;
}

// The fake daemon of tests/faults/fake_dockerd.py for one case, on dir/docker.sock.
class FakeDaemon
{
    Q_DISABLE_COPY(FakeDaemon)

public:
    FakeDaemon(const QString& dir, const QString& scenario)
        : m_socket(dir + QStringLiteral("/docker.sock"))
        , m_log(dir + QStringLiteral("/fake_dockerd.log"))
    {
        m_process.setStandardOutputFile(m_log);
        m_process.setStandardErrorFile(m_log, QIODevice::Append);
        m_process.start(QStringLiteral("python3"),
                        {sourceDir() + QStringLiteral("/tests/faults/fake_dockerd.py"),
                         QStringLiteral("--socket"),
                         m_socket,
                         QStringLiteral("--case"),
                         scenario});
        QElapsedTimer clock;
        clock.start();
        while (m_process.state() != QProcess::NotRunning && !QFileInfo::exists(m_socket) && clock.elapsed() < 30000) {
            QTest::qWait(20);
        }
    }

    ~FakeDaemon()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    [[nodiscard]] bool ready() const
    {
        return m_process.state() == QProcess::Running && QFileInfo::exists(m_socket);
    }
    [[nodiscard]] QString url() const
    {
        return QStringLiteral("unix://") + m_socket;
    }
    [[nodiscard]] QString log() const
    {
        QFile f(m_log);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    QString m_socket;
    QString m_log;
    QProcess m_process;
};

// Any raw control byte a terminal acts on: ESC, BEL, CSI (C1, also as UTF-8 U+009B) and the bidi override U+202E.
inline bool hasRawControl(const QByteArray& bytes)
{
    return bytes.contains('\x1b') || bytes.contains('\x07') || bytes.contains("\xc2\x9b") ||
           bytes.contains("\xe2\x80\xae");
}

// Processes whose command line contains marker (fake tools' children that must not outlive escut-cli).
inline QList<pid_t> processesWith(const QByteArray& marker)
{
    QList<pid_t> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& e : entries) {
        bool ok = false;
        const pid_t pid = e.toInt(&ok);
        if (!ok) {
            continue;
        }
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(e));
        if (f.open(QIODevice::ReadOnly) && f.readAll().replace('\0', ' ').contains(marker)) {
            pids.append(pid);
        }
    }
    return pids;
}

// One row of the per-case table.
struct CaseRow
{
    QString name;
    int exitCode;
    double seconds;
    qint64 peakRssMb;
    double boundSeconds;
};

inline QString tableOf(const QList<CaseRow>& rows)
{
    QString text = QStringLiteral("| case | exit | seconds | bound s | peak RSS MB |\n|---|---|---|---|---|\n");
    for (const CaseRow& r : rows) {
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                    .arg(r.name)
                    .arg(r.exitCode)
                    .arg(r.seconds, 0, 'f', 2)
                    .arg(r.boundSeconds, 0, 'f', 0)
                    .arg(r.peakRssMb);
    }
    return text;
}

} // namespace escut::test
