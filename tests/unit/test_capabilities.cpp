// SPDX-License-Identifier: GPL-3.0-or-later
// Capability arithmetic: what a container really gets after defaults, --cap-add, --cap-drop and --privileged,
// following moby's oci/caps TweakCapabilities; Podman's explicit drop lists must give the same answers.
#include "core/checks/Capabilities.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace escut;

class TestCapabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sets();
    void normalise_data();
    void normalise();
    void effective_data();
    void effective();
};

namespace
{

QStringList sortedList(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QStringList words(const char* text)
{
    QStringList list = QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    list.sort();
    return list;
}

// The 14 capabilities moby (oci/caps/defaults.go) grants.
const char* const s_defaults =
    "AUDIT_WRITE CHOWN DAC_OVERRIDE FOWNER FSETID KILL MKNOD NET_BIND_SERVICE NET_RAW SETFCAP SETGID SETPCAP SETUID "
    "SYS_CHROOT";

} // namespace

void TestCapabilities::sets()
{
    QCOMPARE(sortedList(Capabilities::dockerDefaults()), words(s_defaults));
    const QSet<QString> all = Capabilities::allKnown();
    QCOMPARE(all.size(), 41); // CAP_CHOWN (0) .. CAP_CHECKPOINT_RESTORE (40)
    QVERIFY(QSet<QString>(Capabilities::dockerDefaults()).subtract(all).isEmpty());
    QVERIFY(QSet<QString>(Capabilities::dangerous()).subtract(all).isEmpty());
    for (const char* cap : {"SYS_ADMIN",
                            "SYS_MODULE",
                            "SYS_PTRACE",
                            "SYS_RAWIO",
                            "DAC_READ_SEARCH",
                            "NET_ADMIN",
                            "SYS_BOOT",
                            "BPF",
                            "PERFMON",
                            "SYS_TIME",
                            "MAC_ADMIN",
                            "MAC_OVERRIDE"}) {
        QVERIFY2(Capabilities::dangerous().contains(QString::fromLatin1(cap)), cap);
    }
    // Nothing Docker grants by default is on the dangerous list: the default set warns, it does not fail.
    QVERIFY((Capabilities::dockerDefaults() & Capabilities::dangerous()).isEmpty());
}

void TestCapabilities::normalise_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("docker style") << QStringLiteral("SYS_ADMIN") << QStringLiteral("SYS_ADMIN");
    QTest::newRow("podman style") << QStringLiteral("CAP_SYS_ADMIN") << QStringLiteral("SYS_ADMIN");
    QTest::newRow("lower case with prefix") << QStringLiteral("cap_net_raw") << QStringLiteral("NET_RAW");
    QTest::newRow("lower case") << QStringLiteral("sys_ptrace") << QStringLiteral("SYS_PTRACE");
    QTest::newRow("spaces") << QStringLiteral("  chown ") << QStringLiteral("CHOWN");
    QTest::newRow("all") << QStringLiteral("all") << QStringLiteral("ALL");
}

void TestCapabilities::normalise()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(Capabilities::normalise(name), expected);
}

void TestCapabilities::effective_data()
{
    QTest::addColumn<QByteArray>("hostConfig");
    QTest::addColumn<QStringList>("expected");
    const QStringList defaults = words(s_defaults);
    const QStringList all = sortedList(Capabilities::allKnown());
    const auto without = [](QStringList list, const QStringList& drop) {
        for (const QString& d : drop) {
            list.removeAll(d);
        }
        return list;
    };
    const auto with = [](QStringList list, const QStringList& add) {
        list += add;
        list.sort();
        return list;
    };

    QTest::newRow("nothing set") << QByteArray("{}") << defaults;
    QTest::newRow("null lists, as in docker inspect")
        << QByteArray(R"({"CapAdd": null, "CapDrop": null, "Privileged": false})") << defaults;
    QTest::newRow("drop ALL") << QByteArray(R"({"CapDrop": ["ALL"]})") << QStringList();
    QTest::newRow("drop all, lower case") << QByteArray(R"({"CapDrop": ["all"]})") << QStringList();
    QTest::newRow("drop ALL, add NET_BIND_SERVICE")
        << QByteArray(R"({"CapDrop": ["ALL"], "CapAdd": ["NET_BIND_SERVICE"]})")
        << QStringList{QStringLiteral("NET_BIND_SERVICE")};
    QTest::newRow("drop ALL, add with CAP_ prefix")
        << QByteArray(R"({"CapDrop": ["ALL"], "CapAdd": ["cap_chown", "CAP_SETUID"]})")
        << QStringList{QStringLiteral("CHOWN"), QStringLiteral("SETUID")};
    QTest::newRow("drop two defaults") << QByteArray(R"({"CapDrop": ["NET_RAW", "CAP_MKNOD"]})")
                                       << without(defaults, {QStringLiteral("NET_RAW"), QStringLiteral("MKNOD")});
    QTest::newRow("drop a capability that is not granted") << QByteArray(R"({"CapDrop": ["SYS_ADMIN"]})") << defaults;
    QTest::newRow("add SYS_ADMIN to the defaults")
        << QByteArray(R"({"CapAdd": ["SYS_ADMIN"]})") << with(defaults, {QStringLiteral("SYS_ADMIN")});
    QTest::newRow("add and drop the same: add wins, as in moby")
        << QByteArray(R"({"CapAdd": ["NET_RAW"], "CapDrop": ["NET_RAW"]})") << defaults;
    QTest::newRow("add ALL") << QByteArray(R"({"CapAdd": ["ALL"]})") << all;
    QTest::newRow("add ALL, drop one: every capability but that one")
        << QByteArray(R"({"CapAdd": ["ALL"], "CapDrop": ["SYS_ADMIN"]})")
        << without(all, {QStringLiteral("SYS_ADMIN")});
    QTest::newRow("add ALL and drop ALL") << QByteArray(R"({"CapAdd": ["ALL"], "CapDrop": ["ALL"]})") << all;
    QTest::newRow("privileged ignores drops") << QByteArray(R"({"Privileged": true, "CapDrop": ["ALL"]})") << all;
    QTest::newRow("podman: every default dropped one by one, one added")
        << QByteArray(R"({"CapDrop": ["CAP_AUDIT_WRITE", "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FOWNER", "CAP_FSETID",
                     "CAP_KILL", "CAP_MKNOD", "CAP_NET_BIND_SERVICE", "CAP_NET_RAW", "CAP_SETFCAP", "CAP_SETGID",
                     "CAP_SETPCAP", "CAP_SETUID", "CAP_SYS_CHROOT"], "CapAdd": ["CAP_NET_BIND_SERVICE"]})")
        << QStringList{QStringLiteral("NET_BIND_SERVICE")};
    QTest::newRow("podman: default drops of a rootless run")
        << QByteArray(R"({"CapDrop": ["CAP_AUDIT_WRITE", "CAP_MKNOD", "CAP_NET_RAW"], "CapAdd": []})")
        << without(defaults, {QStringLiteral("AUDIT_WRITE"), QStringLiteral("MKNOD"), QStringLiteral("NET_RAW")});
}

void TestCapabilities::effective()
{
    QFETCH(QByteArray, hostConfig);
    QFETCH(QStringList, expected);
    QJsonParseError error{};
    const QJsonObject hc = QJsonDocument::fromJson(hostConfig, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    expected.sort();
    QCOMPARE(sortedList(Capabilities::effective(hc)), expected);
}

QTEST_GUILESS_MAIN(TestCapabilities)
#include "test_capabilities.moc"
