// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/TestUtil.h"

#include "core/checks/Finding.h"
#include "core/facts/Snapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <sys/stat.h>

using namespace escut;

class TestSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsLossless();
    void nonUtf8DaemonJsonKeepsItsBytes();
    void saveAndLoad();
    void loadErrors();
    void newerSchemaIsRefused();
    void wrongTypesAreRefused_data();
    void wrongTypesAreRefused();
    void daemonConfigParse_data();
    void daemonConfigParse();
    void commandLineFlags();
    void evaluationIsDeterministicAcrossRoundTrip();
    void sameFactsIgnoresOnlyWhatNoCheckReads();

private:
    static QJsonObject fixture(const QString& relative);
    static Snapshot sample();
    static QJsonObject health(const QString& status, int failingStreak, const QString& probeTime);
    static void setHealth(Snapshot& s, const QJsonObject& health);
};

QJsonObject TestSnapshot::health(const QString& status, int failingStreak, const QString& probeTime)
{
    // As dockerd reports it: the status, the streak of failed probes, and the latest probes.
    const QString at = QStringLiteral("2026-11-24T%1.123456789Z").arg(probeTime);
    return QJsonObject{{QStringLiteral("Status"), status},
                       {QStringLiteral("FailingStreak"), failingStreak},
                       {QStringLiteral("Log"),
                        QJsonArray{QJsonObject{{QStringLiteral("Start"), at},
                                               {QStringLiteral("End"), at},
                                               {QStringLiteral("ExitCode"), failingStreak > 0 ? 1 : 0},
                                               {QStringLiteral("Output"), QString()}}}}};
}

void TestSnapshot::setHealth(Snapshot& s, const QJsonObject& health)
{
    QJsonObject& running = s.containers[2];
    QJsonObject state = running.value(QStringLiteral("State")).toObject();
    state.insert(QStringLiteral("Health"), health);
    running.insert(QStringLiteral("State"), state);
}

QJsonObject TestSnapshot::fixture(const QString& relative)
{
    QFile f(escut::test::sourceDir() + QStringLiteral("/tests/data/fixtures/") + relative);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(relative));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return doc.isArray() ? doc.array().first().toObject() : doc.object();
}

