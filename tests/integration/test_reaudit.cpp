// SPDX-License-Identifier: GPL-3.0-or-later
// A re-audit against a real dockerd: containers and images the daemon logged no event for since the previous
// snapshot are taken from it; those it did log an event for (update, start) are inspected again; a previous
// snapshot of another daemon is never used. The daemon is a throwaway one of this test's own (PrivateDockerd): no
// other test adds events to its log (dockerd keeps 256) or changes its containers, so every reuse is asserted.
#include "tests/common/PrivateDockerd.h"
#include "tests/common/TestUtil.h"

#include "core/audit/Auditor.h"
#include "core/docker/DockerClient.h"
#include "core/facts/Collector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace escut;
using escut::test::runProcess;

namespace
{

const QString s_marker = QStringLiteral("x-escut-test-previous");

const QJsonObject* containerNamed(const Snapshot& s, const QString& name)
{
    for (const QJsonObject& c : s.containers) {
        if (c.value(QStringLiteral("Name")).toString() == QLatin1Char('/') + name) {
            return &c;
        }
    }
    return nullptr;
}

// The previous snapshot with a marker in every container and image: what is reused still carries it.
std::shared_ptr<const Snapshot> marked(Snapshot s)
{
    for (QJsonObject& c : s.containers) {
        c.insert(s_marker, true);
    }
    for (ImageFact& i : s.images) {
        i.inspect.insert(s_marker, true);
    }
    return std::make_shared<const Snapshot>(std::move(s));
}

} // namespace

class TestReaudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reusesWhatDidNotChange();
    void anotherDaemonIsInspectedAgain();
    void inspectsTheRememberedContainersWhileListing();
    void keepsTheFindingsOfTheSameFacts();
    void aHealthProbeChangesNoFacts();

private:
    [[nodiscard]] Snapshot collect(std::shared_ptr<const Snapshot> previous = {});
    enum class Start { No, Yes };
    [[nodiscard]] bool
    createContainer(QLatin1StringView role, Start start = Start::No, const QStringList& options = {});
    [[nodiscard]] QStringList ourIds(const Snapshot& s) const;
    [[nodiscard]] qint64 daemonNowNs() const;
    [[nodiscard]] qint64 newestEventNs() const;
    escut::test::PrivateDockerd m_daemon{QStringLiteral("reaudit")};
    Endpoint m_endpoint;
    QString m_tag;
    QStringList m_names;
};

void TestReaudit::initTestCase()
{
    if (::geteuid() != 0) {
        QFAIL("the test starts a dockerd of its own, which needs root (scripts/escut test runs as root)");
    }
    QVERIFY2(m_daemon.start(), m_daemon.log().constData());
    QString error;
    QVERIFY2(m_daemon.copyImage(QStringLiteral("local/busybox:1"), &error), qPrintable(error));
    // From here on, every docker command and the endpoint resolver talk to the private daemon.
    qputenv("DOCKER_HOST", m_daemon.host().toUtf8());
    Result<Endpoint> endpoint = EndpointResolver::resolve({}, ResolverEnvironment::system());
    QVERIFY2(endpoint.ok(), "no endpoint");
    QCOMPARE(endpoint.value().socketPath, m_daemon.socket());
    m_endpoint = endpoint.value();
    m_tag = QString::number(QCoreApplication::applicationPid());
    for (const char* role : {"same", "updated", "started", "removed"}) {
        QVERIFY(createContainer(QLatin1String(role)));
    }
    // Events within the collector's margin (5 s) before a snapshot count as changes: wait until the daemon's clock
    // is past the creations by more than that, and a second more for reusesWhatDidNotChange's check, which reads
    // the times in whole seconds.
    const qint64 created = newestEventNs();
    QVERIFY(created > 0);
    QTRY_VERIFY_WITH_TIMEOUT(daemonNowNs() > created + 7'000'000'000LL, 60000);
}

// The daemon's clock (/info SystemTime), in ns since the epoch.
qint64 TestReaudit::daemonNowNs() const
{
    DockerClient client(m_endpoint);
    const Result<QJsonDocument> info = client.getJson(QStringLiteral("/info"));
    if (!info) {
        return 0;
    }
    QString text = info->object().value(QStringLiteral("SystemTime")).toString();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    qint64 fractionNs = 0;
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit()) {
            ++end;
        }
        fractionNs = text.mid(dot + 1, end - dot - 1).left(9).leftJustified(9, QLatin1Char('0')).toLongLong();
        text.remove(dot, end - dot);
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toMSecsSinceEpoch() * 1000000 + fractionNs : 0;
}

