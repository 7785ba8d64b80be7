// SPDX-License-Identifier: GPL-3.0-or-later
// daemon.* checks on a snapshot of a real Debian 12 dockerd 20.10.24 with gVisor registered
// (tests/data/snapshots/debian12-runsc.json, built from tests/data/fixtures/runtimes), one fact changed per row;
// the catalogue's consistency for the daemon and container checks.
#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/facts/Snapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace escut;

class TestDaemonChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realSnapshot_data();
    void realSnapshot();
    void checks_data();
    void checks();
    void swarmRootCa();
    void everyDaemonCheckHasPassAndFailRows();
    void daemonJsonFixtures_data();
    void daemonJsonFixtures();
    void outcomesArePure();
    void catalogueIsConsistent();
    void sprawlLimitsFromSettings();

private:
    QSet<QString> m_passRows;
    QSet<QString> m_failRows;
};

namespace
{

QString dataPath(const QString& relative)
{
    const QString root = qEnvironmentVariable("ESCUT_SOURCE_DIR");
    if (!root.isEmpty()) {
        return root + QStringLiteral("/tests/data/") + relative;
    }
    return QFINDTESTDATA(QStringLiteral("../data/") + relative);
}

QByteArray readData(const QString& relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test data %s", qPrintable(relative));
    }
    return f.readAll();
}

QJsonObject merge(QJsonObject base, const QJsonObject& patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull()) {
            base.remove(it.key()); // null removes the key, as a field the daemon does not report
        } else if (it.value().isObject() && base.value(it.key()).isObject()) {
            base.insert(it.key(), merge(base.value(it.key()).toObject(), it.value().toObject()));
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

const QString s_keep = QStringLiteral("<keep>");

// The base snapshot with a JSON patch merged in. The patch's "setFiles" entries replace the file fact of the
// same role (or are appended); daemonJson, unless <keep>, becomes the text of a readable daemon.json.
Snapshot snapshotWith(const QByteArray& patchJson, const QString& daemonJson = s_keep)
{
    QJsonObject snapshot = QJsonDocument::fromJson(readData(QStringLiteral("snapshots/debian12-runsc.json"))).object();
    QJsonParseError error{};
    QJsonObject patch = QJsonDocument::fromJson(patchJson.isEmpty() ? QByteArray("{}") : patchJson, &error).object();
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad patch %s: %s", patchJson.constData(), qPrintable(error.errorString()));
    }
    const QJsonArray setFiles = patch.take(QStringLiteral("setFiles")).toArray();
    QJsonArray files = snapshot.value(QStringLiteral("files")).toArray();
    for (const QJsonValue& v : setFiles) {
        const QString role = v.toObject().value(QStringLiteral("role")).toString();
        bool replaced = false;
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (files.at(i).toObject().value(QStringLiteral("role")).toString() == role) {
                files[i] = v;
                replaced = true;
            }
        }
        if (!replaced) {
            files.append(v);
        }
    }
    snapshot.insert(QStringLiteral("files"), files);
    if (daemonJson != s_keep) {
        QJsonObject config = snapshot.value(QStringLiteral("daemonConfig")).toObject();
        config.insert(QStringLiteral("exists"), true);
        config.insert(QStringLiteral("readable"), true);
        config.insert(QStringLiteral("text"), daemonJson);
        snapshot.insert(QStringLiteral("daemonConfig"), config);
    }
    auto result = Snapshot::fromJson(merge(snapshot, patch));
    if (!result) {
        qFatal("snapshot does not load");
    }
    return result.value();
}

Outcome run(const QString& id, const Snapshot& snapshot)
{
    const CheckDef* def = findCheck(id);
    if (!def) {
        qFatal("no check %s", qPrintable(id));
    }
    const QList<Subject> subjects = subjectsFor(snapshot, def->scope);
    if (subjects.size() != 1) {
        qFatal("daemon checks have one subject");
    }
    return def->evaluate(snapshot, subjects.first());
}

} // namespace

void TestDaemonChecks::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(QFile::exists(dataPath(QStringLiteral("snapshots/debian12-runsc.json"))));
}

void TestDaemonChecks::realSnapshot_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    const auto row = [](const char* check, const char* status, const char* evidence) {
        QTest::newRow(check) << QString::fromLatin1(check) << QString::fromLatin1(status)
                             << QString::fromUtf8(evidence);
    };
    // A stock Debian 12 docker.io with only "runtimes" in daemon.json: the defaults CIS section 2 warns about.
    row("daemon.config-valid", "pass", "1 known key");
    row("daemon.debug-off", "pass", "Debug false");
    row("daemon.icc-off", "fail", "enable_icc=true");
    row("daemon.default-ulimits", "fail", "No default ulimits");
    row("daemon.userns-remap", "fail", "root in a container is root on the host");
    row("daemon.live-restore", "fail", "LiveRestoreEnabled false");
    row("daemon.no-new-privileges", "fail", "\"no-new-privileges\" is not set");
    row("daemon.userland-proxy-off", "fail", "\"userland-proxy\" is not set");
    row("daemon.log-level", "pass", "default is info");
    row("daemon.tls", "pass", "fd://");
    row("daemon.insecure-registries", "pass", "127.0.0.0/8");
    row("daemon.socket-perms", "pass", "/var/run/docker.sock is root:docker 0660");
    row("daemon.config-perms", "pass", "/etc/docker/daemon.json is root:root 0644");
    row("daemon.key-perms", "pass", "None of these files exist");
    row("daemon.version", "warn", "20.10.24+dfsg1");
    row("daemon.isolated-runtime", "pass", "runsc, runsc-debug, runsc-nonet");
}

void TestDaemonChecks::realSnapshot()
{
    QFETCH(QString, check);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    const Outcome outcome = run(check, snapshotWith({}));
    QVERIFY2(statusId(outcome.status) == status,
             qPrintable(QStringLiteral("got %1: %2").arg(statusId(outcome.status), outcome.evidence)));
    QVERIFY2(outcome.evidence.contains(evidence), qPrintable(outcome.evidence));
    (outcome.status == Status::Pass ? m_passRows : m_failRows).insert(check);
}

