// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lab/LabEngine.h"

#include "core/audit/Auditor.h"
#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/docker/DockerClient.h"
#include "core/facts/ActiveProber.h"
#include "core/lab/LabMounts.h"
#include "core/lab/TarWriter.h"
#include "core/remediation/Remediation.h"
#include "core/util/FileWrite.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>
#include <QtEndian>

#include <unistd.h>

namespace escut
{

namespace
{

QString enc(const QString& s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

bool validId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,40}$"));
    return pattern.match(id).hasMatch();
}

// A static busybox binary: the only program lab images are made of (no registry, no network needed).
Result<QByteArray> staticBusybox()
{
    const QString path = QStandardPaths::findExecutable(QStringLiteral("busybox"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::ToolNotInstalled,
                         LabEngine::tr("Lab images are built from a static busybox, which is not installed: install "
                                       "the busybox-static package (apt install busybox-static)."));
    }
    const QByteArray data = file.readAll();
    // ELF64 little endian: a PT_INTERP program header means a dynamic binary, useless in a FROM scratch image.
    bool isStatic = data.size() > 64 &&
                    data.startsWith("\x7f"
                                    "ELF") &&
                    data.at(4) == 2;
    if (isStatic) {
        const auto u64 = [&](qsizetype off) {
            return qFromLittleEndian<quint64>(data.constData() + off);
        };
        const auto u16 = [&](qsizetype off) {
            return qFromLittleEndian<quint16>(data.constData() + off);
        };
        const quint64 phoff = u64(32);
        const quint16 phentsize = u16(54);
        const quint16 phnum = u16(56);
        for (quint16 i = 0; i < phnum; ++i) {
            const quint64 off = phoff + quint64(i) * phentsize;
            if (off + 4 > quint64(data.size())) {
                break;
            }
            if (qFromLittleEndian<quint32>(data.constData() + off) == 3) { // PT_INTERP
                isStatic = false;
            }
        }
    }
    if (!isStatic) {
        return makeError(Error::Code::ToolNotInstalled,
                         LabEngine::tr("%1 is not a static binary: install the busybox-static package "
                                       "(apt install busybox-static).")
                             .arg(path));
    }
    return data;
}

// Every error line of a /build or /images/create progress stream.
QString streamError(const QByteArray& body)
{
    for (const QByteArray& line : body.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QStringLiteral("error"))) {
            return o.value(QStringLiteral("error")).toString();
        }
    }
    return {};
}

bool accept404(int status)
{
    return status == 404;
}

// ESCUT_LAB_INSTANCE keeps concurrent runs of the same lab apart (tests on a shared daemon): it suffixes every name
// and adds the label escut.lab.instance=<instance>, and reset only removes what carries both labels.
QString labInstance()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]{1,16}$"));
    const QString instance = qEnvironmentVariable("ESCUT_LAB_INSTANCE");
    return pattern.match(instance).hasMatch() ? instance : QString();
}

QString instanceSuffix()
{
    const QString instance = labInstance();
    return instance.isEmpty() ? QString() : QLatin1Char('-') + instance;
}

// The label filters of a lab's resources: escut.lab=<id> (or the key alone) and the instance when there is one.
QString labFilter(const QString& label)
{
    QJsonArray labels{label};
    if (!labInstance().isEmpty()) {
        labels.append(QStringLiteral("escut.lab.instance=") + labInstance());
    }
    const QJsonObject filters{{QStringLiteral("label"), labels}};
    return enc(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
}

} // namespace

QJsonObject LabGoalResult::toJson() const
{
    return {{QStringLiteral("check"), goal.check},
            {QStringLiteral("subject"), goal.subjectSpec},
            {QStringLiteral("object"), subject},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), statusId(status)},
            {QStringLiteral("passed"), passed()},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("fix"), fixId}};
}

bool LabCheckResult::allPassed() const
{
    return !goals.isEmpty() && passedCount() == goals.size();
}

int LabCheckResult::passedCount() const
{
    return int(std::count_if(goals.cbegin(), goals.cend(), [](const LabGoalResult& g) { return g.passed(); }));
}

QJsonObject LabCheckResult::toJson() const
{
    QJsonArray array;
    for (const LabGoalResult& g : goals) {
        array.append(g.toJson());
    }
    return {{QStringLiteral("id"), labId},
            {QStringLiteral("checkedAt"), checkedAt.toString(Qt::ISODate)},
            {QStringLiteral("passed"), allPassed()},
            {QStringLiteral("goalsPassed"), passedCount()},
            {QStringLiteral("goalsTotal"), int(goals.size())},
            {QStringLiteral("elapsedMs"), elapsedMs},
            {QStringLiteral("goals"), array}};
}

bool LabResources::isEmpty() const
{
    return count() == 0;
}

int LabResources::count() const
{
    return int(containers.size() + images.size() + volumes.size() + networks.size());
}

struct LabEngine::Private
{
    EndpointRequest endpoint;
    QString stateDir;
    QString language = QStringLiteral("en");
    std::unique_ptr<DockerClient> client;

    Result<DockerClient*> docker()
    {
        if (client) {
            return client.get();
        }
        Result<Endpoint> resolved = EndpointResolver::resolve(endpoint, ResolverEnvironment::system());
        if (!resolved) {
            return resolved.error();
        }
        auto c = std::make_unique<DockerClient>(resolved.value());
        if (const VoidResult n = c->negotiate(); !n) {
            return n.error();
        }
        client = std::move(c);
        return client.get();
    }

    Result<HttpResponse> call(DockerClient::Method method,
                              const QString& path,
                              const QByteArray& body = {},
                              const std::function<bool(int)>& acceptStatus = {})
    {
        Result<DockerClient*> c = docker();
        if (!c) {
            return c.error();
        }
        return c.value()->request(method, path, body, acceptStatus);
    }