// The time of the newest event in the daemon's log, in ns.
qint64 TestReaudit::newestEventNs() const
{
    DockerClient client(m_endpoint);
    const Result<HttpResponse> log =
        client.request(DockerClient::Method::Get,
                       QStringLiteral("/events?since=1&until=%1").arg(daemonNowNs() / 1000000000 + 1));
    qint64 newest = 0;
    if (log) {
        for (const QByteArray& line : log->body.split('\n')) {
            newest =
                std::max(newest, QJsonDocument::fromJson(line).object().value(QStringLiteral("timeNano")).toInteger());
        }
    }
    return newest;
}

// `docker create`, or `docker run -d`, of a test container (labelled, removed at the end) with the given options.
bool TestReaudit::createContainer(QLatin1StringView role, Start start, const QStringList& options)
{
    const QString name = QStringLiteral("escut-test-reaudit-%1-%2").arg(role, m_tag);
    const QStringList command = start == Start::Yes ? QStringList{QStringLiteral("run"), QStringLiteral("-d")}
                                                    : QStringList{QStringLiteral("create")};
    const auto created = runProcess(
        QStringLiteral("docker"),
        command +
            QStringList{QStringLiteral("--name"),
                        name,
                        QStringLiteral("--label"),
                        QStringLiteral("escut.test=1"),
                        QStringLiteral("--label"),
                        QStringLiteral("escut.test.reaudit=") + m_tag} +
            options + QStringList{QStringLiteral("local/busybox:1"), QStringLiteral("sleep"), QStringLiteral("300")});
    if (created.exitCode != 0) {
        qWarning("%s", created.err.constData());
        return false;
    }
    m_names.append(name);
    return true;
}

// This test's containers in a snapshot, sorted by id.
QStringList TestReaudit::ourIds(const Snapshot& s) const
{
    QStringList ids;
    for (const QJsonObject& c : s.containers) {
        const QJsonObject labels =
            c.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Labels")).toObject();
        if (labels.value(QStringLiteral("escut.test.reaudit")).toString() == m_tag) {
            ids.append(c.value(QStringLiteral("Id")).toString());
        }
    }
    ids.sort();
    return ids;
}

void TestReaudit::cleanupTestCase()
{
    if (!m_names.isEmpty()) {
        (void)runProcess(QStringLiteral("docker"), QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + m_names);
    }
}

Snapshot TestReaudit::collect(std::shared_ptr<const Snapshot> previous)
{
    DockerClient client(m_endpoint);
    CollectOptions options;
    options.hostFiles = false;
    options.previous = std::move(previous);
    Result<Snapshot> s = Collector::collect(client, options);
    if (!s) {
        qWarning("%s", qPrintable(s.error().fullText()));
        return {};
    }
    return s.value();
}

