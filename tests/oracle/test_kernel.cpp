// SPDX-License-Identifier: GPL-3.0-or-later
// The verdict oracle on the real daemon: a generated matrix of docker run options (user, capabilities, security
// options, namespaces, mounts, CPU limits, published ports). Each container is started, then what the kernel enforces
// is read from the host: /proc/PID/status (Uid, CapBnd, NoNewPrivs, Seccomp, Cpus_allowed_list), the CPU quota of its
// cgroup, /proc/PID/ns/* against the host's, what its mounts reach (stat through /proc/PID/root against the Docker
// socket's and the sensitive paths' inodes) and the host's listening sockets (/proc/net/tcp, tcp6). The expected
// verdict is derived from that ground truth alone, and Escut's check, run on a real collection, must agree.
// Containers are labelled escut.test=1 and escut.test.oracle=PID and removed afterwards, as are the files made for
// the mounts (a symbolic and a hard link to the socket, a seccomp profile).
#include "tests/common/TestUtil.h"

#include "core/checks/Capabilities.h"
#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/docker/DockerClient.h"
#include "core/facts/Collector.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <sys/stat.h>
#include <unistd.h>

using namespace escut;
using escut::test::runProcess;

namespace
{

// One option of one dimension of the matrix: its name in the row's title and the docker run arguments.
struct Option
{
    QString name;
    QStringList args;
    QJsonObject compose; // the same option as Compose service keys (lists are appended)
};

// What the kernel says about one running container.
struct Truth
{
    bool root = false;                // Uid (real) 0; no user namespace remapping on this daemon
    QSet<QString> bounding;           // CapBnd: what any process of the container can hold
    bool noNewPrivs = false;          // NoNewPrivs: 1
    int seccomp = 0;                  // 0 none, 2 filter
    QStringList hostNamespaces;       // net, pid, ipc, uts equal to dockerd's
    QStringList namespaceLinks;       // what /proc/PID/ns/* said, for the report
    bool reachesSocket = false;       // a mount is the Docker socket or a directory holding it
    QStringList sensitive;            // mounts that are a sensitive host path (by inode)
    bool cpuConfined = false;         // a CFS quota, or fewer CPUs allowed than the host has
    bool publishedEverywhere = false; // a host socket for its ports listens on 0.0.0.0 or ::
};

struct Row
{
    QString title;
    QStringList args;
    QJsonObject service;       // the row as a Compose service
    bool linkToSocket = false; // a bind of a link to the socket: a Compose file alone cannot tell
    bool hostNetwork = false;
    bool allowAllSeccomp = false; // the custom profile lets every system call through
    QList<int> ports;
    QString id;
    Truth truth;
};

QString capName(int bit)
{
    static const char* const names[] = {"CHOWN",
                                        "DAC_OVERRIDE",
                                        "DAC_READ_SEARCH",
                                        "FOWNER",
                                        "FSETID",
                                        "KILL",
                                        "SETGID",
                                        "SETUID",
                                        "SETPCAP",
                                        "LINUX_IMMUTABLE",
                                        "NET_BIND_SERVICE",
                                        "NET_BROADCAST",
                                        "NET_ADMIN",
                                        "NET_RAW",
                                        "IPC_LOCK",
                                        "IPC_OWNER",
                                        "SYS_MODULE",
                                        "SYS_RAWIO",
                                        "SYS_CHROOT",
                                        "SYS_PTRACE",
                                        "SYS_PACCT",
                                        "SYS_ADMIN",
                                        "SYS_BOOT",
                                        "SYS_NICE",
                                        "SYS_RESOURCE",
                                        "SYS_TIME",
                                        "SYS_TTY_CONFIG",
                                        "MKNOD",
                                        "LEASE",
                                        "AUDIT_WRITE",
                                        "AUDIT_CONTROL",
                                        "SETFCAP",
                                        "MAC_OVERRIDE",
                                        "MAC_ADMIN",
                                        "SYSLOG",
                                        "WAKE_ALARM",
                                        "BLOCK_SUSPEND",
                                        "AUDIT_READ",
                                        "PERFMON",
                                        "BPF",
                                        "CHECKPOINT_RESTORE"};
    return bit < int(std::size(names)) ? QString::fromLatin1(names[bit]) : QStringLiteral("CAP_%1").arg(bit);
}

QMap<QString, QString> procStatus(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    QMap<QString, QString> out;
    if (!f.open(QIODevice::ReadOnly)) {
        return out;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            out.insert(QString::fromLatin1(line.left(colon)), QString::fromLatin1(line.mid(colon + 1)).trimmed());
        }
    }
    return out;
}

