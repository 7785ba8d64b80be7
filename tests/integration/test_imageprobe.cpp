// SPDX-License-Identifier: GPL-3.0-or-later
// The image layers on a real dockerd: local/busybox:1 fails image.distroless and an image of one static binary
// (gcc -static, docker import) passes it; probes are cached and never leave a container behind; trivy and dockle
// fakes on PATH give the fixtures' counts through escut-cli. The daemon is a throwaway one of this test's own
// (PrivateDockerd), so any probe container left on it is this test's leftover, whoever else runs probes on the
// shared daemon. Images carry the label escut.test.images=<pid> and are removed afterwards.
#include "tests/common/PrivateDockerd.h"
#include "tests/common/TestUtil.h"

#include "core/docker/DockerClient.h"
#include "core/docker/Endpoint.h"
#include "core/facts/ImageProbe.h"
#include "core/tools/DockerTrust.h"
#include "core/tools/ToolRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using escut::test::runProcess;
using namespace escut;

class TestImageProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void distrolessOnTheRealDaemon();
    void probesAreCachedAndLeaveNothingBehind();
    void fakeScannersGiveTheFixtureCounts();
    void trustedSourceOption();
    void trustInspectWithoutNotary();

private:
    QJsonObject audit(const QStringList& args, const QStringList& extraPath = {}, qint64* elapsedMs = nullptr);
    QJsonObject finding(const QJsonObject& report, const QString& id, const QString& image) const;
    QStringList leftoverProbes() const;
    QString importImage(const QString& name, const QString& rootfs);

    escut::test::PrivateDockerd m_daemon{QStringLiteral("imgprobe")};
    QTemporaryDir m_work;
    QString m_label;
    QString m_static;
    QString m_compiler;
    QString m_cache;
};

QString TestImageProbe::importImage(const QString& name, const QString& rootfs)
{
    QProcess tar;
    QProcess import;
    tar.setStandardOutputProcess(&import);
    tar.start(QStringLiteral("tar"), {QStringLiteral("-C"), rootfs, QStringLiteral("-c"), QStringLiteral(".")});
    import.start(QStringLiteral("docker"),
                 {QStringLiteral("import"),
                  QStringLiteral("--change"),
                  QStringLiteral("LABEL ") + m_label,
                  QStringLiteral("--change"),
                  QStringLiteral("USER 65534"),
                  QStringLiteral("-"),
                  name});
    tar.waitForFinished(60000);
    import.waitForFinished(60000);
    return import.exitCode() == 0 ? name : QString();
}

