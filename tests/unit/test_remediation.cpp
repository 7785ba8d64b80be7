// SPDX-License-Identifier: GPL-3.0-or-later
// Every fix: preview → apply → verify → rollback gives back the original bytes, mode and owner; on temp roots.
#include "core/checks/Catalogue.h"
#include "core/facts/ComposeFile.h"
#include "core/privileged/TextDiff.h"
#include "core/remediation/Remediation.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/xattr.h>

using namespace escut;

class TestRemediation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void daemonJsonRoundTrip_data();
    void daemonJsonRoundTrip();
    void daemonJsonKeepsUnknownKeysOrderAndIndent();
    void daemonJsonRefusesInvalid_data();
    void daemonJsonRefusesInvalid();
    void alreadyHardenedIsEmpty();
    void usernsRemapOnlyWhenAsked();
    void iccNeedsIptables();
    void stalePreviewIsRefused();
    void injectedFailureRestoresEverything();
    void rollbackRefusesChangedFiles();
    void filePermsOnlyTightens();
    void contentTrustBlockRollbackKeepsUserEdits();
    void contentTrustAlreadyExported();
    void journalListsTransactions();
    void unifiedDiff();
    void dockerfile();
    void dockerfileKeepsBytesAndRefusesNonText();
    void extendedAttributesAreKept();
    void fixLinksGoBothWays();
    void hostileComposeIsRefused_data();
    void hostileComposeIsRefused();
    void fixInputsAreDeclaredOnce();
    void fixInputsAreValidated();
    void planFileRoundTrip();
    void planFileRejectsWrongTypes_data();
    void planFileRejectsWrongTypes();
    void stateDigestFollowsTheFiles();

private:
    void write(const QString& path, const QByteArray& data, uint mode = 0644);
    QByteArray read(const QString& path) const;
    uint mode(const QString& path) const;
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<QTemporaryDir> m_state;
    FixContext m_context;
};

void TestRemediation::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    qputenv("ESCUT_STATE_DIR", m_state->path().toUtf8());
    m_context = FixContext();
    m_context.root = m_root->path();
    m_context.homeDir = QStringLiteral("/home/student");
    QDir(m_root->path()).mkpath(QStringLiteral("etc/docker"));
    QDir(m_root->path()).mkpath(QStringLiteral("home/student"));
}

void TestRemediation::write(const QString& path, const QByteArray& data, uint fileMode)
{
    const QString full = m_root->path() + path;
    QFile f(full);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(full).constData(), fileMode), 0);
}

QByteArray TestRemediation::read(const QString& path) const
{
    QFile f(m_root->path() + path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}

uint TestRemediation::mode(const QString& path) const
{
    struct stat st
    {
    };
    ::stat(QFile::encodeName(m_root->path() + path).constData(), &st);
    return st.st_mode & 07777;
}

void TestRemediation::daemonJsonRoundTrip_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("missing") << false << QByteArray();
    QTest::newRow("empty") << true << QByteArray();
    QTest::newRow("seed 002 example") << true << QByteArray("{  \n  \"debug\": true  \n}\n");
    QTest::newRow("nested") << true
                            << QByteArray(
                                   R"({"runtimes": {"runsc": {"path": "/usr/bin/runsc", "runtimeArgs": ["--debug"]}},
"log-opts": {"max-size": "10m"}, "icc": true})");
    QTest::newRow("no final newline") << true << QByteArray("{\"debug\": true}");
}

