// SPDX-License-Identifier: GPL-3.0-or-later
// CIS Docker Benchmark v1.6.0 section 3 (DaemonFileChecks.cpp): daemon.unit-perms, daemon.registry-cert-perms,
// daemon.env-file-perms, daemon.containerd-socket-perms, daemon.key-perms' limits and daemon.tls-cert-expiry over
// snapshots built from file facts, one case a row; HostProbe collecting those facts from a temporary root directory;
// FileFact's notAfter through JSON.
#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/facts/HostProbe.h"
#include "core/facts/Snapshot.h"
#include "core/facts/SnapshotSchema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <sys/stat.h>
#include <unistd.h>

using namespace escut;

namespace
{

// Two self-signed P-256 certificates made for this test with openssl req -x509 (no key kept): notAfter 2036-12-04
// 21:30:58 UTC and 2028-01-11 21:30:58 UTC.
const char* const s_longCert = "-----BEGIN CERTIFICATE-----\n"
                               "MIIBhTCCASugAwIBAgIUUGLlJU4LmWlhL4AIxrfjL9VsJw4wCgYIKoZIzj0EAwIw\n"
                               "GDEWMBQGA1UEAwwNZXNjdXQtdGVzdC1jYTAeFw0yNjEyMDcyMTMwNThaFw0zNjEy\n"
                               "MDQyMTMwNThaMBgxFjAUBgNVBAMMDWVzY3V0LXRlc3QtY2EwWTATBgcqhkjOPQIB\n"
                               "BggqhkjOPQMBBwNCAAT8uIXWqbH/Dw/UslJHIj0tuMfD2UuFan5TcukK60S37jW3\n"
                               "uLD4Kos9KTKS28AAutLhg3JMvfDvId2IFb5DrW88o1MwUTAdBgNVHQ4EFgQUS6Wn\n"
                               "+Xs29gTjlyy39jl4jOFjLOgwHwYDVR0jBBgwFoAUS6Wn+Xs29gTjlyy39jl4jOFj\n"
                               "LOgwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiEAng6KBfRagf6G\n"
                               "yfI52qmt6s7HZgtvrftXgRbPXPxMJBYCIFXfKMGTSspdulLWfJ1WHL63YQbTt+gT\n"
                               "aDXpoVvrmgVx\n"
                               "-----END CERTIFICATE-----\n";
const char* const s_shortCert = "-----BEGIN CERTIFICATE-----\n"
                                "MIIBjTCCATOgAwIBAgIUBBmJqJET9/P+bIrgg8iMsliIyIMwCgYIKoZIzj0EAwIw\n"
                                "HDEaMBgGA1UEAwwRZXNjdXQtdGVzdC1zZXJ2ZXIwHhcNMjYxMjA3MjEzMDU4WhcN\n"
                                "MjgwMTExMjEzMDU4WjAcMRowGAYDVQQDDBFlc2N1dC10ZXN0LXNlcnZlcjBZMBMG\n"
                                "ByqGSM49AgEGCCqGSM49AwEHA0IABLnonN8721E46Ir67CfXY8h8jRjQTM3BRqvE\n"
                                "8GIi8C86w4rQMO4q+Sop0IzOoJqgPjnDBZeMCyve+z/8IBNaMWijUzBRMB0GA1Ud\n"
                                "DgQWBBRRcQ2mpiwAKj+8OHKn09dWnWo/vjAfBgNVHSMEGDAWgBRRcQ2mpiwAKj+8\n"
                                "OHKn09dWnWo/vjAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIQDe\n"
                                "LG37DZSibmHWEio/0JgVbViXw9Gf1kZtYnfTl65liQIgULvCj2iMSJYhSGpd8n4F\n"
                                "AwwjD+lx4MaftdFzeEcuIpE=\n"
                                "-----END CERTIFICATE-----\n";
const QDateTime s_longExpiry(QDate(2036, 12, 4), QTime(21, 30, 58), Qt::UTC);
const QDateTime s_shortExpiry(QDate(2028, 1, 11), QTime(21, 30, 58), Qt::UTC);

// The "now" of every snapshot here.
const QDateTime s_now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

QString nameOf(uint id)
{
    switch (id) {
    case 0:
        return QStringLiteral("root");
    case 998:
        return QStringLiteral("docker");
    case 10:
        return QStringLiteral("wheel");
    default:
        return QStringLiteral("alice");
    }
}

FileFact file(const char* role, const char* path, uint uid, uint gid, uint mode, const char* type = "file")
{
    FileFact f;
    f.role = QString::fromLatin1(role);
    f.path = QString::fromLatin1(path);
    f.exists = true;
    f.uid = uid;
    f.gid = gid;
    f.owner = nameOf(uid);
    f.group = nameOf(gid);
    f.mode = mode;
    f.type = QString::fromLatin1(type);
    return f;
}

FileFact absent(const char* role, const char* path)
{
    FileFact f;
    f.role = QString::fromLatin1(role);
    f.path = QString::fromLatin1(path);
    return f;
}

FileFact denied(const char* role, const char* path)
{
    FileFact f = absent(role, path);
    f.error = QStringLiteral("permission denied");
    return f;
}

FileFact cert(const char* role, const char* path, const QDateTime& notAfter)
{
    FileFact f = file(role, path, 0, 0, 0444);
    f.notAfter = notAfter;
    return f;
}

const FileFact s_certsDir = file("certs.d", "/etc/docker/certs.d", 0, 0, 0755, "dir");

struct Row
{
    const char* name;
    const char* check;
    QList<FileFact> files;
    const char* status;
    const char* evidence;
    std::function<void(Snapshot&)> tweak = {};
};

const QList<Row>& rows()
{
    static const QList<Row> s_rows = {
        // daemon.unit-perms (CIS 3.1-3.4)
        {"units root 0644",
         "daemon.unit-perms",
         {file("docker.service", "/lib/systemd/system/docker.service", 0, 0, 0644),
          file("docker.socket", "/lib/systemd/system/docker.socket", 0, 0, 0644)},
         "pass",
         "/lib/systemd/system/docker.service is root:root 0644; /lib/systemd/system/docker.socket is root:root 0644"},
        {"unit 0600 is stricter",
         "daemon.unit-perms",
         {file("docker.service", "/etc/systemd/system/docker.service", 0, 0, 0600),
          absent("docker.socket", "/lib/systemd/system/docker.socket")},
         "pass",
         "/etc/systemd/system/docker.service is root:root 0600"},
        {"units missing",
         "daemon.unit-perms",
         {absent("docker.service", "/lib/systemd/system/docker.service"),
          absent("docker.socket", "/lib/systemd/system/docker.socket")},
         "pass",
         "None of these files exist on this host."},
        {"docker.service world writable",
         "daemon.unit-perms",
         {file("docker.service", "/lib/systemd/system/docker.service", 0, 0, 0666),
          file("docker.socket", "/lib/systemd/system/docker.socket", 0, 0, 0644)},
         "fail",
         "/lib/systemd/system/docker.service is root:root 0666 (expected root:root and mode 0644 or stricter)."},
        {"docker.socket unit owned by a user",
         "daemon.unit-perms",
         {file("docker.socket", "/usr/lib/systemd/system/docker.socket", 1000, 0, 0644)},
         "fail",
         "alice:root 0644"},
        {"docker.socket unit group docker",
         "daemon.unit-perms",
         {file("docker.socket", "/lib/systemd/system/docker.socket", 0, 998, 0644)},
         "fail",
         "root:docker 0644"},
        {"unit stat denied",
         "daemon.unit-perms",
         {denied("docker.service", "/etc/systemd/system/docker.service"),
          file("docker.socket", "/lib/systemd/system/docker.socket", 0, 0, 0644)},
         "skipped",
         "/etc/systemd/system/docker.service: permission denied: run Escut as root to check it."},
        {"units not recorded by an earlier Escut", "daemon.unit-perms", {}, "skipped", "earlier version of Escut"},
        {"units on a remote endpoint",
         "daemon.unit-perms",
         {},
         "skipped",
         "remote endpoint",
         [](Snapshot& s) {
             s.hostFactsCollected = false;
         }},

        // daemon.registry-cert-perms (CIS 3.7, 3.8)
        {"registry ca 0444 and client key 0400",
         "daemon.registry-cert-perms",
         {s_certsDir,
          file("registry-cert", "/etc/docker/certs.d/reg:5000/ca.crt", 0, 0, 0444),
          file("registry-cert", "/etc/docker/certs.d/reg:5000/client.key", 0, 0, 0400)},
         "pass",
         "/etc/docker/certs.d/reg:5000/ca.crt is root:root 0444; /etc/docker/certs.d/reg:5000/client.key is root:root "
         "0400"},
        {"no certs.d",
         "daemon.registry-cert-perms",
         {absent("certs.d", "/etc/docker/certs.d")},
         "pass",
         "None of these files exist on this host."},
        {"empty certs.d",
         "daemon.registry-cert-perms",
         {s_certsDir},
         "pass",
         "None of these files exist on this host."},
        {"registry cert 0644",
         "daemon.registry-cert-perms",
         {s_certsDir,
          file("registry-cert", "/etc/docker/certs.d/reg:5000/ca.crt", 0, 0, 0644),
          file("registry-cert", "/etc/docker/certs.d/reg:5000/client.cert", 0, 0, 0444)},
         "fail",
         "/etc/docker/certs.d/reg:5000/ca.crt is root:root 0644 (expected root:root and mode 0444 or stricter)."},
        {"registry cert owned by a user",
         "daemon.registry-cert-perms",
         {s_certsDir, file("registry-cert", "/etc/docker/certs.d/reg:5000/ca.crt", 1000, 1000, 0444)},
         "fail",
         "alice:alice 0444"},
        {"registry cert symlink",
         "daemon.registry-cert-perms",
         {s_certsDir,
          file("registry-cert", "/etc/docker/certs.d/reg:5000/ca.crt", 0, 0, 0777, "symlink"),
          file("registry-cert", "/etc/docker/certs.d/reg:5000/client.cert", 0, 0, 0444)},
         "warn",
         "/etc/docker/certs.d/reg:5000/ca.crt is a symbolic link, not followed: check the owner and mode of what it "
         "leads to; /etc/docker/certs.d/reg:5000/client.cert is root:root 0444."},
        {"registry cert symlink and a bad file",
         "daemon.registry-cert-perms",
         {s_certsDir,
          file("registry-cert", "/etc/docker/certs.d/reg:5000/ca.crt", 0, 0, 0777, "symlink"),
          file("registry-cert", "/etc/docker/certs.d/reg:5000/client.key", 0, 0, 0640)},
         "fail",
         "client.key is root:root 0640"},
        {"certs.d is a symlink",
         "daemon.registry-cert-perms",
         {file("certs.d", "/etc/docker/certs.d", 0, 0, 0777, "symlink")},
         "warn",
         "/etc/docker/certs.d is a symbolic link, not followed"},
        {"certs.d unreadable",
         "daemon.registry-cert-perms",
         {[] {
             FileFact f = s_certsDir;
             f.error = QStringLiteral("permission denied");
             return f;
         }()},
         "skipped",
         "/etc/docker/certs.d: permission denied: run Escut as root to check it."},
        {"registry directory unreadable",
         "daemon.registry-cert-perms",
         {s_certsDir,
          file("registry-cert", "/etc/docker/certs.d/a:5000/ca.crt", 0, 0, 0444),
          [] {
              FileFact f = file("registry-cert", "/etc/docker/certs.d/b:5000", 0, 0, 0700, "dir");
              f.error = QStringLiteral("permission denied");
              return f;
          }()},
         "skipped",
         "/etc/docker/certs.d/b:5000: permission denied"},
        {"certs.d cut at its bounds",
         "daemon.registry-cert-perms",
         {s_certsDir, file("registry-cert", "/etc/docker/certs.d/reg:5000/ca.crt", 0, 0, 0444)},
         "warn",
         "only the first ones",
         [](Snapshot& s) {
             s.issues.append({QStringLiteral("certs.d"), QStringLiteral("only the first ones were checked"), {}});
         }},
        {"certs.d not recorded by an earlier Escut",
         "daemon.registry-cert-perms",
         {file("registry-cert", "/etc/docker/certs.d/reg:5000/ca.crt", 0, 0, 0444)},
         "skipped",
         "earlier version of Escut"},

        // daemon.env-file-perms (CIS 3.19-3.22)
        {"env files missing",
         "daemon.env-file-perms",
         {absent("/etc/default/docker", "/etc/default/docker"),
          absent("/etc/sysconfig/docker", "/etc/sysconfig/docker")},
         "pass",
         "None of these files exist on this host."},
        {"/etc/default/docker root 0644",
         "daemon.env-file-perms",
         {file("/etc/default/docker", "/etc/default/docker", 0, 0, 0644),
          absent("/etc/sysconfig/docker", "/etc/sysconfig/docker")},
         "pass",
         "/etc/default/docker is root:root 0644"},
        {"/etc/sysconfig/docker world writable",
         "daemon.env-file-perms",
         {absent("/etc/default/docker", "/etc/default/docker"),
          file("/etc/sysconfig/docker", "/etc/sysconfig/docker", 0, 0, 0666)},
         "fail",
         "/etc/sysconfig/docker is root:root 0666 (expected root:root and mode 0644 or stricter)."},
        {"/etc/sysconfig/docker group wheel",
         "daemon.env-file-perms",
         {file("/etc/sysconfig/docker", "/etc/sysconfig/docker", 0, 10, 0644)},
         "fail",
         "root:wheel 0644"},
        {"/etc/default/docker owned by a user",
         "daemon.env-file-perms",
         {file("/etc/default/docker", "/etc/default/docker", 1000, 0, 0600)},
         "fail",
         "alice:root 0600"},
        {"/etc/default/docker stat denied",
         "daemon.env-file-perms",
         {denied("/etc/default/docker", "/etc/default/docker")},
         "skipped",
         "permission denied"},

        // daemon.containerd-socket-perms (CIS 3.23, 3.24)
        {"containerd socket root 0660",
         "daemon.containerd-socket-perms",
         {file("containerd.sock", "/run/containerd/containerd.sock", 0, 0, 0660, "socket")},
         "pass",
         "/run/containerd/containerd.sock is root:root 0660"},
        {"containerd socket 0600",
         "daemon.containerd-socket-perms",
         {file("containerd.sock", "/run/containerd/containerd.sock", 0, 0, 0600, "socket")},
         "pass",
         "root:root 0600"},
        {"containerd socket missing",
         "daemon.containerd-socket-perms",
         {absent("containerd.sock", "/run/containerd/containerd.sock")},
         "pass",
         "None of these files exist on this host."},
        {"containerd socket world writable",
         "daemon.containerd-socket-perms",
         {file("containerd.sock", "/run/containerd/containerd.sock", 0, 0, 0666, "socket")},
         "fail",
         "root:root 0666 (expected root:root and mode 0660 or stricter)."},
        {"containerd socket group docker",
         "daemon.containerd-socket-perms",
         {file("containerd.sock", "/run/containerd/containerd.sock", 0, 998, 0660, "socket")},
         "fail",
         "root:docker 0660"},
        {"containerd socket stat denied",
         "daemon.containerd-socket-perms",
         {denied("containerd.sock", "/run/containerd/containerd.sock")},
         "skipped",
         "permission denied"},

        // daemon.key-perms (CIS 3.9-3.14): certificates 0444, the key 0400; key.json 0600
        {"tls key 0400 and certificates 0444",
         "daemon.key-perms",
         {file("tlskey", "/etc/docker/tls/key.pem", 0, 0, 0400),
          file("tlscert", "/etc/docker/tls/cert.pem", 0, 0, 0444),
          file("tlscacert", "/etc/docker/tls/ca.pem", 0, 0, 0444)},
         "pass",
         "/etc/docker/tls/key.pem is root:root 0400; /etc/docker/tls/ca.pem is root:root 0444; "
         "/etc/docker/tls/cert.pem is root:root 0444"},
        {"tls key 0644",
         "daemon.key-perms",
         {file("tlskey", "/etc/docker/tls/key.pem", 0, 0, 0644)},
         "fail",
         "/etc/docker/tls/key.pem is root:root 0644 (expected owner root and mode 0400 or stricter)."},
        {"tls key 0600",
         "daemon.key-perms",
         {file("tlskey", "/etc/docker/tls/key.pem", 0, 0, 0600)},
         "fail",
         "key.pem is root:root 0600"},
        {"tls cert 0644",
         "daemon.key-perms",
         {file("tlscert", "/etc/docker/tls/cert.pem", 0, 0, 0644)},
         "fail",
         "/etc/docker/tls/cert.pem is root:root 0644 (expected owner root and mode 0444 or stricter)."},
        {"tls ca 0644",
         "daemon.key-perms",
         {file("tlscacert", "/etc/docker/tls/ca.pem", 0, 0, 0644)},
         "fail",
         "ca.pem is root:root 0644"},
        {"tls cert 0444",
         "daemon.key-perms",
         {file("tlscert", "/etc/docker/tls/cert.pem", 0, 0, 0444)},
         "pass",
         "/etc/docker/tls/cert.pem is root:root 0444"},
        {"key.json 0600 stays allowed",
         "daemon.key-perms",
         {file("key.json", "/etc/docker/key.json", 0, 0, 0600)},
         "pass",
         "/etc/docker/key.json is root:root 0600"},
        {"tls ca unreadable, cert fine",
         "daemon.key-perms",
         {denied("tlscacert", "/etc/docker/tls/ca.pem"), file("tlscert", "/etc/docker/tls/cert.pem", 0, 0, 0444)},
         "skipped",
         "/etc/docker/tls/ca.pem: permission denied"},

        // daemon.tls-cert-expiry (Escut's own; "now" is the snapshot's collectedAt)
        {"certificates valid for years",
         "daemon.tls-cert-expiry",
         {cert("tlscacert", "/etc/docker/tls/ca.pem", s_longExpiry),
          cert("tlscert", "/etc/docker/tls/cert.pem", s_shortExpiry)},
         "pass",
         "/etc/docker/tls/ca.pem is valid until 2036-12-04; /etc/docker/tls/cert.pem is valid until 2028-01-11."},
        {"certificate valid for 31 days",
         "daemon.tls-cert-expiry",
         {cert("tlscert", "/etc/docker/tls/cert.pem", s_now.addDays(31))},
         "pass",
         "valid until 2026-12-25"},
        {"certificate expires in 10 days",
         "daemon.tls-cert-expiry",
         {cert("tlscacert", "/etc/docker/tls/ca.pem", s_longExpiry),
          cert("tlscert", "/etc/docker/tls/cert.pem", s_now.addDays(10))},
         "warn",
         "/etc/docker/tls/cert.pem expires on 2026-12-04, in 10 day"},
        {"certificate expires in an hour",
         "daemon.tls-cert-expiry",
         {cert("tlscert", "/etc/docker/tls/cert.pem", s_now.addSecs(3600))},
         "warn",
         "in 1 day"},
        {"ca expired",
         "daemon.tls-cert-expiry",
         {cert("tlscacert", "/etc/docker/tls/ca.pem", s_now.addDays(-3)),
          cert("tlscert", "/etc/docker/tls/cert.pem", s_now.addDays(5))},
         "fail",
         "/etc/docker/tls/ca.pem expired on 2026-11-21; /etc/docker/tls/cert.pem expires on 2026-11-29, in 5 day"},
        {"certificate expiring at collection time",
         "daemon.tls-cert-expiry",
         {cert("tlscert", "/etc/docker/tls/cert.pem", s_now)},
         "fail",
         "/etc/docker/tls/cert.pem expired on 2026-11-24: clients that verify TLS cannot connect to the daemon."},
        {"certificate expires in 29 days",
         "daemon.tls-cert-expiry",
         {cert("tlscert", "/etc/docker/tls/cert.pem", s_now.addDays(29))},
         "warn",
         "day(s): renew it before then, or clients that verify TLS cannot connect."},
        {"no tls configured",
         "daemon.tls-cert-expiry",
         {file("tlskey", "/etc/docker/tls/key.pem", 0, 0, 0400)},
         "pass",
         "The daemon has no TLS certificate (tlscacert, tlscert) configured."},
        {"certificate file missing",
         "daemon.tls-cert-expiry",
         {absent("tlscert", "/etc/docker/tls/cert.pem")},
         "pass",
         "no TLS certificate"},
        {"certificate unreadable",
         "daemon.tls-cert-expiry",
         {[] {
             FileFact f = file("tlscert", "/etc/docker/tls/cert.pem", 0, 0, 0400);
             f.certError = QStringLiteral("Permission denied");
             return f;
         }()},
         "skipped",
         "Cannot read the expiry date of /etc/docker/tls/cert.pem: Permission denied."},
        {"certificate stat denied",
         "daemon.tls-cert-expiry",
         {denied("tlscacert", "/etc/docker/tls/ca.pem")},
         "skipped",
         "/etc/docker/tls/ca.pem: permission denied"},
        {"expiry not recorded by an earlier Escut",
         "daemon.tls-cert-expiry",
         {file("tlscert", "/etc/docker/tls/cert.pem", 0, 0, 0444)},
         "skipped",
         "its expiry date is not in this snapshot"},
        {"snapshot without a collection time",
         "daemon.tls-cert-expiry",
         {cert("tlscert", "/etc/docker/tls/cert.pem", s_longExpiry)},
         "skipped",
         "does not say when it was taken",
         [](Snapshot& s) {
             s.collectedAt = QDateTime();
         }},
        {"certificates on a remote endpoint",
         "daemon.tls-cert-expiry",
         {},
         "skipped",
         "remote endpoint",
         [](Snapshot& s) {
             s.hostFactsCollected = false;
         }},
    };
    return s_rows;
}

Snapshot snapshotOf(const Row& row)
{
    Snapshot s;
    s.collectedAt = s_now;
    s.hostFactsCollected = true;
    s.endpoint.kind = Endpoint::Kind::Unix;
    s.endpoint.socketPath = QStringLiteral("/var/run/docker.sock");
    s.files = row.files;
    if (row.tweak) {
        row.tweak(s);
    }
    return s;
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

bool writeFile(const QString& path, const QByteArray& data, QFileDevice::Permissions perms)
{
    if (!QDir().mkpath(QFileInfo(path).path())) {
        return false;
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.setPermissions(perms);
}

const QFileDevice::Permissions s_0644 =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
const QFileDevice::Permissions s_0444 = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

QList<FileFact> withRole(const Snapshot& s, const QString& role)
{
    QList<FileFact> out;
    for (const FileFact& f : s.files) {
        if (f.role == role) {
            out.append(f);
        }
    }
    return out;
}

} // namespace

class TestFileChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checks_data();
    void checks();
    void everyFileCheckHasPassAndFailRows();
    void catalogueRows();
    void notAfterRoundTrip();
    void collectFromRoot();
    void unitLookupOrder();
    void registryBounds();
    void certificateExpiry();
    void daemonConfigIsReadSafely();

private:
    QSet<QString> m_passRows;
    QSet<QString> m_failRows;
};

void TestFileChecks::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestFileChecks::checks_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < rows().size(); ++i) {
        QTest::newRow(rows().at(i).name) << i;
    }
}

