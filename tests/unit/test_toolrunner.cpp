// SPDX-License-Identifier: GPL-3.0-or-later
// ToolRunner through the real QProcess path, with fake tools placed first on PATH.
#include "core/tools/ToolRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace escut;

class TestToolRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_bin;
    QByteArray m_oldPath;

    void writeTool(const QString& name, const QByteArray& script)
    {
        QFile f(m_bin.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n" + script);
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_bin.isValid());
        m_oldPath = qgetenv("PATH");
        qputenv("PATH", m_bin.path().toUtf8() + ':' + m_oldPath);
        writeTool(QStringLiteral("trivy"), "echo '{\"ok\":true}'; echo warn >&2; exit 0\n");
        writeTool(QStringLiteral("dockle"), "echo \"args: $*\"; exit 3\n");
        writeTool(QStringLiteral("cryptsetup"), "cat; exit 0\n");
        writeTool(QStringLiteral("lsblk"), "sleep 30\n");
        writeTool(QStringLiteral("fscrypt"), "head -c 300000 /dev/zero\n");
        writeTool(QStringLiteral("falco"), "echo \"$ESCUT_FAKE_VALUE\"\n");
        writeTool(QStringLiteral("notallowed"), "echo hi\n");
    }

    void cleanupTestCase()
    {
        qputenv("PATH", m_oldPath);
    }

    void capturesOutputAndExitCode()
    {
        const auto ok = ToolRunner::run(QStringLiteral("trivy"), {QStringLiteral("image")});
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().fullText()));
        QCOMPARE(ok->exitCode, 0);
        QCOMPARE(ok->out, QByteArray("{\"ok\":true}\n"));
        QCOMPARE(ok->err, QByteArray("warn\n"));
        QCOMPARE(ok->program, m_bin.filePath(QStringLiteral("trivy")));

        // A non-zero exit is output, not an error: cryptsetup isLuks and docker trust use it as an answer.
        const auto three = ToolRunner::run(QStringLiteral("dockle"), {QStringLiteral("a b"), QStringLiteral("--x")});
        QVERIFY(three.ok());
        QCOMPARE(three->exitCode, 3);
        QVERIFY(!three->succeeded());
        QCOMPARE(three->out, QByteArray("args: a b --x\n")); // one argument with a space: no shell involved
    }

    void feedsStdinAndEnvironment()
    {
        ToolOptions options;
        options.input = "secret-free input";
        const auto echoed = ToolRunner::run(QStringLiteral("cryptsetup"), {}, options);
        QVERIFY(echoed.ok());
        QCOMPARE(echoed->out, QByteArray("secret-free input"));

        ToolOptions env;
        env.extraEnvironment = {QStringLiteral("ESCUT_FAKE_VALUE=a=b")};
        const auto value = ToolRunner::run(QStringLiteral("falco"), {}, env);
        QVERIFY(value.ok());
        QCOMPARE(value->out, QByteArray("a=b\n"));
    }

    void refusesUnknownAndMissingTools()
    {
        const auto refused = ToolRunner::run(QStringLiteral("notallowed"), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::InvalidArgument);
        QVERIFY(ToolRunner::find(QStringLiteral("notallowed")).isEmpty());

        qputenv("PATH", m_bin.path().toUtf8()); // only the fakes: hadolint is not among them
        const auto missing = ToolRunner::run(QStringLiteral("hadolint"), {});
        qputenv("PATH", m_bin.path().toUtf8() + ':' + m_oldPath);
        if (!QFile::exists(QStringLiteral("/usr/sbin/hadolint")) && !QFile::exists(QStringLiteral("/sbin/hadolint"))) {
            QVERIFY(!missing.ok());
            QCOMPARE(missing.error().code, Error::Code::ToolNotInstalled);
            QVERIFY(missing.error().message.contains(QStringLiteral("hadolint")));
        }
    }

    void stopsAtTheDeadline()
    {
        ToolOptions options;
        options.timeoutMs = 300;
        const auto slow = ToolRunner::run(QStringLiteral("lsblk"), {}, options);
        QVERIFY(!slow.ok());
        QCOMPARE(slow.error().code, Error::Code::Timeout);
    }

    void stopsTheToolsChildrenToo()
    {
        // A tool whose shell started a child and a grandchild: when the tool is stopped, none of them may live on
        // (they would keep running, and keep the output pipes open, after Escut gave up on the tool).
        const QString pids = m_bin.filePath(QStringLiteral("pids"));
        writeTool(QStringLiteral("findmnt"),
                  "sh -c 'sleep 300 & echo $! >> " + pids.toUtf8() +
                      "; wait' &\n"
                      "echo $! >> " +
                      pids.toUtf8() +
                      "\n"
                      "sleep 300 &\n"
                      "echo $! >> " +
                      pids.toUtf8() +
                      "\n"
                      "wait\n");
        ToolOptions options;
        options.timeoutMs = 1000;
        const auto slow = ToolRunner::run(QStringLiteral("findmnt"), {}, options);
        QVERIFY(!slow.ok());
        QCOMPARE(slow.error().code, Error::Code::Timeout);
        QFile file(pids);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> started = file.readAll().split('\n');
        QCOMPARE(started.size(), 4); // three pids and the empty tail
        for (const QByteArray& pid : started.mid(0, 3)) {
            // Gone, or at most a zombie waiting for init to reap it: never running or stopped.
            QTRY_VERIFY2_WITH_TIMEOUT(
                [&] {
                    QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
                    if (!stat.open(QIODevice::ReadOnly)) {
                        return true;
                    }
                    const QByteArray line = stat.readAll();
                    return line.mid(line.lastIndexOf(')') + 2, 1) == "Z";
                }(),
                pid.constData(),
                10000);
        }
    }

    void toolThatExitsLeavesNoChildBehind()
    {
        // A tool that answers and exits, but leaves a child running that holds its stdout open: the answer counts at
        // once, and the child (adopted by init, outside the tool's process tree by then) is stopped too.
        const QString pidFile = m_bin.filePath(QStringLiteral("leftover.pid"));
        writeTool(QStringLiteral("getenforce"), "sleep 300 &\necho $! > " + pidFile.toUtf8() + "\necho Permissive\n");
        QElapsedTimer clock;
        clock.start();
        const auto run = ToolRunner::run(QStringLiteral("getenforce"), {});
        QVERIFY(run.ok());
        QCOMPARE(run->out.trimmed(), QByteArray("Permissive"));
        QVERIFY2(clock.elapsed() < 10000, QByteArray::number(clock.elapsed()).constData());
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pid = file.readAll().trimmed();
        QVERIFY(!pid.isEmpty());
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
                if (!stat.open(QIODevice::ReadOnly)) {
                    return true;
                }
                const QByteArray line = stat.readAll();
                return line.mid(line.lastIndexOf(')') + 2, 1) == "Z";
            }(),
            pid.constData(),
            10000);
    }

    void honoursCancel()
    {
        std::atomic<bool> cancel{true};
        ToolOptions options;
        options.cancel = &cancel;
        const auto cancelled = ToolRunner::run(QStringLiteral("lsblk"), {}, options);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    }

    void capsOutput()
    {
        ToolOptions options;
        options.maxOutputBytes = 1000;
        const auto big = ToolRunner::run(QStringLiteral("fscrypt"), {}, options);
        QVERIFY(big.ok());
        QVERIFY(big->truncated);
        QVERIFY(big->out.size() <= 1000);
    }
};

QTEST_GUILESS_MAIN(TestToolRunner)
#include "test_toolrunner.moc"
