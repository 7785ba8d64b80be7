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
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace escut
{

struct FixInputsPage::Row
{
    QString fixId;
    const FixInput* input = nullptr;
    QWidget* editor = nullptr; // QCheckBox, QComboBox (editable), QLineEdit, QSpinBox or QTableWidget
    QWidget* field = nullptr;  // what is enabled and disabled (the editor with its Browse… button)
    QLabel* label = nullptr;
};

namespace
{

// "secret-name" → "secretNameInput": the object name tests and accessibility tools find the row by.
QString objectNameFor(const char* key)
{
    QString name;
    bool upper = false;
    for (const char* c = key; *c; ++c) {
        if (*c == '-') {
            upper = true;
            continue;
        }
        name += upper ? QChar::fromLatin1(*c).toUpper() : QChar::fromLatin1(*c);
        upper = false;
    }
    return name + QStringLiteral("Input");
}

QString translated(const char* text)
{
    return QCoreApplication::translate("FixInput", text);
}

bool isFile(const QString& path)
{
    return !path.isEmpty() && QDir::isAbsolutePath(path) && QFileInfo(path).isFile();
}

// An editable list of suggestions with a Browse… button that fills it from a file or directory dialog.
QWidget* withBrowse(QComboBox* combo, bool directory, const QString& objectName)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(FixInputsPage::tr("Browse…"), row);
    browse->setObjectName(objectName + QStringLiteral("BrowsePushButton"));
    QObject::connect(browse, &QPushButton::clicked, row, [row, combo, directory] {
        const QString text = combo->currentText();
        const QString start = text.isEmpty() ? QDir::homePath() : QFileInfo(text).path();
        const QString chosen = directory ? QFileDialog::getExistingDirectory(row, QString(), start)
                                         : QFileDialog::getOpenFileName(row, QString(), start);
        if (!chosen.isEmpty()) {
            combo->setEditText(chosen);
        }
    });
    layout->addWidget(combo, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

FixInputsPage::FixInputsPage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("fixInputsPage"));
    setTitle(tr("What to fix"));
    setSubTitle(tr("Some fixes work on a file, a directory or a container: choose them here."));

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    for (const FixOperation* op : FixOperation::all()) {
        if (!op->inputs().isEmpty()) {
            addFix(*op, column);
        }
    }
    column->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    (new QVBoxLayout(this))->addWidget(scroll);
    updateDependencies();
}

FixInputsPage::~FixInputsPage()
{
    qDeleteAll(m_rows);
}

void FixInputsPage::addFix(const FixOperation& op, QVBoxLayout* column)
{
    const QString fixId = QLatin1String(op.id());
    auto* group = new QGroupBox(QCoreApplication::translate("Remediation", op.title()));
    group->setObjectName(fixId);
    auto* form = new QFormLayout(group);
    for (const FixInput& input : op.inputs()) {
        auto* row = new Row;
        row->fixId = fixId;
        row->input = &input;
        m_rows.append(row);
        QWidget* field = makeEditor(input, *row);
        row->field = field;
        row->editor->setToolTip(translated(input.help));
        if (input.kind == FixInput::Kind::Flag || input.kind == FixInput::Kind::ServiceCapabilities) {
            form->addRow(field);
        } else {
            row->label = new QLabel(translated(input.label));
            row->label->setBuddy(row->editor);
            form->addRow(row->label, field);
        }
    }
    // A capabilities table lists the services of the Compose file named by its source input.
    for (Row* table : std::as_const(m_rows)) {
        if (table->fixId != fixId || table->input->kind != FixInput::Kind::ServiceCapabilities) {
            continue;
        }
        if (const Row* source = find(fixId, QLatin1String(table->input->source))) {
            auto* combo = qobject_cast<QComboBox*>(source->editor);
            connect(combo, &QComboBox::currentTextChanged, this, [this, table](const QString& file) {
                loadServices(*table, file);
            });
        }
    }
    m_groups.insert(fixId, group);
    column->addWidget(group);
}

QWidget* FixInputsPage::makeEditor(const FixInput& input, Row& row)
{
    const QString name = objectNameFor(input.key);
    switch (input.kind) {
    case FixInput::Kind::Flag: {
        auto* box = new QCheckBox(translated(input.label));
        box->setChecked(QLatin1String(input.wizardDefault) == QLatin1String("1"));
        connect(box, &QCheckBox::toggled, this, &FixInputsPage::updateDependencies);
        row.editor = box;
        break;
    }
    case FixInput::Kind::File:
    case FixInput::Kind::Directory:
    case FixInput::Kind::Container: {
        auto* combo = new QComboBox;
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setEditText(QLatin1String(input.defaultValue));
        connect(combo, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);
        row.editor = combo;
        if (input.kind != FixInput::Kind::Container) {
            row.editor->setObjectName(name);
            return withBrowse(combo, input.kind == FixInput::Kind::Directory, name);
        }
        break;
    }
    case FixInput::Kind::Text: {
        auto* edit = new QLineEdit(QLatin1String(input.defaultValue));
        if (*input.pattern) {
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(input.pattern))),
                edit));
        }
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        row.editor = edit;
        break;
    }
    case FixInput::Kind::Number: {
        auto* spin = new QSpinBox;
        spin->setRange(input.minimum, input.maximum);
        spin->setValue(QString::fromLatin1(input.defaultValue).toInt());
        row.editor = spin;
        break;
    }
    case FixInput::Kind::ServiceCapabilities: {
        auto* table = new QTableWidget(0, 2);
        table->setHorizontalHeaderLabels({tr("Service"), translated(input.label)});
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        table->setMinimumHeight(110);
        row.editor = table;
        break;
    }
    }
    row.editor->setObjectName(name);
    return row.editor;
}

