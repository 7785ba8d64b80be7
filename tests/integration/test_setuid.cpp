// SPDX-License-Identifier: GPL-3.0-or-later
// image.setuid (CIS 4.8) on the real dockerd: images imported from tars (POST /images/create?fromSrc=-) with setuid
// and setgid files, a setgid directory, a hard link and plain files, and one without any; the probe's scan of the
// whole filesystem through the archive API, its limits, and escut-cli's verdicts. Everything the test creates carries
// the label escut.test.setuid=<pid> and is removed at the end; probe containers of these images must be gone.
#include "tests/common/TestUtil.h"

#include "core/checks/Catalogue.h"
#include "core/docker/DockerClient.h"
#include "core/docker/Endpoint.h"
#include "core/facts/ImageProbe.h"
#include "core/lab/TarWriter.h"

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
#include <QUrl>

#include <sys/stat.h>
#include <unistd.h>

using escut::test::runProcess;
using namespace escut;

class TestSetuid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void probeFindsTheFiles();
    void limitsAndCache();
    void cliVerdicts();

private:
    // Imports tar as repo:tag; returns the image id, empty on failure.
    QString importTar(const QString& reference, const QByteArray& tar);
    QJsonObject inspect(const QString& image);
    QStringList leftoverProbes() const;

    QTemporaryDir m_work;
    std::unique_ptr<DockerClient> m_client;
    QString m_label;
    QString m_setuidImage;
    QString m_cleanImage;
    QString m_setuidId;
    QString m_cleanId;
};

QString TestSetuid::importTar(const QString& reference, const QByteArray& tar)
{
    const QString repo = reference.section(QLatin1Char(':'), 0, 0);
    const QString tag = reference.section(QLatin1Char(':'), 1);
    const QString change = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("LABEL ") + m_label));
    const Result<HttpResponse> r =
        m_client->request(DockerClient::Method::Post,
                          QStringLiteral("/images/create?fromSrc=-&repo=%1&tag=%2&changes=%3").arg(repo, tag, change),
                          tar);
    if (!r) {
        qWarning("import %s: %s", qPrintable(reference), qPrintable(r.error().fullText()));
        return {};
    }
    return inspect(reference).value(QStringLiteral("Id")).toString();
}

QJsonObject TestSetuid::inspect(const QString& image)
{
    const Result<QJsonDocument> doc =
        m_client->getJson(QStringLiteral("/images/%1/json").arg(QString::fromLatin1(QUrl::toPercentEncoding(image))));
    return doc ? doc->object() : QJsonObject();
}

// Probe containers of this test's images (the daemon is shared: other probes are not ours to judge).
QStringList TestSetuid::leftoverProbes() const
{
    QStringList out;
    for (const QString& image : {m_setuidId, m_cleanId}) {
        if (image.isEmpty()) {
            continue;
        }
        out += escut::test::listOutput(QStringLiteral("docker"),
                                       {QStringLiteral("ps"),
                                        QStringLiteral("-a"),
                                        QStringLiteral("--filter"),
                                        QStringLiteral("label=escut.image-probe"),
                                        QStringLiteral("--filter"),
                                        QStringLiteral("ancestor=") + image,
                                        QStringLiteral("--format"),
                                        QStringLiteral("{{.ID}} {{.Image}}")});
    }
    return out;
}

