// SPDX-License-Identifier: GPL-3.0-or-later
// trivy, dockle and docker trust inspect: the parsers over every real fixture in tests/data/fixtures, and the whole
// collection path (ImageCollector → ToolRunner → QProcess) with fake executables first on PATH that print them.
#include "tests/common/TestUtil.h"

#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/docker/DockerClient.h"
#include "core/facts/ImageCollector.h"
#include "core/facts/ImageProbe.h"
#include "core/tools/DockerTrust.h"
#include "core/tools/Dockle.h"
#include "core/tools/Trivy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace escut;

namespace
{

QString fixture(const QString& relative)
{
    return qEnvironmentVariable("ESCUT_FIXTURES_DIR") + QLatin1Char('/') + relative;
}

QByteArray readFixture(const QString& relative)
{
    QFile f(fixture(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(relative));
    }
    return f.readAll();
}

// "CRITICAL=2,MEDIUM=4" for the findings of one kind.
QString counts(const QList<ScanFinding>& findings, const QString& kind)
{
    QMap<QString, int> bySeverity;
    for (const ScanFinding& f : findings) {
        if (f.kind == kind) {
            ++bySeverity[f.severity];
        }
    }
    QStringList parts;
    for (auto it = bySeverity.begin(); it != bySeverity.end(); ++it) {
        parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    }
    return parts.join(QLatin1Char(','));
}

Snapshot realImages()
{
    QFile f(qEnvironmentVariable("ESCUT_SOURCE_DIR") + QStringLiteral("/tests/data/snapshots/images-real.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("no images-real.json");
    }
    Snapshot s = Snapshot::fromJson(QJsonDocument::fromJson(f.readAll()).object()).value();
    s.imageAnalysis = {}; // collected again by the test
    return s;
}

const Finding* findingFor(const QList<Finding>& findings, const char* id, const QString& imageName)
{
    for (const Finding& f : findings) {
        if (QLatin1String(f.check->id) == QLatin1String(id) && f.subject.name == imageName) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

class TestImageTools : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_bin;
    QTemporaryDir m_home;
    QByteArray m_oldPath;

    void writeTool(const QString& name, const QByteArray& script)
    {
        QVERIFY(escut::test::writeExecutable(m_bin.filePath(name), script));
    }
    // Fake trivy and dockle: --version prints $VERSION; a scan prints the fixture and counts itself in a log.
    void writeScanners(const QByteArray& trivyVersion)
    {
        writeTool(QStringLiteral("trivy"),
                  "if [ \"$1\" = --version ]; then echo 'Version: " + trivyVersion +
                      "'; echo 'Vulnerability DB:'; exit 0; fi\n"
                      "echo \"trivy $*\" >> '" +
                      m_bin.filePath(QStringLiteral("calls.log")).toUtf8() +
                      "'\n"
                      "[ \"$1 $2 $3 $4\" = 'image --format json --quiet' ] || exit 9\n"
                      "/bin/cat '" +
                      fixture(QStringLiteral("trivy/image-alpine39-critical-medium.json")).toUtf8() + "'\n");
        writeTool(QStringLiteral("dockle"),
                  "if [ \"$1\" = --version ]; then echo 'dockle version 0.4.14'; exit 0; fi\n"
                  "echo \"dockle $*\" >> '" +
                      m_bin.filePath(QStringLiteral("calls.log")).toUtf8() +
                      "'\n"
                      "[ \"$1 $2\" = '--format json' ] || exit 9\n"
                      "/bin/cat '" +
                      fixture(QStringLiteral("dockle/readme-sample-report.json")).toUtf8() + "'\n");
    }
    QStringList calls()
    {
        QFile f(m_bin.filePath(QStringLiteral("calls.log")));
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_bin.isValid() && m_home.isValid());
        m_oldPath = qgetenv("PATH");
        qputenv("PATH", m_bin.path().toUtf8()); // the fakes only: no real trivy, dockle or docker
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    }
    void cleanupTestCase()
    {
        qputenv("PATH", m_oldPath);
    }

    void trivyFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("alpine 3.9") << "trivy/image-alpine39-critical-medium.json"
                                    << "vulnerability"
                                    << "CRITICAL=2,MEDIUM=4";
        QTest::newRow("mariner 1.0") << "trivy/image-mariner10-high-low.json"
                                     << "vulnerability"
                                     << "HIGH=1,LOW=1";
        QTest::newRow("secrets") << "trivy/fs-secrets.json"
                                 << "secret"
                                 << "CRITICAL=1,HIGH=1";
        QTest::newRow("misconfig") << "trivy/config-dockerfile-misconfig.json"
                                   << "misconfiguration"
                                   << "HIGH=1";
        QTest::newRow("sarif") << "trivy/image-alpine310.sarif"
                               << ""
                               << "error";
        QTest::newRow("compliance all") << "trivy/compliance-report-all.json"
                                        << ""
                                        << "error";
        QTest::newRow("compliance summary") << "trivy/compliance-report-summary.json"
                                            << ""
                                            << "error";
        QTest::newRow("spec yaml") << "trivy/docker-cis-1.6.0.spec.yaml"
                                   << ""
                                   << "error";
    }
    void trivyFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const Result<QList<ScanFinding>> parsed = Trivy::parse(readFixture(file));
        if (expected == QLatin1String("error")) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, Error::Code::ParseError);
            QVERIFY(!parsed.error().message.isEmpty());
            return;
        }
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().fullText()));
        QCOMPARE(counts(parsed.value(), kind), expected);
    }

    void trivyKeepsPackagesAndNoSecretMatch()
    {
        const Result<QList<ScanFinding>> alpine =
            Trivy::parse(readFixture(QStringLiteral("trivy/image-alpine39-critical-medium.json")));
        QVERIFY(alpine.ok());
        const auto musl = std::find_if(alpine->begin(), alpine->end(), [](const ScanFinding& f) {
            return f.id == QLatin1String("CVE-2019-14697");
        });
        QVERIFY(musl != alpine->end());
        QCOMPARE(musl->package, QStringLiteral("musl"));
        QCOMPARE(musl->installed, QStringLiteral("1.1.20-r4"));
        QCOMPARE(musl->fixed, QStringLiteral("1.1.20-r5"));
        QCOMPARE(musl->severity, QStringLiteral("CRITICAL"));
        const Result<QList<ScanFinding>> secrets = Trivy::parse(readFixture(QStringLiteral("trivy/fs-secrets.json")));
        QVERIFY(secrets.ok());
        for (const ScanFinding& f : secrets.value()) {
            QCOMPARE(f.package, QStringLiteral("deploy.sh"));
            QVERIFY(!f.toJson().contains(QStringLiteral("match")));
        }
        QVERIFY(!QString::fromUtf8(QJsonDocument(secrets->first().toJson()).toJson()).contains(QStringLiteral("ghp_")));
    }

    void dockleFixtures()
    {
        const Result<QList<ScanFinding>> readme =
            Dockle::parse(readFixture(QStringLiteral("dockle/readme-sample-report.json")));
        QVERIFY(readme.ok());
        QCOMPARE(counts(readme.value(), QStringLiteral("checkpoint")), QStringLiteral("FATAL=6,INFO=2,WARN=2"));
        QCOMPARE(readme->size(), 10); // CIS-DI-0010 twice, as the older dockle printed it
        QCOMPARE(readme->first().id, QStringLiteral("CIS-DI-0001"));
        QCOMPARE(readme->first().alerts, 1);
        for (const QString& sarif : {QStringLiteral("dockle/report-test-CIS-DI-0010.sarif"),
                                     QStringLiteral("dockle/report-test-DKL-DI-0006.sarif")}) {
            const Result<QList<ScanFinding>> parsed = Dockle::parse(readFixture(sarif));
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, Error::Code::ParseError);
        }
        QVERIFY(!Dockle::parse("not json").ok());
    }

    void trustFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("signers");
        QTest::newRow("alpine signed") << "docker/trust-inspect-alpine-latest.docs.json"
                                       << "alpine:latest"
                                       << "signed"
                                       << "Repo Admin";
        QTest::newRow("purple three signers") << "docker/trust-inspect-my-image-purple-signers.docs.json"
                                              << "my-image:purple"
                                              << "signed"
                                              << "alice,bob,carol";
        QTest::newRow("full repo, red") << "docker/trust-inspect-full-repo-with-signers.golden.json"
                                        << "signed-repo:red"
                                        << "signed"
                                        << "alice,bob";
        QTest::newRow("full repo, yellow") << "docker/trust-inspect-full-repo-with-signers.golden.json"
                                           << "signed-repo:yellow"
                                           << "unsigned"
                                           << "";
        QTest::newRow("one tag no signers") << "docker/trust-inspect-one-tag-no-signers.golden.json"
                                            << "signed-repo:green"
                                            << "signed"
                                            << "Repo Admin";
        QTest::newRow("unsigned tag with signers") << "docker/trust-inspect-unsigned-tag-with-signers.golden.json"
                                                   << "signed-repo:unsigned"
                                                   << "unsigned"
                                                   << "";
        QTest::newRow("empty repo") << "docker/trust-inspect-empty-repo.golden.json"
                                    << "reg/img:unsigned-tag"
                                    << "unsigned"
                                    << "";
        QTest::newRow("uninitialized") << "docker/trust-inspect-uninitialized.golden.json"
                                       << "reg/img:tag"
                                       << "no-data"
                                       << "";
        QTest::newRow("pretty text") << "docker/trust-inspect-pretty-full-repo-with-signers.golden.txt"
                                     << "signed-repo:red"
                                     << "error"
                                     << "";
    }
    void trustFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, reference);
        QFETCH(QString, state);
        QFETCH(QString, signers);
        const Result<QList<TrustRepository>> parsed = DockerTrust::parse(readFixture(file));
        if (state == QLatin1String("error")) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, Error::Code::ParseError);
            return;
        }
        QVERIFY(parsed.ok());
        const ImageTrustRecord record = DockerTrust::recordFor(reference, parsed.value(), QString());
        QCOMPARE(record.toJson().value(QStringLiteral("state")).toString(), state);
        QCOMPARE(record.signers.join(QLatin1Char(',')), signers);
        if (state == QLatin1String("signed")) {
            QVERIFY(!record.signedDigest.isEmpty());
        }
    }

    void trustThroughTheDockerCli()
    {
        // What this machine's docker CLI does without a notary: [] on stdout, a message on stderr, exit 1.
        writeTool(QStringLiteral("docker"),
                  "[ \"$1 $2\" = 'trust inspect' ] || exit 9\n"
                  "case \"$3\" in\n"
                  "  alpine:latest) /bin/cat '" +
                      fixture(QStringLiteral("docker/trust-inspect-alpine-latest.docs.json")).toUtf8() +
                      "' ;;\n"
                      "  *) echo '[]'; echo \"No signatures or cannot access $3\" >&2; exit 1 ;;\n"
                      "esac\n");
        const Result<ImageTrustRecord> signedRecord = DockerTrust::inspect(QStringLiteral("alpine:latest"));
        QVERIFY(signedRecord.ok());
        QCOMPARE(signedRecord->state, ImageTrustRecord::State::Signed);
        QCOMPARE(signedRecord->signedDigest,
                 QStringLiteral("d6bfc3baf615dc9618209a8d607ba2a8103d9c8a405b3bd8741d88b4bef36478"));
        const Result<ImageTrustRecord> none = DockerTrust::inspect(QStringLiteral("local/x:1"));
        QVERIFY(none.ok());
        QCOMPARE(none->state, ImageTrustRecord::State::NoData);
        QCOMPARE(none->detail, QStringLiteral("No signatures or cannot access local/x:1"));

        // Through the collector: only tags of pulled repositories are looked up, then the check judges the digest.
        Snapshot s = realImages();
        QJsonObject inspect = s.images.first().inspect;
        inspect.insert(QStringLiteral("RepoTags"), QJsonArray{QStringLiteral("alpine:latest")});
        inspect.insert(QStringLiteral("RepoDigests"),
                       QJsonArray{QStringLiteral(
                           "alpine@sha256:d6bfc3baf615dc9618209a8d607ba2a8103d9c8a405b3bd8741d88b4bef36478")});
        const ImageTrustFact trust = ImageCollector::trustFact(inspect);
        QCOMPARE(trust.state, ImageTrustFact::State::Checked);
        QCOMPARE(trust.records.size(), 1);
        QCOMPARE(trust.records.first().signers, QStringList{QStringLiteral("Repo Admin")});
        QCOMPARE(ImageCollector::trustFact(s.images.first().inspect).state, ImageTrustFact::State::Local);
        QFile::remove(m_bin.filePath(QStringLiteral("docker")));
        QCOMPARE(ImageCollector::trustFact(inspect).state, ImageTrustFact::State::NotInstalled);
    }

    void scansThroughFakeTools()
    {
        QFile::remove(m_bin.filePath(QStringLiteral("calls.log")));
        writeScanners("0.50.1");
        Snapshot s = realImages();
        DockerClient unused(Endpoint{}); // probes are off: the client is never asked
        CollectOptions options;
        options.imageProbes = false;
        options.imageTrust = false;
        ImageCollector::collect(s, unused, options);
        QCOMPARE(s.imageAnalysis.scans.size(), 2 * s.images.size());
        QCOMPARE(calls().size(), 2 * s.images.size());
        QVERIFY(calls().contains(QStringLiteral("trivy image --format json --quiet escut-fix/weak:latest")));
        QVERIFY(calls().contains(QStringLiteral("dockle --format json escut-fix/weak:latest")));

        const QList<Finding> findings = evaluate(s, {{Layer::SupplyChain}});
        const Finding* vulns = findingFor(findings, "image.vulnerabilities", QStringLiteral("escut-fix/weak:latest"));
        QVERIFY(vulns);
        QCOMPARE(vulns->status, Status::Fail);
        QVERIFY2(vulns->evidence.startsWith(QStringLiteral("trivy 0.50.1: 6 vulnerabilities (2 CRITICAL, 4 MEDIUM; 6 "
                                                           "with a fixed version): CRITICAL CVE-2019-14697 in musl")),
                 qPrintable(vulns->evidence));
        const Finding* lint = findingFor(findings, "image.lint", QStringLiteral("escut-fix/weak:latest"));
        QVERIFY(lint);
        QCOMPARE(lint->status, Status::Fail);
        QVERIFY2(
            lint->evidence.startsWith(QStringLiteral("dockle 0.4.14: 6 FATAL, 2 WARN, 2 INFO. FATAL: CIS-DI-0009")),
            qPrintable(lint->evidence));

        // Again: everything comes from the cache, no tool runs a scan.
        Snapshot again = realImages();
        ImageCollector::collect(again, unused, options);
        QCOMPARE(calls().size(), 2 * s.images.size());
        // Compared as JSON first, so that a difference shows in the failure message.
        QCOMPARE(QJsonDocument(again.imageAnalysis.toJson()).toJson(),
                 QJsonDocument(s.imageAnalysis.toJson()).toJson());
        QVERIFY(again.imageAnalysis == s.imageAnalysis);

        // A new trivy version invalidates trivy's entries only.
        writeScanners("0.51.0");
        Snapshot upgraded = realImages();
        ImageCollector::collect(upgraded, unused, options);
        QCOMPARE(calls().size(), 3 * s.images.size());
        QCOMPARE(upgraded.imageAnalysis.scans.first().toolVersion, QStringLiteral("0.51.0"));
    }

    void scansSkippedWithReasons()
    {
        DockerClient unused(Endpoint{});
        CollectOptions options;
        options.imageProbes = false;
        options.imageTrust = false;
        options.noScan = true;
        Snapshot disabled = realImages();
        ImageCollector::collect(disabled, unused, options);
        for (const Finding& f : evaluate(disabled, {{Layer::SupplyChain}})) {
            if (QLatin1String(f.check->id) == QLatin1String("image.vulnerabilities") ||
                QLatin1String(f.check->id) == QLatin1String("image.lint")) {
                QCOMPARE(f.status, Status::Skipped);
                QVERIFY(f.evidence.contains(QStringLiteral("--no-scan")));
            }
        }

        QFile::remove(m_bin.filePath(QStringLiteral("trivy")));
        QFile::remove(m_bin.filePath(QStringLiteral("dockle")));
        options.noScan = false;
        Snapshot missing = realImages();
        ImageCollector::collect(missing, unused, options);
        const QList<Finding> findings = evaluate(missing, {{Layer::SupplyChain}});
        const Finding* vulns = findingFor(findings, "image.vulnerabilities", QStringLiteral("escut-fix/static:2"));
        QCOMPARE(vulns->status, Status::Skipped);
        QVERIFY2(vulns->evidence.contains(QStringLiteral("aquasecurity.github.io/trivy-repo")),
                 qPrintable(vulns->evidence));
        const Finding* lint = findingFor(findings, "image.lint", QStringLiteral("escut-fix/static:2"));
        QCOMPARE(lint->status, Status::Skipped);
        QVERIFY(lint->evidence.contains(QStringLiteral("goodwithtech/dockle/releases")));

        // A tool that breaks: error with its message, never a pass.
        writeTool(QStringLiteral("trivy"),
                  "if [ \"$1\" = --version ]; then echo 'Version: 0.50.1'; exit 0; fi\n"
                  "echo 'FATAL image scan error: unable to initialize' >&2; exit 1\n");
        Snapshot broken = realImages();
        ImageCollector::collect(broken, unused, options);
        const Finding* failed = findingFor(evaluate(broken, {{Layer::SupplyChain}}),
                                           "image.vulnerabilities",
                                           QStringLiteral("escut-fix/static:2"));
        QCOMPARE(failed->status, Status::Error);
        QVERIFY(failed->evidence.contains(QStringLiteral("unable to initialize")));
    }

    void hungScannersStopAtTheScanBudget()
    {
        // trivy and dockle that answer --version and then hang on every scan: each scan is stopped when the audit's
        // scan budget runs out (not after trivy's 600 s and dockle's 180 s per image), and the rest do not start.
        // (Versions no other test used, so that no cached scan answers for them.)
        const QByteArray hang = "if [ \"$1\" = --version ]; then echo 'Version: 0.99.9'; echo 'dockle version "
                                "0.9.9'; exit 0; fi\nexec /bin/sleep 600\n";
        writeTool(QStringLiteral("trivy"), hang);
        writeTool(QStringLiteral("dockle"), hang);
        DockerClient unused(Endpoint{});
        CollectOptions options;
        options.imageProbes = false;
        options.imageTrust = false;
        options.scanBudgetMs = 1500;
        Snapshot s = realImages();
        QVERIFY(s.images.size() >= 2);
        ImageCollector::collect(s, unused, options);
        QCOMPARE(s.imageAnalysis.scans.size(), 2 * s.images.size());
        for (const ImageScanFact& scan : s.imageAnalysis.scans) {
            QCOMPARE(scan.state, ImageScanFact::State::Failed);
            QVERIFY2(scan.reason.contains(QLatin1String("--scan-timeout")), qPrintable(scan.reason));
        }
        const Finding* vulns = findingFor(evaluate(s, {{Layer::SupplyChain}}),
                                          "image.vulnerabilities",
                                          QStringLiteral("escut-fix/static:2"));
        QVERIFY(vulns);
        QCOMPARE(vulns->status, Status::Error);
        QVERIFY2(vulns->evidence.contains(QLatin1String("--scan-timeout")), qPrintable(vulns->evidence));
    }

    void scannersHungOnVersionStopAtTheScanBudget()
    {
        // trivy and dockle that hang already on --version: that run counts against the scan budget too, instead of
        // taking its own 30 s past --scan-timeout.
        const QByteArray hang = "exec /bin/sleep 600\n";
        writeTool(QStringLiteral("trivy"), hang);
        writeTool(QStringLiteral("dockle"), hang);
        DockerClient unused(Endpoint{});
        CollectOptions options;
        options.imageProbes = false;
        options.imageTrust = false;
        options.scanBudgetMs = 1500;
        Snapshot s = realImages();
        QVERIFY(!s.images.isEmpty());
        QElapsedTimer clock;
        clock.start();
        ImageCollector::collect(s, unused, options);
        QVERIFY2(clock.elapsed() < 10000, QByteArray::number(clock.elapsed()).constData());
        QCOMPARE(s.imageAnalysis.scans.size(), 2 * s.images.size());
        for (const ImageScanFact& scan : s.imageAnalysis.scans) {
            QCOMPARE(scan.state, ImageScanFact::State::Failed);
            QVERIFY2(scan.reason.contains(QLatin1String("--scan-timeout")), qPrintable(scan.reason));
        }
    }

    void trustedSourcesFromSettings()
    {
        const QString conf = m_home.filePath(QStringLiteral("config/escut/escut.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(conf).path()));
        QCOMPARE(ImageCollector::settingsFile(), conf);
        TrustedSourcesFact defaults = ImageCollector::trustedSources({QStringLiteral("ghcr.io/me")});
        QCOMPARE(defaults.origin, QStringLiteral("default"));
        QCOMPARE(defaults.sources, TrustedSourcesFact::defaults() + QStringList{QStringLiteral("ghcr.io/me")});
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[General]\nlanguage=ca\ntrustedSources=docker.io/library, https://quay.io/myorg\n");
        f.close();
        const TrustedSourcesFact fromFile = ImageCollector::trustedSources({QStringLiteral("ghcr.io/me")});
        QCOMPARE(fromFile.origin, conf);
        QCOMPARE(fromFile.sources,
                 (QStringList{QStringLiteral("docker.io/library"),
                              QStringLiteral("quay.io/myorg"),
                              QStringLiteral("ghcr.io/me")}));
        QCOMPARE(fromFile.added, QStringList{QStringLiteral("ghcr.io/me")});
        QVERIFY(QFile::remove(conf));
    }

    void statHeader()
    {
        // The real header for /bin/sh in local/busybox:1, and for /bin.
        const Result<PathStat> sh =
            ImageProbe::parseStatHeader("eyJuYW1lIjoic2giLCJzaXplIjo3LCJtb2RlIjoxMzQyMTgyMzksIm10aW1lIjoiMjAyNi0xMi0wMl"
                                        "QwMDo1MjoxN1oiLCJsaW5rVGFyZ2V0Ijo"
                                        "iL2Jpbi9idXN5Ym94In0=");
        QVERIFY(sh.ok());
        QCOMPARE(sh->name, QStringLiteral("sh"));
        QVERIFY(sh->isSymlink());
        QVERIFY(!sh->isRegular());
        QCOMPARE(sh->linkTarget, QStringLiteral("/bin/busybox"));
        const Result<PathStat> bin =
            ImageProbe::parseStatHeader("eyJuYW1lIjoiYmluIiwic2l6ZSI6NDA5NiwibW9kZSI6MjE0NzQ4NDE0MSwibXRpbWUiOiIyMDI2LT"
                                        "EyLTAyVDAwOjUyOjE4WiIsImxpbmtUYXJn"
                                        "ZXQiOiIifQ==");
        QVERIFY(bin.ok());
        QVERIFY(bin->isDir());
        QCOMPARE(bin->mode & 0777U, 0755U);
        QVERIFY(!ImageProbe::parseStatHeader("!!not base64 json").ok());
    }

    void references()
    {
        QCOMPARE(imageref::tag(QStringLiteral("registry.local:5000/app")), QString());
        QCOMPARE(imageref::tag(QStringLiteral("registry.local:5000/app:1.2")), QStringLiteral("1.2"));
        QCOMPARE(imageref::repository(QStringLiteral("nginx@sha256:abc")), QStringLiteral("nginx"));
        QCOMPARE(imageref::normalisedRepository(QStringLiteral("nginx:1")), QStringLiteral("docker.io/library/nginx"));
        QCOMPARE(imageref::normalisedRepository(QStringLiteral("index.docker.io/me/app")),
                 QStringLiteral("docker.io/me/app"));
        QCOMPARE(imageref::normalisedSource(QStringLiteral("gcr.io/*")), QStringLiteral("gcr.io"));
        QVERIFY(imageref::isUnder(QStringLiteral("gcr.io/distroless/static"), QStringLiteral("gcr.io")));
        QVERIFY(!imageref::isUnder(QStringLiteral("gcr.io.evil.com/x"), QStringLiteral("gcr.io")));
        QVERIFY(imageref::isImageId(
            QStringLiteral("ab5328f691c5"),
            QStringLiteral("sha256:ab5328f691c5e0e8b3d1c1aef0cbb1a3a1b1f5b7e1b1c1d1e1f1a1b1c1d1e1f1")));
        QVERIFY(!imageref::isImageId(QStringLiteral("nginx"), QStringLiteral("sha256:ab")));
    }
};

QTEST_GUILESS_MAIN(TestImageTools)
#include "test_imagetools.moc"
