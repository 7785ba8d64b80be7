// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/remediation/Remediation.h"

#include <QHash>
#include <QWizardPage>

class QGroupBox;
class QVBoxLayout;

namespace escut
{

// The wizard page that asks what the chosen fixes work on. Its rows are generated from each fix's declared inputs
// (FixOperation::inputs()): a check box for a flag, a field with Browse… for a file or directory, a list of the
// audited containers or Compose files, a spin box, a table of a Compose file's services for capabilities. Only the
// groups of the chosen fixes show. Each widget is named after its input: key + "Input" (e.g. "composeInput").
class FixInputsPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(FixInputsPage)

public:
    explicit FixInputsPage(QWidget* parent = nullptr);
    ~FixInputsPage() override;

    // The fixes that declare inputs.
    [[nodiscard]] static bool needsInput(const QString& fixId);

    void setFixes(const QStringList& fixIds);
    void setContainers(const QStringList& names);
    void setComposeFiles(const QStringList& paths);
    void setHomeDir(const QString& home);
    // Fills one input of one fix (e.g. the container a check was opened from).
    void setValue(const QString& fixId, const QString& key, const QString& value);

    // What the user chose for one fix, by input key, as FixOperation::validate() takes it.
    [[nodiscard]] FixInputs inputsFor(const QString& fixId) const;
    // The group box of one fix (tests, focus).
    [[nodiscard]] QGroupBox* groupFor(const QString& fixId) const;

    [[nodiscard]] bool isComplete() const override;

private:
    struct Row;
    void addFix(const FixOperation& op, QVBoxLayout* column);
    QWidget* makeEditor(const FixInput& input, Row& row);
    void updateDependencies();
    void loadServices(Row& table, const QString& composeFile);
    [[nodiscard]] QString valueOf(const Row& row) const;
    [[nodiscard]] Row* find(const QString& fixId, const QString& key);
    [[nodiscard]] const Row* find(const QString& fixId, const QString& key) const;

    QStringList m_fixes;
    QHash<QString, QGroupBox*> m_groups; // fix id → its group
    QList<Row*> m_rows;
};

} // namespace escut
