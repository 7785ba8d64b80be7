// SPDX-License-Identifier: GPL-3.0-or-later
// fix.file-perms (CIS 3.x): Docker's socket, daemon.json, its directory, key.json and the TLS files named in
// daemon.json get the CIS owners and modes. Modes only ever get stricter.
#include "core/privileged/SafeFs.h"
#include "core/remediation/Remediation.h"
#include "core/remediation/fixes/FixOperation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <grp.h>
#include <unistd.h>

namespace escut
{

namespace
{

// Only ever tightens: the new mode is the old one with the bits outside `allowed` removed.
void tighten(Plan& plan, const FixContext& context, const QString& path, uint allowed, std::optional<uint> gid)
{
    if (path.isEmpty() || !QDir::isAbsolutePath(path)) {
        return; // a setting that is not there (or not a path): never the root directory itself
    }
    Result<FileChange> current = currentFile(path, context.hostPath(path));
    if (!current) {
        plan.notes.append(current.error().message);
        return;
    }
    std::optional<FileChange> c = current.value();
    if (!c->beforeExists) {
        return;
    }
    c->kind = FileChange::Kind::Permissions;
    const uint mode = c->beforeMode & allowed;
    if (mode != c->beforeMode) {
        c->targetMode = mode;
    }
    if (c->beforeUid != 0) {
        c->targetUid = 0;
    }
    if (gid && c->beforeGid != *gid) {
        c->targetGid = *gid;
    }
    if (c->targetMode || c->targetUid || c->targetGid) {
        c->needsRoot = ::getuid() != 0;
        plan.changes.append(*c);
    }
}

class FilePermsFix final : public FixOperation
{
public:
    const char* id() const override
    {
        return "fix.file-perms";
    }
    const char* title() const override
    {
        return QT_TRANSLATE_NOOP("Remediation",
                                 "Give Docker's socket, configuration and keys the CIS owners and modes");
    }
    QStringList checkIds() const override
    {
        return {QStringLiteral("daemon.socket-perms"),
                QStringLiteral("daemon.config-perms"),
                QStringLiteral("daemon.key-perms")};
    }
    Result<Plan> plan(const FixContext& context) const override;
};

Result<Plan> FilePermsFix::plan(const FixContext& context) const
{
    Plan plan;
    plan.fixId = QString::fromLatin1(id());
    plan.checkIds = checkIds();
    const group* docker = ::getgrnam("docker");
    // The socket as root's own symlinks resolve it (/var/run → /run): the applying side never follows a link.
    QString socket = context.socketPath;
    if (context.root == QLatin1String("/") || context.root.isEmpty()) {
        if (const Result<QString> canonical = safefs::trustedCanonicalPath(socket)) {
            socket = canonical.value();
        }
    }
    tighten(plan, context, socket, 0660, docker ? std::optional<uint>(docker->gr_gid) : std::nullopt);
    // The daemon (its command line names its config file) and the config it names: the apply re-reads both.
    const FixDaemon daemon = fixDaemon(context);
    const QString config = daemon.configPath;
    addDaemonInput(plan, context, daemon);
    plan.addFileInput(config, context.hostPath(config));
    tighten(plan, context, config, 0644, 0u);
    tighten(plan, context, QFileInfo(config).path(), 0755, 0u);
    tighten(plan, context, QFileInfo(config).path() + QStringLiteral("/key.json"), 0600, 0u);
    // TLS material named in daemon.json.
    QFile file(context.hostPath(config));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject values = QJsonDocument::fromJson(file.readAll()).object();
        // CIS 3.9-3.14, as daemon.key-perms checks them: the key 0400, the certificates 0444.
        tighten(plan, context, values.value(QStringLiteral("tlskey")).toString(), 0400, 0u);
        tighten(plan, context, values.value(QStringLiteral("tlscert")).toString(), 0444, 0u);
        tighten(plan, context, values.value(QStringLiteral("tlscacert")).toString(), 0444, 0u);
    }
    return plan;
}

} // namespace

const FixOperation& filePermsFix()
{
    static const FilePermsFix s_fix;
    return s_fix;
}

} // namespace escut
