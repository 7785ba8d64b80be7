// SPDX-License-Identifier: GPL-3.0-or-later
// Every report format of `escut-cli audit` from the same audit, each checked by a real validator or parser:
// JSON against resources/schema (python3-jsonschema), SARIF against the SARIF 2.1.0 schema, JUnit against an XSD
// (xmllint), Prometheus with promtool, PDF with qpdf and pdftotext, HTML for escaping of attacker-controlled
// names (container name, label, env key, Compose service), in ca/es/en.
#include "tests/common/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using escut::test::runProcess;

namespace
{

const QString s_evil = QStringLiteral("<script>alert(1)</script>");

QString tool(const QString& name)
{
    // Debian's own python3 has python3-jsonschema; a pyenv shim first on PATH may not.
    const QString system = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    return system.isEmpty() ? QStandardPaths::findExecutable(name) : system;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonMatchesItsSchema();
    void sarifIsValidSarif210();
    void sarifFingerprintsAreStable();
    void junitIsValid();
    void prometheusPassesPromtool();
    void htmlEscapesEverything_data();
    void htmlEscapesEverything();
    void pdfIsAValidDocument();
    void machineKeysNeverTranslated();
    void unknownFormatIsAUsageError();

private:
    escut::test::ProcessResult audit(const QString& format, const QString& lang = QStringLiteral("en"));
    QString write(const QString& name, const QByteArray& data);
    QTemporaryDir m_dir;
    QString m_snapshot;
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(escut::test::cliPath()), "ESCUT_CLI must point at escut-cli");
    // The demo snapshot with attacker-controlled strings where a daemon lets anyone put them.
    QFile demo(escut::test::sourceDir() + QStringLiteral("/resources/demo/snapshot.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject snap = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray containers = snap.value(QStringLiteral("containers")).toArray();
    QVERIFY(!containers.isEmpty());
    QJsonObject c = containers.at(0).toObject();
    c.insert(QStringLiteral("Name"), QStringLiteral("/") + s_evil);
    QJsonObject config = c.value(QStringLiteral("Config")).toObject();
    QJsonObject labels = config.value(QStringLiteral("Labels")).toObject();
    labels.insert(s_evil, s_evil);
    config.insert(QStringLiteral("Labels"), labels);
    // A secret-looking key, so the secrets check quotes the key's name in its evidence.
    config.insert(QStringLiteral("Env"),
                  QJsonArray{QStringLiteral("<script>alert(2)</script>_PASSWORD=hunter2"), QStringLiteral("A=1")});
    c.insert(QStringLiteral("Config"), config);
    containers.replace(0, c);
    snap.insert(QStringLiteral("containers"), containers);
    QJsonArray compose = snap.value(QStringLiteral("composeFiles")).toArray();
    QVERIFY(!compose.isEmpty());
    QJsonObject file = compose.at(0).toObject();
    QString text = file.value(QStringLiteral("text")).toString();
    QVERIFY(text.contains(QLatin1String("\n  web:\n")));
    text.replace(QLatin1String("\n  web:\n"), QStringLiteral("\n  \"%1\":\n").arg(s_evil));
    QVERIFY(text.contains(QLatin1String("POSTGRES_PASSWORD: example")));
    text.replace(QLatin1String("POSTGRES_PASSWORD: example"),
                 QStringLiteral("\"<script>alert(2)</script>_PASSWORD\": hunter2"));
    file.insert(QStringLiteral("text"), text);
    compose.replace(0, file);
    snap.insert(QStringLiteral("composeFiles"), compose);
    m_snapshot = write(QStringLiteral("evil-snapshot.json"), QJsonDocument(snap).toJson());
}

QString TestReports::write(const QString& name, const QByteArray& data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        return {};
    }
    return path;
}

escut::test::ProcessResult TestReports::audit(const QString& format, const QString& lang)
{
    return runProcess(escut::test::cliPath(),
                      {QStringLiteral("audit"),
                       QStringLiteral("--snapshot"),
                       m_snapshot,
                       QStringLiteral("--format"),
                       format,
                       QStringLiteral("--lang"),
                       lang,
                       QStringLiteral("--fail-on"),
                       QStringLiteral("none"),
                       QStringLiteral("--no-history")});
}

void TestReports::jsonMatchesItsSchema()
{
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ca")}) {
        const auto r = audit(QStringLiteral("json"), lang);
        QCOMPARE(r.exitCode, 0);
        const QString path = write(QStringLiteral("report-%1.json").arg(lang), r.out);
        const auto v =
            runProcess(tool(QStringLiteral("python3")),
                       {escut::test::sourceDir() + QStringLiteral("/tests/tools/validate_json.py"),
                        escut::test::sourceDir() + QStringLiteral("/resources/schema/escut-report-2.schema.json"),
                        path});
        QVERIFY2(v.exitCode == 0, (v.out + v.err).constData());
    }
    // The validator is real: a report with a status outside the enum is rejected.
    const auto r = audit(QStringLiteral("json"));
    QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QJsonArray findings = doc.value(QStringLiteral("findings")).toArray();
    QJsonObject f = findings.at(0).toObject();
    f.insert(QStringLiteral("status"), QStringLiteral("passed"));
    findings.replace(0, f);
    doc.insert(QStringLiteral("findings"), findings);
    const QString bad = write(QStringLiteral("bad.json"), QJsonDocument(doc).toJson());
    const auto v =
        runProcess(tool(QStringLiteral("python3")),
                   {escut::test::sourceDir() + QStringLiteral("/tests/tools/validate_json.py"),
                    escut::test::sourceDir() + QStringLiteral("/resources/schema/escut-report-2.schema.json"),
                    bad});
    QCOMPARE(v.exitCode, 1);
}

