// SPDX-License-Identifier: GPL-3.0-or-later
// No two things that can be seen at once answer the same Alt+letter, in any language: every view of the main window
// (with its menu bar and toolbar), each menu, the export and journal dialogs, in English, Catalan and Spanish. A clash
// makes Alt+letter cycle between the widgets, or pick the wrong one, and the accelerators of a translation are
// chosen by its translator, string by string, without seeing the window.
#include "translations/Translations.h"

#include "core/report/ReportFormat.h"
#include "ui/MainWindow.h"
#include "ui/report/ExportDialog.h"
#include "ui/wizard/JournalDialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

using namespace escut;

class TestAccelerators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();
    void dialogs_data();
    void dialogs();
    void clashesAreFound();
};

namespace
{

// "Alt+E" for "&Executa"; empty when text has no mnemonic ("&&" is a literal ampersand).
QString mnemonicOf(const QString& text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText);
}

QString describe(const QWidget* w, const QString& text)
{
    const QString name =
        w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    return QStringLiteral("\"%1\" (%2)").arg(text, name);
}

// Alt+letter → the texts that claim it, among the widgets of top that are visible in it (the current page of a stacked
// widget, not the others), its menu bar's titles included.
QMap<QString, QStringList> mnemonics(QWidget* top)
{
    QMap<QString, QStringList> out;
    const auto add = [&out](const QString& text, const QString& who) {
        if (const QString key = mnemonicOf(text); !key.isEmpty()) {
            out[key].append(who);
        }
    };
    for (QWidget* w : top->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(top) || qobject_cast<QMenu*>(w) != nullptr) {
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add(button->text(), describe(w, button->text()));
        } else if (auto* label = qobject_cast<QLabel*>(w); label != nullptr && label->buddy() != nullptr) {
            add(label->text(), describe(w, label->text()));
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            add(group->title(), describe(w, group->title()));
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i)) {
                    add(tabs->tabText(i), describe(w, tabs->tabText(i)));
                }
            }
        } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* a : bar->actions()) {
                if (a->isVisible()) {
                    add(a->text(), describe(w, a->text()));
                }
            }
        }
    }
    return out;
}

QStringList clashes(const QMap<QString, QStringList>& claims)
{
    QStringList out;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() > 1) {
            out.append(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", ")));
        }
    }
    return out;
}

// Within each menu of w's menu bar (and their submenus): the items of one open menu.
QStringList menuClashes(QMenu* menu)
{
    QMap<QString, QStringList> claims;
    QStringList out;
    for (QAction* a : menu->actions()) {
        if (!a->isVisible() || a->isSeparator()) {
            continue;
        }
        if (const QString key = mnemonicOf(a->text()); !key.isEmpty()) {
            claims[key].append(QStringLiteral("\"%1\"").arg(a->text()));
        }
        if (a->menu() != nullptr) {
            out.append(menuClashes(a->menu()));
        }
    }
    for (const QString& c : clashes(claims)) {
        out.append(QStringLiteral("menu \"%1\": %2").arg(menu->title(), c));
    }
    return out;
}

const QList<std::pair<const char*, MainWindow::View>> Views{
    {"overview", MainWindow::View::Overview},
    {"host", MainWindow::View::Host},
    {"daemon", MainWindow::View::Daemon},
    {"images", MainWindow::View::Images},
    {"containers", MainWindow::View::Containers},
    {"compose", MainWindow::View::Compose},
    {"history", MainWindow::View::History},
    {"fixes", MainWindow::View::Fixes},
    {"lab", MainWindow::View::Lab},
    {"settings", MainWindow::View::Settings},
};

} // namespace

void TestAccelerators::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("escut-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_accelerators"));
}

void TestAccelerators::mainWindow_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "ca", "es"}) {
        QTest::newRow(language) << QString::fromLatin1(language);
    }
}

void TestAccelerators::mainWindow()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(language));
    MainWindow::Options options;
    options.demo = true;
    MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    QSignalSpy finished(&window, &MainWindow::auditFinished);
    window.startAudit();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));

    QStringList problems;
    for (const auto& [name, view] : Views) {
        window.setCurrentView(view);
        QCoreApplication::processEvents();
        for (const QString& c : clashes(mnemonics(&window))) {
            problems.append(QStringLiteral("%1 view: %2").arg(QLatin1String(name), c));
        }
    }
    for (QAction* a : window.menuBar()->actions()) {
        if (a->menu() != nullptr) {
            problems.append(menuClashes(a->menu()));
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    installTranslations(QStringLiteral("en"));
}

void TestAccelerators::dialogs_data()
{
    mainWindow_data();
}

void TestAccelerators::dialogs()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(language));
    QStringList problems;
    ExportDialog exportDialog(QStringLiteral("/tmp/escut-report.html"), ReportFormat::Html, language);
    exportDialog.show();
    for (const QString& c : clashes(mnemonics(&exportDialog))) {
        problems.append(QStringLiteral("export dialog: ") + c);
    }
    JournalDialog journal;
    journal.show();
    for (const QString& c : clashes(mnemonics(&journal))) {
        problems.append(QStringLiteral("journal dialog: ") + c);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    installTranslations(QStringLiteral("en"));
}

void TestAccelerators::clashesAreFound()
{
    // The walk itself: two buttons with Alt+A, a label whose buddy makes Alt+B, a hidden page that does not count.
    QWidget top;
    auto* a1 = new QPushButton(QStringLiteral("&Apply"), &top);
    auto* a2 = new QPushButton(QStringLiteral("&Audit"), &top);
    a2->move(0, 40);
    auto* label = new QLabel(QStringLiteral("&Browse"), &top);
    label->setBuddy(a1);
    auto* hidden = new QPushButton(QStringLiteral("&Browse"), &top);
    hidden->hide();
    auto* literal = new QPushButton(QStringLiteral("Fish && chips"), &top);
    literal->move(0, 80);
    top.show();
    const QMap<QString, QStringList> claims = mnemonics(&top);
    QCOMPARE(claims.value(QStringLiteral("Alt+A")).size(), 2);
    QCOMPARE(claims.value(QStringLiteral("Alt+B")).size(), 1);
    QCOMPARE(claims.size(), 2);
    QCOMPARE(clashes(claims).size(), 1);
}

QTEST_MAIN(TestAccelerators)
#include "test_accelerators.moc"
