// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SingleInstance.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace escut;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchRaisesFirst();
    void noRunningInstance();
    void staleSocketIsReplaced();

private:
    QString key(const char* name) const
    {
        return QStringLiteral("escut-test-%1-%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(name));
    }
};

void TestSingleInstance::secondLaunchRaisesFirst()
{
    SingleInstance first(key("raise"));
    QVERIFY(first.listen());
    QSignalSpy spy(&first, &SingleInstance::activationRequested);
    // The second launch blocks on its socket, as it does in main() before any window: run it off this thread.
    QFuture<bool> second = QtConcurrent::run([k = key("raise")] { return SingleInstance(k).notifyRunningInstance(); });
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(second.result());
}

void TestSingleInstance::noRunningInstance()
{
    QVERIFY(!SingleInstance(key("nobody")).notifyRunningInstance(200));
}

void TestSingleInstance::staleSocketIsReplaced()
{
    // A socket file left by a crashed instance (bound, never listened on, never removed).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("escut.sock"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    qstrncpy(addr.sun_path, QFile::encodeName(path).constData(), sizeof(addr.sun_path));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(path));
    QVERIFY(!SingleInstance(path).notifyRunningInstance(200));
    SingleInstance next(path);
    QVERIFY(next.listen());
    QSignalSpy spy(&next, &SingleInstance::activationRequested);
    QFuture<bool> second = QtConcurrent::run([path] { return SingleInstance(path).notifyRunningInstance(); });
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(second.result());
}

QTEST_MAIN(TestSingleInstance)
#include "test_singleinstance.moc"