void TestRemediation::daemonJsonRoundTrip()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, content);
    const QString path = QStringLiteral("/etc/docker/daemon.json");
    if (exists) {
        write(path, content, 0640);
    }
    const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.daemon-json"), m_context);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().fullText()));
    QCOMPARE(plan.value().changes.size(), 1);
    QVERIFY(plan.value().preview().contains(QLatin1String("+    \"icc\": false")) ||
            plan.value().preview().contains(QLatin1String("+  \"icc\": false")));
    QVERIFY(plan.value().restartKeys.contains(QStringLiteral("icc")));
    QVERIFY(plan.value().reloadKeys.contains(QStringLiteral("live-restore")));

    const Result<Transaction> tx = Remediation::apply(plan.value(), m_context);
    QVERIFY2(tx.ok(), tx.ok() ? "" : qPrintable(tx.error().fullText()));
    const QJsonObject after = QJsonDocument::fromJson(read(path)).object();
    QCOMPARE(after.value(QStringLiteral("icc")).toBool(true), false);
    QCOMPARE(after.value(QStringLiteral("debug")).toBool(true), false);
    QCOMPARE(after.value(QStringLiteral("log-level")).toString(), QStringLiteral("info"));
    QVERIFY(after.value(QStringLiteral("default-ulimits")).toObject().contains(QStringLiteral("nofile")));
    QCOMPARE(mode(path), exists ? 0640u : 0644u);
    // Verify: planning again finds nothing to do.
    QVERIFY(Remediation::plan(QStringLiteral("fix.daemon-json"), m_context).value().isEmpty());

    const Result<Transaction> back = Remediation::rollback(tx.value().id);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().fullText()));
    QCOMPARE(read(path), exists ? content : QByteArray("<absent>"));
    if (exists) {
        QCOMPARE(mode(path), 0640u);
    }
    QVERIFY(!Remediation::rollback(tx.value().id).ok()); // not twice
}

void TestRemediation::daemonJsonKeepsUnknownKeysOrderAndIndent()
{
    write(
        QStringLiteral("/etc/docker/daemon.json"),
        "{\n    \"zz-first\": 1,\n    \"data-root\": \"/srv/docker\",\n    \"icc\": true,\n    \"bogus\": [1, 2]\n}\n");
    const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.daemon-json"), m_context);
    QVERIFY(plan.ok());
    const QByteArray after = plan.value().changes.first().after;
    QVERIFY(after.startsWith("{\n    \"zz-first\": 1,\n    \"data-root\": \"/srv/docker\",\n    \"icc\": false,"));
    QVERIFY(after.contains("\"bogus\""));
    QVERIFY2(plan.value().warnings.join(QLatin1Char(' ')).contains(QLatin1String("bogus")),
             qPrintable(plan.value().warnings.join(QLatin1Char(' '))));
}

void TestRemediation::daemonJsonRefusesInvalid_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("trailing comma") << QByteArray("{\"debug\": true,}\n");
    QTest::newRow("comment") << QByteArray("{\n  // quiet\n  \"debug\": false\n}\n");
    QTest::newRow("array") << QByteArray("[1]\n");
    // Hostile files: a number out of range (nlohmann's out_of_range), nesting that would exhaust the stack, a NUL.
    QTest::newRow("1e400") << QByteArray("{\"x\": 1e400}\n");
    QTest::newRow("100000 nested arrays")
        << QByteArray("{\"x\": ") + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    QTest::newRow("NUL then garbage") << QByteArray("{\"debug\": true}\0\x01\xff garbage", 27);
}

void TestRemediation::daemonJsonRefusesInvalid()
{
    QFETCH(QByteArray, content);
    write(QStringLiteral("/etc/docker/daemon.json"), content);
    const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.daemon-json"), m_context);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, Error::Code::ParseError);
    QVERIFY(plan.error().message.contains(QLatin1String("untouched")));
    QCOMPARE(read(QStringLiteral("/etc/docker/daemon.json")), content);
}

void TestRemediation::alreadyHardenedIsEmpty()
{
    write(QStringLiteral("/etc/docker/daemon.json"),
          R"({"icc": false, "debug": false, "live-restore": true, "userland-proxy": false, "no-new-privileges": true,
"log-level": "info", "default-ulimits": {"nofile": {"Name": "nofile", "Soft": 64, "Hard": 64}}})");
    const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.daemon-json"), m_context);
    QVERIFY(plan.ok());
    QVERIFY(plan.value().isEmpty());
    QVERIFY(!Remediation::apply(plan.value(), m_context).ok());
}

