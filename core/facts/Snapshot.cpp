// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/Snapshot.h"

#include "core/facts/SnapshotSchema.h"
#include "core/util/FileRead.h"
#include "core/util/FileWrite.h"
#include "core/util/JsonUtil.h"
#include "core/util/Secrets.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace escut
{

namespace
{

QJsonArray stringsToJson(const QStringList& list)
{
    QJsonArray out;
    for (const QString& s : list) {
        out.append(s);
    }
    return out;
}

QStringList stringsFromJson(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        out.append(v.toString());
    }
    return out;
}

// Line and column (1-based) of a byte offset in text.
std::pair<int, int> lineColumn(const QByteArray& text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

QJsonObject FileFact::toJson() const
{
    QJsonObject o{{QStringLiteral("role"), role}, {QStringLiteral("path"), path}, {QStringLiteral("exists"), exists}};
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
    }
    if (exists) {
        o.insert(QStringLiteral("uid"), static_cast<qint64>(uid));
        o.insert(QStringLiteral("gid"), static_cast<qint64>(gid));
        o.insert(QStringLiteral("owner"), owner);
        o.insert(QStringLiteral("group"), group);
        o.insert(QStringLiteral("mode"), QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0')));
        o.insert(QStringLiteral("type"), type);
        if (inode != 0) {
            o.insert(QStringLiteral("device"), QString::number(device));
            o.insert(QStringLiteral("inode"), QString::number(inode));
        }
        if (!realPath.isEmpty()) {
            o.insert(QStringLiteral("realPath"), realPath);
        }
    }
    if (notAfter.isValid()) {
        o.insert(QStringLiteral("notAfter"), notAfter.toUTC().toString(Qt::ISODate));
    }
    if (!certError.isEmpty()) {
        o.insert(QStringLiteral("certError"), certError);
    }
    return o;
}

FileFact FileFact::fromJson(const QJsonObject& o)
{
    FileFact f;
    f.role = o.value(QStringLiteral("role")).toString();
    f.path = o.value(QStringLiteral("path")).toString();
    f.exists = o.value(QStringLiteral("exists")).toBool();
    f.error = o.value(QStringLiteral("error")).toString();
    f.uid = static_cast<uint>(o.value(QStringLiteral("uid")).toInteger());
    f.gid = static_cast<uint>(o.value(QStringLiteral("gid")).toInteger());
    f.owner = o.value(QStringLiteral("owner")).toString();
    f.group = o.value(QStringLiteral("group")).toString();
    f.mode = o.value(QStringLiteral("mode")).toString().toUInt(nullptr, 8);
    f.type = o.value(QStringLiteral("type")).toString();
    f.device = o.value(QStringLiteral("device")).toString().toULongLong();
    f.inode = o.value(QStringLiteral("inode")).toString().toULongLong();
    f.realPath = o.value(QStringLiteral("realPath")).toString();
    if (const QString notAfter = o.value(QStringLiteral("notAfter")).toString(); !notAfter.isEmpty()) {
        f.notAfter = QDateTime::fromString(notAfter, Qt::ISODate).toUTC();
    }
    f.certError = o.value(QStringLiteral("certError")).toString();
    return f;
}

QJsonObject DaemonConfigFact::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("origin"), origin},
                  {QStringLiteral("exists"), exists},
                  {QStringLiteral("readable"), readable},
                  {QStringLiteral("file"), file.toJson()}};
    if (!readError.isEmpty()) {
        o.insert(QStringLiteral("readError"), readError);
    }
    if (readable) {
        // Keep the bytes exactly: text when it is valid UTF-8, base64 otherwise.
        const QString asText = QString::fromUtf8(text);
        if (asText.toUtf8() == text) {
            o.insert(QStringLiteral("text"), asText);
        } else {
            o.insert(QStringLiteral("textBase64"), QString::fromLatin1(text.toBase64()));
        }
    }
    return o;
}

