// SPDX-License-Identifier: GPL-3.0-or-later
// The data-encryption lab (seed 000 §2) on the real machine: loop-mounted ext4 images, a real fscrypt directory and
// the real dockerd. start → container.encrypted-volumes fails on the plain loop disk; the reference solution (an
// fscrypt directory on an image made with -O encrypt) → it passes, also when fscrypt has no global configuration
// (the kernel's statx attribute decides); reset → no mount, loop device or file is left, also after a start that
// failed halfway and with a mount the student made by hand. Skips, with the lab's own reason, where the host lacks
// root, loop devices, ext4 encryption or the tools.
#include "tests/common/LabFlow.h"
#include "tests/common/TestUtil.h"

#include "core/lab/LabEngine.h"
#include "core/lab/LabMounts.h"
#include "core/lab/Scenario.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace escut;
using escut::test::runProcess;

namespace
{

const QString labId = QStringLiteral("data-encryption");

QString goalEvidence(const LabCheckResult& result)
{
    return result.goals.isEmpty() ? QString() : result.goals.first().evidence;
}

} // namespace

class TestLabEncryption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void encryptsTheDatabaseDirectory();
    void failedStartLeavesNothing();
    void resetReleasesWhatTheStudentMounted();
    void cliSaysWhatIsMissing();

private:
    Scenario m_scenario;
    QTemporaryDir m_state;
};

void TestLabEncryption::initTestCase()
{
    qputenv("ESCUT_STATE_DIR", m_state.path().toUtf8());
    qputenv("ESCUT_LAB_INSTANCE", QByteArray::number(QCoreApplication::applicationPid()));
    const Result<Scenario> s = ScenarioLibrary::find(labId);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
    m_scenario = s.value();
    if (runProcess(QStringLiteral("docker"), {QStringLiteral("version")}).exitCode != 0) {
        QSKIP("no Docker daemon");
    }
    LabEngine engine;
    const Result<QString> blocker = engine.blocker(m_scenario);
    QVERIFY2(blocker.ok(), blocker.ok() ? "" : qPrintable(blocker.error().fullText()));
    if (!blocker.value().isEmpty()) {
        QSKIP(qPrintable(blocker.value()));
    }
}

void TestLabEncryption::cleanupTestCase()
{
    LabEngine engine;
    (void)engine.reset(labId);
}

void TestLabEncryption::cleanup()
{
    qunsetenv("FSCRYPT_CONF");
}