void TestSetuid::initTestCase()
{
    QVERIFY(m_work.isValid());
    QVERIFY2(QFile::exists(escut::test::cliPath()), "ESCUT_CLI must point at escut-cli");
    if (::geteuid() != 0) {
        QFAIL("the test makes files owned by other users and setuid files for its images, which needs root");
    }
    const Result<Endpoint> endpoint = EndpointResolver::resolve({}, ResolverEnvironment::system());
    QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().fullText()));
    m_client = std::make_unique<DockerClient>(endpoint.value());
    const VoidResult negotiated = m_client->negotiate();
    QVERIFY2(negotiated.ok(), "No Docker daemon reachable: run the tests with 'scripts/escut test'");
    const QString pid = QString::number(QCoreApplication::applicationPid());
    m_label = QStringLiteral("escut.test.setuid=") + pid;

    // A real directory, so that tar records what the kernel keeps: owners, a setgid directory, a hard link.
    const QString root = m_work.filePath(QStringLiteral("root"));
    for (const char* dir : {"/bin", "/usr/bin", "/opt/app", "/srv/shared"}) {
        QVERIFY(QDir().mkpath(root + QLatin1String(dir)));
    }
    const auto file = [&](const char* path, uid_t uid, gid_t gid, mode_t mode) {
        QFile f(root + QLatin1String(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3000, 'x'));
        f.close();
        const QByteArray native = QFile::encodeName(f.fileName());
        QCOMPARE(::chown(native.constData(), uid, gid), 0); // before chmod: chown clears setuid and setgid
        QCOMPARE(::chmod(native.constData(), mode), 0);
    };
    file("/bin/su", 0, 0, 04755);
    file("/usr/bin/wall", 0, 5, 02755);
    file("/opt/app/helper", 1000, 1000, 06750);
    file("/bin/ls", 0, 0, 0755);
    file("/srv/shared/notes", 1000, 1000, 0644);
    QCOMPARE(::link(QFile::encodeName(root + QStringLiteral("/bin/su")).constData(),
                    QFile::encodeName(root + QStringLiteral("/bin/su-again")).constData()),
             0);
    QCOMPARE(::chmod(QFile::encodeName(root + QStringLiteral("/srv/shared")).constData(), 02775), 0);
    const auto tar = runProcess(
        QStringLiteral("tar"),
        {QStringLiteral("-C"), root, QStringLiteral("--numeric-owner"), QStringLiteral("-c"), QStringLiteral(".")});
    QVERIFY2(tar.exitCode == 0, tar.err.constData());
    m_setuidImage = QStringLiteral("escut-test-setuid/setuid:") + pid;
    m_setuidId = importTar(m_setuidImage, tar.out);
    QVERIFY(!m_setuidId.isEmpty());

    // None: plain files only (TarWriter, the lab's writer).
    TarWriter clean;
    QVERIFY(clean.addFile(QStringLiteral("bin/app"), QByteArray(5000, 'a'), 0755));
    QVERIFY(clean.addFile(QStringLiteral("etc/app.conf"), "x=1\n", 0640));
    m_cleanImage = QStringLiteral("escut-test-setuid/clean:") + pid;
    m_cleanId = importTar(m_cleanImage, clean.finish());
    QVERIFY(!m_cleanId.isEmpty());
}