void TestDaemonChecks::checks_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("daemonJson");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    // row(name, check, patch, daemon.json text or nullptr to keep the base file, status, evidence substring)
    const auto row = [](const char* name,
                        const char* check,
                        const char* patch,
                        const char* daemonJson,
                        const char* status,
                        const char* evidence) {
        QTest::newRow(name) << QString::fromLatin1(check) << QByteArray(patch)
                            << (daemonJson ? QString::fromUtf8(daemonJson) : s_keep) << QString::fromLatin1(status)
                            << QString::fromUtf8(evidence);
    };

    // daemon.config-valid: every way daemon.json can stop dockerd from starting.
    row("config missing",
        "daemon.config-valid",
        R"({"daemonConfig": {"exists": false, "readable": false, "text": ""}})",
        nullptr,
        "info",
        "does not exist");
    row("config missing on a remote endpoint",
        "daemon.config-valid",
        R"({"hostFactsCollected": false, "daemonConfig": {"exists": false, "readable": false, "text": ""}})",
        nullptr,
        "skipped",
        "run Escut on the Docker host");
    row("config unreadable",
        "daemon.config-valid",
        R"({"daemonConfig": {"readable": false, "readError": "permission denied", "text": ""}})",
        nullptr,
        "skipped",
        "permission denied");
    row("config empty", "daemon.config-valid", "", "", "warn", "is empty");
    row("config whitespace only", "daemon.config-valid", "", " \n\t\n", "warn", "is empty");
    row("config trailing comma", "daemon.config-valid", "", "{\n  \"icc\": false,\n}\n", "fail", "line 3");
    row("config truncated", "daemon.config-valid", "", "{\"icc\": false", "fail", "not valid JSON");
    row("config line comment",
        "daemon.config-valid",
        "",
        "{\n  // no inter-container traffic\n  \"icc\": false\n}\n",
        "fail",
        "JSON has no comments");
    row("config block comment",
        "daemon.config-valid",
        "",
        "/* hardening, seed 002 */\n{\"icc\": false}\n",
        "fail",
        "JSON has no comments");
    row("config shell comment",
        "daemon.config-valid",
        "",
        "# docker daemon\n{\"icc\": false}\n",
        "fail",
        "JSON has no comments");
    row("config array at top level", "daemon.config-valid", "", "[\"icc\"]", "fail", "not a JSON object");
    row("config unknown key", "daemon.config-valid", "", R"({"icc": false, "debgu": true})", "fail", "debgu");
    row("config unknown keys listed",
        "daemon.config-valid",
        "",
        R"({"log-driver": "journald", "no_new_privileges": true, "cgroup-driver": "systemd"})",
        "fail",
        "cgroup-driver, no_new_privileges");
    row("config free-form nested keys",
        "daemon.config-valid",
        "",
        R"({"log-driver": "json-file", "log-opts": {"max-size": "10m", "anything": "x"}})",
        "pass",
        "2 known key");
    row("config hosts conflicts with -H fd://",
        "daemon.config-valid",
        "",
        R"({"hosts": ["unix:///var/run/docker.sock"]})",
        "fail",
        "sets hosts");
    row("config default-ulimits conflicts with --default-ulimit",
        "daemon.config-valid",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "--default-ulimit", "nofile=1024:2048"]})",
        R"({"default-ulimits": {"nofile": {"Name": "nofile", "Soft": 1024, "Hard": 2048}}})",
        "fail",
        "default-ulimits");
    row("config debug conflicts with -D",
        "daemon.config-valid",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "-D"]})",
        R"({"debug": false})",
        "fail",
        "sets debug");
    row("config icc conflicts with --icc=false",
        "daemon.config-valid",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "--icc=false"]})",
        R"({"icc": false})",
        "fail",
        "sets icc");
    row("config insecure-registries conflicts with --insecure-registry",
        "daemon.config-valid",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "--insecure-registry", "10.0.0.5:5000"]})",
        R"({"insecure-registries": ["10.0.0.5:5000"]})",
        "fail",
        "insecure-registries");
    row("config hardened seed 002",
        "daemon.config-valid",
        "",
        R"({"icc": false, "debug": false, "live-restore": true, "userland-proxy": false, "no-new-privileges": true,
            "userns-remap": "default", "log-level": "info",
            "default-ulimits": {"nofile": {"Name": "nofile", "Soft": 1024, "Hard": 2048}}})",
        "pass",
        "8 known key");

    // daemon.debug-off
    row("debug observed on", "daemon.debug-off", R"({"info": {"Debug": true}})", nullptr, "fail", "Debug true");
    row("debug from daemon.json",
        "daemon.debug-off",
        R"({"info": {"Debug": null}})",
        R"({"debug": true})",
        "fail",
        "daemon.json: \"debug\": true");
    row("debug off in daemon.json",
        "daemon.debug-off",
        R"({"info": {"Debug": null}})",
        R"({"debug": false})",
        "pass",
        "\"debug\": false");

    // daemon.icc-off: the bridge network's option is what dockerd applied.
    row("icc off on the bridge",
        "daemon.icc-off",
        R"({"networks": [{"Name": "bridge", "Options": {"com.docker.network.bridge.enable_icc": "false"}}]})",
        nullptr,
        "pass",
        "enable_icc=false");
    row("icc default, bridge says true",
        "daemon.icc-off",
        "",
        R"({})",
        "fail",
        "\"icc\" is not set: the default is true");
    row("icc in daemon.json, no networks collected",
        "daemon.icc-off",
        R"({"networks": []})",
        R"({"icc": false})",
        "pass",
        "daemon.json: \"icc\": false");
    row("icc flag, no networks collected",
        "daemon.icc-off",
        R"({"networks": [], "daemonCommandLine": ["/usr/sbin/dockerd", "--icc=false"]})",
        nullptr,
        "pass",
        "--icc=false");

    // daemon.default-ulimits
    row("default ulimits in daemon.json",
        "daemon.default-ulimits",
        "",
        R"({"default-ulimits": {"nofile": {"Name": "nofile", "Soft": 1024, "Hard": 2048}, "nproc": {"Name": "nproc", "Soft": 512, "Hard": 1024}}})",
        "pass",
        "nofile, nproc");
    row("default ulimit flag",
        "daemon.default-ulimits",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "--default-ulimit", "nofile=1024:2048"]})",
        nullptr,
        "pass",
        "nofile=1024:2048");
    row("default ulimits empty", "daemon.default-ulimits", "", R"({"default-ulimits": {}})", "fail", "is empty");
    row("default ulimits unreadable daemon.json",
        "daemon.default-ulimits",
        R"({"daemonConfig": {"readable": false, "readError": "permission denied", "text": ""}})",
        nullptr,
        "skipped",
        "run Escut as root");

    // daemon.userns-remap
    row("userns active",
        "daemon.userns-remap",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=default", "name=userns"]}})",
        nullptr,
        "pass",
        "name=userns");
    row("rootless counts as remapped",
        "daemon.userns-remap",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=default", "name=rootless", "name=cgroupns"]}})",
        nullptr,
        "pass",
        "rootless");
    row("userns configured but not active",
        "daemon.userns-remap",
        "",
        R"({"userns-remap": "default"})",
        "warn",
        "restart dockerd");

    // daemon.live-restore
    row("live restore observed",
        "daemon.live-restore",
        R"({"info": {"LiveRestoreEnabled": true}})",
        nullptr,
        "pass",
        "LiveRestoreEnabled true");
    row("live restore from daemon.json",
        "daemon.live-restore",
        R"({"info": {"LiveRestoreEnabled": null}})",
        R"({"live-restore": true})",
        "pass",
        "\"live-restore\": true");

    // daemon.no-new-privileges
    row("nnp in daemon.json",
        "daemon.no-new-privileges",
        "",
        R"({"no-new-privileges": true})",
        "pass",
        "\"no-new-privileges\": true");
    row("nnp false in daemon.json",
        "daemon.no-new-privileges",
        "",
        R"({"no-new-privileges": false})",
        "fail",
        "\"no-new-privileges\": false");
    row("nnp flag",
        "daemon.no-new-privileges",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "--no-new-privileges"]})",
        nullptr,
        "pass",
        "--no-new-privileges=true");

    // daemon.userland-proxy-off
    row("userland proxy off",
        "daemon.userland-proxy-off",
        "",
        R"({"userland-proxy": false})",
        "pass",
        "\"userland-proxy\": false");
    row("userland proxy flag",
        "daemon.userland-proxy-off",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "--userland-proxy=false"]})",
        nullptr,
        "pass",
        "--userland-proxy=false");

    // daemon.log-level
    row("log level info", "daemon.log-level", "", R"({"log-level": "info"})", "pass", "info (daemon.json)");
    row("log level debug in daemon.json", "daemon.log-level", "", R"({"log-level": "debug"})", "fail", "debug");
    row("log level debug flag",
        "daemon.log-level",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "--log-level=debug"]})",
        nullptr,
        "fail",
        "command line");
    row("log level -l debug",
        "daemon.log-level",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "-l", "debug"]})",
        nullptr,
        "fail",
        "debug");

    // daemon.tls
    row("tcp without tls",
        "daemon.tls",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "-H", "fd://", "-H", "tcp://0.0.0.0:2375"]})",
        nullptr,
        "fail",
        "tcp://0.0.0.0:2375");
    row("tcp without scheme",
        "daemon.tls",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "-H", "0.0.0.0:2375"]})",
        nullptr,
        "fail",
        "0.0.0.0:2375");
    row("tcp in daemon.json without tlsverify",
        "daemon.tls",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd"]})",
        R"({"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"]})",
        "fail",
        "without --tlsverify");
    row("tcp with tlsverify",
        "daemon.tls",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd"]})",
        R"({"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2376"], "tlsverify": true,
            "tlscacert": "/etc/docker/tls/ca.pem", "tlscert": "/etc/docker/tls/cert.pem", "tlskey": "/etc/docker/tls/key.pem"})",
        "pass",
        "TLS client verification");
    row("tls flag without verify",
        "daemon.tls",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "-H", "tcp://0.0.0.0:2376", "--tls"]})",
        nullptr,
        "fail",
        "without --tlsverify");
    row("audit over plain tcp",
        "daemon.tls",
        R"({"endpoint": {"kind": "tcp", "url": "tcp://10.0.0.5:2375", "host": "10.0.0.5", "port": 2375, "tls": false}})",
        nullptr,
        "fail",
        "plain TCP");
    row("audit over tls",
        "daemon.tls",
        R"({"endpoint": {"kind": "tcp", "url": "tcp://10.0.0.5:2376", "host": "10.0.0.5", "port": 2376, "tls": true, "tlsVerify": true}})",
        nullptr,
        "pass",
        "over TLS");
    row("audit over ssh",
        "daemon.tls",
        R"({"endpoint": {"kind": "ssh", "url": "ssh://ops@10.0.0.7", "host": "10.0.0.7", "user": "ops"},
            "hostFactsCollected": false})",
        nullptr,
        "pass",
        "through ssh");
    row("audit over ssh, the daemon also listens on plain tcp",
        "daemon.tls",
        R"({"endpoint": {"kind": "ssh", "url": "ssh://ops@10.0.0.7", "host": "10.0.0.7", "user": "ops"},
            "daemonCommandLine": ["/usr/sbin/dockerd", "-H", "tcp://0.0.0.0:2375"]})",
        nullptr,
        "fail",
        "without --tlsverify");

    // daemon.insecure-registries
    row("insecure CIDR",
        "daemon.insecure-registries",
        R"({"info": {"RegistryConfig": {"InsecureRegistryCIDRs": ["127.0.0.0/8", "10.0.0.0/8"]}}})",
        nullptr,
        "fail",
        "10.0.0.0/8");
    row("insecure index",
        "daemon.insecure-registries",
        R"({"info": {"RegistryConfig": {"InsecureRegistryCIDRs": ["127.0.0.0/8"], "IndexConfigs": {"registry.lab:5000": {"Name": "registry.lab:5000", "Secure": false}}}}})",
        nullptr,
        "fail",
        "registry.lab:5000");
    row("insecure from daemon.json when info lacks RegistryConfig",
        "daemon.insecure-registries",
        R"({"info": {"RegistryConfig": null}})",
        R"({"insecure-registries": ["registry.lab:5000"]})",
        "fail",
        "registry.lab:5000");

    // daemon.socket-perms
    row("socket world writable",
        "daemon.socket-perms",
        R"({"setFiles": [{"role": "docker.sock", "path": "/var/run/docker.sock", "exists": true, "uid": 0, "gid": 998, "owner": "root", "group": "docker", "mode": "0666", "type": "socket"}]})",
        nullptr,
        "fail",
        "0666");
    row("socket owned by a user",
        "daemon.socket-perms",
        R"({"setFiles": [{"role": "docker.sock", "path": "/var/run/docker.sock", "exists": true, "uid": 1000, "gid": 998, "owner": "alice", "group": "docker", "mode": "0660", "type": "socket"}]})",
        nullptr,
        "fail",
        "alice:docker");
    row("socket group users",
        "daemon.socket-perms",
        R"({"setFiles": [{"role": "docker.sock", "path": "/var/run/docker.sock", "exists": true, "uid": 0, "gid": 100, "owner": "root", "group": "users", "mode": "0660", "type": "socket"}]})",
        nullptr,
        "fail",
        "root:users");
    row("socket root only",
        "daemon.socket-perms",
        R"({"setFiles": [{"role": "docker.sock", "path": "/var/run/docker.sock", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0600", "type": "socket"}]})",
        nullptr,
        "pass",
        "root:root 0600");
    row("socket not visible remotely",
        "daemon.socket-perms",
        R"({"hostFactsCollected": false})",
        nullptr,
        "skipped",
        "remote endpoint");
    row("socket stat denied",
        "daemon.socket-perms",
        R"({"setFiles": [{"role": "docker.sock", "path": "/var/run/docker.sock", "exists": false, "error": "permission denied"}]})",
        nullptr,
        "skipped",
        "permission denied");

    // daemon.config-perms
    row("daemon.json writable by its user",
        "daemon.config-perms",
        R"({"setFiles": [{"role": "daemon.json", "path": "/etc/docker/daemon.json", "exists": true, "uid": 1000, "gid": 1000, "owner": "alice", "group": "alice", "mode": "0664", "type": "file"}]})",
        nullptr,
        "fail",
        "alice:alice 0664");
    row("/etc/docker group writable",
        "daemon.config-perms",
        R"({"setFiles": [{"role": "/etc/docker", "path": "/etc/docker", "exists": true, "uid": 0, "gid": 998, "owner": "root", "group": "docker", "mode": "0775", "type": "dir"}]})",
        nullptr,
        "fail",
        "0775");
    row("daemon.json missing",
        "daemon.config-perms",
        R"({"setFiles": [{"role": "daemon.json", "path": "/etc/docker/daemon.json", "exists": false}]})",
        nullptr,
        "pass",
        "/etc/docker is root:root 0755");

    // daemon.key-perms
    row("key.json readable by all",
        "daemon.key-perms",
        R"({"setFiles": [{"role": "key.json", "path": "/etc/docker/key.json", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0644", "type": "file"}]})",
        nullptr,
        "fail",
        "/etc/docker/key.json is root:root 0644");
    row("key.json 0400",
        "daemon.key-perms",
        R"({"setFiles": [{"role": "key.json", "path": "/etc/docker/key.json", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0400", "type": "file"}]})",
        nullptr,
        "pass",
        "0400");
    row("tls material correct",
        "daemon.key-perms",
        R"({"setFiles": [{"role": "tlskey", "path": "/etc/docker/tls/key.pem", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0400", "type": "file"},
                         {"role": "tlscert", "path": "/etc/docker/tls/cert.pem", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0444", "type": "file"},
                         {"role": "tlscacert", "path": "/etc/docker/tls/ca.pem", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0444", "type": "file"}]})",
        nullptr,
        "pass",
        "key.pem is root:root 0400");
    row("tls key group readable",
        "daemon.key-perms",
        R"({"setFiles": [{"role": "tlskey", "path": "/etc/docker/tls/key.pem", "exists": true, "uid": 0, "gid": 998, "owner": "root", "group": "docker", "mode": "0640", "type": "file"}]})",
        nullptr,
        "fail",
        "key.pem is root:docker 0640");
    row("tls cert world writable",
        "daemon.key-perms",
        R"({"setFiles": [{"role": "tlscert", "path": "/etc/docker/tls/cert.pem", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0666", "type": "file"}]})",
        nullptr,
        "fail",
        "cert.pem is root:root 0666");
    row("key.json stat denied",
        "daemon.key-perms",
        R"({"setFiles": [{"role": "key.json", "path": "/etc/docker/key.json", "exists": false, "error": "permission denied"}]})",
        nullptr,
        "skipped",
        "permission denied");

    // The CIS section 3 checks of DaemonFileChecks.cpp: one passing and one failing row each here, the rest in
    // test_filechecks.cpp.
    row("docker.service root 0644",
        "daemon.unit-perms",
        R"({"setFiles": [{"role": "docker.service", "path": "/lib/systemd/system/docker.service", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0644", "type": "file"}]})",
        nullptr,
        "pass",
        "docker.service is root:root 0644");
    row("docker.socket unit group writable",
        "daemon.unit-perms",
        R"({"setFiles": [{"role": "docker.socket", "path": "/lib/systemd/system/docker.socket", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0664", "type": "file"}]})",
        nullptr,
        "fail",
        "docker.socket is root:root 0664");
    row("registry cert 0444",
        "daemon.registry-cert-perms",
        R"({"setFiles": [{"role": "certs.d", "path": "/etc/docker/certs.d", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0755", "type": "dir"},
                         {"role": "registry-cert", "path": "/etc/docker/certs.d/reg:5000/ca.crt", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0444", "type": "file"}]})",
        nullptr,
        "pass",
        "ca.crt is root:root 0444");
    row("registry cert 0644",
        "daemon.registry-cert-perms",
        R"({"setFiles": [{"role": "certs.d", "path": "/etc/docker/certs.d", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0755", "type": "dir"},
                         {"role": "registry-cert", "path": "/etc/docker/certs.d/reg:5000/ca.crt", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0644", "type": "file"}]})",
        nullptr,
        "fail",
        "ca.crt is root:root 0644");
    row("env file missing",
        "daemon.env-file-perms",
        R"({"setFiles": [{"role": "/etc/default/docker", "path": "/etc/default/docker", "exists": false}]})",
        nullptr,
        "pass",
        "None of these files exist");
    row("env file owned by a user",
        "daemon.env-file-perms",
        R"({"setFiles": [{"role": "/etc/default/docker", "path": "/etc/default/docker", "exists": true, "uid": 1000, "gid": 1000, "owner": "alice", "group": "alice", "mode": "0644", "type": "file"}]})",
        nullptr,
        "fail",
        "alice:alice 0644");
    row("containerd socket root 0660",
        "daemon.containerd-socket-perms",
        R"({"setFiles": [{"role": "containerd.sock", "path": "/run/containerd/containerd.sock", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0660", "type": "socket"}]})",
        nullptr,
        "pass",
        "containerd.sock is root:root 0660");
    row("containerd socket world writable",
        "daemon.containerd-socket-perms",
        R"({"setFiles": [{"role": "containerd.sock", "path": "/run/containerd/containerd.sock", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0666", "type": "socket"}]})",
        nullptr,
        "fail",
        "0666");
    row("tls certificate valid for a year",
        "daemon.tls-cert-expiry",
        R"({"setFiles": [{"role": "tlscert", "path": "/etc/docker/tls/cert.pem", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0444", "type": "file", "notAfter": "2027-11-24T10:00:00Z"}]})",
        nullptr,
        "pass",
        "cert.pem is valid until 2027-11-24");
    row("tls certificate expired",
        "daemon.tls-cert-expiry",
        R"({"setFiles": [{"role": "tlscert", "path": "/etc/docker/tls/cert.pem", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0444", "type": "file", "notAfter": "2026-11-01T00:00:00Z"}]})",
        nullptr,
        "fail",
        "cert.pem expired on 2026-11-01");

    // daemon.version
    row("version 19.03", "daemon.version", R"({"version": {"Version": "19.03.15"}})", nullptr, "fail", "19.03.15");
    row("version 24.0", "daemon.version", R"({"version": {"Version": "24.0.9"}})", nullptr, "warn", "end of life");
    row("version 27.3", "daemon.version", R"({"version": {"Version": "27.3.1"}})", nullptr, "pass", "27.3.1");
    row("version from info ServerVersion",
        "daemon.version",
        R"({"version": {"Version": null}, "info": {"ServerVersion": "28.0.1"}})",
        nullptr,
        "pass",
        "28.0.1");
    row("version unknown",
        "daemon.version",
        R"({"version": {"Version": null}, "info": {"ServerVersion": null}})",
        nullptr,
        "error",
        "version");

    // daemon.isolated-runtime
    row("runc only",
        "daemon.isolated-runtime",
        R"({"info": {"Runtimes": {"runsc": null, "runsc-debug": null, "runsc-nonet": null}}})",
        nullptr,
        "warn",
        "io.containerd.runc.v2");
    row("kata by runtimeType",
        "daemon.isolated-runtime",
        R"({"info": {"Runtimes": {"runsc": null, "runsc-debug": null, "runsc-nonet": null, "kata": {"runtimeType": "/opt/kata/bin/containerd-shim-kata-v2"}}}})",
        nullptr,
        "pass",
        "kata");

    // CIS Docker Benchmark v1.6.0 daemon items added in issue 20 (CisDaemonChecks.cpp, SwarmChecks.cpp). A fact the
    // endpoint does not report is skipped with the reason, never read as a default.
    row("2.1 root daemon", "daemon.rootless", "", nullptr, "warn", "runs as root");
    row("2.1 rootless daemon",
        "daemon.rootless",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=default", "name=rootless"]}})",
        nullptr,
        "pass",
        "name=rootless");
    row("2.1 not reported",
        "daemon.rootless",
        R"({"info": {"SecurityOptions": null}})",
        nullptr,
        "skipped",
        "SecurityOptions");
    row("2.6 overlay2", "daemon.storage-driver", "", nullptr, "pass", "overlay2");
    row("2.6 aufs", "daemon.storage-driver", R"({"info": {"Driver": "aufs"}})", nullptr, "fail", "aufs");
    row("2.6 not reported", "daemon.storage-driver", R"({"info": {"Driver": null}})", nullptr, "skipped", "Driver");
    row("2.10 default", "daemon.cgroup-parent", "", nullptr, "pass", "not set");
    row("2.10 in daemon.json", "daemon.cgroup-parent", "", R"({"cgroup-parent": "/foobar"})", "warn", "/foobar");
    row("2.10 on the command line",
        "daemon.cgroup-parent",
        R"({"daemonCommandLine": ["/usr/sbin/dockerd", "--cgroup-parent=/big"]})",
        nullptr,
        "warn",
        "/big");
    row("2.10 remote endpoint",
        "daemon.cgroup-parent",
        R"({"hostFactsCollected": false, "daemonConfig": {"exists": false, "readable": false, "text": ""}})",
        nullptr,
        "skipped",
        "remote endpoint");
    row("2.11 overlay2", "daemon.base-device-size", "", nullptr, "pass", "devicemapper only");
    row("2.11 devicemapper default",
        "daemon.base-device-size",
        R"({"info": {"Driver": "devicemapper"}})",
        R"({"storage-opts": ["dm.thinpooldev=/dev/mapper/thin-pool"]})",
        "pass",
        "dm.thinpooldev");
    row("2.11 devicemapper basesize",
        "daemon.base-device-size",
        R"({"info": {"Driver": "devicemapper"}})",
        R"({"storage-opts": ["dm.basesize=50G"]})",
        "warn",
        "dm.basesize=50G");
    row("2.11 basesize flag",
        "daemon.base-device-size",
        R"({"info": {"Driver": "devicemapper"}, "daemonCommandLine": ["/usr/sbin/dockerd", "--storage-opt", "dm.basesize=20G"]})",
        nullptr,
        "warn",
        "--storage-opt dm.basesize=20G");
    row("2.12 no plugin", "daemon.authorization", "", nullptr, "warn", "Plugins.Authorization is empty");
    row("2.12 opa",
        "daemon.authorization",
        R"({"info": {"Plugins": {"Authorization": ["opa-docker-authz"]}}})",
        nullptr,
        "pass",
        "opa-docker-authz");
    row("2.12 not reported",
        "daemon.authorization",
        R"({"info": {"Plugins": null}})",
        nullptr,
        "skipped",
        "Plugins.Authorization");
    row("2.13 json-file", "daemon.remote-logging", "", nullptr, "warn", "json-file");
    row("2.13 syslog", "daemon.remote-logging", R"({"info": {"LoggingDriver": "syslog"}})", nullptr, "pass", "syslog");
    row("2.13 not reported",
        "daemon.remote-logging",
        R"({"info": {"LoggingDriver": null}})",
        nullptr,
        "skipped",
        "LoggingDriver");
    row("2.17 default profile", "daemon.seccomp-profile", "", nullptr, "pass", "profile=default");
    row("2.17 builtin profile",
        "daemon.seccomp-profile",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=builtin"]}})",
        nullptr,
        "pass",
        "profile=builtin");
    row("2.17 custom profile",
        "daemon.seccomp-profile",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=/etc/docker/seccomp.json"]}})",
        nullptr,
        "pass",
        "custom");
    row("2.17 unconfined",
        "daemon.seccomp-profile",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=unconfined"]}})",
        nullptr,
        "fail",
        "unconfined");
    row("2.17 no seccomp",
        "daemon.seccomp-profile",
        R"({"info": {"SecurityOptions": ["name=apparmor"]}})",
        nullptr,
        "fail",
        "does not report seccomp");
    row("2.18 off", "daemon.experimental", "", nullptr, "pass", "ExperimentalBuild false");
    row("2.18 on",
        "daemon.experimental",
        R"({"info": {"ExperimentalBuild": true}})",
        nullptr,
        "fail",
        "ExperimentalBuild true");
    row("2.18 not reported",
        "daemon.experimental",
        R"({"info": {"ExperimentalBuild": null}})",
        nullptr,
        "skipped",
        "ExperimentalBuild");
    row("5.1 swarm inactive", "daemon.swarm-mode", "", nullptr, "pass", "inactive");
    row("5.1 swarm active",
        "daemon.swarm-mode",
        R"({"info": {"Swarm": {"LocalNodeState": "active"}}})",
        nullptr,
        "warn",
        "active");
    row("5.1 not reported",
        "daemon.swarm-mode",
        R"({"info": {"Swarm": null}})",
        nullptr,
        "skipped",
        "Swarm.LocalNodeState");
    row("6.1 no images", "daemon.image-sprawl", "", nullptr, "pass", "Images: 0 (0 used by a container, 0 unused");
    row("6.1 images left out",
        "daemon.image-sprawl",
        R"({"imagesCollected": false})",
        nullptr,
        "skipped",
        "left the images");
    // Two images, one unused: within the default limit (25), over a limit of 0 from the settings.
    const char* const twoImages = R"({"images": [{"inspect": {"Id": "sha256:aa"}}, {"inspect": {"Id": "sha256:bb"}}],
        "containers": [{"Id": "c1", "Name": "/c1", "Image": "sha256:aa", "State": {"Running": true}},
                       {"Id": "c2", "Name": "/c2", "Image": "sha256:aa", "State": {"Running": false}}]})";
    row("6.1 an image unused, default limit",
        "daemon.image-sprawl",
        twoImages,
        nullptr,
        "pass",
        "Images: 2 (1 used by a container, 1 unused; at most 25 unused allowed: the default");
    static const QByteArray strict = QByteArray(twoImages).chopped(1) + R"(, "sprawlLimits": {"maxUnusedImages": 0,
        "maxStoppedContainers": 0, "origin": "/home/u/.config/escut/escut.conf"}})";
    row("6.1 an image unused, limit 0",
        "daemon.image-sprawl",
        strict.constData(),
        nullptr,
        "warn",
        "at most 0 unused allowed: [sprawl] maxUnusedImages in /home/u/.config/escut/escut.conf");
    row("6.2 a stopped container, default limit",
        "daemon.container-sprawl",
        twoImages,
        nullptr,
        "pass",
        "Containers: 2 (1 running, 1 stopped or never started; at most 25 stopped allowed");
    row("6.2 a stopped container, limit 0",
        "daemon.container-sprawl",
        strict.constData(),
        nullptr,
        "warn",
        "docker container prune");
    static const QByteArray problem = QByteArray(twoImages).chopped(1) + R"j(, "sprawlLimits": {"origin": "default",
        "problem": "sprawl/maxStoppedContainers is not a number from 0 to 1000000 (\"many\")"}})j";
    row("6.2 a bad setting is named", "daemon.container-sprawl", problem.constData(), nullptr, "pass", "(\"many\")");
    row("6.2 containers left out",
        "daemon.container-sprawl",
        R"({"containersCollected": false})",
        nullptr,
        "skipped",
        "left the containers");
    // Section 7: a swarm manager's /info (docker 20.10 after swarm init), one setting changed per row.
    const char* const manager = R"({"info": {"Swarm": {"LocalNodeState": "active", "ControlAvailable": true,
        "Nodes": 1, "Managers": 1, "Cluster": {"Spec": {"EncryptionConfig": {"AutoLockManagers": false},
        "CAConfig": {"NodeCertExpiry": 7776000000000000}}}}},
        "networks": [{"Name": "ingress", "Driver": "overlay", "Scope": "swarm", "Options": {}},
                     {"Name": "secure", "Driver": "overlay", "Scope": "swarm", "Options": {"encrypted": ""}}]})";
    row("7.1 one manager", "daemon.swarm-managers", manager, nullptr, "pass", "1 managers among 1 nodes");
    row("7.1 four managers",
        "daemon.swarm-managers",
        R"({"info": {"Swarm": {"LocalNodeState": "active", "ControlAvailable": true, "Nodes": 6, "Managers": 4}}})",
        nullptr,
        "warn",
        "4 managers among 6 nodes");
    row("7.1 not in a swarm", "daemon.swarm-managers", "", nullptr, "skipped", "not in an active swarm");
    row("7.1 a worker",
        "daemon.swarm-managers",
        R"({"info": {"Swarm": {"LocalNodeState": "active", "ControlAvailable": false}}})",
        nullptr,
        "skipped",
        "worker");
    // 7.2: the sockets of the daemon's network namespace (DaemonListeners) on this manager's cluster port.
    const auto listening = [](const char* sockets, const char* addr) {
        return QByteArray(R"({"info": {"Swarm": {"LocalNodeState": "active", "ControlAvailable": true, "NodeID": "n1",
            "RemoteManagers": [{"NodeID": "n0", "Addr": "10.0.0.9:4000"}, {"NodeID": "n1", "Addr": ")") +
               addr + R"("}]}}, "daemonListening": {"collected": true, "sockets": [)" + sockets + "]}}";
    };
    static const QByteArray anyV4 =
        listening(R"({"address": "0.0.0.0", "port": 2377}, {"address": "127.0.0.1", "port": 22})", "10.0.0.5:2377");
    static const QByteArray anyV6 = listening(R"({"address": "::", "port": 2377})", "10.0.0.5:2377");
    static const QByteArray one =
        listening(R"({"address": "10.0.0.5", "port": 2377}, {"address": "0.0.0.0", "port": 22})", "10.0.0.5:2377");
    static const QByteArray otherPort =
        listening(R"({"address": "0.0.0.0", "port": 2377}, {"address": "10.0.0.5", "port": 4567})", "10.0.0.5:4567");
    static const QByteArray nothing = listening(R"({"address": "0.0.0.0", "port": 22})", "10.0.0.5:2377");
    row("7.2 every interface", "daemon.swarm-listen-address", anyV4.constData(), nullptr, "warn", "0.0.0.0:2377.");
    row("7.2 every interface v6", "daemon.swarm-listen-address", anyV6.constData(), nullptr, "warn", "[::]:2377");
    row("7.2 one interface", "daemon.swarm-listen-address", one.constData(), nullptr, "pass", "10.0.0.5:2377 only");
    row("7.2 own port", "daemon.swarm-listen-address", otherPort.constData(), nullptr, "pass", "10.0.0.5:4567 only");
    row("7.2 nothing on the port", "daemon.swarm-listen-address", nothing.constData(), nullptr, "skipped", "port 2377");
    row("7.2 remote endpoint",
        "daemon.swarm-listen-address",
        R"({"info": {"Swarm": {"LocalNodeState": "active", "ControlAvailable": true}},
            "daemonListening": {"collected": false, "reason": "this endpoint is remote"}})",
        nullptr,
        "skipped",
        "remote");
    row("7.2 older snapshot",
        "daemon.swarm-listen-address",
        R"({"info": {"Swarm": {"LocalNodeState": "active", "ControlAvailable": true}}})",
        nullptr,
        "skipped",
        "earlier version");
    row("7.2 not in a swarm", "daemon.swarm-listen-address", "", nullptr, "skipped", "not in an active swarm");
    row("7.3 ingress in clear", "daemon.swarm-overlay-encrypted", manager, nullptr, "fail", "ingress");
    row("7.3 all encrypted",
        "daemon.swarm-overlay-encrypted",
        R"({"info": {"Swarm": {"LocalNodeState": "active"}}, "networks": [{"Name": "secure", "Driver": "overlay", "Options": {"encrypted": ""}}, {"Name": "bridge", "Driver": "bridge", "Options": {}}]})",
        nullptr,
        "pass",
        "secure");
    row("7.5 no auto-lock", "daemon.swarm-autolock", manager, nullptr, "fail", "AutoLockManagers false");
    row("7.5 auto-lock",
        "daemon.swarm-autolock",
        R"({"info": {"Swarm": {"LocalNodeState": "active", "ControlAvailable": true, "Cluster": {"Spec": {"EncryptionConfig": {"AutoLockManagers": true}}}}}})",
        nullptr,
        "pass",
        "AutoLockManagers true");
    row("7.7 90 days", "daemon.swarm-cert-rotation", manager, nullptr, "pass", "every 90 days");
    row("7.7 a year",
        "daemon.swarm-cert-rotation",
        R"({"info": {"Swarm": {"LocalNodeState": "active", "ControlAvailable": true, "Cluster": {"Spec": {"CAConfig": {"NodeCertExpiry": 31536000000000000}}}}}})",
        nullptr,
        "warn",
        "every 365 days");
}

