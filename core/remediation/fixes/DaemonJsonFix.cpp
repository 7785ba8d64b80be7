// SPDX-License-Identifier: GPL-3.0-or-later
// fix.daemon-json: the recommended settings merged into the daemon.json the daemon behind the socket reads.
#include "core/checks/catalogue/Helpers.h"
#include "core/facts/Snapshot.h"
#include "core/privileged/PlanPolicy.h"
#include "core/privileged/SafeFs.h"
#include "core/remediation/Remediation.h"
#include "core/remediation/fixes/DaemonJsonText.h"
#include "core/remediation/fixes/FixOperation.h"
#include "core/tools/ToolRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <grp.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

namespace escut
{

namespace
{

using ordered_json = nlohmann::ordered_json;

// The current state of a file as a FileChange with nothing changed yet.
std::optional<FileChange> currentFile(const FixContext& context, const QString& path, QString* error)
{
    Result<FileChange> c = escut::currentFile(path, context.hostPath(path));
    if (!c) {
        *error = c.error().message;
        return std::nullopt;
    }
    return c.value();
}

// dockerd --validate exists from Docker 23; older daemons only get our own JSON and key checks.
QString validateWithDockerd(const QByteArray& content)
{
    if (ToolRunner::find(QStringLiteral("dockerd")).isEmpty()) {
        return Remediation::tr("dockerd is not installed here: the new daemon.json was checked as JSON only.");
    }
    ToolOptions quick;
    quick.timeoutMs = 5000;
    quick.maxOutputBytes = 1024 * 1024;
    const Result<ToolOutput> help = ToolRunner::run(QStringLiteral("dockerd"), {QStringLiteral("--help")}, quick);
    if (!help || !help.value().out.contains("--validate")) {
        return Remediation::tr("This dockerd has no --validate option (Docker 23 and later have it): the new "
                               "daemon.json was checked as JSON and against the known keys.");
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("daemon.json")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return Remediation::tr("Could not write a temporary copy to validate it.");
    }
    file.close();
    ToolOptions options;
    options.timeoutMs = 10000;
    options.maxOutputBytes = 1024 * 1024;
    const Result<ToolOutput> validate =
        ToolRunner::run(QStringLiteral("dockerd"),
                        {QStringLiteral("--validate"), QStringLiteral("--config-file"), file.fileName()},
                        options);
    if (!validate) {
        return Remediation::tr("dockerd --validate could not run: %1").arg(validate.error().message);
    }
    if (!validate.value().succeeded()) {
        return Remediation::tr("dockerd --validate rejected the new daemon.json: %1")
            .arg(validate.value().diagnostic());
    }
    return Remediation::tr("dockerd --validate accepts the new daemon.json.");
}

class DaemonJsonFix final : public FixOperation
{
public:
    const char* id() const override
    {
        return "fix.daemon-json";
    }
    const char* title() const override
    {
        return QT_TRANSLATE_NOOP("Remediation", "Merge the recommended settings into daemon.json");
    }
    QStringList checkIds() const override
    {
        return {QStringLiteral("daemon.icc-off"),
                QStringLiteral("daemon.debug-off"),
                QStringLiteral("daemon.live-restore"),
                QStringLiteral("daemon.userland-proxy-off"),
                QStringLiteral("daemon.no-new-privileges"),
                QStringLiteral("daemon.log-level"),
                QStringLiteral("daemon.default-ulimits"),
                QStringLiteral("daemon.config-valid")};
    }
    const QList<FixInput>& inputs() const override
    {
        static const QList<FixInput> s_inputs{
            {.key = "with-userns-remap",
             .kind = FixInput::Kind::Flag,
             .option = "with-userns-remap",
             .valueName = "",
             .label = QT_TRANSLATE_NOOP("FixInput", "Also enable userns-remap (read the warning in the preview)"),
             .help = QT_TRANSLATE_NOOP("FixInput", "Also enable userns-remap (read the warning in the preview).")},
        };
        return s_inputs;
    }
    Result<Plan> plan(const FixContext& context) const override;
};

Result<Plan> DaemonJsonFix::plan(const FixContext& context) const
{
    Plan plan;
    plan.fixId = QString::fromLatin1(id());
    plan.checkIds = checkIds();
    // One identification of the daemon: its daemon.json, and its argv (the keys that must stay out of daemon.json).
    const FixDaemon daemon = fixDaemon(context);
    addDaemonInput(plan, context, daemon);
    QString error;
    std::optional<FileChange> file = currentFile(context, daemon.configPath, &error);
    if (!file) {
        return makeError(Error::Code::IoError, error);
    }
    Result<ordered_json> parsed = daemonjson::parse(file->beforeExists ? file->before : QByteArray(), file->path);
    if (!parsed) {
        return parsed.error();
    }
    ordered_json config = std::move(parsed.value());

    // Settings also given on dockerd's command line must stay out of daemon.json, or dockerd refuses to start.
    Snapshot running;
    running.daemonCommandLine = daemon.argv;
    const QStringList reloadable{QStringLiteral("debug"), QStringLiteral("live-restore")};
    std::vector<std::pair<std::string, ordered_json>> recommended{
        {"icc", false},
        {"debug", false},
        {"live-restore", true},
        {"userland-proxy", false},
        {"no-new-privileges", true},
        {"log-level", "info"},
    };
    if (context.inputs.flag(QStringLiteral("with-userns-remap"))) {
        recommended.emplace_back("userns-remap", "default");
        plan.warnings.append(Remediation::tr(
            "userns-remap changes the owner of everything dockerd stores: existing images, containers and volumes "
            "are not visible until you pull or create them again, and bind mounts need new permissions."));
    }
    // icc=false works through iptables: with iptables off, dockerd refuses to start with it.
    const bool iptablesOff =
        running.commandLineFlag(QStringLiteral("--iptables")).value_or(QString()) == QLatin1String("false") ||
        (config.contains("iptables") && config["iptables"] == false);
    for (const auto& [key, value] : recommended) {
        const QString name = QString::fromStdString(key);
        if (name == QLatin1String("icc") && iptablesOff) {
            plan.notes.append(
                Remediation::tr("icc is left alone: this daemon runs with iptables off, and dockerd refuses "
                                "to start with icc=false without iptables."));
            continue;
        }
        if (!running.commandLineFlagValues(QStringLiteral("--") + name).isEmpty()) {
            plan.notes.append(Remediation::tr("%1 is set on dockerd's command line; change it there (daemon.json "
                                              "cannot repeat it).")
                                  .arg(name));
            continue;
        }
        if (config.contains(key) && config[key] == value) {
            continue;
        }
        config[key] = value;
        (reloadable.contains(name) ? plan.reloadKeys : plan.restartKeys).append(name);
    }
    if (!config.contains("default-ulimits") &&
        running.commandLineFlagValues(QStringLiteral("--default-ulimit")).isEmpty()) {
        config["default-ulimits"] = ordered_json{{"nofile", {{"Name", "nofile"}, {"Soft", 1024}, {"Hard", 2048}}}};
        plan.restartKeys.append(QStringLiteral("default-ulimits"));
    }
    if (plan.reloadKeys.isEmpty() && plan.restartKeys.isEmpty()) {
        return plan; // already hardened
    }
    Result<QByteArray> after = daemonjson::dump(config, file->before, file->path);
    if (!after) {
        return after.error();
    }
    file->after = after.value();
    if (!file->beforeExists) {
        file->targetMode = 0644;
        file->targetUid = 0;
        file->targetGid = 0;
        file->needsRoot = file->needsRoot || ::getuid() != 0;
    }
    plan.changes.append(*file);
    QStringList unknown;
    for (const auto& item : config.items()) {
        if (!checkhelpers::knownDaemonConfigKeys().contains(QString::fromStdString(item.key()))) {
            unknown.append(QString::fromStdString(item.key()));
        }
    }
    if (!unknown.isEmpty()) {
        plan.warnings.append(Remediation::tr("dockerd refuses to start with keys it does not know: %1. Escut keeps "
                                             "them as they are; remove or correct them by hand.")
                                 .arg(unknown.join(QStringLiteral(", "))));
    }
    plan.notes.append(validateWithDockerd(file->after));
    if (!plan.restartKeys.isEmpty()) {
        plan.notes.append(Remediation::tr("%1 take effect when dockerd restarts (sudo systemctl restart docker); "
                                          "running containers stop unless live-restore is on.")
                              .arg(plan.restartKeys.join(QStringLiteral(", "))));
    }
    if (!plan.reloadKeys.isEmpty()) {
        plan.notes.append(Remediation::tr("%1 take effect on a reload (sudo systemctl reload docker, or SIGHUP to "
                                          "dockerd), without stopping containers.")
                              .arg(plan.reloadKeys.join(QStringLiteral(", "))));
    }
    return plan;
}

} // namespace

const FixOperation& daemonJsonFix()
{
    static const DaemonJsonFix s_fix;
    return s_fix;
}

} // namespace escut
