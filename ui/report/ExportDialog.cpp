// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace escut
{

namespace
{

QString formatDescription(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return ExportDialog::tr("One self-contained web page with charts; no script, prints well.");
    case ReportFormat::Pdf:
        return ExportDialog::tr("The same report as an A4 document.");
    case ReportFormat::Json:
        return ExportDialog::tr("Machine-readable: Escut report schema 1, every finding.");
    case ReportFormat::Sarif:
        return ExportDialog::tr("SARIF 2.1.0 for code scanning (GitHub, GitLab): failed and warned findings.");
    case ReportFormat::Junit:
        return ExportDialog::tr("Test results for CI: one test suite per layer, one test case per check and subject.");
    case ReportFormat::Prometheus:
        return ExportDialog::tr("Metrics in the Prometheus text format, for the node_exporter textfile collector.");
    case ReportFormat::Text:
        return ExportDialog::tr("Plain text, grouped by layer and subject.");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(const QString& path, ReportFormat format, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_formatLabel(new QLabel(this))
    , m_description(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_pathLabel(new QLabel(this))
    , m_browse(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportReportDialog"));
    m_format->setObjectName(QStringLiteral("exportFormatComboBox"));
    for (ReportFormat f : formats()) {
        m_format->addItem(QString(), static_cast<int>(f));
    }
    m_formatLabel->setBuddy(m_format);
    m_description->setObjectName(QStringLiteral("exportFormatDescriptionLabel"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_language->setObjectName(QStringLiteral("exportLanguageComboBox"));
    // Each language in its own name, as in the toolbar.
    m_language->addItem(QStringLiteral("Català"), QStringLiteral("ca"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel->setBuddy(m_language);
    m_path->setObjectName(QStringLiteral("exportPathLineEdit"));
    m_path->setMinimumWidth(420);
    m_pathLabel->setBuddy(m_path);
    m_browse->setObjectName(QStringLiteral("exportBrowsePushButton"));
    m_error->setObjectName(QStringLiteral("exportErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->setVisible(false);
    m_buttons->setObjectName(QStringLiteral("exportButtonBox"));

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(QString(), m_description);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_pathLabel, pathRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    m_directory = QFileInfo(path).absolutePath();
    {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(std::max(0, m_format->findData(static_cast<int>(format))));
    }
    setLanguage(language);
    setPath(withSuffix(path, format));
    retranslate();
}

QList<ReportFormat> ExportDialog::formats()
{
    return {ReportFormat::Html,
            ReportFormat::Pdf,
            ReportFormat::Json,
            ReportFormat::Sarif,
            ReportFormat::Junit,
            ReportFormat::Prometheus};
}

QString ExportDialog::nameFilter(ReportFormat format)
{
    return tr("%1 (*.%2)").arg(reportFormatName(format), reportFormatSuffix(format));
}

QString ExportDialog::withSuffix(const QString& path, ReportFormat format)
{
    const QFileInfo info(path);
    QString base = info.fileName();
    // Only a report's suffix is replaced: "audit.v2" becomes "audit.v2.html", "audit.json" "audit.html".
    const QString suffix = info.suffix();
    const QList<ReportFormat> all = formats();
    const bool known =
        std::any_of(all.cbegin(), all.cend(), [&suffix](ReportFormat f) { return suffix == reportFormatSuffix(f); });
    if (known && base.size() > suffix.size() + 1) {
        base.chop(suffix.size() + 1);
    }
    base += QLatin1Char('.') + reportFormatSuffix(format);
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? base : path.left(slash + 1) + base;
}

ReportFormat ExportDialog::format() const
{
    return static_cast<ReportFormat>(m_format->currentData().toInt());
}

QString ExportDialog::language() const
{
    return m_language->currentData().toString();
}

QString ExportDialog::path() const
{
    const QString text = m_path->text().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    return QDir::cleanPath(QDir(m_directory).absoluteFilePath(QDir::fromNativeSeparators(text)));
}

void ExportDialog::setFormat(ReportFormat format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(static_cast<int>(format))));
}

void ExportDialog::setLanguage(const QString& language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_error->hide();
}

void ExportDialog::onFormatChanged()
{
    m_description->setText(formatDescription(format()));
    const QString text = m_path->text().trimmed();
    if (!text.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(withSuffix(QDir::fromNativeSeparators(text), format())));
    }
}

void ExportDialog::browse()
{
    auto* dialog = new QFileDialog(this, tr("Export report"), path());
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    QStringList filters;
    for (ReportFormat f : formats()) {
        filters.append(nameFilter(f));
    }
    dialog->setNameFilters(filters);
    dialog->selectNameFilter(nameFilter(format()));
    dialog->setDefaultSuffix(reportFormatSuffix(format()));
    dialog->selectFile(path());
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        for (ReportFormat f : formats()) {
            if (filter == nameFilter(f)) {
                dialog->setDefaultSuffix(reportFormatSuffix(f));
            }
        }
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](const QString& file) {
        // A suffix typed on purpose picks its format; otherwise the filter's format does (the dialog has
        // completed the name with its suffix).
        std::optional<ReportFormat> chosen;
        const QString suffix = QFileInfo(file).suffix();
        for (ReportFormat f : formats()) {
            if (suffix == reportFormatSuffix(f)) {
                chosen = f;
            } else if (!chosen && dialog->selectedNameFilter() == nameFilter(f)) {
                chosen = f;
            }
        }
        if (chosen && *chosen != format()) {
            const QSignalBlocker blocker(m_format);
            setFormat(*chosen);
            m_description->setText(formatDescription(*chosen));
        }
        m_directory = QFileInfo(file).absolutePath();
        const QString fixed = chosen ? withSuffix(file, *chosen) : file;
        setPath(fixed);
        // The file dialog asked before picking an existing file.
        m_confirmedPath = QFileInfo(fixed).absoluteFilePath();
    });
    dialog->open();
}

void ExportDialog::accept()
{
    const QString target = path();
    if (target.isEmpty()) {
        m_error->setText(tr("Choose a file name for the report."));
        m_error->show();
        m_path->setFocus();
        return;
    }
    const QFileInfo info(target);
    if (info.isDir()) {
        m_error->setText(tr("%1 is a folder: choose a file name.").arg(QDir::toNativeSeparators(target)));
        m_error->show();
        m_path->setFocus();
        return;
    }
    if (!info.exists() || info.absoluteFilePath() == m_confirmedPath) {
        finish(target);
        return;
    }
    auto* question =
        new QMessageBox(QMessageBox::Question,
                        tr("Replace the file?"),
                        tr("%1 already exists. Replace it with the report?").arg(QDir::toNativeSeparators(target)),
                        QMessageBox::Yes | QMessageBox::No,
                        this);
    question->setObjectName(QStringLiteral("exportOverwriteMessageBox"));
    question->setDefaultButton(QMessageBox::No);
    question->button(QMessageBox::Yes)->setText(tr("Replace"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, target] {
        if (question->clickedButton() == question->button(QMessageBox::Yes)) {
            m_confirmedPath = QFileInfo(target).absoluteFilePath();
            finish(target);
        }
    });
    question->open();
}

void ExportDialog::finish(const QString& path)
{
    Q_EMIT exportRequested(path, format(), language());
    QDialog::accept();
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export report"));
    m_formatLabel->setText(tr("&Format:"));
    for (int i = 0; i < m_format->count(); ++i) {
        m_format->setItemText(i, reportFormatName(static_cast<ReportFormat>(m_format->itemData(i).toInt())));
    }
    m_description->setText(formatDescription(format()));
    m_languageLabel->setText(tr("Report &language:"));
    m_language->setToolTip(tr("The language of the report's texts; ids, keys and metric names never change."));
    m_pathLabel->setText(tr("F&ile:"));
    m_browse->setText(tr("&Browse…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
}

} // namespace escut
