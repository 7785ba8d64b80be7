// SPDX-License-Identifier: GPL-3.0-or-later
// Every daemon.* and container.* check against a hardened baseline snapshot, with one fact changed per row:
// each check has at least one passing and one failing (or warning) row.
#include "tests/common/TestUtil.h"

#include "core/checks/Capabilities.h"
#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/facts/Snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace escut;

class TestChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogueIsConsistent();
    void baselinePassesEverything();
    void checks_data();
    void checks();
    void everyCheckHasPassAndFailRows();
    void capabilities_data();
    void capabilities();
    void threadsGiveTheSameFindingsInOrder();
};

namespace
{

// The host, encryption and monitoring checks read host facts this baseline does not have: test_hostchecks.cpp
// gives them their passing and failing rows.
bool hostLayer(const CheckDef& def)
{
    return def.layer == Layer::Host || def.layer == Layer::Encryption || def.layer == Layer::Monitoring;
}

// CIS section 7 applies only to a swarm member, and the baseline keeps swarm mode off as CIS 5.1 asks:
// test_daemonchecks.cpp gives those checks their rows on a swarm manager's /info.
bool swarmOnly(const CheckDef& def)
{
    return QString::fromLatin1(def.cisIds).startsWith(QLatin1String("7."));
}

const char* const s_baseline = R"({
  "schema": 1,
  "toolVersion": "test",
  "collectedAt": "2026-11-24T10:00:00.000Z",
  "endpoint": {"kind": "unix", "url": "unix:///var/run/docker.sock", "socketPath": "/var/run/docker.sock", "source": "default"},
  "hostFactsCollected": true,
  "version": {"Version": "27.3.1", "ApiVersion": "1.47"},
  "info": {"ID": "TEST", "Debug": false, "LiveRestoreEnabled": true,
           "SecurityOptions": ["name=apparmor", "name=seccomp,profile=builtin", "name=userns", "name=rootless"],
           "Driver": "overlay2", "LoggingDriver": "syslog", "ExperimentalBuild": false,
           "Plugins": {"Authorization": ["opa-docker-authz"]}, "Swarm": {"LocalNodeState": "inactive"},
           "Runtimes": {"runc": {"path": "runc"}, "runsc": {"path": "/usr/bin/runsc"}}, "DefaultRuntime": "runc",
           "RegistryConfig": {"InsecureRegistryCIDRs": ["127.0.0.0/8"],
                              "IndexConfigs": {"docker.io": {"Name": "docker.io", "Secure": true, "Official": true}}}},
  "networks": [{"Name": "bridge", "Options": {"com.docker.network.bridge.enable_icc": "false"}}],
  "daemonCommandLine": ["/usr/bin/dockerd", "-H", "fd://", "--containerd=/run/containerd/containerd.sock"],
  "daemonConfig": {"path": "/etc/docker/daemon.json", "origin": "default", "exists": true, "readable": true,
                   "text": "{\"icc\": false, \"debug\": false, \"live-restore\": true, \"userland-proxy\": false, \"no-new-privileges\": true, \"log-level\": \"info\", \"userns-remap\": \"default\", \"default-ulimits\": {\"nofile\": {\"Name\": \"nofile\", \"Soft\": 1024, \"Hard\": 2048}}}",
                   "file": {"role": "daemon.json", "path": "/etc/docker/daemon.json", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0644", "type": "file"}},
  "files": [
    {"role": "docker.sock", "path": "/var/run/docker.sock", "exists": true, "uid": 0, "gid": 998, "owner": "root", "group": "docker", "mode": "0660", "type": "socket"},
    {"role": "daemon.json", "path": "/etc/docker/daemon.json", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0644", "type": "file"},
    {"role": "/etc/docker", "path": "/etc/docker", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0755", "type": "dir"},
    {"role": "key.json", "path": "/etc/docker/key.json", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0600", "type": "file"},
    {"role": "docker.service", "path": "/lib/systemd/system/docker.service", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0644", "type": "file"},
    {"role": "docker.socket", "path": "/lib/systemd/system/docker.socket", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0644", "type": "file"},
    {"role": "/etc/default/docker", "path": "/etc/default/docker", "exists": false},
    {"role": "/etc/sysconfig/docker", "path": "/etc/sysconfig/docker", "exists": false},
    {"role": "containerd.sock", "path": "/run/containerd/containerd.sock", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0660", "type": "socket"},
    {"role": "certs.d", "path": "/etc/docker/certs.d", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0755", "type": "dir"},
    {"role": "registry-cert", "path": "/etc/docker/certs.d/registry.lab:5000/ca.crt", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0444", "type": "file"}
  ],
  "containers": [{
    "Id": "c0ffee", "Name": "/web", "AppArmorProfile": "docker-default",
    "Config": {"User": "1000:1000", "Healthcheck": {"Test": ["CMD", "true"]}},
    "State": {"Running": true, "Health": {"Status": "healthy"}},
    "HostConfig": {"Privileged": false, "CapAdd": null, "CapDrop": ["ALL"], "ReadonlyRootfs": true,
                   "SecurityOpt": ["no-new-privileges"], "Memory": 67108864, "NanoCpus": 500000000, "PidsLimit": 64,
                   "Ulimits": [{"Name": "nofile", "Soft": 512, "Hard": 512}],
                   "RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 3},
                   "NetworkMode": "app", "PidMode": "", "IpcMode": "private", "UTSMode": "", "UsernsMode": "",
                   "PortBindings": {"8080/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]}, "Runtime": "runsc"},
    "Mounts": [{"Type": "volume", "Source": "/var/lib/docker/volumes/data/_data", "Destination": "/data", "RW": true}],
    "NetworkSettings": {"Networks": {"app": {}}}
  }],
  "images": [],
  "composeFiles": [{"path": "/srv/app/docker-compose.yml", "text": "services:\n  web:\n    image: nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000\n    user: '101:101'\n    read_only: true\n    cap_drop: [ALL]\n    security_opt: ['no-new-privileges:true']\n    mem_limit: 256m\n    cpus: 0.5\n    ports: ['127.0.0.1:8080:80']\n    secrets: [token]\n"}],
  "dockerfiles": [{"path": "/srv/app/Dockerfile", "origins": ["--dockerfile"], "text": "FROM golang:1.22 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\nUSER 65532:65532\nENTRYPOINT [\"/app\"]\n"}],
  "probes": {"enabled": true,
             "exec": [{"containerId": "c0ffee", "running": true, "started": false, "exitCode": 126, "httpStatus": 400, "error": "exec: \"sh\": executable file not found in $PATH", "ms": 20}],
             "run": [{"containerId": "c0ffee", "image": "sha256:feed", "started": true, "exitCode": 1, "limitSeconds": 10, "ms": 300}]},
  "processes": {"collected": true,
                "containers": [{"id": "c0ffee", "source": "proc", "programs": ["app"], "processes": 1}]},
  "execHistory": {"collected": true, "sources": [{"source": "events", "read": true, "records": 40}], "execs": []},
  "issues": []
})";

QJsonObject merge(QJsonObject base, const QJsonObject& patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull()) {
            base.remove(it.key()); // null in a patch removes the key, as an absent field in real inspect data
        } else if (it.value().isObject() && base.value(it.key()).isObject()) {
            base.insert(it.key(), merge(base.value(it.key()).toObject(), it.value().toObject()));
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

// patch: merged into the snapshot; its "container" key is merged into the first container instead.
Snapshot snapshotWith(const QByteArray& patchJson)
{
    QJsonObject snapshot = QJsonDocument::fromJson(s_baseline).object();
    Q_ASSERT(!snapshot.isEmpty());
    QJsonObject patch = QJsonDocument::fromJson(patchJson).object();
    Q_ASSERT(patchJson.isEmpty() || !patch.isEmpty());
    if (patch.contains(QStringLiteral("container"))) {
        QJsonArray containers = snapshot.value(QStringLiteral("containers")).toArray();
        containers[0] = merge(containers[0].toObject(), patch.take(QStringLiteral("container")).toObject());
        snapshot.insert(QStringLiteral("containers"), containers);
    }
    return Snapshot::fromJson(merge(snapshot, patch)).value();
}

// One fact changed per row: the check, the patch of the baseline, the status and a part of the evidence expected.
struct CheckRow
{
    const char* name;
    const char* check;
    QByteArray patch;
    const char* status;
    const char* evidence;
};

QList<CheckRow> checkRows()
{
    QList<CheckRow> out;
    const auto row =
        [&out](const char* name, const char* check, const char* patch, const char* status, const char* evidence = "") {
            out.append({name, check, QByteArray(patch), status, evidence});
        };
    // CIS Docker Benchmark v1.6.0 items of issue 20 (more rows in test_daemonchecks and test_containerchecks)
    row("root daemon",
        "daemon.rootless",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=builtin"]}})",
        "warn",
        "runs as root");
    row("aufs", "daemon.storage-driver", R"({"info": {"Driver": "aufs"}})", "fail", "aufs");
    row("cgroup parent",
        "daemon.cgroup-parent",
        R"({"daemonCommandLine": ["/usr/bin/dockerd", "--cgroup-parent", "/big"]})",
        "warn",
        "/big");
    row("devicemapper base size",
        "daemon.base-device-size",
        R"({"info": {"Driver": "devicemapper"}, "daemonCommandLine": ["/usr/bin/dockerd", "--storage-opt=dm.basesize=20G"]})",
        "warn",
        "dm.basesize=20G");
    row("no authorization plugin",
        "daemon.authorization",
        R"({"info": {"Plugins": {"Authorization": []}}})",
        "warn",
        "Plugins.Authorization");
    row("json-file logs", "daemon.remote-logging", R"({"info": {"LoggingDriver": "json-file"}})", "warn", "json-file");
    row("daemon seccomp unconfined",
        "daemon.seccomp-profile",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=unconfined", "name=rootless"]}})",
        "fail",
        "unconfined");
    row("experimental", "daemon.experimental", R"({"info": {"ExperimentalBuild": true}})", "fail", "true");
    row("swarm on", "daemon.swarm-mode", R"({"info": {"Swarm": {"LocalNodeState": "active"}}})", "warn", "active");
    row("unused image",
        "daemon.image-sprawl",
        R"({"images": [{"inspect": {"Id": "sha256:unused"}}], "sprawlLimits": {"maxUnusedImages": 0}})",
        "warn",
        "1 unused; at most 0 unused allowed");
    row("stopped container",
        "daemon.container-sprawl",
        R"({"container": {"State": {"Running": false}}, "sprawlLimits": {"maxStoppedContainers": 0}})",
        "warn",
        "1 stopped or never started; at most 0 stopped allowed");
    row("sshd in a container",
        "container.sshd",
        R"({"processes": {"collected": true, "containers": [{"id": "c0ffee", "source": "top",
            "programs": ["app", "sshd"], "processes": 2}]}})",
        "fail",
        "sshd (listed by the daemon)");
    row("port 443 published",
        "container.privileged-ports",
        R"({"container": {"HostConfig": {"PortBindings": {"443/tcp": [{"HostIp": "127.0.0.1", "HostPort": "443"}]}}}})",
        "warn",
        "127.0.0.1:443->443/tcp");
    row("-P", "container.published-ports", R"({"container": {"HostConfig": {"PublishAllPorts": true}}})", "warn", "-P");
    row("a host device",
        "container.devices",
        R"({"container": {"HostConfig": {"Devices": [{"PathOnHost": "/dev/kvm", "PathInContainer": "/dev/kvm", "CgroupPermissions": "rwm"}]}}})",
        "warn",
        "/dev/kvm");
    row("shared propagation",
        "container.mount-propagation",
        R"({"container": {"Mounts": [{"Type": "bind", "Source": "/mnt", "Destination": "/mnt", "Propagation": "rshared"}]}})",
        "fail",
        "rshared");
    row("own cgroup parent",
        "container.cgroup-parent",
        R"({"container": {"HostConfig": {"CgroupParent": "/escut.slice"}}})",
        "warn",
        "/escut.slice");
    row("default bridge",
        "container.default-bridge",
        R"({"container": {"HostConfig": {"NetworkMode": "bridge"}, "NetworkSettings": {"Networks": {"bridge": {}}}}})",
        "warn",
        "default bridge");
    row("update alone",
        "dockerfile.update-alone",
        R"({"dockerfiles": [{"path": "/srv/app/Dockerfile", "origins": ["--dockerfile"], "text": "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n"}]})",
        "warn",
        "apt-get update");

    // daemon.config-valid
    row("config missing",
        "daemon.config-valid",
        R"({"daemonConfig": {"exists": false, "readable": false, "text": ""}})",
        "info",
        "defaults");
    row("config unreadable",
        "daemon.config-valid",
        R"({"daemonConfig": {"readable": false, "readError": "permission denied"}})",
        "skipped",
        "root");
    row("config empty", "daemon.config-valid", R"({"daemonConfig": {"text": "  \n"}})", "warn", "empty");
    row("config invalid",
        "daemon.config-valid",
        R"({"daemonConfig": {"text": "{\"debug\": false,}"}})",
        "fail",
        "line 1");
    row("config comments",
        "daemon.config-valid",
        R"({"daemonConfig": {"text": "{\n// quiet\n\"debug\": false}"}})",
        "fail",
        "no comments");
    row("config unknown key",
        "daemon.config-valid",
        R"({"daemonConfig": {"text": "{\"debgu\": false}"}})",
        "fail",
        "debgu");
    row("config conflict",
        "daemon.config-valid",
        R"({"daemonConfig": {"text": "{\"hosts\": [\"unix:///x.sock\"]}"}})",
        "fail",
        "hosts");
    row("config remote",
        "daemon.config-valid",
        R"({"hostFactsCollected": false, "daemonConfig": {"exists": false}})",
        "skipped",
        "remote");
    // daemon.debug-off
    row("debug on", "daemon.debug-off", R"({"info": {"Debug": true}})", "fail", "Debug true");
    // daemon.icc-off
    row("icc on",
        "daemon.icc-off",
        R"({"networks": [{"Name": "bridge", "Options": {"com.docker.network.bridge.enable_icc": "true"}}]})",
        "fail",
        "enable_icc=true");
    row("icc from config",
        "daemon.icc-off",
        R"({"networks": [], "daemonConfig": {"text": "{\"icc\": true}"}})",
        "fail",
        "\"icc\": true");
    row("icc flag",
        "daemon.icc-off",
        R"({"networks": [], "daemonConfig": {"text": "{}"}, "daemonCommandLine": ["dockerd", "--icc=false"]})",
        "pass",
        "--icc=false");
    // daemon.default-ulimits
    row("no default ulimits", "daemon.default-ulimits", R"({"daemonConfig": {"text": "{}"}})", "fail");
    row("default ulimit flag",
        "daemon.default-ulimits",
        R"({"daemonConfig": {"text": "{}"}, "daemonCommandLine": ["dockerd", "--default-ulimit", "nofile=1024:2048"]})",
        "pass",
        "nofile");
    // daemon.userns-remap
    row("no userns",
        "daemon.userns-remap",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=default"]}, "daemonConfig": {"text": "{}"}})",
        "fail");
    row("userns configured not active",
        "daemon.userns-remap",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=default"]}})",
        "warn",
        "restart");
    row("rootless",
        "daemon.userns-remap",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=default", "name=rootless"]}})",
        "pass",
        "rootless");
    // daemon.live-restore
    row("live restore off", "daemon.live-restore", R"({"info": {"LiveRestoreEnabled": false}})", "fail");
    // daemon.no-new-privileges
    row("nnp unset", "daemon.no-new-privileges", R"({"daemonConfig": {"text": "{}"}})", "fail", "default is false");
    // daemon.userland-proxy-off
    row("userland proxy default",
        "daemon.userland-proxy-off",
        R"({"daemonConfig": {"text": "{}"}})",
        "fail",
        "default is true");
    // daemon.log-level
    row("log level debug",
        "daemon.log-level",
        R"({"daemonConfig": {"text": "{\"log-level\": \"debug\"}"}})",
        "fail",
        "debug");
    row("log level error",
        "daemon.log-level",
        R"({"daemonCommandLine": ["dockerd", "--log-level", "error"]})",
        "warn",
        "error");
    row("log level default", "daemon.log-level", R"({"daemonConfig": {"text": "{}"}})", "pass", "default");
    // daemon.tls
    row("tcp without tls",
        "daemon.tls",
        R"({"daemonCommandLine": ["dockerd", "-H", "tcp://0.0.0.0:2375"]})",
        "fail",
        "2375");
    row("tcp with tls",
        "daemon.tls",
        R"({"daemonCommandLine": ["dockerd", "-H", "tcp://0.0.0.0:2376", "--tlsverify"]})",
        "pass",
        "2376");
    row("audited over plain tcp",
        "daemon.tls",
        R"({"endpoint": {"kind": "tcp", "url": "tcp://10.0.0.5:2375", "host": "10.0.0.5", "port": 2375, "tls": false}})",
        "fail",
        "plain TCP");
    // daemon.insecure-registries
    row("insecure registry",
        "daemon.insecure-registries",
        R"({"info": {"RegistryConfig": {"InsecureRegistryCIDRs": ["127.0.0.0/8", "10.0.0.0/8"]}}})",
        "fail",
        "10.0.0.0/8");
    // daemon.socket-perms
    row("socket world writable",
        "daemon.socket-perms",
        R"({"files": [{"role": "docker.sock", "path": "/var/run/docker.sock", "exists": true, "uid": 0, "gid": 998, "owner": "root", "group": "docker", "mode": "0666", "type": "socket"}]})",
        "fail",
        "0666");
    row("socket remote", "daemon.socket-perms", R"({"hostFactsCollected": false})", "skipped", "remote");
    // daemon.config-perms
    row("config writable",
        "daemon.config-perms",
        R"({"files": [{"role": "daemon.json", "path": "/etc/docker/daemon.json", "exists": true, "uid": 1000, "gid": 1000, "owner": "alice", "group": "alice", "mode": "0664", "type": "file"}]})",
        "fail",
        "alice");
    // daemon.key-perms
    row("key readable",
        "daemon.key-perms",
        R"({"files": [{"role": "key.json", "path": "/etc/docker/key.json", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0644", "type": "file"}]})",
        "fail",
        "0644");
    row("key unknown",
        "daemon.key-perms",
        R"({"files": [{"role": "key.json", "path": "/etc/docker/key.json", "exists": false, "error": "permission denied"}]})",
        "skipped",
        "permission denied");
    row("tls key readable",
        "daemon.key-perms",
        R"({"files": [{"role": "tlskey", "path": "/etc/docker/tls/key.pem", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0640", "type": "file"}]})",
        "fail",
        "key.pem");
    // daemon.unit-perms, daemon.registry-cert-perms, daemon.env-file-perms, daemon.containerd-socket-perms,
    // daemon.tls-cert-expiry (test_filechecks.cpp has the rest of their rows)
    row("docker.service writable",
        "daemon.unit-perms",
        R"({"files": [{"role": "docker.service", "path": "/lib/systemd/system/docker.service", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0666", "type": "file"}]})",
        "fail",
        "docker.service is root:root 0666");
    row("registry certificate writable",
        "daemon.registry-cert-perms",
        R"({"files": [{"role": "certs.d", "path": "/etc/docker/certs.d", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0755", "type": "dir"},
                      {"role": "registry-cert", "path": "/etc/docker/certs.d/registry.lab:5000/ca.crt", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0644", "type": "file"}]})",
        "fail",
        "ca.crt is root:root 0644");
    row("/etc/default/docker owned by a user",
        "daemon.env-file-perms",
        R"({"files": [{"role": "/etc/default/docker", "path": "/etc/default/docker", "exists": true, "uid": 1000, "gid": 1000, "owner": "alice", "group": "alice", "mode": "0644", "type": "file"}]})",
        "fail",
        "alice:alice");
    row("containerd socket writable",
        "daemon.containerd-socket-perms",
        R"({"files": [{"role": "containerd.sock", "path": "/run/containerd/containerd.sock", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0666", "type": "socket"}]})",
        "fail",
        "0666");
    row("tls certificate expired",
        "daemon.tls-cert-expiry",
        R"({"files": [{"role": "tlscert", "path": "/etc/docker/tls/cert.pem", "exists": true, "uid": 0, "gid": 0, "owner": "root", "group": "root", "mode": "0444", "type": "file", "notAfter": "2026-11-01T00:00:00Z"}]})",
        "fail",
        "expired on 2026-11-01");
    // daemon.version
    row("old version", "daemon.version", R"({"version": {"Version": "19.03.15"}})", "fail");
    row("eol version", "daemon.version", R"({"version": {"Version": "20.10.24+dfsg1"}})", "warn", "20.10.24");
    // daemon.isolated-runtime
    row("runc only", "daemon.isolated-runtime", R"({"info": {"Runtimes": {"runsc": null}}})", "warn", "runc");
    // containers
    row("root user",
        "container.user-nonroot",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=default", "name=apparmor"]}, "container": {"Config": {"User": ""}}})",
        "fail",
        "root");
    row("root user 0:0",
        "container.user-nonroot",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=default", "name=apparmor"]}, "container": {"Config": {"User": "0:0"}}})",
        "fail");
    row("root remapped",
        "container.user-nonroot",
        R"({"container": {"Config": {"User": "root"}}})",
        "warn",
        "remapped");
    row("privileged", "container.privileged", R"({"container": {"HostConfig": {"Privileged": true}}})", "fail");
    row("cap sys_admin",
        "container.capabilities",
        R"({"container": {"HostConfig": {"CapDrop": null, "CapAdd": ["SYS_ADMIN"]}}})",
        "fail",
        "SYS_ADMIN");
    row("cap defaults",
        "container.capabilities",
        R"({"container": {"HostConfig": {"CapDrop": null}}})",
        "warn",
        "NET_RAW");
    row("cap privileged",
        "container.capabilities",
        R"({"container": {"HostConfig": {"Privileged": true}}})",
        "fail",
        "SYS_MODULE");
    row("cap podman drops",
        "container.capabilities",
        R"({"container": {"HostConfig": {"CapDrop": ["CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_MKNOD", "CAP_NET_RAW", "CAP_SETFCAP", "CAP_SETGID", "CAP_SETPCAP", "CAP_SETUID", "CAP_SYS_CHROOT", "CAP_AUDIT_WRITE"], "CapAdd": ["CAP_NET_BIND_SERVICE"]}}})",
        "pass",
        "NET_BIND_SERVICE");
    row("nnp missing",
        "container.no-new-privileges",
        R"({"daemonConfig": {"text": "{}"}, "container": {"HostConfig": {"SecurityOpt": []}}})",
        "fail");
    row("nnp from daemon",
        "container.no-new-privileges",
        R"({"container": {"HostConfig": {"SecurityOpt": []}}})",
        "pass",
        "daemon");
    row("docker socket",
        "container.docker-socket",
        R"({"container": {"Mounts": [{"Type": "bind", "Source": "/var/run/docker.sock", "Destination": "/var/run/docker.sock", "RW": true}]}})",
        "fail",
        "docker.sock");
    row("sensitive /etc",
        "container.sensitive-mounts",
        R"({"container": {"Mounts": [{"Type": "bind", "Source": "/etc", "Destination": "/host-etc", "RW": false}]}})",
        "fail",
        "read-only");
    row("sensitive root",
        "container.sensitive-mounts",
        R"({"container": {"Mounts": [{"Type": "bind", "Source": "/", "Destination": "/host", "RW": true}]}})",
        "fail",
        "read-write");
    row("writable rootfs",
        "container.read-only",
        R"({"container": {"HostConfig": {"ReadonlyRootfs": false}}})",
        "fail");
    row("no memory", "container.memory", R"({"container": {"HostConfig": {"Memory": 0}}})", "fail");
    row("no cpus", "container.cpus", R"({"container": {"HostConfig": {"NanoCpus": 0}}})", "fail");
    row("cpu shares",
        "container.cpus",
        R"({"container": {"HostConfig": {"NanoCpus": 0, "CpuShares": 512}}})",
        "warn",
        "512");
    row("cpu quota",
        "container.cpus",
        R"({"container": {"HostConfig": {"NanoCpus": 0, "CpuQuota": 50000, "CpuPeriod": 100000}}})",
        "pass",
        "50000");
    row("no pids", "container.pids", R"({"container": {"HostConfig": {"PidsLimit": null}}})", "fail");
    row("no ulimits",
        "container.ulimits",
        R"({"daemonConfig": {"text": "{}"}, "container": {"HostConfig": {"Ulimits": null}}})",
        "fail");
    row("daemon ulimits",
        "container.ulimits",
        R"({"container": {"HostConfig": {"Ulimits": null}}})",
        "pass",
        "default");
    row("restart always",
        "container.restart-policy",
        R"({"container": {"HostConfig": {"RestartPolicy": {"Name": "always", "MaximumRetryCount": 0}}}})",
        "fail",
        "always");
    row("restart no",
        "container.restart-policy",
        R"({"container": {"HostConfig": {"RestartPolicy": {"Name": "no", "MaximumRetryCount": 0}}}})",
        "warn",
        "on-failure");
    row("restart too many",
        "container.restart-policy",
        R"({"container": {"HostConfig": {"RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 10}}}})",
        "warn",
        "10");
    row("ports everywhere",
        "container.ports-bind",
        R"({"container": {"HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}}}})",
        "warn",
        "0.0.0.0:8080");
    row("ports privileged",
        "container.privileged-ports",
        R"({"container": {"HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "80"}]}}}})",
        "warn",
        "below 1024");
    row("ports host net",
        "container.ports-bind",
        R"({"container": {"HostConfig": {"NetworkMode": "host"}}})",
        "info",
        "host network");
    row("healthcheck none",
        "container.health",
        R"({"container": {"Config": {"Healthcheck": {"Test": ["NONE"]}}}})",
        "fail",
        "NONE");
    row("no healthcheck", "container.health", R"({"container": {"Config": {"Healthcheck": null}}})", "warn");
    row("runc runtime",
        "container.isolated-runtime",
        R"({"container": {"HostConfig": {"Runtime": "runc"}}})",
        "warn",
        "runc");
    row("kata by path",
        "container.isolated-runtime",
        R"({"info": {"Runtimes": {"secure": {"runtimeType": "io.containerd.kata.v2"}}}, "container": {"HostConfig": {"Runtime": "secure"}}})",
        "pass",
        "secure");
    row("seccomp unconfined",
        "container.seccomp",
        R"({"container": {"HostConfig": {"SecurityOpt": ["seccomp=unconfined"]}}})",
        "fail",
        "unconfined");
    row("daemon without seccomp", "container.seccomp", R"({"info": {"SecurityOptions": ["name=apparmor"]}})", "fail");
    row("apparmor unconfined", "container.apparmor", R"({"container": {"AppArmorProfile": "unconfined"}})", "fail");
    row("no mac",
        "container.apparmor",
        R"({"info": {"SecurityOptions": ["name=seccomp,profile=default"]}, "container": {"AppArmorProfile": ""}})",
        "warn");
    row("selinux",
        "container.apparmor",
        R"({"info": {"SecurityOptions": ["name=selinux"]}, "container": {"AppArmorProfile": "", "ProcessLabel": "system_u:system_r:container_t:s0:c1,c2"}})",
        "pass",
        "container_t");
    row("host network",
        "container.namespaces",
        R"({"container": {"HostConfig": {"NetworkMode": "host"}}})",
        "fail",
        "network");
    // compose: the whole file of the row replaces the baseline's
    const auto compose =
        [&out](const char* name, const char* check, const char* yaml, const char* status, const char* evidence = "") {
            const QByteArray patch =
                QByteArray(R"({"composeFiles": [{"path": "/srv/app/docker-compose.yml", "text": )") +
                QJsonDocument(QJsonArray{QString::fromUtf8(yaml)}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
                "}]}";
            out.append({name, check, patch, status, evidence});
        };
    compose("compose privileged",
            "compose.privileged",
            "services:\n  a:\n    image: x:1\n    privileged: true\n",
            "fail");
    compose("compose no cap_drop", "compose.cap-drop", "services:\n  a:\n    image: x:1\n", "fail");
    compose("compose pid host",
            "compose.namespaces",
            "services:\n  a:\n    image: x:1\n    pid: host\n    ipc: host\n",
            "fail",
            "pid: host, ipc: host");
    compose("compose network host",
            "compose.namespaces",
            "services:\n  a:\n    image: x:1\n    network_mode: host\n",
            "fail",
            "network_mode: host");
    compose("compose own namespaces",
            "compose.namespaces",
            "services:\n  a:\n    image: x:1\n    network_mode: bridge\n    ipc: shareable\n",
            "pass",
            "own");
    compose("compose device",
            "compose.devices",
            "services:\n  a:\n    image: x:1\n    devices: ['/dev/kvm:/dev/kvm']\n",
            "warn",
            "/dev/kvm:/dev/kvm");
    compose("compose device long syntax",
            "compose.devices",
            "services:\n  a:\n    image: x:1\n    devices:\n      - source: /dev/sda\n        target: /dev/xvda\n",
            "warn",
            "/dev/sda:/dev/xvda");
    compose("compose device cgroup rule",
            "compose.devices",
            "services:\n  a:\n    image: x:1\n    device_cgroup_rules: ['c 1:3 mr']\n",
            "warn",
            "c 1:3 mr");
    compose("compose privileged devices",
            "compose.devices",
            "services:\n  a:\n    image: x:1\n    privileged: true\n",
            "fail",
            "every host device");
    compose("compose cap_drop via anchor",
            "compose.cap-drop",
            "x-hard: &hard\n  cap_drop: [ALL]\nservices:\n  a:\n    <<: *hard\n    image: x:1\n",
            "pass",
            "ALL");
    compose("compose no nnp", "compose.no-new-privileges", "services:\n  a:\n    image: x:1\n", "fail");
    compose("compose no user", "compose.user", "services:\n  a:\n    image: x:1\n", "warn");
    compose("compose root user", "compose.user", "services:\n  a:\n    image: x:1\n    user: root\n", "fail");
    compose("compose writable", "compose.read-only", "services:\n  a:\n    image: x:1\n", "fail");
    compose("compose no limits", "compose.resources", "services:\n  a:\n    image: x:1\n", "fail");
    compose("compose v3 limits",
            "compose.resources",
            "version: '3.8'\nservices:\n  a:\n    image: x:1\n    deploy:\n      resources:\n        limits:\n         "
            " cpus: '1'\n          memory: 512M\n",
            "pass");
    compose("compose memory only", "compose.resources", "services:\n  a:\n    image: x:1\n    mem_limit: 1g\n", "warn");
    compose("compose socket",
            "compose.docker-socket",
            "services:\n  a:\n    image: x:1\n    volumes: ['/var/run/docker.sock:/var/run/docker.sock']\n",
            "fail",
            "docker.sock");
    compose("compose public port",
            "compose.ports-loopback",
            "services:\n  a:\n    image: x:1\n    ports: ['8080:80']\n",
            "warn",
            "8080:80");
    compose("compose host network",
            "compose.ports-loopback",
            "services:\n  a:\n    image: x:1\n    network_mode: host\n",
            "fail");
    compose("compose latest", "compose.pinned-images", "services:\n  a:\n    image: nginx:latest\n", "fail");
    compose("compose untagged",
            "compose.pinned-images",
            "services:\n  a:\n    image: registry.local:5000/nginx\n",
            "fail");
    compose("compose build", "compose.pinned-images", "services:\n  a:\n    build: .\n", "info");
    compose("compose env secret",
            "compose.secrets",
            "services:\n  a:\n    image: x:1\n    environment:\n      DB_PASSWORD: hunter2\n      DB_PASSWORD_FILE: "
            "/run/secrets/db\n",
            "fail",
            "DB_PASSWORD");
    compose("compose env interpolated",
            "compose.secrets",
            "services:\n  a:\n    image: x:1\n    environment:\n      - API_TOKEN=${API_TOKEN}\n",
            "pass");
    compose("compose invalid yaml", "compose.user", "services: [unclosed\n", "error");
    // dockerfile.*, container.secrets and the active probes (more rows in test_dockerfilechecks.cpp)
    row("dockerfile root",
        "dockerfile.user",
        R"({"dockerfiles": [{"path": "/d", "text": "FROM alpine:3.19\nUSER root\n"}]})",
        "fail",
        "root");
    row("dockerfile add",
        "dockerfile.add",
        R"({"dockerfiles": [{"path": "/d", "text": "FROM a:1\nADD . /src\n"}]})",
        "fail");
    row("dockerfile latest",
        "dockerfile.pinned-base",
        R"({"dockerfiles": [{"path": "/d", "text": "FROM alpine:latest\n"}]})",
        "fail",
        "latest");
    row("dockerfile compiler",
        "dockerfile.multistage",
        R"({"dockerfiles": [{"path": "/d", "text": "FROM golang:1.22\nRUN go build -o /app\n"}]})",
        "fail",
        "golang");
    row("env secret",
        "container.secrets",
        R"({"container": {"Config": {"Env": ["PATH=/bin", "DB_PASSWORD=hunter2"]}}})",
        "fail",
        "DB_PASSWORD");
    row("exec works",
        "container.exec-shell",
        R"({"probes": {"enabled": true, "exec": [{"containerId": "c0ffee", "running": true, "started": true, "exitCode": 0, "ms": 30}]}})",
        "fail");
    row("probes off", "container.token-gate", R"({"probes": {"enabled": false}})", "skipped", "--active");
    // The rows of every source, user and container in tests/unit/test_exechistory.cpp.
    row("exec privileged",
        "container.exec-privileged",
        R"({"execHistory": {"collected": true, "sources": [{"source": "events", "read": true, "records": 40}],
            "execs": [{"source": "events", "container": "c0ffee", "time": "2026-12-07T11:00:00.000Z", "known": true,
                       "privileged": true, "user": "", "entrypoint": "sh"}]}})",
        "fail",
        "docker exec --privileged");
    row("exec as root",
        "container.exec-root",
        R"({"execHistory": {"collected": true, "sources": [{"source": "events", "read": true, "records": 40}],
            "execs": [{"source": "events", "container": "c0ffee", "time": "2026-12-07T11:00:00.000Z", "known": true,
                       "privileged": false, "user": "root", "entrypoint": "sh"}]}})",
        "warn",
        "--user root");
    row("host pid ipc",
        "container.namespaces",
        R"({"container": {"HostConfig": {"PidMode": "host", "IpcMode": "host"}}})",
        "fail",
        "pid, ipc");
    return out;
}

} // namespace