QString linkText(const QString& path)
{
    char buffer[256];
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer - 1);
    return n > 0 ? QString::fromLatin1(buffer, n) : QString();
}

std::pair<quint64, quint64> inodeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return {0, 0};
    }
    return {st.st_dev, st.st_ino};
}

int countCpus(const QString& list)
{
    int n = 0;
    for (const QString& part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int first = part.section(QLatin1Char('-'), 0, 0).toInt();
        const int last = part.contains(QLatin1Char('-')) ? part.section(QLatin1Char('-'), 1).toInt() : first;
        n += last - first + 1;
    }
    return n;
}

// The listening TCP sockets of the host's network namespace on port: true when one is on every address.
bool listensEverywhere(int port)
{
    const QString hexPort = QStringLiteral("%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
    for (const char* file : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f(QString::fromLatin1(file));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        for (const QByteArray& line : f.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A") {
                continue; // not LISTEN
            }
            const QString local = QString::fromLatin1(fields.at(1));
            if (local.section(QLatin1Char(':'), 1) == hexPort &&
                local.section(QLatin1Char(':'), 0, 0).count(QLatin1Char('0')) ==
                    local.section(QLatin1Char(':'), 0, 0).size()) {
                return true;
            }
        }
    }
    return false;
}

// The container's CFS quota (cgroup v1 cpu controller, or v2 cpu.max), or -1 for none.
qint64 cpuQuota(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cgroup").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() < 3) {
            continue;
        }
        const QString path = QString::fromLatin1(parts.at(2));
        if (parts.at(1).split(',').contains("cpu")) {
            QFile quota(QStringLiteral("/sys/fs/cgroup/cpu,cpuacct%1/cpu.cfs_quota_us").arg(path));
            if (!quota.exists()) {
                quota.setFileName(QStringLiteral("/sys/fs/cgroup/cpu%1/cpu.cfs_quota_us").arg(path));
            }
            if (quota.open(QIODevice::ReadOnly)) {
                return quota.readAll().trimmed().toLongLong();
            }
        }
        if (parts.at(0) == "0" && parts.at(1).isEmpty()) {
            QFile max(QStringLiteral("/sys/fs/cgroup%1/cpu.max").arg(path));
            if (max.open(QIODevice::ReadOnly)) {
                const QByteArray first = max.readAll().trimmed().split(' ').value(0);
                return first == "max" ? -1 : first.toLongLong();
            }
        }
    }
    return -1;
}

Status expectedCapabilities(const QSet<QString>& bounding)
{
    // The policy of container.capabilities, applied to what the kernel holds instead of what was asked for.
    static const QSet<QString> harmless{QStringLiteral("NET_BIND_SERVICE"),
                                        QStringLiteral("CHOWN"),
                                        QStringLiteral("SETUID"),
                                        QStringLiteral("SETGID"),
                                        QStringLiteral("KILL")};
    if (!(bounding & Capabilities::dangerous()).isEmpty()) {
        return Status::Fail;
    }
    return (bounding - harmless).isEmpty() ? Status::Pass : Status::Warn;
}

} // namespace

class TestKernelOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void matrix();
    void compose();

private:
    [[nodiscard]] QList<Row> generate() const;
    [[nodiscard]] Truth observe(const Row& row, const QJsonObject& inspect) const;

    QString m_tag;
    QString m_label;
    QTemporaryDir m_dir;
    QString m_profile;  // a seccomp profile whose default action allows everything
    QString m_symlink;  // a symbolic link to the Docker socket
    QString m_hardlink; // a hard link to the Docker socket
    QString m_hostNs;   // a container in the host's network, PID and IPC namespaces
    int m_hostCpus = 0;
    qint64 m_daemonPid = 1; // from dockerd's pid file
    Endpoint m_endpoint;
    QList<Row> m_rows; // with the kernel's truth, once matrix() ran
};