void TestImageProbe::initTestCase()
{
    QVERIFY(m_work.isValid());
    QVERIFY2(QFile::exists(escut::test::cliPath()), "ESCUT_CLI must point at escut-cli");
    if (::geteuid() != 0) {
        QFAIL("the test starts a dockerd of its own, which needs root (scripts/escut test runs as root)");
    }
    QVERIFY2(m_daemon.start(), m_daemon.log().constData());
    QString error;
    QVERIFY2(m_daemon.copyImage(QStringLiteral("local/busybox:1"), &error), qPrintable(error));
    // From here on, docker, escut-cli and the endpoint resolver talk to the private daemon.
    qputenv("DOCKER_HOST", m_daemon.host().toUtf8());
    const auto version = runProcess(QStringLiteral("docker"), {QStringLiteral("version")});
    QVERIFY2(version.exitCode == 0, "No Docker daemon reachable: run the tests with 'scripts/escut test'");
    const auto busybox =
        runProcess(QStringLiteral("docker"),
                   {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("local/busybox:1")});
    QVERIFY2(busybox.exitCode == 0, "local/busybox:1 is missing: scripts/escut test imports it");
    const QString tag = QString::number(QCoreApplication::applicationPid());
    m_label = QStringLiteral("escut.test.images=") + tag;
    m_cache = m_work.filePath(QStringLiteral("cache"));

    // One static binary and nothing else.
    QFile source(m_work.filePath(QStringLiteral("app.c")));
    QVERIFY(source.open(QIODevice::WriteOnly));
    source.write("#include <stdio.h>\nint main(void){puts(\"escut\");return 0;}\n");
    source.close();
    const QString binary = m_work.filePath(QStringLiteral("app"));
    const auto gcc =
        runProcess(QStringLiteral("gcc"),
                   {QStringLiteral("-static"), QStringLiteral("-O2"), QStringLiteral("-o"), binary, source.fileName()});
    QVERIFY2(gcc.exitCode == 0, gcc.err.constData());
    const QString staticRoot = m_work.filePath(QStringLiteral("static"));
    QVERIFY(QDir().mkpath(staticRoot));
    QVERIFY(QFile::copy(binary, staticRoot + QStringLiteral("/app")));
    m_static = importImage(QStringLiteral("escut-test-images/static:") + tag, staticRoot);
    QVERIFY(!m_static.isEmpty());

    // A compiler behind a link, and a shell link that dangles (it runs nothing).
    const QString toolRoot = m_work.filePath(QStringLiteral("tools"));
    QVERIFY(QDir().mkpath(toolRoot + QStringLiteral("/usr/bin")));
    QVERIFY(QFile::copy(binary, toolRoot + QStringLiteral("/usr/bin/gcc-12")));
    QVERIFY(QFile::link(QStringLiteral("gcc-12"), toolRoot + QStringLiteral("/usr/bin/cc")));
    QVERIFY(QFile::link(QStringLiteral("/nonexistent/sh"), toolRoot + QStringLiteral("/usr/bin/sh")));
    m_compiler = importImage(QStringLiteral("escut-test-images/compiler:") + tag, toolRoot);
    QVERIFY(!m_compiler.isEmpty());
}

void TestImageProbe::cleanupTestCase()
{
    escut::test::removeContainersLabelled(m_label);
    for (const QString& image : {m_static, m_compiler}) {
        if (!image.isEmpty()) {
            runProcess(QStringLiteral("docker"), {QStringLiteral("rmi"), QStringLiteral("-f"), image});
        }
    }
    QVERIFY2(leftoverProbes().isEmpty(), qPrintable(leftoverProbes().join(u' ')));
}

// Every probe container on the private daemon, and a line for a failing docker ps (no answer is not "no
// leftovers").
QStringList TestImageProbe::leftoverProbes() const
{
    return escut::test::listOutput(QStringLiteral("docker"),
                                   {QStringLiteral("ps"),
                                    QStringLiteral("-a"),
                                    QStringLiteral("--filter"),
                                    QStringLiteral("label=escut.image-probe"),
                                    QStringLiteral("--format"),
                                    QStringLiteral("{{.ID}} {{.Image}}")});
}

QJsonObject TestImageProbe::audit(const QStringList& args, const QStringList& extraPath, qint64* elapsedMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("config")));
    if (!extraPath.isEmpty()) {
        env.insert(QStringLiteral("PATH"),
                   extraPath.join(QLatin1Char(':')) + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    }
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(escut::test::cliPath(),
            QStringList{QStringLiteral("audit"),
                        QStringLiteral("--format"),
                        QStringLiteral("json"),
                        QStringLiteral("--fail-on"),
                        QStringLiteral("none")} +
                args);
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
    }
    if (elapsedMs) {
        *elapsedMs = timer.elapsed();
    }
    if (p.exitCode() != 0) {
        qWarning("escut-cli: %s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonObject TestImageProbe::finding(const QJsonObject& report, const QString& id, const QString& image) const
{
    for (const QJsonValue& v : report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("id")).toString() == id &&
            f.value(QStringLiteral("subject")).toObject().value(QStringLiteral("name")).toString() == image) {
            return f;
        }
    }
    return {};
}

