// SPDX-License-Identifier: GPL-3.0-or-later
// The lab scenarios are data: every built-in file parses, validates, names checks of the catalogue and speaks
// Catalan, Spanish and English; the loader rejects broken files with a clear message.
#include "core/checks/Catalogue.h"
#include "core/lab/LabEngine.h"
#include "core/lab/LabProgress.h"
#include "core/lab/Scenario.h"
#include "core/lab/TarWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace escut;

class TestLabScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyScenarioIsValid();
    void everyGoalCheckExists();
    void bothSeedsAreCovered();
    void sourceFilesMatchTheirIds();
    void brokenScenariosAreRejected_data();
    void brokenScenariosAreRejected();
    void unknownCheckIsALoadError();
    void textsFallBackToEnglish();
    void placeholdersAreExpanded();
    void tarIsReadableByTar();
    void progressRoundTripAndExport();
};

void TestLabScenarios::everyScenarioIsValid()
{
    const Result<QList<Scenario>> all = ScenarioLibrary::builtIn();
    QVERIFY2(all.ok(), all.ok() ? "" : qPrintable(all.error().fullText()));
    QSet<QString> ids;
    for (const Scenario& s : all.value()) {
        const QStringList problems = ScenarioLibrary::validate(s);
        QVERIFY2(problems.isEmpty(), qPrintable(s.source + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        QVERIFY2(!ids.contains(s.id), qPrintable(QStringLiteral("duplicate id ") + s.id));
        ids.insert(s.id);
    }
}

void TestLabScenarios::everyGoalCheckExists()
{
    const Result<QList<Scenario>> all = ScenarioLibrary::builtIn();
    QVERIFY(all.ok());
    QStringList missing;
    int known = 0;
    for (const Scenario& s : all.value()) {
        for (const LabGoal& g : s.goals) {
            if (findCheck(g.check)) {
                ++known;
            } else {
                missing.append(s.id + QLatin1Char(':') + g.check);
            }
        }
    }
    QVERIFY(known > 0);
    // A goal on an unknown check can never be met: that is a broken lab, not something to skip.
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("goals whose checks are not in the catalogue: ") +
                        missing.join(QStringLiteral(", "))));
}

void TestLabScenarios::bothSeedsAreCovered()
{
    const Result<QList<Scenario>> all = ScenarioLibrary::builtIn();
    QVERIFY(all.ok());
    QSet<QString> seeds;
    for (const Scenario& s : all.value()) {
        seeds.insert(s.seed);
    }
    QVERIFY(seeds.contains(QStringLiteral("000")));
    QVERIFY(seeds.contains(QStringLiteral("002")));
}

void TestLabScenarios::sourceFilesMatchTheirIds()
{
    const Result<QList<Scenario>> all = ScenarioLibrary::builtIn();
    QVERIFY(all.ok());
    for (const Scenario& s : all.value()) {
        // NN-<id>.json: the number orders the list as the seeds' sections come.
        QVERIFY2(s.source.endsWith(QLatin1Char('-') + s.id + QStringLiteral(".json")), qPrintable(s.source));
    }
}

