// SPDX-License-Identifier: GPL-3.0-or-later
// The privileged fix path under attack. Runs as root (CI does); the attacker is the user nobody, who owns the
// project directory an administrator fixes. Every case asserts a clear refusal (or a harmless result) and the victim
// file byte-identical, with its owner and mode.
#include "core/facts/HostProbe.h"
#include "core/privileged/DaemonPeer.h"
#include "core/privileged/Journal.h"
#include "core/privileged/PlanPolicy.h"
#include "core/privileged/SafeFs.h"
#include "core/remediation/Remediation.h"
#include "tests/common/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace escut;
using escut::test::runProcess;

namespace
{

constexpr uint kNobody = 65534;

struct FileSnapshot
{
    bool exists = false;
    QByteArray content;
    uint mode = 0;
    uint uid = 0;
    uint gid = 0;
    bool operator==(const FileSnapshot&) const = default;
};

FileSnapshot snap(const QString& path)
{
    FileSnapshot s;
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        return s;
    }
    s.exists = true;
    s.mode = st.st_mode;
    s.uid = st.st_uid;
    s.gid = st.st_gid;
    QFile f(path);
    if (S_ISREG(st.st_mode) && f.open(QIODevice::ReadOnly)) {
        s.content = f.readAll();
    }
    return s;
}

void writeAs(const QString& path, const QByteArray& content, uint uid, uint mode)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(content);
    f.close();
    QCOMPARE(::chown(QFile::encodeName(path).constData(), uid, uid), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

// A command run as the attacker.
QStringList asNobody(const QStringList& command)
{
    return QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")} +
           command;
}

const char* kCompose = "version: '3.8'\n"
                       "services:\n"
                       "  db:\n"
                       "    image: local/busybox:1\n"
                       "    environment:\n"
                       "      POSTGRES_PASSWORD: hunter2hunter2\n";

} // namespace

class TestFixAttacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void symlinkInSecretsDirIsRefused();
    void symlinkAtOutputIsRefused();
    void symlinkInParentDirectoryIsRefused();
    void deviceAndFifoTargetsAreRefused_data();
    void deviceAndFifoTargetsAreRefused();
    void rollbackSwapRaceNeverWritesTheVictim();
    void rollbackRefusesALinkEvenWithForce();
    void spoofedDockerdIsNotTheDaemon();
    void inputChangedAfterPreviewIsRefused();
    void tamperedPlanFileIsRefused();
    void forgedPlanOutsideItsFixIsRefused_data();
    void forgedPlanOutsideItsFixIsRefused();
    void concurrentAppliesOneWins();
    void rootEscapeIsRefused();
    void createdFilesBelongToTheDirectoryOwner();
    void polkitPolicyNamesOnlyTheHelper();
    void helperTakesNoOtherCommand();

private:
    struct HelperRun
    {
        int exitCode = -1;
        QJsonObject answer;
        QByteArray err;
    };
    HelperRun runHelper(const QStringList& args);
    HelperRun applyPlan(const Plan& plan, const QString& digestOverride = QString());
    Result<Plan> composePlan(bool moveSecrets);

    QTemporaryDir* m_dir = nullptr;
    QString m_base;    // 0755 root
    QString m_secret;  // 0700 root: the victim's directory
    QString m_victim;  // a root-only file
    QString m_project; // the attacker's project (nobody, 0755)
    QString m_helper;
    FileSnapshot m_victimBefore;
};

void TestFixAttacks::initTestCase()
{
    if (::geteuid() != 0) {
        QFAIL("the security tests run as root (CI runs them as root; run: sudo ctest -L security)");
    }
    m_helper = qEnvironmentVariable("ESCUT_HELPER");
    QVERIFY2(QFileInfo(m_helper).isExecutable(), "ESCUT_HELPER must name the built escut-fix-helper");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty(), "setpriv (util-linux) is needed");
}

