// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/Score.h"

#include <QTest>

using namespace escut;

namespace
{

Outcome never(const Snapshot&, const Subject&)
{
    return Outcome::info({});
}

const CheckDef
    s_critical{"t.critical", Layer::Container, Scope::Container, Severity::Critical, "", "", "", "", "", "", never};
const CheckDef s_high{"t.high", Layer::Container, Scope::Container, Severity::High, "", "", "", "", "", "", never};
const CheckDef s_low{"t.low", Layer::Daemon, Scope::Daemon, Severity::Low, "", "", "", "", "", "", never};

Finding finding(const CheckDef& def, Status status)
{
    Finding f;
    f.check = &def;
    f.status = status;
    return f;
}

} // namespace

class TestScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weights();
    void passWarnFail();
    void unscoredStatusesDoNotCount();
    void emptyLayerIsNotScored();
};

void TestScore::weights()
{
    QCOMPARE(ScoreCard::weight(Severity::Critical), 10.0);
    QCOMPARE(ScoreCard::weight(Severity::High), 6.0);
    QCOMPARE(ScoreCard::weight(Severity::Medium), 3.0);
    QCOMPARE(ScoreCard::weight(Severity::Low), 1.0);
    QCOMPARE(ScoreCard::weight(Severity::Info), 0.0);
}

void TestScore::passWarnFail()
{
    // critical pass (10/10) + high warn (3/6) + high fail (0/6) = 13/22 = 59
    const ScoreCard card = ScoreCard::compute(
        {finding(s_critical, Status::Pass), finding(s_high, Status::Warn), finding(s_high, Status::Fail)});
    QCOMPARE(card.layers.value(Layer::Container).score(), 59);
    QCOMPARE(card.layers.value(Layer::Container).pass, 1);
    QCOMPARE(card.layers.value(Layer::Container).warn, 1);
    QCOMPARE(card.layers.value(Layer::Container).fail, 1);
    QCOMPARE(card.overall.score(), 59);
    QVERIFY(!card.layers.contains(Layer::Daemon));
}

void TestScore::unscoredStatusesDoNotCount()
{
    const ScoreCard card = ScoreCard::compute({finding(s_low, Status::Fail),
                                               finding(s_critical, Status::Skipped),
                                               finding(s_critical, Status::Error),
                                               finding(s_high, Status::Info),
                                               finding(s_critical, Status::Pass)});
    QCOMPARE(card.layers.value(Layer::Daemon).score(), 0);
    QCOMPARE(card.layers.value(Layer::Container).score(), 100);
    QCOMPARE(card.overall.score(), 91); // 10 / 11
    QCOMPARE(card.overall.skipped, 1);
    QCOMPARE(card.overall.error, 1);
    QCOMPARE(card.overall.info, 1);
}

void TestScore::emptyLayerIsNotScored()
{
    const ScoreCard card = ScoreCard::compute({finding(s_high, Status::Skipped)});
    QCOMPARE(card.layers.value(Layer::Container).score(), -1);
    QVERIFY(card.toJson().value(QStringLiteral("overall")).toObject().value(QStringLiteral("score")).isNull());
}

QTEST_GUILESS_MAIN(TestScore)
#include "test_score.moc"
