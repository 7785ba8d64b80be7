// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Check.h"

#include <QList>

namespace escut
{

// The whole catalogue, in a stable order (layer, then declaration order).
const QList<CheckDef>& catalogue();
const CheckDef* findCheck(const QString& id);

// Each catalogue file appends its rows.
void addDaemonChecks(QList<CheckDef>& out);
void addDaemonFileChecks(QList<CheckDef>& out);
void addCisDaemonChecks(QList<CheckDef>& out);
void addSwarmChecks(QList<CheckDef>& out);
void addContainerChecks(QList<CheckDef>& out);
void addCisContainerChecks(QList<CheckDef>& out);
void addComposeChecks(QList<CheckDef>& out);
void addDockerfileChecks(QList<CheckDef>& out);
void addSecretsChecks(QList<CheckDef>& out);
void addHostChecks(QList<CheckDef>& out);
void addEncryptionChecks(QList<CheckDef>& out);
void addMonitorChecks(QList<CheckDef>& out);
void addImageChecks(QList<CheckDef>& out);

} // namespace escut
