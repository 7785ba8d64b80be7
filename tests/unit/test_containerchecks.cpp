// SPDX-License-Identifier: GPL-3.0-or-later
// container.* checks: the hardened and weak containers of the integration test
// (tests/data/snapshots/integration-hardened-weak.json), one fact of the hardened one changed per row, and the real
// inspect output of runc, gVisor (runsc) and Kata containers from tests/data/fixtures/runtimes.
#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/facts/Snapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace escut;

class TestContainerChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void integration_data();
    void integration();
    void checks_data();
    void checks();
    void everyContainerCheckHasPassAndFailRows();
    void runtimeFixtures_data();
    void runtimeFixtures();
    void everyContainerIsASubject();

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

QJsonDocument readJson(const QString& relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test data %s", qPrintable(relative));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad JSON in %s: %s", qPrintable(relative), qPrintable(error.errorString()));
    }
    return doc;
}

// docker inspect prints an array of one object.
QJsonObject readInspect(const QString& relative)
{
    const QJsonDocument doc = readJson(relative);
    return doc.isArray() ? doc.array().first().toObject() : doc.object();
}

QJsonObject parsePatch(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonObject patch = QJsonDocument::fromJson(json.isEmpty() ? QByteArray("{}") : json, &error).object();
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad patch %s: %s", json.constData(), qPrintable(error.errorString()));
    }
    return patch;
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

Snapshot loadSnapshot(const QJsonObject& json)
{
    auto result = Snapshot::fromJson(json);
    if (!result) {
        qFatal("snapshot does not load");
    }
    return result.value();
}

QJsonObject integrationJson()
{
    return readJson(QStringLiteral("snapshots/integration-hardened-weak.json")).object();
}

Outcome run(const QString& id, const Snapshot& snapshot, const QString& containerName)
{
    const CheckDef* def = findCheck(id);
    if (!def) {
        qFatal("no check %s", qPrintable(id));
    }
    for (const Subject& subject : subjectsFor(snapshot, def->scope)) {
        if (subject.name == containerName) {
            return def->evaluate(snapshot, subject);
        }
    }
    qFatal("no container %s", qPrintable(containerName));
}

} // namespace

void TestContainerChecks::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(QFile::exists(dataPath(QStringLiteral("snapshots/integration-hardened-weak.json"))));
}

void TestContainerChecks::integration_data()
{
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("status");
    // The statuses tests/integration asserts against a real dockerd, here on recorded inspect data.
    // docker run -u 1000 --cap-drop ALL --read-only --security-opt no-new-privileges --memory 64m --cpus 0.5
    //            --pids-limit 64 --restart on-failure:3 --ulimit nofile=512:512
    for (const char* check : {"user-nonroot",
                              "capabilities",
                              "docker-socket",
                              "namespaces",
                              "read-only",
                              "memory",
                              "cpus",
                              "pids",
                              "no-new-privileges",
                              "restart-policy",
                              "ulimits"}) {
        QTest::addRow("hardened %s", check)
            << QStringLiteral("escut-hardened") << QStringLiteral("container.") + QLatin1String(check)
            << QStringLiteral("pass");
    }
    // docker run -u 0 --cap-add SYS_ADMIN -v /var/run/docker.sock:/var/run/docker.sock --network host
    // on a daemon without daemon.json
    for (const char* check : {"user-nonroot",
                              "capabilities",
                              "docker-socket",
                              "namespaces",
                              "read-only",
                              "memory",
                              "cpus",
                              "pids",
                              "no-new-privileges",
                              "ulimits"}) {
        QTest::addRow("weak %s", check) << QStringLiteral("escut-weak")
                                        << QStringLiteral("container.") + QLatin1String(check)
                                        << QStringLiteral("fail");
    }
    QTest::newRow("weak restart-policy") << QStringLiteral("escut-weak") << QStringLiteral("container.restart-policy")
                                         << QStringLiteral("warn");
    QTest::newRow("weak ports-bind") << QStringLiteral("escut-weak") << QStringLiteral("container.ports-bind")
                                     << QStringLiteral("info");
    QTest::newRow("weak privileged") << QStringLiteral("escut-weak") << QStringLiteral("container.privileged")
                                     << QStringLiteral("pass");
}

void TestContainerChecks::integration()
{
    QFETCH(QString, container);
    QFETCH(QString, check);
    QFETCH(QString, status);
    const Outcome outcome = run(check, loadSnapshot(integrationJson()), container);
    QVERIFY2(statusId(outcome.status) == status,
             qPrintable(QStringLiteral("got %1: %2").arg(statusId(outcome.status), outcome.evidence)));
    QVERIFY(!outcome.evidence.isEmpty());
}