Snapshot TestSnapshot::sample()
{
    Snapshot s;
    s.toolVersion = QStringLiteral("0.1.0");
    s.collectedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0, 0, 123), Qt::UTC);
    s.endpoint.url = QStringLiteral("unix:///var/run/docker.sock");
    s.endpoint.socketPath = QStringLiteral("/var/run/docker.sock");
    s.hostFactsCollected = true;
    s.info = fixture(QStringLiteral("runtimes/info-json-runsc-fresh-start.json"));
    s.version = QJsonObject{{QStringLiteral("Version"), QStringLiteral("20.10.24+dfsg1")},
                            {QStringLiteral("ApiVersion"), QStringLiteral("1.41")}};
    s.networks = QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("bridge")}}};
    s.daemonCommandLine = {QStringLiteral("/usr/sbin/dockerd"), QStringLiteral("-H"), QStringLiteral("fd://")};
    DaemonConfigFact config;
    config.path = QStringLiteral("/etc/docker/daemon.json");
    config.origin = QStringLiteral("default");
    config.exists = true;
    config.readable = true;
    config.text = "{\n  \"icc\": false,\n  \"log-level\": \"info\"\n}\n";
    config.file = {QStringLiteral("daemon.json"),
                   config.path,
                   true,
                   {},
                   0,
                   0,
                   QStringLiteral("root"),
                   QStringLiteral("root"),
                   0644,
                   QStringLiteral("file"),
                   2049,
                   131090,
                   {},
                   {},
                   {}};
    s.setDaemonConfigFact(config);
    s.files.append(config.file);
    s.files.append({QStringLiteral("docker.sock"),
                    s.endpoint.socketPath,
                    true,
                    {},
                    0,
                    998,
                    QStringLiteral("root"),
                    QStringLiteral("docker"),
                    0660,
                    QStringLiteral("socket"),
                    24,
                    812,
                    QStringLiteral("/run/docker.sock"),
                    {},
                    {}});
    FileFact key;
    key.role = QStringLiteral("key.json");
    key.path = QStringLiteral("/etc/docker/key.json");
    key.error = QStringLiteral("permission denied");
    s.files.append(key);
    s.containers.append(fixture(QStringLiteral("runtimes/inspect-container-runc-created.json")));
    s.containers.append(fixture(QStringLiteral("runtimes/inspect-container-runsc-hardened-created.json")));
    QJsonObject running = fixture(QStringLiteral("runtimes/inspect-container-kata-runtime-running-docker19.json"));
    QJsonObject runningConfig = running.value(QStringLiteral("Config")).toObject();
    runningConfig.insert(
        QStringLiteral("Healthcheck"),
        QJsonObject{{QStringLiteral("Test"), QJsonArray{QStringLiteral("CMD"), QStringLiteral("true")}}});
    running.insert(QStringLiteral("Config"), runningConfig);
    QJsonObject state = running.value(QStringLiteral("State")).toObject();
    state.insert(QStringLiteral("Health"), health(QStringLiteral("healthy"), 0, QStringLiteral("10:00:00")));
    running.insert(QStringLiteral("State"), state);
    s.containers.append(running);
    s.images.append(
        {QJsonObject{{QStringLiteral("Id"), QStringLiteral("sha256:abc")}, {QStringLiteral("Size"), 1234567890123LL}},
         QJsonArray{QJsonObject{{QStringLiteral("CreatedBy"), QStringLiteral("/bin/sh -c #(nop) CMD [\"sh\"]")}}}});
    s.issues.append({QStringLiteral("images"), QStringLiteral("message"), QStringLiteral("detail")});
    return s;
}

void TestSnapshot::roundTripIsLossless()
{
    const Snapshot s = sample();
    const QJsonObject once = s.toJson();
    const Result<Snapshot> back = Snapshot::fromJson(once);
    QVERIFY(back.ok());
    QCOMPARE(back.value().toJson(), once);
    QCOMPARE(back.value().containers, s.containers);
    QCOMPARE(back.value().info, s.info);
    QCOMPARE(back.value().daemonConfigFact.text, s.daemonConfigFact.text);
    QCOMPARE(back.value().files.size(), s.files.size());
    QVERIFY(back.value().files.at(1) == s.files.at(1));
    QCOMPARE(back.value().collectedAt, s.collectedAt);
    QCOMPARE(back.value().images.first().inspect.value(QStringLiteral("Size")).toInteger(), 1234567890123LL);
    // Through text too, as `escut-cli snapshot -o` writes it.
    const QJsonDocument text = QJsonDocument::fromJson(QJsonDocument(once).toJson());
    QCOMPARE(Snapshot::fromJson(text.object()).value().toJson(), once);
}

void TestSnapshot::nonUtf8DaemonJsonKeepsItsBytes()
{
    Snapshot s = sample();
    DaemonConfigFact f = s.daemonConfigFact;
    f.text = QByteArray("{\"debug\": true, \"x\": \"\xff\xfe\"}\n");
    s.setDaemonConfigFact(f);
    const Result<Snapshot> back = Snapshot::fromJson(s.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back.value().daemonConfigFact.text, f.text);
}

void TestSnapshot::saveAndLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    const Snapshot s = sample();
    QVERIFY(s.save(path).ok());
    const Result<Snapshot> loaded = Snapshot::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().toJson(), s.toJson());
}

