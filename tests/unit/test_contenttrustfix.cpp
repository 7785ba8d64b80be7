// SPDX-License-Identifier: GPL-3.0-or-later
// fix.content-trust-env end to end in a temporary root: host.content-trust-env fails, the fix's verify (which
// re-reads the start files) passes after apply against the marked block, and fails again after rollback.
#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/facts/HostFacts.h"
#include "core/remediation/Remediation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace escut;

class TestContentTrustFix : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QTemporaryDir m_state;
    FixContext m_context;

    Status verified(const Plan& plan)
    {
        const QList<Finding> findings = Remediation::verify(plan, m_context);
        if (findings.size() != 1 ||
            QLatin1String(findings.first().check->id) != QLatin1String("host.content-trust-env")) {
            qFatal("verify did not re-run host.content-trust-env");
        }
        return findings.first().status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        qunsetenv("DOCKER_CONTENT_TRUST");
        qputenv("ESCUT_STATE_DIR", m_state.path().toUtf8());
        QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("home/student")));
        QFile bashrc(m_root.path() + QStringLiteral("/home/student/.bashrc"));
        QVERIFY(bashrc.open(QIODevice::WriteOnly));
        bashrc.write("alias ll='ls -l'\n# export DOCKER_CONTENT_TRUST=1 (commented out)\n");
        bashrc.close();
        m_context.root = m_root.path();
        m_context.homeDir = QStringLiteral("/home/student");
    }

    void applyVerifyRollback()
    {
        HostCollectOptions options;
        options.root = m_root.path();
        options.homeDir = m_context.homeDir;
        const ContentTrustFact before = HostFactsCollector(options).contentTrust();
        QCOMPARE(before.files.first().path, QStringLiteral("/home/student/.bashrc"));
        QVERIFY(before.files.first().exists);
        QVERIFY(before.files.first().value.isEmpty());

        const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.content-trust-env"), m_context);
        QVERIFY(plan.ok());
        QCOMPARE(verified(plan.value()), Status::Fail);

        const Result<Transaction> tx = Remediation::apply(plan.value(), m_context);
        QVERIFY2(tx.ok(), qPrintable(tx.ok() ? QString() : tx.error().fullText()));
        QCOMPARE(verified(plan.value()), Status::Pass);
        const ContentTrustFact after = HostFactsCollector(options).contentTrust();
        QCOMPARE(after.files.first().value, QStringLiteral("1"));
        QVERIFY(after.files.first().exported);
        QCOMPARE(after.files.first().line, 6); // inside the marked block: blank line, begin marker, comment, export

        QVERIFY(Remediation::rollback(tx.value().id).ok());
        QCOMPARE(verified(plan.value()), Status::Fail);
    }

    void explicitShellFileIsRead()
    {
        m_context.inputs.set(QStringLiteral("shell-file"), QStringLiteral("/home/student/.zshrc"));
        const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.content-trust-env"), m_context);
        QVERIFY(plan.ok());
        const Result<Transaction> tx = Remediation::apply(plan.value(), m_context);
        QVERIFY(tx.ok());
        QCOMPARE(verified(plan.value()), Status::Pass);
        QVERIFY(Remediation::rollback(tx.value().id).ok());
        QCOMPARE(verified(plan.value()), Status::Fail);
        m_context.inputs.remove(QStringLiteral("shell-file"));
    }
};

QTEST_GUILESS_MAIN(TestContentTrustFix)
#include "test_contenttrustfix.moc"