void TestDaemonChecks::checks()
{
    QFETCH(QString, check);
    QFETCH(QByteArray, patch);
    QFETCH(QString, daemonJson);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    const Outcome outcome = run(check, snapshotWith(patch, daemonJson));
    QVERIFY2(statusId(outcome.status) == status,
             qPrintable(QStringLiteral("got %1: %2").arg(statusId(outcome.status), outcome.evidence)));
    QVERIFY2(!outcome.evidence.isEmpty(), "every outcome says what it saw");
    QVERIFY2(outcome.evidence.contains(evidence), qPrintable(outcome.evidence));
    (outcome.status == Status::Pass ? m_passRows : m_failRows).insert(check);
}

// 7.8: the root CA certificate of docker info's Swarm.Cluster.TLSInfo.TrustRoot (swarmkit's P-256 "swarm-ca", made
// with fixed dates), judged at the snapshot's collectedAt.
void TestDaemonChecks::swarmRootCa()
{
    const auto withCa = [](const QByteArray& pem) {
        const QJsonObject swarm{{QStringLiteral("LocalNodeState"), QStringLiteral("active")},
                                {QStringLiteral("ControlAvailable"), true},
                                {QStringLiteral("Cluster"),
                                 QJsonObject{{QStringLiteral("TLSInfo"),
                                              QJsonObject{{QStringLiteral("TrustRoot"), QString::fromLatin1(pem)}}}}}};
        const QJsonObject patch{{QStringLiteral("collectedAt"), QStringLiteral("2026-12-07T12:00:00.000Z")},
                                {QStringLiteral("info"), QJsonObject{{QStringLiteral("Swarm"), swarm}}}};
        return run(QStringLiteral("daemon.swarm-ca-rotation"),
                   snapshotWith(QJsonDocument(patch).toJson(QJsonDocument::Compact)));
    };
    const Outcome recent = withCa(readData(QStringLiteral("fixtures/swarm/root-ca-2026-10-01.pem")));
    QCOMPARE(statusId(recent.status), QStringLiteral("pass"));
    QVERIFY2(recent.evidence.contains(QStringLiteral("2026-10-01, 67 days")), qPrintable(recent.evidence));
    m_passRows.insert(QStringLiteral("daemon.swarm-ca-rotation"));
    const Outcome old = withCa(readData(QStringLiteral("fixtures/swarm/root-ca-2024-03-01.pem")));
    QCOMPARE(statusId(old.status), QStringLiteral("info"));
    QVERIFY2(old.evidence.contains(QStringLiteral("2024-03-01, 1011 days")) &&
                 old.evidence.contains(QStringLiteral("docker swarm ca --rotate")),
             qPrintable(old.evidence));
    m_failRows.insert(QStringLiteral("daemon.swarm-ca-rotation"));
    const Outcome garbage = withCa("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    QCOMPARE(statusId(garbage.status), QStringLiteral("skipped"));
    QVERIFY(garbage.evidence.contains(QStringLiteral("not a PEM certificate")));
    QCOMPARE(statusId(withCa(QByteArray()).status), QStringLiteral("skipped"));
}

void TestDaemonChecks::everyDaemonCheckHasPassAndFailRows()
{
    for (const CheckDef& def : catalogue()) {
        if (def.scope != Scope::Daemon) {
            continue;
        }
        const QString id = QString::fromLatin1(def.id);
        QVERIFY2(m_passRows.contains(id), qPrintable(id + QStringLiteral(" has no passing row")));
        QVERIFY2(m_failRows.contains(id), qPrintable(id + QStringLiteral(" has no failing row")));
    }
}

void TestDaemonChecks::daemonJsonFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("commandLine");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    const QStringList bare{QStringLiteral("/usr/sbin/dockerd")};
    const QStringList systemd{QStringLiteral("/usr/sbin/dockerd"), QStringLiteral("-H"), QStringLiteral("fd://")};
    // Every key of the dockerd reference is known; the reference sets "hosts", which systemd's -H fd:// conflicts with.
    QTest::newRow("all options, bare dockerd")
        << QStringLiteral("fixtures/docker/daemon-json-dockerd-docs-all-options.json") << bare
        << QStringLiteral("daemon.config-valid") << QStringLiteral("pass") << QStringLiteral("known key");
    QTest::newRow("all options under systemd")
        << QStringLiteral("fixtures/docker/daemon-json-dockerd-docs-all-options.json") << systemd
        << QStringLiteral("daemon.config-valid") << QStringLiteral("fail") << QStringLiteral("sets hosts");
    QTest::newRow("kata docs") << QStringLiteral("fixtures/runtimes/daemon-json-kata-docs.json") << systemd
                               << QStringLiteral("daemon.config-valid") << QStringLiteral("pass")
                               << QStringLiteral("1 known key");
    QTest::newRow("runsc install") << QStringLiteral("fixtures/runtimes/daemon-json-runsc-install-generated.json")
                                   << systemd << QStringLiteral("daemon.config-valid") << QStringLiteral("pass")
                                   << QStringLiteral("1 known key");
    QTest::newRow("runsc default runtime")
        << QStringLiteral("fixtures/runtimes/daemon-json-used-for-default-runtime-runsc.json") << systemd
        << QStringLiteral("daemon.config-valid") << QStringLiteral("pass") << QStringLiteral("2 known key");
    // The reference sets "debug": true, but the running daemon reports Debug false: the observed state wins.
    QTest::newRow("all options: observed debug wins")
        << QStringLiteral("fixtures/docker/daemon-json-dockerd-docs-all-options.json") << bare
        << QStringLiteral("daemon.debug-off") << QStringLiteral("pass") << QStringLiteral("docker info: Debug false");
    QTest::newRow("all options: default ulimits")
        << QStringLiteral("fixtures/docker/daemon-json-dockerd-docs-all-options.json") << bare
        << QStringLiteral("daemon.default-ulimits") << QStringLiteral("pass") << QStringLiteral("nofile");
}

