// SPDX-License-Identifier: GPL-3.0-or-later
// The verdict oracle: every case of issue 24's table (and the wrong verdicts of issue 20), one row each, with the
// verdict that matches what the kernel enforces. Each row is the input that gave the wrong verdict, written as the
// fact Escut reads (inspect data, a Compose service, a Dockerfile, the daemon's command line); the expected status
// was checked against the real dockerd 20.10 where a container can show it (tests/integration/test_oracle.cpp reads
// /proc/PID/status and the namespace inodes for the container cases). A few control rows keep the fixes from
// overshooting (a non-root uid still passes, a real limit still passes).
#include "core/checks/Capabilities.h"
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"
#include "core/facts/ImageProbe.h"
#include "core/facts/Snapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace escut;

class TestVerdictOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oracle_data();
    void oracle();
    void everyIssueRowHasACase();
    void passwdRootNames();
    void tarFirstFile();
    void helpers();
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

QJsonObject parse(const char* json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad JSON %s: %s", json, qPrintable(error.errorString()));
    }
    return doc.object();
}

QJsonObject merge(QJsonObject base, const QJsonObject& patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull()) {
            base.remove(it.key());
        } else if (it.value().isObject() && base.value(it.key()).isObject()) {
            base.insert(it.key(), merge(base.value(it.key()).toObject(), it.value().toObject()));
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

// The integration snapshot: the hardened container passes every container check, the weak one fails most.
const QJsonObject& integrationJson()
{
    static const QJsonObject json = [] {
        QFile f(dataPath(QStringLiteral("snapshots/integration-hardened-weak.json")));
        if (!f.open(QIODevice::ReadOnly)) {
            qFatal("cannot read the integration snapshot");
        }
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return json;
}

QJsonObject hardenedContainer()
{
    for (const QJsonValue& c : integrationJson().value(QStringLiteral("containers")).toArray()) {
        if (c.toObject().value(QStringLiteral("Name")).toString() == QLatin1String("/escut-hardened")) {
            return c.toObject();
        }
    }
    qFatal("no hardened container");
}

// One case: which check, what it is evaluated on, and the verdict that matches the kernel.
struct Case
{
    const char* row; // the issue's table row ("user uid 0 spelt 00") or "control"
    const char* name;
    const char* check;
    Status expected;
    // Builds the snapshot and subject from the base (the integration snapshot, its hardened container).
    std::function<void(QJsonObject& snapshot, Subject& subject)> setup;
};

// The hardened container with patch merged into its inspect data, and snapshotPatch into the snapshot.
std::function<void(QJsonObject&, Subject&)> container(const char* patch, const char* snapshotPatch = "{}")
{
    return [patch, snapshotPatch](QJsonObject& snapshot, Subject& subject) {
        subject = Subject::container(merge(hardenedContainer(), parse(patch)));
        subject.name = QStringLiteral("escut-hardened");
        snapshot = merge(snapshot, parse(snapshotPatch));
    };
}

std::function<void(QJsonObject&, Subject&)> image(const char* inspect, const char* snapshotPatch = "{}")
{
    return [inspect, snapshotPatch](QJsonObject& snapshot, Subject& subject) {
        subject.scope = Scope::Image;
        subject.data = parse(inspect);
        subject.id = subject.data.value(QStringLiteral("Id")).toString();
        subject.name = subject.id;
        snapshot = merge(snapshot, parse(snapshotPatch));
    };
}

std::function<void(QJsonObject&, Subject&)> service(const char* json)
{
    return [json](QJsonObject&, Subject& subject) {
        subject.scope = Scope::Compose;
        subject.data = parse(json);
        subject.id = QStringLiteral("docker-compose.yml#app");
        subject.name = QStringLiteral("app");
    };
}

std::function<void(QJsonObject&, Subject&)> dockerfile(const char* text, const char* buildArgs = "{}")
{
    return [text, buildArgs](QJsonObject&, Subject& subject) {
        subject.scope = Scope::Dockerfile;
        subject.data = QJsonObject{{QStringLiteral("path"), QStringLiteral("/src/Dockerfile")},
                                   {QStringLiteral("origins"), QJsonArray{QStringLiteral("--dockerfile")}},
                                   {QStringLiteral("text"), QString::fromUtf8(text)},
                                   {QStringLiteral("buildArgs"), parse(buildArgs)}};
        subject.id = QStringLiteral("/src/Dockerfile");
        subject.name = subject.id;
    };
}

std::function<void(QJsonObject&, Subject&)> daemon(const char* snapshotPatch)
{
    return [snapshotPatch](QJsonObject& snapshot, Subject& subject) {
        subject.scope = Scope::Daemon;
        subject.id = QStringLiteral("daemon");
        subject.name = QStringLiteral("daemon");
        snapshot = merge(snapshot, parse(snapshotPatch));
    };
}

constexpr char DefaultCaps[] = R"("CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD", "NET_RAW", "SETGID", "SETUID",
    "SETFCAP", "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL", "AUDIT_WRITE")";

const QList<Case>& cases()
{
    static const QList<Case> list = [] {
        QList<Case> c;
        const auto add = [&](const char* row, const char* name, const char* check, Status s, auto setup) {
            c.append({row, name, check, s, setup});
        };
        // The table stays one case to a line or two, as issue 24's table reads.
        // clang-format off
        // --- uid 0 however it is spelt ------------------------------------------------------------------------
        const char* uid = "uid 0";
        add(uid, "container -u 00", "container.user-nonroot", Status::Fail, container(R"({"Config": {"User": "00"}})"));
        add(uid, "container -u +0", "container.user-nonroot", Status::Fail, container(R"({"Config": {"User": "+0"}})"));
        add(uid, "container -u 000:1000", "container.user-nonroot", Status::Fail,
            container(R"({"Config": {"User": "000:1000"}})"));
        add(uid,
            "container USER toor (passwd toor:x:0:0)",
            "container.user-nonroot",
            Status::Fail,
            container(R"({"Config": {"User": "toor"}, "Image": "sha256:toorimage"})",
                      R"({"imageAnalysis": {"probes": [{"imageId": "sha256:toorimage", "rootNames": ["toor"]}]}})"));
        add(uid, "image USER 00", "image.user-nonroot", Status::Fail,
            image(R"({"Id": "sha256:img00", "Config": {"User": "00"}})"));
        add(uid,
            "image USER toor (passwd toor:x:0:0)",
            "image.user-nonroot",
            Status::Fail,
            image(R"({"Id": "sha256:toorimage", "Config": {"User": "toor"}})",
                  R"({"imageAnalysis": {"probes": [{"imageId": "sha256:toorimage", "rootNames": ["toor"]}]}})"));
        add(uid, "compose user: \"00\"", "compose.user", Status::Fail, service(R"({"image": "a:1", "user": "00"})"));
        add(uid, "compose user: \"+0:0\"", "compose.user", Status::Fail, service(R"({"image": "a:1", "user": "+0:0"})"));
        add(uid, "dockerfile USER 00", "dockerfile.user", Status::Fail, dockerfile("FROM alpine:3.19\nUSER 00\n"));
        add("control", "container -u 1000", "container.user-nonroot", Status::Pass,
            container(R"({"Config": {"User": "1000"}})"));
        add("control", "container -u 10", "container.user-nonroot", Status::Pass, container(R"({"Config": {"User": "10"}})"));

        // --- capabilities: what is left, however it was spelt --------------------------------------------------
        static const QByteArray allDefaults =
            QByteArray(R"({"HostConfig": {"CapDrop": ["ALL"], "CapAdd": [)") + DefaultCaps + "]}}";
        add("cap-drop ALL + defaults",
            "drop ALL then add the 14 defaults",
            "container.capabilities",
            Status::Warn,
            container(allDefaults.constData()));
        add("cap-drop ALL + defaults",
            "drop ALL then add NET_RAW and MKNOD",
            "container.capabilities",
            Status::Warn,
            container(R"({"HostConfig": {"CapDrop": ["ALL"], "CapAdd": ["NET_RAW", "MKNOD"]}})"));
        add("control", "drop ALL add NET_BIND_SERVICE", "container.capabilities", Status::Pass,
            container(R"({"HostConfig": {"CapDrop": ["ALL"], "CapAdd": ["NET_BIND_SERVICE"]}})"));
        add("issue 20: CapDrop listed as dangerous",
            "Podman: SYS_RESOURCE in CapAdd and CapDrop",
            "container.capabilities",
            Status::Pass,
            container(
                R"({"HostConfig": {"CapDrop": ["CAP_AUDIT_WRITE", "CAP_DAC_OVERRIDE", "CAP_FOWNER", "CAP_FSETID",
                    "CAP_MKNOD", "CAP_NET_RAW", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_SYS_CHROOT", "CAP_SYS_RESOURCE"],
                    "CapAdd": ["CAP_SYS_RESOURCE"]}})",
                R"({"version": {"Components": [{"Name": "Podman Engine", "Version": "4.3.1"}]}})"));
        add("control",
            "Docker: --cap-add NET_ADMIN --cap-drop NET_ADMIN keeps it (the add wins)",
            "container.capabilities",
            Status::Fail,
            container(R"({"HostConfig": {"CapDrop": ["NET_ADMIN"], "CapAdd": ["NET_ADMIN"]}})"));

        // --- no-new-privileges as dockerd parses it ----------------------------------------------------------
        const char* nnpBool = "no-new-privileges ParseBool";
        add(nnpBool, "no-new-privileges=1", "container.no-new-privileges", Status::Pass,
            container(R"({"HostConfig": {"SecurityOpt": ["no-new-privileges=1"]}})"));
        add(nnpBool, "no-new-privileges:True", "container.no-new-privileges", Status::Pass,
            container(R"({"HostConfig": {"SecurityOpt": ["no-new-privileges:True"]}})"));
        add(nnpBool, "compose no-new-privileges:True", "compose.no-new-privileges", Status::Pass,
            service(R"({"image": "a:1", "security_opt": ["no-new-privileges:True"]})"));
        add(nnpBool, "compose no-new-privileges=1", "compose.no-new-privileges", Status::Pass,
            service(R"({"image": "a:1", "security_opt": ["no-new-privileges=1"]})"));
        add("control", "compose no-new-privileges:false", "compose.no-new-privileges", Status::Fail,
            service(R"({"image": "a:1", "security_opt": ["no-new-privileges:false"]})"));
        add("no-new-privileges container over daemon",
            "daemon default on, container no-new-privileges=false",
            "container.no-new-privileges",
            Status::Fail,
            container(R"({"HostConfig": {"SecurityOpt": ["no-new-privileges=false"]}})",
                      R"({"daemonConfig": {"exists": true, "readable": true, "text": "{\"no-new-privileges\": true}"}})"));
        add("control",
            "daemon default on, nothing on the container",
            "container.no-new-privileges",
            Status::Pass,
            container(R"({"HostConfig": {"SecurityOpt": null}})",
                      R"({"daemonConfig": {"exists": true, "readable": true, "text": "{\"no-new-privileges\": true}"}})"));

        // --- the Docker socket by what the mount reaches -------------------------------------------------------
        const char* socketReach = "docker socket reachable";
        add(socketReach, "-v /var/run:/host-run", "container.docker-socket", Status::Fail,
            container(R"({"Mounts": [{"Type": "bind", "Source": "/var/run", "Destination": "/host-run", "RW": true}]})"));
        add(socketReach, "-v /run:/host-run", "container.docker-socket", Status::Fail,
            container(R"({"Mounts": [{"Type": "bind", "Source": "/run", "Destination": "/host-run", "RW": true}]})"));
        add(socketReach,
            "-v /tmp/link:/d.sock, a symlink to the socket",
            "container.docker-socket",
            Status::Fail,
            container(R"({"Mounts": [{"Type": "bind", "Source": "/tmp/link", "Destination": "/d.sock", "RW": true}]})",
                      R"({"files": [{"role": "docker.sock", "path": "/var/run/docker.sock", "exists": true,
                          "type": "socket", "mode": "0660", "device": "24", "inode": "812"},
                         {"role": "mount-source", "path": "/tmp/link", "exists": true, "type": "socket",
                          "mode": "0660", "device": "24", "inode": "812", "realPath": "/run/docker.sock"}]})"));
        add(socketReach,
            "-v /srv/hl:/d.sock, a hard link to the socket",
            "container.docker-socket",
            Status::Fail,
            container(R"({"Mounts": [{"Type": "bind", "Source": "/srv/hl", "Destination": "/d.sock", "RW": true}]})",
                      R"({"files": [{"role": "docker.sock", "path": "/var/run/docker.sock", "exists": true,
                          "type": "socket", "mode": "0660", "device": "24", "inode": "812"},
                         {"role": "mount-source", "path": "/srv/hl", "exists": true, "type": "socket",
                          "mode": "0660", "device": "24", "inode": "812"}]})"));
        add(socketReach, "compose /var/run:/host-run", "compose.docker-socket", Status::Fail,
            service(R"({"image": "a:1", "volumes": ["/var/run:/host-run:ro"]})"));
        add(socketReach, "compose long syntax source /run", "compose.docker-socket", Status::Fail,
            service(R"({"image": "a:1", "volumes": [{"type": "bind", "source": "/run", "target": "/r"}]})"));
        const char* anonymous = "anonymous volume is not the socket";
        add(anonymous,
            "-v /var/run/docker.sock (anonymous volume)",
            "container.docker-socket",
            Status::Pass,
            container(R"({"Mounts": [{"Type": "volume", "Name": "3f1c9a", "Source":
                "/var/lib/docker/volumes/3f1c9a/_data", "Destination": "/var/run/docker.sock", "Driver": "local",
                "RW": true}]})"));
        add(anonymous, "compose volumes: [/var/run/docker.sock]", "compose.docker-socket", Status::Pass,
            service(R"({"image": "a:1", "volumes": ["/var/run/docker.sock"]})"));
        add("control", "compose socket bind", "compose.docker-socket", Status::Fail,
            service(R"({"image": "a:1", "volumes": ["/var/run/docker.sock:/var/run/docker.sock"]})"));
        add("control", "-v /srv/data:/data", "container.docker-socket", Status::Pass,
            container(R"({"Mounts": [{"Type": "bind", "Source": "/srv/data", "Destination": "/data", "RW": true}]})"));

        // --- sensitive mounts ------------------------------------------------------------------------------------
        const char* sensitive = "sensitive mounts";
        add(sensitive, "-v /etc/shadow:/x", "container.sensitive-mounts", Status::Fail,
            container(R"({"Mounts": [{"Type": "bind", "Source": "/etc/shadow", "Destination": "/x", "RW": false}]})"));
        add(sensitive,
            "named volume type=none,o=bind,device=/etc",
            "container.sensitive-mounts",
            Status::Fail,
            container(R"({"Mounts": [{"Type": "volume", "Name": "hostetc", "Source":
                "/var/lib/docker/volumes/hostetc/_data", "Destination": "/e", "Driver": "local", "RW": true}]})",
                      R"({"volumes": [{"Name": "hostetc", "Driver": "local", "Mountpoint":
                "/var/lib/docker/volumes/hostetc/_data", "Options": {"type": "none", "o": "bind", "device": "/etc"}}]})"));
        add(sensitive, "-v /proc/sysrq-trigger:/t", "container.sensitive-mounts", Status::Fail,
            container(R"({"Mounts": [{"Type": "bind", "Source": "/proc/sysrq-trigger", "Destination": "/t", "RW": true}]})"));
        add("control", "named volume of its own", "container.sensitive-mounts", Status::Pass,
            container(R"({"Mounts": [{"Type": "volume", "Name": "db", "Source": "/var/lib/docker/volumes/db/_data",
                "Destination": "/db", "Driver": "local", "RW": true}]})",
                      R"({"volumes": [{"Name": "db", "Driver": "local", "Options": null}]})"));

        // --- namespaces ------------------------------------------------------------------------------------------
        static const QByteArray hostNet = [] {
            QJsonObject other = hardenedContainer();
            other.insert(QStringLiteral("Id"), QStringLiteral("aaaabbbbccccddddeeeeffff0000111122223333444455556666777788889999"));
            other.insert(QStringLiteral("Name"), QStringLiteral("/hostnet"));
            QJsonObject hc = other.value(QStringLiteral("HostConfig")).toObject();
            hc.insert(QStringLiteral("NetworkMode"), QStringLiteral("host"));
            hc.insert(QStringLiteral("PidMode"), QStringLiteral("host"));
            hc.insert(QStringLiteral("IpcMode"), QStringLiteral("host"));
            other.insert(QStringLiteral("HostConfig"), hc);
            QJsonArray containers = integrationJson().value(QStringLiteral("containers")).toArray();
            containers.append(other);
            return QJsonDocument(QJsonObject{{QStringLiteral("containers"), containers}}).toJson();
        }();
        const char* joined = "namespaces via container:X";
        add(joined, "--network container:hostnet", "container.namespaces", Status::Fail,
            container(R"({"HostConfig": {"NetworkMode": "container:hostnet"}})", hostNet.constData()));
        add(joined, "--pid container:<id of hostnet>", "container.namespaces", Status::Fail,
            container(R"({"HostConfig": {"PidMode": "container:aaaabbbbccccddddeeeeffff0000111122223333444455556666777788889999"}})",
                      hostNet.constData()));
        add(joined, "--ipc container:<short id of hostnet>", "container.namespaces", Status::Fail,
            container(R"({"HostConfig": {"IpcMode": "container:aaaabbbbcccc"}})", hostNet.constData()));
        add(joined, "--network container:escut-weak (which uses --network host)", "container.namespaces",
            Status::Fail, container(R"({"HostConfig": {"NetworkMode": "container:escut-weak"}})"));
        add("control", "--ipc container:escut-hardened (private)", "container.namespaces", Status::Pass,
            container(R"({"HostConfig": {"IpcMode": "container:escut-hardened"}})"));
        add("--userns host without remap",
            "--userns host, daemon without userns-remap",
            "container.namespaces",
            Status::Pass,
            container(R"({"HostConfig": {"UsernsMode": "host"}})"));
        add("control",
            "--userns host on a daemon that remaps",
            "container.namespaces",
            Status::Fail,
            container(R"({"HostConfig": {"UsernsMode": "host"}})",
                      R"({"info": {"SecurityOptions": ["name=apparmor", "name=seccomp,profile=builtin", "name=userns"]}})"));

        // --- seccomp ---------------------------------------------------------------------------------------------
        const char* seccomp = "seccomp allows everything";
        add(seccomp,
            "custom profile defaultAction SCMP_ACT_ALLOW",
            "container.seccomp",
            Status::Fail,
            container(R"({"HostConfig": {"SecurityOpt": ["seccomp={\"defaultAction\":\"SCMP_ACT_ALLOW\",\"syscalls\":[]}"]}})"));
        add(seccomp, "daemon --seccomp-profile=unconfined", "container.seccomp", Status::Fail,
            container("{}", R"({"daemonCommandLine": ["/usr/bin/dockerd", "--seccomp-profile=unconfined"]})"));
        add(seccomp, "daemon.json seccomp-profile unconfined", "container.seccomp", Status::Fail,
            container("{}", R"({"daemonConfig": {"exists": true, "readable": true,
                "text": "{\"seccomp-profile\": \"unconfined\"}"}})"));
        add(seccomp, "docker info profile=unconfined", "container.seccomp", Status::Fail,
            container("{}", R"({"info": {"SecurityOptions": ["name=seccomp,profile=unconfined"]}})"));
        add("issue 20: seccomp and --privileged", "--privileged", "container.seccomp", Status::Fail,
            container(R"({"HostConfig": {"Privileged": true}})"));
        add("control",
            "custom profile defaultAction SCMP_ACT_ERRNO",
            "container.seccomp",
            Status::Pass,
            container(R"({"HostConfig": {"SecurityOpt": ["seccomp={\"defaultAction\":\"SCMP_ACT_ERRNO\",\"syscalls\":[{\"names\":[\"read\"],\"action\":\"SCMP_ACT_ALLOW\"}]}"]}})"));

        // --- ports on every interface, IPv6 spellings -------------------------------------------------------------
        const char* ipv6 = "IPv6 any-address binds";
        add(ipv6, "-p [::0]:8083:80", "container.ports-bind", Status::Warn,
            container(R"({"HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "::0", "HostPort": "8083"}]}}})"));
        add(ipv6, "HostIp 0:0:0:0:0:0:0:0", "container.ports-bind", Status::Warn,
            container(R"({"HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "0:0:0:0:0:0:0:0", "HostPort": "8083"}]}}})"));
        add(ipv6, "compose \"[::]:8080:80\"", "compose.ports-loopback", Status::Warn,
            service(R"({"image": "a:1", "ports": ["[::]:8080:80"]})"));
        add(ipv6, "compose host_ip: \"::\"", "compose.ports-loopback", Status::Warn,
            service(R"({"image": "a:1", "ports": [{"target": 80, "published": "8080", "host_ip": "::"}]})"));
        add(ipv6, "compose \":::8080:80/tcp\" (docker-compose config's form)", "compose.ports-loopback", Status::Warn,
            service(R"({"image": "a:1", "ports": [":::8080:80/tcp"]})"));
        add("control", "compose \"::1:8080:80/tcp\"", "compose.ports-loopback", Status::Pass,
            service(R"({"image": "a:1", "ports": ["::1:8080:80/tcp"]})"));
        add("control", "compose \"8080:80\"", "compose.ports-loopback", Status::Warn,
            service(R"({"image": "a:1", "ports": ["8080:80"]})"));
        add("control", "compose \"127.0.0.1:8080:80\"", "compose.ports-loopback", Status::Pass,
            service(R"({"image": "a:1", "ports": ["127.0.0.1:8080:80"]})"));
        add("control", "compose \"[::1]:8080:80\"", "compose.ports-loopback", Status::Pass,
            service(R"({"image": "a:1", "ports": ["[::1]:8080:80"]})"));
        add("control", "-p 127.0.0.1:8080:8080", "container.ports-bind", Status::Pass,
            container(R"({"HostConfig": {"PortBindings": {"8080/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]}}})"));

        // --- limits ---------------------------------------------------------------------------------------------
        add("cpuset confines", "--cpuset-cpus 0 on 2 CPUs", "container.cpus", Status::Pass,
            container(R"({"HostConfig": {"NanoCpus": 0, "CpusetCpus": "0"}})"));
        add("control", "--cpuset-cpus 0-1 on 2 CPUs (every CPU)", "container.cpus", Status::Fail,
            container(R"({"HostConfig": {"NanoCpus": 0, "CpusetCpus": "0-1"}})"));
        add("empty default-ulimits",
            "daemon.json \"default-ulimits\": {}",
            "container.ulimits",
            Status::Fail,
            container(R"({"HostConfig": {"Ulimits": null}})",
                      R"({"daemonConfig": {"exists": true, "readable": true, "text": "{\"default-ulimits\": {}}"}})"));
        add("compose 0 is unlimited", "mem_limit: 0, cpus: 0", "compose.resources", Status::Fail,
            service(R"({"image": "a:1", "mem_limit": 0, "cpus": 0})"));
        add("compose 0 is unlimited", "mem_limit: \"0\", cpus: \"0.0\"", "compose.resources", Status::Fail,
            service(R"({"image": "a:1", "mem_limit": "0", "cpus": "0.0"})"));
        add("control", "mem_limit: 512m, cpus: 0.5", "compose.resources", Status::Pass,
            service(R"({"image": "a:1", "mem_limit": "512m", "cpus": 0.5})"));

        // --- secrets by name and by value -----------------------------------------------------------------------
        const char* secretNames = "secrets: names that hold no secret";
        add(secretNames, "TOKENIZERS_PARALLELISM, PASSWORD_MIN_LENGTH", "container.secrets", Status::Pass,
            container(R"({"Config": {"Env": ["TOKENIZERS_PARALLELISM=false", "PASSWORD_MIN_LENGTH=12"]}})"));
        add(secretNames, "image TOKENIZERS_PARALLELISM", "image.env-secrets", Status::Pass,
            image(R"({"Id": "sha256:tok", "Config": {"Env": ["TOKENIZERS_PARALLELISM=false", "PASSWORD_MIN_LENGTH=12"]}})"));
        add(secretNames, "compose PASSWORD_MIN_LENGTH", "compose.secrets", Status::Pass,
            service(R"({"image": "a:1", "environment": {"PASSWORD_MIN_LENGTH": "12", "TOKENIZERS_PARALLELISM": "false"}})"));
        const char* secretValues = "secrets: values and short names";
        add(secretValues, "DATABASE_URL=postgres://admin:S3cr3t@db/app", "container.secrets", Status::Fail,
            container(R"({"Config": {"Env": ["DATABASE_URL=postgres://admin:S3cr3t@db:5432/app"]}})"));
        add(secretValues, "DB_PASS", "container.secrets", Status::Fail,
            container(R"({"Config": {"Env": ["DB_PASS=hunter22"]}})"));
        add(secretValues, "REDIS_AUTH", "image.env-secrets", Status::Fail,
            image(R"({"Id": "sha256:redis", "Config": {"Env": ["REDIS_AUTH=hunter22"]}})"));
        add(secretValues, "compose DATABASE_URL with a password", "compose.secrets", Status::Fail,
            service(R"({"image": "a:1", "environment": ["DATABASE_URL=mysql://root:S3cr3t@db/app"]})"));
        add(secretValues, "AWS key under a plain name", "container.secrets", Status::Fail,
            container(R"({"Config": {"Env": ["UPLOAD_ID=AKIAIOSFODNN7EXAMPLE"]}})"));
        add("control", "DATABASE_URL without a password", "container.secrets", Status::Pass,
            container(R"({"Config": {"Env": ["DATABASE_URL=postgres://db:5432/app"]}})"));

        // --- supply chain -------------------------------------------------------------------------------------
        add("trusted by name",
            "home-built image tagged nginx:1.25.3 (no registry digest)",
            "image.trusted-source",
            Status::Warn,
            image(R"({"Id": "sha256:homebuilt", "RepoTags": ["nginx:1.25.3"], "RepoDigests": []})"));
        add("trusted by name",
            "gcr.io/attacker-proj/app pulled by digest",
            "image.trusted-source",
            Status::Fail,
            image(R"({"Id": "sha256:attacker", "RepoTags": ["gcr.io/attacker-proj/app:1"],
                "RepoDigests": ["gcr.io/attacker-proj/app@sha256:1111111111111111111111111111111111111111111111111111111111111111"]})"));
        add("control",
            "gcr.io/distroless/static pulled by digest",
            "image.trusted-source",
            Status::Pass,
            image(R"({"Id": "sha256:distroless", "RepoTags": [],
                "RepoDigests": ["gcr.io/distroless/static@sha256:3333333333333333333333333333333333333333333333333333333333333333"]})"));
        add("control",
            "nginx pulled by digest from Docker Hub",
            "image.trusted-source",
            Status::Pass,
            image(R"({"Id": "sha256:official", "RepoTags": ["nginx:1.25.3"],
                "RepoDigests": ["nginx@sha256:2222222222222222222222222222222222222222222222222222222222222222"]})"));
        add("docker commit",
            "docker commit of a container started with /bin/sh -c",
            "image.committed",
            Status::Fail,
            image(R"({"Id": "sha256:committed", "Container": "f92dcaeed057af6c28cc2555fa810cd924b91fbe04e202e732be559cd2ea8da8",
                "ContainerConfig": {"Cmd": ["/bin/sh", "-c", "echo hi > /x; sleep 30"], "Image": "local/busybox:1"}})",
                  R"({"images": [{"inspect": {"Id": "sha256:committed"}, "history": [
                      {"Id": "sha256:committed", "CreatedBy": "/bin/sh -c echo hi > /x; sleep 30", "Comment": ""},
                      {"Id": "<missing>", "CreatedBy": "", "Comment": "Imported from -"}]}]})"));
        add("control",
            "classic build of RUN echo hi > /x",
            "image.committed",
            Status::Pass,
            image(R"({"Id": "sha256:built", "Container": "0939c47be95d612c30b380cad2ee285b2e529372a33b2113d5e8591c8d2c61e0",
                "ContainerConfig": {"Cmd": ["/bin/sh", "-c", "echo hi > /x"],
                "Image": "sha256:fb54f37958a9c77c48590efa34806ad05f9bcf36c18f685ea6dc60b1ffe421d8"}})",
                  R"({"images": [{"inspect": {"Id": "sha256:built"}, "history": [
                      {"Id": "sha256:built", "CreatedBy": "/bin/sh -c echo hi > /x", "Comment": ""},
                      {"Id": "<missing>", "CreatedBy": "", "Comment": "Imported from -"}]}]})"));
        add("distroless with a shell on PATH",
            "FROM scratch, busybox in /busybox, PATH=/busybox",
            "image.distroless",
            Status::Fail,
            image(R"({"Id": "sha256:scratchbb", "Os": "linux", "Config": {"Env": ["PATH=/busybox"]}})",
                  R"({"imageAnalysis": {"probes": [{"imageId": "sha256:scratchbb", "directories": ["/busybox"],
                      "pathsChecked": 40, "found": [{"path": "/busybox/sh", "resolved": "/busybox/sh",
                      "size": 1000, "mode": "0755"}]}]}})"));

        // --- the daemon's command line as pflag reads it --------------------------------------------------------
        add("-Hvalue", "dockerd -Htcp://0.0.0.0:2375", "daemon.tls", Status::Fail,
            daemon(R"({"daemonCommandLine": ["/usr/bin/dockerd", "-Htcp://0.0.0.0:2375"]})"));
        add("-Hvalue", "dockerd -H=tcp://0.0.0.0:2375", "daemon.tls", Status::Fail,
            daemon(R"({"daemonCommandLine": ["/usr/bin/dockerd", "-H=tcp://0.0.0.0:2375"]})"));
        add("dockerd -D", "dockerd -D", "daemon.log-level", Status::Fail,
            daemon(R"({"daemonCommandLine": ["/usr/bin/dockerd", "-D", "-H", "fd://"]})"));
        add("dockerd -D", "daemon.json debug: true", "daemon.log-level", Status::Fail,
            daemon(R"({"daemonConfig": {"exists": true, "readable": true, "text": "{\"debug\": true}"}})"));
        add("control", "dockerd -H fd://", "daemon.log-level", Status::Pass,
            daemon(R"({"daemonCommandLine": ["/usr/bin/dockerd", "-H", "fd://"]})"));

        // --- DOCKER_CONTENT_TRUST as the Docker CLI reads it ----------------------------------------------------
        static const auto trust = [](const char* value) {
            static QList<QByteArray> keep; // the setups hold pointers into these
            keep.append(QByteArray(R"({"hostFactsCollected": true, "hostFacts": {"collected": true, "contentTrust": {
                "probe": {"state": "ok", "source": "environment"}, "files": [{"path": "/root/.bashrc",
                "exists": true, "value": ")") + value + R"(", "line": 3, "exported": true}]}}})");
            return [setup = daemon(keep.last().constData())](QJsonObject& snapshot, Subject& subject) {
                setup(snapshot, subject);
                subject.scope = Scope::Host;
                subject.id = QStringLiteral("host");
                subject.name = QStringLiteral("host");
            };
        };
        add("content trust any true value", "export DOCKER_CONTENT_TRUST=true", "host.content-trust-env", Status::Pass,
            trust("true"));
        add("content trust any true value", "export DOCKER_CONTENT_TRUST=yes", "host.content-trust-env", Status::Pass,
            trust("yes"));
        add("control", "export DOCKER_CONTENT_TRUST=false", "host.content-trust-env", Status::Fail, trust("false"));
        add("control", "export DOCKER_CONTENT_TRUST=0", "host.content-trust-env", Status::Fail, trust("0"));

        // --- Compose capabilities -------------------------------------------------------------------------------
        const char* capAdd = "compose cap_add after cap_drop ALL";
        add(capAdd, "cap_drop: [ALL], cap_add: [ALL]", "compose.cap-drop", Status::Fail,
            service(R"({"image": "a:1", "cap_drop": ["ALL"], "cap_add": ["ALL"]})"));
        add(capAdd, "cap_drop: [ALL], cap_add: [SYS_ADMIN, SYS_MODULE]", "compose.cap-drop", Status::Fail,
            service(R"({"image": "a:1", "cap_drop": ["ALL"], "cap_add": ["SYS_ADMIN", "CAP_SYS_MODULE"]})"));
        add("control", "cap_drop: [ALL], cap_add: [NET_BIND_SERVICE]", "compose.cap-drop", Status::Pass,
            service(R"({"image": "a:1", "cap_drop": ["ALL"], "cap_add": ["NET_BIND_SERVICE"]})"));

        // --- Dockerfile USER through ARG and ENV ------------------------------------------------------------------
        add("dockerfile ARG overridden",
            "ARG APP_USER=nobody, USER $APP_USER, --build-arg APP_USER=root",
            "dockerfile.user",
            Status::Fail,
            dockerfile("FROM alpine:3.19\nARG APP_USER=nobody\nUSER $APP_USER\n", R"({"APP_USER": "root"})"));
        add("dockerfile ENV from the parent stage",
            "ENV APP_UID=10001 in the parent stage, USER $APP_UID",
            "dockerfile.user",
            Status::Pass,
            dockerfile("FROM alpine:3.19 AS base\nENV APP_UID=10001\nFROM base\nUSER $APP_UID\n"));
        // --- suspected in the issue ------------------------------------------------------------------------------
        add("suspected: distroless nonroot base",
            "FROM gcr.io/distroless/static:nonroot, no USER, image not on this host",
            "dockerfile.user",
            Status::Warn,
            dockerfile("FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n"));
        add("suspected: distroless nonroot base",
            "FROM a base on this host whose Config.User is 65532",
            "dockerfile.user",
            Status::Pass,
            [setup = dockerfile("FROM registry.local/base:1\nCOPY app /app\n")](QJsonObject& snapshot, Subject& subject) {
                setup(snapshot, subject);
                snapshot.insert(QStringLiteral("images"),
                                QJsonArray{QJsonObject{{QStringLiteral("inspect"),
                                                        parse(R"({"Id": "sha256:base", "RepoTags": ["registry.local/base:1"],
                                                                  "Config": {"User": "65532"}})")},
                                                       {QStringLiteral("history"), QJsonArray()}}});
            });
        add("control", "FROM alpine:3.19, no USER", "dockerfile.user", Status::Fail,
            dockerfile("FROM alpine:3.19\nCOPY app /app\n"));
        add("suspected: http mirror", "registry-mirrors: [http://mirror.local:5000]", "daemon.insecure-registries",
            Status::Fail, daemon(R"({"info": {"RegistryConfig": {"InsecureRegistryCIDRs": ["127.0.0.0/8"],
                "IndexConfigs": {"docker.io": {"Secure": true}}, "Mirrors": ["http://mirror.local:5000/"]}}})"));
        add("control", "registry-mirrors: [https://mirror.local]", "daemon.insecure-registries", Status::Pass,
            daemon(R"({"info": {"RegistryConfig": {"InsecureRegistryCIDRs": ["127.0.0.0/8"],
                "IndexConfigs": {"docker.io": {"Secure": true}}, "Mirrors": ["https://mirror.local/"]}}})"));
        add("control", "ARG APP_USER=nobody, no build argument", "dockerfile.user", Status::Pass,
            dockerfile("FROM alpine:3.19\nARG APP_USER=nobody\nUSER $APP_USER\n"));
        // clang-format on
        return c;
    }();
    return list;
}

} // namespace