void FixInputsPage::updateDependencies()
{
    // An input that needs a flag is off without it; one that excludes a flag is off with it (and cleared).
    for (Row* row : std::as_const(m_rows)) {
        bool enabled = true;
        if (const Row* with = *row->input->onlyWith ? find(row->fixId, QLatin1String(row->input->onlyWith)) : nullptr) {
            enabled = enabled && qobject_cast<QCheckBox*>(with->editor)->isChecked();
        }
        if (const Row* without =
                *row->input->notWith ? find(row->fixId, QLatin1String(row->input->notWith)) : nullptr) {
            enabled = enabled && !qobject_cast<QCheckBox*>(without->editor)->isChecked();
        }
        row->field->setEnabled(enabled);
        if (row->label) {
            row->label->setEnabled(enabled);
        }
        if (auto* box = qobject_cast<QCheckBox*>(row->editor); box && !enabled) {
            const QSignalBlocker blocker(box);
            box->setChecked(false);
        }
    }
    Q_EMIT completeChanged();
}

FixInputsPage::Row* FixInputsPage::find(const QString& fixId, const QString& key)
{
    for (Row* row : std::as_const(m_rows)) {
        if (row->fixId == fixId && key == QLatin1String(row->input->key)) {
            return row;
        }
    }
    return nullptr;
}

const FixInputsPage::Row* FixInputsPage::find(const QString& fixId, const QString& key) const
{
    return const_cast<FixInputsPage*>(this)->find(fixId, key);
}

bool FixInputsPage::needsInput(const QString& fixId)
{
    const FixOperation* op = FixOperation::find(fixId);
    return op && !op->inputs().isEmpty();
}

void FixInputsPage::setFixes(const QStringList& fixIds)
{
    m_fixes = fixIds;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        it.value()->setVisible(fixIds.contains(it.key()));
    }
    Q_EMIT completeChanged();
}

void FixInputsPage::setContainers(const QStringList& names)
{
    for (Row* row : std::as_const(m_rows)) {
        if (row->input->kind == FixInput::Kind::Container) {
            auto* combo = qobject_cast<QComboBox*>(row->editor);
            const QString current = combo->currentText();
            combo->clear();
            combo->addItems(names);
            if (!current.isEmpty()) {
                combo->setEditText(current);
            }
        }
    }
}

void FixInputsPage::setComposeFiles(const QStringList& paths)
{
    // The Compose files of the audit, offered wherever a fix asks for a Compose file (its services' source).
    for (Row* row : std::as_const(m_rows)) {
        bool isSource = false;
        for (const Row* other : std::as_const(m_rows)) {
            isSource =
                isSource || (other->fixId == row->fixId && other->input->kind == FixInput::Kind::ServiceCapabilities &&
                             QLatin1String(other->input->source) == QLatin1String(row->input->key));
        }
        if (isSource) {
            auto* combo = qobject_cast<QComboBox*>(row->editor);
            const QString current = combo->currentText();
            combo->clear();
            combo->addItems(paths);
            if (!current.isEmpty()) {
                combo->setEditText(current);
            }
        }
    }
}

void FixInputsPage::setHomeDir(const QString& home)
{
    // fix.content-trust-env edits the user's ~/.bashrc unless told otherwise.
    if (Row* row = find(QStringLiteral("fix.content-trust-env"), QStringLiteral("shell-file"))) {
        auto* combo = qobject_cast<QComboBox*>(row->editor);
        if (combo->currentText().isEmpty()) {
            combo->setEditText(home + QStringLiteral("/.bashrc"));
        }
    }
}

