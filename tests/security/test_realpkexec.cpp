// SPDX-License-Identifier: GPL-3.0-or-later
// The real pkexec runs escut-fix-helper end to end, as the GUI's root applies do: the installed polkit policy
// org.escut.fix.apply names the helper, polkitd reads it, pkexec scrubs the caller's environment and sets
// PKEXEC_UID, and the helper applies a previewed plan and rolls it back. As root pkexec needs no authentication
// agent. polkitd and the system bus run in a mount namespace of the test's own (unshare --mount): a private
// /run/dbus, the policy bind-mounted where polkitd reads actions (/usr/share/polkit-1/actions) and a private /root
// (root's home, where the scrubbed helper keeps its journal), so nothing on the machine changes.
#include "tests/common/TestUtil.h"

#include "core/remediation/Remediation.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace escut;

namespace
{

// Runs inside the private mount namespace: $1 the actions folder, $2 root's home, $3 an output folder, then the
// command. Exits with the command's code, or 90-92 when polkit could not be set up.
const char* const s_namespaceScript = R"SH(set -u
actions=$1 home=$2 out=$3
shift 3
mount -t tmpfs -o mode=0755 tmpfs /run/dbus || exit 90
mount --bind "$actions" /usr/share/polkit-1/actions || exit 90
mount --bind "$home" /root || exit 90
dbus-daemon --system --fork --print-pid >"$out/dbus.pid" || exit 91
/usr/lib/polkit-1/polkitd --no-debug >"$out/polkitd.log" 2>&1 &
polkitd=$!
i=0
until pkaction --action-id org.escut.fix.apply >/dev/null 2>&1; do
    i=$((i + 1))
    if [ $i -gt 300 ]; then kill $polkitd "$(cat "$out/dbus.pid")"; exit 92; fi
    sleep 0.1
done
pkaction --action-id org.escut.fix.apply --verbose >"$out/pkaction.txt" 2>&1
rc=0
"$@" >"$out/stdout" 2>"$out/stderr" || rc=$?
kill $polkitd "$(cat "$out/dbus.pid")" 2>/dev/null
exit $rc
)SH";

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRealPkexec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void appliesAndRollsBackWithAScrubbedEnvironment();

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject answer;
        QByteArray err;
        QByteArray pkaction;
    };
    // pkexec HELPER ARGS in the private polkit namespace, with a caller environment that pkexec must not pass on.
    Run pkexecHelper(const QStringList& args);

    QTemporaryDir m_dir{QStringLiteral("/tmp/escut-pkexec-XXXXXX")};
    QString m_helper;
    QString m_pkexec;
    QString m_actions;
    QString m_home;
    QString m_callerState;
    int m_runs = 0;
};

void TestRealPkexec::initTestCase()
{
    if (::geteuid() != 0) {
        QFAIL("the real pkexec test runs as root (scripts/escut test runs it as root; as root pkexec needs no agent)");
    }
    QVERIFY(m_dir.isValid());
    m_helper = QFileInfo(qEnvironmentVariable("ESCUT_HELPER")).canonicalFilePath();
    QVERIFY2(QFileInfo(m_helper).isExecutable(), "ESCUT_HELPER must name the built escut-fix-helper");
    // The real one: setuid root, from the pkexec package (scripts/escut test installs pkexec, polkitd, dbus-daemon).
    m_pkexec = QStandardPaths::findExecutable(QStringLiteral("pkexec"));
    QVERIFY2(!m_pkexec.isEmpty(), "pkexec is not installed: scripts/escut test installs it");
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(m_pkexec).constData(), &st), 0);
    QVERIFY2(st.st_uid == 0 && (st.st_mode & S_ISUID), "pkexec is not setuid root: not the real one");
    for (const char* tool : {"/usr/lib/polkit-1/polkitd", "/usr/bin/dbus-daemon", "/usr/bin/pkaction"}) {
        QVERIFY2(QFileInfo(QString::fromLatin1(tool)).isExecutable(), tool);
    }
    QVERIFY(QFileInfo(QStringLiteral("/usr/share/polkit-1/actions")).isDir());

    // The policy as cmake --install writes it (Install.cmake's configure_file), naming this build's helper.
    m_actions = m_dir.filePath(QStringLiteral("actions"));
    QVERIFY(QDir().mkpath(m_actions));
    QFile::setPermissions(m_actions,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                              QFile::ReadOther | QFile::ExeOther);
    QByteArray policy = readAll(escut::test::sourceDir() + QStringLiteral("/resources/polkit/org.escut.fix.policy.in"));
    QVERIFY(policy.contains("@ESCUT_HELPER_PATH@"));
    policy.replace("@ESCUT_HELPER_PATH@", QFile::encodeName(m_helper));
    QFile installed(m_actions + QStringLiteral("/org.escut.fix.policy"));
    QVERIFY(installed.open(QIODevice::WriteOnly));
    installed.write(policy);
    installed.close();
    installed.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    m_home = m_dir.filePath(QStringLiteral("root-home"));
    QVERIFY(QDir().mkpath(m_home));
    m_callerState = m_dir.filePath(QStringLiteral("caller-state"));
}