void TestReports::sarifIsValidSarif210()
{
    const auto r = audit(QStringLiteral("sarif"), QStringLiteral("es"));
    QCOMPARE(r.exitCode, 0);
    const QString path = write(QStringLiteral("report.sarif"), r.out);
    const auto v = runProcess(tool(QStringLiteral("python3")),
                              {escut::test::sourceDir() + QStringLiteral("/tests/tools/validate_json.py"),
                               escut::test::sourceDir() + QStringLiteral("/tests/data/sarif/sarif-schema-2.1.0.json"),
                               path});
    QVERIFY2(v.exitCode == 0, (v.out + v.err).constData());

    const QJsonObject run =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("runs")).toArray().at(0).toObject();
    const QJsonArray rules = run.value(QStringLiteral("tool"))
                                 .toObject()
                                 .value(QStringLiteral("driver"))
                                 .toObject()
                                 .value(QStringLiteral("rules"))
                                 .toArray();
    QSet<QString> ruleIds;
    for (const QJsonValue& rule : rules) {
        const QString id = rule.toObject().value(QStringLiteral("id")).toString();
        QVERIFY2(!ruleIds.contains(id), qPrintable(id)); // one rule per check id
        ruleIds.insert(id);
        QVERIFY(!rule.toObject()
                     .value(QStringLiteral("help"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
    }
    const QJsonObject privileged = [&] {
        for (const QJsonValue& rule : rules) {
            if (rule.toObject().value(QStringLiteral("id")).toString() == QLatin1String("container.privileged")) {
                return rule.toObject();
            }
        }
        return QJsonObject();
    }();
    QVERIFY(privileged.value(QStringLiteral("help"))
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QLatin1String("CIS Docker Benchmark v1.6.0")));
    const QJsonArray results = run.value(QStringLiteral("results")).toArray();
    QVERIFY(results.size() > 10);
    bool composeLocated = false;
    for (const QJsonValue& value : results) {
        const QJsonObject res = value.toObject();
        QVERIFY(ruleIds.contains(res.value(QStringLiteral("ruleId")).toString()));
        const QJsonObject loc = res.value(QStringLiteral("locations")).toArray().at(0).toObject();
        // Code scanning refuses a result without a physical location: every result has one.
        const QString uri = loc.value(QStringLiteral("physicalLocation"))
                                .toObject()
                                .value(QStringLiteral("artifactLocation"))
                                .toObject()
                                .value(QStringLiteral("uri"))
                                .toString();
        QVERIFY2(!uri.isEmpty(), qPrintable(res.value(QStringLiteral("ruleId")).toString()));
        if (res.value(QStringLiteral("ruleId")).toString().startsWith(QLatin1String("container."))) {
            const QString name = res.value(QStringLiteral("properties"))
                                     .toObject()
                                     .value(QStringLiteral("subject"))
                                     .toObject()
                                     .value(QStringLiteral("name"))
                                     .toString();
            QCOMPARE(uri, QStringLiteral("escut/container/") + QString::fromUtf8(QUrl::toPercentEncoding(name)));
        }
        if (res.value(QStringLiteral("ruleId")).toString().startsWith(QLatin1String("compose."))) {
            QCOMPARE(loc.value(QStringLiteral("physicalLocation"))
                         .toObject()
                         .value(QStringLiteral("artifactLocation"))
                         .toObject()
                         .value(QStringLiteral("uri"))
                         .toString(),
                     QStringLiteral("file:///home/alumne/botiga/docker-compose.yml"));
            composeLocated = true;
        }
    }
    QVERIFY(composeLocated);
}

void TestReports::sarifFingerprintsAreStable()
{
    auto fingerprints = [this](const QString& lang) {
        QMap<QString, QString> out;
        const auto r = audit(QStringLiteral("sarif"), lang);
        const QJsonArray results = QJsonDocument::fromJson(r.out)
                                       .object()
                                       .value(QStringLiteral("runs"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        for (const QJsonValue& v : results) {
            const QJsonObject o = v.toObject();
            const QString fp = o.value(QStringLiteral("partialFingerprints"))
                                   .toObject()
                                   .value(QStringLiteral("escutFinding/v1"))
                                   .toString();
            const QString subject = o.value(QStringLiteral("properties"))
                                        .toObject()
                                        .value(QStringLiteral("subject"))
                                        .toObject()
                                        .value(QStringLiteral("name"))
                                        .toString();
            out.insert(o.value(QStringLiteral("ruleId")).toString() + QLatin1Char('|') + subject, fp);
        }
        return out;
    };
    const auto en = fingerprints(QStringLiteral("en"));
    const auto ca = fingerprints(QStringLiteral("ca"));
    QVERIFY(!en.isEmpty());
    QCOMPARE(en, ca);                                                  // same across runs and languages
    QCOMPARE(QSet<QString>(en.cbegin(), en.cend()).size(), en.size()); // unique per finding
    for (const QString& fp : en) {
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(fp).hasMatch());
    }
}

void TestReports::junitIsValid()
{
    const auto r = audit(QStringLiteral("junit"));
    QCOMPARE(r.exitCode, 0);
    const QString path = write(QStringLiteral("report.xml"), r.out);
    const auto v = runProcess(tool(QStringLiteral("xmllint")),
                              {QStringLiteral("--noout"),
                               QStringLiteral("--schema"),
                               escut::test::sourceDir() + QStringLiteral("/tests/data/junit/junit-escut.xsd"),
                               path});
    QVERIFY2(v.exitCode == 0, v.err.constData());
    // The evil container name reached the XML escaped, and failures carry evidence.
    QVERIFY(!r.out.contains(s_evil.toUtf8()));
    QVERIFY(r.out.contains("&lt;script&gt;"));
    const auto json = audit(QStringLiteral("json"));
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    const int findings = int(doc.value(QStringLiteral("findings")).toArray().size());
    QCOMPARE(int(r.out.count("<testcase ")), findings); // one testcase per check x subject
    QCOMPARE(int(r.out.count("<testsuite ")),
             int(doc.value(QStringLiteral("scores")).toObject().value(QStringLiteral("layers")).toObject().size()));
    QVERIFY(r.out.contains("<failure message="));
    QVERIFY(r.out.contains("Evidence: "));
}

void TestReports::prometheusPassesPromtool()
{
    const QString promtool = tool(QStringLiteral("promtool"));
    QVERIFY2(!promtool.isEmpty(), "promtool (Debian package prometheus) is needed");
    const auto r = audit(QStringLiteral("prometheus"));
    QCOMPARE(r.exitCode, 0);
    QProcess p;
    p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(p.waitForStarted());
    p.write(r.out);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, (p.readAllStandardOutput() + p.readAllStandardError()).constData());
    QVERIFY(r.out.contains("\nescut_score{layer=\"container\"} "));
    QVERIFY(r.out.contains("\nescut_findings{layer=\"container\",severity=\"critical\",status=\"fail\"} "));
    QVERIFY(r.out.contains("escut_check_status{id=\"container.privileged\",subject=\"<script>alert(1)</script>\""));
    QVERIFY(r.out.contains("\nescut_audit_duration_seconds "));
}

void TestReports::htmlEscapesEverything_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("heading");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Score per layer");
    QTest::newRow("ca") << QStringLiteral("ca") << QStringLiteral("Puntuació per capa");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Puntuación por capa");
}