void TestLabScenarios::brokenScenariosAreRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    const QByteArray texts =
        R"("section": {"ca": "a", "es": "b", "en": "c"}, "title": {"ca": "a", "es": "b", "en": "c"},
        "story": {"ca": "a", "es": "b", "en": "c"}, "hints": [{"ca": "a", "es": "b", "en": "c"}],
        "solution": [{"do": "writeFile", "path": "x", "content": ""}])";
    QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("is not a lab scenario");
    QTest::newRow("unknown subject")
        << QByteArray(R"({"id": "x", "goals": [{"check": "daemon.debug-off", "subject": "planet"}]})")
        << QStringLiteral("unknown subject");
    QTest::newRow("missing translation")
        << QByteArray(R"({"id": "x", "seed": "002", "section": {"en": "c"}, "title": {"ca": "a", "es": "b", "en": "c"},
            "story": {"ca": "a", "es": "b", "en": "c"}, "hints": [{"ca": "a", "es": "b", "en": "c"}],
            "goals": [{"check": "daemon.debug-off", "subject": "daemon"}],
            "solution": [{"do": "writeFile", "path": "x", "content": ""}]})")
        << QStringLiteral("section needs ca, es and en");
    QTest::newRow("scope mismatch")
        << (QByteArray(
                R"({"id": "x", "seed": "002", "goals": [{"check": "daemon.debug-off", "subject": "container:app"}],
            "resources": {"containers": [{"role": "app", "create": {}}]}, )") +
            texts + "}")
        << QStringLiteral("is a daemon check but its subject is");
    QTest::newRow("unknown role")
        << (QByteArray(
                R"({"id": "x", "seed": "002", "goals": [{"check": "container.memory", "subject": "container:db"}], )") +
            texts + "}")
        << QStringLiteral("no container with role 'db'");
    QTest::newRow("file outside the lab root")
        << (QByteArray(R"({"id": "x", "seed": "002", "goals": [{"check": "daemon.debug-off", "subject": "daemon"}],
            "resources": {"files": [{"path": "../../etc/passwd", "content": ""}]}, )") +
            texts + "}")
        << QStringLiteral("inside the lab root");
    QTest::newRow("unknown step") << QByteArray(
                                         R"({"id": "x", "seed": "002", "section": {"ca": "a", "es": "b", "en": "c"},
            "title": {"ca": "a", "es": "b", "en": "c"}, "story": {"ca": "a", "es": "b", "en": "c"},
            "hints": [{"ca": "a", "es": "b", "en": "c"}], "goals": [{"check": "daemon.debug-off", "subject": "daemon"}],
            "solution": [{"do": "sudo rm -rf /"}]})")
                                  << QStringLiteral("unknown solution step");
    QTest::newRow("filesystem outside the lab root")
        << (QByteArray(R"({"id": "x", "seed": "000", "goals": [{"check": "daemon.debug-off", "subject": "daemon"}],
            "requires": {"root": true, "kernel": ["loop"], "install": {"ca": "a", "es": "b", "en": "c"}},
            "resources": {"filesystems": [{"path": "disc", "image": "/var/lib/x.img"}]}, )") +
            texts + "}")
        << QStringLiteral("filesystem image '/var/lib/x.img' must be a relative path inside the lab root");
    QTest::newRow("filesystem without root and loop")
        << (QByteArray(R"({"id": "x", "seed": "000", "goals": [{"check": "daemon.debug-off", "subject": "daemon"}],
            "resources": {"filesystems": [{"path": "disc", "image": "disc.img"}]}, )") +
            texts + "}")
        << QStringLiteral("needs requires.root and requires.kernel \"loop\"");
    QTest::newRow("unknown kernel feature")
        << (QByteArray(R"({"id": "x", "seed": "000", "goals": [{"check": "daemon.debug-off", "subject": "daemon"}],
            "requires": {"kernel": ["dm-crypt"], "install": {"ca": "a", "es": "b", "en": "c"}}, )") +
            texts + "}")
        << QStringLiteral("unknown kernel requirement 'dm-crypt'");
    QTest::newRow("fscrypt step without its requirements")
        << QByteArray(R"({"id": "x", "seed": "000", "section": {"ca": "a", "es": "b", "en": "c"},
            "title": {"ca": "a", "es": "b", "en": "c"}, "story": {"ca": "a", "es": "b", "en": "c"},
            "hints": [{"ca": "a", "es": "b", "en": "c"}], "goals": [{"check": "daemon.debug-off", "subject": "daemon"}],
            "solution": [{"do": "fscryptDir", "path": "d", "key": "../k"}]})")
        << QStringLiteral("fscryptDir needs requires.kernel");
    QTest::newRow("bad id")
        << (QByteArray(
                R"({"id": "../x", "seed": "002", "goals": [{"check": "daemon.debug-off", "subject": "daemon"}], )") +
            texts + "}")
        << QStringLiteral("must be lower case");
}

void TestLabScenarios::brokenScenariosAreRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const Result<Scenario> parsed = ScenarioLibrary::parse(json, QStringLiteral("t.json"));
    QString text;
    if (!parsed) {
        text = parsed.error().message;
    } else {
        text = ScenarioLibrary::validate(parsed.value()).join(QStringLiteral("; "));
    }
    QVERIFY2(text.contains(problem), qPrintable(text));
}

void TestLabScenarios::unknownCheckIsALoadError()
{
    // Otherwise valid: the second goal names a check Escut does not have, so the lab could never be finished.
    const QByteArray json = R"({"id": "x", "seed": "002", "section": {"ca": "a", "es": "b", "en": "c"},
        "title": {"ca": "a", "es": "b", "en": "c"}, "story": {"ca": "a", "es": "b", "en": "c"},
        "hints": [{"ca": "a", "es": "b", "en": "c"}],
        "goals": [{"check": "daemon.debug-off", "subject": "daemon"}, {"check": "daemon.no-such-check", "subject": "daemon"}],
        "solution": [{"do": "writeFile", "path": "x", "content": ""}]})";
    const Result<Scenario> parsed = ScenarioLibrary::parse(json, QStringLiteral("99-x.json"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, Error::Code::ParseError);
    QCOMPARE(parsed.error().message,
             QStringLiteral("99-x.json: goal daemon.no-such-check (subject 'daemon') names a check that is not in "
                            "Escut's catalogue."));
    // The same file with a known check instead loads and validates: the unknown check alone was the problem.
    QByteArray fixed = json;
    fixed.replace("daemon.no-such-check", "daemon.icc-off");
    const Result<Scenario> ok = ScenarioLibrary::parse(fixed, QStringLiteral("99-x.json"));
    QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().fullText()));
    QCOMPARE(ScenarioLibrary::validate(ok.value()), QStringList());
}

