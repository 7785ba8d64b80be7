// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parsers of the host and storage tools, on real outputs (tests/data/fixtures, see SOURCES.md there).
// Inputs written here by hand are marked "constructed": formats no tool on this machine can produce (dm-crypt
// mappings without device-mapper, AppArmor without the module, dnf and zypper on Debian).
#include "core/tools/HostParsers.h"
#include "core/tools/StorageParsers.h"

#include <QFile>
#include <QTest>

using namespace escut;

namespace
{

QByteArray fixture(const QString& relative)
{
    QFile f(qEnvironmentVariable("ESCUT_FIXTURES_DIR") + QLatin1Char('/') + relative);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read fixture %s", qPrintable(relative));
    }
    return f.readAll();
}

// The exit status the fixture generator appended ("exit status: N"), and the text without it.
std::pair<QByteArray, int> withExit(const QByteArray& text)
{
    const int at = text.lastIndexOf("exit status: ");
    if (at < 0) {
        return {text, 0};
    }
    return {text.left(at), text.mid(at + 13).trimmed().toInt()};
}

// One command's output from the fscrypt session log ("$ COMMAND" ... "[exit status: N]").
std::pair<QByteArray, int> sessionOutput(const QByteArray& log, const QByteArray& command)
{
    const int start = log.indexOf("$ " + command + '\n');
    if (start < 0) {
        qFatal("no command %s in the session", command.constData());
    }
    const int body = start + command.size() + 3;
    const int end = log.indexOf("[exit status: ", body);
    return {log.mid(body, end - body), log.mid(end + 14, 1).toInt()};
}

} // namespace

class TestHostParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findmntBindMountAndRoot()
    {
        const auto bind =
            StorageParsers::findmnt(fixture(QStringLiteral("host/findmnt-J-T-var-lib-docker-bind-local.json")));
        QVERIFY(bind.ok());
        QCOMPARE(bind->target, QStringLiteral("/var/lib/docker"));
        QCOMPARE(bind->source, QStringLiteral("/dev/vda[/var/lib/docker]"));
        QCOMPARE(bind->fstype, QStringLiteral("ext4"));
        const auto root = StorageParsers::findmnt(fixture(QStringLiteral("host/findmnt-J-T-root-local.json")));
        QVERIFY(root.ok());
        QCOMPARE(root->target, QStringLiteral("/"));
        QCOMPARE(root->source, QStringLiteral("/dev/vda"));

        StorageFact fact;
        fact.source = bind->source;
        QCOMPARE(fact.device(), QStringLiteral("/dev/vda"));

        QVERIFY(!StorageParsers::findmnt("findmnt: can't read /proc/mounts").ok());
        QVERIFY(!StorageParsers::findmnt(R"({"filesystems": []})").ok());
    }

    void lsblkTrees()
    {
        const auto flat = StorageParsers::lsblk(
            fixture(QStringLiteral("lsblk/lsblk-J-name-type-fstype-mountpoint-local-with-loops.json")));
        QVERIFY(flat.ok());
        QCOMPARE(flat->size(), 4);
        QCOMPARE(flat->at(0).name, QStringLiteral("loop0"));
        QCOMPARE(flat->at(0).type, QStringLiteral("loop"));
        QCOMPARE(flat->at(3).name, QStringLiteral("vda"));
        QCOMPARE(flat->at(3).fstype, QString()); // null without udev

        const auto plain =
            StorageParsers::lsblk(fixture(QStringLiteral("lsblk/lsblk-J-name-type-fstype-mountpoint-local.json")));
        QVERIFY(plain.ok());
        QCOMPARE(plain->size(), 2);

        const auto inverse = StorageParsers::lsblk(fixture(QStringLiteral("host/lsblk-J-s-vda-local.json")));
        QVERIFY(inverse.ok());
        QCOMPARE(inverse->size(), 1);
        StorageFact fact;
        fact.devices = inverse.value();
        QCOMPARE(fact.cryptName(), QString());

        // constructed: lsblk -J -s -o NAME,TYPE,FSTYPE /dev/mapper/vg-docker on LVM on LUKS on a partition.
        const auto luks = StorageParsers::lsblk(R"({"blockdevices": [{"name": "vg-docker", "type": "lvm",
            "fstype": "ext4", "children": [{"name": "luks-3f2a", "type": "crypt", "fstype": "LVM2_member",
            "children": [{"name": "nvme0n1p3", "type": "part", "fstype": "crypto_LUKS",
            "children": [{"name": "nvme0n1", "type": "disk", "fstype": null}]}]}]}]})");
        QVERIFY(luks.ok());
        QCOMPARE(luks->size(), 4);
        fact.devices = luks.value();
        QCOMPARE(fact.cryptName(), QStringLiteral("luks-3f2a"));
        QCOMPARE(luks->at(2).fstype, QStringLiteral("crypto_LUKS"));

        QVERIFY(!StorageParsers::lsblk("lsblk: /dev/nope: not a block device").ok());
        QVERIFY(!StorageParsers::lsblk(R"({"other": []})").ok());
    }

    void cryptsetupStatus()
    {
        const auto active = StorageParsers::cryptsetupStatus(
            fixture(QStringLiteral("cryptsetup/status-active-luks2-in-use-kata-guest-doc.txt")),
            0);
        QVERIFY(active.ok());
        QVERIFY(active->active);
        QVERIFY(active->inUse);
        QCOMPARE(active->mapping, QStringLiteral("/dev/mapper/encrypted_disk_GsLDt"));
        QCOMPARE(active->type, QStringLiteral("LUKS2"));
        QCOMPARE(active->cipher, QStringLiteral("aes-xts-plain64"));
        QCOMPARE(active->keyBits, 512);
        QCOMPARE(active->device, QStringLiteral("/dev/sda"));

        const auto [noDm, code] = withExit(fixture(QStringLiteral("cryptsetup/status-no-device-mapper-local.txt")));
        const auto failed = StorageParsers::cryptsetupStatus(noDm, code);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().detail.contains(QLatin1String("device-mapper")));

        // The 2.8 release notes excerpt has the new unit suffixes but no status line.
        QVERIFY(!StorageParsers::cryptsetupStatus(
                     fixture(QStringLiteral("cryptsetup/status-v2.8-units-format-excerpt-releasenotes.txt")),
                     0)
                     .ok());
        // constructed: the kata output with the 2.8 "keysize: 512 [bits]" form.
        QByteArray v28 = fixture(QStringLiteral("cryptsetup/status-active-luks2-in-use-kata-guest-doc.txt"));
        v28.replace("keysize: 512 bits", "keysize: 512 [bits]");
        QCOMPARE(StorageParsers::cryptsetupStatus(v28, 0)->keyBits, 512);
        QVERIFY(!StorageParsers::cryptsetupStatus("/dev/mapper/x is inactive.\n", 4)->active);
    }

    void luksDump()
    {
        const auto two = StorageParsers::luksDump(fixture(QStringLiteral("cryptsetup/luksDump-luks2-local.txt")));
        QVERIFY(two.ok());
        QCOMPARE(two->version, 2);
        QCOMPARE(two->cipher, QStringLiteral("aes-xts-plain64"));
        QCOMPARE(two->pbkdf, QStringLiteral("argon2id"));
        QCOMPARE(two->keyslots, 1);
        QCOMPARE(two->uuid, QStringLiteral("888e7d80-f35d-4922-b2c0-4ccf18b093b1"));

        const auto one = StorageParsers::luksDump(fixture(QStringLiteral("cryptsetup/luksDump-luks1-local.txt")));
        QVERIFY(one.ok());
        QCOMPARE(one->version, 1);
        QCOMPARE(one->cipher, QStringLiteral("aes-xts-plain64"));
        QCOMPARE(one->keyslots, 1);
        QCOMPARE(one->uuid, QStringLiteral("e8537c93-aece-4370-98b5-29939b3b01d0"));

        const auto [notLuks, code] = withExit(fixture(QStringLiteral("cryptsetup/isLuks-verbose-not-luks-local.txt")));
        Q_UNUSED(code);
        QVERIFY(!StorageParsers::luksDump(notLuks).ok());
    }

    void fscryptStatus()
    {
        const auto unlocked =
            StorageParsers::fscryptStatus(fixture(QStringLiteral("fscrypt/status-directory-unlocked-local.txt")), 0);
        QVERIFY(unlocked.ok());
        QVERIFY(unlocked->encrypted);
        QVERIFY(unlocked->unlocked);
        QCOMPARE(unlocked->policy, QStringLiteral("dcee9b5df3aef891d889da1c6b92564b"));
        QCOMPARE(unlocked->options,
                 QStringLiteral("padding:32 contents:AES_256_XTS filenames:AES_256_CTS policy_version:2"));

        const auto locked =
            StorageParsers::fscryptStatus(fixture(QStringLiteral("fscrypt/status-directory-locked-local.txt")), 0);
        QVERIFY(locked.ok());
        QVERIFY(locked->encrypted);
        QVERIFY(!locked->unlocked);

        const auto plain =
            StorageParsers::fscryptStatus(fixture(QStringLiteral("fscrypt/status-not-encrypted-error-local.txt")), 1);
        QVERIFY(plain.ok());
        QVERIFY(!plain->encrypted);
        QCOMPARE(plain->error, QStringLiteral("file or directory \"/srv/fixture/fscrypt/mnt/plain\" is not encrypted"));

        // A mountpoint is a filesystem, not an encrypted directory.
        const auto mount =
            StorageParsers::fscryptStatus(fixture(QStringLiteral("fscrypt/status-filesystem-unlocked-local.txt")), 0);
        QVERIFY(mount.ok());
        QVERIFY(!mount->encrypted);

        const QByteArray log = fixture(QStringLiteral("fscrypt/session-debian12-fscrypt-0.3.3.log"));
        const auto [noConfig, noConfigExit] = sessionOutput(log, "fscrypt status /srv/fixture/fscrypt/mnt");
        // No /etc/fscrypt.conf: fscrypt cannot tell, for a mountpoint as for a directory encrypted with another
        // configuration (FSCRYPT_CONF, as the data-encryption lab does), so the kernel's statx attribute decides.
        const auto unset = StorageParsers::fscryptStatus(noConfig, noConfigExit);
        QVERIFY(!unset.ok());
        QVERIFY(unset.error().message.contains(QLatin1String("cannot tell")));
        const auto encryptedNoConfig = StorageParsers::fscryptStatus(
            fixture(QStringLiteral("fscrypt/status-encrypted-directory-no-global-config-local.txt")),
            1);
        QVERIFY(!encryptedNoConfig.ok());
        QVERIFY(encryptedNoConfig.error().message.contains(QLatin1String("/etc/fscrypt.conf")));
        const auto [secret, secretExit] = sessionOutput(log, "fscrypt status /srv/fixture/fscrypt/mnt/secret");
        QVERIFY(StorageParsers::fscryptStatus(secret, secretExit)->encrypted);

        // Upstream's CLI test: a filesystem that is not set up for fscrypt.
        const QByteArray golden = fixture(QStringLiteral("fscrypt/cli-tests-t_status.golden.txt"));
        const int at = golden.indexOf("[ERROR] fscrypt status: filesystem MNT is not setup");
        QVERIFY(at >= 0);
        const auto notSetup = StorageParsers::fscryptStatus(golden.mid(at, 120), 1);
        QVERIFY(notSetup.ok());
        QVERIFY(!notSetup->encrypted);

        QVERIFY(!StorageParsers::fscryptStatus("[ERROR] fscrypt status: permission denied\n", 1).ok());
        QVERIFY(!StorageParsers::fscryptStatus("", 2).ok());
    }

    void aptSimulation()
    {
        const QList<UpdatesFact::Package> upgrades =
            HostParsers::aptSimulation(fixture(QStringLiteral("host/apt-get-s-upgrade-debian12-local.txt")));
        QCOMPARE(upgrades.size(), 133);
        UpdatesFact fact;
        fact.upgrades = upgrades;
        QCOMPARE(fact.securityCount(), 88);
        const auto find = [&](const QString& name) {
            for (const UpdatesFact::Package& p : upgrades) {
                if (p.name == name) {
                    return p;
                }
            }
            qFatal("no package %s", qPrintable(name));
        };
        QCOMPARE(find(QStringLiteral("zstd")).version, QStringLiteral("1.5.4+dfsg2-5+deb12u1"));
        QVERIFY(find(QStringLiteral("zstd")).security);
        QVERIFY(!find(QStringLiteral("base-files")).security); // a point release, not a security archive
        QVERIFY(HostParsers::aptSimulation("Reading package lists...\n0 upgraded, 0 newly installed.\n").isEmpty());
    }

    void dnfAndZypper()
    {
        // constructed: dnf -q check-update and dnf -q updateinfo list --security on a RHEL 9 clone.
        const auto dnf =
            HostParsers::dnfCheckUpdate("\nopenssl-libs.x86_64                1:3.0.7-27.el9      baseos\n"
                                        "tzdata.noarch                      2024a-1.el9         baseos\n"
                                        "Obsoleting Packages\n",
                                        "ALSA-2024:1234 Important/Sec. openssl-libs-1:3.0.7-27.el9.x86_64\n");
        QCOMPARE(dnf.size(), 2);
        QCOMPARE(dnf.at(0).name, QStringLiteral("openssl-libs"));
        QVERIFY(dnf.at(0).security);
        QVERIFY(!dnf.at(1).security);

        // constructed: zypper --xmlout list-updates / list-patches --category security.
        const auto zypper = HostParsers::zypperUpdates(
            R"(<?xml version='1.0'?><stream><update-status version="0.6"><update-list>
               <update kind="package" name="curl" edition="8.0.1-11.1" arch="x86_64"/>
               </update-list></update-status></stream>)",
            R"(<?xml version='1.0'?><stream><update-status version="0.6"><update-list>
               <update kind="patch" name="openSUSE-SLE-15.5-2024-123" edition="1" category="security"/>
               </update-list></update-status></stream>)");
        QCOMPARE(zypper.size(), 2);
        QVERIFY(!zypper.at(0).security);
        QVERIFY(zypper.at(1).security);
    }

    void iptables()
    {
        const FirewallFact docker =
            HostParsers::iptablesRules(fixture(QStringLiteral("host/iptables-S-docker-local.txt")));
        QCOMPARE(docker.inputPolicy, QStringLiteral("ACCEPT"));
        QCOMPARE(docker.inputFilterRules, 0); // Docker's DROP is in FORWARD's isolation chain, not INPUT
        QVERIFY(docker.dockerUserChain);
        QCOMPARE(docker.dockerUserRules, 0);

        // constructed: ufw-style chains reached from INPUT, and a rule in DOCKER-USER.
        const FirewallFact ufw = HostParsers::iptablesRules("-P INPUT ACCEPT\n-N ufw-user-input\n-N DOCKER-USER\n"
                                                            "-A INPUT -j ufw-user-input\n"
                                                            "-A ufw-user-input -p tcp --dport 22 -j ACCEPT\n"
                                                            "-A ufw-user-input -j DROP\n"
                                                            "-A DOCKER-USER -i eth0 ! -s 10.0.0.0/8 -j DROP\n"
                                                            "-A DOCKER-USER -j RETURN\n");
        QCOMPARE(ufw.inputFilterRules, 1);
        QCOMPARE(ufw.dockerUserRules, 1);
        QCOMPARE(HostParsers::iptablesRules("-P INPUT DROP\n").inputPolicy, QStringLiteral("DROP"));
    }

    void nftables()
    {
        // Docker's rules as iptables-nft stores them: no input chain at all (iptables-nft makes chains on demand).
        const auto docker =
            HostParsers::nftRuleset(fixture(QStringLiteral("host/nft-j-list-ruleset-docker-local.json")));
        QVERIFY(docker.ok());
        QCOMPARE(docker->inputPolicy, QString());
        QCOMPARE(docker->inputFilterRules, 0);
        QVERIFY(docker->dockerUserChain);
        QCOMPARE(docker->dockerUserRules, 0);
        QVERIFY(docker->tables.contains(QStringLiteral("ip filter")));

        // constructed: nft -j list ruleset of an inet filter table with a drop policy and Docker's iptables-nft table.
        const auto fact = HostParsers::nftRuleset(R"({"nftables": [
            {"metainfo": {"version": "1.0.6", "json_schema_version": 1}},
            {"table": {"family": "inet", "name": "filter", "handle": 1}},
            {"chain": {"family": "inet", "table": "filter", "name": "input", "handle": 1, "type": "filter",
                       "hook": "input", "prio": 0, "policy": "drop"}},
            {"rule": {"family": "inet", "table": "filter", "chain": "input", "handle": 4,
                      "expr": [{"match": {"op": "==", "left": {"ct": {"key": "state"}}, "right": ["established"]}},
                               {"accept": null}]}},
            {"rule": {"family": "inet", "table": "filter", "chain": "input", "handle": 5,
                      "expr": [{"jump": {"target": "blocklist"}}]}},
            {"chain": {"family": "inet", "table": "filter", "name": "blocklist", "handle": 2}},
            {"rule": {"family": "inet", "table": "filter", "chain": "blocklist", "handle": 6,
                      "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "ip", "field": "saddr"}},
                                "right": "203.0.113.7"}}, {"drop": null}]}},
            {"table": {"family": "ip", "name": "filter", "handle": 2}},
            {"chain": {"family": "ip", "table": "filter", "name": "DOCKER-USER", "handle": 3}},
            {"rule": {"family": "ip", "table": "filter", "chain": "DOCKER-USER", "handle": 7,
                      "expr": [{"counter": {"packets": 0, "bytes": 0}}, {"return": null}]}}
        ]})");
        QVERIFY(fact.ok());
        QCOMPARE(fact->inputPolicy, QStringLiteral("drop"));
        QCOMPARE(fact->inputFilterRules, 1);
        QVERIFY(fact->dockerUserChain);
        QCOMPARE(fact->dockerUserRules, 0);
        QCOMPARE(fact->tables, (QStringList{QStringLiteral("inet filter"), QStringLiteral("ip filter")}));
        QVERIFY(!HostParsers::nftRuleset("Error: syntax error").ok());
    }

    void aaStatus()
    {
        // constructed: aa-status --json (apparmor 3.0) on Debian 12 with AppArmor enabled.
        const auto counts = HostParsers::aaStatus(
            R"({"version": "1", "profiles": {"/usr/bin/man": "enforce", "docker-default": "enforce",
                "nvidia_modprobe": "complain"}, "processes": {}})");
        QVERIFY(counts.ok());
        QCOMPARE(counts->enforce, 2);
        QCOMPARE(counts->complain, 1);
        QVERIFY(!HostParsers::aaStatus("apparmor module is not loaded.").ok());
    }

    void auditRules()
    {
        const QStringList watched = HostParsers::auditWatchedPaths(
            {QStringLiteral("-w /usr/bin/dockerd -p rwxa -k docker"),
             QStringLiteral("-a always,exit -F arch=b64 -S all -F path=/usr/sbin/runc -F perm=rwxa -k docker"),
             QStringLiteral("-a always,exit -F dir=/etc/docker -F perm=wa -k docker"),
             QStringLiteral("-w /usr/bin/dockerd -p wa -k docker2")});
        QCOMPARE(watched,
                 (QStringList{QStringLiteral("/usr/bin/dockerd"),
                              QStringLiteral("/usr/sbin/runc"),
                              QStringLiteral("/etc/docker")}));
    }

    void groups()
    {
        const DockerGroupFact fact = HostParsers::dockerGroup(
            "root:x:0:\nsudo:x:27:alice\ndocker:x:998:alice,bob\n#docker:x:1:mallory\nwheel:x:10:\n",
            "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/bash\n"
            "carol:x:1002:998::/home/carol:/bin/bash\nop:x:1003:27::/home/op:/bin/sh\n");
        QVERIFY(fact.groupExists);
        QCOMPARE(fact.members, (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
        QCOMPARE(fact.administrators,
                 (QStringList{QStringLiteral("alice"), QStringLiteral("op"), QStringLiteral("root")}));
        QVERIFY(!HostParsers::dockerGroup("root:x:0:\n", {}).groupExists);
    }

    void contentTrustAssignments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("exported");
        QTest::newRow("export") << "/root/.bashrc" << QByteArray("alias l=ls\nexport DOCKER_CONTENT_TRUST=1\n") << "1"
                                << 2 << true;
        QTest::newRow("quoted, last wins")
            << "/root/.bashrc" << QByteArray("export DOCKER_CONTENT_TRUST=\"1\"\nDOCKER_CONTENT_TRUST=0\n") << "0" << 2
            << false;
        QTest::newRow("assign then export")
            << "/root/.profile" << QByteArray("DOCKER_CONTENT_TRUST=1\nexport PATH DOCKER_CONTENT_TRUST\n") << "1" << 1
            << true;
        QTest::newRow("environment file")
            << "/etc/environment" << QByteArray("DOCKER_CONTENT_TRUST=1\n") << "1" << 1 << true;
        QTest::newRow("commented") << "/root/.zshrc" << QByteArray("# export DOCKER_CONTENT_TRUST=1\n") << "" << 0
                                   << false;
    }

    void contentTrustAssignments()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, text);
        QFETCH(QString, value);
        QFETCH(int, line);
        QFETCH(bool, exported);
        const ContentTrustFact::File file = HostParsers::contentTrustAssignment(path, text);
        QCOMPARE(file.value, value);
        QCOMPARE(file.line, line);
        QCOMPARE(file.exported, exported);
    }
};

QTEST_GUILESS_MAIN(TestHostParsers)
#include "test_hostparsers.moc"
