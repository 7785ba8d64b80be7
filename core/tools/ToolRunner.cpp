// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/ToolRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace escut
{

QString ToolOutput::diagnostic() const
{
    QString text = QString::fromUtf8(err).trimmed();
    if (text.isEmpty()) {
        text = QString::fromUtf8(out).trimmed();
    }
    if (text.size() > 500) {
        text = text.left(500) + QStringLiteral("…");
    }
    return text;
}

const QStringList& ToolRunner::allowedTools()
{
    static const QStringList s_tools = {
        QStringLiteral("apparmor_status"),
        QStringLiteral("aa-status"),
        QStringLiteral("apt-get"),
        QStringLiteral("auditctl"),
        QStringLiteral("cryptsetup"),
        QStringLiteral("dnf"),
        QStringLiteral("docker"),
        QStringLiteral("docker-compose"),
        QStringLiteral("dockerd"),
        QStringLiteral("dockle"),
        QStringLiteral("findmnt"),
        QStringLiteral("fscrypt"),
        QStringLiteral("getenforce"),
        QStringLiteral("getent"),
        QStringLiteral("hadolint"),
        QStringLiteral("iptables"),
        QStringLiteral("ip6tables"),
        QStringLiteral("losetup"),
        QStringLiteral("lsblk"),
        QStringLiteral("mkfs.ext4"),
        QStringLiteral("mount"),
        QStringLiteral("nft"),
        QStringLiteral("pkexec"),
        QStringLiteral("runsc"),
        QStringLiteral("sestatus"),
        QStringLiteral("systemctl"),
        QStringLiteral("trivy"),
        QStringLiteral("uname"),
        QStringLiteral("ufw"),
        QStringLiteral("umount"),
        QStringLiteral("zypper"),
        QStringLiteral("falco"),
        QStringLiteral("pgrep"),
        QStringLiteral("ps"),
    };
    return s_tools;
}

bool ToolRunner::isAllowed(const QString& tool)
{
    return allowedTools().contains(tool);
}

QString ToolRunner::find(const QString& tool)
{
    if (!isAllowed(tool)) {
        return {};
    }
    QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty()) {
        path = QStandardPaths::findExecutable(
            tool,
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin")});
    }
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

QString ToolRunner::debianPackage(const QString& tool)
{
    static const QHash<QString, QString> s_packages = {
        {QStringLiteral("apparmor_status"), QStringLiteral("apparmor")},
        {QStringLiteral("aa-status"), QStringLiteral("apparmor")},
        {QStringLiteral("auditctl"), QStringLiteral("auditd")},
        {QStringLiteral("cryptsetup"), QStringLiteral("cryptsetup-bin")},
        {QStringLiteral("docker"), QStringLiteral("docker.io")},
        {QStringLiteral("dockerd"), QStringLiteral("docker.io")},
        {QStringLiteral("docker-compose"), QStringLiteral("docker-compose")},
        {QStringLiteral("findmnt"), QStringLiteral("util-linux")},
        {QStringLiteral("lsblk"), QStringLiteral("util-linux")},
        {QStringLiteral("losetup"), QStringLiteral("mount")},
        {QStringLiteral("mount"), QStringLiteral("mount")},
        {QStringLiteral("umount"), QStringLiteral("mount")},
        {QStringLiteral("mkfs.ext4"), QStringLiteral("e2fsprogs")},
        {QStringLiteral("fscrypt"), QStringLiteral("fscrypt")},
        {QStringLiteral("getenforce"), QStringLiteral("selinux-utils")},
        {QStringLiteral("sestatus"), QStringLiteral("policycoreutils")},
        {QStringLiteral("iptables"), QStringLiteral("iptables")},
        {QStringLiteral("ip6tables"), QStringLiteral("iptables")},
        {QStringLiteral("nft"), QStringLiteral("nftables")},
        {QStringLiteral("pkexec"), QStringLiteral("pkexec")},
        {QStringLiteral("runsc"), QStringLiteral("runsc")},
        {QStringLiteral("systemctl"), QStringLiteral("systemd")},
        {QStringLiteral("ufw"), QStringLiteral("ufw")},
        {QStringLiteral("pgrep"), QStringLiteral("procps")},
        {QStringLiteral("ps"), QStringLiteral("procps")},
    };
    return s_packages.value(tool);
}

namespace
{

// The parent of pid, from /proc/<pid>/stat ("pid (comm) state ppid ..."; comm may hold spaces and parentheses).
pid_t parentOf(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray line = stat.read(4096);
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0) {
        return 0;
    }
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    return fields.size() > 1 ? pid_t(fields.at(1).toLong()) : 0;
}

// A process in the middle of execve() shows neither its environment nor its command line for a moment (the kernel
// sets both once the new program is loaded); zombies and kernel threads have none at all.
bool inExec(const QString& pid)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.read(1).isEmpty()) {
        return false;
    }
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray line = stat.read(4096);
    // After "(comm) ": state, ppid, pgrp, session, tty_nr, tpgid, flags.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr qulonglong kernelThread = 0x00200000; // PF_KTHREAD
    return fields.size() > 6 && fields.at(0) != "Z" && !(fields.at(6).toULongLong() & kernelThread);
}