void TestFixAttacks::init()
{
    m_dir = new QTemporaryDir(QStringLiteral("/tmp/escut-attack-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_base = m_dir->path();
    QCOMPARE(::chmod(QFile::encodeName(m_base).constData(), 0755), 0);
    m_secret = m_base + QStringLiteral("/root");
    QVERIFY(QDir().mkpath(m_secret));
    QCOMPARE(::chmod(QFile::encodeName(m_secret).constData(), 0700), 0);
    m_victim = m_secret + QStringLiteral("/victim");
    writeAs(m_victim, "root's secret\n", 0, 0600);
    m_victimBefore = snap(m_victim);
    m_project = m_base + QStringLiteral("/proj");
    QVERIFY(QDir().mkpath(m_project));
    QCOMPARE(::chown(QFile::encodeName(m_project).constData(), kNobody, kNobody), 0);
    writeAs(m_project + QStringLiteral("/compose.yml"), kCompose, kNobody, 0644);
    qputenv("ESCUT_STATE_DIR", QFile::encodeName(m_base + QStringLiteral("/state")));
}

void TestFixAttacks::cleanup()
{
    QCOMPARE(snap(m_victim), m_victimBefore);
    delete m_dir;
    m_dir = nullptr;
}

TestFixAttacks::HelperRun TestFixAttacks::runHelper(const QStringList& args)
{
    const escut::test::ProcessResult r = runProcess(m_helper, args, 60000);
    HelperRun run;
    run.exitCode = r.exitCode;
    run.err = r.err;
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    run.answer = QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
    return run;
}

TestFixAttacks::HelperRun TestFixAttacks::applyPlan(const Plan& plan, const QString& digestOverride)
{
    const QString file = m_base + QStringLiteral("/plan.json");
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    f.write(plan.toFile());
    f.close();
    return runHelper({QStringLiteral("apply"),
                      QStringLiteral("--digest"),
                      digestOverride.isEmpty() ? plan.digest() : digestOverride,
                      QStringLiteral("--format"),
                      QStringLiteral("json"),
                      file});
}

Result<Plan> TestFixAttacks::composePlan(bool moveSecrets)
{
    FixContext context;
    context.inputs.set(QStringLiteral("compose"), m_project + QStringLiteral("/compose.yml"));
    context.inputs.set(QStringLiteral("output"), m_project + QStringLiteral("/compose.hardened.yml"));
    context.inputs.set(QStringLiteral("move-secrets"), moveSecrets ? QStringLiteral("1") : QString());
    return Remediation::plan(QStringLiteral("fix.compose-harden"), context);
}

void TestFixAttacks::symlinkInSecretsDirIsRefused()
{
    // The attacker makes secrets/ a link to root's directory, before or after the preview.
    QVERIFY(QFile::link(m_secret, m_project + QStringLiteral("/secrets")));
    const Result<Plan> plan = composePlan(true);
    QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().fullText()));
    QVERIFY(std::any_of(plan.value().changes.cbegin(), plan.value().changes.cend(), [](const FileChange& c) {
        return c.path.contains(QLatin1String("/secrets/"));
    }));
    const HelperRun run = applyPlan(plan.value());
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.answer.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY2(run.answer.value(QStringLiteral("error")).toString().contains(QLatin1String("symbolic link")),
             qPrintable(run.answer.value(QStringLiteral("error")).toString()));
    QVERIFY(!QFileInfo::exists(m_secret + QStringLiteral("/db_POSTGRES_PASSWORD.txt")));
    QVERIFY(!QFileInfo::exists(m_project + QStringLiteral("/compose.hardened.yml")));
}

void TestFixAttacks::symlinkAtOutputIsRefused()
{
    const Result<Plan> plan = composePlan(false);
    QVERIFY(plan.ok());
    // Planted after the preview: the apply must not follow it.
    QVERIFY(QFile::link(m_victim, m_project + QStringLiteral("/compose.hardened.yml")));
    const HelperRun run = applyPlan(plan.value());
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.answer.value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(QFileInfo(m_project + QStringLiteral("/compose.hardened.yml")).isSymLink());
}