void TestLabEncryption::encryptsTheDatabaseDirectory()
{
    LabEngine engine;
    const QString root = engine.labRoot(labId);
    QElapsedTimer timer;
    timer.start();
    const VoidResult started = engine.start(m_scenario);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().fullText()));
    const qint64 startMs = timer.restart();
    // The plain disk is a real loop mount with the lab's data on it.
    QCOMPARE(LabMounts::mountsUnder(root), QStringList{root + QStringLiteral("/disc")});
    QCOMPARE(LabMounts::loopsUnder(root).size(), 1);
    QVERIFY(QFile::exists(root + QStringLiteral("/disc/db/clients.csv")));

    const Result<LabCheckResult> before = engine.check(m_scenario);
    QVERIFY2(before.ok(), before.ok() ? "" : qPrintable(before.error().fullText()));
    const qint64 checkMs = timer.restart();
    QCOMPARE(before->goals.size(), 1);
    QCOMPARE(before->goals.first().status, Status::Fail);
    QVERIFY2(goalEvidence(before.value()).contains(QLatin1String("/dev/loop")),
             qPrintable(goalEvidence(before.value())));
    QVERIFY2(goalEvidence(before.value()).contains(QLatin1String("not fscrypt-encrypted")),
             qPrintable(goalEvidence(before.value())));

    const VoidResult solved = engine.applySolution(m_scenario);
    QVERIFY2(solved.ok(), solved.ok() ? "" : qPrintable(solved.error().fullText()));
    const qint64 solveMs = timer.restart();
    const QString key = root + QStringLiteral("/claus/db.key");
    QCOMPARE(QFileInfo(key).size(), 32);
    QCOMPARE(QFileInfo(key).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Nothing of fscrypt's outside the lab: its configuration and metadata are in the lab root and on the image.
    QVERIFY(QFile::exists(root + QStringLiteral("/fscrypt.conf")));
    QVERIFY(QFileInfo(root + QStringLiteral("/xifrat/.fscrypt")).isDir());
    // The kernel agrees that the directory is encrypted, and the database reads its moved data through it.
    const auto status =
        runProcess(QStringLiteral("fscrypt"), {QStringLiteral("status"), root + QStringLiteral("/xifrat/db")});
    if (QFile::exists(QStringLiteral("/etc/fscrypt.conf"))) {
        QVERIFY2(status.out.contains("is encrypted with fscrypt"), status.out.constData());
        QVERIFY(status.out.contains("Unlocked: Yes"));
    }
    QVERIFY(!QFile::exists(root + QStringLiteral("/disc/db/clients.csv")));
    const auto read = runProcess(QStringLiteral("docker"),
                                 {QStringLiteral("exec"),
                                  LabEngine::containerName(labId, QStringLiteral("db")),
                                  QStringLiteral("cat"),
                                  QStringLiteral("/var/lib/db/clients.csv")});
    QVERIFY2(read.exitCode == 0 && read.out.contains("Anna Puig"), read.err.constData());

    const Result<LabCheckResult> after = engine.check(m_scenario);
    QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().fullText()));
    QVERIFY2(after->allPassed(), qPrintable(goalEvidence(after.value())));
    QVERIFY2(goalEvidence(after.value()).contains(QLatin1String("fscrypt")), qPrintable(goalEvidence(after.value())));
    // The key's bytes never appear in what the lab reports.
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray keyBytes = keyFile.readAll();
    QVERIFY(!QJsonDocument(after->toJson()).toJson().contains(keyBytes.toHex()));

    // Without fscrypt's global configuration fscrypt status cannot tell; the kernel's attribute still does.
    qputenv("FSCRYPT_CONF", QByteArray("/nonexistent/fscrypt.conf"));
    const Result<LabCheckResult> noConfig = engine.check(m_scenario);
    qunsetenv("FSCRYPT_CONF");
    QVERIFY(noConfig.ok());
    QVERIFY2(noConfig->allPassed(), qPrintable(goalEvidence(noConfig.value())));
    QVERIFY2(goalEvidence(noConfig.value()).contains(QLatin1String("statx")),
             qPrintable(goalEvidence(noConfig.value())));

    timer.restart();
    const VoidResult reset = engine.reset(labId);
    QVERIFY2(reset.ok(), reset.ok() ? "" : qPrintable(reset.error().fullText()));
    const qint64 resetMs = timer.elapsed();
    QCOMPARE(escut::test::mountsAndLoopsUnder(root), QStringList());
    QVERIFY(!QFileInfo::exists(root));
    QCOMPARE(escut::test::dockerLabelled(QStringLiteral("escut.lab=") + labId), QStringList());
    QVERIFY(engine.reset(labId).ok());
    qInfo("lab %s: start %lld ms, check %lld ms, solution %lld ms, reset %lld ms",
          qPrintable(labId),
          startMs,
          checkMs,
          solveMs,
          resetMs);
}