void TestReports::htmlEscapesEverything()
{
    QFETCH(QString, lang);
    QFETCH(QString, heading);
    const auto r = audit(QStringLiteral("html"), lang);
    QCOMPARE(r.exitCode, 0);
    const QString html = QString::fromUtf8(r.out);
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\">").arg(lang)));
    QVERIFY2(html.contains(heading), qPrintable(heading));
    // Nothing executable, nothing fetched: no script element, no external reference of any kind.
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!QRegularExpression(QStringLiteral("(src|href)\\s*="), QRegularExpression::CaseInsensitiveOption)
                 .match(html)
                 .hasMatch());
    QVERIFY(html.contains(QLatin1String("default-src 'none'")));
    QVERIFY(html.contains(QLatin1String("<svg ")));
    // The container name, the env key in the secrets evidence and the Compose service all came through escaped.
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(2)&lt;/script&gt;_PASSWORD")));
    QVERIFY(html.contains(QLatin1String("docker-compose.yml:&lt;script&gt;")));
    QVERIFY(!html.contains(QLatin1String("hunter2"))); // a secret's value never appears
}

void TestReports::pdfIsAValidDocument()
{
    const QString qpdf = tool(QStringLiteral("qpdf"));
    const QString pdftotext = tool(QStringLiteral("pdftotext"));
    QVERIFY2(!qpdf.isEmpty() && !pdftotext.isEmpty(), "qpdf and pdftotext (poppler-utils) are needed");
    const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
    const auto r = runProcess(escut::test::cliPath(),
                              {QStringLiteral("audit"),
                               QStringLiteral("--snapshot"),
                               m_snapshot,
                               QStringLiteral("--format"),
                               QStringLiteral("pdf"),
                               QStringLiteral("--lang"),
                               QStringLiteral("ca"),
                               QStringLiteral("-o"),
                               out,
                               QStringLiteral("--fail-on"),
                               QStringLiteral("none"),
                               QStringLiteral("--no-history")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto check = runProcess(qpdf, {QStringLiteral("--check"), out});
    QVERIFY2(check.exitCode == 0, (check.out + check.err).constData());
    const auto text = runProcess(pdftotext, {out, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    const QString body = QString::fromUtf8(text.out);
    QVERIFY2(body.contains(QStringLiteral("Puntuació per capa")), qPrintable(body.left(400)));
    QVERIFY2(body.contains(QLatin1String("<script>alert(1)")), qPrintable(body)); // shown as text, as it is
}

void TestReports::machineKeysNeverTranslated()
{
    const auto en = audit(QStringLiteral("sarif"), QStringLiteral("en"));
    const auto es = audit(QStringLiteral("sarif"), QStringLiteral("es"));
    auto ids = [](const QByteArray& data) {
        QStringList out;
        const QJsonArray results = QJsonDocument::fromJson(data)
                                       .object()
                                       .value(QStringLiteral("runs"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        for (const QJsonValue& v : results) {
            out.append(v.toObject().value(QStringLiteral("ruleId")).toString() +
                       v.toObject().value(QStringLiteral("level")).toString());
        }
        return out;
    };
    QCOMPARE(ids(en.out), ids(es.out));
    QVERIFY(en.out != es.out); // the texts did change
    const auto promEn = audit(QStringLiteral("prometheus"), QStringLiteral("en"));
    const auto promCa = audit(QStringLiteral("prometheus"), QStringLiteral("ca"));
    auto series = [](const QByteArray& data) {
        QStringList out;
        for (const QByteArray& line : data.split('\n')) {
            if (!line.startsWith('#') && !line.startsWith("escut_audit_duration")) {
                out.append(QString::fromUtf8(line));
            }
        }
        return out;
    };
    QCOMPARE(series(promEn.out), series(promCa.out));
}

void TestReports::unknownFormatIsAUsageError()
{
    const auto r = audit(QStringLiteral("yaml"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("sarif, junit, html, pdf, prometheus"));
}

QTEST_GUILESS_MAIN(TestReports)
#include "test_reports.moc"