void TestFileChecks::checks()
{
    QFETCH(int, index);
    const Row& row = rows().at(index);
    const QString check = QString::fromLatin1(row.check);
    const Outcome outcome = run(check, snapshotOf(row));
    QVERIFY2(statusId(outcome.status) == QLatin1String(row.status),
             qPrintable(QStringLiteral("got %1: %2").arg(statusId(outcome.status), outcome.evidence)));
    QVERIFY2(outcome.evidence.contains(QString::fromUtf8(row.evidence)), qPrintable(outcome.evidence));
    if (outcome.status == Status::Pass) {
        m_passRows.insert(check);
    } else if (outcome.status == Status::Fail) {
        m_failRows.insert(check);
    }
}

void TestFileChecks::everyFileCheckHasPassAndFailRows()
{
    for (const char* id : {"daemon.unit-perms",
                           "daemon.registry-cert-perms",
                           "daemon.env-file-perms",
                           "daemon.containerd-socket-perms",
                           "daemon.key-perms",
                           "daemon.tls-cert-expiry"}) {
        QVERIFY2(m_passRows.contains(QLatin1String(id)), id);
        QVERIFY2(m_failRows.contains(QLatin1String(id)), id);
    }
}

void TestFileChecks::catalogueRows()
{
    struct Expected
    {
        const char* id;
        const char* cis;
        Severity severity;
    };
    for (const Expected& e : {Expected{"daemon.unit-perms", "3.1 3.2 3.3 3.4", Severity::Medium},
                              Expected{"daemon.registry-cert-perms", "3.7 3.8", Severity::Medium},
                              Expected{"daemon.env-file-perms", "3.19 3.20 3.21 3.22", Severity::Medium},
                              Expected{"daemon.containerd-socket-perms", "3.23 3.24", Severity::High},
                              Expected{"daemon.tls-cert-expiry", "", Severity::Medium},
                              Expected{"daemon.socket-perms", "3.15 3.16", Severity::High},
                              Expected{"daemon.config-perms", "3.5 3.6 3.17 3.18", Severity::Medium},
                              Expected{"daemon.key-perms", "3.9 3.10 3.11 3.12 3.13 3.14", Severity::High}}) {
        const CheckDef* def = findCheck(QLatin1String(e.id));
        QVERIFY2(def, e.id);
        QCOMPARE(QLatin1String(def->cisIds), QLatin1String(e.cis));
        QCOMPARE(def->severity, e.severity);
        QCOMPARE(def->layer, Layer::Daemon);
        QCOMPARE(def->scope, Scope::Daemon);
        QVERIFY2(qstrlen(def->rationale) <= 600, e.id);
    }
    QCOMPARE(QLatin1String(findCheck(QStringLiteral("daemon.tls-cert-expiry"))->source), QLatin1String("escut"));
    // Every section 3 recommendation is covered once.
    QStringList section3;
    for (const CheckDef& def : catalogue()) {
        for (const QString& id : def.cis()) {
            if (id.startsWith(QLatin1String("3."))) {
                section3.append(id);
            }
        }
    }
    QCOMPARE(section3.size(), 24);
    for (int i = 1; i <= 24; ++i) {
        QVERIFY2(section3.contains(QStringLiteral("3.%1").arg(i)), qPrintable(QString::number(i)));
    }
}

