// SPDX-License-Identifier: GPL-3.0-or-later
// HostFactsCollector through the real ToolRunner/QProcess path: fake apt-get, findmnt, lsblk, cryptsetup,
// fscrypt, iptables, nft, auditctl, aa-status and systemctl first on PATH print real fixtures; files come from
// a temporary host root.
#include "core/facts/HostFacts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace escut;

class TestHostTools : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_bin;
    QTemporaryDir m_root;
    QByteArray m_oldPath;

    void writeFile(const QString& relative, const QByteArray& text, bool executable = false)
    {
        const QString path = m_root.filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        if (executable) {
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
    }

    void writeTool(const QString& name, const QByteArray& body)
    {
        QFile f(m_bin.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nF=\"$ESCUT_FIXTURES_DIR\"\necho \"" + name.toUtf8() + " $*\" >> \"" +
                m_bin.filePath(QStringLiteral("calls.log")).toUtf8() + "\"\n" + body);
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    // Whether the kernel reports that `path`, on the real system, has no encryption policy: then fscrypt is not run.
    static bool kernelSaysPlain(const QString& path)
    {
        struct statx st
        {
        };
        return ::statx(AT_FDCWD, QFile::encodeName(path).constData(), AT_STATX_SYNC_AS_STAT, STATX_BASIC_STATS, &st) ==
                   0 &&
               (st.stx_attributes_mask & STATX_ATTR_ENCRYPTED) && !(st.stx_attributes & STATX_ATTR_ENCRYPTED);
    }

    QStringList calls(const QString& tool)
    {
        QFile f(m_bin.filePath(QStringLiteral("calls.log")));
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        QStringList out;
        for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(tool + QLatin1Char(' '))) {
                out.append(line);
            }
        }
        return out;
    }

    HostCollectOptions options()
    {
        HostCollectOptions o;
        o.root = m_root.path();
        o.homeDir = QStringLiteral("/home/u");
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_bin.isValid() && m_root.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("ESCUT_FIXTURES_DIR"));
        m_oldPath = qgetenv("PATH");
        qputenv("PATH", m_bin.path().toUtf8() + ':' + m_oldPath);
        qunsetenv("DOCKER_CONTENT_TRUST");

        writeTool(QStringLiteral("apt-get"), "cat \"$F/host/apt-get-s-upgrade-debian12-local.txt\"\n");
        writeTool(QStringLiteral("findmnt"),
                  "case \"$3\" in\n"
                  "  /) cat \"$F/host/findmnt-J-T-root-local.json\" ;;\n"
                  "  /var/lib/docker*) cat \"$F/host/findmnt-J-T-var-lib-docker-bind-local.json\" ;;\n"
                  "  /srv/secure*) printf '{\"filesystems\": [{\"target\": \"/srv/secure\", \"source\": "
                  "\"/dev/mapper/vg-secure\", \"fstype\": \"ext4\", \"options\": \"rw\"}]}\\n' ;;\n"
                  "  *) if [ -d \"$3\" ]; then printf '{\"filesystems\": [{\"target\": \"/\", \"source\": "
                  "\"/dev/vda\", \"fstype\": \"ext4\", \"options\": \"rw\"}]}\\n'; "
                  "else echo \"findmnt: $3: No such file or directory\" >&2; exit 1; fi ;;\n"
                  "esac\n");
        writeTool(
            QStringLiteral("lsblk"),
            "case \"$5\" in\n"
            "  /dev/vda) cat \"$F/host/lsblk-J-s-vda-local.json\" ;;\n"
            "  /dev/mapper/vg-secure) printf '{\"blockdevices\": [{\"name\": \"vg-secure\", \"type\": \"lvm\", "
            "\"fstype\": \"ext4\", \"children\": [{\"name\": \"luks-3f2a\", \"type\": \"crypt\", \"fstype\": null, "
            "\"children\": [{\"name\": \"vdb1\", \"type\": \"part\", \"fstype\": null}]}]}]}\\n' ;;\n"
            "  *) exit 32 ;;\n"
            "esac\n");
        writeTool(QStringLiteral("cryptsetup"),
                  "case \"$1\" in\n"
                  "  status) cat \"$F/cryptsetup/status-active-luks2-in-use-kata-guest-doc.txt\" ;;\n"
                  "  isLuks) echo 'Command successful.' ;;\n"
                  "  luksDump) cat \"$F/cryptsetup/luksDump-luks2-local.txt\" ;;\n"
                  "esac\n");
        writeTool(QStringLiteral("fscrypt"),
                  "case \"$2\" in\n"
                  "  /srv/crypted) cat \"$F/fscrypt/status-directory-unlocked-local.txt\" ;;\n"
                  "  *) cat \"$F/fscrypt/status-not-encrypted-error-local.txt\" >&2; exit 1 ;;\n"
                  "esac\n");
        writeTool(QStringLiteral("iptables"), "cat \"$F/host/iptables-S-docker-local.txt\"\n");
        // An empty nftables ruleset beside iptables: the collector falls back to iptables -S.
        writeTool(QStringLiteral("nft"), "echo '{\"nftables\": [{\"metainfo\": {\"version\": \"1.0.6\"}}]}'\n");
        writeTool(QStringLiteral("auditctl"),
                  "echo '-w /usr/bin/dockerd -p rwxa -k docker'\n"
                  "echo '-w /etc/docker -p rwxa -k docker'\n");
        writeTool(QStringLiteral("aa-status"),
                  "echo '{\"version\": \"1\", \"profiles\": {\"docker-default\": \"enforce\", \"/usr/bin/man\": "
                  "\"complain\"}, \"processes\": {}}'\n");
        writeTool(QStringLiteral("systemctl"),
                  "for u in \"$@\"; do [ \"$u\" = is-active ] && continue; "
                  "[ \"$u\" = auditd ] && echo active || echo inactive; done\nexit 3\n");

        writeFile(QStringLiteral("proc/sys/kernel/osrelease"), "6.1.0-28-amd64\n");
        writeFile(QStringLiteral("proc/4242/comm"), "auditd\n");
        writeFile(QStringLiteral("proc/4243/comm"), "bash\n");
        writeFile(QStringLiteral("sys/module/apparmor/parameters/enabled"), "Y\n");
        QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("run/systemd/system")));
        writeFile(QStringLiteral("etc/group"), "root:x:0:\nsudo:x:27:u\ndocker:x:998:u,guest\n");
        writeFile(QStringLiteral("etc/passwd"), "root:x:0:0::/root:/bin/sh\nu:x:1000:1000::/home/u:/bin/sh\n");
        writeFile(QStringLiteral("home/u/.bashrc"), "export DOCKER_CONTENT_TRUST=1\n");
        writeFile(QStringLiteral("etc/profile.d/proxy.sh"), "export http_proxy=\n");
        writeFile(QStringLiteral("etc/docker/daemon.json"), "{}\n");
        writeFile(QStringLiteral("usr/bin/dockerd"), "", true);
        writeFile(QStringLiteral("usr/sbin/runc"), "", true);
        writeFile(QStringLiteral("usr/sbin/auditd"), "", true);
        writeFile(QStringLiteral("var/run/reboot-required"), "*** System restart required ***\n");
    }

    void cleanupTestCase()
    {
        qputenv("PATH", m_oldPath);
    }

    void systemFacts()
    {
        const HostFacts facts = HostFactsCollector(options()).collectSystem(
            {{QStringLiteral("DockerRootDir"), QStringLiteral("/var/lib/docker")}});
        QVERIFY(facts.collected);

        QVERIFY(facts.updates.probe.ok());
        QCOMPARE(facts.updates.probe.source, QStringLiteral("apt-get -s upgrade"));
        QCOMPARE(facts.updates.upgrades.size(), 133);
        QCOMPARE(facts.updates.securityCount(), 88);
        QCOMPARE(facts.updates.kernel, QStringLiteral("6.1.0-28-amd64"));
        QVERIFY(facts.updates.rebootRequired);

        QCOMPARE(facts.mac.apparmorEnabled, std::optional<bool>(true));
        QCOMPARE(facts.mac.selinux.state, Probe::State::Unavailable);

        QVERIFY(facts.dockerGroup.probe.ok());
        QCOMPARE(facts.dockerGroup.members, (QStringList{QStringLiteral("guest"), QStringLiteral("u")}));
        QCOMPARE(facts.dockerGroup.administrators, (QStringList{QStringLiteral("root"), QStringLiteral("u")}));

        QCOMPARE(facts.rootFilesystem.source, QStringLiteral("/dev/vda"));
        QCOMPARE(facts.dataRoot.source, QStringLiteral("/dev/vda[/var/lib/docker]"));
        QCOMPARE(facts.dataRoot.devices.size(), 1);
        QCOMPARE(facts.dataRoot.cryptName(), QString());
        if (kernelSaysPlain(facts.dataRoot.path)) { // a real data root: statx answers
            QCOMPARE(facts.dataRoot.fscryptProbe.state, Probe::State::NotCollected);
            QCOMPARE(facts.dataRoot.encryptedAttr, std::optional<bool>(false));
        } else {
            QVERIFY(facts.dataRoot.fscryptProbe.ok());
        }
        QVERIFY(!facts.dataRoot.fscrypt);

        QCOMPARE(facts.contentTrust.files.first().path, QStringLiteral("/home/u/.bashrc"));
        QCOMPARE(facts.contentTrust.files.first().value, QStringLiteral("1"));
        QVERIFY(std::any_of(
            facts.contentTrust.files.begin(),
            facts.contentTrust.files.end(),
            [](const ContentTrustFact::File& f) { return f.path == QLatin1String("/etc/profile.d/proxy.sh"); }));

        QCOMPARE(facts.audit.targets.value(QStringLiteral("dockerd")), QStringLiteral("/usr/bin/dockerd"));
        QCOMPARE(facts.audit.targets.value(QStringLiteral("runc")), QStringLiteral("/usr/sbin/runc"));
        QCOMPARE(facts.audit.targets.value(QStringLiteral("daemon.json")), QStringLiteral("/etc/docker/daemon.json"));
        QVERIFY(!facts.audit.targets.contains(QStringLiteral("containerd")));

        QVERIFY(facts.monitoring.systemd.ok());
        QCOMPARE(facts.monitoring.services.value(QStringLiteral("auditd")), QStringLiteral("active"));
        QCOMPARE(facts.monitoring.services.value(QStringLiteral("falco")), QStringLiteral("inactive"));
        QCOMPARE(facts.monitoring.running, QStringList{QStringLiteral("auditd")});
        QCOMPARE(facts.monitoring.binaries.value(QStringLiteral("auditd")), QStringLiteral("/usr/sbin/auditd"));

        if (::geteuid() == 0) {
            QVERIFY2(facts.firewall.probe.ok(), qPrintable(facts.firewall.probe.detail));
            QCOMPARE(facts.firewall.backend, QStringLiteral("iptables"));
            QCOMPARE(facts.firewall.inputPolicy, QStringLiteral("ACCEPT"));
            QVERIFY(facts.firewall.dockerUserChain);
            QCOMPARE(facts.audit.rules.size(), 2);
            QCOMPARE(facts.mac.apparmorEnforce, 1);
            QCOMPARE(facts.mac.apparmorComplain, 1);
        } else {
            QCOMPARE(facts.firewall.probe.state, Probe::State::PermissionDenied);
            QCOMPARE(facts.audit.probe.state, Probe::State::PermissionDenied);
        }
    }

    void mountSourcesAreCachedPerDevice()
    {
        const auto bind = [](const char* source) {
            return QJsonObject{{QStringLiteral("Type"), QStringLiteral("bind")},
                               {QStringLiteral("Source"), QString::fromLatin1(source)},
                               {QStringLiteral("Destination"), QStringLiteral("/data")}};
        };
        const QList<QJsonObject> containers{
            QJsonObject{{QStringLiteral("Mounts"),
                         QJsonArray{bind("/srv/secure/db"), bind("/var/lib/docker/volumes/v/_data")}}},
            QJsonObject{{QStringLiteral("Mounts"),
                         QJsonArray{bind("/srv/secure/other"),
                                    bind("/srv/secure/db"),
                                    bind("/gone"),
                                    QJsonObject{{QStringLiteral("Type"), QStringLiteral("tmpfs")},
                                                {QStringLiteral("Destination"), QStringLiteral("/tmp")}}}}}};
        QFile::remove(m_bin.filePath(QStringLiteral("calls.log")));
        HostFacts facts;
        facts.mountSources = HostFactsCollector(options()).storageOf(HostFactsCollector::mountSourcePaths(containers));
        QCOMPARE(facts.mountSources.size(), 4); // /srv/secure/db once, tmpfs not at all

        const StorageFact* db = facts.mountSource(QStringLiteral("/srv/secure/db"));
        QVERIFY(db);
        QCOMPARE(db->cryptName(), QStringLiteral("luks-3f2a"));
        const StorageFact* other = facts.mountSource(QStringLiteral("/srv/secure/other"));
        QCOMPARE(other->cryptName(), QStringLiteral("luks-3f2a"));
        if (::geteuid() == 0) {
            QCOMPARE(db->cipher, QStringLiteral("aes-xts-plain64"));
            QVERIFY(db->cipherProbe.ok());
            QCOMPARE(db->luksVersion, 2);    // from luksDump of vdb1, the device under the mapping
            QCOMPARE(other->luksVersion, 2); // the same device: what it found holds for every path on it
            QCOMPARE(calls(QStringLiteral("cryptsetup")).filter(QStringLiteral("status")).size(), 1);
        } else {
            QCOMPARE(db->cipherProbe.state, Probe::State::PermissionDenied);
        }
        // lsblk once per device, fscrypt never for the dm-crypt device.
        QCOMPARE(calls(QStringLiteral("lsblk")).size(), 2);
        QVERIFY(calls(QStringLiteral("fscrypt")).filter(QStringLiteral("/srv/secure")).isEmpty());

        const StorageFact* volume = facts.mountSource(QStringLiteral("/var/lib/docker/volumes/v/_data"));
        QCOMPARE(volume->device(), QStringLiteral("/dev/vda"));
        QVERIFY(volume->fscryptProbe.ok());
        QVERIFY(!volume->fscrypt);

        const StorageFact* gone = facts.mountSource(QStringLiteral("/gone"));
        QCOMPARE(gone->mount.state, Probe::State::Failed);
        QVERIFY(gone->mount.detail.contains(QLatin1String("No such file")));
    }

    void statxSeesTheRealPath()
    {
        // A mount source is the daemon's path on the real system, as findmnt and fscrypt see it: statx must not look
        // for it under the host root that sandboxes files (a lab audits with its lab root as host root).
        const QString real = m_bin.path();
        QVERIFY(!QFileInfo::exists(m_root.path() + real));
        const StorageFact fact = HostFactsCollector(options()).storage(real);
        QVERIFY(fact.mount.ok());
        QCOMPARE(fact.attributes.source, QStringLiteral("statx ") + real);
        QVERIFY2(fact.attributes.ok(), qPrintable(fact.attributes.detail));
    }

    void fscryptOnlyWhereTheKernelCannotSay()
    {
        // A directory on the real system: ext4 and f2fs, the filesystems with fscrypt, report the attribute in statx.
        const QString real = m_bin.path();
        if (!kernelSaysPlain(real)) {
            QSKIP("this filesystem does not report the encrypted attribute");
        }
        QFile::remove(m_bin.filePath(QStringLiteral("calls.log")));
        const HostFactsCollector collector(options());
        const QString absent = QStringLiteral("/var/lib/docker/volumes/escut-test-absent/_data");
        QVERIFY(!QFileInfo::exists(absent));
        const QList<StorageFact> facts = collector.storageOf({real, absent});
        QCOMPARE(facts.size(), 2);
        QCOMPARE(facts.at(0).encryptedAttr, std::optional<bool>(false));
        QCOMPARE(facts.at(0).fscryptProbe.state, Probe::State::NotCollected);
        QCOMPARE(facts.at(0).fscryptProbe.source, QStringLiteral("fscrypt status ") + real);
        // The path the kernel cannot say anything about (it is not on this system) still asks fscrypt.
        QVERIFY(!facts.at(1).encryptedAttr.has_value());
        QVERIFY(facts.at(1).fscryptProbe.ok());
        QCOMPARE(calls(QStringLiteral("fscrypt")), QStringList{QStringLiteral("fscrypt status ") + absent});
    }

    void missingToolsAreFacts()
    {
        qputenv("PATH", QByteArray("/nonexistent"));
        HostCollectOptions o = options();
        const StorageFact fact = HostFactsCollector(o).storage(QStringLiteral("/srv/x"));
        qputenv("PATH", m_bin.path().toUtf8() + ':' + m_oldPath);
        // findmnt lives in /usr/bin, which the sbin fallback does not search: not installed, said so.
        QCOMPARE(fact.mount.state, Probe::State::NotInstalled);
        QCOMPARE(fact.mount.source, QStringLiteral("findmnt -J -T /srv/x"));
    }
};

QTEST_GUILESS_MAIN(TestHostTools)
#include "test_hosttools.moc"