void TestContainerChecks::checks_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QByteArray>("container");
    QTest::addColumn<QByteArray>("snapshot");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    // row(name, check, patch of the hardened container, patch of the snapshot, status, evidence substring)
    const auto row = [](const char* name,
                        const char* check,
                        const char* container,
                        const char* snapshot,
                        const char* status,
                        const char* evidence) {
        QTest::newRow(name) << QString::fromLatin1(check) << QByteArray(container) << QByteArray(snapshot)
                            << QString::fromLatin1(status) << QString::fromUtf8(evidence);
    };
    const char* const noUserns = R"({"info": {"SecurityOptions": ["name=apparmor", "name=seccomp,profile=builtin"]}})";
    const char* const userns =
        R"({"info": {"SecurityOptions": ["name=apparmor", "name=seccomp,profile=builtin", "name=userns"]}})";
    const char* const rootless =
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=builtin", "name=rootless", "name=cgroupns"]}})";
    const char* const daemonNnp = R"({"daemonConfig": {"exists": true, "readable": true,
                                       "text": "{\"no-new-privileges\": true}"}})";
    const char* const daemonUlimits = R"({"daemonConfig": {"exists": true, "readable": true,
        "text": "{\"default-ulimits\": {\"nofile\": {\"Name\": \"nofile\", \"Soft\": 1024, \"Hard\": 2048}}}"}})";

    // container.user-nonroot
    row("user 1000", "container.user-nonroot", "", noUserns, "pass", "1000");
    row("user name", "container.user-nonroot", R"({"Config": {"User": "www-data"}})", noUserns, "pass", "www-data");
    row("user nobody uid:gid",
        "container.user-nonroot",
        R"({"Config": {"User": "65534:65534"}})",
        "",
        "pass",
        "65534:65534");
    row("user unset", "container.user-nonroot", R"({"Config": {"User": ""}})", noUserns, "fail", "root");
    row("user 0", "container.user-nonroot", R"({"Config": {"User": "0"}})", noUserns, "fail", "Config.User: 0");
    row("user 0:0", "container.user-nonroot", R"({"Config": {"User": "0:0"}})", noUserns, "fail", "0:0");
    row("user root:wheel",
        "container.user-nonroot",
        R"({"Config": {"User": "root:wheel"}})",
        noUserns,
        "fail",
        "root:wheel");
    row("root under userns-remap",
        "container.user-nonroot",
        R"({"Config": {"User": ""}})",
        userns,
        "warn",
        "user namespace");
    row("root under rootless",
        "container.user-nonroot",
        R"({"Config": {"User": "root"}})",
        rootless,
        "warn",
        "remapped");

    // container.privileged
    row("not privileged", "container.privileged", "", "", "pass", "Privileged is false");
    row("privileged",
        "container.privileged",
        R"({"HostConfig": {"Privileged": true}})",
        "",
        "fail",
        "Privileged is true");

    // container.capabilities
    row("cap drop all", "container.capabilities", "", "", "pass", "All capabilities dropped");
    row("cap drop all add bind",
        "container.capabilities",
        R"({"HostConfig": {"CapDrop": ["ALL"], "CapAdd": ["NET_BIND_SERVICE"]}})",
        "",
        "pass",
        "NET_BIND_SERVICE");
    row("cap podman explicit drops",
        "container.capabilities",
        R"({"HostConfig": {"CapDrop": ["CAP_AUDIT_WRITE", "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FOWNER", "CAP_FSETID",
            "CAP_KILL", "CAP_MKNOD", "CAP_NET_BIND_SERVICE", "CAP_NET_RAW", "CAP_SETFCAP", "CAP_SETGID", "CAP_SETPCAP",
            "CAP_SETUID", "CAP_SYS_CHROOT"], "CapAdd": []}})",
        "",
        "pass",
        "All capabilities dropped");
    row("cap defaults kept",
        "container.capabilities",
        R"({"HostConfig": {"CapDrop": null, "CapAdd": null}})",
        "",
        "warn",
        "NET_RAW");
    row("cap SYS_ADMIN added",
        "container.capabilities",
        R"({"HostConfig": {"CapDrop": null, "CapAdd": ["SYS_ADMIN"]}})",
        "",
        "fail",
        "SYS_ADMIN");
    row("cap drop all add NET_ADMIN",
        "container.capabilities",
        R"({"HostConfig": {"CapDrop": ["ALL"], "CapAdd": ["CAP_NET_ADMIN"]}})",
        "",
        "fail",
        "NET_ADMIN");
    row("cap add ALL",
        "container.capabilities",
        R"({"HostConfig": {"CapDrop": null, "CapAdd": ["ALL"]}})",
        "",
        "fail",
        "SYS_MODULE");
    row("cap privileged", "container.capabilities", R"({"HostConfig": {"Privileged": true}})", "", "fail", "SYS_ADMIN");

    // container.no-new-privileges
    row("nnp bare", "container.no-new-privileges", "", "", "pass", "no-new-privileges");
    row("nnp colon",
        "container.no-new-privileges",
        R"({"HostConfig": {"SecurityOpt": ["no-new-privileges:true"]}})",
        "",
        "pass",
        "no-new-privileges");
    row("nnp equals",
        "container.no-new-privileges",
        R"({"HostConfig": {"SecurityOpt": ["no-new-privileges=true"]}})",
        "",
        "pass",
        "no-new-privileges");
    row("nnp missing", "container.no-new-privileges", R"({"HostConfig": {"SecurityOpt": null}})", "", "fail", "setuid");
    row("nnp false",
        "container.no-new-privileges",
        R"({"HostConfig": {"SecurityOpt": ["no-new-privileges:false"]}})",
        "",
        "fail",
        "setuid");
    row("nnp daemon-wide",
        "container.no-new-privileges",
        R"({"HostConfig": {"SecurityOpt": null}})",
        daemonNnp,
        "pass",
        "daemon");

    // container.docker-socket
    row("no socket", "container.docker-socket", "", "", "pass", "No container runtime socket");
    row("docker socket",
        "container.docker-socket",
        R"({"Mounts": [{"Type": "bind", "Source": "/var/run/docker.sock", "Destination": "/var/run/docker.sock", "RW": true}]})",
        "",
        "fail",
        "/var/run/docker.sock");
    row("docker socket read-only still fails",
        "container.docker-socket",
        R"({"Mounts": [{"Type": "bind", "Source": "/run/docker.sock", "Destination": "/tmp/d.sock", "RW": false}]})",
        "",
        "fail",
        "/run/docker.sock");
    row("containerd socket",
        "container.docker-socket",
        R"({"Mounts": [{"Type": "bind", "Source": "/run/containerd/containerd.sock", "Destination": "/run/containerd/containerd.sock", "RW": true}]})",
        "",
        "fail",
        "containerd.sock");
    row("podman socket",
        "container.docker-socket",
        R"({"Mounts": [{"Type": "bind", "Source": "/run/user/1000/podman/podman.sock", "Destination": "/var/run/docker.sock", "RW": true}]})",
        "",
        "fail",
        "podman.sock");

    // container.sensitive-mounts
    row("data bind",
        "container.sensitive-mounts",
        R"({"Mounts": [{"Type": "bind", "Source": "/srv/app/data", "Destination": "/data", "RW": true}]})",
        "",
        "pass",
        "No sensitive");
    row("named volume",
        "container.sensitive-mounts",
        R"({"Mounts": [{"Type": "volume", "Name": "db", "Source": "/var/lib/docker/volumes/db/_data", "Destination": "/var/lib/mysql", "RW": true}]})",
        "",
        "pass",
        "No sensitive");
    row("etc read-only",
        "container.sensitive-mounts",
        R"({"Mounts": [{"Type": "bind", "Source": "/etc", "Destination": "/host/etc", "RW": false}]})",
        "",
        "fail",
        "/etc read-only at /host/etc");
    row("root read-write",
        "container.sensitive-mounts",
        R"({"Mounts": [{"Type": "bind", "Source": "/", "Destination": "/host", "RW": true}]})",
        "",
        "fail",
        "/ read-write at /host");
    row("proc trailing slash",
        "container.sensitive-mounts",
        R"({"Mounts": [{"Type": "bind", "Source": "/proc/", "Destination": "/host/proc", "RW": false}]})",
        "",
        "fail",
        "/proc read-only");
    row("docker data",
        "container.sensitive-mounts",
        R"({"Mounts": [{"Type": "bind", "Source": "/var/lib/docker", "Destination": "/docker", "RW": true}]})",
        "",
        "fail",
        "/var/lib/docker read-write");

    // container.read-only
    row("read-only rootfs", "container.read-only", "", "", "pass", "read-only");
    row("writable rootfs",
        "container.read-only",
        R"({"HostConfig": {"ReadonlyRootfs": false}})",
        "",
        "fail",
        "ReadonlyRootfs false");

    // container.memory
    row("memory 64m", "container.memory", "", "", "pass", "64 MiB");
    row("no memory limit", "container.memory", R"({"HostConfig": {"Memory": 0}})", "", "fail", "Memory 0");

    // container.cpus
    row("cpus 0.5", "container.cpus", "", "", "pass", "0.5 CPUs");
    row("cpu quota",
        "container.cpus",
        R"({"HostConfig": {"NanoCpus": 0, "CpuQuota": 50000, "CpuPeriod": 100000}})",
        "",
        "pass",
        "50000");
    row("cpu shares only",
        "container.cpus",
        R"({"HostConfig": {"NanoCpus": 0, "CpuShares": 512}})",
        "",
        "warn",
        "CpuShares 512");
    row("no cpu limit", "container.cpus", R"({"HostConfig": {"NanoCpus": 0}})", "", "fail", "No CPU limit");

    // container.pids
    row("pids 64", "container.pids", "", "", "pass", "64");
    row("pids null", "container.pids", R"({"HostConfig": {"PidsLimit": null}})", "", "fail", "fork bomb");
    row("pids unlimited", "container.pids", R"({"HostConfig": {"PidsLimit": -1}})", "", "fail", "fork bomb");

    // container.ulimits
    row("ulimit nofile", "container.ulimits", "", "", "pass", "nofile=512:512");
    row("no ulimits, no daemon.json",
        "container.ulimits",
        R"({"HostConfig": {"Ulimits": []}})",
        "",
        "fail",
        "no default ulimits");
    row("daemon default ulimits",
        "container.ulimits",
        R"({"HostConfig": {"Ulimits": null}})",
        daemonUlimits,
        "pass",
        "daemon's default ulimits");
    row("daemon default ulimit flag",
        "container.ulimits",
        R"({"HostConfig": {"Ulimits": null}})",
        R"({"daemonCommandLine": ["/usr/bin/dockerd", "--default-ulimit", "nofile=1024:2048"]})",
        "pass",
        "daemon's default ulimits");

    // container.restart-policy (CIS 5.14: on-failure, at most 5 retries; seed 002: --restart=on-failure)
    row("on-failure:3", "container.restart-policy", "", "", "pass", "on-failure:3");
    row("on-failure:5",
        "container.restart-policy",
        R"({"HostConfig": {"RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 5}}})",
        "",
        "pass",
        "on-failure:5");
    row("on-failure unlimited",
        "container.restart-policy",
        R"({"HostConfig": {"RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 0}}})",
        "",
        "warn",
        "no retry limit");
    row("on-failure:10",
        "container.restart-policy",
        R"({"HostConfig": {"RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 10}}})",
        "",
        "warn",
        "more than 5");
    row("always",
        "container.restart-policy",
        R"({"HostConfig": {"RestartPolicy": {"Name": "always", "MaximumRetryCount": 0}}})",
        "",
        "fail",
        "always");
    row("unless-stopped",
        "container.restart-policy",
        R"({"HostConfig": {"RestartPolicy": {"Name": "unless-stopped", "MaximumRetryCount": 0}}})",
        "",
        "fail",
        "unless-stopped");
    row("no policy",
        "container.restart-policy",
        R"({"HostConfig": {"RestartPolicy": {"Name": "no", "MaximumRetryCount": 0}}})",
        "",
        "warn",
        "--restart=on-failure");
    row("empty policy (podman)",
        "container.restart-policy",
        R"({"HostConfig": {"RestartPolicy": {"Name": "", "MaximumRetryCount": 0}}})",
        "",
        "warn",
        "--restart=on-failure");

    // container.ports-bind
    row("no ports", "container.ports-bind", "", "", "pass", "No published ports");
    row("loopback port",
        "container.ports-bind",
        R"({"HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]}}})",
        "",
        "pass",
        "127.0.0.1:8080->80/tcp");
    row("all interfaces, empty HostIp",
        "container.ports-bind",
        R"({"HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}}})",
        "",
        "warn",
        "0.0.0.0:8080->80/tcp");
    row("all interfaces, IPv6",
        "container.ports-bind",
        R"({"HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "::", "HostPort": "8080"}]}}})",
        "",
        "warn",
        ":::8080->80/tcp");
    // A privileged port on loopback is bound to one interface: container.privileged-ports (CIS 5.8) judges the port.
    row("privileged host port on loopback",
        "container.ports-bind",
        R"({"HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "80"}]}}})",
        "",
        "pass",
        "127.0.0.1:80->80/tcp");
    row("host network",
        "container.ports-bind",
        R"({"HostConfig": {"NetworkMode": "host"}})",
        "",
        "info",
        "host network");

    // container.health
    row("healthcheck",
        "container.health",
        R"({"Config": {"Healthcheck": {"Test": ["CMD-SHELL", "wget -q -O- http://localhost/ || exit 1"]}}, "State": {"Health": {"Status": "healthy"}}})",
        "",
        "pass",
        "healthy");
    row("healthcheck disabled",
        "container.health",
        R"({"Config": {"Healthcheck": {"Test": ["NONE"]}}})",
        "",
        "fail",
        "HEALTHCHECK NONE");
    row("no healthcheck", "container.health", R"({"Config": {"Healthcheck": null}})", "", "warn", "No health check");

    // container.isolated-runtime
    row("runc", "container.isolated-runtime", "", "", "warn", "runc");
    row("runsc", "container.isolated-runtime", R"({"HostConfig": {"Runtime": "runsc"}})", "", "pass", "runsc");
    row("kata",
        "container.isolated-runtime",
        R"({"HostConfig": {"Runtime": "kata-runtime"}})",
        "",
        "pass",
        "kata-runtime");
    row("containerd runsc shim",
        "container.isolated-runtime",
        R"({"HostConfig": {"Runtime": "io.containerd.runsc.v1"}})",
        "",
        "pass",
        "io.containerd.runsc.v1");
    row("custom name pointing at runsc",
        "container.isolated-runtime",
        R"({"HostConfig": {"Runtime": "sandboxed"}})",
        R"({"info": {"Runtimes": {"sandboxed": {"path": "/usr/local/bin/runsc", "runtimeArgs": ["--platform=kvm"]}}}})",
        "pass",
        "sandboxed");

    // container.seccomp
    row("default seccomp", "container.seccomp", "", "", "pass", "default seccomp profile");
    row("seccomp unconfined",
        "container.seccomp",
        R"({"HostConfig": {"SecurityOpt": ["seccomp=unconfined"]}})",
        "",
        "fail",
        "seccomp=unconfined");
    row("seccomp colon unconfined",
        "container.seccomp",
        R"({"HostConfig": {"SecurityOpt": ["seccomp:unconfined"]}})",
        "",
        "fail",
        "seccomp:unconfined");
    row("daemon without seccomp",
        "container.seccomp",
        "",
        R"({"info": {"SecurityOptions": ["name=apparmor"]}})",
        "fail",
        "no seccomp support");

    // container.apparmor
    row("docker-default", "container.apparmor", "", "", "pass", "docker-default");
    row("apparmor unconfined profile",
        "container.apparmor",
        R"({"AppArmorProfile": "unconfined"})",
        "",
        "fail",
        "unconfined");
    row("apparmor unconfined option",
        "container.apparmor",
        R"({"HostConfig": {"SecurityOpt": ["apparmor=unconfined"]}})",
        "",
        "fail",
        "apparmor=unconfined");
    row("no MAC on the host",
        "container.apparmor",
        R"({"AppArmorProfile": ""})",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=default"]}})",
        "warn",
        "neither AppArmor nor SELinux");
    row("SELinux label",
        "container.apparmor",
        R"({"AppArmorProfile": "", "ProcessLabel": "system_u:system_r:container_t:s0:c153,c845"})",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=default", "name=selinux"]}})",
        "pass",
        "container_t");
    row("SELinux without label",
        "container.apparmor",
        R"({"AppArmorProfile": "", "ProcessLabel": ""})",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=default", "name=selinux"]}})",
        "warn",
        "mandatory access control");

    // container.namespaces
    row("own namespaces", "container.namespaces", "", "", "pass", "own network");
    row("host network", "container.namespaces", R"({"HostConfig": {"NetworkMode": "host"}})", "", "fail", "network");
    row("host pid and ipc",
        "container.namespaces",
        R"({"HostConfig": {"PidMode": "host", "IpcMode": "host"}})",
        "",
        "fail",
        "pid, ipc");
    row("host uts", "container.namespaces", R"({"HostConfig": {"UTSMode": "host"}})", "", "fail", "uts");
    // --userns host opts out of remapping: a no-op on a daemon that does not remap (issue 24).
    row("host userns without remap",
        "container.namespaces",
        R"({"HostConfig": {"UsernsMode": "host"}})",
        noUserns,
        "pass",
        "own network");
    row("host userns", "container.namespaces", R"({"HostConfig": {"UsernsMode": "host"}})", userns, "fail", "userns");
    row("host cgroupns on cgroup v2",
        "container.namespaces",
        R"({"HostConfig": {"CgroupnsMode": "host"}})",
        "",
        "fail",
        "cgroup");
    row("host cgroupns is the cgroup v1 default",
        "container.namespaces",
        R"({"HostConfig": {"CgroupnsMode": "host"}})",
        R"({"info": {"CgroupVersion": "1"}})",
        "pass",
        "own network");

    // CIS Docker Benchmark v1.6.0 container items added in issue 20 (CisContainerChecks.cpp).
    // 5.7: the programs of the running container (ContainerProcesses), as /proc or the daemon's /top gave them.
    const char* const running = R"({"State": {"Running": true, "Pid": 4242}})";
    const auto processes = [](const char* containerFact) {
        return QByteArray(R"({"processes": {"collected": true, "containers": [)") + containerFact + "]}}";
    };
    static const QByteArray plain =
        processes(R"({"id": "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
        "source": "proc", "programs": ["nginx"], "processes": 3})");
    static const QByteArray sshd =
        processes(R"({"id": "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
        "source": "top", "programs": ["busybox", "sshd"], "processes": 2})");
    static const QByteArray dropbear =
        processes(R"({"id": "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
        "source": "proc", "programs": ["dropbear", "sh"], "processes": 2})");
    static const QByteArray unreadable =
        processes(R"({"id": "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
        "source": "top", "programs": [], "processes": 0, "error": "the daemon did not list its processes: HTTP 500"})");
    row("5.7 nginx", "container.sshd", running, plain.constData(), "pass", "runs: nginx (read from /proc)");
    row("5.7 sshd", "container.sshd", running, sshd.constData(), "fail", "sshd (listed by the daemon)");
    row("5.7 dropbear", "container.sshd", running, dropbear.constData(), "fail", "dropbear");
    row("5.7 unreadable", "container.sshd", running, unreadable.constData(), "skipped", "HTTP 500");
    row("5.7 stopped", "container.sshd", "", sshd.constData(), "skipped", "Not running");
    row("5.7 older snapshot", "container.sshd", running, "", "skipped", "earlier version");
    row("5.7 started later", "container.sshd", running, processes("").constData(), "skipped", "started after");
    row("5.8 no ports", "container.privileged-ports", "", "", "pass", "No host port below 1024");
    row("5.8 port 8080",
        "container.privileged-ports",
        R"({"HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]}}})",
        "",
        "pass",
        "No host port below 1024");
    row("5.8 port 80 on loopback",
        "container.privileged-ports",
        R"({"HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "80"}]}}})",
        "",
        "warn",
        "127.0.0.1:80->80/tcp");
    row("5.8 host network",
        "container.privileged-ports",
        R"({"HostConfig": {"NetworkMode": "host"}})",
        "",
        "info",
        "host network");
    row("5.9 no ports", "container.published-ports", "", "", "pass", "No published ports");
    row("5.9 two ports",
        "container.published-ports",
        R"({"HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}], "443/tcp": [{"HostIp": "::", "HostPort": ""}]}}})",
        "",
        "info",
        "0.0.0.0:8080->80/tcp");
    row("5.9 -P",
        "container.published-ports",
        R"({"HostConfig": {"PublishAllPorts": true}})",
        "",
        "warn",
        "-P publishes every port");
    row("5.18 no devices", "container.devices", "", "", "pass", "No host device");
    row("5.18 --device",
        "container.devices",
        R"({"HostConfig": {"Devices": [{"PathOnHost": "/dev/sda", "PathInContainer": "/dev/xvda", "CgroupPermissions": "rwm"}]}})",
        "",
        "warn",
        "/dev/sda:/dev/xvda:rwm");
    row("5.18 --device-cgroup-rule",
        "container.devices",
        R"({"HostConfig": {"DeviceCgroupRules": ["c 1:3 mr"]}})",
        "",
        "warn",
        "c 1:3 mr");
    row("5.18 --privileged",
        "container.devices",
        R"({"HostConfig": {"Privileged": true}})",
        "",
        "fail",
        "every host device");
    row("5.20 no mounts", "container.mount-propagation", "", "", "pass", "No mount has shared propagation");
    row("5.20 rprivate bind",
        "container.mount-propagation",
        R"({"Mounts": [{"Type": "bind", "Source": "/srv", "Destination": "/srv", "Propagation": "rprivate"}]})",
        "",
        "pass",
        "No mount has shared propagation");
    row("5.20 shared bind",
        "container.mount-propagation",
        R"({"Mounts": [{"Type": "bind", "Source": "/mnt", "Destination": "/mnt", "Propagation": "shared"}]})",
        "",
        "fail",
        "/mnt:/mnt (shared)");
    row("5.20 rshared bind",
        "container.mount-propagation",
        R"({"Mounts": [{"Type": "bind", "Source": "/srv", "Destination": "/data", "Propagation": "rshared"}]})",
        "",
        "fail",
        "rshared");
    row("5.25 default parent", "container.cgroup-parent", "", "", "pass", "daemon's cgroup parent");
    row("5.25 own parent",
        "container.cgroup-parent",
        R"({"HostConfig": {"CgroupParent": "/unlimited"}})",
        "",
        "warn",
        "/unlimited");
    row("5.30 default network", "container.default-bridge", "", "", "warn", "default bridge");
    row("5.30 user-defined network",
        "container.default-bridge",
        R"({"HostConfig": {"NetworkMode": "app"}, "NetworkSettings": {"Networks": {"app": {}, "bridge": null}}})",
        "",
        "pass",
        "network mode app");
    row("5.30 user-defined and bridge",
        "container.default-bridge",
        R"({"HostConfig": {"NetworkMode": "app"}, "NetworkSettings": {"Networks": {"app": {}, "bridge": {}}}})",
        "",
        "warn",
        "default bridge");
    row("5.30 no network",
        "container.default-bridge",
        R"({"HostConfig": {"NetworkMode": "none"}, "NetworkSettings": {"Networks": {"none": {}}}})",
        "",
        "pass",
        "network mode none");
}

