// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/privileged/PlanPolicy.h"

#include "core/privileged/DaemonPeer.h"
#include "core/privileged/SafeFs.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace escut
{

using namespace safefs;

namespace
{

QString parentPath(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

Error refuse(const Plan& plan, const QString& why)
{
    return makeError(Error::Code::PermissionDenied,
                     PlanPolicy::tr("Refusing the plan for %1: %2. Nothing was changed.").arg(plan.fixId, why));
}

std::optional<uint> uidFromEnvironment(const char* name)
{
    bool ok = false;
    const uint uid = qEnvironmentVariable(name).toUInt(&ok);
    return ok ? std::optional<uint>(uid) : std::nullopt;
}

// The info of a directory of the plan's tree (never following a link).
Result<Info> directoryInfo(const Tree& tree, const QString& path)
{
    Result<Dir> dir = tree.directory(path);
    if (!dir) {
        return dir.error();
    }
    return dir.value().info();
}

bool stricter(const FileChange& c)
{
    return !c.targetMode || (*c.targetMode & ~c.beforeMode) == 0;
}

// The daemon behind the plan's socket, when it runs as root: a rootless daemon's files are its user's to fix.
Result<DaemonPeer> rootfulPeer(const Plan& plan)
{
    const Result<DaemonPeer> peer = DaemonPeer::identify(plan.socketPath);
    if (!peer) {
        return refuse(plan, peer.error().message);
    }
    if (peer.value().rootless) {
        return refuse(
            plan,
            PlanPolicy::tr("the daemon behind %1 runs as uid %2 (rootless): its files are that user's to fix, "
                           "without administrator rights")
                .arg(plan.socketPath)
                .arg(peer.value().uid));
    }
    return peer;
}

VoidResult checkDaemonJson(const Plan& plan)
{
    if (plan.changes.size() != 1 || plan.changes.first().kind != FileChange::Kind::Write) {
        return refuse(plan, PlanPolicy::tr("it must write exactly one daemon.json"));
    }
    const FileChange& c = plan.changes.first();
    QString expected = QStringLiteral("/etc/docker/daemon.json");
    if (plan.root == QLatin1String("/")) {
        const Result<DaemonPeer> peer = rootfulPeer(plan);
        if (!peer) {
            return peer.error();
        }
        expected = peer.value().configFile;
    }
    if (c.path != expected) {
        return refuse(plan,
                      PlanPolicy::tr("%1 is not the daemon.json of the daemon behind %2 (%3)")
                          .arg(c.path, plan.socketPath, expected));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(c.after, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || c.after.contains('\0')) {
        return refuse(plan, PlanPolicy::tr("the new daemon.json is not a JSON object"));
    }
    if ((c.targetUid && *c.targetUid != 0) || (c.targetGid && *c.targetGid != 0) ||
        (c.targetMode && (*c.targetMode & 07022) != 0)) {
        return refuse(plan, PlanPolicy::tr("daemon.json must stay owned by root and writable only by root"));
    }
    return Ok{};
}

VoidResult checkFilePerms(const Plan& plan, const Tree& tree)
{
    QSet<QString> allowed;
    QString config = QStringLiteral("/etc/docker/daemon.json");
    QStringList argv;
    if (plan.root == QLatin1String("/")) {
        const Result<DaemonPeer> peer = rootfulPeer(plan);
        if (!peer) {
            return peer.error();
        }
        config = peer.value().configFile;
        argv = peer.value().argv;
        const Result<QString> socket = trustedCanonicalPath(plan.socketPath);
        if (socket) {
            allowed.insert(socket.value());
        }
    } else {
        allowed.insert(plan.socketPath);
    }
    allowed.insert(config);
    allowed.insert(parentPath(config));
    allowed.insert(parentPath(config) + QStringLiteral("/key.json"));
    // TLS material the daemon itself names (its command line, then daemon.json as read here).
    QJsonObject values;
    if (Result<Dir> dir = tree.parentOf(config)) {
        if (const Result<Content> content = readFile(dir.value(), leafName(config)); content) {
            values = QJsonDocument::fromJson(content.value().data).object();
        }
    }
    for (const char* key : {"tlskey", "tlscert", "tlscacert"}) {
        const QString name = QString::fromLatin1(key);
        if (const auto flag = DaemonPeer::flag(argv, QStringLiteral("--") + name)) {
            allowed.insert(*flag);
        }
        if (values.value(name).isString()) {
            allowed.insert(values.value(name).toString());
        }
    }
    const group* docker = ::getgrnam("docker");
    for (const FileChange& c : plan.changes) {
        if (c.kind != FileChange::Kind::Permissions) {
            return refuse(plan, PlanPolicy::tr("it may change modes and owners only"));
        }
        if (!allowed.contains(c.path)) {
            return refuse(plan, PlanPolicy::tr("%1 is not one of Docker's files").arg(c.path));
        }
        if (!stricter(c)) {
            return refuse(plan, PlanPolicy::tr("the new mode of %1 is not stricter than the old one").arg(c.path));
        }
        if (c.targetUid && *c.targetUid != 0) {
            return refuse(plan, PlanPolicy::tr("%1 may only be made owned by root").arg(c.path));
        }
        if (c.targetGid && *c.targetGid != 0 && !(docker && *c.targetGid == docker->gr_gid)) {
            return refuse(plan, PlanPolicy::tr("%1 may only be made owned by the group root or docker").arg(c.path));
        }
    }
    return Ok{};
}

VoidResult checkContentTrust(const Plan& plan, const Tree& tree, const Invoker& invoker)
{
    if (plan.changes.size() != 1 || plan.changes.first().kind != FileChange::Kind::ShellBlock) {
        return refuse(plan, PlanPolicy::tr("it must append to exactly one shell start file"));
    }
    const FileChange& c = plan.changes.first();
    if (invoker.home.isEmpty() || !c.path.startsWith(invoker.home + QLatin1Char('/'))) {
        return refuse(
            plan,
            PlanPolicy::tr("%1 is not in the home directory of the user who asked (%2)").arg(c.path, invoker.home));
    }
    const Result<Info> dir = directoryInfo(tree, parentPath(c.path));
    if (!dir) {
        return dir.error();
    }
    if ((c.beforeExists ? c.beforeUid : dir.value().uid) != invoker.uid || c.targetUid || c.targetGid) {
        return refuse(plan, PlanPolicy::tr("%1 does not belong to the user who asked").arg(c.path));
    }
    if (c.blockBegin != PlanPolicy::contentTrustBegin() || c.blockEnd != PlanPolicy::contentTrustEnd() ||
        !c.after.startsWith(c.before)) {
        return refuse(plan, PlanPolicy::tr("it must only append the DOCKER_CONTENT_TRUST block"));
    }
    QByteArray added = c.after.mid(c.before.size());
    while (added.startsWith('\n')) {
        added.remove(0, 1);
    }
    if (added != PlanPolicy::contentTrustBlock() || (c.targetMode && *c.targetMode != 0644)) {
        return refuse(plan, PlanPolicy::tr("it must only append the DOCKER_CONTENT_TRUST block"));
    }
    return Ok{};
}

// Files generated into a directory of the user's (Compose project, token-gate project): only there, owned like it.
VoidResult
checkProjectFiles(const Plan& plan, const Tree& tree, const QStringList& dirs, const QStringList& names, uint owner)
{
    for (const FileChange& c : plan.changes) {
        if (c.kind != FileChange::Kind::Write) {
            return refuse(plan, PlanPolicy::tr("it may only write files"));
        }
        if (!dirs.contains(parentPath(c.path)) || (!names.isEmpty() && !names.contains(leafName(c.path)))) {
            return refuse(plan, PlanPolicy::tr("%1 is not a file this fix writes").arg(c.path));
        }
        if (c.targetUid || c.targetGid || (c.beforeExists && c.beforeUid != owner) ||
            (c.targetMode && (*c.targetMode & 07022) != 0)) {
            return refuse(plan,
                          PlanPolicy::tr("%1 must stay owned like the project and not writable by others").arg(c.path));
        }
        const Result<Info> dir = directoryInfo(tree, parentPath(c.path));
        if (dir && dir.value().uid != owner) {
            return refuse(plan, PlanPolicy::tr("%1 is in a directory owned by someone else").arg(c.path));
        }
        if (!dir && dir.error().code != Error::Code::NotFound) {
            return dir.error();
        }
    }
    return Ok{};
}

const PlanInput* fileInput(const Plan& plan, const QString& path)
{
    for (const PlanInput& i : plan.inputs) {
        if (i.kind == PlanInput::Kind::File && i.path == path) {
            return &i;
        }
    }
    return nullptr;
}

} // namespace

Invoker Invoker::current()
{
    Invoker invoker;
    invoker.uid = ::getuid();
    if (invoker.uid == 0) {
        // pkexec sets PKEXEC_UID after scrubbing the environment; sudo sets SUDO_UID.
        invoker.uid = uidFromEnvironment("PKEXEC_UID").value_or(uidFromEnvironment("SUDO_UID").value_or(0));
    }
    if (const passwd* pw = ::getpwuid(invoker.uid); pw && pw->pw_dir) {
        invoker.home = QFile::decodeName(pw->pw_dir);
    }
    return invoker;
}

Result<Transaction> PlanPolicy::apply(const Plan& plan, const Invoker& invoker)
{
    if (::geteuid() == 0) {
        if (const VoidResult allowed = check(plan, invoker); !allowed) {
            return allowed.error();
        }
    }
    ApplyOptions options;
    options.invokerUid = invoker.uid;
    return Journal::apply(plan, options);
}

QStringList PlanPolicy::privilegedFixes()
{
    return {QStringLiteral("fix.daemon-json"),
            QStringLiteral("fix.file-perms"),
            QStringLiteral("fix.content-trust-env"),
            QStringLiteral("fix.compose-harden"),
            QStringLiteral("fix.token-gate"),
            QStringLiteral("fix.dockerfile")};
}

const QString& PlanPolicy::contentTrustBegin()
{
    static const QString s = QStringLiteral("# >>> escut: DOCKER_CONTENT_TRUST >>>");
    return s;
}

const QString& PlanPolicy::contentTrustEnd()
{
    static const QString s = QStringLiteral("# <<< escut: DOCKER_CONTENT_TRUST <<<");
    return s;
}

QByteArray PlanPolicy::contentTrustBlock()
{
    return contentTrustBegin().toUtf8() + '\n' +
           "# Added by Escut (fix.content-trust-env): docker pulls and runs only signed images.\n"
           "export DOCKER_CONTENT_TRUST=1\n" +
           contentTrustEnd().toUtf8() + '\n';
}

VoidResult PlanPolicy::check(const Plan& plan, const Invoker& invoker)
{
    if (!privilegedFixes().contains(plan.fixId)) {
        return refuse(plan, tr("this fix is not applied with administrator rights"));
    }
    if (plan.changes.isEmpty() || !plan.commands.isEmpty()) {
        return refuse(plan, tr("a plan applied as root changes files and runs no commands"));
    }
    const Result<Tree> opened = Tree::open(plan.root);
    if (!opened) {
        return opened.error();
    }
    const Tree& tree = opened.value();
    for (const FileChange& c : plan.changes) {
        if (const Result<QStringList> parts = components(c.path); !parts || parts.value().isEmpty()) {
            return refuse(plan, parts ? tr("the root directory is not a file") : parts.error().message);
        }
    }
    for (const PlanInput& i : plan.inputs) {
        if (i.kind == PlanInput::Kind::File && !components(i.path)) {
            return refuse(plan, components(i.path).error().message);
        }
    }
    if (plan.fixId == QLatin1String("fix.daemon-json")) {
        return checkDaemonJson(plan);
    }
    if (plan.fixId == QLatin1String("fix.file-perms")) {
        return checkFilePerms(plan, tree);
    }
    if (plan.fixId == QLatin1String("fix.content-trust-env")) {
        return checkContentTrust(plan, tree, invoker);
    }
    if (plan.fixId == QLatin1String("fix.compose-harden")) {
        // scopeDir is the Compose file's directory; the Compose file is an input, never a target.
        const PlanInput* compose = nullptr;
        for (const PlanInput& i : plan.inputs) {
            if (i.kind == PlanInput::Kind::File && parentPath(i.path) == plan.scopeDir) {
                compose = &i;
            }
        }
        if (!compose || plan.scopeDir.isEmpty()) {
            return refuse(plan, tr("it does not name the Compose file it was computed from"));
        }
        for (const FileChange& c : plan.changes) {
            if (c.path == compose->path) {
                return refuse(plan, tr("the original Compose file is never overwritten"));
            }
        }
        Result<Dir> dir = tree.parentOf(compose->path);
        if (!dir) {
            return dir.error();
        }
        const Result<Info> input = statEntry(dir.value(), leafName(compose->path));
        if (!input) {
            return input.error();
        }
        if (!input.value().exists || input.value().type != S_IFREG) {
            return refuse(plan, tr("the Compose file %1 is not a regular file").arg(compose->path));
        }
        return checkProjectFiles(plan,
                                 tree,
                                 {plan.scopeDir, plan.scopeDir + QStringLiteral("/secrets")},
                                 {},
                                 input.value().uid);
    }
    if (plan.fixId == QLatin1String("fix.token-gate")) {
        const Result<Info> dir = directoryInfo(tree, plan.scopeDir);
        if (plan.scopeDir.isEmpty() || !dir) {
            return refuse(plan, tr("it does not name its project directory"));
        }
        QStringList names{QStringLiteral("entrypoint.sh"),
                          QStringLiteral("Dockerfile.token-gate"),
                          QStringLiteral("docker-compose.token-gate.yml")};
        for (const FileChange& c : plan.changes) {
            if (c.secret && c.path.endsWith(QLatin1String(".txt"))) {
                names.append(leafName(c.path));
            }
        }
        return checkProjectFiles(plan, tree, {plan.scopeDir}, names, dir.value().uid);
    }
    // fix.dockerfile: the Dockerfile it read, rewritten in place.
    if (plan.changes.size() != 1 || plan.changes.first().kind != FileChange::Kind::Write ||
        !fileInput(plan, plan.changes.first().path)) {
        return refuse(plan, tr("it may only rewrite the Dockerfile it was computed from"));
    }
    const FileChange& c = plan.changes.first();
    if (!c.beforeExists || c.targetUid || c.targetGid || c.targetMode) {
        return refuse(plan, tr("the Dockerfile keeps its owner and mode"));
    }
    return Ok{};
}

} // namespace escut