namespace
{

QJsonObject mergedService(QJsonObject base, const QJsonObject& fragment)
{
    for (auto it = fragment.begin(); it != fragment.end(); ++it) {
        if (it.value().isArray() && base.value(it.key()).isArray()) {
            QJsonArray list = base.value(it.key()).toArray();
            for (const QJsonValue& v : it.value().toArray()) {
                list.append(v);
            }
            base.insert(it.key(), list);
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

QJsonObject parseObject(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

void TestKernelOracle::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "the oracle reads /proc/PID of the daemon's containers: run it as root");
    const auto version =
        runProcess(QStringLiteral("docker"),
                   {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
    QVERIFY2(version.exitCode == 0, "No Docker daemon reachable");
    Result<Endpoint> endpoint = EndpointResolver::resolve({}, ResolverEnvironment::system());
    QVERIFY(endpoint.ok());
    m_endpoint = endpoint.value();
    QVERIFY(m_dir.isValid());
    m_tag = QString::number(QCoreApplication::applicationPid());
    m_label = QStringLiteral("escut.test.oracle=") + m_tag;
    QFile pidFile(QStringLiteral("/var/run/docker.pid"));
    if (pidFile.open(QIODevice::ReadOnly)) {
        m_daemonPid = pidFile.readAll().trimmed().toLongLong();
    }
    m_hostCpus = countCpus(procStatus(QCoreApplication::applicationPid()).value(QStringLiteral("Cpus_allowed_list")));

    m_profile = m_dir.filePath(QStringLiteral("allow-all.json"));
    QFile profile(m_profile);
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(R"({"defaultAction": "SCMP_ACT_ALLOW", "syscalls": []})");
    profile.close();
    // The links to the socket: the symbolic one anywhere, the hard one on the socket's own filesystem (/run).
    const QString socket = QFileInfo(m_endpoint.socketPath).canonicalFilePath();
    QVERIFY(!socket.isEmpty());
    m_symlink = m_dir.filePath(QStringLiteral("docker.link"));
    QVERIFY(QFile::link(socket, m_symlink));
    m_hardlink = QFileInfo(socket).absolutePath() + QStringLiteral("/escut-oracle-%1.hl").arg(m_tag);
    QVERIFY2(::link(QFile::encodeName(socket).constData(), QFile::encodeName(m_hardlink).constData()) == 0,
             "cannot hard-link the Docker socket");

    m_hostNs = QStringLiteral("escut-test-oracle-hostns-%1").arg(m_tag);
    const auto started = runProcess(QStringLiteral("docker"),
                                    {QStringLiteral("run"),
                                     QStringLiteral("-d"),
                                     QStringLiteral("--name"),
                                     m_hostNs,
                                     QStringLiteral("--label"),
                                     QStringLiteral("escut.test=1"),
                                     QStringLiteral("--label"),
                                     m_label,
                                     QStringLiteral("--network"),
                                     QStringLiteral("host"),
                                     QStringLiteral("--pid"),
                                     QStringLiteral("host"),
                                     QStringLiteral("--ipc"),
                                     QStringLiteral("host"),
                                     QStringLiteral("local/busybox:1"),
                                     QStringLiteral("sleep"),
                                     QStringLiteral("600")});
    QVERIFY2(started.exitCode == 0, started.err.constData());
}

void TestKernelOracle::cleanupTestCase()
{
    escut::test::removeContainersLabelled(m_label);
    if (!m_hardlink.isEmpty()) {
        QFile::remove(m_hardlink);
    }
}

QList<Row> TestKernelOracle::generate() const
{
    const auto opts = [](std::initializer_list<const char*> args) {
        QStringList out;
        for (const char* a : args) {
            out.append(QString::fromLatin1(a));
        }
        return out;
    };
    QStringList allDefaults{QStringLiteral("--cap-drop"), QStringLiteral("ALL")};
    QJsonArray allDefaultsCompose;
    for (const QString& cap : Capabilities::dockerDefaults()) {
        allDefaults += QStringList{QStringLiteral("--cap-add"), cap};
        allDefaultsCompose.append(cap);
    }
    const auto yaml = [](const char* json) {
        return parseObject(json);
    };
    const QList<Option> users{
        {QStringLiteral("user default"), {}, {}},
        {QStringLiteral("-u 1000"), opts({"-u", "1000"}), yaml(R"({"user": "1000"})")},
        {QStringLiteral("-u 00"), opts({"-u", "00"}), yaml(R"({"user": "00"})")},
        {QStringLiteral("-u +0"), opts({"-u", "+0"}), yaml(R"({"user": "+0"})")},
        {QStringLiteral("-u 0:0"), opts({"-u", "0:0"}), yaml(R"({"user": "0:0"})")},
        {QStringLiteral("-u 65534:65534"), opts({"-u", "65534:65534"}), yaml(R"({"user": "65534:65534"})")}};
    const QList<Option> caps{
        {QStringLiteral("caps default"), {}, {}},
        {QStringLiteral("drop ALL"), opts({"--cap-drop", "ALL"}), yaml(R"({"cap_drop": ["ALL"]})")},
        {QStringLiteral("drop ALL add NET_BIND_SERVICE"),
         opts({"--cap-drop", "ALL", "--cap-add", "NET_BIND_SERVICE"}),
         yaml(R"({"cap_drop": ["ALL"], "cap_add": ["NET_BIND_SERVICE"]})")},
        {QStringLiteral("drop ALL add the 14 defaults"),
         allDefaults,
         QJsonObject{{QStringLiteral("cap_drop"), QJsonArray{QStringLiteral("ALL")}},
                     {QStringLiteral("cap_add"), allDefaultsCompose}}},
        {QStringLiteral("add NET_ADMIN"), opts({"--cap-add", "NET_ADMIN"}), yaml(R"({"cap_add": ["NET_ADMIN"]})")},
        {QStringLiteral("add and drop NET_ADMIN"),
         opts({"--cap-add", "NET_ADMIN", "--cap-drop", "NET_ADMIN"}),
         yaml(R"({"cap_add": ["NET_ADMIN"], "cap_drop": ["NET_ADMIN"]})")},
        {QStringLiteral("drop NET_RAW MKNOD"),
         opts({"--cap-drop", "NET_RAW", "--cap-drop", "MKNOD"}),
         yaml(R"({"cap_drop": ["NET_RAW", "MKNOD"]})")}};
    const QList<Option> security{
        {QStringLiteral("security default"), {}, {}},
        {QStringLiteral("no-new-privileges"),
         opts({"--security-opt", "no-new-privileges"}),
         yaml(R"({"security_opt": ["no-new-privileges"]})")},
        {QStringLiteral("no-new-privileges=1"),
         opts({"--security-opt", "no-new-privileges=1"}),
         yaml(R"({"security_opt": ["no-new-privileges=1"]})")},
        {QStringLiteral("no-new-privileges:True"),
         opts({"--security-opt", "no-new-privileges:True"}),
         yaml(R"({"security_opt": ["no-new-privileges:True"]})")},
        {QStringLiteral("no-new-privileges=false"),
         opts({"--security-opt", "no-new-privileges=false"}),
         yaml(R"({"security_opt": ["no-new-privileges=false"]})")},
        {QStringLiteral("seccomp=unconfined"),
         opts({"--security-opt", "seccomp=unconfined"}),
         yaml(R"({"security_opt": ["seccomp=unconfined"]})")},
        {QStringLiteral("seccomp allow-all profile"),
         {QStringLiteral("--security-opt"), QStringLiteral("seccomp=") + m_profile},
         QJsonObject{{QStringLiteral("security_opt"), QJsonArray{QStringLiteral("seccomp=") + m_profile}}}}};
    const QList<Option> namespaces{
        {QStringLiteral("namespaces own"), {}, {}},
        {QStringLiteral("--pid host"), opts({"--pid", "host"}), yaml(R"({"pid": "host"})")},
        {QStringLiteral("--ipc host"), opts({"--ipc", "host"}), yaml(R"({"ipc": "host"})")},
        {QStringLiteral("--uts host"), opts({"--uts", "host"}), {}},
        {QStringLiteral("--network host"), opts({"--network", "host"}), yaml(R"({"network_mode": "host"})")},
        {QStringLiteral("--pid container:hostns"),
         {QStringLiteral("--pid"), QStringLiteral("container:") + m_hostNs},
         QJsonObject{{QStringLiteral("pid"), QStringLiteral("container:") + m_hostNs}}},
        {QStringLiteral("--network container:hostns"),
         {QStringLiteral("--network"), QStringLiteral("container:") + m_hostNs},
         QJsonObject{{QStringLiteral("network_mode"), QStringLiteral("container:") + m_hostNs}}},
        {QStringLiteral("--userns host"), opts({"--userns", "host"}), yaml(R"({"userns_mode": "host"})")}};
    const QList<Option> mounts{
        {QStringLiteral("no mounts"), {}, {}},
        {QStringLiteral("-v /var/run:/host-run"),
         opts({"-v", "/var/run:/host-run:ro"}),
         yaml(R"({"volumes": ["/var/run:/host-run:ro"]})")},
        {QStringLiteral("-v /var/run/docker.sock (anonymous)"),
         opts({"-v", "/var/run/docker.sock"}),
         yaml(R"({"volumes": ["/var/run/docker.sock"]})")},
        {QStringLiteral("-v docker.sock"),
         opts({"-v", "/var/run/docker.sock:/d.sock"}),
         yaml(R"({"volumes": ["/var/run/docker.sock:/d.sock"]})")},
        {QStringLiteral("-v symlink to the socket"),
         {QStringLiteral("-v"), m_symlink + QStringLiteral(":/d.sock")},
         QJsonObject{{QStringLiteral("volumes"), QJsonArray{m_symlink + QStringLiteral(":/d.sock")}}}},
        {QStringLiteral("-v hard link to the socket"),
         {QStringLiteral("-v"), m_hardlink + QStringLiteral(":/d.sock")},
         QJsonObject{{QStringLiteral("volumes"), QJsonArray{m_hardlink + QStringLiteral(":/d.sock")}}}},
        {QStringLiteral("-v /etc/shadow"),
         opts({"-v", "/etc/shadow:/x:ro"}),
         yaml(R"({"volumes": ["/etc/shadow:/x:ro"]})")},
        {QStringLiteral("-v a plain directory"),
         {QStringLiteral("-v"), m_dir.path() + QStringLiteral(":/data:ro")},
         QJsonObject{{QStringLiteral("volumes"), QJsonArray{m_dir.path() + QStringLiteral(":/data:ro")}}}}};
    const QList<Option> cpus{
        {QStringLiteral("cpu unlimited"), {}, {}},
        {QStringLiteral("--cpuset-cpus 0"), opts({"--cpuset-cpus", "0"}), yaml(R"({"cpuset": "0"})")},
        {QStringLiteral("--cpus 0.5"), opts({"--cpus", "0.5"}), yaml(R"({"cpus": 0.5})")},
        {QStringLiteral("--cpuset-cpus all"),
         {QStringLiteral("--cpuset-cpus"), QStringLiteral("0-%1").arg(std::max(0, m_hostCpus - 1))},
         QJsonObject{{QStringLiteral("cpuset"), QStringLiteral("0-%1").arg(std::max(0, m_hostCpus - 1))}}}};
    const QList<QString> portSpecs{QString(),
                                   QStringLiteral("127.0.0.1:%1:80"),
                                   QStringLiteral("[::]:%1:80"),
                                   QStringLiteral("%1:80"),
                                   QStringLiteral("[::1]:%1:80"),
                                   QStringLiteral("0.0.0.0:%1:80")};
    // Each dimension walks through all of its options every size rows, shifted by a fixed pseudo-random amount per
    // round: every option appears (Rows / size times at least), next to many different options of the others.
    constexpr int Rows = 168;
    QRandomGenerator random(24); // fixed: the same matrix every run
    QList<QList<int>> shifts;
    for (int d = 0; d < 7; ++d) {
        QList<int> perRound;
        for (int r = 0; r <= Rows; ++r) {
            perRound.append(int(random.bounded(1000)));
        }
        shifts.append(perRound);
    }
    const auto pick = [&](int d, int i, qsizetype size) {
        return int((i + shifts.at(d).at(i / int(size))) % size);
    };
    const int basePort = 29000 + int(QCoreApplication::applicationPid() % 200) * 10;
    QList<Row> rows;
    for (int i = 0; i < Rows; ++i) {
        const Option& u = users.at(pick(0, i, users.size()));
        const Option& c = caps.at(pick(1, i, caps.size()));
        const Option& s = security.at(pick(2, i, security.size()));
        const Option& n = namespaces.at(pick(3, i, namespaces.size()));
        const Option& m = mounts.at(pick(4, i, mounts.size()));
        const Option& p = cpus.at(pick(5, i, cpus.size()));
        Row row;
        row.args = u.args + c.args + s.args + n.args + m.args + p.args;
        row.service = QJsonObject{{QStringLiteral("image"), QStringLiteral("local/busybox:1")}};
        for (const Option* o : {&u, &c, &s, &n, &m, &p}) {
            row.service = mergedService(row.service, o->compose);
        }
        row.linkToSocket = m.name.contains(QLatin1String("link to the socket"));
        row.hostNetwork = n.name == QLatin1String("--network host");
        QString ports = QStringLiteral("no ports");
        const QString& spec = portSpecs.at(pick(6, i, portSpecs.size()));
        const bool ownNetwork = !n.name.startsWith(QLatin1String("--network"));
        if (!spec.isEmpty() && ownNetwork) {
            row.ports.append(basePort + i);
            ports = QStringLiteral("-p ") + spec.arg(basePort + i);
            row.args += QStringList{QStringLiteral("-p"), spec.arg(basePort + i)};
            row.service =
                mergedService(row.service, QJsonObject{{QStringLiteral("ports"), QJsonArray{spec.arg(basePort + i)}}});
        }
        row.allowAllSeccomp = s.name == QLatin1String("seccomp allow-all profile");
        row.title = QStringList{u.name, c.name, s.name, n.name, m.name, p.name, ports}.join(QStringLiteral(" | "));
        rows.append(row);
    }
    return rows;
}

Truth TestKernelOracle::observe(const Row& row, const QJsonObject& inspect) const
{
    Truth t;
    const qint64 pid = inspect.value(QStringLiteral("State")).toObject().value(QStringLiteral("Pid")).toInteger();
    const QMap<QString, QString> status = procStatus(pid);
    t.root = status.value(QStringLiteral("Uid")).section(QLatin1Char('\t'), 0, 0).trimmed() == QLatin1String("0");
    const quint64 bnd = status.value(QStringLiteral("CapBnd")).toULongLong(nullptr, 16);
    for (int bit = 0; bit < 64; ++bit) {
        if (bnd & (quint64(1) << bit)) {
            t.bounding.insert(capName(bit));
        }
    }
    t.noNewPrivs = status.value(QStringLiteral("NoNewPrivs")) == QLatin1String("1");
    t.seccomp = status.value(QStringLiteral("Seccomp")).toInt();
    for (const char* ns : {"net", "pid", "ipc", "uts"}) {
        // "net:[4026531833]": the same inode is the same namespace. dockerd's own are the host's.
        const QString mine = linkText(QStringLiteral("/proc/%1/ns/%2").arg(pid).arg(QLatin1String(ns)));
        const QString host = linkText(QStringLiteral("/proc/%1/ns/%2").arg(m_daemonPid).arg(QLatin1String(ns)));
        t.namespaceLinks.append(QStringLiteral("%1=%2").arg(QLatin1String(ns), mine));
        if (!mine.isEmpty() && mine == host) {
            t.hostNamespaces.append(QLatin1String(ns));
        }
    }
    // What each mount's destination is inside the container, compared by inode with the host's files.
    const auto socket = inodeOf(m_endpoint.socketPath);
    const QStringList sensitivePaths{QStringLiteral("/etc/shadow"), QStringLiteral("/run"), QStringLiteral("/etc")};
    QList<std::pair<quint64, quint64>> sensitiveInodes;
    for (const QString& p : sensitivePaths) {
        sensitiveInodes.append(inodeOf(p));
    }
    const QString root = QStringLiteral("/proc/%1/root").arg(pid);
    for (const QJsonValue& v : inspect.value(QStringLiteral("Mounts")).toArray()) {
        const QString destination = v.toObject().value(QStringLiteral("Destination")).toString();
        const auto here = inodeOf(root + destination);
        if (here == socket || inodeOf(root + destination + QStringLiteral("/docker.sock")) == socket) {
            t.reachesSocket = true;
        }
        for (qsizetype i = 0; i < sensitivePaths.size(); ++i) {
            if (here.second != 0 && here == sensitiveInodes.at(i)) {
                t.sensitive.append(sensitivePaths.at(i));
            }
        }
    }
    const int allowed = countCpus(status.value(QStringLiteral("Cpus_allowed_list")));
    t.cpuConfined = cpuQuota(pid) > 0 || (allowed > 0 && allowed < m_hostCpus);
    for (const int port : row.ports) {
        t.publishedEverywhere = t.publishedEverywhere || listensEverywhere(port);
    }
    return t;
}

void TestKernelOracle::matrix()
{
    QElapsedTimer clock;
    clock.start();
    QList<Row> rows = generate();
    // Start them a few at a time: dockerd does the work, the test waits.
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QtConcurrent::blockingMap(&pool, rows, [&](Row& row) {
        const auto started = runProcess(
            QStringLiteral("docker"),
            QStringList{QStringLiteral("run"),
                        QStringLiteral("-d"),
                        QStringLiteral("--label"),
                        QStringLiteral("escut.test=1"),
                        QStringLiteral("--label"),
                        m_label} +
                row.args +
                QStringList{QStringLiteral("local/busybox:1"), QStringLiteral("sleep"), QStringLiteral("600")});
        row.id = started.exitCode == 0 ? QString::fromUtf8(started.out).trimmed() : QString();
        if (row.id.isEmpty()) {
            qWarning("could not start [%s]: %s", qPrintable(row.title), started.err.constData());
        }
    });
    const qint64 startMs = clock.elapsed();

    DockerClient client(m_endpoint);
    CollectOptions options;
    options.images = false;
    options.hostFacts = false;
    Result<Snapshot> collected = Collector::collect(client, options);
    QVERIFY2(collected.ok(), collected.ok() ? "" : qPrintable(collected.error().fullText()));
    const Snapshot& snapshot = collected.value();

    struct Expectation
    {
        const char* check;
        std::function<Status(const Row&)> expected;
    };
    const QList<Expectation> expectations{
        {"container.user-nonroot",
         [](const Row& r) {
             return r.truth.root ? Status::Fail : Status::Pass;
         }},
        {"container.capabilities",
         [](const Row& r) {
             return expectedCapabilities(r.truth.bounding);
         }},
        {"container.no-new-privileges",
         [](const Row& r) {
             return r.truth.noNewPrivs ? Status::Pass : Status::Fail;
         }},
        {"container.seccomp",
         [](const Row& r) {
             return r.truth.seccomp == 0 || r.allowAllSeccomp ? Status::Fail : Status::Pass;
         }},
        {"container.namespaces",
         [](const Row& r) {
             return r.truth.hostNamespaces.isEmpty() ? Status::Pass : Status::Fail;
         }},
        {"container.docker-socket",
         [](const Row& r) {
             return r.truth.reachesSocket ? Status::Fail : Status::Pass;
         }},
        {"container.sensitive-mounts",
         [](const Row& r) {
             return r.truth.sensitive.isEmpty() ? Status::Pass : Status::Fail;
         }},
        {"container.cpus",
         [](const Row& r) {
             return r.truth.cpuConfined ? Status::Pass : Status::Fail;
         }},
    };
    int started = 0;
    int compared = 0;
    QStringList disagreements;
    for (Row& row : rows) {
        if (row.id.isEmpty()) {
            continue;
        }
        const QJsonObject* inspect = nullptr;
        for (const QJsonObject& c : snapshot.containers) {
            if (c.value(QStringLiteral("Id")).toString() == row.id) {
                inspect = &c;
            }
        }
        if (!inspect) {
            disagreements.append(QStringLiteral("[%1] not in the snapshot").arg(row.title));
            continue;
        }
        ++started;
        row.truth = observe(row, *inspect);
        const Subject subject = Subject::container(*inspect);
        QList<Expectation> all = expectations;
        // Published ports: only where the container has its own network (a host-network container publishes none).
        if (!row.ports.isEmpty()) {
            all.append({"container.ports-bind", [](const Row& r) {
                            return r.truth.publishedEverywhere ? Status::Warn : Status::Pass;
                        }});
        }
        for (const Expectation& e : all) {
            const CheckDef* def = findCheck(QString::fromLatin1(e.check));
            QVERIFY(def);
            const Outcome got = def->evaluate(snapshot, subject);
            const Status want = e.expected(row);
            ++compared;
            if (got.status != want) {
                disagreements.append(
                    QStringLiteral("[%1] %2: kernel says %3, Escut says %4 (%5) [pid %6, %7]")
                        .arg(row.title,
                             QString::fromLatin1(e.check),
                             statusId(want),
                             statusId(got.status),
                             got.evidence)
                        .arg(
                            inspect->value(QStringLiteral("State")).toObject().value(QStringLiteral("Pid")).toInteger())
                        .arg(row.truth.namespaceLinks.join(QLatin1Char(' '))));
            }
        }
    }
    qInfo("oracle: %d combinations generated, %d started, %d verdicts compared with the kernel, %lld ms "
          "(%lld ms starting containers)",
          int(rows.size()),
          started,
          compared,
          clock.elapsed(),
          startMs);
    m_rows = rows;
    QVERIFY2(started >= 150, qPrintable(QStringLiteral("only %1 containers started").arg(started)));
    for (const QString& d : std::as_const(disagreements)) {
        qWarning("%s", qPrintable(d)); // all of them: a failure message is cut short
    }
    QVERIFY2(disagreements.isEmpty(),
             qPrintable(QStringLiteral("%1 verdict(s) disagree with the kernel; the first: %2")
                            .arg(disagreements.size())
                            .arg(disagreements.value(0))));
}

void TestKernelOracle::compose()
{
    // The same matrix as one Compose file, normalised by docker-compose config (the form Compose itself reads),
    // judged by the compose.* checks against the kernel's truth of the matching container.
    if (m_rows.isEmpty()) {
        QSKIP("the container matrix did not run");
    }
    QJsonObject services;
    QMap<QString, const Row*> byService;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id.isEmpty()) {
            continue;
        }
        const QString name = QStringLiteral("r%1").arg(i);
        services.insert(name, m_rows.at(i).service);
        byService.insert(name, &m_rows.at(i));
    }
    const QString path = m_dir.filePath(QStringLiteral("docker-compose.yml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // JSON is YAML: Compose reads it as it is.
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), QStringLiteral("2.4")},
                                         {QStringLiteral("services"), services}})
                   .toJson());
    file.close();
    const auto normalised =
        runProcess(QStringLiteral("docker-compose"), {QStringLiteral("-f"), path, QStringLiteral("config")});
    QVERIFY2(normalised.exitCode == 0, normalised.err.constData());