void TestLabEncryption::failedStartLeavesNothing()
{
    // The disk is made and mounted, then the container step fails (no such image): start resets what it made.
    Scenario broken = m_scenario;
    QJsonArray containers = broken.resources.value(QStringLiteral("containers")).toArray();
    QJsonObject db = containers.first().toObject();
    QJsonObject create = db.value(QStringLiteral("create")).toObject();
    create.insert(QStringLiteral("Image"), QStringLiteral("escut-lab/no-such-image:1"));
    db.insert(QStringLiteral("create"), create);
    containers.replace(0, db);
    broken.resources.insert(QStringLiteral("containers"), containers);
    LabEngine engine;
    const VoidResult started = engine.start(broken);
    QVERIFY(!started.ok());
    const QString root = engine.labRoot(labId);
    QCOMPARE(escut::test::mountsAndLoopsUnder(root), QStringList());
    QVERIFY(!QFileInfo::exists(root));
    QCOMPARE(escut::test::dockerLabelled(QStringLiteral("escut.lab=") + labId), QStringList());

    // A solution step that fails halfway (a second filesystem on a mount point already in use) leaves what the
    // reset releases.
    QVERIFY(engine.start(m_scenario).ok());
    Scenario twice = m_scenario;
    twice.solution = QJsonArray{m_scenario.solution.first(), m_scenario.solution.first()};
    const VoidResult solved = engine.applySolution(twice);
    QVERIFY(!solved.ok());
    QCOMPARE(LabMounts::mountsUnder(root).size(), 2);
    QVERIFY(engine.reset(labId).ok());
    QCOMPARE(escut::test::mountsAndLoopsUnder(root), QStringList());
    QVERIFY(!QFileInfo::exists(root));
}

void TestLabEncryption::resetReleasesWhatTheStudentMounted()
{
    LabEngine engine;
    QVERIFY(engine.start(m_scenario).ok());
    const QString root = engine.labRoot(labId);
    // The student follows the hints by hand: a loop-mounted image and a scratch tmpfs under the lab root.
    const QString image = root + QStringLiteral("/imatges/meu.img");
    QVERIFY(QFile(image).open(QIODevice::WriteOnly));
    QVERIFY(QFile(image).resize(16 * 1024 * 1024));
    QCOMPARE(runProcess(QStringLiteral("mkfs.ext4"),
                        {QStringLiteral("-q"), QStringLiteral("-O"), QStringLiteral("encrypt"), image})
                 .exitCode,
             0);
    QVERIFY(QDir().mkpath(root + QStringLiteral("/meu")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/tmp")));
    const auto loop =
        runProcess(QStringLiteral("losetup"), {QStringLiteral("--find"), QStringLiteral("--show"), image});
    QCOMPARE(loop.exitCode, 0);
    QCOMPARE(runProcess(QStringLiteral("mount"), {QString::fromUtf8(loop.out.trimmed()), root + QStringLiteral("/meu")})
                 .exitCode,
             0);
    QCOMPARE(runProcess(
                 QStringLiteral("mount"),
                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("none"), root + QStringLiteral("/tmp")})
                 .exitCode,
             0);
    QCOMPARE(escut::test::mountsAndLoopsUnder(root).size(), 5); // disc, meu, tmp; two loop devices
    QVERIFY(engine.reset(labId).ok());
    QCOMPARE(escut::test::mountsAndLoopsUnder(root), QStringList());
    QVERIFY(!QFileInfo::exists(root));
}

void TestLabEncryption::cliSaysWhatIsMissing()
{
    // Without the tools on PATH (fscrypt and mount live in /usr/bin, which the sbin fallback does not search), start
    // says what is missing and what to install, in the chosen language, and makes nothing.
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
    cli.setProcessEnvironment(env);
    cli.start(escut::test::cliPath(),
              {QStringLiteral("lab"), QStringLiteral("start"), labId, QStringLiteral("--lang"), QStringLiteral("ca")});
    QVERIFY(cli.waitForFinished(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY2(err.contains(QLatin1String("'fscrypt'")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("apt install fscrypt e2fsprogs mount")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Instal·leu")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(LabEngine(EndpointRequest{}, m_state.path() + QStringLiteral("/labs")).labRoot(labId)));
}

QTEST_GUILESS_MAIN(TestLabEncryption)
#include "test_lab_encryption.moc"