void TestRemediation::usernsRemapOnlyWhenAsked()
{
    write(QStringLiteral("/etc/docker/daemon.json"), "{}");
    QVERIFY(!Remediation::plan(QStringLiteral("fix.daemon-json"), m_context)
                 .value()
                 .changes.first()
                 .after.contains("userns-remap"));
    m_context.inputs.set(QStringLiteral("with-userns-remap"), QStringLiteral("1"));
    const Plan plan = Remediation::plan(QStringLiteral("fix.daemon-json"), m_context).value();
    QVERIFY(plan.changes.first().after.contains("\"userns-remap\": \"default\""));
    QVERIFY(!plan.warnings.isEmpty());
}

void TestRemediation::iccNeedsIptables()
{
    // dockerd refuses to start with icc=false when iptables is off: the fix must not break the daemon.
    write(QStringLiteral("/etc/docker/daemon.json"), "{\"iptables\": false}");
    const Plan plan = Remediation::plan(QStringLiteral("fix.daemon-json"), m_context).value();
    QVERIFY(!plan.changes.first().after.contains("\"icc\""));
    QVERIFY(plan.notes.join(QLatin1Char(' ')).contains(QLatin1String("iptables")));
}

void TestRemediation::stalePreviewIsRefused()
{
    write(QStringLiteral("/etc/docker/daemon.json"), "{\"debug\": true}");
    const Plan plan = Remediation::plan(QStringLiteral("fix.daemon-json"), m_context).value();
    write(QStringLiteral("/etc/docker/daemon.json"), "{\"debug\": true, \"icc\": true}");
    const Result<Transaction> tx = Remediation::apply(plan, m_context);
    QVERIFY(!tx.ok());
    QVERIFY(tx.error().message.contains(QLatin1String("changed after the preview")));
    QCOMPARE(read(QStringLiteral("/etc/docker/daemon.json")), QByteArray("{\"debug\": true, \"icc\": true}"));
}

void TestRemediation::injectedFailureRestoresEverything()
{
    write(QStringLiteral("/etc/docker/daemon.json"), "{}", 0666);
    write(QStringLiteral("/etc/docker/key.json"), "{\"kty\":\"EC\"}", 0644);
    const Plan plan = Remediation::plan(QStringLiteral("fix.file-perms"), m_context).value();
    QCOMPARE(plan.changes.size(), 2);
    ApplyOptions options;
    options.failAtStep = 1;
    const Result<Transaction> tx = Remediation::apply(plan, m_context, options);
    QVERIFY(!tx.ok());
    QVERIFY(tx.error().message.contains(QLatin1String("put back")));
    QCOMPARE(mode(QStringLiteral("/etc/docker/daemon.json")), 0666u);
    QCOMPARE(mode(QStringLiteral("/etc/docker/key.json")), 0644u);
    const QList<Transaction> journal = Remediation::journal().value();
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal.first().state, QStringLiteral("failed"));
}

void TestRemediation::rollbackRefusesChangedFiles()
{
    write(QStringLiteral("/etc/docker/daemon.json"), "{\"debug\": true}");
    const Transaction tx =
        Remediation::apply(Remediation::plan(QStringLiteral("fix.daemon-json"), m_context).value(), m_context).value();
    write(QStringLiteral("/etc/docker/daemon.json"), "{\"edited\": \"by hand\"}");
    const Result<Transaction> refused = Remediation::rollback(tx.id);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("--force")));
    QCOMPARE(read(QStringLiteral("/etc/docker/daemon.json")), QByteArray("{\"edited\": \"by hand\"}"));
    QVERIFY(Remediation::rollback(tx.id, true).ok());
    QCOMPARE(read(QStringLiteral("/etc/docker/daemon.json")), QByteArray("{\"debug\": true}"));
}