void TestContainerChecks::checks()
{
    QFETCH(QString, check);
    QFETCH(QByteArray, container);
    QFETCH(QByteArray, snapshot);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    QJsonObject json = merge(integrationJson(), parsePatch(snapshot));
    QJsonArray containers = json.value(QStringLiteral("containers")).toArray();
    containers[0] = merge(containers.at(0).toObject(), parsePatch(container));
    json.insert(QStringLiteral("containers"), containers);
    const Outcome outcome = run(check, loadSnapshot(json), QStringLiteral("escut-hardened"));
    QVERIFY2(statusId(outcome.status) == status,
             qPrintable(QStringLiteral("got %1: %2").arg(statusId(outcome.status), outcome.evidence)));
    QVERIFY2(!outcome.evidence.isEmpty(), "every outcome says what it saw");
    QVERIFY2(outcome.evidence.contains(evidence), qPrintable(outcome.evidence));
    (outcome.status == Status::Pass ? m_passRows : m_failRows).insert(check);
}

void TestContainerChecks::everyContainerCheckHasPassAndFailRows()
{
    for (const CheckDef& def : catalogue()) {
        if (def.scope != Scope::Container) {
            continue;
        }
        const QString id = QString::fromLatin1(def.id);
        if (id == QLatin1String("container.exec-shell") || id == QLatin1String("container.token-gate") ||
            id == QLatin1String("container.secrets") || id == QLatin1String("container.encrypted-volumes") ||
            id == QLatin1String("container.exec-privileged") || id == QLatin1String("container.exec-root")) {
            continue; // other catalogue files, tested with them; the exec history's in test_exechistory
        }
        QVERIFY2(m_passRows.contains(id), qPrintable(id + QStringLiteral(" has no passing row")));
        QVERIFY2(m_failRows.contains(id), qPrintable(id + QStringLiteral(" has no failing row")));
    }
}