DaemonConfigFact DaemonConfigFact::fromJson(const QJsonObject& o)
{
    DaemonConfigFact f;
    f.path = o.value(QStringLiteral("path")).toString();
    f.origin = o.value(QStringLiteral("origin")).toString();
    f.exists = o.value(QStringLiteral("exists")).toBool();
    f.readable = o.value(QStringLiteral("readable")).toBool();
    f.readError = o.value(QStringLiteral("readError")).toString();
    if (o.contains(QStringLiteral("textBase64"))) {
        f.text = QByteArray::fromBase64(o.value(QStringLiteral("textBase64")).toString().toLatin1());
    } else {
        f.text = o.value(QStringLiteral("text")).toString().toUtf8();
    }
    f.file = FileFact::fromJson(o.value(QStringLiteral("file")).toObject());
    return f;
}

DaemonConfig DaemonConfig::parse(const DaemonConfigFact& fact)
{
    DaemonConfig c;
    if (!fact.exists) {
        c.state = State::Missing;
        return c;
    }
    if (!fact.readable) {
        c.state = State::Unreadable;
        return c;
    }
    if (fact.text.trimmed().isEmpty()) {
        c.state = State::Empty;
        return c;
    }
    JsonTextError error;
    const QJsonDocument doc = jsonFromText(fact.text, &error, {JsonMaxBytesHandWritten, JsonMaxDepth});
    if (error.error != QJsonParseError::NoError) {
        c.state = State::Invalid;
        const auto [line, column] = lineColumn(fact.text, error.offset);
        c.errorLine = line;
        c.errorColumn = column;
        c.parseError = QCoreApplication::translate("Snapshot", "line %1, column %2: %3")
                           .arg(line)
                           .arg(column)
                           .arg(error.errorString());
        return c;
    }
    if (!doc.isObject()) {
        c.state = State::Invalid;
        c.errorLine = 1;
        c.errorColumn = 1;
        c.parseError = QCoreApplication::translate("Snapshot", "line %1, column %2: %3")
                           .arg(1)
                           .arg(1)
                           .arg(QCoreApplication::translate("Snapshot", "the top level is not a JSON object"));
        return c;
    }
    c.state = State::Valid;
    c.values = doc.object();
    return c;
}

const DaemonConfig& Snapshot::daemonConfig() const
{
    if (!m_parsedConfig) {
        m_parsedConfig = DaemonConfig::parse(daemonConfigFact);
    }
    return *m_parsedConfig;
}

void Snapshot::setDaemonConfigFact(DaemonConfigFact fact)
{
    daemonConfigFact = std::move(fact);
    m_parsedConfig.reset();
}

const FileFact* Snapshot::file(const QString& role) const
{
    for (const FileFact& f : files) {
        if (f.role == role) {
            return &f;
        }
    }
    return nullptr;
}

const ImageFact* Snapshot::image(const QString& id) const
{
    for (const ImageFact& i : images) {
        if (i.inspect.value(QStringLiteral("Id")).toString() == id) {
            return &i;
        }
    }
    return nullptr;
}

const CollectionIssue* Snapshot::issue(const QString& collector) const
{
    for (const CollectionIssue& i : issues) {
        if (i.collector == collector) {
            return &i;
        }
    }
    return nullptr;
}

QStringList Snapshot::commandLineFlagValues(const QString& name) const
{
    // dockerd (pflag) accepts --flag=value, --flag value and bare boolean --flag; a one-letter shorthand also
    // takes its value joined to it (-Htcp://0.0.0.0:2375, -ldebug) or after = (-D=false).
    QStringList values;
    const QString withEquals = name + QLatin1Char('=');
    const bool shorthand = name.size() == 2 && name.at(0) == u'-' && name.at(1) != u'-';
    for (qsizetype i = 1; i < daemonCommandLine.size(); ++i) {
        const QString& arg = daemonCommandLine.at(i);
        if (arg.startsWith(withEquals)) {
            values.append(arg.mid(withEquals.size()));
        } else if (shorthand && arg.size() > 2 && arg.startsWith(name)) {
            values.append(arg.mid(2));
        } else if (arg == name) {
            // dockerd takes no positional arguments: a following non-flag word is this flag's value.
            if (i + 1 < daemonCommandLine.size() && !daemonCommandLine.at(i + 1).startsWith(u'-')) {
                values.append(daemonCommandLine.at(++i));
            } else {
                values.append(QStringLiteral("true"));
            }
        }
    }
    return values;
}