void TestRemediation::filePermsOnlyTightens()
{
    write(QStringLiteral("/etc/docker/daemon.json"), "{\"tlskey\": \"/etc/docker/tls/key.pem\"}", 0600);
    QDir(m_root->path()).mkpath(QStringLiteral("etc/docker/tls"));
    write(QStringLiteral("/etc/docker/tls/key.pem"), "KEY", 0644);
    const uint rootMode = QFileInfo(m_root->path()).permissions();
    const Plan plan = Remediation::plan(QStringLiteral("fix.file-perms"), m_context).value();
    // daemon.json at 0600 is already stricter than 0644: left alone. The TLS key is tightened to 0400 (CIS 3.14).
    QCOMPARE(plan.changes.size(), 1);
    QCOMPARE(plan.changes.first().path, QStringLiteral("/etc/docker/tls/key.pem"));
    QCOMPARE(*plan.changes.first().targetMode, 0400u);
    const Transaction tx = Remediation::apply(plan, m_context).value();
    QCOMPARE(mode(QStringLiteral("/etc/docker/tls/key.pem")), 0400u);
    QCOMPARE(mode(QStringLiteral("/etc/docker/daemon.json")), 0600u);
    QCOMPARE(uint(QFileInfo(m_root->path()).permissions()), rootMode);
    QVERIFY(Remediation::rollback(tx.id).ok());
    QCOMPARE(mode(QStringLiteral("/etc/docker/tls/key.pem")), 0644u);
    QCOMPARE(read(QStringLiteral("/etc/docker/tls/key.pem")), QByteArray("KEY"));
}

void TestRemediation::contentTrustBlockRollbackKeepsUserEdits()
{
    const QByteArray original = "alias ll='ls -l'\n";
    write(QStringLiteral("/home/student/.bashrc"), original);
    const Plan plan = Remediation::plan(QStringLiteral("fix.content-trust-env"), m_context).value();
    QVERIFY(plan.preview().contains(QLatin1String("+export DOCKER_CONTENT_TRUST=1")));
    const Transaction tx = Remediation::apply(plan, m_context).value();
    QVERIFY(read(QStringLiteral("/home/student/.bashrc")).contains("export DOCKER_CONTENT_TRUST=1\n"));
    QVERIFY(Remediation::plan(QStringLiteral("fix.content-trust-env"), m_context).value().isEmpty());
    // The user edits the file afterwards: rollback takes out exactly our block.
    QFile f(m_root->path() + QStringLiteral("/home/student/.bashrc"));
    QVERIFY(f.open(QIODevice::Append));
    f.write("export EDITOR=vim\n");
    f.close();
    QVERIFY(Remediation::rollback(tx.id).ok());
    QCOMPARE(read(QStringLiteral("/home/student/.bashrc")), original + "export EDITOR=vim\n");

    // Unedited: byte-identical, and a file that did not exist is removed again.
    QFile::remove(m_root->path() + QStringLiteral("/home/student/.bashrc"));
    const Transaction created =
        Remediation::apply(Remediation::plan(QStringLiteral("fix.content-trust-env"), m_context).value(), m_context)
            .value();
    QVERIFY(Remediation::rollback(created.id).ok());
    QVERIFY(!QFile::exists(m_root->path() + QStringLiteral("/home/student/.bashrc")));
}

void TestRemediation::contentTrustAlreadyExported()
{
    write(QStringLiteral("/home/student/.bashrc"), "export DOCKER_CONTENT_TRUST=1\n");
    QVERIFY(Remediation::plan(QStringLiteral("fix.content-trust-env"), m_context).value().isEmpty());
}

void TestRemediation::journalListsTransactions()
{
    write(QStringLiteral("/etc/docker/daemon.json"), "{}");
    const Transaction a =
        Remediation::apply(Remediation::plan(QStringLiteral("fix.daemon-json"), m_context).value(), m_context).value();
    write(QStringLiteral("/home/student/.bashrc"), "");
    const Transaction b =
        Remediation::apply(Remediation::plan(QStringLiteral("fix.content-trust-env"), m_context).value(), m_context)
            .value();
    const QList<Transaction> journal = Remediation::journal().value();
    QCOMPARE(journal.size(), 2);
    QCOMPARE(journal.at(0).id, a.id);
    QCOMPARE(journal.at(1).id, b.id);
    QCOMPARE(journal.at(1).fixIds, QStringList{QStringLiteral("fix.content-trust-env")});
    QCOMPARE(journal.at(0).files.first().path, QStringLiteral("/etc/docker/daemon.json"));
    QCOMPARE(journal.at(0).root, m_root->path());
}