void TestFixAttacks::symlinkInParentDirectoryIsRefused()
{
    // The administrator fixes /base/link/compose.yml where link → the project; the link is swapped for root's
    // directory after the preview.
    const QString link = m_base + QStringLiteral("/link");
    QVERIFY(QFile::link(m_project, link));
    FixContext context;
    context.inputs.set(QStringLiteral("compose"), link + QStringLiteral("/compose.yml"));
    context.inputs.set(QStringLiteral("output"), link + QStringLiteral("/compose.hardened.yml"));
    const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.compose-harden"), context);
    QVERIFY(plan.ok());
    QVERIFY(QFile::remove(link));
    QVERIFY(QFile::link(m_secret, link));
    const HelperRun run = applyPlan(plan.value());
    QVERIFY(run.exitCode != 0);
    QVERIFY(!QFileInfo::exists(m_secret + QStringLiteral("/compose.hardened.yml")));
}

void TestFixAttacks::deviceAndFifoTargetsAreRefused_data()
{
    QTest::addColumn<bool>("device");
    QTest::newRow("block device") << true;
    QTest::newRow("fifo") << false;
}

void TestFixAttacks::deviceAndFifoTargetsAreRefused()
{
    QFETCH(bool, device);
    const QString out = m_project + QStringLiteral("/compose.hardened.yml");
    const Result<Plan> plan = composePlan(false);
    QVERIFY(plan.ok());
    const QByteArray path = QFile::encodeName(out);
    if (device) {
        QCOMPARE(::mknod(path.constData(), S_IFBLK | 0666, makedev(7, 200)), 0); // an unused loop device number
    } else {
        const auto r = runProcess(QStringLiteral("setpriv"), asNobody({QStringLiteral("mkfifo"), out}));
        QCOMPARE(r.exitCode, 0);
    }
    // The preview saw no file; planned again now it sees the device and refuses at once too.
    const HelperRun run = applyPlan(plan.value());
    QVERIFY(run.exitCode != 0);
    struct stat st = {};
    QCOMPARE(::lstat(path.constData(), &st), 0);
    QVERIFY(device ? S_ISBLK(st.st_mode) : S_ISFIFO(st.st_mode));
    const Result<Plan> again = composePlan(false);
    if (again) {
        QVERIFY(applyPlan(again.value()).exitCode != 0);
    }
    ::unlink(path.constData());
}

void TestFixAttacks::rollbackSwapRaceNeverWritesTheVictim()
{
    // The output exists before (nobody's), so rollback restores a backup into the attacker's directory while an
    // inotify-driven swapper turns the file into a link to root's file as soon as anything opens it.
    const QString out = m_project + QStringLiteral("/compose.hardened.yml");
    const QString script = m_base + QStringLiteral("/swapper.sh");
    QFile s(script);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write("#!/bin/sh\n"
            "while inotifywait -qq -e open,access,close_nowrite,attrib \"$1\" 2>/dev/null || sleep 0.001; do\n"
            "  ln -sfn \"$2\" \"$1.x\" && mv -fT \"$1.x\" \"$3\"\n"
            "done\n");
    s.close();
    QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                      QFileDevice::ExeOther);
    int attempts = 0;
    int refusals = 0;
    for (int i = 0; i < 50; ++i) {
        ::unlink(QFile::encodeName(out).constData());
        writeAs(out, "the user's own version\n", kNobody, 0644);
        const Result<Plan> plan = composePlan(false);
        QVERIFY(plan.ok());
        const HelperRun applied = applyPlan(plan.value());
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        const QString tx = applied.answer.value(QStringLiteral("transaction")).toString();
        QProcess swapper;
        swapper.start(QStringLiteral("setpriv"), asNobody({QStringLiteral("/bin/sh"), script, m_project, m_victim, out}));
        QVERIFY(swapper.waitForStarted());
        QTest::qWait(20);
        const HelperRun back = runHelper({QStringLiteral("rollback"), QStringLiteral("--force"),
                                          QStringLiteral("--format"), QStringLiteral("json"), tx});
        ++attempts;
        refusals += back.exitCode != 0;
        swapper.kill();
        swapper.waitForFinished();
        QCOMPARE(snap(m_victim), m_victimBefore);
        const FileSnapshot now = snap(out);
        // Whatever won the race: root never made the victim the attacker's, and the name is the restored file or the
        // attacker's own link.
        QVERIFY(!now.exists || now.uid == kNobody || S_ISLNK(now.mode) || now.uid == 0);
    }
    qInfo("rollback swap race: %d attempts, %d refused, victim untouched", attempts, refusals);
}