void TestFileChecks::notAfterRoundTrip()
{
    FileFact f = file("tlscert", "/etc/docker/tls/cert.pem", 0, 0, 0444);
    f.notAfter = s_shortExpiry;
    const QJsonObject json = f.toJson();
    QCOMPARE(json.value(QStringLiteral("notAfter")).toString(), QStringLiteral("2028-01-11T21:30:58Z"));
    QCOMPARE(FileFact::fromJson(json), f);

    FileFact unreadable = file("tlscacert", "/etc/docker/tls/ca.pem", 0, 0, 0400);
    unreadable.certError = QStringLiteral("Permission denied");
    QCOMPARE(FileFact::fromJson(unreadable.toJson()), unreadable);
    QVERIFY(!unreadable.toJson().contains(QStringLiteral("notAfter")));

    // A snapshot of an earlier Escut has no notAfter: it loads, and the expiry is unknown.
    QJsonObject old = json;
    old.remove(QStringLiteral("notAfter"));
    QVERIFY(!FileFact::fromJson(old).notAfter.isValid());

    // Through a whole snapshot, with its schema check.
    Snapshot s;
    s.collectedAt = s_now;
    s.hostFactsCollected = true;
    s.files = {f, unreadable};
    QVERIFY(validateSnapshotJson(s.toJson()));
    const auto back = Snapshot::fromJson(s.toJson());
    QVERIFY(back);
    QCOMPARE(back.value().files, s.files);
    QJsonObject bad = s.toJson();
    QJsonArray files = bad.value(QStringLiteral("files")).toArray();
    QJsonObject first = files.at(0).toObject();
    first.insert(QStringLiteral("notAfter"), 20280111);
    files[0] = first;
    bad.insert(QStringLiteral("files"), files);
    QVERIFY(!validateSnapshotJson(bad));
}