void TestRemediation::unifiedDiff()
{
    QCOMPARE(escut::unifiedDiff(QStringLiteral("/f"), "a\n", true, "a\n"), QString());
    const QString d = escut::unifiedDiff(QStringLiteral("/f"), "a\nb\nc\n", true, "a\nB\nc\n");
    QVERIFY(d.startsWith(QLatin1String("--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n")));
    QVERIFY(d.contains(QLatin1String("-b\n+B\n")));
    QVERIFY(escut::unifiedDiff(QStringLiteral("/f"), {}, false, "x\n").startsWith(QLatin1String("--- /dev/null")));
}

void TestRemediation::dockerfile()
{
    const QByteArray original = "FROM golang:1.22 AS build\nADD . /src\nRUN go build -o /app \\\n    ./cmd\n"
                                "FROM alpine:3.19\nADD https://example.com/x.tgz /opt/\nADD v.tar.gz /v/\n"
                                "COPY --from=build /app /app\nCMD [\"/app\"]\n";
    QDir(m_root->path()).mkpath(QStringLiteral("srv"));
    write(QStringLiteral("/srv/Dockerfile"), original);
    m_context.inputs.set(QStringLiteral("dockerfile"), QStringLiteral("/srv/Dockerfile"));
    m_context.imageDigests.insert(QStringLiteral("alpine:3.19"),
                                  QStringLiteral("sha256:%1").arg(QString(64, QLatin1Char('a'))));
    const Plan plan = Remediation::plan(QStringLiteral("fix.dockerfile"), m_context).value();
    QCOMPARE(plan.changes.size(), 1);
    const QByteArray after = plan.changes.first().after;
    QVERIFY(after.contains("COPY . /src\n"));
    QVERIFY(after.contains("ADD https://example.com/x.tgz /opt/")); // a URL: kept, with a warning
    QVERIFY(after.contains("ADD v.tar.gz /v/"));                    // an archive: COPY would not unpack it
    QVERIFY(after.contains("FROM alpine@sha256:aaaa"));
    QVERIFY(after.contains("FROM golang:1.22 AS build")); // digest unknown: warned, not guessed
    QVERIFY(after.contains("USER 65534:65534\nCMD [\"/app\"]"));
    QVERIFY(after.contains("go build -o /app \\\n    ./cmd")); // continuations untouched
    QVERIFY(plan.warnings.join(QLatin1Char(' ')).contains(QLatin1String("golang:1.22")));
    const Transaction tx = Remediation::apply(plan, m_context).value();
    QVERIFY(Remediation::plan(QStringLiteral("fix.dockerfile"), m_context).value().isEmpty());
    QVERIFY(Remediation::rollback(tx.id).ok());
    QCOMPARE(read(QStringLiteral("/srv/Dockerfile")), original);
}

