// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace escut
{

// fix.run-command: the hardened equivalent of a running container, as a `docker run` command and as a Compose
// service, computed from its inspect data. Pure; secret-looking variables are passed by name, never by value.
struct HardenedRun
{
    QString dockerRun;
    QByteArray composeService;
    QStringList notes;    // translated
    QStringList warnings; // translated
};

class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    [[nodiscard]] static HardenedRun harden(const QJsonObject& inspect);
    [[nodiscard]] static QString shellQuote(const QString& word);
};

} // namespace escut