void TestFileChecks::collectFromRoot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    QVERIFY(writeFile(root + QStringLiteral("/lib/systemd/system/docker.service"), "[Service]\n", s_0644));
    QVERIFY(writeFile(root + QStringLiteral("/etc/default/docker"), "DOCKER_OPTS=\n", s_0644));
    const QString registry = root + QStringLiteral("/etc/docker/certs.d/reg:5000");
    QVERIFY(writeFile(registry + QStringLiteral("/ca.crt"), s_longCert, s_0444));
    QVERIFY(QFile::link(QStringLiteral("ca.crt"), registry + QStringLiteral("/link.crt")));
    QVERIFY(QDir().mkpath(registry + QStringLiteral("/nested")));
    QVERIFY(::mkfifo(QFile::encodeName(registry + QStringLiteral("/pipe")).constData(), 0644) == 0);
    // A linked registry directory that leads out of the root: recorded as the link, never listed.
    QVERIFY(QFile::link(QStringLiteral("/etc"), root + QStringLiteral("/etc/docker/certs.d/outside")));
    QVERIFY(writeFile(root + QStringLiteral("/etc/docker/certs.d/stray.crt"), s_longCert, s_0444));
    QVERIFY(writeFile(root + QStringLiteral("/etc/docker/daemon.json"),
                      R"({"tlscacert": "/etc/docker/tls/ca.pem", "tlscert": "/etc/docker/tls/cert.pem",
                          "tlskey": "/etc/docker/tls/key.pem"})",
                      s_0644));
    QVERIFY(writeFile(root + QStringLiteral("/etc/docker/tls/ca.pem"), s_longCert, s_0444));
    QVERIFY(writeFile(root + QStringLiteral("/etc/docker/tls/cert.pem"), s_shortCert, s_0444));
    QVERIFY(writeFile(root + QStringLiteral("/etc/docker/tls/key.pem"), "not a key\n", QFileDevice::ReadOwner));

    Snapshot s;
    s.collectedAt = s_now;
    s.endpoint.kind = Endpoint::Kind::Unix;
    s.endpoint.socketPath = QStringLiteral("/var/run/docker.sock");
    HostProbe(root).collect(s);

    const FileFact* service = s.file(QStringLiteral("docker.service"));
    QVERIFY(service);
    QCOMPARE(service->path, QStringLiteral("/lib/systemd/system/docker.service"));
    QVERIFY(service->exists);
    QCOMPARE(service->mode, 0644u);
    QCOMPARE(service->type, QStringLiteral("file"));
    const FileFact* socketUnit = s.file(QStringLiteral("docker.socket"));
    QVERIFY(socketUnit);
    QCOMPARE(socketUnit->path, QStringLiteral("/lib/systemd/system/docker.socket"));
    QVERIFY(!socketUnit->exists);
    QVERIFY(socketUnit->error.isEmpty());
    QVERIFY(s.file(QStringLiteral("/etc/default/docker"))->exists);
    QVERIFY(!s.file(QStringLiteral("/etc/sysconfig/docker"))->exists);
    QCOMPARE(s.file(QStringLiteral("containerd.sock"))->path, QStringLiteral("/run/containerd/containerd.sock"));
    QVERIFY(!s.file(QStringLiteral("containerd.sock"))->exists);

    const FileFact* certs = s.file(QStringLiteral("certs.d"));
    QVERIFY(certs);
    QCOMPARE(certs->path, QStringLiteral("/etc/docker/certs.d"));
    QCOMPARE(certs->type, QStringLiteral("dir"));
    QStringList found;
    for (const FileFact& f : withRole(s, QStringLiteral("registry-cert"))) {
        found.append(f.path + QLatin1Char(' ') + f.type);
    }
    // Name order; the nested directory, the fifo and the file directly in certs.d are left out.
    QCOMPARE(found,
             (QStringList{QStringLiteral("/etc/docker/certs.d/outside symlink"),
                          QStringLiteral("/etc/docker/certs.d/reg:5000/ca.crt file"),
                          QStringLiteral("/etc/docker/certs.d/reg:5000/link.crt symlink")}));
    QCOMPARE(withRole(s, QStringLiteral("registry-cert")).at(1).mode, 0444u);
    QVERIFY(!s.issue(QStringLiteral("certs.d")));

    // The TLS certificates' expiry; the key is never read.
    QCOMPARE(s.file(QStringLiteral("tlscacert"))->notAfter, s_longExpiry);
    QCOMPARE(s.file(QStringLiteral("tlscert"))->notAfter, s_shortExpiry);
    QVERIFY(!s.file(QStringLiteral("tlskey"))->notAfter.isValid());
    QVERIFY(s.file(QStringLiteral("tlskey"))->certError.isEmpty());

    // The checks on what was collected: the links are not judged, the files are the test user's.
    const bool root0 = ::getuid() == 0 && ::getgid() == 0;
    const Outcome registryOutcome = run(QStringLiteral("daemon.registry-cert-perms"), s);
    QCOMPARE(registryOutcome.status, root0 ? Status::Warn : Status::Fail);
    QVERIFY2(registryOutcome.evidence.contains(QStringLiteral("/etc/docker/certs.d/reg:5000/ca.crt is ")),
             qPrintable(registryOutcome.evidence));
    const Outcome units = run(QStringLiteral("daemon.unit-perms"), s);
    QCOMPARE(units.status, root0 ? Status::Pass : Status::Fail);
    QVERIFY2(units.evidence.contains(QStringLiteral("/lib/systemd/system/docker.service is ")),
             qPrintable(units.evidence));
    QCOMPARE(run(QStringLiteral("daemon.containerd-socket-perms"), s).status, Status::Pass);
    QCOMPARE(run(QStringLiteral("daemon.tls-cert-expiry"), s).status, Status::Pass);
    // And the same after the snapshot's JSON round trip.
    const auto back = Snapshot::fromJson(s.toJson());
    QVERIFY(back);
    QCOMPARE(back.value().files, s.files);
}