void TestRemediation::dockerfileKeepsBytesAndRefusesNonText()
{
    QDir(m_root->path()).mkpath(QStringLiteral("srv"));
    m_context.inputs.set(QStringLiteral("dockerfile"), QStringLiteral("/srv/Dockerfile"));
    // Known digests (none for alpine:3.19, so its FROM line stays): the daemon is not asked.
    m_context.imageDigests.insert(QStringLiteral("busybox:1"),
                                  QStringLiteral("sha256:%1").arg(QString(64, QLatin1Char('b'))));
    // A Latin-1 comment and a CRLF line: every byte the fix does not edit comes back as it was.
    const QByteArray latin1 = "# Caf\xe9 \xff\xfe\r\nFROM alpine:3.19\nADD app.py /app/ # d\xe9j\xe0\nCMD [\"/app\"]\n";
    write(QStringLiteral("/srv/Dockerfile"), latin1);
    const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.dockerfile"), m_context);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().fullText()));
    QCOMPARE(plan.value().changes.size(), 1);
    QCOMPARE(plan.value().changes.first().after,
             QByteArray("# Caf\xe9 \xff\xfe\r\nFROM alpine:3.19\nCOPY app.py /app/ # d\xe9j\xe0\nUSER 65534:65534\n"
                        "CMD [\"/app\"]\n"));

    // A binary file at the path (a NUL byte), or text without FROM: refused, nothing planned.
    write(QStringLiteral("/srv/Dockerfile"),
          QByteArray("FROM alpine\nADD a /b\n\0\x01\x02"
                     "ELF",
                     27));
    const Result<Plan> binary = Remediation::plan(QStringLiteral("fix.dockerfile"), m_context);
    QVERIFY(!binary.ok());
    QVERIFY2(binary.error().message.contains(QLatin1String("NUL")), qPrintable(binary.error().message));
    write(QStringLiteral("/srv/Dockerfile"), "ADD a /b\nRUN true\n");
    const Result<Plan> noFrom = Remediation::plan(QStringLiteral("fix.dockerfile"), m_context);
    QVERIFY(!noFrom.ok());
    QVERIFY2(noFrom.error().message.contains(QLatin1String("FROM")), qPrintable(noFrom.error().message));
}

void TestRemediation::extendedAttributesAreKept()
{
    // The SELinux label lives in security.selinux; user.* shows the same path on any ext4/xfs/btrfs.
    write(QStringLiteral("/etc/docker/daemon.json"), "{}");
    const QByteArray path = QFile::encodeName(m_root->filePath(QStringLiteral("etc/docker/daemon.json")));
    if (::setxattr(path.constData(), "user.escut-test", "label", 5, 0) != 0) {
        QSKIP("this filesystem has no user extended attributes");
    }
    const Transaction tx =
        Remediation::apply(Remediation::plan(QStringLiteral("fix.daemon-json"), m_context).value(), m_context).value();
    char value[16] = {};
    QCOMPARE(::getxattr(path.constData(), "user.escut-test", value, sizeof(value)), ssize_t(5));
    QCOMPARE(QByteArray(value), QByteArray("label"));
    QVERIFY(Remediation::rollback(tx.id).ok());
    QCOMPARE(::getxattr(path.constData(), "user.escut-test", value, sizeof(value)), ssize_t(5));
}

// The catalogue's fixId is the one link from checks to fixes: every fixId names a fix that lists the check, and every
// check a fix lists names that fix (so its Fix… appears).
void TestRemediation::fixInputsAreDeclaredOnce()
{
    // The declarations generate the CLI's options and the wizard's rows: each must be complete and consistent.
    QHash<QString, int> optionKinds;
    for (const FixOperation* op : FixOperation::all()) {
        QStringList keys;
        for (const FixInput& input : op->inputs()) {
            const QString key = QLatin1String(input.key);
            QVERIFY2(!keys.contains(key), input.key);
            keys.append(key);
            QVERIFY2(*input.label && *input.help, input.key);
            if (*input.option) {
                const QString option = QLatin1String(input.option);
                QVERIFY2(!optionKinds.contains(option) || optionKinds.value(option) == int(input.kind), input.option);
                optionKinds.insert(option, int(input.kind));
                QVERIFY2(input.kind == FixInput::Kind::Flag || *input.valueName, input.key);
            }
            for (const char* flag : {input.onlyWith, input.notWith}) {
                if (*flag) {
                    const FixInput* other = op->input(QLatin1String(flag));
                    QVERIFY2(other && other->kind == FixInput::Kind::Flag, flag);
                }
            }
            if (input.kind == FixInput::Kind::ServiceCapabilities) {
                const FixInput* source = op->input(QLatin1String(input.source));
                QVERIFY2(source && source->kind == FixInput::Kind::File, input.key);
            }
        }
    }
    QVERIFY(optionKinds.size() >= 12);
}