void TestChecks::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestChecks::catalogueIsConsistent()
{
    const QStringList required{QStringLiteral("daemon.config-valid"),
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
                               QStringLiteral("compose.privileged"),
                               QStringLiteral("compose.cap-drop"),
                               QStringLiteral("compose.no-new-privileges"),
                               QStringLiteral("compose.user"),
                               QStringLiteral("compose.read-only"),
                               QStringLiteral("compose.resources"),
                               QStringLiteral("compose.docker-socket"),
                               QStringLiteral("compose.ports-loopback"),
                               QStringLiteral("compose.pinned-images"),
                               QStringLiteral("compose.secrets")};
    QSet<QString> ids;
    for (const CheckDef& def : catalogue()) {
        const QString id = QString::fromLatin1(def.id);
        QVERIFY2(!ids.contains(id), qPrintable(id + QStringLiteral(" is duplicated")));
        ids.insert(id);
        QVERIFY2(qstrlen(def.title) > 0 && qstrlen(def.rationale) > 20 && qstrlen(def.remediation) > 10, def.id);
        QVERIFY2(def.evaluate, def.id);
        QVERIFY2(id.startsWith(scopeId(def.scope) == QLatin1String("daemon") ? QStringLiteral("daemon.")
                                                                             : scopeId(def.scope) + QLatin1Char('.')) ||
                     (def.layer == Layer::Monitoring && id.startsWith(QLatin1String("monitor."))),
                 def.id);
    }
    for (const QString& id : required) {
        QVERIFY2(ids.contains(id), qPrintable(id + QStringLiteral(" is missing")));
        QVERIFY(findCheck(id));
    }
}

