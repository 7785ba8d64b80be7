// SPDX-License-Identifier: GPL-3.0-or-later
// The streamed JSON report (jsonReportText) must be byte for byte what Qt writes for jsonReport().
#include "tests/common/TestUtil.h"

#include "core/audit/Auditor.h"
#include "core/checks/Catalogue.h"
#include "core/facts/Snapshot.h"
#include "core/report/JsonText.h"
#include "core/report/ReportUtil.h"
#include "core/report/Reports.h"
#include "core/report/SarifReport.h"
#include "core/util/JsonUtil.h"
#include "core/util/TerminalText.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace escut;

class TestJsonReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data();
    void strings();
    void values();
    void arrayElements_data();
    void arrayElements();
    void reportMatchesQtWriter_data();
    void reportMatchesQtWriter();
    void hostileTextMatchesQtWriter();
    void emptyAuditMatchesQtWriter();
    void containersLeftOutAreNotZero();
    void textReportEscapesHostileText();
    void subjectFileAndService_data();
    void subjectFileAndService();
    void sarifUriIsOnePercentEncodedPath();

private:
    static AuditResult audit(const QString& snapshot);
    static void compare(const AuditResult& result, const QString& language);
};

AuditResult TestJsonReport::audit(const QString& snapshot)
{
    Result<Snapshot> s = Snapshot::load(escut::test::sourceDir() + QLatin1Char('/') + snapshot);
    if (!s) {
        qFatal("cannot load %s: %s", qPrintable(snapshot), qPrintable(s.error().fullText()));
    }
    return Auditor::evaluate(s.value(), {});
}

void TestJsonReport::compare(const AuditResult& result, const QString& language)
{
    ReportOptions options;
    options.language = language;
    const QByteArray expected = QJsonDocument(jsonReport(result, options)).toJson(QJsonDocument::Indented);
    const QByteArray actual = jsonReportText(result, options);
    if (actual != expected) {
        qsizetype at = 0;
        while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at)) {
            ++at;
        }
        qWarning("first difference at byte %lld:\nQt:       %s\nstreamed: %s",
                 qlonglong(at),
                 expected.mid(qMax<qsizetype>(0, at - 80), 160).constData(),
                 actual.mid(qMax<qsizetype>(0, at - 80), 160).constData());
    }
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
}

void TestJsonReport::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("plain text / with slash");
    QTest::newRow("quotes and backslashes") << QStringLiteral(R"(say "hi" C:\path\)");
    QTest::newRow("control characters") << QStringLiteral("a\b\f\n\r\t\x01\x1f\x7f z");
    QTest::newRow("latin and cjk") << QStringLiteral("contrasenya · 容器 · ñ");
    QTest::newRow("astral") << QString::fromUtf8("emoji \xF0\x9F\x90\xB3 whale");
    QTest::newRow("lone high surrogate") << (QStringLiteral("x") + QChar(0xd83d) + QStringLiteral("y"));
    QTest::newRow("lone low surrogate at end") << (QStringLiteral("x") + QChar(0xdc33));
    QTest::newRow("script") << QStringLiteral("</script><script>alert(1)</script>");
}

void TestJsonReport::strings()
{
    QFETCH(QString, text);
    const QByteArray qt = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    QByteArray streamed;
    jsontext::appendString(streamed, text);
    QCOMPARE(streamed, qt.mid(1, qt.size() - 2));
    // Written in pieces (the history's finding keys): the same text without its quotes, after what was there.
    QByteArray pieces = "x";
    jsontext::appendStringContent(pieces, text);
    jsontext::appendRaw(pieces, "|");
    QCOMPARE(pieces, "x" + qt.mid(2, qt.size() - 4) + "|");
    if (text.size() < 256) {
        QByteArray latin1;
        jsontext::appendStringContent(latin1, QLatin1StringView(text.toLatin1()));
        QByteArray expected;
        jsontext::appendString(expected, QString::fromLatin1(text.toLatin1()));
        QCOMPARE(latin1, expected.mid(1, expected.size() - 2));
    }
}