void TestDaemonChecks::daemonJsonFixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, commandLine);
    QFETCH(QString, check);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    const QString text = QString::fromUtf8(readData(file));
    QVERIFY(!text.isEmpty());
    Snapshot snapshot = snapshotWith({}, text);
    snapshot.daemonCommandLine = commandLine;
    const Outcome outcome = run(check, snapshot);
    QVERIFY2(statusId(outcome.status) == status,
             qPrintable(QStringLiteral("got %1: %2").arg(statusId(outcome.status), outcome.evidence)));
    QVERIFY2(outcome.evidence.contains(evidence), qPrintable(outcome.evidence));
}

void TestDaemonChecks::outcomesArePure()
{
    // The same snapshot gives the same findings, also after a JSON round trip (the --snapshot contract).
    const Snapshot snapshot = snapshotWith({});
    const auto reloaded = Snapshot::fromJson(snapshot.toJson());
    QVERIFY(reloaded);
    const QList<Finding> a = evaluate(snapshot);
    const QList<Finding> b = evaluate(reloaded.value());
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(QLatin1String(a.at(i).check->id), QLatin1String(b.at(i).check->id));
        QCOMPARE(a.at(i).status, b.at(i).status);
        QCOMPARE(a.at(i).evidence, b.at(i).evidence);
    }
}

