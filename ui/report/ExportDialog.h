// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportFormat.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace escut
{

// Export report…: the format (HTML, PDF, JSON, SARIF, JUnit XML, Prometheus text), the report's language and the
// file. The file name's suffix follows the format; Browse… opens a save dialog (which asks before replacing a
// file), and a file typed by hand that exists is replaced only after a question. Writes nothing itself: Export
// emits exportRequested and closes.
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(ExportDialog)

public:
    ExportDialog(const QString& path, ReportFormat format, const QString& language, QWidget* parent = nullptr);

    // The formats offered, in the order of the list.
    [[nodiscard]] static QList<ReportFormat> formats();
    // "HTML (*.html)", for file dialogs.
    [[nodiscard]] static QString nameFilter(ReportFormat format);
    // path with its suffix replaced by (or, without one, completed with) the format's.
    [[nodiscard]] static QString withSuffix(const QString& path, ReportFormat format);

    [[nodiscard]] ReportFormat format() const;
    [[nodiscard]] QString language() const;
    [[nodiscard]] QString path() const; // absolute
    void setFormat(ReportFormat format);
    void setLanguage(const QString& language);
    void setPath(const QString& path);

public Q_SLOTS:
    void accept() override;
    void browse();

Q_SIGNALS:
    void exportRequested(const QString& path, ReportFormat format, const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onFormatChanged();
    void finish(const QString& path);

    QComboBox* m_format;
    QLabel* m_formatLabel;
    QLabel* m_description;
    QComboBox* m_language;
    QLabel* m_languageLabel;
    QLineEdit* m_path;
    QLabel* m_pathLabel;
    QPushButton* m_browse;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QString m_directory;     // where a relative file name goes
    QString m_confirmedPath; // the existing file the user agreed to replace
};

} // namespace escut