void TestReaudit::reusesWhatDidNotChange()
{
    const Snapshot first = collect();
    QVERIFY(containerNamed(first, m_names.at(0)));
    const std::shared_ptr<const Snapshot> previous = marked(first);

    QCOMPARE(runProcess(QStringLiteral("docker"),
                        {QStringLiteral("update"), QStringLiteral("--cpus"), QStringLiteral("0.5"), m_names.at(1)})
                 .exitCode,
             0);
    QCOMPARE(runProcess(QStringLiteral("docker"), {QStringLiteral("start"), m_names.at(2)}).exitCode, 0);
    // One removed and one created since: without a list, the event log alone must say so.
    QCOMPARE(runProcess(QStringLiteral("docker"), {QStringLiteral("rm"), m_names.at(3)}).exitCode, 0);
    QVERIFY(createContainer(QLatin1StringView("created")));

    // Reuse needs the daemon's event log to reach back beyond the previous snapshot (dockerd keeps 256 events): on
    // this test's own daemon it does, so reuse is asserted, not skipped.
    DockerClient client(m_endpoint);
    QVERIFY(client.negotiate());
    const Result<HttpResponse> log =
        client.request(DockerClient::Method::Get,
                       QStringLiteral("/events?since=1&until=%1").arg(QDateTime::currentSecsSinceEpoch()));
    QVERIFY(log.ok());
    const QJsonObject oldest = QJsonDocument::fromJson(log->body.split('\n').value(0)).object();
    const QString firstTime = first.info.value(QStringLiteral("SystemTime")).toString().left(19);
    const qint64 firstSecs = QDateTime::fromString(firstTime + QLatin1Char('Z'), Qt::ISODate).toSecsSinceEpoch();
    const bool logReachesBack = !oldest.isEmpty() && oldest.value(QStringLiteral("time")).toInteger() < firstSecs - 6;

    const Snapshot second = collect(previous);
    const QJsonObject* same = containerNamed(second, m_names.at(0));
    const QJsonObject* updated = containerNamed(second, m_names.at(1));
    const QJsonObject* started = containerNamed(second, m_names.at(2));
    QVERIFY(same && updated && started);
    QVERIFY(!containerNamed(second, m_names.at(3)));
    const QJsonObject* created = containerNamed(second, m_names.at(4));
    QVERIFY(created);
    QVERIFY(!created->contains(s_marker));
    // The same containers as an audit from scratch sees.
    QCOMPARE(ourIds(second), ourIds(collect()));

    // Changed: inspected again, with what changed.
    QVERIFY(!updated->contains(s_marker));
    QCOMPARE(updated->value(QStringLiteral("HostConfig")).toObject().value(QStringLiteral("NanoCpus")).toInteger(),
             500000000LL);
    QVERIFY(!started->contains(s_marker));
    QCOMPARE(started->value(QStringLiteral("State")).toObject().value(QStringLiteral("Status")).toString(),
             QStringLiteral("running"));
    QVERIFY2(logReachesBack, "the private daemon's event log does not reach back to the first snapshot");
    // Unchanged: taken from the previous snapshot, images too.
    QVERIFY(same->contains(s_marker));
    const auto busybox = std::find_if(second.images.cbegin(), second.images.cend(), [](const ImageFact& i) {
        return i.inspect.value(QStringLiteral("RepoTags")).toArray().contains(QStringLiteral("local/busybox:1"));
    });
    QVERIFY(busybox != second.images.cend());
    QVERIFY(busybox->inspect.contains(s_marker));
}

void TestReaudit::anotherDaemonIsInspectedAgain()
{
    Snapshot other = collect();
    QVERIFY(!other.containers.isEmpty());
    other.info.insert(QStringLiteral("ID"), QStringLiteral("ANOTHER:DAEMON"));
    const Snapshot again = collect(marked(other));
    QVERIFY(!again.containers.isEmpty());
    for (const QJsonObject& c : again.containers) {
        QVERIFY(!c.contains(s_marker));
    }
    for (const ImageFact& image : again.images) {
        QVERIFY(!image.inspect.contains(s_marker));
    }
}

void TestReaudit::inspectsTheRememberedContainersWhileListing()
{
    // The file names one of ours, one removed long ago and a container the list has but the file does not: the
    // snapshot has exactly what the daemon lists, as an audit without the file sees it.
    const Snapshot reference = collect();
    const QStringList ours = ourIds(reference);
    QVERIFY(ours.size() >= 2);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cache/containers.ids"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const auto writeIds = [&](const QByteArray& text) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
    };
    const auto collectWithFile = [&] {
        DockerClient client(m_endpoint);
        CollectOptions options;
        options.hostFiles = false;
        options.images = false;
        options.containerIdsFile = path;
        const Result<Snapshot> s = Collector::collect(client, options);
        return s ? s.value() : Snapshot();
    };
    QVERIFY(writeIds(ours.at(0).toLatin1() + '\n' + QByteArray(64, 'f') + '\n'));
    const Snapshot prefetched = collectWithFile();
    QCOMPARE(ourIds(prefetched), ours);
    QVERIFY(std::none_of(prefetched.containers.cbegin(), prefetched.containers.cend(), [](const QJsonObject& c) {
        return c.value(QStringLiteral("Id")).toString() == QString(64, QLatin1Char('f'));
    }));
    // Rewritten with what this audit saw.
    QFile rewritten(path);
    QVERIFY(rewritten.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = rewritten.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), prefetched.containers.size());
    for (const QString& id : ours) {
        QVERIFY(lines.contains(id.toLatin1()));
    }
    rewritten.close();
    // A file that is not a list of ids is ignored.
    QVERIFY(writeIds("not an id\n" + ours.at(0).toLatin1() + '\n'));
    QCOMPARE(ourIds(collectWithFile()), ours);
}