void TestChecks::baselinePassesEverything()
{
    const QList<Finding> findings = evaluate(snapshotWith({}));
    QVERIFY(findings.size() >= 34);
    for (const Finding& f : findings) {
        if (hostLayer(*f.check) || swarmOnly(*f.check)) {
            continue;
        }
        // A check of severity info lists what a person must review (CIS Manual items such as 5.9's published ports):
        // its rows in test_containerchecks.cpp pass where there is nothing to review.
        if (f.check->severity == Severity::Info && f.status == Status::Info) {
            continue;
        }
        QVERIFY2(
            f.status == Status::Pass,
            qPrintable(QStringLiteral("%1: %2 (%3)").arg(QLatin1String(f.check->id), statusId(f.status), f.evidence)));
    }
}

void TestChecks::checks_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    for (const CheckRow& r : checkRows()) {
        QTest::newRow(r.name) << QString::fromLatin1(r.check) << r.patch << QString::fromLatin1(r.status)
                              << QString::fromLatin1(r.evidence);
    }
}

void TestChecks::checks()
{
    QFETCH(QString, check);
    QFETCH(QByteArray, patch);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    const Snapshot snapshot = snapshotWith(patch);
    const CheckDef* def = findCheck(check);
    QVERIFY2(def, qPrintable(check));
    const QList<Subject> subjects = subjectsFor(snapshot, def->scope);
    QCOMPARE(subjects.size(), 1);
    const Outcome outcome = def->evaluate(snapshot, subjects.first());
    QVERIFY2(statusId(outcome.status) == status,
             qPrintable(QStringLiteral("got %1: %2").arg(statusId(outcome.status), outcome.evidence)));
    QVERIFY2(outcome.evidence.contains(evidence), qPrintable(outcome.evidence));
}

