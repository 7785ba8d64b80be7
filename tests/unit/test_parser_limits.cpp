// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input at each parser's boundary: limits (size, nesting), NUL bytes and numbers out of range are errors,
// never a crash, a hang or a silent truncation. Inputs the fuzz targets (tests/fuzz) found are kept here, each named
// after its target.
#include "core/docker/DockerClient.h"
#include "core/facts/Collector.h"
#include "core/facts/ComposeFile.h"
#include "core/facts/DockerfileCollector.h"
#include "core/facts/Snapshot.h"
#include "core/lab/Scenario.h"
#include "core/privileged/Journal.h"
#include "core/privileged/Plan.h"
#include "core/remediation/fixes/DaemonJsonText.h"
#include "core/tools/Trivy.h"
#include "core/util/JsonUtil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace escut;

namespace
{

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestParserLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonFromText_data();
    void jsonFromText();
    void daemonConfigRefuses_data();
    void daemonConfigRefuses();
    void daemonJsonFixRefuses_data();
    void daemonJsonFixRefuses();
    void daemonJsonFixRoundTrip();
    void readersRefuseNul();
    void readersRefuseFifos();
    void eventStreamKeepsPartialLines();
    void planNumbersOutOfRange_data();
    void planNumbersOutOfRange();
    void composeExtendsChainParsesOnce();
    void composeExtendsMergesLongSequences();
};

void TestParserLimits::jsonFromText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("error"); // QJsonParseError::ParseError
    QTest::addColumn<int>("offset");

    QTest::newRow("valid") << QByteArray(R"({"a": [1, "x"]})") << int(QJsonParseError::NoError) << 0;
    QTest::newRow("NUL inside a string") << QByteArray("{\"a\": \"b\0c\"}", 12) << int(QJsonParseError::IllegalValue)
                                         << 8;
    QTest::newRow("NUL after the document")
        << QByteArray("{}\0{\"x\":1}", 10) << int(QJsonParseError::IllegalValue) << 2;
    QTest::newRow("escaped NUL is a character")
        << QByteArray(R"({"a": "\u0000"})") << int(QJsonParseError::NoError) << 0;
    QTest::newRow("64 levels") << nested(64) << int(QJsonParseError::NoError) << 0;
    QTest::newRow("65 levels") << nested(65) << int(QJsonParseError::DeepNesting) << 64;
    QTest::newRow("100000 levels") << nested(100000) << int(QJsonParseError::DeepNesting) << 64;
    QTest::newRow("brackets in strings do not nest")
        << (QByteArray("[\"") + QByteArray(100, '[') + QByteArray("\\\"\"]")) << int(QJsonParseError::NoError) << 0;
    // A string ends at the first quote after an even run of backslashes: brackets after it nest again.
    QTest::newRow("escaped backslash ends the string")
        << (QByteArray(R"(["a\\", )") + nested(64) + ']') << int(QJsonParseError::DeepNesting) << 71;
    QTest::newRow("three backslashes keep the quote in the string")
        << (QByteArray(R"(["\\\")") + QByteArray(100, '[') + QByteArray(R"("])")) << int(QJsonParseError::NoError) << 0;
    QTest::newRow("unterminated string") << QByteArray(R"(["abc)") << int(QJsonParseError::UnterminatedString) << 0;
    QTest::newRow("1e400") << QByteArray(R"({"x": 1e400})") << int(QJsonParseError::IllegalNumber) << 0;
    QTest::newRow("-1e400") << QByteArray(R"({"x": -1e400})") << int(QJsonParseError::IllegalNumber) << 0;
}

void TestParserLimits::jsonFromText()
{
    QFETCH(QByteArray, text);
    QFETCH(int, error);
    QFETCH(int, offset);
    JsonTextError e;
    const QJsonDocument doc = escut::jsonFromText(text, &e);
    QCOMPARE(int(e.error), error);
    QCOMPARE(doc.isNull(), error != QJsonParseError::NoError);
    QVERIFY(!e.errorString().isEmpty());
    if (error == QJsonParseError::IllegalValue || error == QJsonParseError::DeepNesting) {
        QCOMPARE(int(e.offset), offset);
    }
}

void TestParserLimits::daemonConfigRefuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("1e400") << QByteArray(R"({"x": 1e400})");
    QTest::newRow("NUL then garbage") << QByteArray("{\"debug\": true}\0{\"icc\": true}", 29);
    QTest::newRow("NUL inside a value") << QByteArray("{\"log-level\": \"info\0debug\"}", 27);
    QTest::newRow("100000 nested arrays") << (QByteArray("{\"x\": ") + nested(100000) + '}');
    QTest::newRow("larger than 4 MiB") << (QByteArray("{\"labels\": [\"") + QByteArray(JsonMaxBytesHandWritten, 'a') +
                                           QByteArray("\"]}"));
}