void TestContainerChecks::runtimeFixtures_data()
{
    QTest::addColumn<QString>("inspect");
    QTest::addColumn<QString>("info");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    // Real Debian 12 dockerd 20.10.24 (cgroup v1, seccomp, no AppArmor) with gVisor registered.
    const QString debian = QStringLiteral("fixtures/runtimes/info-json-runsc-fresh-start.json");
    const QString hardened = QStringLiteral("fixtures/runtimes/inspect-container-runsc-hardened-created.json");
    const QString runc = QStringLiteral("fixtures/runtimes/inspect-container-runc-created.json");
    const auto row = [](const char* name,
                        const QString& inspect,
                        const QString& info,
                        const char* check,
                        const char* status,
                        const char* evidence) {
        QTest::newRow(name) << inspect << info << QString::fromLatin1(check) << QString::fromLatin1(status)
                            << QString::fromUtf8(evidence);
    };
    row("runsc hardened: runtime", hardened, debian, "container.isolated-runtime", "pass", "runsc");
    row("runsc hardened: user", hardened, debian, "container.user-nonroot", "pass", "65534:65534");
    row("runsc hardened: capabilities", hardened, debian, "container.capabilities", "pass", "All capabilities");
    row("runsc hardened: read-only", hardened, debian, "container.read-only", "pass", "read-only");
    row("runsc hardened: nnp", hardened, debian, "container.no-new-privileges", "pass", "no-new-privileges");
    row("runsc hardened: namespaces on cgroup v1", hardened, debian, "container.namespaces", "pass", "own network");
    row("runsc hardened: seccomp", hardened, debian, "container.seccomp", "pass", "default");
    row("runsc hardened: no AppArmor on this host",
        hardened,
        debian,
        "container.apparmor",
        "warn",
        "neither AppArmor nor SELinux");
    row("runsc hardened: no memory limit", hardened, debian, "container.memory", "fail", "Memory 0");
    row("runc: runtime", runc, debian, "container.isolated-runtime", "warn", "runc");
    row("runc: root", runc, debian, "container.user-nonroot", "fail", "root");
    row("runc: default capabilities", runc, debian, "container.capabilities", "warn", "NET_RAW");
    row("runc: no restart policy", runc, debian, "container.restart-policy", "warn", "--restart=on-failure");
    row("default runtime runsc",
        QStringLiteral("fixtures/runtimes/inspect-container-created-under-default-runtime-runsc.json"),
        QStringLiteral("fixtures/runtimes/info-json-default-runtime-runsc.json"),
        "container.isolated-runtime",
        "pass",
        "runsc");
    row("runsc exited",
        QStringLiteral("fixtures/runtimes/inspect-container-runsc-exited.json"),
        debian,
        "container.isolated-runtime",
        "pass",
        "runsc");
    row("runsc running",
        QStringLiteral("fixtures/runtimes/inspect-container-runsc-running.json"),
        debian,
        "container.isolated-runtime",
        "pass",
        "runsc");
    // Docker 19 with Kata, audited against a daemon that reports AppArmor.
    const QString kata = QStringLiteral("fixtures/runtimes/inspect-container-kata-runtime-running-docker19.json");
    const QString golden = QStringLiteral("fixtures/docker/info-json-docker-cli-golden-no-swarm.json");
    row("kata: runtime", kata, golden, "container.isolated-runtime", "pass", "kata-runtime");
    row("kata: AppArmor profile", kata, golden, "container.apparmor", "pass", "docker-default");
    row("kata: no ulimits", kata, golden, "container.ulimits", "fail", "no default ulimits");
}

