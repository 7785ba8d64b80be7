// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/Catalogue.h"

#include <algorithm>

namespace escut
{

const QList<CheckDef>& catalogue()
{
    static const QList<CheckDef> s_catalogue = [] {
        QList<CheckDef> all;
        addDaemonChecks(all);
        addDaemonFileChecks(all);
        addCisDaemonChecks(all);
        addSwarmChecks(all);
        addContainerChecks(all);
        addCisContainerChecks(all);
        addComposeChecks(all);
        addDockerfileChecks(all);
        addSecretsChecks(all);
        addHostChecks(all);
        addEncryptionChecks(all);
        addMonitorChecks(all);
        addImageChecks(all);
        // Diagram order (outermost layer first); declaration order within a layer.
        std::stable_sort(all.begin(), all.end(), [](const CheckDef& a, const CheckDef& b) {
            return static_cast<int>(a.layer) < static_cast<int>(b.layer);
        });
        return all;
    }();
    return s_catalogue;
}

const CheckDef* findCheck(const QString& id)
{
    for (const CheckDef& def : catalogue()) {
        if (id == QLatin1String(def.id)) {
            return &def;
        }
    }
    return nullptr;
}

} // namespace escut