void TestSetuid::cleanupTestCase()
{
    escut::test::removeContainersLabelled(m_label);
    for (const QString& image : {m_setuidImage, m_cleanImage}) {
        if (!image.isEmpty()) {
            runProcess(QStringLiteral("docker"), {QStringLiteral("rmi"), QStringLiteral("-f"), image});
        }
    }
    const QStringList left = escut::test::listOutput(QStringLiteral("docker"),
                                                     {QStringLiteral("images"),
                                                      QStringLiteral("-q"),
                                                      QStringLiteral("--filter"),
                                                      QStringLiteral("label=") + m_label});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

void TestSetuid::probeFindsTheFiles()
{
    ImageProbe probe(*m_client);
    QElapsedTimer timer;
    timer.start();
    const ImageProbeFact fact = probe.probeUncached(m_setuidId);
    const qint64 probeMs = timer.elapsed();
    QVERIFY2(fact.error.isEmpty(), qPrintable(fact.error));
    const ImageSetuidFact& scan = fact.setuid;
    QVERIFY2(scan.state == ImageSetuidFact::State::Done, qPrintable(scan.reason));
    // Archive order is the daemon's (directory order): compare as sets. The setgid directory and the plain files
    // are not listed; the hard link is.
    QList<SetuidFile> files = scan.files;
    std::sort(files.begin(), files.end(), [](const SetuidFile& a, const SetuidFile& b) { return a.path < b.path; });
    QCOMPARE(files,
             (QList<SetuidFile>{{QStringLiteral("/bin/su"), 04755, 0, 0},
                                {QStringLiteral("/bin/su-again"), 04755, 0, 0},
                                {QStringLiteral("/opt/app/helper"), 06750, 1000, 1000},
                                {QStringLiteral("/usr/bin/wall"), 02755, 0, 5}}));
    QCOMPARE(scan.total, 4);
    QVERIFY2(scan.entries >= 10, qPrintable(QString::number(scan.entries)));
    QVERIFY(scan.bytes > 4 * 3000);
    QVERIFY2(leftoverProbes().isEmpty(), qPrintable(leftoverProbes().join(u' ')));

    const ImageProbeFact clean = probe.probeUncached(m_cleanId);
    QVERIFY2(clean.setuid.state == ImageSetuidFact::State::Done, qPrintable(clean.setuid.reason));
    QCOMPARE(clean.setuid.total, 0);
    QVERIFY(clean.setuid.files.isEmpty());

    // The image everyone has: busybox as scripts/escut test imports it (static, no setuid bit).
    const QJsonObject busybox = inspect(QStringLiteral("local/busybox:1"));
    if (!busybox.isEmpty()) {
        const ImageProbeFact bb = probe.probeUncached(busybox.value(QStringLiteral("Id")).toString());
        QVERIFY2(bb.setuid.state == ImageSetuidFact::State::Done, qPrintable(bb.setuid.reason));
        qInfo("local/busybox:1 setuid scan: %lld ms, %lld bytes, %lld entries, %lld found",
              bb.setuid.elapsedMs,
              bb.setuid.bytes,
              bb.setuid.entries,
              bb.setuid.total);
    }
    qInfo("setuid test image: probe %lld ms, of which the scan %lld ms (%lld bytes, %lld entries)",
          probeMs,
          scan.elapsedMs,
          scan.bytes,
          scan.entries);
}

void TestSetuid::limitsAndCache()
{
    qputenv("XDG_CACHE_HOME", m_work.filePath(QStringLiteral("cache")).toUtf8());
    const QJsonObject image = inspect(m_setuidImage);
    ImageProbe probe(*m_client);

    // Over the byte cap: Failed, and what was read before it is kept.
    probe.setSetuidLimits(1024, 60000);
    const ImageProbeFact capped = probe.probeUncached(m_setuidId);
    QVERIFY(capped.error.isEmpty());
    QCOMPARE(capped.setuid.state, ImageSetuidFact::State::Failed);
    QVERIFY2(capped.setuid.reason.contains(QLatin1String("more than 0.000977 MiB")), qPrintable(capped.setuid.reason));
    QVERIFY(capped.setuid.bytes <= 1024);

    // Out of time: Incomplete, not cached; the next probe scans again and its result is cached.
    probe.setSetuidLimits(ImageProbe::DefaultSetuidMaxBytes, 1);
    bool fromCache = true;
    const ImageProbeFact late = probe.probe(image, nullptr, &fromCache);
    QVERIFY(!fromCache);
    QVERIFY2(late.setuid.state == ImageSetuidFact::State::Incomplete ||
                 late.setuid.state == ImageSetuidFact::State::Done, // a 1 ms limit that a fast daemon beat
             qPrintable(late.setuid.reason));
    probe.setSetuidLimits(ImageProbe::DefaultSetuidMaxBytes, ImageProbe::DefaultSetuidTimeoutMs);
    const ImageProbeFact again = probe.probe(image, nullptr, &fromCache);
    QCOMPARE(fromCache, late.setuid.state == ImageSetuidFact::State::Done);
    QCOMPARE(again.setuid.state, ImageSetuidFact::State::Done);
    QCOMPARE(again.setuid.total, 4);
    const ImageProbeFact cached = probe.probe(image, nullptr, &fromCache);
    QVERIFY(fromCache);
    QVERIFY(cached == again);

    // Cancelled before the scan: Incomplete, saying so.
    std::atomic<bool> cancel{true};
    const ImageSetuidFact cancelled = probe.scanSetuid(QStringLiteral("unused"), &cancel);
    QCOMPARE(cancelled.state, ImageSetuidFact::State::Incomplete);
    QVERIFY2(cancelled.reason.contains(QLatin1String("cancelled")), qPrintable(cancelled.reason));
    QVERIFY2(leftoverProbes().isEmpty(), qPrintable(leftoverProbes().join(u' ')));
}

void TestSetuid::cliVerdicts()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_work.filePath(QStringLiteral("cli-cache")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(escut::test::cliPath(),
            {QStringLiteral("audit"),
             QStringLiteral("--format"),
             QStringLiteral("json"),
             QStringLiteral("--fail-on"),
             QStringLiteral("none"),
             QStringLiteral("--no-history"),
             QStringLiteral("--only"),
             QStringLiteral("minimal-image"),
             QStringLiteral("--no-scan")});
    QVERIFY(p.waitForFinished(280000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const auto finding = [&](const QString& image) {
        for (const QJsonValue& v : report.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("id")).toString() == QLatin1String("image.setuid") &&
                f.value(QStringLiteral("subject")).toObject().value(QStringLiteral("name")).toString() == image) {
                return f;
            }
        }
        return QJsonObject();
    };
    const QJsonObject found = finding(m_setuidImage);
    QCOMPARE(found.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
    QCOMPARE(found.value(QStringLiteral("cis")).toArray(), QJsonArray{QStringLiteral("4.8")});
    const QString evidence = found.value(QStringLiteral("evidence")).toString();
    for (const char* expected : {"4 setuid or setgid file(s) in the image",
                                 "/bin/su (setuid, mode 4755, owner 0:0)",
                                 "/usr/bin/wall (setgid, mode 2755, owner 0:5)",
                                 "/opt/app/helper (setuid and setgid, mode 6750, owner 1000:1000)"}) {
        QVERIFY2(evidence.contains(QLatin1String(expected)), qPrintable(evidence));
    }
    QVERIFY2(!evidence.contains(QLatin1String("/srv/shared")), qPrintable(evidence));
    const QJsonObject none = finding(m_cleanImage);
    QCOMPARE(none.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QVERIFY2(none.value(QStringLiteral("evidence")).toString().contains(QLatin1String("No setuid or setgid file")),
             qPrintable(none.value(QStringLiteral("evidence")).toString()));
    QVERIFY2(leftoverProbes().isEmpty(), qPrintable(leftoverProbes().join(u' ')));
}

QTEST_GUILESS_MAIN(TestSetuid)
#include "test_setuid.moc"