void TestFixAttacks::rollbackRefusesALinkEvenWithForce()
{
    const QString out = m_project + QStringLiteral("/compose.hardened.yml");
    writeAs(out, "before\n", kNobody, 0644);
    const Result<Plan> plan = composePlan(false);
    QVERIFY(plan.ok());
    const HelperRun applied = applyPlan(plan.value());
    QCOMPARE(applied.exitCode, 0);
    QVERIFY(QFile::remove(out));
    QVERIFY(QFile::link(m_victim, out));
    const QString tx = applied.answer.value(QStringLiteral("transaction")).toString();
    const HelperRun back = runHelper({QStringLiteral("rollback"), QStringLiteral("--force"), QStringLiteral("--format"),
                                      QStringLiteral("json"), tx});
    QVERIFY(back.exitCode != 0);
    QVERIFY2(back.answer.value(QStringLiteral("error")).toString().contains(QLatin1String("symbolic link")),
             qPrintable(back.answer.value(QStringLiteral("error")).toString()));
    QVERIFY(QFileInfo(out).isSymLink());
}

void TestFixAttacks::spoofedDockerdIsNotTheDaemon()
{
    // nobody runs a binary named dockerd that claims the system socket and a config file of its own.
    const QString fake = m_base + QStringLiteral("/dockerd");
    QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), fake));
    QFile::setPermissions(fake, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                    QFileDevice::ExeOther);
    const QString evilConfig = m_project + QStringLiteral("/daemon.json");
    writeAs(evilConfig, "{\"icc\": false, \"no-new-privileges\": true}\n", kNobody, 0644);
    QProcess spoof;
    spoof.start(QStringLiteral("setpriv"),
                asNobody({fake, QStringLiteral("300"), QStringLiteral("-H"), QStringLiteral("unix:///var/run/docker.sock"),
                          QStringLiteral("--config-file"), evilConfig}));
    QVERIFY(spoof.waitForStarted());
    QTest::qWait(100);
    const QString socket = QStringLiteral("/var/run/docker.sock");
    const QStringList argv = HostProbe().dockerdCommandLine(socket);
    QVERIFY(!argv.join(QLatin1Char(' ')).contains(evilConfig));
    if (QFileInfo::exists(socket)) {
        const Result<DaemonPeer> peer = DaemonPeer::identify(socket);
        QVERIFY2(peer.ok(), qPrintable(peer ? QString() : peer.error().fullText()));
        QCOMPARE(peer.value().uid, 0u);
        QVERIFY(peer.value().pid != spoof.processId());
        QVERIFY(peer.value().configFile != evilConfig);
    }
    // nobody listening on a socket of its own, owned by root's name: not taken as a daemon.
    const QString evilSocket = m_project + QStringLiteral("/docker.sock");
    QProcess listener;
    listener.start(QStringLiteral("setpriv"),
                   asNobody({QStringLiteral("python3"), QStringLiteral("-c"),
                             QStringLiteral("import socket,sys,time\ns=socket.socket(socket.AF_UNIX)\ns.bind(sys.argv[1])\n"
                                            "s.listen(5)\ntime.sleep(30)"),
                             evilSocket}));
    QVERIFY(listener.waitForStarted());
    for (int i = 0; i < 50 && !QFileInfo::exists(evilSocket); ++i) {
        QTest::qWait(50);
    }
    const Result<DaemonPeer> evil = DaemonPeer::identify(evilSocket);
    // The socket belongs to nobody and so does the peer: a rootless daemon of nobody's at most, never root's.
    QVERIFY(!evil.ok() || (evil.value().rootless && evil.value().uid == kNobody));
    FixContext context;
    context.socketPath = evilSocket;
    const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.daemon-json"), context);
    if (plan && !plan.value().changes.isEmpty()) {
        QVERIFY(plan.value().changes.first().path != evilConfig);
        const HelperRun run = applyPlan(plan.value());
        QVERIFY(run.exitCode != 0); // a rootless daemon's files are its user's to fix, never root's
    }
    spoof.kill();
    listener.kill();
    spoof.waitForFinished();
    listener.waitForFinished();
    QCOMPARE(snap(evilConfig).content, QByteArray("{\"icc\": false, \"no-new-privileges\": true}\n"));
}