void TestSnapshot::loadErrors()
{
    QTemporaryDir dir;
    const Result<Snapshot> missing = Snapshot::load(dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY(missing.error().message.contains(QLatin1String("nope.json")));

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    const Result<Snapshot> invalid = Snapshot::load(bad);
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().code, Error::Code::ParseError);

    // A fifo where a file is expected: refused at once, never a read that blocks.
    const QString fifo = dir.filePath(QStringLiteral("fifo.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Result<Snapshot> notFile = Snapshot::load(fifo);
    QVERIFY(!notFile.ok());
    QVERIFY(notFile.error().message.contains(QLatin1String("not a regular file")));
}

void TestSnapshot::newerSchemaIsRefused()
{
    QJsonObject o = sample().toJson();
    o.insert(QStringLiteral("schema"), Snapshot::SchemaVersion + 1);
    const Result<Snapshot> r = Snapshot::fromJson(o);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QString::number(Snapshot::SchemaVersion + 1)));
}

void TestSnapshot::wrongTypesAreRefused_data()
{
    // A field of the wrong type is refused with its path, never read as an empty default.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    QTest::newRow("containers not a list") << "containers" << QJsonValue(QStringLiteral("x")) << "containers:";
    QTest::newRow("env entry a number") << "env" << QJsonValue(7) << "containers[0].Config.Env[1]:";
    QTest::newRow("privileged a string") << "privileged" << QJsonValue(QStringLiteral("true"))
                                         << "containers[0].HostConfig.Privileged:";
    QTest::newRow("label a number") << "label" << QJsonValue(1) << "containers[0].Config.Labels[\"x\"]:";
    QTest::newRow("container id missing") << "noid" << QJsonValue() << "containers[0].Id: missing";
    QTest::newRow("command line not strings") << "cmdline" << QJsonValue(QJsonArray{1}) << "daemonCommandLine[0]:";
    QTest::newRow("compose text an object") << "compose" << QJsonValue(QJsonObject{}) << "composeFiles[0].text:";
    QTest::newRow("schema a string") << "schema" << QJsonValue(QStringLiteral("7")) << "schema";
}

void TestSnapshot::wrongTypesAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    Snapshot base = sample();
    base.composeFiles.append({QStringLiteral("/srv/compose.yaml"), {}, "services: {}\n", {}, false});
    QJsonObject o = base.toJson();
    QVERIFY(Snapshot::fromJson(o).ok());
    QJsonArray containers = o.value(QStringLiteral("containers")).toArray();
    QJsonObject first = containers.at(0).toObject();
    QJsonObject config = first.value(QStringLiteral("Config")).toObject();
    QJsonObject host = first.value(QStringLiteral("HostConfig")).toObject();
    if (field == QLatin1String("containers") || field == QLatin1String("schema")) {
        o.insert(field, value);
    } else if (field == QLatin1String("env")) {
        config.insert(QStringLiteral("Env"), QJsonArray{QStringLiteral("A=1"), value});
    } else if (field == QLatin1String("privileged")) {
        host.insert(QStringLiteral("Privileged"), value);
    } else if (field == QLatin1String("label")) {
        QJsonObject labels = config.value(QStringLiteral("Labels")).toObject();
        labels.insert(QStringLiteral("x"), value);
        config.insert(QStringLiteral("Labels"), labels);
    } else if (field == QLatin1String("noid")) {
        first.remove(QStringLiteral("Id"));
    } else if (field == QLatin1String("cmdline")) {
        o.insert(QStringLiteral("daemonCommandLine"), value);
    } else if (field == QLatin1String("compose")) {
        QJsonArray compose = o.value(QStringLiteral("composeFiles")).toArray();
        QJsonObject file = compose.at(0).toObject();
        file.insert(QStringLiteral("text"), value);
        compose[0] = file;
        o.insert(QStringLiteral("composeFiles"), compose);
    }
    if (field != QLatin1String("containers")) {
        first.insert(QStringLiteral("Config"), config);
        first.insert(QStringLiteral("HostConfig"), host);
        containers[0] = first;
        if (!o.value(QStringLiteral("containers")).isString()) {
            o.insert(QStringLiteral("containers"), containers);
        }
    }
    const Result<Snapshot> r = Snapshot::fromJson(o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ParseError);
    QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
}