std::optional<QString> Snapshot::commandLineFlag(const QString& name) const
{
    const QStringList values = commandLineFlagValues(name);
    if (values.isEmpty()) {
        return std::nullopt;
    }
    return values.last();
}

const QStringList& Snapshot::volatileInfoKeys()
{
    // Clock and counters of GET /info that move on their own between two collections.
    static const QStringList keys{QStringLiteral("SystemTime"),
                                  QStringLiteral("NGoroutines"),
                                  QStringLiteral("NFd"),
                                  QStringLiteral("NEventsListener"),
                                  QStringLiteral("Containers"),
                                  QStringLiteral("ContainersRunning"),
                                  QStringLiteral("ContainersPaused"),
                                  QStringLiteral("ContainersStopped"),
                                  QStringLiteral("Images")};
    return keys;
}

const QStringList& Snapshot::volatileHealthKeys()
{
    // Each health probe (every Healthcheck.Interval) appends to the log, with its times and output, and moves the
    // streak of failures; the checks read the status, which changes when the streak reaches the retries.
    static const QStringList keys{QStringLiteral("Log"), QStringLiteral("FailingStreak")};
    return keys;
}

namespace
{

QJsonObject withoutHealthLog(QJsonObject container)
{
    QJsonObject state = container.value(QStringLiteral("State")).toObject();
    QJsonObject health = state.value(QStringLiteral("Health")).toObject();
    for (const QString& key : Snapshot::volatileHealthKeys()) {
        health.remove(key);
    }
    state.insert(QStringLiteral("Health"), health);
    container.insert(QStringLiteral("State"), state);
    return container;
}

// A running container with a health check is inspected again after each probe (the daemon logs exec events), and
// differs only in its health log.
bool sameContainers(const QList<QJsonObject>& a, const QList<QJsonObject>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i) && withoutHealthLog(a.at(i)) != withoutHealthLog(b.at(i))) {
            return false;
        }
    }
    return true;
}

} // namespace

bool Snapshot::sameFacts(const Snapshot& other) const
{
    const auto stableInfo = [](QJsonObject o) {
        for (const QString& key : volatileInfoKeys()) {
            o.remove(key);
        }
        return o;
    };
    const auto sameHost = [](HostFacts a, const HostFacts& b) {
        a.elapsedMs = b.elapsedMs;
        return a == b;
    };
    // The big lists first: a changed container is the likely difference, and unchanged ones compare by pointer.
    return sameContainers(containers, other.containers) && images == other.images && toolVersion == other.toolVersion &&
           endpoint == other.endpoint && hostFactsCollected == other.hostFactsCollected &&
           containersCollected == other.containersCollected && imagesCollected == other.imagesCollected &&
           version == other.version && networks == other.networks && volumes == other.volumes &&
           daemonCommandLine == other.daemonCommandLine && daemonListening == other.daemonListening &&
           daemonConfigFact == other.daemonConfigFact && files == other.files && composeFiles == other.composeFiles &&
           dockerfiles == other.dockerfiles && probes == other.probes && processes == other.processes &&
           sprawlLimits == other.sprawlLimits && imageAnalysis == other.imageAnalysis &&
           execHistory == other.execHistory && issues == other.issues && sameHost(host, other.host) &&
           stableInfo(info) == stableInfo(other.info);
}