void TestDaemonChecks::catalogueIsConsistent()
{
    // DESIGN.md's daemon ids and the container ids of the checks brief; ids are stable API.
    const QStringList required{
        QStringLiteral("daemon.config-valid"),
        QStringLiteral("daemon.debug-off"),
        QStringLiteral("daemon.icc-off"),
        QStringLiteral("daemon.default-ulimits"),
        QStringLiteral("daemon.userns-remap"),
        QStringLiteral("daemon.live-restore"),
        QStringLiteral("daemon.no-new-privileges"),
        QStringLiteral("daemon.userland-proxy-off"),
        QStringLiteral("daemon.log-level"),
        QStringLiteral("daemon.tls"),
        QStringLiteral("daemon.insecure-registries"),
        QStringLiteral("daemon.socket-perms"),
        QStringLiteral("daemon.config-perms"),
        QStringLiteral("daemon.key-perms"),
        QStringLiteral("daemon.version"),
        QStringLiteral("daemon.isolated-runtime"),
        QStringLiteral("container.user-nonroot"),
        QStringLiteral("container.privileged"),
        QStringLiteral("container.capabilities"),
        QStringLiteral("container.no-new-privileges"),
        QStringLiteral("container.docker-socket"),
        QStringLiteral("container.sensitive-mounts"),
        QStringLiteral("container.read-only"),
        QStringLiteral("container.memory"),
        QStringLiteral("container.cpus"),
        QStringLiteral("container.pids"),
        QStringLiteral("container.ulimits"),
        QStringLiteral("container.restart-policy"),
        QStringLiteral("container.ports-bind"),
        QStringLiteral("container.health"),
        QStringLiteral("container.isolated-runtime"),
        QStringLiteral("container.seccomp"),
        QStringLiteral("container.apparmor"),
        QStringLiteral("container.namespaces"),
    };
    const QRegularExpression cisPattern(QStringLiteral("^[1-7](\\.[0-9]{1,2}){1,2}$"));
    const QRegularExpression idPattern(QStringLiteral("^[a-z]+\\.[a-z0-9-]+$"));
    QSet<QString> ids;
    for (const CheckDef& def : catalogue()) {
        const QString id = QString::fromLatin1(def.id);
        QVERIFY2(!ids.contains(id), qPrintable(id + QStringLiteral(" is duplicated")));
        ids.insert(id);
        if (!id.startsWith(QLatin1String("daemon.")) && !id.startsWith(QLatin1String("container."))) {
            continue;
        }
        QVERIFY2(idPattern.match(id).hasMatch(), def.id);
        QVERIFY2(def.evaluate, def.id);
        for (const QString& cis : def.cis()) {
            QVERIFY2(cisPattern.match(cis).hasMatch(), def.id);
        }
        QVERIFY2(qstrlen(def.cisIds) > 0 || qstrlen(def.source) > 0, def.id);              // where it comes from
        QVERIFY2(!QString::fromLatin1(def.source).contains(QLatin1String("CIS")), def.id); // CIS ids go in cisIds
        const QString title = QString::fromUtf8(def.title);
        QVERIFY2(!title.isEmpty() && title.size() <= 80 && !title.endsWith(QLatin1Char('.')), def.id);
        QVERIFY2(qstrlen(def.rationale) > 40 && qstrlen(def.rationale) < 600, def.id);
        QVERIFY2(qstrlen(def.remediation) > 20, def.id);
        for (const char* text : {def.title, def.rationale, def.remediation}) {
            QVERIFY2(!QString::fromUtf8(text).contains(QLatin1String("TODO")), def.id);
        }
        // Translations are looked up by the catalogue text: the accessors give it back untranslated in C.
        QCOMPARE(def.trTitle(), title);
        const bool daemon = id.startsWith(QLatin1String("daemon."));
        QCOMPARE(def.scope, daemon ? Scope::Daemon : Scope::Container);
        // DESIGN.md puts container.secrets and container.token-gate in the secrets layer and
        // container.encrypted-volumes in the encryption layer (test_hostchecks.cpp covers that one).
        QVERIFY2(def.layer == (daemon ? Layer::Daemon : Layer::Container) || def.layer == Layer::Runtime ||
                     (!daemon && (def.layer == Layer::Secrets || def.layer == Layer::Encryption)),
                 def.id);
    }
    for (const QString& id : required) {
        QVERIFY2(ids.contains(id), qPrintable(id + QStringLiteral(" is missing")));
        QVERIFY(findCheck(id));
    }
    QCOMPARE(findCheck(QStringLiteral("container.docker-socket"))->severity, Severity::Critical);
    QCOMPARE(findCheck(QStringLiteral("container.privileged"))->severity, Severity::Critical);
    // CIS Docker Benchmark v1.6.0 numbering (5.1 is swarm mode, so the container items moved by one since v1.2)
    QCOMPARE(findCheck(QStringLiteral("daemon.icc-off"))->cis(), QStringList{QStringLiteral("2.2")});
    QCOMPARE(findCheck(QStringLiteral("container.privileged"))->cis(), QStringList{QStringLiteral("5.5")});
    QCOMPARE(findCheck(QStringLiteral("container.namespaces"))->cis(),
             (QStringList{QStringLiteral("5.10"),
                          QStringLiteral("5.16"),
                          QStringLiteral("5.17"),
                          QStringLiteral("5.21"),
                          QStringLiteral("5.31")}));
    for (const char* runtime : {"daemon.isolated-runtime",
                                "container.isolated-runtime",
                                "container.seccomp",
                                "container.apparmor",
                                "container.namespaces"}) {
        QCOMPARE(findCheck(QString::fromLatin1(runtime))->layer, Layer::Runtime);
    }
}