void TestSnapshot::daemonConfigParse_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    using S = DaemonConfig::State;
    QTest::newRow("missing") << false << false << QByteArray() << int(S::Missing) << 0 << 0;
    QTest::newRow("unreadable") << true << false << QByteArray() << int(S::Unreadable) << 0 << 0;
    QTest::newRow("empty") << true << true << QByteArray() << int(S::Empty) << 0 << 0;
    QTest::newRow("whitespace") << true << true << QByteArray(" \n\t\n") << int(S::Empty) << 0 << 0;
    QTest::newRow("valid") << true << true << QByteArray("{\"debug\": false}") << int(S::Valid) << 0 << 0;
    QTest::newRow("trailing comma") << true << true << QByteArray("{\n  \"debug\": false,\n}\n") << int(S::Invalid) << 3
                                    << 1;
    QTest::newRow("comment") << true << true << QByteArray("{\n  // no debug\n  \"debug\": false\n}") << int(S::Invalid)
                             << 2 << 3;
    QTest::newRow("array") << true << true << QByteArray("[1, 2]") << int(S::Invalid) << 1 << 1;
}

void TestSnapshot::daemonConfigParse()
{
    QFETCH(bool, exists);
    QFETCH(bool, readable);
    QFETCH(QByteArray, text);
    QFETCH(int, state);
    QFETCH(int, line);
    QFETCH(int, column);
    DaemonConfigFact fact;
    fact.exists = exists;
    fact.readable = readable;
    fact.text = text;
    const DaemonConfig c = DaemonConfig::parse(fact);
    QCOMPARE(int(c.state), state);
    if (c.state == DaemonConfig::State::Invalid) {
        QCOMPARE(c.errorLine, line);
        QVERIFY2(qAbs(c.errorColumn - column) <= 1, qPrintable(c.parseError));
        QVERIFY(c.parseError.contains(QStringLiteral("line %1").arg(line)));
    }
}

void TestSnapshot::commandLineFlags()
{
    Snapshot s;
    s.daemonCommandLine = {QStringLiteral("/usr/bin/dockerd"),
                           QStringLiteral("--icc=false"),
                           QStringLiteral("-H"),
                           QStringLiteral("fd://"),
                           QStringLiteral("--config-file"),
                           QStringLiteral("/srv/d.json"),
                           QStringLiteral("--debug"),
                           QStringLiteral("-H"),
                           QStringLiteral("tcp://0.0.0.0:2375")};
    QCOMPARE(s.commandLineFlag(QStringLiteral("--icc")).value(), QStringLiteral("false"));
    QCOMPARE(s.commandLineFlag(QStringLiteral("--config-file")).value(), QStringLiteral("/srv/d.json"));
    QCOMPARE(s.commandLineFlag(QStringLiteral("--debug")).value(), QStringLiteral("true"));
    QCOMPARE(s.commandLineFlagValues(QStringLiteral("-H")),
             (QStringList{QStringLiteral("fd://"), QStringLiteral("tcp://0.0.0.0:2375")}));
    QVERIFY(!s.commandLineFlag(QStringLiteral("--live-restore")).has_value());
}

void TestSnapshot::evaluationIsDeterministicAcrossRoundTrip()
{
    const Snapshot s = sample();
    const QList<Finding> first = evaluate(s);
    const QList<Finding> again = evaluate(Snapshot::fromJson(s.toJson()).value());
    QVERIFY(!first.isEmpty());
    QCOMPARE(again.size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(again.at(i).toJson(), first.at(i).toJson());
    }
    // One finding per container check per container.
    int containerFindings = 0;
    for (const Finding& f : first) {
        containerFindings += f.subject.scope == Scope::Container ? 1 : 0;
    }
    QCOMPARE(containerFindings % 3, 0);
}