void TestFixAttacks::inputChangedAfterPreviewIsRefused()
{
    const Result<Plan> plan = composePlan(false);
    QVERIFY(plan.ok());
    // The project's author edits the Compose file between the preview and the apply.
    writeAs(m_project + QStringLiteral("/compose.yml"),
            "services:\n  db:\n    image: evil\n    privileged: true\n    volumes: ['/:/host']\n", kNobody, 0644);
    const HelperRun run = applyPlan(plan.value());
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.answer.value(QStringLiteral("error")).toString().contains(QLatin1String("changed after the preview")),
             qPrintable(run.answer.value(QStringLiteral("error")).toString()));
    QVERIFY(!QFileInfo::exists(m_project + QStringLiteral("/compose.hardened.yml")));
}

void TestFixAttacks::tamperedPlanFileIsRefused()
{
    const Result<Plan> plan = composePlan(false);
    QVERIFY(plan.ok());
    Plan forged = plan.value();
    forged.changes[0].after = "services:\n  db:\n    image: evil\n    privileged: true\n";
    // The forged plan with the previewed digest on the command line: refused, nothing written.
    HelperRun run = applyPlan(forged, plan.value().digest());
    QVERIFY(run.exitCode != 0);
    QVERIFY(!QFileInfo::exists(m_project + QStringLiteral("/compose.hardened.yml")));
    // A plan file edited by hand (its recorded digest no longer matches).
    QByteArray text = plan.value().toFile();
    text.replace(plan.value().changes[0].after.toBase64(), forged.changes[0].after.toBase64());
    QFile f(m_base + QStringLiteral("/plan.json"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    run = runHelper({QStringLiteral("apply"), QStringLiteral("--digest"), plan.value().digest(), QStringLiteral("--format"),
                     QStringLiteral("json"), f.fileName()});
    QVERIFY(run.exitCode != 0);
    QVERIFY(!QFileInfo::exists(m_project + QStringLiteral("/compose.hardened.yml")));
    // A plan file that is a link to one the attacker cannot write is not read either.
    const QString link = m_base + QStringLiteral("/plan-link.json");
    QVERIFY(QFile::link(f.fileName(), link));
    run = runHelper({QStringLiteral("apply"), QStringLiteral("--digest"), plan.value().digest(), link});
    QVERIFY(run.exitCode != 0);
}

void TestFixAttacks::forgedPlanOutsideItsFixIsRefused_data()
{
    QTest::addColumn<QString>("fixId");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("target");
    QTest::newRow("daemon-json writes another file") << QStringLiteral("fix.daemon-json") << 0 << QStringLiteral("VICTIM");
    QTest::newRow("file-perms loosens a mode") << QStringLiteral("fix.file-perms") << 1 << QStringLiteral("VICTIM");
    QTest::newRow("compose writes outside its directory") << QStringLiteral("fix.compose-harden") << 0
                                                          << QStringLiteral("VICTIM");
    QTest::newRow("content-trust outside the home") << QStringLiteral("fix.content-trust-env") << 2
                                                    << QStringLiteral("VICTIM");
    QTest::newRow("run-command never as root") << QStringLiteral("fix.run-command") << 0 << QStringLiteral("VICTIM");
    QTest::newRow("unknown fix") << QStringLiteral("fix.anything") << 0 << QStringLiteral("VICTIM");
}

void TestFixAttacks::forgedPlanOutsideItsFixIsRefused()
{
    QFETCH(QString, fixId);
    QFETCH(int, kind);
    // A plan file written by something else than the fix it names (a compromised GUI): the digest matches, the
    // policy does not.
    Plan plan;
    plan.fixId = fixId;
    plan.socketPath = QStringLiteral("/var/run/docker.sock");
    plan.scopeDir = m_project;
    plan.addFileInput(m_project + QStringLiteral("/compose.yml"), m_project + QStringLiteral("/compose.yml"));
    FileChange c;
    c.kind = static_cast<FileChange::Kind>(kind);
    c.path = m_victim;
    const FileSnapshot v = snap(m_victim);
    c.beforeExists = true;
    c.before = v.content;
    c.beforeMode = v.mode & 07777;
    c.beforeUid = v.uid;
    c.beforeGid = v.gid;
    c.after = kind == 2 ? v.content + '\n' + PlanPolicy::contentTrustBlock() : QByteArray("{\"owned\": true}\n");
    c.blockBegin = PlanPolicy::contentTrustBegin();
    c.blockEnd = PlanPolicy::contentTrustEnd();
    if (kind == 1) {
        c.targetMode = 0666;
        c.targetUid = kNobody;
    }
    plan.changes.append(c);
    const HelperRun run = applyPlan(plan);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.answer.value(QStringLiteral("error")).toString().contains(QLatin1String("Refusing")),
             qPrintable(run.answer.value(QStringLiteral("error")).toString()));
}

void TestFixAttacks::concurrentAppliesOneWins()
{
    const Result<Plan> first = composePlan(false);
    QVERIFY(first.ok());
    const QString file = m_base + QStringLiteral("/plan.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(first.value().toFile());
    f.close();
    const QStringList args{QStringLiteral("apply"), QStringLiteral("--digest"), first.value().digest(),
                           QStringLiteral("--format"), QStringLiteral("json"), file};
    int wins = 0;
    for (int round = 0; round < 5; ++round) {
        ::unlink(QFile::encodeName(m_project + QStringLiteral("/compose.hardened.yml")).constData());
        QProcess a;
        QProcess b;
        a.start(m_helper, args);
        b.start(m_helper, args);
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        const int ok = int(a.exitCode() == 0) + int(b.exitCode() == 0);
        QCOMPARE(ok, 1); // never both: one applies, the other refuses (lock held, or the file is no longer absent)
        wins += ok;
    }
    QCOMPARE(wins, 5);
}

void TestFixAttacks::rootEscapeIsRefused()
{
    const QString root = m_base + QStringLiteral("/lab");
    QVERIFY(QDir().mkpath(root + QStringLiteral("/home/u")));
    writeAs(m_base + QStringLiteral("/outside.bashrc"), "echo outside\n", 0, 0644);
    const FileSnapshot before = snap(m_base + QStringLiteral("/outside.bashrc"));
    FixContext context;
    context.root = root;
    context.homeDir = QStringLiteral("/home/u");
    context.inputs.set(QStringLiteral("shell-file"), QStringLiteral("/../../outside.bashrc"));
    const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.content-trust-env"), context);
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().message.contains(QLatin1String("..")));
    // The CLI says the same.
    const auto cli = runProcess(escut::test::cliPath(),
                                {QStringLiteral("fix"), QStringLiteral("apply"), QStringLiteral("fix.content-trust-env"),
                                 QStringLiteral("--root"), root, QStringLiteral("--shell-file"),
                                 QStringLiteral("/../../outside.bashrc"), QStringLiteral("--yes")});
    QVERIFY(cli.exitCode != 0);
    QCOMPARE(snap(m_base + QStringLiteral("/outside.bashrc")), before);
}

void TestFixAttacks::createdFilesBelongToTheDirectoryOwner()
{
    // Root applies in nobody's project: the new files are nobody's, and the moved secret is 0600 from the start.
    const Result<Plan> plan = composePlan(true);
    QVERIFY(plan.ok());
    const HelperRun run = applyPlan(plan.value());
    QVERIFY2(run.exitCode == 0, qPrintable(run.answer.value(QStringLiteral("error")).toString() + QString::fromUtf8(run.err)));
    const FileSnapshot out = snap(m_project + QStringLiteral("/compose.hardened.yml"));
    QVERIFY(out.exists);
    QCOMPARE(out.uid, kNobody);
    QCOMPARE(out.mode & 07777, 0644u);
    const QStringList secrets = QDir(m_project + QStringLiteral("/secrets")).entryList(QDir::Files);
    QVERIFY(!secrets.isEmpty());
    const FileSnapshot secret = snap(m_project + QStringLiteral("/secrets/") + secrets.first());
    QCOMPARE(secret.uid, kNobody);
    QCOMPARE(secret.mode & 07777, 0600u);
    QCOMPARE(snap(m_project + QStringLiteral("/secrets")).uid, kNobody);
    // Rolled back by the same helper: the project is as it was.
    const HelperRun back = runHelper({QStringLiteral("rollback"), QStringLiteral("--format"), QStringLiteral("json"),
                                      run.answer.value(QStringLiteral("transaction")).toString()});
    QCOMPARE(back.exitCode, 0);
    QVERIFY(!QFileInfo::exists(m_project + QStringLiteral("/compose.hardened.yml")));
}

void TestFixAttacks::polkitPolicyNamesOnlyTheHelper()
{
    QFile policy(escut::test::sourceDir() + QStringLiteral("/resources/polkit/org.escut.fix.policy.in"));
    QVERIFY(policy.open(QIODevice::ReadOnly));
    const QByteArray text = policy.readAll();
    QVERIFY(text.contains("<annotate key=\"org.freedesktop.policykit.exec.path\">@ESCUT_HELPER_PATH@</annotate>"));
    QVERIFY(!text.contains("escut-cli"));
    QVERIFY(!text.contains("auth_admin_keep"));
    QCOMPARE(text.count("<allow_any>auth_admin</allow_any>"), 1);
    QCOMPARE(text.count("<allow_active>auth_admin</allow_active>"), 1);
    QVERIFY(text.contains("$(command_line)")); // the prompt shows the command line, and with it the digest
}

void TestFixAttacks::helperTakesNoOtherCommand()
{
    for (const QStringList& args : QList<QStringList>{{QStringLiteral("audit")},
                                                     {QStringLiteral("apply"), m_base + QStringLiteral("/plan.json")},
                                                     {QStringLiteral("fix"), QStringLiteral("apply"), QStringLiteral("fix.daemon-json")},
                                                     {QStringLiteral("apply"), QStringLiteral("--digest"), QStringLiteral("zz"),
                                                      m_base + QStringLiteral("/plan.json")},
                                                     {QStringLiteral("rollback"), QStringLiteral("../../etc")},
                                                     {}}) {
        const HelperRun run = runHelper(args);
        QVERIFY2(run.exitCode != 0, qPrintable(args.join(QLatin1Char(' '))));
    }
}

QTEST_GUILESS_MAIN(TestFixAttacks)
#include "test_fixattacks.moc"
