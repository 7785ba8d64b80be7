// SPDX-License-Identifier: GPL-3.0-or-later
// The fixes: each builds a Plan from the files as they are now. Planning reads, never writes.
#include "core/checks/catalogue/Helpers.h"
#include "core/facts/HostProbe.h"
#include "core/privileged/DaemonPeer.h"
#include "core/privileged/PlanPolicy.h"
#include "core/privileged/SafeFs.h"
#include "core/remediation/Remediation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
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

// The indentation the user's file already uses (2 spaces when unknown).
int indentOf(const QByteArray& text)
{
    static const QRegularExpression firstIndented(QStringLiteral("\\n( +)\\S"));
    const QRegularExpressionMatch m = firstIndented.match(QString::fromUtf8(text));
    return m.hasMatch() ? int(m.capturedLength(1)) : 2;
}

QString daemonConfigPath(const FixContext& context)
{
    // The file the daemon behind the socket reads (its peer's --config-file, or the rootless or system default).
    if (context.root == QLatin1String("/") || context.root.isEmpty()) {
        const Result<DaemonPeer> peer = DaemonPeer::identify(context.socketPath);
        if (peer && !peer.value().configFile.isEmpty()) {
            return peer.value().configFile;
        }
    }
    return QStringLiteral("/etc/docker/daemon.json");
}