    Result<QJsonArray> list(const QString& path)
    {
        Result<HttpResponse> r = call(DockerClient::Method::Get, path);
        if (!r) {
            return r.error();
        }
        const QJsonDocument doc = QJsonDocument::fromJson(r.value().body);
        if (path.startsWith(QLatin1String("/volumes"))) {
            return doc.object().value(QStringLiteral("Volumes")).toArray();
        }
        return doc.array();
    }
};

LabEngine::LabEngine(EndpointRequest endpoint, QString stateDir)
    : d(std::make_unique<Private>())
{
    d->endpoint = std::move(endpoint);
    d->stateDir = stateDir.isEmpty() ? defaultStateDir() : std::move(stateDir);
}

LabEngine::~LabEngine() = default;

QString LabEngine::defaultStateDir()
{
    const QString state = qEnvironmentVariable("ESCUT_STATE_DIR");
    const QString base =
        state.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) : state;
    return base + QStringLiteral("/labs");
}

void LabEngine::setLanguage(const QString& language)
{
    d->language = language;
}

QString LabEngine::stateDir() const
{
    return d->stateDir;
}

QString LabEngine::labRoot(const QString& id) const
{
    return d->stateDir + QStringLiteral("/roots/") + id;
}

QString LabEngine::containerName(const QString& id, const QString& role)
{
    return QStringLiteral("escut-lab-%1-%2").arg(id, role) + instanceSuffix();
}

QString LabEngine::networkName(const QString& id)
{
    return QStringLiteral("escut-lab-%1").arg(id) + instanceSuffix();
}

QString LabEngine::volumeName(const QString& id, const QString& role)
{
    return QStringLiteral("escut-lab-%1-%2").arg(id, role) + instanceSuffix();
}

QString LabEngine::imageRef(const QString& id, const QJsonObject& imageSpec)
{
    const QString tag = imageSpec.value(QStringLiteral("tag")).toString(QStringLiteral("1"));
    return QStringLiteral("escut-lab/%1-%2%3:%4")
        .arg(id, imageSpec.value(QStringLiteral("role")).toString(), instanceSuffix(), tag);
}

namespace
{

// ${LAB_ROOT}, ${LAB_ID}, ${NETWORK}, ${IMAGE:role}, ${CONTAINER:role}, ${VOLUME:role} in every string of a value.
class Substitution
{
public:
    Substitution(const Scenario& s, const QString& root)
    {
        m_vars.insert(QStringLiteral("LAB_ROOT"), root);
        m_vars.insert(QStringLiteral("LAB_ID"), s.id);
        // The user's home inside the lab root (shell start files), without the leading slash.
        m_vars.insert(QStringLiteral("HOME_IN_ROOT"), QDir::homePath().mid(1));
        m_vars.insert(QStringLiteral("NETWORK"), LabEngine::networkName(s.id));
        for (const QJsonValue& v : s.resources.value(QStringLiteral("images")).toArray()) {
            const QJsonObject image = v.toObject();
            m_vars.insert(QStringLiteral("IMAGE:") + image.value(QStringLiteral("role")).toString(),
                          LabEngine::imageRef(s.id, image));
        }
        for (const QJsonValue& v : s.solution) {
            const QJsonObject step = v.toObject();
            if (step.value(QStringLiteral("do")).toString() == QLatin1String("buildImage")) {
                const QJsonObject image = step.value(QStringLiteral("image")).toObject();
                m_vars.insert(QStringLiteral("IMAGE:") + image.value(QStringLiteral("role")).toString(),
                              LabEngine::imageRef(s.id, image));
            }
        }
        for (const char* kind : {"containers", "volumes"}) {
            for (const QJsonValue& v : s.resources.value(QString::fromLatin1(kind)).toArray()) {
                const QString role = v.toObject().value(QStringLiteral("role")).toString();
                if (qstrcmp(kind, "containers") == 0) {
                    m_vars.insert(QStringLiteral("CONTAINER:") + role, LabEngine::containerName(s.id, role));
                } else {
                    m_vars.insert(QStringLiteral("VOLUME:") + role, LabEngine::volumeName(s.id, role));
                }
            }
        }
    }

    [[nodiscard]] QString text(QString s) const
    {
        for (auto it = m_vars.cbegin(); it != m_vars.cend(); ++it) {
            s.replace(QStringLiteral("${") + it.key() + QLatin1Char('}'), it.value());
        }
        return s;
    }

    [[nodiscard]] QJsonValue value(const QJsonValue& v) const
    {
        if (v.isString()) {
            return text(v.toString());
        }
        if (v.isArray()) {
            QJsonArray out;
            for (const QJsonValue& item : v.toArray()) {
                out.append(value(item));
            }
            return out;
        }
        if (v.isObject()) {
            QJsonObject out;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                out.insert(text(it.key()), value(it.value()));
            }
            return out;
        }
        return v;
    }

private:
    QMap<QString, QString> m_vars;
};

QByteArray fileContent(const QJsonValue& v)
{
    if (v.isObject() && v.toObject().contains(QStringLiteral("base64"))) {
        return QByteArray::fromBase64(v.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    }
    if (v.isArray()) {
        QStringList lines;
        for (const QJsonValue& line : v.toArray()) {
            lines.append(line.toString());
        }
        return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    }
    return v.toString().toUtf8();
}

uint fileMode(const QJsonObject& spec, uint fallback)
{
    bool ok = false;
    const uint mode = spec.value(QStringLiteral("mode")).toString().toUInt(&ok, 8);
    return ok ? mode : fallback;
}

QJsonObject labLabels(const QString& id, const QString& role)
{
    QJsonObject labels{{QString::fromLatin1(LabEngine::LabelKey), id}};
    if (!role.isEmpty()) {
        labels.insert(QString::fromLatin1(LabEngine::RoleLabelKey), role);
    }
    if (!labInstance().isEmpty()) {
        labels.insert(QStringLiteral("escut.lab.instance"), labInstance());
    }
    return labels;
}

} // namespace