void TestReaudit::keepsTheFindingsOfTheSameFacts()
{
    AuditOptions options;
    options.resolvedEndpoint = m_endpoint;
    options.only = {Layer::Daemon, Layer::Container};
    const auto audit = [&](const AuditResult* previous) {
        AuditOptions o = options;
        if (previous) {
            o.previous = std::make_shared<const Snapshot>(previous->snapshot);
            o.previousFindings = previous->findings;
        }
        Result<AuditResult> r = Auditor::run(o);
        if (!r) {
            qWarning("%s", qPrintable(r.error().fullText()));
            return AuditResult{};
        }
        return r.value();
    };
    const auto findingsText = [](const QList<Finding>& findings) {
        QJsonArray a;
        for (const Finding& f : findings) {
            a.append(f.toJson());
        }
        return QJsonDocument(a).toJson(QJsonDocument::Compact);
    };
    const AuditResult first = audit(nullptr);
    QVERIFY(!first.findings.isEmpty());
    QVERIFY(!first.findingsReused);
    // Nothing changed on this daemon in between: the same facts, so the findings are kept, and they are those of
    // the facts collected.
    const AuditResult second = audit(&first);
    QVERIFY(second.snapshot.sameFacts(first.snapshot));
    QVERIFY(second.findingsReused);
    QCOMPARE(findingsText(second.findings), findingsText(Auditor::evaluate(second.snapshot, options.only).findings));

    // A change of ours is never missed.
    QCOMPARE(runProcess(QStringLiteral("docker"),
                        {QStringLiteral("update"), QStringLiteral("--cpus"), QStringLiteral("0.25"), m_names.at(0)})
                 .exitCode,
             0);
    const AuditResult third = audit(&second);
    QVERIFY(!third.findingsReused);
    QCOMPARE(findingsText(third.findings), findingsText(Auditor::evaluate(third.snapshot, options.only).findings));
}

void TestReaudit::aHealthProbeChangesNoFacts()
{
    // A running container with a health check: every probe adds an exec event and a line to State.Health.Log.
    QVERIFY(createContainer(QLatin1String("health"),
                            Start::Yes,
                            {QStringLiteral("--health-cmd"),
                             QStringLiteral("true"),
                             QStringLiteral("--health-interval"),
                             QStringLiteral("1s")}));
    const QString name = m_names.constLast();
    const auto health = [&] {
        return QString::fromUtf8(runProcess(QStringLiteral("docker"),
                                            {QStringLiteral("inspect"),
                                             QStringLiteral("--format"),
                                             QStringLiteral("{{.State.Health.Status}}"),
                                             name})
                                     .out)
            .trimmed();
    };
    QTRY_COMPARE_WITH_TIMEOUT(health(), QStringLiteral("healthy"), 20000);

    const Snapshot first = collect();
    const QJsonObject* before = containerNamed(first, name);
    QVERIFY(before);
    // Wait for the next probe after the first snapshot: the daemon's health record moves.
    const QJsonObject healthBefore =
        before->value(QStringLiteral("State")).toObject().value(QStringLiteral("Health")).toObject();
    const auto healthNow = [&] {
        return QJsonDocument::fromJson(runProcess(QStringLiteral("docker"),
                                                  {QStringLiteral("inspect"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("{{json .State.Health}}"),
                                                   name})
                                           .out)
            .object();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!healthNow().isEmpty() && healthNow() != healthBefore, 20000);
    const Snapshot second = collect(std::make_shared<const Snapshot>(first));
    const QJsonObject* after = containerNamed(second, name);
    QVERIFY(after);
    // The re-audit inspected it again (its event log names it), and only the probes' record moved.
    const auto logOf = [](const QJsonObject& c) {
        return c.value(QStringLiteral("State"))
            .toObject()
            .value(QStringLiteral("Health"))
            .toObject()
            .value(QStringLiteral("Log"));
    };
    QVERIFY(logOf(*after) != logOf(*before));
    Snapshot withOurs = first;
    for (QJsonObject& c : withOurs.containers) {
        if (c.value(QStringLiteral("Name")).toString() == QLatin1Char('/') + name) {
            c = *after;
        }
    }
    QVERIFY(withOurs.sameFacts(first));
    QVERIFY(first.sameFacts(withOurs));
    // ... so the findings are the same.
    const AuditResult was = Auditor::evaluate(first, {});
    const AuditResult is = Auditor::evaluate(withOurs, {});
    QCOMPARE(is.findings.size(), was.findings.size());
    for (qsizetype i = 0; i < was.findings.size(); ++i) {
        QCOMPARE(is.findings.at(i).toJson(), was.findings.at(i).toJson());
    }
}

QTEST_GUILESS_MAIN(TestReaudit)
#include "test_reaudit.moc"
