// SPDX-License-Identifier: GPL-3.0-or-later
// The live event stream survives its daemon: a throwaway dockerd (PrivateDockerd) is killed while EventWatcher
// streams its /events, the watcher reports the loss and retries with a doubling backoff, the daemon is started
// again on the same socket, and the watcher reconnects and delivers an event that happened after the restart.
#include "tests/common/PrivateDockerd.h"
#include "tests/common/TestUtil.h"

#include "core/docker/Endpoint.h"
#include "ui/live/EventWatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace escut;

class TestEventReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reconnectsAfterTheDaemonDies();

private:
    // docker create of a labelled container on the private daemon; its full id, or empty.
    QString createContainer(const QString& name);
    escut::test::PrivateDockerd m_daemon{QStringLiteral("evrecon")};
};

void TestEventReconnect::initTestCase()
{
    if (::geteuid() != 0) {
        QFAIL("the test starts and kills a dockerd of its own, which needs root (scripts/escut test runs as root)");
    }
    QVERIFY2(m_daemon.start(), m_daemon.log().constData());
    QString error;
    QVERIFY2(m_daemon.copyImage(QStringLiteral("local/busybox:1"), &error), qPrintable(error));
}

QString TestEventReconnect::createContainer(const QString& name)
{
    const escut::test::ProcessResult r = m_daemon.docker({QStringLiteral("create"),
                                                          QStringLiteral("--name"),
                                                          name,
                                                          QStringLiteral("--label"),
                                                          QStringLiteral("escut.test=1"),
                                                          QStringLiteral("local/busybox:1"),
                                                          QStringLiteral("true")});
    if (r.exitCode != 0) {
        qWarning("docker create: %s", r.err.constData());
        return {};
    }
    return QString::fromUtf8(r.out).trimmed();
}

void TestEventReconnect::reconnectsAfterTheDaemonDies()
{
    const Result<Endpoint> endpoint =
        EndpointResolver::resolve(EndpointRequest{m_daemon.host(), {}}, ResolverEnvironment::system());
    QVERIFY(endpoint.ok());
    EventWatcher watcher;
    QSignalSpy changed(&watcher, &EventWatcher::containerChanged);
    // When each "live"/"lost" report arrived, in ms since the watcher started.
    QList<std::pair<bool, qint64>> reports;
    QElapsedTimer clock;
    clock.start();
    connect(&watcher, &EventWatcher::connectionChanged, this, [&](bool live, const QString&) {
        reports.append({live, clock.elapsed()});
    });
    const auto count = [&](bool live, qint64 after = 0) {
        return std::count_if(reports.cbegin(), reports.cend(), [&](const auto& r) {
            return r.first == live && r.second >= after;
        });
    };
    const auto sawContainer = [&](const QString& id) {
        return std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant>& args) {
            return args.value(0).toString() == id && args.value(1).toString() == QLatin1String("create");
        });
    };

    watcher.start(endpoint.value());
    QTRY_VERIFY_WITH_TIMEOUT(count(true) == 1, 30000);
    const QString before = createContainer(QStringLiteral("escut-test-evrecon-before"));
    QVERIFY(!before.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(sawContainer(before), 30000);

    // Killed mid-stream: the stream ends, and the watcher says so.
    const qint64 killedAt = clock.elapsed();
    m_daemon.kill();
    QVERIFY(!m_daemon.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(count(false, killedAt) >= 1, 30000);
    // Every failed retry is reported: the end of the stream, then retries 1, 2 and 4 s apart (the backoff
    // doubles). The sleeps are lower bounds, so only the lower bounds are asserted: a retry every second would
    // fail the second gap.
    QTRY_VERIFY_WITH_TIMEOUT(count(false, killedAt) >= 4, 60000);
    QList<qint64> lost;
    for (const auto& r : reports) {
        if (!r.first && r.second >= killedAt) {
            lost.append(r.second);
        }
    }
    QCOMPARE(count(true, killedAt), 0);
    for (qsizetype i = 1; i < 4; ++i) {
        const qint64 gap = lost.at(i) - lost.at(i - 1);
        const qint64 backoff = 1000LL << (i - 1);
        QVERIFY2(gap >= backoff - 50,
                 qPrintable(QStringLiteral("retry %1 came %2 ms after the previous one, before its backoff of %3 ms")
                                .arg(i)
                                .arg(gap)
                                .arg(backoff)));
    }

    // Started again on the same socket: the watcher reconnects on its own (its next retry is at most 30 s away)...
    const qint64 restartedAt = clock.elapsed();
    QVERIFY2(m_daemon.restart(), m_daemon.log().constData());
    QTRY_VERIFY_WITH_TIMEOUT(count(true, restartedAt) == 1, 60000);
    // ... and delivers what happens on the restarted daemon.
    const QString after = createContainer(QStringLiteral("escut-test-evrecon-after"));
    QVERIFY(!after.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(sawContainer(after), 30000);
    QVERIFY(watcher.isRunning());
    qint64 liveAgain = -1;
    for (const auto& r : reports) {
        if (r.first && r.second >= restartedAt) {
            liveAgain = r.second - restartedAt;
            break;
        }
    }
    qInfo("lost %lld ms after the kill; failed retries at %lld, %lld and %lld ms; live again %lld ms after the "
          "restart",
          lost.at(0) - killedAt,
          lost.at(1) - killedAt,
          lost.at(2) - killedAt,
          lost.at(3) - killedAt,
          liveAgain);
    watcher.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isRunning(), 10000);
}

QTEST_GUILESS_MAIN(TestEventReconnect)
#include "test_eventreconnect.moc"