void TestSnapshot::sameFactsIgnoresOnlyWhatNoCheckReads()
{
    const Snapshot s = sample();
    QVERIFY(s.sameFacts(s));
    QVERIFY(s.sameFacts(Snapshot::fromJson(s.toJson()).value())); // equal content, other objects

    // What a second collection changes on its own: the time, the host tools' duration, /info's clock and counters,
    // and the log of a running container's health probes (a failed probe too, while the status holds).
    Snapshot later = s;
    later.collectedAt = s.collectedAt.addSecs(90);
    later.host.elapsedMs = s.host.elapsedMs + 37;
    setHealth(later, health(QStringLiteral("healthy"), 1, QStringLiteral("10:01:30")));
    for (const QString& key : Snapshot::volatileInfoKeys()) {
        later.info.insert(key,
                          key == QLatin1String("SystemTime") ? QJsonValue(QStringLiteral("2030-01-01T00:00:00Z"))
                                                             : QJsonValue(4242));
    }
    QVERIFY(s.sameFacts(later));
    QVERIFY(later.sameFacts(s));
    // ... and no check reads it: kept findings are exactly the findings of the new facts.
    const QList<Finding> before = evaluate(s);
    const QList<Finding> after = evaluate(later);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).toJson(), before.at(i).toJson());
    }

    // Anything else is a change.
    const QList<std::pair<const char*, std::function<void(Snapshot&)>>> changes{
        {"container",
         [](Snapshot& x) {
             x.containers[1].insert(QStringLiteral("Name"), QStringLiteral("/renamed"));
         }},
        {"health status",
         [](Snapshot& x) {
             setHealth(x, health(QStringLiteral("unhealthy"), 3, QStringLiteral("10:01:30")));
         }},
        {"health check",
         [](Snapshot& x) {
             QJsonObject state = x.containers[2].value(QStringLiteral("State")).toObject();
             state.remove(QStringLiteral("Health"));
             x.containers[2].insert(QStringLiteral("State"), state);
         }},
        {"container removed",
         [](Snapshot& x) {
             x.containers.removeLast();
         }},
        {"image",
         [](Snapshot& x) {
             x.images[0].history = {};
         }},
        {"info",
         [](Snapshot& x) {
             x.info.insert(QStringLiteral("LiveRestoreEnabled"), true);
         }},
        {"version",
         [](Snapshot& x) {
             x.version.insert(QStringLiteral("Version"), QStringLiteral("24.0.7"));
         }},
        {"endpoint",
         [](Snapshot& x) {
             x.endpoint.tls = true;
         }},
        {"daemon.json",
         [](Snapshot& x) {
             DaemonConfigFact c = x.daemonConfigFact;
             c.text = "{}";
             x.setDaemonConfigFact(c);
         }},
        {"file",
         [](Snapshot& x) {
             x.files[1].mode = 0666;
         }},
        {"command line",
         [](Snapshot& x) {
             x.daemonCommandLine.append(QStringLiteral("--icc=false"));
         }},
        {"networks",
         [](Snapshot& x) {
             x.networks = {};
         }},
        {"issue",
         [](Snapshot& x) {
             x.issues.clear();
         }},
        {"host",
         [](Snapshot& x) {
             x.host.updates.cached = !x.host.updates.cached;
         }},
        {"mounts",
         [](Snapshot& x) {
             x.host.mountSources.append(StorageFact{});
         }},
        {"compose",
         [](Snapshot& x) {
             x.composeFiles.append(ComposeFileFact{});
         }},
        {"dockerfile",
         [](Snapshot& x) {
             x.dockerfiles.append(DockerfileFact{});
         }},
        {"scan",
         [](Snapshot& x) {
             x.imageAnalysis.scans.append(ImageScanFact{});
         }},
    };
    for (const auto& [what, change] : changes) {
        Snapshot changed = later;
        change(changed);
        QVERIFY2(!s.sameFacts(changed), what);
        QVERIFY2(!changed.sameFacts(s), what);
    }
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "test_snapshot.moc"