QJsonObject Snapshot::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), SchemaVersion);
    o.insert(QStringLiteral("toolVersion"), toolVersion);
    o.insert(QStringLiteral("collectedAt"), collectedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("endpoint"), endpoint.toJson());
    o.insert(QStringLiteral("hostFactsCollected"), hostFactsCollected);
    o.insert(QStringLiteral("containersCollected"), containersCollected);
    o.insert(QStringLiteral("imagesCollected"), imagesCollected);
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("info"), info);
    o.insert(QStringLiteral("networks"), networks);
    if (!volumes.isEmpty()) {
        o.insert(QStringLiteral("volumes"), volumes);
    }
    // Every value that looks like a secret is replaced by secrets::Marker, which the checks still read as a secret:
    // the file can be shared with a bug report, and evaluating it gives the findings the live facts gave.
    o.insert(QStringLiteral("daemonCommandLine"), stringsToJson(secrets::redactArguments(daemonCommandLine)));
    o.insert(QStringLiteral("daemonListening"), daemonListening.toJson());
    DaemonConfigFact config = daemonConfigFact;
    config.text = secrets::redactYaml(config.text);
    o.insert(QStringLiteral("daemonConfig"), config.toJson());
    QJsonArray fileArray;
    for (const FileFact& f : files) {
        fileArray.append(f.toJson());
    }
    o.insert(QStringLiteral("files"), fileArray);
    QJsonArray containerArray;
    for (const QJsonObject& c : containers) {
        containerArray.append(secrets::redactInspect(c));
    }
    o.insert(QStringLiteral("containers"), containerArray);
    QJsonArray imageArray;
    for (const ImageFact& i : images) {
        QJsonArray history;
        for (const QJsonValue& v : i.history) {
            QJsonObject entry = v.toObject();
            if (entry.contains(QStringLiteral("CreatedBy"))) {
                entry.insert(QStringLiteral("CreatedBy"),
                             secrets::redactText(entry.value(QStringLiteral("CreatedBy")).toString()));
            }
            history.append(entry);
        }
        imageArray.append(QJsonObject{{QStringLiteral("inspect"), secrets::redactInspect(i.inspect)},
                                      {QStringLiteral("history"), history}});
    }
    o.insert(QStringLiteral("images"), imageArray);
    QJsonArray composeArray;
    for (ComposeFileFact f : composeFiles) {
        f.text = secrets::redactYaml(f.text);
        composeArray.append(f.toJson());
    }
    o.insert(QStringLiteral("composeFiles"), composeArray);
    QJsonArray dockerfileArray;
    for (DockerfileFact f : dockerfiles) {
        f.text = secrets::redactDockerfile(f.text);
        for (auto it = f.buildArgs.begin(); it != f.buildArgs.end(); ++it) {
            if (secrets::isSecretEnv(it.key(), it.value())) {
                it.value() = QString::fromLatin1(secrets::Marker);
            }
        }
        dockerfileArray.append(f.toJson());
    }
    o.insert(QStringLiteral("dockerfiles"), dockerfileArray);
    o.insert(QStringLiteral("probes"), probes.toJson());
    o.insert(QStringLiteral("processes"), processes.toJson());
    o.insert(QStringLiteral("sprawlLimits"), sprawlLimits.toJson());
    o.insert(QStringLiteral("imageAnalysis"), imageAnalysis.toJson());
    if (execHistory.collected) {
        o.insert(QStringLiteral("execHistory"), execHistory.toJson());
    }
    QJsonArray issueArray;
    for (const CollectionIssue& i : issues) {
        issueArray.append(QJsonObject{{QStringLiteral("collector"), i.collector},
                                      {QStringLiteral("message"), i.message},
                                      {QStringLiteral("detail"), i.detail}});
    }
    o.insert(QStringLiteral("issues"), issueArray);
    o.insert(QStringLiteral("hostFacts"), host.toJson());
    return o;
}

