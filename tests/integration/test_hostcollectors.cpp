// SPDX-License-Identifier: GPL-3.0-or-later
// The host collectors on this machine's real tools, no fakes: what HostFactsCollector parses out of findmnt, lsblk,
// iptables and apt-get agrees with what the same tools (or their siblings: iptables-save, apt list) print in
// another format. Every tool here is installed by scripts/escut test (util-linux, iptables with docker.io, apt), so a
// missing one fails. Runs as root (iptables needs it; CI runs the tests as root).
#include "tests/common/TestUtil.h"

#include "core/facts/HostFacts.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace escut;
using escut::test::runProcess;

namespace
{

// A tool's output lines; fails the test (through the caller's QVERIFY) when it did not run cleanly.
QStringList toolLines(const QString& program, const QStringList& args, bool* ok)
{
    const escut::test::ProcessResult r = runProcess(program, args, 180000);
    *ok = r.started && r.exitCode == 0;
    if (!*ok) {
        qWarning("%s %s: exit %d: %s", qPrintable(program), qPrintable(args.join(u' ')), r.exitCode, r.err.constData());
    }
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// findmnt -r escapes blanks and backslashes as \xHH.
QString unescapeRaw(QString s)
{
    static const QRegularExpression hex(QStringLiteral("\\\\x([0-9a-fA-F]{2})"));
    QRegularExpressionMatch m;
    while ((m = hex.match(s)).hasMatch()) {
        s.replace(m.capturedStart(), m.capturedLength(), QChar(m.captured(1).toInt(nullptr, 16)));
    }
    return s;
}

} // namespace

class TestHostCollectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storageAgreesWithFindmntAndLsblk_data();
    void storageAgreesWithFindmntAndLsblk();
    void firewallAgreesWithIptablesSave();
    void updatesAgreeWithApt();

private:
    HostFactsCollector m_collector{HostCollectOptions{}};
};

void TestHostCollectors::initTestCase()
{
    if (::geteuid() != 0) {
        QFAIL("the host collectors read iptables, which needs root (scripts/escut test runs the tests as root)");
    }
    for (const char* tool : {"findmnt", "lsblk", "iptables", "iptables-save", "apt-get", "apt"}) {
        QVERIFY2(
            !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
            qPrintable(
                QStringLiteral("%1 is not installed: scripts/escut test installs it").arg(QString::fromLatin1(tool))));
    }
}

void TestHostCollectors::storageAgreesWithFindmntAndLsblk_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << QStringLiteral("/");
    QTest::newRow("var-lib") << QStringLiteral("/var/lib");
    QTest::newRow("tmp") << QStringLiteral("/tmp");
}

void TestHostCollectors::storageAgreesWithFindmntAndLsblk()
{
    QFETCH(QString, path);
    const StorageFact fact = m_collector.storage(path);
    QVERIFY2(fact.mount.ok(), qPrintable(fact.mount.detail));
    // findmnt's own answer, raw columns instead of the JSON the collector reads.
    bool ok = false;
    const QStringList mount = toolLines(QStringLiteral("findmnt"),
                                        {QStringLiteral("-n"),
                                         QStringLiteral("-r"),
                                         QStringLiteral("-o"),
                                         QStringLiteral("TARGET,SOURCE,FSTYPE"),
                                         QStringLiteral("-T"),
                                         path},
                                        &ok);
    QVERIFY(ok);
    QCOMPARE(mount.size(), 1);
    const QStringList columns = mount.first().split(QLatin1Char(' '));
    QCOMPARE(columns.size(), 3);
    QCOMPARE(fact.target, unescapeRaw(columns.at(0)));
    QCOMPARE(fact.source, unescapeRaw(columns.at(1)));
    QCOMPARE(fact.fstype, unescapeRaw(columns.at(2)));
    QVERIFY(!fact.fstype.isEmpty());
    if (!fact.device().startsWith(QLatin1String("/dev/"))) {
        // overlay, tmpfs, ...: no block device to ask lsblk about, and the collector says so.
        QCOMPARE(fact.blocks.state, Probe::State::Unavailable);
        QVERIFY(fact.devices.isEmpty());
        return;
    }
    // The device and its ancestors as lsblk lists them (raw, inverse tree), in the same order.
    QVERIFY2(fact.blocks.ok(), qPrintable(fact.blocks.detail));
    const QStringList blocks = toolLines(QStringLiteral("lsblk"),
                                         {QStringLiteral("-n"),
                                          QStringLiteral("-r"),
                                          QStringLiteral("-s"),
                                          QStringLiteral("-o"),
                                          QStringLiteral("NAME,TYPE"),
                                          fact.device()},
                                         &ok);
    QVERIFY(ok);
    QStringList expected;
    for (const QString& line : blocks) {
        expected.append(unescapeRaw(line.section(QLatin1Char(' '), 0, 0)) + QLatin1Char(' ') +
                        line.section(QLatin1Char(' '), 1, 1));
    }
    QStringList seen;
    for (const StorageFact::Device& d : fact.devices) {
        seen.append(d.name + QLatin1Char(' ') + d.type);
    }
    QCOMPARE(seen, expected);
    QVERIFY(!seen.isEmpty());
    QVERIFY(QStringLiteral("/dev/") + fact.devices.first().name == fact.device() ||
            QFileInfo(fact.device()).canonicalFilePath() == QStringLiteral("/dev/") + fact.devices.first().name);
}