TestRealPkexec::Run TestRealPkexec::pkexecHelper(const QStringList& args)
{
    const QString out = m_dir.filePath(QStringLiteral("run%1").arg(++m_runs));
    QDir().mkpath(out);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // What a caller could try to pass to the root helper: its own journal folder and another invoker. pkexec drops
    // the first and overwrites the second.
    env.insert(QStringLiteral("ESCUT_STATE_DIR"), m_callerState);
    env.insert(QStringLiteral("PKEXEC_UID"), QStringLiteral("65534"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("unshare"),
            QStringList{QStringLiteral("--mount"),
                        QStringLiteral("--propagation"),
                        QStringLiteral("private"),
                        QStringLiteral("sh"),
                        QStringLiteral("-c"),
                        QString::fromUtf8(s_namespaceScript),
                        QStringLiteral("sh"),
                        m_actions,
                        m_home,
                        out,
                        m_pkexec,
                        m_helper} +
                args);
    Run run;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        run.err = "unshare did not start or did not finish";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QList<QByteArray> lines = readAll(out + QStringLiteral("/stdout")).trimmed().split('\n');
    run.answer = QJsonDocument::fromJson(lines.constLast()).object();
    run.err = p.readAllStandardError() + readAll(out + QStringLiteral("/stderr")) +
              readAll(out + QStringLiteral("/polkitd.log"));
    run.pkaction = readAll(out + QStringLiteral("/pkaction.txt"));
    return run;
}

void TestRealPkexec::appliesAndRollsBackWithAScrubbedEnvironment()
{
    // A plan previewed in a project of root's.
    const QString project = m_dir.filePath(QStringLiteral("proj"));
    QVERIFY(QDir().mkpath(project));
    QFile compose(project + QStringLiteral("/compose.yml"));
    QVERIFY(compose.open(QIODevice::WriteOnly));
    compose.write("services:\n  web:\n    image: local/busybox:1\n");
    compose.close();
    const QString output = project + QStringLiteral("/compose.hardened.yml");
    FixContext context;
    context.inputs.set(QStringLiteral("compose"), compose.fileName());
    context.inputs.set(QStringLiteral("output"), output);
    const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.compose-harden"), context);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().fullText()));
    const QString planFile = m_dir.filePath(QStringLiteral("plan.json"));
    QFile f(planFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(plan.value().toFile());
    f.close();

    const Run applied = pkexecHelper({QStringLiteral("apply"),
                                      QStringLiteral("--digest"),
                                      plan.value().digest(),
                                      QStringLiteral("--format"),
                                      QStringLiteral("json"),
                                      planFile});
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    // polkitd read the installed policy: the action, its password rule and the helper it allows.
    QVERIFY2(applied.pkaction.contains("org.escut.fix.apply:"), applied.pkaction.constData());
    QVERIFY(applied.pkaction.contains("implicit active:   auth_admin"));
    QVERIFY(applied.pkaction.contains("org.freedesktop.policykit.exec.path -> " + QFile::encodeName(m_helper)));
    // The plan was applied.
    QCOMPARE(applied.answer.value(QStringLiteral("ok")).toBool(), true);
    const QString tx = applied.answer.value(QStringLiteral("transaction")).toString();
    QVERIFY(!tx.isEmpty());
    QCOMPARE(applied.answer.value(QStringLiteral("digest")).toString(), plan.value().digest());
    QVERIFY(QFileInfo::exists(output));
    QVERIFY(readAll(output).contains("no-new-privileges"));

    // The environment was scrubbed: ESCUT_STATE_DIR did not reach the helper, so its journal is in root's own data
    // folder (the private /root), not in the caller's; and the invoker is pkexec's PKEXEC_UID (0), not the caller's.
    QVERIFY2(!QFileInfo::exists(m_callerState), "the helper used the caller's ESCUT_STATE_DIR: pkexec passed it on");
    QString manifest;
    for (QDirIterator it(m_home,
                         {QStringLiteral("manifest.json")},
                         QDir::Files | QDir::Hidden,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        if (QFileInfo(path).dir().dirName() == tx) {
            manifest = path;
        }
    }
    QVERIFY2(!manifest.isEmpty(), "no journal entry for the transaction in root's data folder");
    QVERIFY2(manifest.startsWith(m_home + QStringLiteral("/.local/share/")), qPrintable(manifest));
    const QJsonObject journal = QJsonDocument::fromJson(readAll(manifest)).object();
    QCOMPARE(journal.value(QStringLiteral("invokerUid")).toInteger(-1), 0);

    // Rolled back through the real pkexec too: the helper finds its journal again, and the project is as it was.
    const Run back = pkexecHelper({QStringLiteral("rollback"), QStringLiteral("--format"), QStringLiteral("json"), tx});
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QCOMPARE(back.answer.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(back.answer.value(QStringLiteral("transaction")).toString(), tx);
    QVERIFY(!QFileInfo::exists(output));
    QVERIFY(!QFileInfo::exists(m_callerState));
}

QTEST_GUILESS_MAIN(TestRealPkexec)
#include "test_realpkexec.moc"