QString LabEngine::expand(const Scenario& scenario, const QString& text) const
{
    return Substitution(scenario, labRoot(scenario.id)).text(text);
}

// The steps of start and of the reference solution, over one scenario.
class LabRunner
{
    Q_DECLARE_TR_FUNCTIONS(LabEngine)

public:
    LabRunner(LabEngine::Private& d, const Scenario& s, QString root)
        : m_d(d)
        , m_s(s)
        , m_root(std::move(root))
        , m_sub(s, m_root)
    {}

    VoidResult writeFile(const QJsonObject& spec)
    {
        const QString rel = m_sub.text(spec.value(QStringLiteral("path")).toString());
        const QString path = QDir::cleanPath(m_root + QLatin1Char('/') + rel);
        if (rel.isEmpty() || QDir::isAbsolutePath(rel) || !path.startsWith(m_root + QLatin1Char('/'))) {
            return makeError(Error::Code::InvalidArgument, tr("Lab file '%1' is outside the lab root.").arg(rel));
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return makeError(Error::Code::IoError, tr("Cannot create the folder of %1.").arg(path));
        }
        const QJsonValue content = spec.value(QStringLiteral("content"));
        const QByteArray data =
            content.isObject() ? fileContent(content) : m_sub.text(QString::fromUtf8(fileContent(content))).toUtf8();
        if (VoidResult w = escut::writeFile(path, data); !w) {
            return w.error();
        }
        QFile::setPermissions(path, QFileDevice::Permissions());
        const uint mode = fileMode(spec, 0644);
        QFileDevice::Permissions p;
        const std::pair<uint, QFileDevice::Permission> bits[] = {{0400, QFileDevice::ReadOwner},
                                                                 {0200, QFileDevice::WriteOwner},
                                                                 {0100, QFileDevice::ExeOwner},
                                                                 {0040, QFileDevice::ReadGroup},
                                                                 {0020, QFileDevice::WriteGroup},
                                                                 {0010, QFileDevice::ExeGroup},
                                                                 {0004, QFileDevice::ReadOther},
                                                                 {0002, QFileDevice::WriteOther},
                                                                 {0001, QFileDevice::ExeOther}};
        for (const auto& [bit, perm] : bits) {
            if (mode & bit) {
                p |= perm;
            }
        }
        if (mode & 0400) {
            p |= QFileDevice::ReadUser;
        }
        if (mode & 0200) {
            p |= QFileDevice::WriteUser;
        }
        if (mode & 0100) {
            p |= QFileDevice::ExeUser;
        }
        QFile::setPermissions(path, p);
        return Ok{};
    }