void TestJsonReport::arrayElements_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("splits");
    QTest::newRow("empty") << QByteArray(" [ ] ") << true;
    QTest::newRow("objects") << QByteArray(R"([{"Id":"a","Names":["/x"]},{"Id":"b"}])") << true;
    QTest::newRow("spaces and newlines") << QByteArray("[\n  {\"a\": 1} ,\n\t[2, 3]\r\n]\n") << true;
    QTest::newRow("scalars") << QByteArray(R"([1, "two", true, null, -0.5e3])") << true;
    QTest::newRow("brackets in strings") << QByteArray(R"([{"k":"}],[{"}, "x", "\"]", "\\", {"q":"\\\"{"}])") << true;
    QTest::newRow("unicode") << QByteArray(R"(["contrasenya · 容器", {"\u00e9": "é"}])") << true;
    QTest::newRow("not an array") << QByteArray(R"({"a": [1]})") << false;
    QTest::newRow("nothing") << QByteArray("  ") << false;
    QTest::newRow("unclosed") << QByteArray(R"([{"a":1})") << false;
    QTest::newRow("unclosed string") << QByteArray(R"(["abc])") << false;
    QTest::newRow("escape at end") << QByteArray("[\"\\") << false;
    QTest::newRow("text after") << QByteArray(R"([1] [2])") << false;
    QTest::newRow("closed by brace") << QByteArray(R"([1, 2})") << false;
    QTest::newRow("empty element") << QByteArray(R"([1,,2])") << false;
    QTest::newRow("trailing comma") << QByteArray(R"([1, 2, ])") << false;
    QTest::newRow("leading comma") << QByteArray(R"([, 1])") << false;
}

void TestJsonReport::arrayElements()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, splits);
    const std::optional<QList<QByteArrayView>> elements = jsonArrayElements(text);
    QCOMPARE(elements.has_value(), splits);
    if (!splits) {
        return;
    }
    // Each piece parses to the element Qt finds at that place in the whole array.
    const QJsonArray whole = QJsonDocument::fromJson(text).array();
    QCOMPARE(elements->size(), whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const QByteArray piece = "[" + elements->at(i).toByteArray() + "]";
        QJsonParseError error;
        const QJsonArray one = QJsonDocument::fromJson(piece, &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, piece.constData());
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.at(0), whole.at(i));
    }
}

void TestJsonReport::values()
{
    const QJsonObject nested{{QStringLiteral("b"), QJsonArray{1, 2.5, QJsonValue(), true}},
                             {QStringLiteral("a"), QJsonObject{}},
                             {QStringLiteral("c"), QJsonArray{}},
                             {QStringLiteral("d"), QJsonObject{{QStringLiteral("x"), QStringLiteral("y")}}}};
    for (const QJsonValue& value : {QJsonValue(nested),
                                    QJsonValue(QJsonArray{nested, 3}),
                                    QJsonValue(7),
                                    QJsonValue(-0.125),
                                    QJsonValue(QStringLiteral("s")),
                                    QJsonValue()}) {
        const QJsonObject doc{{QStringLiteral("k"), value}};
        QByteArray streamed = "{\n    \"k\": ";
        jsontext::appendValue(streamed, value, 1);
        streamed += "\n}\n";
        QCOMPARE(streamed, QJsonDocument(doc).toJson(QJsonDocument::Indented));
    }
}

void TestJsonReport::reportMatchesQtWriter_data()
{
    QTest::addColumn<QString>("snapshot");
    QTest::addColumn<QString>("language");
    QTest::newRow("demo en") << QStringLiteral("resources/demo/snapshot.json") << QStringLiteral("en");
    QTest::newRow("hardened and weak ca")
        << QStringLiteral("tests/data/snapshots/integration-hardened-weak.json") << QStringLiteral("ca");
    QTest::newRow("images es") << QStringLiteral("tests/data/snapshots/images-real.json") << QStringLiteral("es");
    QTest::newRow("runsc en") << QStringLiteral("tests/data/snapshots/debian12-runsc.json") << QStringLiteral("en");
}

void TestJsonReport::reportMatchesQtWriter()
{
    QFETCH(QString, snapshot);
    QFETCH(QString, language);
    const AuditResult result = audit(snapshot);
    QVERIFY(!result.findings.isEmpty());
    compare(result, language);
}

