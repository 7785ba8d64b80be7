// SPDX-License-Identifier: GPL-3.0-or-later
// The verdict oracle for what needs more than docker run options: images and volumes made on the real daemon, each
// with what the kernel (or the daemon) shows about it, and the verdict Escut must give on a real collection.
//   - FROM scratch with busybox in /busybox and PATH=/busybox: `docker run IMAGE sh -c` runs a shell, so
//     image.distroless fails;
//   - an /etc/passwd with toor:x:0:0 and USER toor: the container's process has Uid 0 in /proc/PID/status, so
//     image.user-nonroot and container.user-nonroot fail (USER app, uid 1000, passes);
//   - docker commit of a container started with /bin/sh -c: image.committed fails (the classic builder's RUN of
//     the same command passes);
//   - a named volume of the local driver with type=none,o=bind,device=/etc: the container's mount has /etc's inode,
//     so container.sensitive-mounts fails (an ordinary named volume passes).
// Everything made is labelled or named escut-test-oracle-* and removed afterwards.
#include "tests/common/TestUtil.h"

#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/docker/DockerClient.h"
#include "core/facts/Collector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace escut;
using escut::test::runProcess;

namespace
{

std::pair<quint64, quint64> inodeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return {0, 0};
    }
    return {st.st_dev, st.st_ino};
}

QString trimmedOut(const escut::test::ProcessResult& r)
{
    return QString::fromUtf8(r.out).trimmed();
}

} // namespace

class TestImageOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void verdicts();

private:
    [[nodiscard]] bool importImage(const QString& name, const QString& rootfs, const QStringList& changes);
    [[nodiscard]] QString run(const QString& role, const QStringList& options, const QString& image);
    [[nodiscard]] QString imageId(const QString& name) const;

    QString m_tag;
    QString m_label;
    QTemporaryDir m_dir;
    QStringList m_images;
    QStringList m_volumes;
};

void TestImageOracle::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "the oracle reads /proc/PID of the daemon's containers: run it as root");
    QVERIFY2(runProcess(QStringLiteral("docker"), {QStringLiteral("version")}).exitCode == 0,
             "No Docker daemon reachable");
    QVERIFY(QFile::exists(QStringLiteral("/bin/busybox")));
    QVERIFY(m_dir.isValid());
    m_tag = QString::number(QCoreApplication::applicationPid());
    m_label = QStringLiteral("escut.test.oracle=") + m_tag;
}

void TestImageOracle::cleanupTestCase()
{
    escut::test::removeContainersLabelled(m_label);
    if (!m_images.isEmpty()) {
        runProcess(QStringLiteral("docker"), QStringList{QStringLiteral("rmi"), QStringLiteral("-f")} + m_images);
    }
    if (!m_volumes.isEmpty()) {
        runProcess(QStringLiteral("docker"), QStringList{QStringLiteral("volume"), QStringLiteral("rm")} + m_volumes);
    }
}

bool TestImageOracle::importImage(const QString& name, const QString& rootfs, const QStringList& changes)
{
    const QString tar = m_dir.filePath(QFileInfo(rootfs).fileName() + QStringLiteral(".tar"));
    if (runProcess(QStringLiteral("tar"),
                   {QStringLiteral("-C"), rootfs, QStringLiteral("-cf"), tar, QStringLiteral(".")})
            .exitCode != 0) {
        return false;
    }
    QStringList args{QStringLiteral("import")};
    for (const QString& change : changes) {
        args += QStringList{QStringLiteral("-c"), change};
    }
    const auto imported = runProcess(QStringLiteral("docker"), args + QStringList{tar, name});
    if (imported.exitCode != 0) {
        qWarning("%s", imported.err.constData());
        return false;
    }
    m_images.append(name);
    return true;
}

QString TestImageOracle::run(const QString& role, const QStringList& options, const QString& image)
{
    const auto started = runProcess(QStringLiteral("docker"),
                                    QStringList{QStringLiteral("run"),
                                                QStringLiteral("-d"),
                                                QStringLiteral("--name"),
                                                QStringLiteral("escut-test-oracle-%1-%2").arg(role, m_tag),
                                                QStringLiteral("--label"),
                                                QStringLiteral("escut.test=1"),
                                                QStringLiteral("--label"),
                                                m_label} +
                                        options + QStringList{image, QStringLiteral("sleep"), QStringLiteral("600")});
    if (started.exitCode != 0) {
        qWarning("%s", started.err.constData());
        return {};
    }
    return trimmedOut(started);
}

QString TestImageOracle::imageId(const QString& name) const
{
    return trimmedOut(runProcess(
        QStringLiteral("docker"),
        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), name}));
}