Result<Snapshot> Snapshot::fromJson(const QJsonObject& o)
{
    const int schema = o.value(QStringLiteral("schema")).toInt(-1);
    if (schema < 1 || schema > SchemaVersion) {
        return makeError(Error::Code::ParseError,
                         QCoreApplication::translate("Snapshot",
                                                     "This snapshot has schema version %1; this Escut reads "
                                                     "versions 1 to %2. Collect a new snapshot or update Escut.")
                             .arg(schema)
                             .arg(SchemaVersion));
    }
    if (const VoidResult valid = validateSnapshotJson(o); !valid) {
        return makeError(Error::Code::ParseError,
                         QCoreApplication::translate("Snapshot", "This snapshot has a field of the wrong type: %1")
                             .arg(valid.error().message));
    }
    Snapshot s;
    s.toolVersion = o.value(QStringLiteral("toolVersion")).toString();
    s.collectedAt = QDateTime::fromString(o.value(QStringLiteral("collectedAt")).toString(), Qt::ISODateWithMs);
    s.endpoint = Endpoint::fromJson(o.value(QStringLiteral("endpoint")).toObject());
    s.hostFactsCollected = o.value(QStringLiteral("hostFactsCollected")).toBool();
    // Absent from older snapshots, which always held both.
    s.containersCollected = o.value(QStringLiteral("containersCollected")).toBool(true);
    s.imagesCollected = o.value(QStringLiteral("imagesCollected")).toBool(true);
    s.version = o.value(QStringLiteral("version")).toObject();
    s.info = o.value(QStringLiteral("info")).toObject();
    s.networks = o.value(QStringLiteral("networks")).toArray();
    s.volumes = o.value(QStringLiteral("volumes")).toArray();
    s.daemonCommandLine = stringsFromJson(o.value(QStringLiteral("daemonCommandLine")));
    s.daemonListening = DaemonListenFact::fromJson(o.value(QStringLiteral("daemonListening")).toObject());
    s.daemonConfigFact = DaemonConfigFact::fromJson(o.value(QStringLiteral("daemonConfig")).toObject());
    for (const QJsonValue& v : o.value(QStringLiteral("files")).toArray()) {
        s.files.append(FileFact::fromJson(v.toObject()));
    }
    for (const QJsonValue& v : o.value(QStringLiteral("containers")).toArray()) {
        s.containers.append(v.toObject());
    }
    for (const QJsonValue& v : o.value(QStringLiteral("images")).toArray()) {
        const QJsonObject io = v.toObject();
        s.images.append(
            {io.value(QStringLiteral("inspect")).toObject(), io.value(QStringLiteral("history")).toArray()});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("composeFiles")).toArray()) {
        s.composeFiles.append(ComposeFileFact::fromJson(v.toObject()));
    }
    for (const QJsonValue& v : o.value(QStringLiteral("dockerfiles")).toArray()) {
        s.dockerfiles.append(DockerfileFact::fromJson(v.toObject()));
    }
    s.probes = ActiveProbeFacts::fromJson(o.value(QStringLiteral("probes")).toObject());
    s.processes = ProcessFacts::fromJson(o.value(QStringLiteral("processes")).toObject());
    s.sprawlLimits = SprawlLimits::fromJson(o.value(QStringLiteral("sprawlLimits")).toObject());
    s.imageAnalysis = ImageAnalysis::fromJson(o.value(QStringLiteral("imageAnalysis")).toObject());
    s.execHistory = ExecHistory::fromJson(o.value(QStringLiteral("execHistory")).toObject());
    for (const QJsonValue& v : o.value(QStringLiteral("issues")).toArray()) {
        const QJsonObject io = v.toObject();
        s.issues.append({io.value(QStringLiteral("collector")).toString(),
                         io.value(QStringLiteral("message")).toString(),
                         io.value(QStringLiteral("detail")).toString()});
    }
    s.host = HostFacts::fromJson(o.value(QStringLiteral("hostFacts")).toObject());
    return s;
}

Result<Snapshot> Snapshot::load(const QString& path)
{
    // A fifo or a device would block the read or never end: only a regular file is a snapshot, and no larger than any
    // JSON Escut reads.
    // The demo is a resource compiled into the program (":/demo/snapshot.json"): read through Qt's resource system.
    if (path.startsWith(QLatin1String(":/"))) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly)) {
            return makeError(Error::Code::NotFound,
                             QCoreApplication::translate("Snapshot", "Cannot read the snapshot %1: %2.")
                                 .arg(path, resource.errorString()));
        }
        return parse(resource.readAll(), path);
    }
    const Result<QByteArray> text = readRegularFile(path, JsonMaxBytes);
    if (!text) {
        return makeError(text.error().code == Error::Code::NotFound ? Error::Code::NotFound : Error::Code::IoError,
                         QCoreApplication::translate("Snapshot", "Cannot read the snapshot %1: %2.")
                             .arg(path, text.error().message));
    }
    return parse(text.value(), path);
}

Result<Snapshot> Snapshot::parse(const QByteArray& text, const QString& path)
{
    JsonTextError error;
    const QJsonDocument doc = jsonFromText(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(Error::Code::ParseError,
                         QCoreApplication::translate("Snapshot", "The snapshot %1 is not valid JSON: %2.")
                             .arg(path, error.errorString()));
    }
    return fromJson(doc.object());
}

VoidResult Snapshot::save(const QString& path) const
{
    return writePrivateFile(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

} // namespace escut