void TestHostCollectors::firewallAgreesWithIptablesSave()
{
    const FirewallFact fact = m_collector.firewall();
    QVERIFY2(fact.probe.ok(), qPrintable(fact.probe.detail));
    if (fact.backend == QLatin1String("nft")) {
        QFAIL("this machine has nft rules: compare them with 'nft list ruleset' here (not written: CI has iptables)");
    }
    QCOMPARE(fact.backend, QStringLiteral("iptables"));
    // iptables-save's filter table: ":CHAIN POLICY [counters]" for every chain, then the rules.
    bool ok = false;
    const QStringList save =
        toolLines(QStringLiteral("iptables-save"), {QStringLiteral("-t"), QStringLiteral("filter")}, &ok);
    QVERIFY(ok);
    QString inputPolicy;
    QStringList userChains;
    int dockerUserRules = 0;
    int inputDrops = 0;
    bool inputJumps = false;
    for (const QString& line : save) {
        const QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (line.startsWith(QLatin1Char(':'))) {
            const QString chain = w.at(0).mid(1);
            if (chain == QLatin1String("INPUT")) {
                inputPolicy = w.value(1);
            } else if (chain != QLatin1String("FORWARD") && chain != QLatin1String("OUTPUT")) {
                userChains.append(chain);
            }
        } else if (w.value(0) == QLatin1String("-A") && w.value(1) == QLatin1String("DOCKER-USER") &&
                   line != QLatin1String("-A DOCKER-USER -j RETURN")) {
            ++dockerUserRules;
        } else if (w.value(0) == QLatin1String("-A") && w.value(1) == QLatin1String("INPUT")) {
            const QString target = w.value(w.lastIndexOf(QStringLiteral("-j")) + 1);
            if (target == QLatin1String("DROP") || target == QLatin1String("REJECT")) {
                ++inputDrops;
            } else if (target != QLatin1String("ACCEPT") && target != QLatin1String("RETURN") &&
                       target != QLatin1String("LOG")) {
                inputJumps = true;
            }
        }
    }
    QVERIFY(!inputPolicy.isEmpty());
    QCOMPARE(fact.inputPolicy, inputPolicy);
    QStringList tables = fact.tables;
    tables.sort();
    userChains.sort();
    QCOMPARE(tables, userChains);
    QCOMPARE(fact.dockerUserChain, userChains.contains(QStringLiteral("DOCKER-USER")));
    QVERIFY2(fact.dockerUserChain, "docker.io's dockerd makes DOCKER-USER on this machine");
    QCOMPARE(fact.dockerUserRules, dockerUserRules);
    // Drops in INPUT itself; with jumps to other chains, theirs count too.
    if (inputJumps) {
        QVERIFY(fact.inputFilterRules >= inputDrops);
    } else {
        QCOMPARE(fact.inputFilterRules, inputDrops);
    }
}

void TestHostCollectors::updatesAgreeWithApt()
{
    const UpdatesFact fact = m_collector.updates();
    QVERIFY2(fact.probe.ok(), qPrintable(fact.probe.detail));
    QCOMPARE(fact.manager, QStringLiteral("apt"));
    QVERIFY(!fact.cached);
    // apt-get's own count: "N upgraded, M newly installed, ..." and the packages it keeps back.
    bool ok = false;
    const QStringList simulation =
        toolLines(QStringLiteral("apt-get"), {QStringLiteral("-s"), QStringLiteral("upgrade")}, &ok);
    QVERIFY(ok);
    int upgraded = -1;
    QSet<QString> keptBack;
    bool inKeptBack = false;
    static const QRegularExpression summary(QStringLiteral("^(\\d+) upgraded, "));
    for (const QString& line : simulation) {
        if (const QRegularExpressionMatch m = summary.match(line); m.hasMatch()) {
            upgraded = m.captured(1).toInt();
        }
        if (line.startsWith(QLatin1String("The following packages have been kept back"))) {
            inKeptBack = true;
        } else if (inKeptBack && line.startsWith(QLatin1Char(' '))) {
            for (const QString& name : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                keptBack.insert(name);
            }
        } else {
            inKeptBack = false;
        }
    }
    QVERIFY2(upgraded >= 0, "apt-get -s upgrade printed no summary line");
    QCOMPARE(fact.upgrades.size(), qsizetype(upgraded));
    // apt list --upgradable, another front end on the same package database: name/suites version arch [...].
    const QStringList list =
        toolLines(QStringLiteral("apt"), {QStringLiteral("list"), QStringLiteral("--upgradable")}, &ok);
    QVERIFY(ok);
    QMap<QString, std::pair<QString, bool>> listed; // name → (version, from a -security suite)
    for (const QString& line : list) {
        const QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (w.size() < 3 || !w.at(0).contains(QLatin1Char('/'))) {
            continue; // "Listing..."
        }
        const QStringList suites = w.at(0).section(QLatin1Char('/'), 1).split(QLatin1Char(','));
        const bool security = std::any_of(suites.cbegin(), suites.cend(), [](const QString& s) {
            return s.endsWith(QLatin1String("-security"));
        });
        listed.insert(w.at(0).section(QLatin1Char('/'), 0, 0), {w.at(1), security});
    }
    QSet<QString> names;
    for (const UpdatesFact::Package& p : fact.upgrades) {
        QVERIFY2(listed.contains(p.name), qPrintable(p.name));
        QCOMPARE(p.version, listed.value(p.name).first);
        QVERIFY2(p.security == listed.value(p.name).second, qPrintable(p.name));
        names.insert(p.name);
    }
    // What apt list has and the upgrade leaves out is exactly what apt-get keeps back.
    QSet<QString> notUpgraded(listed.keyBegin(), listed.keyEnd());
    notUpgraded.subtract(names);
    QCOMPARE(notUpgraded, keptBack);
    qInfo("%lld upgrades (%d security), %lld kept back",
          qint64(fact.upgrades.size()),
          fact.securityCount(),
          qint64(keptBack.size()));
}

QTEST_GUILESS_MAIN(TestHostCollectors)
#include "test_hostcollectors.moc"