void TestLabScenarios::textsFallBackToEnglish()
{
    const LabText t{QString(), QStringLiteral("hola"), QStringLiteral("hello")};
    QCOMPARE(t.in(QStringLiteral("ca")), QStringLiteral("hello"));
    QCOMPARE(t.in(QStringLiteral("es_ES")), QStringLiteral("hola"));
    QCOMPARE(t.in(QStringLiteral("en")), QStringLiteral("hello"));
    QVERIFY(!t.complete());
}

void TestLabScenarios::placeholdersAreExpanded()
{
    const Result<Scenario> s = ScenarioLibrary::find(QStringLiteral("container-limits"));
    QVERIFY(s.ok());
    QTemporaryDir state;
    LabEngine engine({}, state.path());
    const QString story = engine.expand(s.value(), s.value().story.in(QStringLiteral("ca")));
    QVERIFY(story.contains(QStringLiteral("escut-lab-container-limits-app")));
    QVERIFY(!story.contains(QStringLiteral("${")));
    for (const LabText& hint : s.value().hints) {
        QVERIFY(!engine.expand(s.value(), hint.in(QStringLiteral("es"))).contains(QStringLiteral("${")));
    }
    QCOMPARE(engine.labRoot(QStringLiteral("x")), state.path() + QStringLiteral("/roots/x"));
    QVERIFY(ScenarioLibrary::find(QStringLiteral("nope")).error().message.contains(QStringLiteral("daemon-config")));
}

void TestLabScenarios::tarIsReadableByTar()
{
    TarWriter tar;
    QVERIFY(tar.addFile(QStringLiteral("Dockerfile"), "FROM scratch\n"));
    QVERIFY(tar.addFile(QStringLiteral("bin/entrypoint.sh"), "#!/bin/sh\nexec \"$@\"\n", 0755));
    const QString deep = QStringLiteral("a/").repeated(60) + QStringLiteral("f");
    QVERIFY(tar.addFile(deep, "x"));
    QVERIFY(!tar.addFile(QStringLiteral("n").repeated(120), "x"));
    QTemporaryDir dir;
    QFile out(dir.filePath(QStringLiteral("c.tar")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(tar.finish());
    out.close();
    QProcess p;
    p.start(QStringLiteral("tar"), {QStringLiteral("-xvf"), out.fileName(), QStringLiteral("-C"), dir.path()});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QFile script(dir.filePath(QStringLiteral("bin/entrypoint.sh")));
    QVERIFY(script.open(QIODevice::ReadOnly));
    QCOMPARE(script.readAll(), QByteArray("#!/bin/sh\nexec \"$@\"\n"));
    QVERIFY(script.permissions() & QFileDevice::ExeOwner);
    QVERIFY(QFile::exists(dir.filePath(deep)));
}

void TestLabScenarios::progressRoundTripAndExport()
{
    QTemporaryDir state;
    const Result<QList<Scenario>> all = ScenarioLibrary::builtIn();
    QVERIFY(all.ok());
    const Scenario& s = all.value().first();
    LabProgress p(state.path(), QStringLiteral("Anna <script>"));
    QVERIFY(p.load().ok());
    p.recordStart(s);
    LabCheckResult result;
    result.labId = s.id;
    result.checkedAt = QDateTime::currentDateTimeUtc();
    for (const LabGoal& g : s.goals) {
        LabGoalResult gr;
        gr.goal = g;
        gr.status = Status::Pass;
        result.goals.append(gr);
    }
    p.recordCheck(s, result);
    p.recordHint(s, 1);
    QVERIFY(p.save().ok());
    QVERIFY(p.path().startsWith(state.path() + QStringLiteral("/progress/")));
    QVERIFY(!p.path().contains(QLatin1Char('<')));

    LabProgress reloaded(state.path(), QStringLiteral("Anna <script>"));
    QVERIFY(reloaded.load().ok());
    QVERIFY(reloaded.completed(s.id));
    QCOMPARE(reloaded.lab(s.id).value(QStringLiteral("hintsShown")).toInt(), 2);
    const QJsonObject json = reloaded.exportJson(all.value());
    QCOMPARE(json.value(QStringLiteral("labsCompleted")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("labs")).toArray().size(), all.value().size());
    const QString html = reloaded.exportHtml(all.value(), QStringLiteral("ca"));
    QVERIFY(html.contains(QStringLiteral("Anna &lt;script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(s.title.ca.toHtmlEscaped()));

    // A damaged file is reported and left alone.
    QFile f(p.path());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{ broken");
    f.close();
    LabProgress broken(state.path(), QStringLiteral("Anna <script>"));
    QVERIFY(!broken.load().ok());
}

QTEST_GUILESS_MAIN(TestLabScenarios)
#include "test_labscenarios.moc"