// dockerd --validate exists from Docker 23; older daemons only get our own JSON and key checks.
QString validateWithDockerd(const QByteArray& content)
{
    const QString dockerd = QStandardPaths::findExecutable(QStringLiteral("dockerd"));
    if (dockerd.isEmpty()) {
        return Remediation::tr("dockerd is not installed here: the new daemon.json was checked as JSON only.");
    }
    QProcess help;
    help.start(dockerd, {QStringLiteral("--help")});
    if (!help.waitForFinished(5000) || !help.readAllStandardOutput().contains("--validate")) {
        return Remediation::tr("This dockerd has no --validate option (Docker 23 and later have it): the new "
                               "daemon.json was checked as JSON and against the known keys.");
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("daemon.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return Remediation::tr("Could not write a temporary copy to validate it.");
    }
    file.close();
    QProcess validate;
    validate.start(dockerd, {QStringLiteral("--validate"), QStringLiteral("--config-file"), file.fileName()});
    if (!validate.waitForFinished(10000)) {
        validate.kill();
        return Remediation::tr("dockerd --validate did not answer within 10 s.");
    }
    if (validate.exitCode() != 0) {
        return Remediation::tr("dockerd --validate rejected the new daemon.json: %1")
            .arg(QString::fromUtf8(validate.readAllStandardError()).trimmed());
    }
    return Remediation::tr("dockerd --validate accepts the new daemon.json.");
}

Result<Plan> planDaemonJson(const FixContext& context)
{
    Plan plan;
    plan.fixId = QStringLiteral("fix.daemon-json");
    plan.checkIds = Remediation::findFix(plan.fixId)->checkIds;
    QString error;
    std::optional<FileChange> file = currentFile(context, daemonConfigPath(context), &error);
    if (!file) {
        return makeError(Error::Code::IoError, error);
    }
    ordered_json config = ordered_json::object();
    if (file->beforeExists && !file->before.trimmed().isEmpty()) {
        try {
            config = ordered_json::parse(file->before.constData(), file->before.constData() + file->before.size());
        } catch (const nlohmann::json::parse_error& e) {
            return makeError(Error::Code::ParseError,
                             Remediation::tr("%1 is not valid JSON (%2). Escut will not rewrite it: fix it by hand "
                                             "first; it was left untouched.")
                                 .arg(file->path, QString::fromUtf8(e.what())));
        }
        if (!config.is_object()) {
            return makeError(Error::Code::ParseError,
                             Remediation::tr("%1 is not a JSON object. Escut will not rewrite it; it was left "
                                             "untouched.")
                                 .arg(file->path));
        }
    }

    // Settings also given on dockerd's command line must stay out of daemon.json, or dockerd refuses to start.
    Snapshot running;
    if (context.root == QLatin1String("/") || context.root.isEmpty()) {
        running.daemonCommandLine = HostProbe().dockerdCommandLine(context.socketPath);
    }
    const QStringList reloadable{QStringLiteral("debug"), QStringLiteral("live-restore")};
    std::vector<std::pair<std::string, ordered_json>> recommended{
        {"icc", false},
        {"debug", false},
        {"live-restore", true},
        {"userland-proxy", false},
        {"no-new-privileges", true},
        {"log-level", "info"},
    };
    if (context.withUsernsRemap) {
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
    try {
        file->after = QByteArray::fromStdString(config.dump(indentOf(file->before))) + '\n';
    } catch (const nlohmann::json::exception& e) {
        return makeError(Error::Code::ParseError,
                         Remediation::tr("%1 cannot be rewritten (%2); it was left untouched.")
                             .arg(file->path, QString::fromUtf8(e.what())));
    }
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

// Only ever tightens: the new mode is the old one with the bits outside `allowed` removed.
void tighten(Plan& plan, const FixContext& context, const QString& path, uint allowed, std::optional<uint> gid)
{
    if (path.isEmpty() || !QDir::isAbsolutePath(path)) {
        return; // a setting that is not there (or not a path): never the root directory itself
    }
    QString error;
    std::optional<FileChange> c = currentFile(context, path, &error);
    if (!c || !c->beforeExists) {
        if (!error.isEmpty()) {
            plan.notes.append(error);
        }
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

Result<Plan> planFilePerms(const FixContext& context)
{
    Plan plan;
    plan.fixId = QStringLiteral("fix.file-perms");
    plan.checkIds = Remediation::findFix(plan.fixId)->checkIds;
    const group* docker = ::getgrnam("docker");
    // The socket as root's own symlinks resolve it (/var/run → /run): the applying side never follows a link.
    QString socket = context.socketPath;
    if (context.root == QLatin1String("/") || context.root.isEmpty()) {
        if (const Result<QString> canonical = safefs::trustedCanonicalPath(socket)) {
            socket = canonical.value();
        }
    }
    tighten(plan, context, socket, 0660, docker ? std::optional<uint>(docker->gr_gid) : std::nullopt);
    const QString config = daemonConfigPath(context);
    tighten(plan, context, config, 0644, 0u);
    tighten(plan, context, QFileInfo(config).path(), 0755, 0u);
    tighten(plan, context, QFileInfo(config).path() + QStringLiteral("/key.json"), 0600, 0u);
    // TLS material named in daemon.json.
    QFile file(context.hostPath(config));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject values = QJsonDocument::fromJson(file.readAll()).object();
        tighten(plan, context, values.value(QStringLiteral("tlskey")).toString(), 0600, 0u);
        tighten(plan, context, values.value(QStringLiteral("tlscert")).toString(), 0644, 0u);
        tighten(plan, context, values.value(QStringLiteral("tlscacert")).toString(), 0644, 0u);
    }
    return plan;
}

Result<Plan> planContentTrust(const FixContext& context)
{
    Plan plan;
    plan.fixId = QStringLiteral("fix.content-trust-env");
    plan.checkIds = Remediation::findFix(plan.fixId)->checkIds;
    const QString home = context.homeDir.isEmpty() ? QDir::homePath() : context.homeDir;
    const QString path = context.shellFile.isEmpty() ? home + QStringLiteral("/.bashrc") : context.shellFile;
    QString error;
    std::optional<FileChange> c = currentFile(context, path, &error);
    if (!c) {
        return makeError(Error::Code::IoError, error);
    }
    static const QRegularExpression exported(QStringLiteral("^\\s*export\\s+DOCKER_CONTENT_TRUST=[\"']?1[\"']?\\s*$"),
                                             QRegularExpression::MultilineOption);
    if (exported.match(QString::fromUtf8(c->before)).hasMatch()) {
        return plan; // already there
    }
    c->kind = FileChange::Kind::ShellBlock;
    c->blockBegin = PlanPolicy::contentTrustBegin();
    c->blockEnd = PlanPolicy::contentTrustEnd();
    QByteArray after = c->before;
    if (!after.isEmpty() && !after.endsWith('\n')) {
        after += '\n';
    }
    after += '\n' + PlanPolicy::contentTrustBlock();
    c->after = after;
    if (!c->beforeExists) {
        c->targetMode = 0644;
    }
    plan.changes.append(*c);
    plan.notes.append(
        Remediation::tr("New shells get DOCKER_CONTENT_TRUST=1; run 'source %1' in the open ones.").arg(path));
    return plan;
}

} // namespace

Result<Plan> planTokenGate(const FixContext& context);     // TokenGate.cpp
Result<Plan> planDockerfile(const FixContext& context);    // DockerfileFix.cpp
Result<Plan> planComposeHarden(const FixContext& context); // ComposeFix.cpp
Result<Plan> planRunCommand(const FixContext& context);    // RunCommandFix.cpp

const QList<FixInfo>& Remediation::fixes()
{
    static const QList<FixInfo> s_fixes{
        {"fix.daemon-json",
         QT_TRANSLATE_NOOP("Remediation", "Merge the recommended settings into daemon.json"),
         {QStringLiteral("daemon.icc-off"),
          QStringLiteral("daemon.debug-off"),
          QStringLiteral("daemon.live-restore"),
          QStringLiteral("daemon.userland-proxy-off"),
          QStringLiteral("daemon.no-new-privileges"),
          QStringLiteral("daemon.log-level"),
          QStringLiteral("daemon.default-ulimits"),
          QStringLiteral("daemon.config-valid")}},
        {"fix.file-perms",
         QT_TRANSLATE_NOOP("Remediation",
                           "Give Docker's socket, configuration and keys the CIS owners "
                           "and modes"),
         {QStringLiteral("daemon.socket-perms"),
          QStringLiteral("daemon.config-perms"),
          QStringLiteral("daemon.key-perms")}},
        {"fix.content-trust-env",
         QT_TRANSLATE_NOOP("Remediation", "Export DOCKER_CONTENT_TRUST=1 in the shell start file"),
         {QStringLiteral("host.content-trust-env")}},
        {"fix.compose-harden",
         QT_TRANSLATE_NOOP("Remediation", "Regenerate a Compose file hardened, or write an override file next to it"),
         {QStringLiteral("compose.privileged"),
          QStringLiteral("compose.cap-drop"),
          QStringLiteral("compose.no-new-privileges"),
          QStringLiteral("compose.read-only"),
          QStringLiteral("compose.resources"),
          QStringLiteral("compose.ports-loopback"),
          QStringLiteral("compose.secrets")}},
        {"fix.token-gate",
         QT_TRANSLATE_NOOP("Remediation", "Generate a token-gated entrypoint with a Docker secret"),
         {QStringLiteral("container.token-gate"), QStringLiteral("container.secrets")}},
        {"fix.dockerfile",
         QT_TRANSLATE_NOOP("Remediation",
                           "Use COPY instead of ADD, add a USER and pin base images in a "
                           "Dockerfile"),
         {QStringLiteral("dockerfile.add"),
          QStringLiteral("dockerfile.user"),
          QStringLiteral("dockerfile.pinned-base")}},
        {"fix.run-command",
         QT_TRANSLATE_NOOP("Remediation",
                           "Show the hardened docker run command and Compose service of "
                           "a container"),
         {QStringLiteral("container.user-nonroot"),
          QStringLiteral("container.capabilities"),
          QStringLiteral("container.no-new-privileges"),
          QStringLiteral("container.read-only"),
          QStringLiteral("container.memory"),
          QStringLiteral("container.cpus"),
          QStringLiteral("container.pids"),
          QStringLiteral("container.docker-socket"),
          QStringLiteral("container.namespaces"),
          QStringLiteral("container.ports-bind"),
          QStringLiteral("container.restart-policy")}},
    };
    return s_fixes;
}

const FixInfo* Remediation::findFix(const QString& id)
{
    for (const FixInfo& f : fixes()) {
        if (id == QLatin1String(f.id)) {
            return &f;
        }
    }
    return nullptr;
}

namespace
{

Result<Plan> planFix(const QString& fixId, const FixContext& context)
{
    if (fixId == QLatin1String("fix.daemon-json")) {
        return planDaemonJson(context);
    }
    if (fixId == QLatin1String("fix.file-perms")) {
        return planFilePerms(context);
    }
    if (fixId == QLatin1String("fix.content-trust-env")) {
        return planContentTrust(context);
    }
    if (fixId == QLatin1String("fix.token-gate")) {
        return planTokenGate(context);
    }
    if (fixId == QLatin1String("fix.dockerfile")) {
        return planDockerfile(context);
    }
    if (fixId == QLatin1String("fix.compose-harden")) {
        return planComposeHarden(context);
    }
    if (fixId == QLatin1String("fix.run-command")) {
        return planRunCommand(context);
    }
    QStringList ids;
    for (const FixInfo& f : Remediation::fixes()) {
        ids.append(QString::fromLatin1(f.id));
    }
    return makeError(Error::Code::InvalidArgument,
                     Remediation::tr("Unknown fix '%1'; the fixes are: %2.").arg(fixId, ids.join(QStringLiteral(", "))));
}

} // namespace

Result<Plan> Remediation::plan(const QString& fixId, const FixContext& context)
{
    // Every path the user gives stays under the root: no "." or ".." component, absolute.
    for (const QString& path : {context.shellFile, context.composeFile, context.composeOutput, context.dockerfile,
                                context.projectDir, context.homeDir}) {
        if (const Result<QStringList> parts = safefs::components(path); !path.isEmpty() && !parts) {
            return parts.error();
        }
    }
    if (!context.root.isEmpty() && context.root != QLatin1String("/") && !safefs::components(context.root)) {
        return safefs::components(context.root).error();
    }
    Result<Plan> planned = planFix(fixId, context);
    if (!planned) {
        return planned;
    }
    Plan plan = std::move(planned).value();
    plan.root = context.root.isEmpty() ? QStringLiteral("/") : context.root;
    plan.socketPath = context.socketPath;
    // The daemon's command line decides daemon.json's path and which keys stay out of it.
    if ((fixId == QLatin1String("fix.daemon-json") || fixId == QLatin1String("fix.file-perms")) &&
        plan.root == QLatin1String("/")) {
        const Result<DaemonPeer> peer = DaemonPeer::identify(context.socketPath);
        plan.addInput(PlanInput::Kind::DaemonArgv,
                      context.socketPath,
                      peer ? peer.value().argv.join(QChar(0)).toUtf8() : QByteArray());
    }
    if (fixId == QLatin1String("fix.file-perms")) {
        const QString config = daemonConfigPath(context);
        plan.addFileInput(config, context.hostPath(config));
    }
    if (fixId == QLatin1String("fix.compose-harden") && !context.composeFile.isEmpty()) {
        const QString file = QDir::cleanPath(context.composeFile);
        plan.addFileInput(file, context.hostPath(file));
        plan.scopeDir = QFileInfo(file).path();
    }
    if (fixId == QLatin1String("fix.token-gate")) {
        plan.scopeDir = QDir::cleanPath(context.projectDir);
    }
    if (fixId == QLatin1String("fix.dockerfile") && !context.dockerfile.isEmpty()) {
        plan.addFileInput(context.dockerfile, context.hostPath(context.dockerfile));
    }
    return plan;
}

} // namespace escut