void TestVerdictOracle::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(QFile::exists(dataPath(QStringLiteral("snapshots/integration-hardened-weak.json"))));
}

void TestVerdictOracle::oracle_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < cases().size(); ++i) {
        QTest::addRow("%s: %s", cases().at(i).check, cases().at(i).name) << int(i);
    }
}

void TestVerdictOracle::oracle()
{
    QFETCH(int, index);
    const Case& c = cases().at(index);
    QJsonObject snapshotJson = integrationJson();
    Subject subject;
    c.setup(snapshotJson, subject);
    auto loaded = Snapshot::fromJson(snapshotJson);
    QVERIFY(loaded.ok());
    Snapshot snapshot = loaded.value();
    if (subject.scope == Scope::Container) {
        // The container under test replaces the hardened one, so that container:X chains see it as the daemon would.
        for (QJsonObject& other : snapshot.containers) {
            if (other.value(QStringLiteral("Id")).toString() == subject.id) {
                other = subject.data;
            }
        }
    }
    const CheckDef* def = findCheck(QString::fromLatin1(c.check));
    QVERIFY2(def, c.check);
    QCOMPARE(def->scope, subject.scope);
    const Outcome outcome = def->evaluate(snapshot, subject);
    QVERIFY2(outcome.status == c.expected,
             qPrintable(QStringLiteral("expected %1, got %2: %3")
                            .arg(statusId(c.expected), statusId(outcome.status), outcome.evidence)));
    QVERIFY(!outcome.evidence.isEmpty());
}

