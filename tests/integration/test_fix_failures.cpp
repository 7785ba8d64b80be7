// SPDX-License-Identifier: GPL-3.0-or-later
// A fix on a full disk or a read-only filesystem: a clear error, the original intact, the journal consistent.
#include "tests/common/TestUtil.h"

#include "core/remediation/Remediation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace escut;

class TestFixFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void diskFull();
    void readOnlyTarget();

private:
    void expectCleanFailure(const QByteArray& original);
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<QTemporaryDir> m_state;
    QString m_mount;
    FixContext m_context;
};

void TestFixFailures::init()
{
    if (::geteuid() != 0) {
        QSKIP("mounting a small tmpfs needs root (scripts/escut test runs as root in CI)");
    }
    m_root = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    qputenv("ESCUT_STATE_DIR", m_state->path().toUtf8());
    m_mount = m_root->filePath(QStringLiteral("etc/docker"));
    QVERIFY(QDir().mkpath(m_mount));
    QCOMPARE(::mount("tmpfs", QFile::encodeName(m_mount).constData(), "tmpfs", 0, "size=16k"), 0);
    m_context.root = m_root->path();
}

void TestFixFailures::cleanup()
{
    if (!m_mount.isEmpty()) {
        ::umount2(QFile::encodeName(m_mount).constData(), MNT_DETACH);
        m_mount.clear();
    }
}

void TestFixFailures::expectCleanFailure(const QByteArray& original)
{
    const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.daemon-json"), m_context);
    QVERIFY(plan.ok());
    const Result<Transaction> tx = Remediation::apply(plan.value(), m_context);
    QVERIFY(!tx.ok());
    QVERIFY2(tx.error().message.contains(QLatin1String("daemon.json")), qPrintable(tx.error().fullText()));
    QFile file(m_mount + QStringLiteral("/daemon.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
    const QList<Transaction> journal = Remediation::journal().value();
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal.first().state, QStringLiteral("failed"));
    // Nothing half-written is left next to the original (QSaveFile removes its temporary file).
    QStringList left = QDir(m_mount).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    left.removeAll(QStringLiteral("filler"));
    QCOMPARE(left, QStringList{QStringLiteral("daemon.json")});
}

void TestFixFailures::diskFull()
{
    const QByteArray original = "{\n  \"debug\": true\n}\n";
    QFile config(m_mount + QStringLiteral("/daemon.json"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(original);
    config.close();
    // Fill the rest of the 16 KiB filesystem.
    QFile filler(m_mount + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    while (filler.write(QByteArray(512, 'x')) == 512 && filler.flush()) {
    }
    filler.close();
    expectCleanFailure(original);
}

void TestFixFailures::readOnlyTarget()
{
    const QByteArray original = "{\n  \"debug\": true\n}\n";
    QFile config(m_mount + QStringLiteral("/daemon.json"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(original);
    config.close();
    QCOMPARE(::mount(nullptr, QFile::encodeName(m_mount).constData(), nullptr, MS_REMOUNT | MS_RDONLY, "size=16k"), 0);
    expectCleanFailure(original);
}

QTEST_GUILESS_MAIN(TestFixFailures)
#include "test_fix_failures.moc"