void TestFileChecks::unitLookupOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    const HostProbe probe(root);
    QCOMPARE(probe.systemdUnit(QStringLiteral("docker.service")).path,
             QStringLiteral("/lib/systemd/system/docker.service"));
    QVERIFY(!probe.systemdUnit(QStringLiteral("docker.service")).exists);
    QVERIFY(writeFile(root + QStringLiteral("/usr/lib/systemd/system/docker.service"), "[Service]\n", s_0644));
    QCOMPARE(probe.systemdUnit(QStringLiteral("docker.service")).path,
             QStringLiteral("/usr/lib/systemd/system/docker.service"));
    QVERIFY(writeFile(root + QStringLiteral("/lib/systemd/system/docker.service"), "[Service]\n", s_0644));
    QCOMPARE(probe.systemdUnit(QStringLiteral("docker.service")).path,
             QStringLiteral("/lib/systemd/system/docker.service"));
    QVERIFY(writeFile(root + QStringLiteral("/etc/systemd/system/docker.service"), "[Service]\n", s_0644));
    const FileFact local = probe.systemdUnit(QStringLiteral("docker.service"));
    QCOMPARE(local.path, QStringLiteral("/etc/systemd/system/docker.service"));
    QCOMPARE(local.role, QStringLiteral("docker.service"));
    QVERIFY(local.exists);
}