void TestChecks::everyCheckHasPassAndFailRows()
{
    // Every check passes on the baseline and does not pass on at least one row of the table (evaluated here, so this
    // holds when the test runs alone, in any order).
    const Snapshot baseline = snapshotWith({});
    QSet<QString> passes;
    for (const Finding& f : evaluate(baseline)) {
        if (f.status == Status::Pass) {
            passes.insert(QString::fromLatin1(f.check->id));
        }
    }
    QSet<QString> notPassing;
    for (const CheckRow& r : checkRows()) {
        const CheckDef* def = findCheck(QString::fromLatin1(r.check));
        QVERIFY2(def, r.check);
        const Snapshot snapshot = snapshotWith(r.patch);
        for (const Subject& subject : subjectsFor(snapshot, def->scope)) {
            if (def->evaluate(snapshot, subject).status != Status::Pass) {
                notPassing.insert(QString::fromLatin1(def->id));
            }
        }
    }
    int covered = 0;
    for (const CheckDef& def : catalogue()) {
        if (hostLayer(def) || def.scope == Scope::Image || swarmOnly(def)) {
            continue; // test_hostchecks.cpp and test_imagechecks.cpp have the pass and fail rows of those checks
        }
        const QString id = QString::fromLatin1(def.id);
        QVERIFY2(passes.contains(id) || def.severity == Severity::Info,
                 qPrintable(id + QStringLiteral(": no passing row (the baseline)")));
        QVERIFY2(notPassing.contains(id), qPrintable(id + QStringLiteral(": no failing or warning row")));
        ++covered;
    }
    QVERIFY(covered >= 34);
}

