// SPDX-License-Identifier: GPL-3.0-or-later
// Live updates against the real dockerd (skipped when none answers): a container created, updated and removed
// while the window is open shows up, changes and disappears through /events, with no new audit.
#include "translations/Translations.h"

#include "core/docker/DockerClient.h"
#include "ui/MainWindow.h"
#include "ui/checklist/ChecklistModel.h"
#include "ui/checklist/ChecklistView.h"
#include "ui/containers/ContainersModel.h"
#include "ui/containers/ContainersView.h"
#include "ui/wizard/FixWizard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace escut;

namespace
{

const QString Image = QStringLiteral("escut-ui-live-test:1");

QString statusOf(const ChecklistModel* model, const QString& checkId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ChecklistModel::CheckIdRole).toString() == checkId) {
            return index.data(ChecklistModel::StatusIdRole).toString();
        }
    }
    return {};
}

} // namespace

class TestLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void eventsUpdateTheContainersView();
    void fixButtonOpensTheWizard();

private:
    std::unique_ptr<DockerClient> m_client;
    QString m_container;
};

void TestLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("escut-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_live"));
    installTranslations(QStringLiteral("en"));
    Result<Endpoint> endpoint = EndpointResolver::resolve({}, ResolverEnvironment::system());
    if (!endpoint) {
        QSKIP("No Docker endpoint configured.");
    }
    m_client = std::make_unique<DockerClient>(endpoint.value());
    if (!m_client->negotiate()) {
        QSKIP("No Docker daemon answers; the live-update test needs one.");
    }
    // A one-file image of our own: containers are only created, never started, so it needs no program.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile marker(dir.filePath(QStringLiteral("escut")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("-C"), dir.path(), QStringLiteral("-cf"), QStringLiteral("-"), QStringLiteral(".")});
    QVERIFY(tar.waitForFinished(10000));
    QCOMPARE(tar.exitCode(), 0);
    const Result<HttpResponse> imported =
        m_client->request(DockerClient::Method::Post,
                          QStringLiteral("/images/create?fromSrc=-&repo=escut-ui-live-test&tag=1"),
                          tar.readAllStandardOutput());
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().fullText()));
}

void TestLive::cleanupTestCase()
{
    if (!m_client) {
        return;
    }
    if (!m_container.isEmpty()) {
        (void)m_client->request(DockerClient::Method::Delete,
                                QStringLiteral("/containers/%1?force=1").arg(m_container),
                                {},
                                [](int) { return true; });
    }
    (void)m_client->request(DockerClient::Method::Delete, QStringLiteral("/images/%1?force=1").arg(Image), {}, [](int) {
        return true;
    });
}

void TestLive::eventsUpdateTheContainersView()
{
    MainWindow window(MainWindow::Options{});
    window.show();
    QSignalSpy finished(&window, &MainWindow::auditFinished);
    window.startAudit();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(finished.first().first().toBool());
    QVERIFY(!window.findChild<QWidget*>(QStringLiteral("bannerWidget"))->isVisible());
    auto* live = window.findChild<QLabel*>(QStringLiteral("statusLiveLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(live->text(), MainWindow::tr("● Live"), 10000);

    auto* view = window.findChild<ContainersView*>(QStringLiteral("containersView"));
    // Other containers may come and go on a shared daemon: follow ours by id only.
    ContainersModel* model = view->model();

    // Created: a new row, evaluated (no memory limit yet), with its HTML label kept as data.
    const QJsonObject body{
        {QStringLiteral("Image"), Image},
        {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("/escut")}},
        {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("<b>escut</b>"), QStringLiteral("<img src=x>")}}}};
    const Result<HttpResponse> created = m_client->request(
        DockerClient::Method::Post,
        QStringLiteral("/containers/create?name=escut-ui-live-%1").arg(QCoreApplication::applicationPid()),
        QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    m_container = QJsonDocument::fromJson(created->body).object().value(QStringLiteral("Id")).toString();
    QVERIFY(!m_container.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(m_container) >= 0, 10000);
    view->selectContainer(m_container);
    QCOMPARE(statusOf(view->checklist()->model(), QStringLiteral("container.memory")), QStringLiteral("fail"));

    // Updated: the same row changes in place.
    const Result<HttpResponse> updated = m_client->request(
        DockerClient::Method::Post,
        QStringLiteral("/containers/%1/update").arg(m_container),
        QJsonDocument(QJsonObject{{QStringLiteral("Memory"), 64 * 1024 * 1024}, {QStringLiteral("MemorySwap"), -1}})
            .toJson(QJsonDocument::Compact));
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().fullText()));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(view->checklist()->model(), QStringLiteral("container.memory")),
                              QStringLiteral("pass"),
                              10000);

    // Destroyed: the row goes away.
    const Result<HttpResponse> removed =
        m_client->request(DockerClient::Method::Delete, QStringLiteral("/containers/%1?force=1").arg(m_container));
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().fullText()));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(m_container), -1, 10000);
    m_container.clear();
}

void TestLive::fixButtonOpensTheWizard()
{
    MainWindow window(MainWindow::Options{});
    window.show();
    QSignalSpy finished(&window, &MainWindow::auditFinished);
    window.startAudit();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    if (!window.result().snapshot.hostFactsCollected) {
        QSKIP("The daemon's files are not visible from here: fixes are not offered.");
    }
    window.setCurrentView(MainWindow::View::Daemon);
    auto* checklist = window.findChild<ChecklistView*>(QStringLiteral("daemonChecklistView"));
    auto* fix = checklist->findChild<QPushButton*>(QStringLiteral("checklistFixPushButton"));
    QVERIFY(fix);
    const ChecklistModel* model = checklist->model();
    int withFix = -1;
    for (int row = 0; row < model->rowCount() && withFix < 0; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (!index.data(ChecklistModel::FixIdRole).toString().isEmpty() &&
            index.data(ChecklistModel::StatusIdRole).toString() != QLatin1String("pass")) {
            withFix = row;
        }
    }
    if (withFix < 0) {
        QSKIP("This daemon has no failing check with a fix.");
    }
    checklist->treeView()->setCurrentIndex(model->index(withFix, 0));
    QTRY_VERIFY(fix->isVisible());
    const QString fixId = model->index(withFix, 0).data(ChecklistModel::FixIdRole).toString();
    QTest::mouseClick(fix, Qt::LeftButton);
    auto* wizard = window.findChild<FixWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QVERIFY(wizard->selectedFixes().contains(fixId));
    wizard->reject();
}

QTEST_MAIN(TestLive)
#include "test_live.moc"