void TestFileChecks::registryBounds()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    const QString certsDir = QStringLiteral("/etc/docker/certs.d");
    const HostProbe probe(root);
    // 17 files in one registry: 16 are recorded.
    for (int i = 0; i < 17; ++i) {
        QVERIFY(writeFile(root + certsDir + QStringLiteral("/a/%1.crt").arg(i, 2, 10, QLatin1Char('0')), "x", s_0444));
    }
    bool truncated = false;
    QList<FileFact> facts = probe.registryCertificates(certsDir, &truncated);
    QVERIFY(truncated);
    QCOMPARE(facts.size(), 1 + HostProbe::MaxRegistryFiles);
    QCOMPARE(facts.last().path, certsDir + QStringLiteral("/a/15.crt"));
    // 65 registries: 64 are listed.
    for (int i = 1; i < 65; ++i) {
        QVERIFY(
            writeFile(root + certsDir + QStringLiteral("/r%1/ca.crt").arg(i, 2, 10, QLatin1Char('0')), "x", s_0444));
    }
    facts = probe.registryCertificates(certsDir, &truncated);
    QVERIFY(truncated);
    QCOMPARE(facts.size(), 1 + HostProbe::MaxRegistryFiles + HostProbe::MaxRegistries - 1);
    QCOMPARE(facts.last().path, certsDir + QStringLiteral("/r63/ca.crt"));

    // A linked certs.d is recorded as the link and not listed.
    QTemporaryDir other;
    QVERIFY(QDir().mkpath(other.path() + QStringLiteral("/etc/docker")));
    QVERIFY(QFile::link(root + certsDir, other.path() + certsDir));
    facts = HostProbe(other.path()).registryCertificates(certsDir, &truncated);
    QVERIFY(!truncated);
    QCOMPARE(facts.size(), 1);
    QCOMPARE(facts.first().role, QStringLiteral("certs.d"));
    QCOMPARE(facts.first().type, QStringLiteral("symlink"));

    // A missing certs.d: one absent fact.
    facts = HostProbe(dir.path() + QStringLiteral("/nowhere")).registryCertificates(certsDir, &truncated);
    QCOMPARE(facts.size(), 1);
    QVERIFY(!facts.first().exists);
    QVERIFY(facts.first().error.isEmpty());
}

