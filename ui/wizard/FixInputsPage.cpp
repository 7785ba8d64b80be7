// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/FixInputsPage.h"

#include "core/remediation/ComposeHardener.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace escut
{

namespace
{

const QString s_compose = QStringLiteral("fix.compose-harden");
const QString s_dockerfile = QStringLiteral("fix.dockerfile");
const QString s_token = QStringLiteral("fix.token-gate");
const QString s_run = QStringLiteral("fix.run-command");
const QString s_daemon = QStringLiteral("fix.daemon-json");
const QString s_contentTrust = QStringLiteral("fix.content-trust-env");

// A line edit with a Browse… button that fills it from a file (or directory) dialog.
QWidget* withBrowse(QWidget* field, QLineEdit* target, bool directory, const char* objectName)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(FixInputsPage::tr("Browse…"), row);
    browse->setObjectName(QString::fromLatin1(objectName));
    QObject::connect(browse, &QPushButton::clicked, row, [row, target, directory] {
        const QString start = target->text().isEmpty() ? QDir::homePath() : QFileInfo(target->text()).path();
        const QString chosen = directory ? QFileDialog::getExistingDirectory(row, QString(), start)
                                         : QFileDialog::getOpenFileName(row, QString(), start);
        if (!chosen.isEmpty()) {
            target->setText(chosen);
        }
    });
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    return row;
}

bool isFile(const QString& path)
{
    return !path.isEmpty() && QDir::isAbsolutePath(path) && QFileInfo(path).isFile();
}

} // namespace