void TestRemediation::fixInputsAreValidated()
{
    const FixOperation* gate = FixOperation::find(QStringLiteral("fix.token-gate"));
    QVERIFY(gate);
    const Result<FixInputs> missing = gate->validate(FixInputs());
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QLatin1String("--dir")), qPrintable(missing.error().message));
    FixInputs given;
    given.set(QStringLiteral("dir"), QStringLiteral("/srv/app"));
    const Result<FixInputs> filled = gate->validate(given);
    QVERIFY(filled);
    QCOMPARE(filled.value().value(QStringLiteral("secret-name")), QStringLiteral("token")); // the declared default
    given.set(QStringLiteral("secret-name"), QStringLiteral("bad name"));
    QVERIFY(!gate->validate(given));
    given.set(QStringLiteral("secret-name"), QStringLiteral("gate"));
    given.set(QStringLiteral("dir"), QStringLiteral("/srv/../etc"));
    QVERIFY(!gate->validate(given));
    given.set(QStringLiteral("dir"), QStringLiteral("srv/app"));
    QVERIFY(!gate->validate(given));
    given.set(QStringLiteral("dir"), QStringLiteral("/srv/app"));
    given.set(QStringLiteral("dockerfile"), QStringLiteral("/srv/app/Dockerfile")); // another fix's input
    QVERIFY(!gate->validate(given));

    const FixOperation* run = FixOperation::find(QStringLiteral("fix.run-command"));
    FixInputs container;
    container.set(QStringLiteral("container"), QStringLiteral("web"));
    container.set(QStringLiteral("stop-timeout"), QStringLiteral("-1"));
    QVERIFY(!run->validate(container));
    container.set(QStringLiteral("stop-timeout"), QStringLiteral("5"));
    QVERIFY(run->validate(container));
    container.set(QStringLiteral("container"), QStringLiteral("../../x"));
    QVERIFY(!run->validate(container));

    const FixOperation* compose = FixOperation::find(QStringLiteral("fix.compose-harden"));
    FixInputs both;
    both.set(QStringLiteral("compose"), QStringLiteral("/srv/app/compose.yml"));
    both.set(QStringLiteral("override"), QStringLiteral("1"));
    both.set(QStringLiteral("output"), QStringLiteral("/srv/app/out.yml"));
    const Result<FixInputs> clash = compose->validate(both);
    QVERIFY(!clash);
    QVERIFY2(clash.error().message.contains(QLatin1String("cannot be used together")),
             qPrintable(clash.error().message));
    both.set(QStringLiteral("override"), QStringLiteral("maybe"));
    QVERIFY(!compose->validate(both));
}

void TestRemediation::hostileComposeIsRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    // A service whose merge key refers to itself: endless recursion in every lookup through merge keys.
    QTest::newRow("self merge") << QByteArray("services:\n  web: &w\n    image: nginx\n    <<: *w\n");
    // 427 bytes, nine levels of ten aliases: a billion nodes once expanded.
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
        const char prev = char(c - 1);
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int i = 0; i < 10; ++i) {
            bomb += QByteArray(i ? ", *" : "*") + QByteArray(1, prev);
        }
        bomb += "]\n";
    }
    QTest::newRow("alias bomb") << (bomb + "services:\n  web:\n    image: nginx\n    labels: *i\n");
    QTest::newRow("NUL") << QByteArray("services:\n  web:\n    image: nginx\0\n", 36);
}

void TestRemediation::hostileComposeIsRefused()
{
    QFETCH(QByteArray, text);
    const Result<ComposeHardenResult> hardened = ComposeHardener::harden(text, ComposeHardenOptions());
    QVERIFY(!hardened);
    QCOMPARE(hardened.error().code, Error::Code::ParseError);
    const Result<QJsonObject> json = composeToJson(text);
    QVERIFY(!json);
    QVERIFY(ComposeHardener::suggestedCapabilities(text).isEmpty());
    QVERIFY(composeServiceLines(text).isEmpty());
}