void TestVerdictOracle::everyIssueRowHasACase()
{
    // Issue 24's table, row by row, and issue 20's two wrong verdicts: each has at least one case above.
    const QStringList rows{QStringLiteral("uid 0"),
                           QStringLiteral("cap-drop ALL + defaults"),
                           QStringLiteral("no-new-privileges ParseBool"),
                           QStringLiteral("no-new-privileges container over daemon"),
                           QStringLiteral("docker socket reachable"),
                           QStringLiteral("anonymous volume is not the socket"),
                           QStringLiteral("sensitive mounts"),
                           QStringLiteral("namespaces via container:X"),
                           QStringLiteral("--userns host without remap"),
                           QStringLiteral("seccomp allows everything"),
                           QStringLiteral("IPv6 any-address binds"),
                           QStringLiteral("cpuset confines"),
                           QStringLiteral("empty default-ulimits"),
                           QStringLiteral("secrets: names that hold no secret"),
                           QStringLiteral("secrets: values and short names"),
                           QStringLiteral("trusted by name"),
                           QStringLiteral("docker commit"),
                           QStringLiteral("distroless with a shell on PATH"),
                           QStringLiteral("-Hvalue"),
                           QStringLiteral("dockerd -D"),
                           QStringLiteral("content trust any true value"),
                           QStringLiteral("compose cap_add after cap_drop ALL"),
                           QStringLiteral("compose 0 is unlimited"),
                           QStringLiteral("dockerfile ARG overridden"),
                           QStringLiteral("dockerfile ENV from the parent stage"),
                           QStringLiteral("issue 20: seccomp and --privileged"),
                           QStringLiteral("issue 20: CapDrop listed as dangerous")};
    QSet<QString> covered;
    for (const Case& c : cases()) {
        covered.insert(QString::fromUtf8(c.row));
    }
    for (const QString& row : rows) {
        QVERIFY2(covered.contains(row), qPrintable(row));
    }
}