// SIGKILL for every process whose environment holds marker ("NAME=value"): what a tool started and left running
// after it exited. Its children keep its environment when init adopts them, where killProcessTree() no longer finds
// them (a shell's "sleep 300 &" would live on and hold the tool's output pipe).
void killLeftovers(const QByteArray& marker)
{
    const QByteArray entry = '\0' + marker + '\0';
    for (int pass = 0; pass < 50; ++pass) {
        QList<int> found;    // pidfds
        bool unsure = false; // a process was in execve(): its environment is looked at again
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& name : entries) {
            bool numeric = false;
            const pid_t pid = pid_t(name.toLong(&numeric));
            if (!numeric) {
                continue;
            }
            // The process is held by a pidfd before its environment is read, and signalled through it: if it ends and
            // its pid goes to another process meanwhile (escut may run as root), the signal goes nowhere.
            const int pidfd = int(::syscall(SYS_pidfd_open, pid, 0));
            if (pidfd < 0) {
                continue;
            }
            QFile environ(QStringLiteral("/proc/%1/environ").arg(name));
            const QByteArray environment = environ.open(QIODevice::ReadOnly) ? environ.readAll() : QByteArray();
            if (environment.isEmpty()) {
                unsure = unsure || inExec(name);
            } else if (('\0' + environment).contains(entry)) {
                // frozen, so that it forks no more while the others are found
                ::syscall(SYS_pidfd_send_signal, pidfd, SIGSTOP, nullptr, 0);
                found.append(pidfd);
                continue;
            }
            ::close(pidfd);
        }
        for (const int pidfd : found) {
            ::syscall(SYS_pidfd_send_signal, pidfd, SIGKILL, nullptr, 0);
            ::close(pidfd);
        }
        if (found.isEmpty()) {
            if (!unsure) {
                return;
            }
            QThread::msleep(1);
        }
    }
}

} // namespace

void ToolRunner::killProcessTree(pid_t root)
{
    // A tool's own children (a shell's sleep, a scanner's helper) would outlive it and keep its pipes open. Freeze
    // the tree first, so that nothing in it can fork while it is listed, then kill every process in it.
    if (root <= 0 || ::kill(root, SIGSTOP) != 0) {
        return;
    }
    QList<pid_t> tree{root};
    for (bool grew = true; grew;) {
        grew = false;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& entry : entries) {
            bool numeric = false;
            const pid_t pid = pid_t(entry.toLong(&numeric));
            if (numeric && !tree.contains(pid) && tree.contains(parentOf(pid))) {
                ::kill(pid, SIGSTOP);
                tree.append(pid);
                grew = true;
            }
        }
    }
    for (const pid_t pid : tree) {
        ::kill(pid, SIGKILL);
    }
}

Result<ToolOutput> ToolRunner::run(const QString& tool, const QStringList& arguments, const ToolOptions& options)
{
    const QString commandLine = (QStringList{tool} + arguments).join(QLatin1Char(' '));
    if (!isAllowed(tool)) {
        return makeError(Error::Code::InvalidArgument,
                         tr("Escut does not run %1: it is not on the list of tools it may use.").arg(tool));
    }
    const QString program = find(tool);
    if (program.isEmpty()) {
        const QString package = debianPackage(tool);
        return makeError(
            Error::Code::ToolNotInstalled,
            package.isEmpty()
                ? tr("%1 is not installed (not found on PATH).").arg(tool)
                : tr("%1 is not installed (not found on PATH); install it with: apt-get install %2").arg(tool, package),
            tool);
    }

    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : options.extraEnvironment) {
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    }
    // Marks this run's processes, the tool and whatever it starts, for killLeftovers().
    static std::atomic<quint64> s_runs{0};
    const QString runId = QStringLiteral("%1.%2").arg(QCoreApplication::applicationPid()).arg(++s_runs);
    env.insert(QStringLiteral("ESCUT_TOOL_RUN"), runId);
    const QByteArray marker = "ESCUT_TOOL_RUN=" + runId.toLatin1();
    process.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty()) {
        process.setWorkingDirectory(options.workingDirectory);
    }
    process.setInputChannelMode(QProcess::ManagedInputChannel);

    QElapsedTimer clock;
    clock.start();
    process.start();
    if (!process.waitForStarted(10000)) {
        return makeError(Error::Code::ToolFailed,
                         tr("%1 could not be started: %2").arg(program, process.errorString()),
                         commandLine);
    }
    if (!options.input.isEmpty()) {
        process.write(options.input);
    }
    process.closeWriteChannel();

    ToolOutput output;
    output.program = program;
    output.arguments = arguments;
    auto drain = [&] {
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        qint64 room = options.maxOutputBytes - output.out.size() - output.err.size();
        if (out.size() + err.size() > room) {
            output.truncated = true;
        }
        output.out.append(out.left(qMax<qint64>(0, room)));
        room -= qMin<qint64>(out.size(), qMax<qint64>(0, room));
        output.err.append(err.left(qMax<qint64>(0, room)));
    };
    auto stop = [&] {
        killProcessTree(pid_t(process.processId()));
        process.kill();
        process.waitForFinished(2000);
        killLeftovers(marker);
    };
    while (process.state() != QProcess::NotRunning) {
        if (options.cancel && options.cancel->load()) {
            stop();
            return makeError(Error::Code::Cancelled, tr("Cancelled."), commandLine);
        }
        if (clock.elapsed() > options.timeoutMs) {
            stop();
            return makeError(
                Error::Code::Timeout,
                tr("%1 did not finish within %n second(s) and was stopped.", nullptr, qMax(1, options.timeoutMs / 1000))
                    .arg(tool),
                commandLine);
        }
        process.waitForFinished(50);
        drain();
        if (output.truncated) {
            stop();
            break;
        }
    }
    drain();
    // The tool exited; a child it left behind (which may still hold its output pipe) does not outlive it.
    killLeftovers(marker);
    output.elapsedMs = clock.elapsed();
    if (process.exitStatus() == QProcess::CrashExit && !output.truncated) {
        return makeError(Error::Code::ToolFailed,
                         tr("%1 stopped unexpectedly (%2).").arg(tool, process.errorString()),
                         commandLine);
    }
    output.exitCode = process.exitCode();
    return output;
}

} // namespace escut