void TestFileChecks::certificateExpiry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    const HostProbe probe(root);
    const auto expiry = [&](const QString& path) {
        FileFact f = probe.stat(QStringLiteral("tlscert"), path);
        probe.readCertificateExpiry(f);
        return f;
    };
    QVERIFY(writeFile(root + QStringLiteral("/long.pem"), s_longCert, s_0444));
    QCOMPARE(expiry(QStringLiteral("/long.pem")).notAfter, s_longExpiry);
    // A bundle: the earliest expiry of its certificates.
    QVERIFY(writeFile(root + QStringLiteral("/bundle.pem"), QByteArray(s_longCert) + s_shortCert, s_0444));
    QCOMPARE(expiry(QStringLiteral("/bundle.pem")).notAfter, s_shortExpiry);
    // Not a certificate.
    QVERIFY(writeFile(root + QStringLiteral("/garbage.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n", s_0444));
    FileFact garbage = expiry(QStringLiteral("/garbage.pem"));
    QVERIFY(!garbage.notAfter.isValid());
    QCOMPARE(garbage.certError, QStringLiteral("no PEM certificate in it"));
    // A fifo is refused at once, never read (the read would hang).
    QVERIFY(::mkfifo(QFile::encodeName(root + QStringLiteral("/fifo.pem")).constData(), 0644) == 0);
    FileFact fifo = expiry(QStringLiteral("/fifo.pem"));
    QVERIFY(!fifo.notAfter.isValid());
    QVERIFY(!fifo.certError.isEmpty());
    // A missing file has nothing to read and no error of its own.
    FileFact missing = expiry(QStringLiteral("/missing.pem"));
    QVERIFY(!missing.exists);
    QVERIFY(missing.certError.isEmpty());
    // Too large.
    QVERIFY(writeFile(root + QStringLiteral("/huge.pem"), QByteArray(HostProbe::MaxCertificateBytes + 1, 'A'), s_0444));
    QVERIFY(!expiry(QStringLiteral("/huge.pem")).certError.isEmpty());
}

