// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/remediation/Remediation.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace escut
{

// The wizard page that asks what some fixes work on: the Compose file and how to harden it, the Dockerfile, the
// token gate's directory and secret name, the container to rebuild. Only the groups of the chosen fixes show.
class FixInputsPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(FixInputsPage)

public:
    explicit FixInputsPage(QWidget* parent = nullptr);
    ~FixInputsPage() override;

    // The fixes that need input from this page.
    [[nodiscard]] static bool needsInput(const QString& fixId);

    void setFixes(const QStringList& fixIds);
    void setContainers(const QStringList& names);
    void setComposeFiles(const QStringList& paths);
    void setHomeDir(const QString& home);

    // The choices, written into a context for planning and applying.
    void applyTo(FixContext& context) const;
    [[nodiscard]] bool recreate() const;

    [[nodiscard]] bool isComplete() const override;

private:
    void loadServices();
    QGroupBox* group(const char* objectName);

    QStringList m_fixes;
    QGroupBox* m_daemonGroup;
    QCheckBox* m_userns;
    QGroupBox* m_contentTrustGroup;
    QLineEdit* m_shellFile;
    QGroupBox* m_composeGroup;
    QComboBox* m_composeFile;
    QRadioButton* m_override;
    QRadioButton* m_full;
    QLineEdit* m_composeOutput;
    QCheckBox* m_loopback;
    QCheckBox* m_moveSecrets;
    QCheckBox* m_runsc;
    QTableWidget* m_caps;
    QGroupBox* m_dockerfileGroup;
    QLineEdit* m_dockerfile;
    QGroupBox* m_tokenGroup;
    QLineEdit* m_tokenDir;
    QLineEdit* m_secretName;
    QLineEdit* m_service;
    QGroupBox* m_runGroup;
    QComboBox* m_container;
    QCheckBox* m_recreate;
    QSpinBox* m_stopTimeout;
};

} // namespace escut
