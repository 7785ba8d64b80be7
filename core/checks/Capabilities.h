// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace escut
{

// Linux capabilities of a container: what it really gets after defaults, --cap-add, --cap-drop and --privileged.
class Capabilities
{
public:
    // The set Docker (moby oci/caps/defaults.go) and Podman grant by default, without the CAP_ prefix.
    // The three sets are built once (they are asked for on every container of every audit).
    static const QSet<QString>& dockerDefaults();
    static const QSet<QString>& allKnown();
    // Capabilities that give a container a way out to the host (SYS_ADMIN, SYS_MODULE, ...).
    static const QSet<QString>& dangerous();

    // "cap_sys_admin", "CAP_SYS_ADMIN", "sys_admin" -> "SYS_ADMIN"
    static QString normalise(const QString& name);

    // From HostConfig: Privileged, CapAdd, CapDrop (Docker: "ALL"; Podman lists drops one by one). Docker lets an
    // added capability win over the same one dropped (the CLI and TweakCapabilities both do); Podman refuses such a
    // pair when it creates the container, so in its inspect data a listed drop is gone: pass dropsWin for Podman.
    static QSet<QString> effective(const QJsonObject& hostConfig, bool dropsWin = false);
};

} // namespace escut