void TestChecks::capabilities_data()
{
    QTest::addColumn<QByteArray>("hostConfig");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("defaults") << QByteArray("{}") << QStringList(Capabilities::dockerDefaults().values());
    QTest::newRow("drop all") << QByteArray(R"({"CapDrop": ["ALL"]})") << QStringList();
    QTest::newRow("drop all add one") << QByteArray(R"({"CapDrop": ["all"], "CapAdd": ["cap_net_bind_service"]})")
                                      << QStringList{QStringLiteral("NET_BIND_SERVICE")};
    QTest::newRow("drop two") << QByteArray(R"({"CapDrop": ["NET_RAW", "CAP_MKNOD"]})")
                              << QStringList((Capabilities::dockerDefaults() -
                                              QSet<QString>{QStringLiteral("NET_RAW"), QStringLiteral("MKNOD")})
                                                 .values());
    QTest::newRow("add all") << QByteArray(R"({"CapAdd": ["ALL"]})") << QStringList(Capabilities::allKnown().values());
    QTest::newRow("privileged") << QByteArray(R"({"Privileged": true, "CapDrop": ["ALL"]})")
                                << QStringList(Capabilities::allKnown().values());
}

void TestChecks::capabilities()
{
    QFETCH(QByteArray, hostConfig);
    QFETCH(QStringList, expected);
    QStringList got = Capabilities::effective(QJsonDocument::fromJson(hostConfig).object()).values();
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void TestChecks::threadsGiveTheSameFindingsInOrder()
{
    // The demo's five containers, 80 times over (other ids and names): enough subjects for the parallel path.
    Result<Snapshot> demo = Snapshot::load(escut::test::sourceDir() + QStringLiteral("/resources/demo/snapshot.json"));
    QVERIFY(demo.ok());
    Snapshot big = demo.value();
    big.containers.clear();
    for (int copy = 0; copy < 80; ++copy) {
        for (QJsonObject c : demo.value().containers) {
            c.insert(QStringLiteral("Id"),
                     QStringLiteral("%1%2")
                         .arg(copy, 4, 10, QLatin1Char('0'))
                         .arg(c.value(QStringLiteral("Id")).toString().mid(4)));
            c.insert(QStringLiteral("Name"),
                     QStringLiteral("%1-%2").arg(c.value(QStringLiteral("Name")).toString()).arg(copy));
            big.containers.append(c);
        }
    }
    const QList<Finding> serial = evaluate(big, EvaluateOptions{{}, 1});
    const QList<Finding> parallel = evaluate(big, EvaluateOptions{{}, 4});
    QCOMPARE(parallel.size(), serial.size());
    QVERIFY(serial.size() > 400 * 20);
    for (qsizetype i = 0; i < serial.size(); ++i) {
        QCOMPARE(parallel.at(i).toJson(), serial.at(i).toJson());
    }
    // The order: the catalogue's checks, each over its subjects in the snapshot's order.
    QList<const CheckDef*> checks;
    for (const Finding& f : serial) {
        if (checks.isEmpty() || checks.last() != f.check) {
            QVERIFY2(!checks.contains(f.check), f.check->id); // each check's findings in one run
            checks.append(f.check);
        }
    }
    qsizetype at = 0;
    for (const CheckDef& def : catalogue()) {
        if (at < checks.size() && checks.at(at) == &def) {
            ++at;
        }
    }
    QCOMPARE(at, checks.size()); // in the catalogue's order
    const auto firstContainerCheck = std::find_if(serial.cbegin(), serial.cend(), [](const Finding& f) {
        return f.subject.scope == Scope::Container;
    });
    QVERIFY(firstContainerCheck != serial.cend());
    QStringList containerOrder;
    for (const Finding& f : serial) {
        if (f.check == firstContainerCheck->check) {
            containerOrder.append(f.subject.id);
        }
    }
    QStringList snapshotOrder;
    for (const QJsonObject& c : big.containers) {
        snapshotOrder.append(c.value(QStringLiteral("Id")).toString());
    }
    QCOMPARE(containerOrder, snapshotOrder); // the first container check's subjects
}

QTEST_GUILESS_MAIN(TestChecks)
#include "test_checks.moc"