void TestJsonReport::hostileTextMatchesQtWriter()
{
    // Container names, labels and evidence come from whoever runs containers on the host.
    AuditResult result = audit(QStringLiteral("resources/demo/snapshot.json"));
    QVERIFY(result.findings.size() > 3);
    bool lined = false;
    for (qsizetype i = 0; i < result.findings.size(); ++i) {
        Finding& f = result.findings[i];
        lined = lined || f.line > 0;
        switch (i % 4) {
        case 0:
            f.subject.name = QStringLiteral("evil\"</script>\\\n\x01") + QChar(0xd800);
            break;
        case 1:
            f.evidence = QString::fromUtf8("xifratge \xF0\x9F\x94\x92 \t\r contrase\xC3\xB1"
                                           "a");
            f.line = int(i);
            break;
        case 2:
            f.subject.id = QString();
            f.status = Status::Skipped;
            f.evidence = QStringLiteral("reason with \"quotes\"");
            break;
        default:
            f.status = Status::Error;
        }
    }
    compare(result, QStringLiteral("en"));
}

void TestJsonReport::emptyAuditMatchesQtWriter()
{
    AuditResult result = audit(QStringLiteral("resources/demo/snapshot.json"));
    result.findings.clear();
    result.snapshot.issues.clear();
    compare(result, QStringLiteral("es"));
}

void TestJsonReport::containersLeftOutAreNotZero()
{
    // --only daemon collects no container: the reports say so instead of "0 containers", and the snapshot keeps it.
    AuditResult result = audit(QStringLiteral("resources/demo/snapshot.json"));
    QVERIFY(!result.snapshot.containers.isEmpty());
    const QJsonObject collected = jsonReport(result, {}).value(QStringLiteral("daemon")).toObject();
    QCOMPARE(collected.value(QStringLiteral("containers")).toInteger(), result.snapshot.containers.size());
    result.snapshot.containers.clear();
    result.snapshot.containersCollected = false;
    result.snapshot.images.clear();
    result.snapshot.imagesCollected = false;
    compare(result, QStringLiteral("en"));
    const QJsonObject daemon = jsonReport(result, {}).value(QStringLiteral("daemon")).toObject();
    QVERIFY(daemon.value(QStringLiteral("containers")).isNull());
    QVERIFY(daemon.value(QStringLiteral("images")).isNull());
    const QString text = textReport(result, {});
    QVERIFY2(text.contains(QLatin1String("containers not audited")), qPrintable(text.left(300)));
    QVERIFY(!text.contains(QLatin1String("0 container")));
    const auto reloaded = Snapshot::fromJson(result.snapshot.toJson());
    QVERIFY(reloaded.ok());
    QVERIFY(!reloaded.value().containersCollected);
    QVERIFY(!reloaded.value().imagesCollected);
    Snapshot withContainers = result.snapshot;
    withContainers.containersCollected = true;
    QVERIFY(!withContainers.sameFacts(result.snapshot)); // a re-audit that adds the containers is not "nothing changed"
}

void TestJsonReport::textReportEscapesHostileText()
{
    // A service named to retitle the window and clear the screen, evidence with a bell and a right-to-left override,
    // a daemon warning with a cursor move: the text report shows them as escapes, the JSON keeps them as they are.
    AuditResult result = audit(QStringLiteral("resources/demo/snapshot.json"));
    QVERIFY(result.findings.size() > 2);
    const QString title = QStringLiteral("\x1b]2;PWNED\x07\x1b[2J");
    for (Finding& f : result.findings) {
        f.status = Status::Fail;
        f.subject.name = title;
        f.evidence = QStringLiteral("invoice") + QChar(0x202e) +
                     QStringLiteral("fdp.exe \x9b"
                                    "31m");
    }
    result.snapshot.issues.append(
        {QStringLiteral("daemon"), QStringLiteral("error \x1b[1A from the daemon"), QString()});
    ReportOptions options;
    options.verbose = true;
    const QString text = textReport(result, options);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        QVERIFY2(u >= 0x20 || u == u'\n' || u == u'\t', qPrintable(QString::number(u, 16)));
        QVERIFY2(!(u >= 0x7f && u < 0xa0) && u != 0x202e, qPrintable(QString::number(u, 16)));
    }
    QVERIFY(text.contains(QLatin1String("\\x1b]2;PWNED\\x07\\x1b[2J")));
    QVERIFY(text.contains(QLatin1String("invoice\\u202efdp.exe \\x9b31m")));
    QVERIFY(text.contains(QLatin1String("error \\x1b[1A from the daemon")));
    QCOMPARE(terminalSafe(QStringLiteral("plain ñ text\n\tok")), QStringLiteral("plain ñ text\n\tok"));
}

