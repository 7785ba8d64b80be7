// SPDX-License-Identifier: GPL-3.0-or-later
// The gVisor lab on a real runsc: a private dockerd (its own network namespace, data root and socket) with runsc
// registered, since the shared daemon must not be reconfigured. start → container.isolated-runtime fails; the
// reference solution (--runtime=runsc) → it passes; reset → nothing labelled remains on that daemon.
#include "tests/common/LabFlow.h"
#include "tests/common/PrivateDockerd.h"
#include "tests/common/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace escut;
using escut::test::runProcess;

class TestLabRuntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void gvisorLab();
    void missingRuntimeSaysWhatToInstall();

private:
    QString host() const
    {
        return m_daemon.host();
    }
    escut::test::PrivateDockerd m_daemon{QStringLiteral("labrt")};
    QTemporaryDir m_state;
};

void TestLabRuntime::initTestCase()
{
    qputenv("ESCUT_STATE_DIR", m_state.path().toUtf8());
    // Apart from other runs of the lab tests on the shared daemon.
    qputenv("ESCUT_LAB_INSTANCE", QByteArray::number(QCoreApplication::applicationPid()));
    if (::geteuid() != 0) {
        QSKIP("starting a private dockerd needs root (scripts/escut test runs as root in CI)");
    }
    const QString runsc = QStandardPaths::findExecutable(QStringLiteral("runsc"));
    if (runsc.isEmpty()) {
        QSKIP("gVisor is not installed: apt install runsc");
    }
    // The daemon runs in a network namespace of its own (unshare --net), which runsc's sandbox networking takes for
    // the host's: lab containers have no network anyway, so gVisor runs with --network=none.
    const QByteArray config =
        QStringLiteral("{\"runtimes\": {\"runsc\": {\"path\": \"%1\", \"runtimeArgs\": [\"--network=none\"]}}}\n")
            .arg(runsc)
            .toUtf8();
    QVERIFY2(m_daemon.start(config), m_daemon.log().constData());
}

void TestLabRuntime::cleanupTestCase()
{
    if (m_daemon.isRunning()) {
        LabEngine engine(EndpointRequest{host(), {}});
        (void)engine.resetAll();
    }
    // m_daemon stops the daemon and removes its directory and mounts.
}

void TestLabRuntime::gvisorLab()
{
    const Result<Scenario> s = ScenarioLibrary::find(QStringLiteral("runtime-gvisor"));
    QVERIFY(s.ok());
    LabEngine engine(EndpointRequest{host(), {}});
    const Result<QString> blocker = engine.blocker(s.value());
    QVERIFY(blocker.ok());
    QVERIFY2(blocker.value().isEmpty(), qPrintable(blocker.value()));
    escut::test::LabTimings t;
    const QString failure = escut::test::runLabFlow(engine, s.value(), t, host());
    (void)engine.reset(s.value().id); // after a failure too
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    qInfo("lab runtime-gvisor (private dockerd + runsc): start %lld ms, check %lld ms, solution %lld ms, "
          "reset %lld ms",
          t.startMs,
          t.checkMs,
          t.solveMs,
          t.resetMs);
}

void TestLabRuntime::missingRuntimeSaysWhatToInstall()
{
    Result<Scenario> s = ScenarioLibrary::find(QStringLiteral("runtime-gvisor"));
    QVERIFY(s.ok());
    Scenario kata = s.value();
    kata.needs.runtimes = {QStringLiteral("kata-runtime")};
    LabEngine engine(EndpointRequest{host(), {}});
    engine.setLanguage(QStringLiteral("es"));
    const Result<QString> blocker = engine.blocker(kata);
    QVERIFY(blocker.ok());
    QVERIFY(blocker.value().contains(QStringLiteral("kata-runtime")));
    QVERIFY(blocker.value().contains(QStringLiteral("apt install runsc")));
    QVERIFY(blocker.value().contains(QStringLiteral("Instale")));
    const VoidResult started = engine.start(kata);
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, Error::Code::ToolNotInstalled);
    QCOMPARE(escut::test::dockerLabelled(QStringLiteral("escut.lab=runtime-gvisor"), host()), QStringList());
}

QTEST_GUILESS_MAIN(TestLabRuntime)
#include "test_lab_runtime.moc"