void TestVerdictOracle::passwdRootNames()
{
    const QByteArray passwd = "root:x:0:0:root:/root:/bin/sh\n"
                              "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                              "toor:x:0:0::/root:/bin/sh\n"
                              "zero:x:00:0::/:/bin/sh\n"
                              "# comment:x:0:0\n"
                              "app:x:10001:10001::/app:/sbin/nologin\n";
    QCOMPARE(ImageProbe::rootNamesIn(passwd), (QStringList{QStringLiteral("toor"), QStringLiteral("zero")}));
    QCOMPARE(ImageProbe::rootNamesIn(QByteArray()), QStringList());
}

void TestVerdictOracle::tarFirstFile()
{
    // A one-file ustar stream as GET /containers/{id}/archive?path=/etc/passwd sends it.
    const QByteArray content = "toor:x:0:0::/root:/bin/sh\n";
    QByteArray header(512, '\0');
    header.replace(0, 6, "passwd");
    const QByteArray size = QByteArray::number(content.size(), 8).rightJustified(11, '0');
    header.replace(124, size.size(), size);
    header[156] = '0';
    QByteArray tar = header + content;
    tar.append(QByteArray(512 - content.size(), '\0'));
    tar.append(QByteArray(1024, '\0'));
    QCOMPARE(ImageProbe::firstTarFile(tar).value_or(QByteArray()), content);
    QVERIFY(!ImageProbe::firstTarFile(QByteArray(1024, '\0')).has_value());
    QVERIFY(!ImageProbe::firstTarFile(QByteArray("short")).has_value());
}