void TestImageProbe::distrolessOnTheRealDaemon()
{
    qint64 firstMs = 0;
    qint64 cachedMs = 0;
    const QJsonObject report =
        audit({QStringLiteral("--only"), QStringLiteral("minimal-image"), QStringLiteral("--no-scan")}, {}, &firstMs);
    QVERIFY(!report.isEmpty());
    const QJsonObject busybox = finding(report, QStringLiteral("image.distroless"), QStringLiteral("local/busybox:1"));
    QCOMPARE(busybox.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY(busybox.value(QStringLiteral("evidence")).toString().contains(QStringLiteral("/bin/sh → /bin/busybox")));
    QCOMPARE(busybox.value(QStringLiteral("layer")).toString(), QStringLiteral("minimal-image"));
    const QJsonObject single = finding(report, QStringLiteral("image.distroless"), m_static);
    QCOMPARE(single.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QCOMPARE(finding(report, QStringLiteral("image.no-compiler"), m_static).value(QStringLiteral("status")).toString(),
             QStringLiteral("pass"));
    QCOMPARE(finding(report, QStringLiteral("image.user-nonroot"), m_static).value(QStringLiteral("status")).toString(),
             QStringLiteral("pass"));
    const QJsonObject compiler = finding(report, QStringLiteral("image.no-compiler"), m_compiler);
    QCOMPARE(compiler.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY2(
        compiler.value(QStringLiteral("evidence")).toString().contains(QStringLiteral("/usr/bin/cc → /usr/bin/gcc-12")),
        qPrintable(compiler.value(QStringLiteral("evidence")).toString()));
    // The dangling /usr/bin/sh runs nothing: no shell.
    QCOMPARE(finding(report, QStringLiteral("image.distroless"), m_compiler).value(QStringLiteral("status")).toString(),
             QStringLiteral("pass"));
    QVERIFY2(leftoverProbes().isEmpty(), qPrintable(leftoverProbes().join(u' ')));

    // Nothing changed: the same findings, from the cache.
    const QJsonObject again =
        audit({QStringLiteral("--only"), QStringLiteral("minimal-image"), QStringLiteral("--no-scan")}, {}, &cachedMs);
    for (const QString& image : {QStringLiteral("local/busybox:1"), m_static, m_compiler}) {
        for (const QString& id : {QStringLiteral("image.distroless"), QStringLiteral("image.no-compiler")}) {
            QCOMPARE(finding(again, id, image), finding(report, id, image));
        }
    }
    qInfo("escut-cli audit --only minimal-image: %lld ms probing, %lld ms from the cache", firstMs, cachedMs);
}

void TestImageProbe::probesAreCachedAndLeaveNothingBehind()
{
    qputenv("XDG_CACHE_HOME", m_work.filePath(QStringLiteral("cache-inproc")).toUtf8());
    const Result<Endpoint> endpoint = EndpointResolver::resolve({}, ResolverEnvironment::system());
    QVERIFY(endpoint.ok());
    DockerClient client(endpoint.value());
    QVERIFY(client.negotiate().ok());
    const Result<QJsonDocument> inspect = client.getJson(QStringLiteral("/images/local%2Fbusybox:1/json"));
    QVERIFY(inspect.ok());
    ImageProbe probe(client);
    bool fromCache = true;
    QElapsedTimer timer;
    timer.start();
    const ImageProbeFact first = probe.probe(inspect->object(), nullptr, &fromCache);
    const qint64 firstMs = timer.restart();
    QVERIFY(!fromCache);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.directories, QStringList{QStringLiteral("/bin")});
    QVERIFY2(leftoverProbes().isEmpty(), qPrintable(leftoverProbes().join(u' ')));
    const ImageProbeFact second = probe.probe(inspect->object(), nullptr, &fromCache);
    const qint64 cachedMs = timer.elapsed();
    QVERIFY(fromCache);
    QVERIFY(second == first);
    qInfo("local/busybox:1 probe: %lld ms (%d paths), cached: %lld ms", firstMs, first.pathsChecked, cachedMs);

    // A probe that fails half-way (the image is gone) still removes its container.
    const ImageProbeFact missing = probe.probeUncached(QStringLiteral("sha256:%1").arg(QString(64, QLatin1Char('0'))));
    QVERIFY(!missing.error.isEmpty());
    QVERIFY2(leftoverProbes().isEmpty(), qPrintable(leftoverProbes().join(u' ')));
}

void TestImageProbe::fakeScannersGiveTheFixtureCounts()
{
    const QString bin = m_work.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString fixtures = qEnvironmentVariable("ESCUT_FIXTURES_DIR");
    const auto writeTool = [&](const QString& name, const QByteArray& script) {
        QVERIFY(escut::test::writeExecutable(bin + QLatin1Char('/') + name, script));
    };
    writeTool(QStringLiteral("trivy"),
              "if [ \"$1\" = --version ]; then echo 'Version: 0.50.1'; exit 0; fi\n"
              "exec cat '" +
                  (fixtures + QStringLiteral("/trivy/image-alpine39-critical-medium.json")).toUtf8() + "'\n");
    writeTool(QStringLiteral("dockle"),
              "if [ \"$1\" = --version ]; then echo 'dockle version 0.4.14'; exit 0; fi\n"
              "exec cat '" +
                  (fixtures + QStringLiteral("/dockle/readme-sample-report.json")).toUtf8() + "'\n");
    const QJsonObject report = audit({QStringLiteral("--only"), QStringLiteral("supply-chain")}, {bin});
    QVERIFY(!report.isEmpty());
    const QJsonObject vulns = finding(report, QStringLiteral("image.vulnerabilities"), m_static);
    QCOMPARE(vulns.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY2(vulns.value(QStringLiteral("evidence"))
                 .toString()
                 .startsWith(QStringLiteral("trivy 0.50.1: 6 vulnerabilities (2 CRITICAL, 4 MEDIUM; 6 with a fixed "
                                            "version)")),
             qPrintable(vulns.value(QStringLiteral("evidence")).toString()));
    const QJsonObject lint = finding(report, QStringLiteral("image.lint"), m_static);
    QCOMPARE(lint.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY2(lint.value(QStringLiteral("evidence"))
                 .toString()
                 .startsWith(QStringLiteral("dockle 0.4.14: 6 FATAL, 2 WARN, 2 INFO")),
             qPrintable(lint.value(QStringLiteral("evidence")).toString()));
    // --only supply-chain: no minimal-image probing.
    QVERIFY(finding(report, QStringLiteral("image.distroless"), m_static).isEmpty());

    const QJsonObject noScan =
        audit({QStringLiteral("--only"), QStringLiteral("supply-chain"), QStringLiteral("--no-scan")}, {bin});
    const QJsonObject skipped = finding(noScan, QStringLiteral("image.vulnerabilities"), m_static);
    QCOMPARE(skipped.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    QVERIFY(skipped.value(QStringLiteral("evidence")).toString().contains(QStringLiteral("--no-scan")));
}

void TestImageProbe::trustedSourceOption()
{
    const QJsonObject plain =
        audit({QStringLiteral("--only"), QStringLiteral("supply-chain"), QStringLiteral("--no-scan")});
    QCOMPARE(
        finding(plain, QStringLiteral("image.trusted-source"), m_static).value(QStringLiteral("status")).toString(),
        QStringLiteral("warn"));
    const QJsonObject trusted = audit({QStringLiteral("--only"),
                                       QStringLiteral("supply-chain"),
                                       QStringLiteral("--no-scan"),
                                       QStringLiteral("--trusted-source"),
                                       QStringLiteral("escut-test-images")});
    const QJsonObject f = finding(trusted, QStringLiteral("image.trusted-source"), m_static);
    QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QVERIFY(f.value(QStringLiteral("evidence")).toString().contains(QStringLiteral("escut-test-images")));
}

void TestImageProbe::trustInspectWithoutNotary()
{
    if (ToolRunner::find(QStringLiteral("docker")).isEmpty()) {
        QSKIP("no docker CLI");
    }
    // No notary server answers for a local name: [] and a message, which is no-data, never "signed".
    const Result<ImageTrustRecord> record = DockerTrust::inspect(QStringLiteral("local/busybox:1"));
    QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().fullText()));
    QVERIFY(record->state != ImageTrustRecord::State::Signed);
    qInfo("docker trust inspect local/busybox:1: %s", qPrintable(record->detail));
}

QTEST_GUILESS_MAIN(TestImageProbe)
#include "test_imageprobe.moc"