void TestContainerChecks::runtimeFixtures()
{
    QFETCH(QString, inspect);
    QFETCH(QString, info);
    QFETCH(QString, check);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    QJsonObject json = integrationJson();
    json.insert(QStringLiteral("info"), readJson(info).object());
    const QJsonObject container = readInspect(inspect);
    json.insert(QStringLiteral("containers"), QJsonArray{container});
    QString name = container.value(QStringLiteral("Name")).toString();
    name.remove(0, 1);
    const Outcome outcome = run(check, loadSnapshot(json), name);
    QVERIFY2(statusId(outcome.status) == status,
             qPrintable(QStringLiteral("got %1: %2").arg(statusId(outcome.status), outcome.evidence)));
    QVERIFY2(outcome.evidence.contains(evidence), qPrintable(outcome.evidence));
}

void TestContainerChecks::everyContainerIsASubject()
{
    const Snapshot snapshot = loadSnapshot(integrationJson());
    const QList<Finding> findings = evaluate(snapshot);
    QSet<QString> seen;
    for (const Finding& f : findings) {
        if (f.check->scope == Scope::Container) {
            seen.insert(f.subject.name);
            QVERIFY(f.subject.data.isEmpty()); // findings do not carry the inspect data
        }
    }
    QCOMPARE(seen, (QSet<QString>{QStringLiteral("escut-hardened"), QStringLiteral("escut-weak")}));
}

QTEST_GUILESS_MAIN(TestContainerChecks)
#include "test_containerchecks.moc"
