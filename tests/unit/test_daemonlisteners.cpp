// SPDX-License-Identifier: GPL-3.0-or-later
// DaemonListeners (CIS 7.2): the LISTEN sockets of /proc/PID/net/tcp and tcp6 texts as a little-endian kernel prints
// them, hostile lines, the bound, and reading a fake /proc.
#include "core/facts/DaemonListeners.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace escut;

class TestDaemonListeners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ipv4();
    void ipv6();
    void hostileLines();
    void bounded();
    void readProc();
};

namespace
{

const QByteArray tcpHeader = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
                             "timeout inode\n";
const QByteArray tcp6Header = "  sl  local_address                         remote_address                        st "
                              "tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";

QByteArray tcpLine(const char* local, const char* state)
{
    return QByteArray("   0: ") + local + " 00000000:0000 " + state +
           " 00000000:00000000 00:00000000 00000000     0        0 233 1 0000000017cee049 100 0 0 10 0\n";
}

QStringList shown(const QList<ListeningSocket>& sockets)
{
    QStringList out;
    for (const ListeningSocket& s : sockets) {
        out.append(s.shown());
    }
    return out;
}

} // namespace

void TestDaemonListeners::initTestCase()
{
    if (QSysInfo::ByteOrder != QSysInfo::LittleEndian) {
        QSKIP("the texts are those of a little-endian kernel");
    }
}

void TestDaemonListeners::ipv4()
{
    const QByteArray text = tcpHeader + tcpLine("00000000:0951", "0A") + tcpLine("0100007F:0979", "0A") +
                            tcpLine("0500000A:0016", "0A") + tcpLine("0100007F:A2B4", "01"); // established: left out
    const QList<ListeningSocket> sockets = DaemonListeners::parse(text, false);
    QCOMPARE(
        shown(sockets),
        (QStringList{QStringLiteral("0.0.0.0:2385"), QStringLiteral("127.0.0.1:2425"), QStringLiteral("10.0.0.5:22")}));
    QVERIFY(sockets.at(0).anyInterface());
    QVERIFY(!sockets.at(1).anyInterface());
}

void TestDaemonListeners::ipv6()
{
    const QByteArray text = tcp6Header + tcpLine("00000000000000000000000000000000:0951", "0A") +
                            tcpLine("00000000000000000000000001000000:0016", "0A") +
                            tcpLine("0000000000000000FFFF00000100007F:1F90", "0A") +
                            tcpLine("000080FE000000000000000001000000:0050", "0A") +
                            tcpLine("B80D0120000000000000000000000000:0050", "0A");
    const QList<ListeningSocket> sockets = DaemonListeners::parse(text, true);
    QCOMPARE(shown(sockets),
             (QStringList{QStringLiteral("[::]:2385"),
                          QStringLiteral("[::1]:22"),
                          QStringLiteral("[::ffff:127.0.0.1]:8080"),
                          QStringLiteral("[fe80::1]:80"),
                          QStringLiteral("[2001:db8::]:80")}));
    QVERIFY(sockets.at(0).anyInterface());
    QVERIFY(!sockets.at(1).anyInterface());
}

void TestDaemonListeners::hostileLines()
{
    const QByteArray text = tcpHeader + "garbage\n\n   0: 0100007F 00000000:0000 0A\n" +
                            tcpLine("XYZ0007F:0979", "0A") + tcpLine("0100007F:097", "0A") +
                            tcpLine("0100007F:GGGG", "0A") + tcpLine("00000000000000000000000000000000:0951", "0A") +
                            QByteArray(100000, 'x') + "\n" + tcpLine("0100007F:0979", "0A");
    QCOMPARE(shown(DaemonListeners::parse(text, false)), QStringList{QStringLiteral("127.0.0.1:2425")});
}

void TestDaemonListeners::bounded()
{
    QByteArray text = tcpHeader;
    for (int i = 0; i < 50; ++i) {
        text += tcpLine("0100007F:0979", "0A");
    }
    QCOMPARE(DaemonListeners::parse(text, false, 7).size(), 7);
}

void TestDaemonListeners::readProc()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("42/net"))));
    QFile tcp(dir.filePath(QStringLiteral("42/net/tcp")));
    QVERIFY(tcp.open(QIODevice::WriteOnly));
    tcp.write(tcpHeader + tcpLine("00000000:0951", "0A"));
    tcp.close();
    // No tcp6 (a kernel without IPv6): tcp alone.
    DaemonListenFact fact = DaemonListeners::read(dir.path(), 42);
    QVERIFY2(fact.collected, qPrintable(fact.reason));
    QCOMPARE(shown(fact.onPort(2385)), QStringList{QStringLiteral("0.0.0.0:2385")});
    QVERIFY(fact.onPort(2377).isEmpty());
    QCOMPARE(DaemonListenFact::fromJson(fact.toJson()), fact);
    // A fifo where tcp6 should be is not read (it would block): the fact says why.
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("42/net/tcp6"))).constData(), 0600) == 0);
    fact = DaemonListeners::read(dir.path(), 42);
    QVERIFY(!fact.collected);
    QVERIFY2(fact.reason.contains(QStringLiteral("tcp6")), qPrintable(fact.reason));
    // A process that is gone.
    fact = DaemonListeners::read(dir.path(), 43);
    QVERIFY(!fact.collected);
    QVERIFY(!fact.reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestDaemonListeners)
#include "test_daemonlisteners.moc"