FixInputsPage::FixInputsPage(QWidget* parent)
    : QWizardPage(parent)
    , m_daemonGroup(group("daemonJsonGroupBox"))
    , m_userns(new QCheckBox(tr("Also enable userns-remap (read the warning in the preview)")))
    , m_contentTrustGroup(group("contentTrustGroupBox"))
    , m_shellFile(new QLineEdit)
    , m_composeGroup(group("composeGroupBox"))
    , m_composeFile(new QComboBox)
    , m_override(new QRadioButton(tr("Override file next to it (the original stays untouched)")))
    , m_full(new QRadioButton(tr("New full file")))
    , m_composeOutput(new QLineEdit)
    , m_loopback(new QCheckBox(tr("Publish ports on 127.0.0.1 only (full file)")))
    , m_moveSecrets(new QCheckBox(tr("Move secret-looking variables to Docker secrets (full file)")))
    , m_runsc(new QCheckBox(tr("Run the services under gVisor (runtime: runsc)")))
    , m_caps(new QTableWidget(0, 2))
    , m_dockerfileGroup(group("dockerfileGroupBox"))
    , m_dockerfile(new QLineEdit)
    , m_tokenGroup(group("tokenGateGroupBox"))
    , m_tokenDir(new QLineEdit)
    , m_secretName(new QLineEdit(QStringLiteral("token")))
    , m_service(new QLineEdit(QStringLiteral("app")))
    , m_runGroup(group("runCommandGroupBox"))
    , m_container(new QComboBox)
    , m_recreate(new QCheckBox(tr("Recreate the container hardened (the old one is kept, stopped)")))
    , m_stopTimeout(new QSpinBox)
{
    setObjectName(QStringLiteral("fixInputsPage"));
    setTitle(tr("What to fix"));
    setSubTitle(tr("Some fixes work on a file, a directory or a container: choose them here."));

    m_daemonGroup->setTitle(tr("daemon.json"));
    m_userns->setObjectName(QStringLiteral("usernsRemapCheckBox"));
    (new QVBoxLayout(m_daemonGroup))->addWidget(m_userns);

    m_contentTrustGroup->setTitle(tr("Shell start file"));
    m_shellFile->setObjectName(QStringLiteral("shellFileLineEdit"));
    auto* trustForm = new QFormLayout(m_contentTrustGroup);
    trustForm->addRow(tr("File:"), withBrowse(m_shellFile, m_shellFile, false, "shellFileBrowsePushButton"));

    m_composeGroup->setTitle(tr("Compose file"));
    m_composeFile->setObjectName(QStringLiteral("composeFileComboBox"));
    m_composeFile->setEditable(true);
    m_composeFile->setInsertPolicy(QComboBox::NoInsert);
    m_override->setObjectName(QStringLiteral("composeOverrideRadioButton"));
    m_full->setObjectName(QStringLiteral("composeFullRadioButton"));
    m_override->setChecked(true);
    m_composeOutput->setObjectName(QStringLiteral("composeOutputLineEdit"));
    m_composeOutput->setPlaceholderText(tr("Default: FILE.hardened.yml next to the original"));
    m_composeOutput->setEnabled(false);
    m_loopback->setObjectName(QStringLiteral("bindLoopbackCheckBox"));
    m_loopback->setEnabled(false); // an override cannot rebind ports: Compose appends them to the original ones
    m_moveSecrets->setObjectName(QStringLiteral("moveSecretsCheckBox"));
    m_moveSecrets->setEnabled(false);
    m_runsc->setObjectName(QStringLiteral("runscCheckBox"));
    m_caps->setObjectName(QStringLiteral("capAddTableWidget"));
    m_caps->setHorizontalHeaderLabels({tr("Service"), tr("Capabilities to add back after cap_drop ALL")});
    m_caps->horizontalHeader()->setStretchLastSection(true);
    m_caps->verticalHeader()->hide();
    m_caps->setMinimumHeight(110);
    auto* composeForm = new QFormLayout(m_composeGroup);
    composeForm->addRow(tr("File:"),
                        withBrowse(m_composeFile, m_composeFile->lineEdit(), false, "composeBrowsePushButton"));
    composeForm->addRow(m_override);
    composeForm->addRow(m_full);
    composeForm->addRow(tr("New file:"), m_composeOutput);
    composeForm->addRow(m_loopback);
    composeForm->addRow(m_moveSecrets);
    composeForm->addRow(m_runsc);
    composeForm->addRow(m_caps);
    connect(m_full, &QRadioButton::toggled, this, [this](bool full) {
        for (QWidget* fullOnly : std::initializer_list<QWidget*>{m_composeOutput, m_moveSecrets, m_loopback}) {
            fullOnly->setEnabled(full);
        }
        if (!full) {
            m_moveSecrets->setChecked(false);
            m_loopback->setChecked(false);
        }
    });
    connect(m_composeFile, &QComboBox::currentTextChanged, this, &FixInputsPage::loadServices);

    m_dockerfileGroup->setTitle(tr("Dockerfile"));
    m_dockerfile->setObjectName(QStringLiteral("dockerfileLineEdit"));
    (new QFormLayout(m_dockerfileGroup))
        ->addRow(tr("File:"), withBrowse(m_dockerfile, m_dockerfile, false, "dockerfileBrowsePushButton"));

    m_tokenGroup->setTitle(tr("Token gate"));
    m_tokenDir->setObjectName(QStringLiteral("tokenDirLineEdit"));
    m_secretName->setObjectName(QStringLiteral("secretNameLineEdit"));
    m_service->setObjectName(QStringLiteral("tokenServiceLineEdit"));
    const auto* names =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")), this);
    m_secretName->setValidator(names);
    m_service->setValidator(names);
    auto* tokenForm = new QFormLayout(m_tokenGroup);
    tokenForm->addRow(tr("Output directory:"), withBrowse(m_tokenDir, m_tokenDir, true, "tokenDirBrowsePushButton"));
    tokenForm->addRow(tr("Secret name:"), m_secretName);
    tokenForm->addRow(tr("Compose service:"), m_service);

    m_runGroup->setTitle(tr("Container"));
    m_container->setObjectName(QStringLiteral("containerComboBox"));
    m_container->setEditable(true);
    m_container->setInsertPolicy(QComboBox::NoInsert);
    m_recreate->setObjectName(QStringLiteral("recreateCheckBox"));
    m_stopTimeout->setObjectName(QStringLiteral("stopTimeoutSpinBox"));
    m_stopTimeout->setRange(0, 600);
    m_stopTimeout->setValue(10);
    m_stopTimeout->setSuffix(tr(" s"));
    m_stopTimeout->setEnabled(false);
    connect(m_recreate, &QCheckBox::toggled, m_stopTimeout, &QSpinBox::setEnabled);
    auto* runForm = new QFormLayout(m_runGroup);
    runForm->addRow(tr("Container:"), m_container);
    runForm->addRow(m_recreate);
    runForm->addRow(tr("Grace period to stop it:"), m_stopTimeout);

    for (QLineEdit* edit : {m_shellFile, m_composeOutput, m_dockerfile, m_tokenDir, m_secretName, m_service}) {
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    connect(m_composeFile, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);
    connect(m_container, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    for (QGroupBox* g :
         {m_daemonGroup, m_contentTrustGroup, m_composeGroup, m_dockerfileGroup, m_tokenGroup, m_runGroup}) {
        column->addWidget(g);
    }
    column->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    (new QVBoxLayout(this))->addWidget(scroll);
}

FixInputsPage::~FixInputsPage() = default;

QGroupBox* FixInputsPage::group(const char* objectName)
{
    auto* box = new QGroupBox;
    box->setObjectName(QString::fromLatin1(objectName));
    return box;
}

bool FixInputsPage::needsInput(const QString& fixId)
{
    return fixId == s_compose || fixId == s_dockerfile || fixId == s_token || fixId == s_run || fixId == s_daemon ||
           fixId == s_contentTrust;
}

void FixInputsPage::setFixes(const QStringList& fixIds)
{
    m_fixes = fixIds;
    m_daemonGroup->setVisible(fixIds.contains(s_daemon));
    m_contentTrustGroup->setVisible(fixIds.contains(s_contentTrust));
    m_composeGroup->setVisible(fixIds.contains(s_compose));
    m_dockerfileGroup->setVisible(fixIds.contains(s_dockerfile));
    m_tokenGroup->setVisible(fixIds.contains(s_token));
    m_runGroup->setVisible(fixIds.contains(s_run));
    Q_EMIT completeChanged();
}

void FixInputsPage::setContainers(const QStringList& names)
{
    const QString current = m_container->currentText();
    m_container->clear();
    m_container->addItems(names);
    if (!current.isEmpty()) {
        m_container->setEditText(current);
    }
}

void FixInputsPage::setComposeFiles(const QStringList& paths)
{
    const QString current = m_composeFile->currentText();
    m_composeFile->clear();
    m_composeFile->addItems(paths);
    if (!current.isEmpty()) {
        m_composeFile->setEditText(current);
    }
}

void FixInputsPage::setHomeDir(const QString& home)
{
    if (m_shellFile->text().isEmpty()) {
        m_shellFile->setText(home + QStringLiteral("/.bashrc"));
    }
}

void FixInputsPage::loadServices()
{
    // One row per service: the capabilities harden would add back, editable (empty: none).
    m_caps->setRowCount(0);
    QFile file(m_composeFile->currentText());
    if (!isFile(file.fileName()) || file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QByteArray text = file.readAll();
    const QMap<QString, QStringList> suggested = ComposeHardener::suggestedCapabilities(text);
    const QStringList own = ComposeHardener::servicesWithCapAdd(text);
    for (auto it = suggested.cbegin(); it != suggested.cend(); ++it) {
        const int row = m_caps->rowCount();
        m_caps->insertRow(row);
        auto* service = new QTableWidgetItem(it.key());
        service->setFlags(Qt::ItemIsEnabled);
        auto* caps = new QTableWidgetItem(it.value().join(QStringLiteral(", ")));
        if (own.contains(it.key())) {
            caps->setFlags(Qt::ItemIsEnabled); // the service's own cap_add is kept as it is
            caps->setToolTip(tr("This service sets cap_add itself; it is kept."));
        }
        m_caps->setItem(row, 0, service);
        m_caps->setItem(row, 1, caps);
    }
}

void FixInputsPage::applyTo(FixContext& context) const
{
    context.withUsernsRemap = m_fixes.contains(s_daemon) && m_userns->isChecked();
    context.shellFile = m_shellFile->text().trimmed();
    context.composeFile = m_composeFile->currentText().trimmed();
    context.compose.override = m_override->isChecked();
    context.composeOutput = m_full->isChecked() ? m_composeOutput->text().trimmed() : QString();
    context.compose.bindLoopback = m_full->isChecked() && m_loopback->isChecked();
    context.compose.moveSecrets = m_full->isChecked() && m_moveSecrets->isChecked();
    context.compose.runsc = m_runsc->isChecked();
    context.compose.capAdd.clear();
    for (int row = 0; row < m_caps->rowCount(); ++row) {
        if (m_caps->item(row, 1)->flags() & Qt::ItemIsEditable) {
            QStringList caps;
            for (const QString& cap : m_caps->item(row, 1)->text().split(QRegularExpression(QStringLiteral("[,\\s]+")),
                                                                         Qt::SkipEmptyParts)) {
                caps.append(cap.toUpper());
            }
            context.compose.capAdd.insert(m_caps->item(row, 0)->text(), caps);
        }
    }
    context.dockerfile = m_dockerfile->text().trimmed();
    context.projectDir = m_tokenDir->text().trimmed();
    context.secretName = m_secretName->text().trimmed();
    context.service = m_service->text().trimmed();
    context.container = m_container->currentText().trimmed();
    context.stopTimeout = m_stopTimeout->value();
}

bool FixInputsPage::recreate() const
{
    return m_recreate->isChecked();
}

bool FixInputsPage::isComplete() const
{
    if (m_fixes.contains(s_contentTrust) && !QDir::isAbsolutePath(m_shellFile->text().trimmed())) {
        return false;
    }
    if (m_fixes.contains(s_compose) && !isFile(m_composeFile->currentText().trimmed())) {
        return false;
    }
    if (m_fixes.contains(s_dockerfile) && !isFile(m_dockerfile->text().trimmed())) {
        return false;
    }
    if (m_fixes.contains(s_token) &&
        (!QFileInfo(m_tokenDir->text().trimmed()).isDir() || !QDir::isAbsolutePath(m_tokenDir->text().trimmed()) ||
         !m_secretName->hasAcceptableInput() || !m_service->hasAcceptableInput())) {
        return false;
    }
    if (m_fixes.contains(s_run) && m_container->currentText().trimmed().isEmpty()) {
        return false;
    }
    return true;
}

} // namespace escut