    VoidResult removeFile(const QJsonObject& spec)
    {
        const QString rel = m_sub.text(spec.value(QStringLiteral("path")).toString());
        const QString path = QDir::cleanPath(m_root + QLatin1Char('/') + rel);
        if (rel.isEmpty() || !path.startsWith(m_root + QLatin1Char('/'))) {
            return makeError(Error::Code::InvalidArgument, tr("Lab file '%1' is outside the lab root.").arg(rel));
        }
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            return makeError(Error::Code::IoError, tr("Cannot remove %1.").arg(path));
        }
        return Ok{};
    }

    // A lab path from the scenario (placeholders filled in), refused when it leaves the lab root.
    Result<QString> labPath(const QJsonValue& value) const
    {
        const QString rel = m_sub.text(value.toString());
        const QString path = QDir::cleanPath(m_root + QLatin1Char('/') + rel);
        if (rel.isEmpty() || QDir::isAbsolutePath(rel) || !path.startsWith(m_root + QLatin1Char('/'))) {
            return makeError(Error::Code::InvalidArgument, tr("Lab path '%1' is outside the lab root.").arg(rel));
        }
        return path;
    }

    // A loop-mounted ext4 image under the lab root: {"path": mount point, "image": file, "sizeMiB", "encrypt"}.
    VoidResult filesystem(const QJsonObject& spec)
    {
        Result<QString> mountPoint = labPath(spec.value(QStringLiteral("path")));
        Result<QString> image = labPath(spec.value(QStringLiteral("image")));
        if (!mountPoint || !image) {
            return mountPoint ? image.error() : mountPoint.error();
        }
        return LabMounts::makeFilesystem(image.value(),
                                         mountPoint.value(),
                                         spec.value(QStringLiteral("sizeMiB")).toInt(32),
                                         spec.value(QStringLiteral("encrypt")).toBool(),
                                         QStringLiteral("escut-lab"));
    }

    // An fscrypt-encrypted directory: {"path": empty directory on a lab filesystem with the encrypt feature,
    // "key": raw key file (made 0600 when missing), "name": protector name}. fscrypt's configuration stays in the
    // lab root.
    VoidResult fscryptDir(const QJsonObject& spec)
    {
        Result<QString> dir = labPath(spec.value(QStringLiteral("path")));
        Result<QString> key = labPath(spec.value(QStringLiteral("key")));
        if (!dir || !key) {
            return dir ? key.error() : dir.error();
        }
        return LabMounts::encryptDirectory(dir.value(),
                                           key.value(),
                                           m_root + QStringLiteral("/fscrypt.conf"),
                                           m_sub.text(spec.value(QStringLiteral("name")).toString(m_s.id)),
                                           m_root);
    }

    // Copies a lab folder into another ({"from", "to", "move"}): the student's cp -a, and rm of the old copy.
    VoidResult copyDir(const QJsonObject& spec)
    {
        Result<QString> from = labPath(spec.value(QStringLiteral("from")));
        Result<QString> to = labPath(spec.value(QStringLiteral("to")));
        if (!from || !to) {
            return from ? to.error() : from.error();
        }
        if (!QFileInfo(from.value()).isDir()) {
            return makeError(Error::Code::NotFound, tr("The folder %1 does not exist.").arg(from.value()));
        }
        QStringList copied;
        QDirIterator it(from.value(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = to.value() + QLatin1Char('/') + QDir(from.value()).relativeFilePath(source);
            if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
                return makeError(Error::Code::IoError, tr("Cannot create the folder of %1.").arg(target));
            }
            QFile::remove(target);
            if (!QFile::copy(source, target)) {
                return makeError(Error::Code::IoError, tr("Cannot copy %1 to %2.").arg(source, target));
            }
            QFile::setPermissions(target, QFileInfo(source).permissions());
            copied.append(source);
        }
        if (spec.value(QStringLiteral("move")).toBool()) {
            for (const QString& source : copied) {
                if (!QFile::remove(source)) {
                    return makeError(Error::Code::IoError, tr("Cannot remove %1.").arg(source));
                }
            }
        }
        return Ok{};
    }

    VoidResult network()
    {
        const QJsonObject body{{QStringLiteral("Name"), LabEngine::networkName(m_s.id)},
                               {QStringLiteral("Internal"), true},
                               {QStringLiteral("CheckDuplicate"), true},
                               {QStringLiteral("Labels"), labLabels(m_s.id, {})}};
        Result<HttpResponse> r =
            m_d.call(DockerClient::Method::Post, QStringLiteral("/networks/create"), QJsonDocument(body).toJson());
        if (!r) {
            return r.error();
        }
        return Ok{};
    }

    VoidResult volume(const QJsonObject& spec)
    {
        const QString role = spec.value(QStringLiteral("role")).toString();
        const QJsonObject body{{QStringLiteral("Name"), LabEngine::volumeName(m_s.id, role)},
                               {QStringLiteral("Labels"), labLabels(m_s.id, role)}};
        Result<HttpResponse> r =
            m_d.call(DockerClient::Method::Post, QStringLiteral("/volumes/create"), QJsonDocument(body).toJson());
        if (!r) {
            return r.error();
        }
        return Ok{};
    }

    VoidResult image(const QJsonObject& spec)
    {
        const QString role = spec.value(QStringLiteral("role")).toString();
        const QString ref = LabEngine::imageRef(m_s.id, spec);
        const QString labels =
            enc(QString::fromUtf8(QJsonDocument(labLabels(m_s.id, role)).toJson(QJsonDocument::Compact)));
        if (spec.contains(QStringLiteral("commit"))) {
            return commitImage(spec.value(QStringLiteral("commit")).toObject(), role, ref);
        }
        TarWriter tar;
        bool fits = true;
        if (spec.contains(QStringLiteral("context"))) {
            // A build context folder under the lab root, as the student edits it (docker build DIR).
            const QString dir =
                QDir::cleanPath(m_root + QLatin1Char('/') + spec.value(QStringLiteral("context")).toString());
            if (!dir.startsWith(m_root + QLatin1Char('/')) || !QFileInfo(dir).isDir()) {
                return makeError(Error::Code::NotFound, tr("The build folder %1 does not exist.").arg(dir));
            }
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    return makeError(Error::Code::IoError, tr("Cannot read %1.").arg(path));
                }
                const uint mode = QFileInfo(path).isExecutable() ? 0755 : 0644;
                fits = fits && tar.addFile(QDir(dir).relativeFilePath(path), file.readAll(), mode);
            }
        } else {
            fits = tar.addFile(
                QStringLiteral("Dockerfile"),
                m_sub.text(QString::fromUtf8(fileContent(spec.value(QStringLiteral("dockerfile"))))).toUtf8());
        }
        const QJsonObject files = spec.value(QStringLiteral("files")).toObject();
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QJsonObject file =
                it.value().isObject() ? it.value().toObject() : QJsonObject{{QStringLiteral("content"), it.value()}};
            const QJsonValue content = file.value(QStringLiteral("content"));
            const QByteArray data = content.isObject() ? fileContent(content)
                                                       : m_sub.text(QString::fromUtf8(fileContent(content))).toUtf8();
            fits = fits && tar.addFile(it.key(), data, fileMode(file, 0644));
        }
        if (spec.value(QStringLiteral("busybox")).toBool()) {
            Result<QByteArray> busybox = staticBusybox();
            if (!busybox) {
                return busybox.error();
            }
            fits = fits && tar.addFile(QStringLiteral("busybox"), busybox.value(), 0755);
        }
        if (!fits) {
            return makeError(Error::Code::InvalidArgument, tr("A file name of image %1 is too long.").arg(ref));
        }
        const QByteArray context = tar.finish();
        QString error;
        // A prune elsewhere on a shared daemon can remove an intermediate layer mid-build: build once more then.
        for (int attempt = 0; attempt < 2; ++attempt) {
            Result<HttpResponse> r =
                m_d.call(DockerClient::Method::Post,
                         QStringLiteral("/build?t=%1&labels=%2&rm=1&forcerm=1&networkmode=none").arg(enc(ref), labels),
                         context);
            if (!r) {
                return r.error();
            }
            error = streamError(r.value().body);
            if (error.isEmpty()) {
                return Ok{};
            }
            if (!error.contains(QLatin1String("no such file or directory")) &&
                !error.contains(QLatin1String("No such image"))) {
                break;
            }
        }
        return makeError(Error::Code::ToolFailed, tr("Building the lab image %1 failed.").arg(ref), error);
    }

    VoidResult commitImage(const QJsonObject& commit, const QString& role, const QString& ref)
    {
        QJsonObject body{
            {QStringLiteral("Image"), m_sub.text(commit.value(QStringLiteral("from")).toString())},
            {QStringLiteral("Cmd"), m_sub.value(commit.value(QStringLiteral("cmd")))},
            {QStringLiteral("Labels"), labLabels(m_s.id, role)},
            {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
        if (commit.contains(QStringLiteral("entrypoint"))) {
            body.insert(QStringLiteral("Entrypoint"), m_sub.value(commit.value(QStringLiteral("entrypoint"))));
        }
        const QString name = LabEngine::containerName(m_s.id, role + QStringLiteral("-commit"));
        Result<HttpResponse> created = m_d.call(DockerClient::Method::Post,
                                                QStringLiteral("/containers/create?name=%1").arg(enc(name)),
                                                QJsonDocument(body).toJson());
        if (!created) {
            return created.error();
        }
        const QString id =
            QJsonDocument::fromJson(created.value().body).object().value(QStringLiteral("Id")).toString();
        const auto remove = [&] {
            (void)
                m_d.call(DockerClient::Method::Delete, QStringLiteral("/containers/%1?force=1").arg(id), {}, accept404);
        };
        Result<HttpResponse> started =
            m_d.call(DockerClient::Method::Post, QStringLiteral("/containers/%1/start").arg(id));
        Result<HttpResponse> waited =
            started ? m_d.call(DockerClient::Method::Post, QStringLiteral("/containers/%1/wait").arg(id)) : started;
        if (!waited) {
            remove();
            return waited.error();
        }
        const QString repo = ref.section(QLatin1Char(':'), 0, 0);
        const QString tag = ref.section(QLatin1Char(':'), 1);
        QJsonObject config;
        if (commit.contains(QStringLiteral("config"))) {
            config = m_sub.value(commit.value(QStringLiteral("config"))).toObject();
        }
        config.insert(QStringLiteral("Labels"), labLabels(m_s.id, role));
        Result<HttpResponse> committed =
            m_d.call(DockerClient::Method::Post,
                     QStringLiteral("/commit?container=%1&repo=%2&tag=%3").arg(id, enc(repo), enc(tag)),
                     QJsonDocument(config).toJson());
        remove();
        if (!committed) {
            return committed.error();
        }
        return Ok{};
    }

    VoidResult container(const QJsonObject& spec)
    {
        const QString role = spec.value(QStringLiteral("role")).toString();
        const QString name = LabEngine::containerName(m_s.id, role);
        QJsonObject body = m_sub.value(spec.value(QStringLiteral("create"))).toObject();
        QJsonObject labels = body.value(QStringLiteral("Labels")).toObject();
        const QJsonObject ours = labLabels(m_s.id, role);
        for (auto it = ours.begin(); it != ours.end(); ++it) {
            labels.insert(it.key(), it.value());
        }
        body.insert(QStringLiteral("Labels"), labels);
        QJsonObject host = body.value(QStringLiteral("HostConfig")).toObject();
        if (!host.contains(QStringLiteral("NetworkMode"))) {
            host.insert(QStringLiteral("NetworkMode"),
                        spec.value(QStringLiteral("network")).toString() == QLatin1String("lab")
                            ? LabEngine::networkName(m_s.id)
                            : QStringLiteral("none"));
        }
        body.insert(QStringLiteral("HostConfig"), host);
        Result<HttpResponse> created = m_d.call(DockerClient::Method::Post,
                                                QStringLiteral("/containers/create?name=%1").arg(enc(name)),
                                                QJsonDocument(body).toJson());
        if (!created) {
            return created.error();
        }
        if (spec.value(QStringLiteral("start")).toBool(true)) {
            Result<HttpResponse> started =
                m_d.call(DockerClient::Method::Post, QStringLiteral("/containers/%1/start").arg(enc(name)));
            if (!started) {
                return started.error();
            }
        }
        return Ok{};
    }

    // Removes the lab's container of this role; refuses a container of that name without the lab's label.
    VoidResult removeContainer(const QString& role)
    {
        const QString name = LabEngine::containerName(m_s.id, role);
        Result<HttpResponse> inspect =
            m_d.call(DockerClient::Method::Get, QStringLiteral("/containers/%1/json").arg(enc(name)), {}, accept404);
        if (!inspect) {
            return inspect.error();
        }
        if (inspect.value().status == 404) {
            return Ok{};
        }
        const QJsonObject labels = QJsonDocument::fromJson(inspect.value().body)
                                       .object()
                                       .value(QStringLiteral("Config"))
                                       .toObject()
                                       .value(QStringLiteral("Labels"))
                                       .toObject();
        if (labels.value(QString::fromLatin1(LabEngine::LabelKey)).toString() != m_s.id) {
            return makeError(Error::Code::PermissionDenied,
                             tr("The container %1 does not carry the label %2=%3: the lab leaves it alone.")
                                 .arg(name, QString::fromLatin1(LabEngine::LabelKey), m_s.id));
        }
        Result<HttpResponse> removed = m_d.call(DockerClient::Method::Delete,
                                                QStringLiteral("/containers/%1?force=1&v=1").arg(enc(name)),
                                                {},
                                                accept404);
        if (!removed) {
            return removed.error();
        }
        return Ok{};
    }

    VoidResult fix(const QJsonObject& step)
    {
        FixContext context;
        context.root = m_root;
        const QJsonObject options = m_sub.value(step.value(QStringLiteral("options"))).toObject();
        // The step's options are the fix's declared inputs (scenarios written before the inputs had their CLI names
        // say secretName).
        for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
            const QString key = it.key() == QLatin1String("secretName") ? QStringLiteral("secret-name") : it.key();
            context.inputs.set(key,
                               it.value().isBool() ? QString::number(int(it.value().toBool())) : it.value().toString());
        }
        Result<Plan> plan = Remediation::plan(step.value(QStringLiteral("fix")).toString(), context);
        if (!plan) {
            return plan.error();
        }
        if (plan.value().isEmpty()) {
            return Ok{};
        }
        Result<Transaction> tx = Remediation::apply(plan.value(), context);
        if (!tx) {
            return tx.error();
        }
        return Ok{};
    }

    VoidResult step(const QJsonObject& step)
    {
        const QString what = step.value(QStringLiteral("do")).toString();
        if (what == QLatin1String("writeFile")) {
            return writeFile(step);
        }
        if (what == QLatin1String("removeFile")) {
            return removeFile(step);
        }
        if (what == QLatin1String("fix")) {
            return fix(step);
        }
        if (what == QLatin1String("buildImage")) {
            return image(step.value(QStringLiteral("image")).toObject());
        }
        if (what == QLatin1String("filesystem")) {
            return filesystem(step);
        }
        if (what == QLatin1String("fscryptDir")) {
            return fscryptDir(step);
        }
        if (what == QLatin1String("copyDir")) {
            return copyDir(step);
        }
        if (what == QLatin1String("removeContainer")) {
            return removeContainer(step.value(QStringLiteral("role")).toString());
        }
        if (what == QLatin1String("replaceContainer")) {
            if (VoidResult r = removeContainer(step.value(QStringLiteral("role")).toString()); !r) {
                return r;
            }
            return container(step);
        }
        return makeError(Error::Code::InvalidArgument, tr("Unknown lab step '%1'.").arg(what));
    }

private:
    LabEngine::Private& m_d;
    const Scenario& m_s;
    QString m_root;
    Substitution m_sub;
};