void TestImageOracle::verdicts()
{
    // --- images from folders -------------------------------------------------------------------------------------
    const QString scratch = m_dir.filePath(QStringLiteral("scratch-busybox"));
    QVERIFY(QDir().mkpath(scratch + QStringLiteral("/busybox")));
    QVERIFY(QFile::copy(QStringLiteral("/bin/busybox"), scratch + QStringLiteral("/busybox/busybox")));
    for (const char* applet : {"sh", "sleep", "echo"}) {
        QVERIFY(QFile::link(QStringLiteral("busybox"), scratch + QStringLiteral("/busybox/") + QLatin1String(applet)));
    }
    const QString scratchImage = QStringLiteral("escut-test-oracle/scratch-busybox:%1").arg(m_tag);
    QVERIFY(importImage(scratchImage, scratch, {QStringLiteral("ENV PATH=/busybox")}));

    const QString passwdRoot = m_dir.filePath(QStringLiteral("toor"));
    QVERIFY(QDir().mkpath(passwdRoot + QStringLiteral("/bin")));
    QVERIFY(QDir().mkpath(passwdRoot + QStringLiteral("/etc")));
    QVERIFY(QFile::copy(QStringLiteral("/bin/busybox"), passwdRoot + QStringLiteral("/bin/busybox")));
    for (const char* applet : {"sh", "sleep"}) {
        QVERIFY(QFile::link(QStringLiteral("busybox"), passwdRoot + QStringLiteral("/bin/") + QLatin1String(applet)));
    }
    QFile passwd(passwdRoot + QStringLiteral("/etc/passwd"));
    QVERIFY(passwd.open(QIODevice::WriteOnly));
    passwd.write("root:x:0:0:root:/root:/bin/sh\ntoor:x:0:0::/root:/bin/sh\napp:x:1000:1000::/:/bin/sh\n");
    passwd.close();
    const QString toorImage = QStringLiteral("escut-test-oracle/toor:%1").arg(m_tag);
    const QString appImage = QStringLiteral("escut-test-oracle/app:%1").arg(m_tag);
    QVERIFY(importImage(toorImage, passwdRoot, {QStringLiteral("USER toor"), QStringLiteral("ENV PATH=/bin")}));
    QVERIFY(importImage(appImage, passwdRoot, {QStringLiteral("USER app"), QStringLiteral("ENV PATH=/bin")}));

    // --- docker commit, and the classic builder's RUN of the same command ------------------------------------------
    const QString committedImage = QStringLiteral("escut-test-oracle/committed:%1").arg(m_tag);
    {
        // The container's command is /bin/sh -c 'echo hi > /x; ...', as the case.
        const auto made = runProcess(QStringLiteral("docker"),
                                     {QStringLiteral("run"),
                                      QStringLiteral("--name"),
                                      QStringLiteral("escut-test-oracle-commit-%1").arg(m_tag),
                                      QStringLiteral("--label"),
                                      m_label,
                                      QStringLiteral("local/busybox:1"),
                                      QStringLiteral("/bin/sh"),
                                      QStringLiteral("-c"),
                                      QStringLiteral("echo hi > /x")});
        QCOMPARE(made.exitCode, 0);
        QCOMPARE(
            runProcess(
                QStringLiteral("docker"),
                {QStringLiteral("commit"), QStringLiteral("escut-test-oracle-commit-%1").arg(m_tag), committedImage})
                .exitCode,
            0);
        m_images.append(committedImage);
    }
    const QString builtImage = QStringLiteral("escut-test-oracle/built:%1").arg(m_tag);
    {
        const QString context = m_dir.filePath(QStringLiteral("context"));
        QVERIFY(QDir().mkpath(context));
        QFile dockerfile(context + QStringLiteral("/Dockerfile"));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM local/busybox:1\nRUN echo hi > /x\n");
        dockerfile.close();
        QProcess build;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0")); // the classic builder, as 20.10's default
        build.setProcessEnvironment(env);
        build.start(QStringLiteral("docker"),
                    {QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), builtImage, context});
        QVERIFY(build.waitForFinished(180000));
        QVERIFY2(build.exitCode() == 0, build.readAllStandardError().constData());
        m_images.append(builtImage);
    }

    // --- volumes ---------------------------------------------------------------------------------------------------
    const QString etcVolume = QStringLiteral("escut-test-oracle-etc-%1").arg(m_tag);
    const QString plainVolume = QStringLiteral("escut-test-oracle-plain-%1").arg(m_tag);
    QCOMPARE(runProcess(QStringLiteral("docker"),
                        {QStringLiteral("volume"),
                         QStringLiteral("create"),
                         QStringLiteral("--label"),
                         m_label,
                         QStringLiteral("--opt"),
                         QStringLiteral("type=none"),
                         QStringLiteral("--opt"),
                         QStringLiteral("o=bind"),
                         QStringLiteral("--opt"),
                         QStringLiteral("device=/etc"),
                         etcVolume})
                 .exitCode,
             0);
    m_volumes.append(etcVolume);
    QCOMPARE(runProcess(
                 QStringLiteral("docker"),
                 {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"), m_label, plainVolume})
                 .exitCode,
             0);
    m_volumes.append(plainVolume);

    // --- containers, and what the kernel says about them
    // --------------------------------------------------------------
    const QString toor = run(QStringLiteral("toor"), {}, toorImage);
    const QString app = run(QStringLiteral("app"), {}, appImage);
    const QString etc = run(QStringLiteral("etc-volume"),
                            {QStringLiteral("-v"), etcVolume + QStringLiteral(":/e:ro")},
                            QStringLiteral("local/busybox:1"));
    const QString plain = run(QStringLiteral("plain-volume"),
                              {QStringLiteral("-v"), plainVolume + QStringLiteral(":/data")},
                              QStringLiteral("local/busybox:1"));
    for (const QString& id : {toor, app, etc, plain}) {
        QVERIFY(!id.isEmpty());
    }
    const auto pidOf = [](const QString& id) {
        return trimmedOut(
            runProcess(QStringLiteral("docker"),
                       {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Pid}}"), id}));
    };
    const auto uidOf = [&](const QString& id) {
        QFile status(QStringLiteral("/proc/%1/status").arg(pidOf(id)));
        if (!status.open(QIODevice::ReadOnly)) {
            return -1;
        }
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("Uid:")) {
                return line.mid(4).simplified().split(' ').value(0).toInt();
            }
        }
        return -1;
    };
    QCOMPARE(uidOf(toor), 0);   // USER toor is root
    QCOMPARE(uidOf(app), 1000); // USER app is not
    QCOMPARE(inodeOf(QStringLiteral("/proc/%1/root/e").arg(pidOf(etc))), inodeOf(QStringLiteral("/etc")));
    QVERIFY(inodeOf(QStringLiteral("/proc/%1/root/data").arg(pidOf(plain))) != inodeOf(QStringLiteral("/etc")));
    // A shell runs in the "distroless" image.
    const auto shell = runProcess(QStringLiteral("docker"),
                                  {QStringLiteral("run"),
                                   QStringLiteral("--rm"),
                                   QStringLiteral("--label"),
                                   m_label,
                                   scratchImage,
                                   QStringLiteral("sh"),
                                   QStringLiteral("-c"),
                                   QStringLiteral("echo shell")});
    QCOMPARE(trimmedOut(shell), QStringLiteral("shell"));

    // --- Escut on a real collection ----------------------------------------------------------------------------------
    Result<Endpoint> endpoint = EndpointResolver::resolve({}, ResolverEnvironment::system());
    QVERIFY(endpoint.ok());
    DockerClient client(endpoint.value());
    CollectOptions options;
    options.hostFacts = false;
    options.imageTrust = false;
    options.imageScans = false;
    Result<Snapshot> collected = Collector::collect(client, options);
    QVERIFY2(collected.ok(), collected.ok() ? "" : qPrintable(collected.error().fullText()));
    const Snapshot& snapshot = collected.value();

    const auto verdict = [&](const char* check, Scope scope, const QString& id) -> QString {
        const CheckDef* def = findCheck(QString::fromLatin1(check));
        for (const Subject& subject : subjectsFor(snapshot, scope)) {
            if (subject.id == id) {
                const Outcome o = def->evaluate(snapshot, subject);
                return statusId(o.status) + QStringLiteral(": ") + o.evidence;
            }
        }
        return QStringLiteral("no subject ") + id;
    };
    const auto expect = [&](const char* check, Scope scope, const QString& id, const char* status) {
        const QString got = verdict(check, scope, id);
        QVERIFY2(got.startsWith(QLatin1String(status) + QLatin1Char(':')),
                 qPrintable(QStringLiteral("%1 on %2: expected %3, got %4")
                                .arg(QLatin1String(check), id, QLatin1String(status), got)));
    };
    expect("image.distroless", Scope::Image, imageId(scratchImage), "fail");
    expect("image.user-nonroot", Scope::Image, imageId(toorImage), "fail");
    expect("image.user-nonroot", Scope::Image, imageId(appImage), "pass");
    expect("container.user-nonroot", Scope::Container, toor, "fail");
    expect("container.user-nonroot", Scope::Container, app, "pass");
    expect("image.committed", Scope::Image, imageId(committedImage), "fail");
    expect("image.committed", Scope::Image, imageId(builtImage), "pass");
    expect("container.sensitive-mounts", Scope::Container, etc, "fail");
    expect("container.sensitive-mounts", Scope::Container, plain, "pass");
}

QTEST_GUILESS_MAIN(TestImageOracle)
#include "test_images.moc"