void TestRemediation::fixLinksGoBothWays()
{
    int linked = 0;
    for (const CheckDef& check : catalogue()) {
        if (!*check.fixId) {
            continue;
        }
        const FixInfo* fix = Remediation::findFix(QString::fromLatin1(check.fixId));
        QVERIFY2(fix, check.id);
        QVERIFY2(fix->checkIds.contains(QString::fromLatin1(check.id)), check.id);
        ++linked;
    }
    for (const FixInfo& fix : Remediation::fixes()) {
        for (const QString& id : fix.checkIds) {
            const CheckDef* check = findCheck(id);
            QVERIFY2(check, qPrintable(id));
            QCOMPARE(QString::fromLatin1(check->fixId), QString::fromLatin1(fix.id));
        }
    }
    QVERIFY(linked >= 30);
}

void TestRemediation::planFileRoundTrip()
{
    write(QStringLiteral("/etc/docker/daemon.json"), "{\"debug\": true}\n");
    const Plan plan = Remediation::plan(QStringLiteral("fix.daemon-json"), m_context).value();
    QVERIFY(!plan.changes.isEmpty());
    const QByteArray file = plan.toFile();
    const Result<Plan> back = Plan::fromFile(file);
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().fullText()));
    QCOMPARE(back.value().digest(), plan.digest());
    QCOMPARE(back.value().changes.size(), plan.changes.size());
    QCOMPARE(back.value().changes.first().after, plan.changes.first().after);
    QCOMPARE(back.value().root, m_context.root);
    QCOMPARE(back.value().notes, plan.notes);
    // What the plan was computed from is part of the digest.
    Plan other = plan;
    other.addInput(PlanInput::Kind::File, QStringLiteral("/srv/compose.yml"), "services: {}\n");
    QVERIFY(other.digest() != plan.digest());
    other = plan;
    other.changes[0].targetMode = 0666;
    QVERIFY(other.digest() != plan.digest());
    // A hand-edited file no longer matches its recorded digest.
    QByteArray edited = file;
    edited.replace(plan.changes.first().after.toBase64(), QByteArray("{\"owned\": 1}").toBase64());
    QVERIFY(!Plan::fromFile(edited).ok());
}

void TestRemediation::planFileRejectsWrongTypes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("{") << QString();
    QTest::newRow("array") << QByteArray("[]") << QString();
    QTest::newRow("no plan") << QByteArray("{\"digest\": \"x\"}") << QStringLiteral("$.plan");
    QTest::newRow("fix is a number") << QByteArray("{\"plan\": {\"format\": 1, \"fix\": 7}}")
                                     << QStringLiteral("$.plan.fix");
    QTest::newRow("mode out of range")
        << QByteArray(
               "{\"plan\": {\"format\": 1, \"fix\": \"fix.daemon-json\", \"root\": \"/\", \"socket\": \"\", "
               "\"scopeDir\": \"\", \"checks\": [], \"commands\": [], \"inputs\": [], \"changes\": [{\"kind\": "
               "\"write\", \"path\": \"/x\", \"beforeExists\": false, \"before\": \"\", \"beforeMode\": 1e300}]}}")
        << QStringLiteral("$.plan.changes[0].beforeMode");
}

void TestRemediation::planFileRejectsWrongTypes()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, field);
    const Result<Plan> plan = Plan::fromFile(text);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains(field), qPrintable(plan.error().message));
}

void TestRemediation::stateDigestFollowsTheFiles()
{
    write(QStringLiteral("/etc/docker/daemon.json"), "{\"debug\": true}\n");
    const QString first = Remediation::plan(QStringLiteral("fix.daemon-json"), m_context).value().stateDigest();
    QCOMPARE(Remediation::plan(QStringLiteral("fix.daemon-json"), m_context).value().stateDigest(), first);
    QCOMPARE(first.size(), 64);
    write(QStringLiteral("/etc/docker/daemon.json"), "{\"debug\": true}\n", 0600);
    QVERIFY(Remediation::plan(QStringLiteral("fix.daemon-json"), m_context).value().stateDigest() != first);
    write(QStringLiteral("/etc/docker/daemon.json"), "{\"debug\": false}\n");
    QVERIFY(Remediation::plan(QStringLiteral("fix.daemon-json"), m_context).value().stateDigest() != first);
}

QTEST_GUILESS_MAIN(TestRemediation)
#include "test_remediation.moc"