Result<QString> LabEngine::blocker(const Scenario& s)
{
    QStringList missing;
    if (!s.needs.runtimes.isEmpty()) {
        Result<HttpResponse> info = d->call(DockerClient::Method::Get, QStringLiteral("/info"));
        if (!info) {
            return info.error();
        }
        const QJsonObject runtimes =
            QJsonDocument::fromJson(info.value().body).object().value(QStringLiteral("Runtimes")).toObject();
        for (const QString& runtime : s.needs.runtimes) {
            if (!runtimes.contains(runtime)) {
                missing.append(tr("the daemon has no '%1' runtime (docker info lists: %2)")
                                   .arg(runtime, runtimes.keys().join(QStringLiteral(", "))));
            }
        }
    }
    for (const QString& tool : s.needs.tools) {
        if (QStandardPaths::findExecutable(tool).isEmpty() &&
            QStandardPaths::findExecutable(tool, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")}).isEmpty()) {
            missing.append(tr("'%1' is not installed").arg(tool));
        }
    }
    if (s.needs.kernel.contains(QStringLiteral("loop")) && !QFileInfo::exists(QStringLiteral("/dev/loop-control"))) {
        missing.append(tr("the kernel offers no loop devices (/dev/loop-control is missing)"));
    }
    if (s.needs.kernel.contains(QStringLiteral("ext4-encryption")) &&
        !QFileInfo::exists(QStringLiteral("/sys/fs/ext4/features/encryption"))) {
        missing.append(tr("the kernel's ext4 cannot encrypt (/sys/fs/ext4/features/encryption is missing)"));
    }
    if (s.needs.root && ::geteuid() != 0) {
        missing.append(tr("it needs root"));
    }
    if (missing.isEmpty()) {
        return QString();
    }
    return tr("This lab cannot run here: %1. %2")
        .arg(missing.join(QStringLiteral("; ")), s.needs.install.in(d->language));
}

VoidResult LabEngine::start(const Scenario& s, const ProgressCallback& progress)
{
    Result<QString> blocked = blocker(s);
    if (!blocked) {
        return blocked.error();
    }
    if (!blocked.value().isEmpty()) {
        return makeError(Error::Code::ToolNotInstalled, blocked.value());
    }
    if (VoidResult r = reset(s.id); !r) {
        return r;
    }
    const QString root = labRoot(s.id);
    if (!QDir().mkpath(root)) {
        return makeError(Error::Code::IoError, tr("Cannot create the lab root %1.").arg(root));
    }
    LabRunner run(*d, s, root);
    const QJsonArray filesystems = s.resources.value(QStringLiteral("filesystems")).toArray();
    const QJsonArray files = s.resources.value(QStringLiteral("files")).toArray();
    const QJsonArray volumes = s.resources.value(QStringLiteral("volumes")).toArray();
    const QJsonArray images = s.resources.value(QStringLiteral("images")).toArray();
    const QJsonArray containers = s.resources.value(QStringLiteral("containers")).toArray();
    const int total = int(1 + filesystems.size() + files.size() + volumes.size() + images.size() + containers.size());
    int done = 0;
    const auto tick = [&](const QString& stage) {
        if (progress) {
            progress(++done, total, stage);
        }
    };
    const auto fail = [&](const Error& e) -> VoidResult {
        (void)reset(s.id); // leave nothing half made
        return e;
    };
    // Filesystems first: the lab files may live on them.
    for (const QJsonValue& v : filesystems) {
        if (VoidResult r = run.filesystem(v.toObject()); !r) {
            return fail(r.error());
        }
        tick(tr("Making the lab filesystems"));
    }
    for (const QJsonValue& v : files) {
        if (VoidResult r = run.writeFile(v.toObject()); !r) {
            return fail(r.error());
        }
        tick(tr("Writing the lab files"));
    }
    if (VoidResult r = run.network(); !r) {
        return fail(r.error());
    }
    tick(tr("Creating the lab network"));
    for (const QJsonValue& v : volumes) {
        if (VoidResult r = run.volume(v.toObject()); !r) {
            return fail(r.error());
        }
        tick(tr("Creating the lab volumes"));
    }
    for (const QJsonValue& v : images) {
        if (VoidResult r = run.image(v.toObject()); !r) {
            return fail(r.error());
        }
        tick(tr("Building the lab images"));
    }
    for (const QJsonValue& v : containers) {
        if (VoidResult r = run.container(v.toObject()); !r) {
            return fail(r.error());
        }
        tick(tr("Starting the lab containers"));
    }
    return Ok{};
}

VoidResult LabEngine::applySolution(const Scenario& s)
{
    LabRunner run(*d, s, labRoot(s.id));
    for (const QJsonValue& v : s.solution) {
        if (VoidResult r = run.step(v.toObject()); !r) {
            return r;
        }
    }
    return Ok{};
}

Result<LabResources> LabEngine::resources(const QString& id)
{
    const QString filter = labFilter(QString::fromLatin1(LabelKey) + QLatin1Char('=') + id);
    LabResources out;
    const struct
    {
        const char* path;
        const char* nameKey;
        QStringList* target;
    } kinds[] = {{"/containers/json?all=1&filters=", "Id", &out.containers},
                 {"/images/json?all=1&filters=", "Id", &out.images},
                 {"/volumes?filters=", "Name", &out.volumes},
                 {"/networks?filters=", "Id", &out.networks}};
    for (const auto& kind : kinds) {
        Result<QJsonArray> list = d->list(QString::fromLatin1(kind.path) + filter);
        if (!list) {
            return list.error();
        }
        for (const QJsonValue& v : list.value()) {
            kind.target->append(v.toObject().value(QString::fromLatin1(kind.nameKey)).toString());
        }
    }
    return out;
}

Result<bool> LabEngine::isStarted(const QString& id)
{
    if (QFileInfo::exists(labRoot(id))) {
        return true;
    }
    Result<LabResources> r = resources(id);
    if (!r) {
        return r.error();
    }
    return !r.value().isEmpty();
}

VoidResult LabEngine::reset(const QString& id)
{
    if (!validId(id)) {
        return makeError(Error::Code::InvalidArgument, tr("'%1' is not a lab id.").arg(id));
    }
    Result<LabResources> found = resources(id);
    if (!found) {
        return found.error();
    }
    for (const QString& c : found.value().containers) {
        Result<HttpResponse> r =
            d->call(DockerClient::Method::Delete, QStringLiteral("/containers/%1?force=1&v=1").arg(c), {}, accept404);
        if (!r) {
            return r.error();
        }
    }
    // An image another lab image was built from goes after its children: retry what the daemon refused.
    QStringList images = found.value().images;
    for (int pass = 0; pass < 4 && !images.isEmpty(); ++pass) {
        QStringList again;
        Error last;
        for (const QString& image : images) {
            Result<HttpResponse> r = d->call(DockerClient::Method::Delete,
                                             QStringLiteral("/images/%1?force=1").arg(image),
                                             {},
                                             [](int status) { return status == 404 || status == 409; });
            if (!r) {
                return r.error();
            }
            if (r.value().status == 409) {
                again.append(image);
            }
        }
        images = again;
    }
    if (!images.isEmpty()) {
        return makeError(Error::Code::Generic,
                         tr("Some lab images are still in use: %1.").arg(images.join(QStringLiteral(", "))));
    }
    for (const QString& v : found.value().volumes) {
        Result<HttpResponse> r =
            d->call(DockerClient::Method::Delete, QStringLiteral("/volumes/%1?force=1").arg(enc(v)), {}, accept404);
        if (!r) {
            return r.error();
        }
    }
    for (const QString& n : found.value().networks) {
        Result<HttpResponse> r =
            d->call(DockerClient::Method::Delete, QStringLiteral("/networks/%1").arg(n), {}, accept404);
        if (!r) {
            return r.error();
        }
    }
    QDir root(labRoot(id));
    // What is mounted under the lab root (its loop-mounted images, or what a student mounted there) goes before
    // any file is removed; nothing mounted elsewhere is touched.
    if (!LabMounts::mountsUnder(root.path()).isEmpty() || !LabMounts::loopsUnder(root.path()).isEmpty()) {
        if (VoidResult r = LabMounts::release(root.path()); !r) {
            return r;
        }
    }
    if (root.exists() && !root.removeRecursively()) {
        return makeError(Error::Code::IoError, tr("Cannot remove the lab root %1.").arg(root.path()));
    }
    return Ok{};
}

Result<QStringList> LabEngine::resetAll()
{
    QSet<QString> ids;
    const QString filter = labFilter(QString::fromLatin1(LabelKey));
    for (const char* path : {"/containers/json?all=1&filters=",
                             "/images/json?all=1&filters=",
                             "/volumes?filters=",
                             "/networks?filters="}) {
        Result<QJsonArray> list = d->list(QString::fromLatin1(path) + filter);
        if (!list) {
            return list.error();
        }
        for (const QJsonValue& v : list.value()) {
            const QJsonObject labels = v.toObject().value(QStringLiteral("Labels")).toObject();
            const QString id = labels.value(QString::fromLatin1(LabelKey)).toString();
            if (validId(id)) {
                ids.insert(id);
            }
        }
    }
    const QStringList roots = QDir(d->stateDir + QStringLiteral("/roots")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& id : roots) {
        if (validId(id)) {
            ids.insert(id);
        }
    }
    QStringList sorted = ids.values();
    sorted.sort();
    for (const QString& id : sorted) {
        if (VoidResult r = reset(id); !r) {
            return r.error();
        }
    }
    return sorted;
}

Result<LabCheckResult> LabEngine::check(const Scenario& s, const ProgressCallback& progress)
{
    QElapsedTimer timer;
    timer.start();
    Result<bool> started = isStarted(s.id);
    if (!started) {
        return started.error();
    }
    if (!started.value()) {
        return makeError(Error::Code::NotFound,
                         tr("The lab %1 is not started: run 'escut-cli lab start %1' first.").arg(s.id));
    }
    const QString root = labRoot(s.id);
    AuditOptions options;
    options.endpoint = d->endpoint;
    options.hostRoot = root; // sandboxed host files: the real /etc is never read for a lab
    for (const LabGoal& g : s.goals) {
        if (g.kind == LabGoal::Kind::Compose) {
            options.composeFiles.append(QLatin1Char('/') + g.target.section(QLatin1Char('#'), 0, 0));
        } else if (g.kind == LabGoal::Kind::Dockerfile) {
            options.dockerfiles.append(QLatin1Char('/') + g.target);
        }
        if (g.kind == LabGoal::Kind::Dockerfile) {
            options.dockerfiles.append(QLatin1Char('/') + g.target);
        }
    }
    // The active probes (container.exec-shell, container.token-gate) only touch this lab's containers.
    options.active = s.activeProbes;
    options.activeLabel = QStringLiteral("%1=%2").arg(QString::fromLatin1(LabelKey), s.id);
    options.composeFiles.removeDuplicates();
    options.dockerfiles.removeDuplicates();
    Result<Snapshot> collected = Auditor::collect(options, progress);
    if (!collected) {
        return collected.error();
    }
    Snapshot& live = collected.value();
    if (s.activeProbes) {
        // The active probes (docker exec, a run without secrets) only on this lab's containers: a lab never
        // touches anything that does not carry its label.
        Result<DockerClient*> client = d->docker();
        if (!client) {
            return client.error();
        }
        Snapshot mine = live;
        mine.containers.clear();
        for (const QJsonObject& c : std::as_const(live.containers)) {
            if (c.value(QStringLiteral("Config"))
                    .toObject()
                    .value(QStringLiteral("Labels"))
                    .toObject()
                    .value(QString::fromLatin1(LabelKey)) == QJsonValue(s.id)) {
                mine.containers.append(c);
            }
        }
        ActiveProber::run(*client.value(), mine, {}, progress);
        live.probes = mine.probes;
    }
    // The lab root stands for a host whose daemon reads the sandboxed daemon.json at its next start: the shared
    // daemon's live settings (docker info, its bridge network, its command line) are not mixed in.
    Snapshot sandbox = live;
    sandbox.info = QJsonObject{{QStringLiteral("ID"), live.info.value(QStringLiteral("ID"))}};
    sandbox.networks = {};
    sandbox.daemonCommandLine.clear();
    const QList<Finding> liveFindings = evaluate(live);
    const QList<Finding> sandboxFindings = evaluate(sandbox);

    LabCheckResult result;
    result.labId = s.id;
    result.checkedAt = QDateTime::currentDateTimeUtc();
    for (const LabGoal& g : s.goals) {
        LabGoalResult gr;
        gr.goal = g;
        const CheckDef* def = findCheck(g.check);
        if (!def) {
            gr.title = g.check;
            gr.status = Status::Skipped;
            gr.evidence = tr("This version of Escut has no check %1: update Escut to run this goal.").arg(g.check);
            result.goals.append(gr);
            continue;
        }
        gr.title = def->trTitle();
        gr.fixId = QString::fromLatin1(def->fixId);
        QString subjectId;
        const QList<Finding>* findings = &liveFindings;
        switch (g.kind) {
        case LabGoal::Kind::Daemon:
            findings = &sandboxFindings;
            gr.subject = root + sandbox.daemonConfigFact.path;
            break;
        case LabGoal::Kind::Host:
            findings = &sandboxFindings;
            gr.subject = root;
            break;
        case LabGoal::Kind::Container: {
            const QString name = containerName(s.id, g.target);
            gr.subject = name;
            for (const QJsonObject& c : live.containers) {
                if (c.value(QStringLiteral("Name")).toString() == QLatin1Char('/') + name) {
                    subjectId = c.value(QStringLiteral("Id")).toString();
                    const QString label = c.value(QStringLiteral("Config"))
                                              .toObject()
                                              .value(QStringLiteral("Labels"))
                                              .toObject()
                                              .value(QString::fromLatin1(LabelKey))
                                              .toString();
                    if (label != s.id) {
                        gr.status = Status::Fail;
                        gr.evidence = tr("The container %1 has no label %2=%3: add --label %2=%3 when you "
                                         "recreate it, so the lab can check it and reset can remove it.")
                                          .arg(name, QString::fromLatin1(LabelKey), s.id);
                        subjectId.clear();
                        subjectId = QStringLiteral("-");
                    }
                }
            }
            if (subjectId.isEmpty()) {
                gr.status = Status::Fail;
                gr.evidence = tr("There is no container %1: recreate it with --name %1 --label %2=%3, or start "
                                 "the lab again.")
                                  .arg(name, QString::fromLatin1(LabelKey), s.id);
            }
            break;
        }
        case LabGoal::Kind::Image: {
            QString ref;
            for (const QJsonValue& v : s.resources.value(QStringLiteral("images")).toArray()) {
                if (v.toObject().value(QStringLiteral("role")).toString() == g.target) {
                    ref = imageRef(s.id, v.toObject());
                }
            }
            gr.subject = ref;
            for (const ImageFact& image : live.images) {
                if (image.inspect.value(QStringLiteral("RepoTags")).toArray().contains(QJsonValue(ref))) {
                    subjectId = image.inspect.value(QStringLiteral("Id")).toString();
                }
            }
            if (subjectId.isEmpty()) {
                gr.status = Status::Fail;
                gr.evidence = tr("There is no image %1: build it again with -t %1 --label %2=%3.")
                                  .arg(ref, QString::fromLatin1(LabelKey), s.id);
            }
            break;
        }
        case LabGoal::Kind::Compose:
            subjectId = QLatin1Char('/') + g.target;
            gr.subject = root + subjectId.section(QLatin1Char('#'), 0, 0);
            break;
        case LabGoal::Kind::Dockerfile:
            subjectId = QLatin1Char('/') + g.target;
            gr.subject = root + subjectId;
            break;
        }
        if (subjectId == QLatin1String("-") ||
            (subjectId.isEmpty() && g.kind != LabGoal::Kind::Daemon && g.kind != LabGoal::Kind::Host)) {
            result.goals.append(gr);
            continue;
        }
        bool found = false;
        for (const Finding& f : *findings) {
            if (f.check != def) {
                continue;
            }
            const bool match = g.kind == LabGoal::Kind::Daemon || g.kind == LabGoal::Kind::Host ||
                               f.subject.id == subjectId || f.subject.id.endsWith(subjectId);
            if (match) {
                gr.status = f.status;
                gr.evidence = f.evidence;
                found = true;
                break;
            }
        }
        if (!found) {
            gr.status = Status::Error;
            gr.evidence = tr("The audit gave no result for %1 on %2.").arg(g.check, gr.subject);
        }
        result.goals.append(gr);
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace escut