void TestVerdictOracle::helpers()
{
    using namespace checkhelpers;
    // uid 0 as Go's strconv.Atoi reads it.
    for (const char* root : {"", "0", "00", "+0", "-0", "000:1000", "root", "root:wheel"}) {
        QVERIFY2(isRootUser(QString::fromLatin1(root)), root);
    }
    for (const char* user : {"1000", "10", "+10", "010", "nobody", "app:0", "0x0"}) {
        QVERIFY2(!isRootUser(QString::fromLatin1(user)), user);
    }
    QVERIFY(isRootUser(QStringLiteral("toor"), {QStringLiteral("toor")}));
    // strconv.ParseBool
    QCOMPARE(parseGoBool(QStringLiteral("True")), std::optional<bool>(true));
    QCOMPARE(parseGoBool(QStringLiteral("1")), std::optional<bool>(true));
    QCOMPARE(parseGoBool(QStringLiteral("F")), std::optional<bool>(false));
    QCOMPARE(parseGoBool(QStringLiteral("yes")), std::optional<bool>());
    QCOMPARE(noNewPrivilegesOption({QStringLiteral("no-new-privileges")}), std::optional<bool>(true));
    QCOMPARE(noNewPrivilegesOption({QStringLiteral("no-new-privileges:true"), QStringLiteral("no-new-privileges=0")}),
             std::optional<bool>(false));
    QCOMPARE(noNewPrivilegesOption({QStringLiteral("apparmor=unconfined")}), std::optional<bool>());
    // Every interface.
    for (const char* any : {"", "0.0.0.0", "::", "[::]", "::0", "[::0]", "0:0:0:0:0:0:0:0"}) {
        QVERIFY2(isAnyAddress(QString::fromLatin1(any)), any);
    }
    for (const char* one : {"127.0.0.1", "::1", "[::1]", "192.168.1.10", "fe80::1"}) {
        QVERIFY2(!isAnyAddress(QString::fromLatin1(one)), one);
    }
    // Secret names and values.
    for (const char* name : {"DB_PASS", "REDIS_AUTH", "GITHUB_TOKEN", "MYSQL_ROOT_PASSWORD", "dbPassword", "API_KEY"}) {
        QVERIFY2(looksLikeSecretName(QString::fromLatin1(name)), name);
    }
    for (const char* name :
         {"TOKENIZERS_PARALLELISM", "PASSWORD_MIN_LENGTH", "MYSQL_PASSWORD_FILE", "PASSPORT_PATH", "AUTHOR"}) {
        QVERIFY2(!looksLikeSecretName(QString::fromLatin1(name)), name);
    }
    QVERIFY(looksLikeSecretValue(QStringLiteral("postgres://admin:S3cr3t@db:5432/app")));
    QVERIFY(looksLikeSecretValue(QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\nMIIE")));
    QVERIFY(looksLikeSecretValue(QStringLiteral("ghp_0123456789abcdefghijklmnopqrstuvwxyzAB")));
    QVERIFY(looksLikeSecretValue(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abc")));
    QVERIFY(!looksLikeSecretValue(QStringLiteral("https://example.com/path")));
    QVERIFY(!looksLikeSecretValue(QStringLiteral("postgres://db@host/app")));
    QVERIFY(!looksLikeSecretValue(QStringLiteral("false")));
    // The Docker socket reached through a directory above it.
    QCOMPARE(runtimeSocketReached(QStringLiteral("/var/run"), wellKnownRuntimeSockets()),
             QStringLiteral("/run/docker.sock"));
    QCOMPARE(runtimeSocketReached(QStringLiteral("/"), wellKnownRuntimeSockets()), QStringLiteral("/run/docker.sock"));
    QCOMPARE(runtimeSocketReached(QStringLiteral("/var"), wellKnownRuntimeSockets()), QString());
    QCOMPARE(runtimeSocketReached(QStringLiteral("/run/user/1000/podman/podman.sock"), wellKnownRuntimeSockets()),
             QStringLiteral("/run/user/1000/podman/podman.sock"));
    QCOMPARE(runtimeSocketReached(QStringLiteral("/srv/app"), wellKnownRuntimeSockets()), QString());
}

QTEST_GUILESS_MAIN(TestVerdictOracle)
#include "test_verdictoracle.moc"
