// SPDX-License-Identifier: GPL-3.0-or-later
// lowerCurrentThreadPriority() lowers the calling thread alone, what that thread starts inherits it, and it never
// raises a priority.
#include "core/util/ThreadPriority.h"

#include <QTest>
#include <QThread>

#include <thread>

using namespace escut;

class TestThreadPriority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lowersOnlyTheCallingThread();
};

void TestThreadPriority::lowersOnlyTheCallingThread()
{
#ifndef Q_OS_LINUX
    QSKIP("threads have their own nice value on Linux only");
#else
    const int before = currentThreadNice();
    if (before >= BackgroundNice) {
        QSKIP("the test runs at nice 10 or more already");
    }
    int lowered = -100;
    int child = -100;
    int again = -100;
    QThread* worker = QThread::create([&] {
        lowerCurrentThreadPriority();
        lowered = currentThreadNice();
        std::thread([&] { child = currentThreadNice(); }).join();
        lowerCurrentThreadPriority(); // already there: unchanged, not lowered further
        again = currentThreadNice();
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QCOMPARE(lowered, BackgroundNice);
    QCOMPARE(child, BackgroundNice);
    QCOMPARE(again, BackgroundNice);
    QCOMPARE(currentThreadNice(), before); // the caller of the test is untouched
#endif
}

QTEST_GUILESS_MAIN(TestThreadPriority)
#include "test_threadpriority.moc"