void TestParserLimits::daemonConfigRefuses()
{
    QFETCH(QByteArray, text);
    DaemonConfigFact fact;
    fact.exists = true;
    fact.readable = true;
    fact.text = text;
    const DaemonConfig config = DaemonConfig::parse(fact);
    QCOMPARE(config.state, DaemonConfig::State::Invalid);
    QVERIFY(config.errorLine >= 1);
    QVERIFY(!config.parseError.isEmpty());
}

void TestParserLimits::daemonJsonFixRefuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("1e400") << QByteArray(R"({"x": 1e400})");
    QTest::newRow("NUL then garbage") << QByteArray("{\"debug\": true}\0{\"icc\": true}", 29);
    QTest::newRow("100000 nested arrays") << (QByteArray("{\"x\": ") + nested(100000) + '}');
    QTest::newRow("not an object") << QByteArray("[1, 2]");
    QTest::newRow("lone surrogate") << QByteArray(R"({"x": "\ud800"})");
}

void TestParserLimits::daemonJsonFixRefuses()
{
    QFETCH(QByteArray, text);
    const Result<nlohmann::ordered_json> parsed = daemonjson::parse(text, QStringLiteral("/etc/docker/daemon.json"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, Error::Code::ParseError);
    QVERIFY(parsed.error().message.contains(QLatin1String("/etc/docker/daemon.json")));
}

void TestParserLimits::daemonJsonFixRoundTrip()
{
    const QByteArray before = "{\n    \"debug\": true,\n    \"a\": {\"b\": [1, 2.5, \"\\u00e9\"]}\n}\n";
    Result<nlohmann::ordered_json> parsed = daemonjson::parse(before, QStringLiteral("daemon.json"));
    QVERIFY(parsed);
    parsed.value()["icc"] = false;
    const Result<QByteArray> after = daemonjson::dump(parsed.value(), before, QStringLiteral("daemon.json"));
    QVERIFY(after);
    QVERIFY(after.value().startsWith("{\n    \"debug\": true,\n    \"a\": {"));
    QVERIFY(after.value().endsWith("\"icc\": false\n}\n"));
    QVERIFY(daemonjson::parse(QByteArray(" \n"), QStringLiteral("daemon.json")).value().empty());
}

void TestParserLimits::readersRefuseFifos()
{
    // A Compose file named by a container's label and a Dockerfile named by its build: section are paths from
    // outside: a fifo there is refused at once (an open() or read() that waits for a writer would hang the audit).
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("compose.yml"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    Snapshot snapshot;
    Collector::addComposeFiles(snapshot, {fifo}, QStringLiteral("/"));
    DockerfileCollector::addFiles(snapshot, {fifo}, QStringLiteral("/"));
    QCOMPARE(snapshot.composeFiles.size(), 1);
    QVERIFY2(snapshot.composeFiles.first().error.contains(QLatin1String("not a regular file")),
             qPrintable(snapshot.composeFiles.first().error));
    QVERIFY(snapshot.composeFiles.first().text.isEmpty());
    QCOMPARE(snapshot.dockerfiles.size(), 1);
    QVERIFY2(snapshot.dockerfiles.first().error.contains(QLatin1String("not a regular file")),
             qPrintable(snapshot.dockerfiles.first().error));
    // A regular file past the limit is refused without reading it all; one at the limit is read.
    const QString big = dir.filePath(QStringLiteral("big.yml"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(4 * 1024 * 1024 + 1));
    file.close();
    Collector::addComposeFiles(snapshot, {big}, QStringLiteral("/"));
    QVERIFY2(snapshot.composeFiles.last().error.contains(QLatin1String("larger than 4 MiB")),
             qPrintable(snapshot.composeFiles.last().error));
    QVERIFY(QFile::resize(big, 4 * 1024 * 1024));
    Snapshot again;
    Collector::addComposeFiles(again, {big}, QStringLiteral("/"));
    QVERIFY2(again.composeFiles.first().error.isEmpty(), qPrintable(again.composeFiles.first().error));
    QCOMPARE(again.composeFiles.first().text.size(), 4 * 1024 * 1024);
}

void TestParserLimits::readersRefuseNul()
{
    const QByteArray withNul("{\"id\": \"x\0y\"}", 13);
    QVERIFY(!Snapshot::parse(withNul, QStringLiteral("s.json")));
    QVERIFY(!ScenarioLibrary::parse(withNul, QStringLiteral("lab.json")));
    QVERIFY(!Plan::fromFile(withNul));
    QVERIFY(!Transaction::fromManifest(withNul, QStringLiteral("manifest.json"), QStringLiteral("x")));
    QVERIFY(!DockerClient::parseJson(QStringLiteral("/info"), withNul));
    QVERIFY(!Trivy::parse(withNul));
    QVERIFY(!Snapshot::parse(nested(100000), QStringLiteral("s.json")));
}

void TestParserLimits::eventStreamKeepsPartialLines()
{
    QByteArray buffer = "{\"Type\":\"container\"}\n\n{\"Ty";
    QStringList types;
    const auto collect = [&](const QJsonDocument& doc) {
        types.append(doc.object().value(QStringLiteral("Type")).toString());
        return true;
    };
    QVERIFY(DockerClient::takeEvents(buffer, collect));
    QCOMPARE(types, QStringList{QStringLiteral("container")});
    QCOMPARE(buffer, QByteArray("{\"Ty"));
    buffer += QByteArray("pe\":\"network\"}\nnot json\n{\"Type\":\"x\0\"}\n", 38);
    QVERIFY(DockerClient::takeEvents(buffer, collect));
    QCOMPARE(types, (QStringList{QStringLiteral("container"), QStringLiteral("network")}));
    QVERIFY(buffer.isEmpty());
}

// fuzz_plan_journal: a number past uint's range was converted to uint before the range error was returned (undefined
// behaviour; the asan preset and the fuzz target abort on it).
void TestParserLimits::planNumbersOutOfRange_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("2^64") << QByteArray("18446744073709551616");
    QTest::newRow("1.18e23 (the fuzzer's)") << QByteArray("1.18447e+23");
    QTest::newRow("-1e300") << QByteArray("-1e300");
    QTest::newRow("0.5") << QByteArray("0.5");
}

void TestParserLimits::planNumbersOutOfRange()
{
    QFETCH(QByteArray, format);
    const Result<Plan> plan = Plan::fromFile("{\"plan\": {\"format\": " + format + "}}");
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(QLatin1String("$.plan.format")), qPrintable(plan.error().message));
}

// 3000 services, each extending the next (at most 10 levels): the file was parsed again at every level of every
// service, 30,000 parses of a 100 KB file (minutes; a 4 MiB file took hours). Now once.
void TestParserLimits::composeExtendsChainParsesOnce()
{
    constexpr int Services = 3000;
    QByteArray text = "services:\n";
    for (int i = 0; i < Services; ++i) {
        text += QByteArray("  s") + QByteArray::number(i) + ":\n    image: app\n    cap_add: [CAP_" +
                QByteArray::number(i) + "]\n";
        if (i + 1 < Services) {
            text += "    extends: s" + QByteArray::number(i + 1) + "\n";
        }
    }
    ComposeFileFact file;
    file.path = QStringLiteral("/srv/compose.yml");
    file.text = text;
    QElapsedTimer timer;
    timer.start();
    const Result<QJsonObject> services = composeServices(file, {file});
    QVERIFY(services);
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    QCOMPARE(services.value().size(), Services);
    // s0 extends s1 ... s10; s11 is past the limit of 10 levels, so s0 is an error; s2990 reaches the last service.
    QVERIFY(services.value().value(QStringLiteral("s0")).toObject().contains(QStringLiteral("x-escut-error")));
    QCOMPARE(
        services.value().value(QStringLiteral("s2990")).toObject().value(QStringLiteral("cap_add")).toArray().size(),
        10);
}

// Two sequences of 60,000 elements merged by extends: QJsonArray::contains made it 5 * 10^9 comparisons.
void TestParserLimits::composeExtendsMergesLongSequences()
{
    constexpr int Elements = 60000;
    QByteArray base = "services:\n  base:\n    image: app\n    cap_add:\n";
    QByteArray own = "  web:\n    extends: base\n    cap_add:\n";
    for (int i = 0; i < Elements; ++i) {
        base += "    - a" + QByteArray::number(i) + '\n';
        own += "    - a" + QByteArray::number(i + Elements / 2) + '\n'; // half of them already in base
    }
    ComposeFileFact file;
    file.path = QStringLiteral("/srv/compose.yml");
    file.text = base + own;
    QElapsedTimer timer;
    timer.start();
    const Result<QJsonObject> services = composeServices(file, {file});
    QVERIFY(services);
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    const QJsonArray caps =
        services.value().value(QStringLiteral("web")).toObject().value(QStringLiteral("cap_add")).toArray();
    QCOMPARE(caps.size(), Elements + Elements / 2);
    QCOMPARE(caps.first().toString(), QStringLiteral("a0"));
    QCOMPARE(caps.last().toString(), QStringLiteral("a%1").arg(Elements + Elements / 2 - 1));
}

QTEST_GUILESS_MAIN(TestParserLimits)
#include "test_parser_limits.moc"