void TestFileChecks::daemonConfigIsReadSafely()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    const HostProbe probe(root);
    QVERIFY(writeFile(root + QStringLiteral("/daemon.json"), "{\"icc\": false}\n", s_0644));
    DaemonConfigFact ok = probe.readDaemonConfig(QStringLiteral("/daemon.json"), QStringLiteral("--config-file"));
    QVERIFY(ok.readable);
    QCOMPARE(ok.text, QByteArray("{\"icc\": false}\n"));
    // A fifo named as --config-file is refused at once: the read used to wait for a writer forever.
    QVERIFY(::mkfifo(QFile::encodeName(root + QStringLiteral("/fifo.json")).constData(), 0644) == 0);
    QElapsedTimer timer;
    timer.start();
    DaemonConfigFact fifo = probe.readDaemonConfig(QStringLiteral("/fifo.json"), QStringLiteral("--config-file"));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(fifo.exists);
    QVERIFY(!fifo.readable);
    QCOMPARE(fifo.readError, QStringLiteral("not a regular file"));
    // Larger than dockerd would ever need.
    QVERIFY(writeFile(root + QStringLiteral("/huge.json"), QByteArray(HostProbe::MaxConfigBytes + 1, ' '), s_0644));
    DaemonConfigFact huge = probe.readDaemonConfig(QStringLiteral("/huge.json"), QStringLiteral("default"));
    QVERIFY(!huge.readable);
    QVERIFY(huge.readError.startsWith(QLatin1String("file larger than")));
}

QTEST_GUILESS_MAIN(TestFileChecks)
#include "test_filechecks.moc"