    Snapshot snapshot;
    ComposeFileFact fact;
    fact.path = path;
    fact.text = normalised.out;
    snapshot.composeFiles.append(fact);
    struct Expectation
    {
        const char* check;
        std::function<std::optional<Status>(const Row&)> expected; // nullopt: the file alone cannot tell
    };
    const QList<Expectation> expectations{
        {"compose.user",
         [](const Row& r) -> std::optional<Status> {
             if (!r.service.contains(QStringLiteral("user"))) {
                 return Status::Warn; // the image decides: root for busybox
             }
             return r.truth.root ? Status::Fail : Status::Pass;
         }},
        {"compose.no-new-privileges",
         [](const Row& r) -> std::optional<Status> {
             return r.truth.noNewPrivs ? Status::Pass : Status::Fail;
         }},
        {"compose.docker-socket",
         [](const Row& r) -> std::optional<Status> {
             if (r.linkToSocket) {
                 return std::nullopt; // only the host's inodes tell (container.docker-socket does)
             }
             return r.truth.reachesSocket ? Status::Fail : Status::Pass;
         }},
        {"compose.ports-loopback",
         [](const Row& r) -> std::optional<Status> {
             if (r.hostNetwork) {
                 return Status::Fail;
             }
             return r.truth.publishedEverywhere ? Status::Warn : Status::Pass;
         }},
    };
    int compared = 0;
    QStringList disagreements;
    for (const Subject& subject : subjectsFor(snapshot, Scope::Compose)) {
        const Row* row = byService.value(subject.name.section(QLatin1Char(':'), -1));
        QVERIFY2(row, qPrintable(subject.name));
        for (const Expectation& e : expectations) {
            const std::optional<Status> want = e.expected(*row);
            if (!want) {
                continue;
            }
            const Outcome got = findCheck(QString::fromLatin1(e.check))->evaluate(snapshot, subject);
            ++compared;
            if (got.status != *want) {
                disagreements.append(QStringLiteral("[%1] %2: kernel says %3, Escut says %4 (%5)")
                                         .arg(row->title,
                                              QString::fromLatin1(e.check),
                                              statusId(*want),
                                              statusId(got.status),
                                              got.evidence));
            }
        }
    }
    qInfo("oracle (Compose): %d services, %d verdicts compared with the kernel", int(byService.size()), compared);
    QVERIFY(compared > 0);
    for (const QString& d : std::as_const(disagreements)) {
        qWarning("%s", qPrintable(d)); // all of them: a failure message is cut short
    }
    QVERIFY2(disagreements.isEmpty(),
             qPrintable(QStringLiteral("%1 verdict(s) disagree with the kernel; the first: %2")
                            .arg(disagreements.size())
                            .arg(disagreements.value(0))));
}

QTEST_GUILESS_MAIN(TestKernelOracle)
#include "test_kernel.moc"