void TestJsonReport::subjectFileAndService_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("known"); // Subject::file as the evaluation sets it; empty: read back from JSON
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("service");
    QTest::newRow("service") << "/srv/compose.yml#web"
                             << ""
                             << "/srv/compose.yml"
                             << "web";
    QTest::newRow("file only") << "/srv/compose.yml"
                               << ""
                               << "/srv/compose.yml"
                               << "";
    QTest::newRow("hash in a folder") << "/srv/a b#c%d/compose.yml"
                                      << ""
                                      << "/srv/a b#c%d/compose.yml"
                                      << "";
    QTest::newRow("hash in a folder and a service") << "/srv/a#b/compose.yml#db"
                                                    << ""
                                                    << "/srv/a#b/compose.yml"
                                                    << "db";
    QTest::newRow("trailing hash") << "/srv/compose.yml#"
                                   << ""
                                   << "/srv/compose.yml#"
                                   << "";
    QTest::newRow("hostile service, file known") << "/srv/a#b/compose.yml#<script>x</script>"
                                                 << "/srv/a#b/compose.yml"
                                                 << "/srv/a#b/compose.yml"
                                                 << "<script>x</script>";
    QTest::newRow("file known, no service") << "/srv/a#b/compose.yml"
                                            << "/srv/a#b/compose.yml"
                                            << "/srv/a#b/compose.yml"
                                            << "";
}

void TestJsonReport::subjectFileAndService()
{
    QFETCH(QString, id);
    QFETCH(QString, known);
    QFETCH(QString, file);
    QFETCH(QString, service);
    Subject s;
    s.scope = Scope::Compose;
    s.id = id;
    s.file = known;
    QCOMPARE(s.filePath(), file);
    QCOMPARE(s.service(), service);
}

void TestJsonReport::sarifUriIsOnePercentEncodedPath()
{
    QTemporaryDir dir;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const auto restore = qScopeGuard([&] { QDir::setCurrent(previous); });
    QCOMPARE(fileUri(QStringLiteral("a b#c%d/compose.yml")), QStringLiteral("a%20b%23c%25d/compose.yml"));
    QCOMPARE(fileUri(QStringLiteral("x:y/compose.yml")), QStringLiteral("x%3Ay/compose.yml"));
    QCOMPARE(fileUri(QStringLiteral("/elsewhere/a b#c/Dockerfile")),
             QStringLiteral("file:///elsewhere/a%20b%23c/Dockerfile"));
    QCOMPARE(fileUri(QStringLiteral("/elsewhere/caf\u00e9/compose.yml")),
             QStringLiteral("file:///elsewhere/caf%C3%A9/compose.yml"));

    // In the report: the artifact is the file, the service a logical location.
    AuditResult result = audit(QStringLiteral("resources/demo/snapshot.json"));
    Finding f = result.findings.first();
    static const CheckDef* composeCheck = [] {
        for (const CheckDef& def : catalogue()) {
            if (def.scope == Scope::Compose) {
                return &def;
            }
        }
        return static_cast<const CheckDef*>(nullptr);
    }();
    QVERIFY(composeCheck);
    f.check = composeCheck;
    f.subject.scope = Scope::Compose;
    f.subject.id = dir.filePath(QStringLiteral("a b#c%d/compose.yml#web"));
    f.status = Status::Fail;
    f.line = 3;
    result.findings = {f};
    const QJsonObject sarif = sarifReport(result, {});
    const QJsonObject location = sarif.value(QStringLiteral("runs"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("results"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("locations"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QCOMPARE(location.value(QStringLiteral("physicalLocation"))
                 .toObject()
                 .value(QStringLiteral("artifactLocation"))
                 .toObject()
                 .value(QStringLiteral("uri"))
                 .toString(),
             QStringLiteral("a%20b%23c%25d/compose.yml"));
    QCOMPARE(location.value(QStringLiteral("logicalLocations"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("web"));
}

QTEST_GUILESS_MAIN(TestJsonReport)
#include "test_jsonreport.moc"