void FixInputsPage::setValue(const QString& fixId, const QString& key, const QString& value)
{
    Row* row = find(fixId, key);
    if (!row) {
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(row->editor)) {
        combo->setEditText(value);
    } else if (auto* edit = qobject_cast<QLineEdit*>(row->editor)) {
        edit->setText(value);
    } else if (auto* box = qobject_cast<QCheckBox*>(row->editor)) {
        box->setChecked(value == QLatin1String("1"));
    } else if (auto* spin = qobject_cast<QSpinBox*>(row->editor)) {
        spin->setValue(value.toInt());
    }
}

QGroupBox* FixInputsPage::groupFor(const QString& fixId) const
{
    return m_groups.value(fixId);
}

void FixInputsPage::loadServices(Row& table, const QString& composeFile)
{
    // One row per service: the capabilities harden would add back, editable (empty: none).
    auto* caps = qobject_cast<QTableWidget*>(table.editor);
    caps->setRowCount(0);
    QFile file(composeFile.trimmed());
    if (!isFile(file.fileName()) || file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QByteArray text = file.readAll();
    const QMap<QString, QStringList> suggested = ComposeHardener::suggestedCapabilities(text);
    const QStringList own = ComposeHardener::servicesWithCapAdd(text);
    for (auto it = suggested.cbegin(); it != suggested.cend(); ++it) {
        const int r = caps->rowCount();
        caps->insertRow(r);
        auto* service = new QTableWidgetItem(it.key());
        service->setFlags(Qt::ItemIsEnabled);
        auto* list = new QTableWidgetItem(it.value().join(QStringLiteral(", ")));
        if (own.contains(it.key())) {
            list->setFlags(Qt::ItemIsEnabled); // the service's own cap_add is kept as it is
            list->setToolTip(tr("This service sets cap_add itself; it is kept."));
        }
        caps->setItem(r, 0, service);
        caps->setItem(r, 1, list);
    }
}

QString FixInputsPage::valueOf(const Row& row) const
{
    if (auto* combo = qobject_cast<QComboBox*>(row.editor)) {
        return combo->currentText().trimmed();
    }
    if (auto* edit = qobject_cast<QLineEdit*>(row.editor)) {
        return edit->text().trimmed();
    }
    if (auto* box = qobject_cast<QCheckBox*>(row.editor)) {
        return box->isChecked() ? QStringLiteral("1") : QString();
    }
    if (auto* spin = qobject_cast<QSpinBox*>(row.editor)) {
        return QString::number(spin->value());
    }
    return {};
}

FixInputs FixInputsPage::inputsFor(const QString& fixId) const
{
    FixInputs inputs;
    for (const Row* row : m_rows) {
        if (row->fixId != fixId || !row->field->isEnabled()) {
            continue;
        }
        const QString key = QLatin1String(row->input->key);
        if (auto* table = qobject_cast<QTableWidget*>(row->editor)) {
            for (int r = 0; r < table->rowCount(); ++r) {
                if (!(table->item(r, 1)->flags() & Qt::ItemIsEditable)) {
                    continue;
                }
                QStringList caps;
                for (const QString& cap : table->item(r, 1)->text().split(QRegularExpression(QStringLiteral("[,\\s]+")),
                                                                          Qt::SkipEmptyParts)) {
                    caps.append(cap.toUpper());
                }
                inputs.append(key, table->item(r, 0)->text() + QLatin1Char('=') + caps.join(QLatin1Char(',')));
            }
            continue;
        }
        const QString value = valueOf(*row);
        if (!value.isEmpty()) {
            inputs.set(key, value);
        }
    }
    return inputs;
}

bool FixInputsPage::isComplete() const
{
    for (const Row* row : m_rows) {
        if (!m_fixes.contains(row->fixId) || !row->field->isEnabled()) {
            continue;
        }
        const QString value = valueOf(*row);
        const FixInput& input = *row->input;
        if (value.isEmpty()) {
            if (input.required) {
                return false;
            }
            continue;
        }
        switch (input.kind) {
        case FixInput::Kind::File:
            // An input file must exist; an output file (not required) only needs an absolute path.
            if (input.required ? !isFile(value) : !QDir::isAbsolutePath(value)) {
                return false;
            }
            break;
        case FixInput::Kind::Directory:
            if (!QDir::isAbsolutePath(value) || !QFileInfo(value).isDir()) {
                return false;
            }
            break;
        case FixInput::Kind::Text:
            if (!qobject_cast<QLineEdit*>(row->editor)->hasAcceptableInput()) {
                return false;
            }
            break;
        default:
            break;
        }
    }
    return true;
}

} // namespace escut