void TestDaemonChecks::sprawlLimitsFromSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("escut.conf"));
    const auto write = [&path](const QByteArray& text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    };
    QCOMPARE(SprawlLimits::read(dir.filePath(QStringLiteral("absent.conf"))), SprawlLimits());
    write("trustedSources=docker.io/library\n[sprawl]\nmaxUnusedImages=3\nmaxStoppedContainers=0\n");
    SprawlLimits limits = SprawlLimits::read(path);
    QCOMPARE(limits.maxUnusedImages, 3);
    QCOMPARE(limits.maxStoppedContainers, 0);
    QCOMPARE(limits.origin, path);
    QVERIFY(limits.problem.isEmpty());
    QCOMPARE(SprawlLimits::fromJson(limits.toJson()), limits);
    // Values that are not whole numbers from 0 to MaxLimit keep the default and are named.
    write("[sprawl]\nmaxUnusedImages=-1\nmaxStoppedContainers=lots\n");
    limits = SprawlLimits::read(path);
    QCOMPARE(limits.maxUnusedImages, SprawlLimits::DefaultMaxUnusedImages);
    QCOMPARE(limits.maxStoppedContainers, SprawlLimits::DefaultMaxStoppedContainers);
    QCOMPARE(limits.origin, QStringLiteral("default"));
    QVERIFY2(limits.problem.contains(QStringLiteral("maxUnusedImages")) &&
                 limits.problem.contains(QStringLiteral("\"lots\"")),
             qPrintable(limits.problem));
    write("[sprawl]\nmaxUnusedImages=99999999999\n");
    QCOMPARE(SprawlLimits::read(path).maxUnusedImages, SprawlLimits::DefaultMaxUnusedImages);
    // A directory where the file should be: the defaults.
    QCOMPARE(SprawlLimits::read(dir.path()), SprawlLimits());
}

QTEST_GUILESS_MAIN(TestDaemonChecks)
#include "test_daemonchecks.moc"
