// SPDX-License-Identifier: GPL-3.0-or-later
// The opt-in active probes of seed 000 (§5, §6 "Provar arrencar contenidor sense token", "docker exec hauria de
// fallar"). Everything goes through the Docker Engine API; nothing runs the docker CLI.
#include "core/facts/ActiveProber.h"

#include "core/checks/catalogue/Helpers.h"
#include "core/docker/DockerClient.h"
#include "core/facts/Snapshot.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

namespace escut
{

namespace
{

constexpr int PollMs = 50;

const auto s_anyStatus = [](int) {
    return true;
};

QString daemonMessage(const HttpResponse& r)
{
    const QString m = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("message")).toString();
    return m.isEmpty() ? QString::fromUtf8(r.body.left(512)).trimmed() : m;
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject config(const QJsonObject& container)
{
    return container.value(QStringLiteral("Config")).toObject();
}

QString probeLabel(const ProbeOptions& o)
{
    return o.labelPrefix;
}

// The run probe's container: the same image, entrypoint, command, user and working directory as the container,
// its environment without secret-looking variables, and nothing else: no mounts (so no /run/secrets), no network,
// no capabilities, no new privileges, small limits.
QJsonObject runProbeSpec(const QJsonObject& container, const ProbeOptions& options)
{
    const QJsonObject c = config(container);
    QJsonArray env;
    for (const QJsonValue& v : c.value(QStringLiteral("Env")).toArray()) {
        if (!checkhelpers::looksLikeSecretName(v.toString().section(QLatin1Char('='), 0, 0))) {
            env.append(v);
        }
    }
    QJsonObject spec{
        {QStringLiteral("Image"), container.value(QStringLiteral("Image")).toString()},
        {QStringLiteral("Env"), env},
        {QStringLiteral("User"), c.value(QStringLiteral("User")).toString()},
        {QStringLiteral("WorkingDir"), c.value(QStringLiteral("WorkingDir")).toString()},
        {QStringLiteral("AttachStdin"), false},
        {QStringLiteral("AttachStdout"), false},
        {QStringLiteral("AttachStderr"), false},
        {QStringLiteral("Tty"), false},
        {QStringLiteral("OpenStdin"), false},
        {QStringLiteral("NetworkDisabled"), true},
        {QStringLiteral("Labels"),
         QJsonObject{
             {probeLabel(options), QStringLiteral("token-gate")},
             {probeLabel(options) + QStringLiteral(".source"), container.value(QStringLiteral("Id")).toString()}}},
        {QStringLiteral("HostConfig"),
         QJsonObject{{QStringLiteral("NetworkMode"), QStringLiteral("none")},
                     {QStringLiteral("CapDrop"), QJsonArray{QStringLiteral("ALL")}},
                     {QStringLiteral("SecurityOpt"), QJsonArray{QStringLiteral("no-new-privileges")}},
                     {QStringLiteral("AutoRemove"), true},
                     {QStringLiteral("Memory"), 256LL * 1024 * 1024},
                     {QStringLiteral("PidsLimit"), 64},
                     {QStringLiteral("LogConfig"),
                      QJsonObject{{QStringLiteral("Type"), QStringLiteral("none")},
                                  {QStringLiteral("Config"), QJsonObject()}}}}},
    };
    for (const char* key : {"Entrypoint", "Cmd"}) {
        const QJsonValue v = c.value(QLatin1String(key));
        if (v.isArray()) {
            spec.insert(QLatin1String(key), v);
        }
    }
    return spec;
}

// Same image and settings give the same result: one probe for the replicas of a service.
QByteArray runProbeKey(const QJsonObject& container, const ProbeOptions& options)
{
    QJsonObject spec = runProbeSpec(container, options);
    spec.remove(QStringLiteral("Labels"));
    return compact(spec);
}

// Removes the probe container and waits until the daemon says it is gone (AutoRemove also races to remove it).
void removeProbeContainer(DockerClient& client, const QString& id)
{
    for (int attempt = 0; attempt < 40; ++attempt) {
        const Result<HttpResponse> r = client.request(DockerClient::Method::Delete,
                                                      QStringLiteral("/containers/%1?force=1&v=1").arg(id),
                                                      {},
                                                      s_anyStatus);
        if (!r || r->status == 404) {
            return;
        }
        if (r->status == 409) { // "removal already in progress"
            QThread::msleep(PollMs);
            continue;
        }
        const Result<HttpResponse> check =
            client.request(DockerClient::Method::Get, QStringLiteral("/containers/%1/json").arg(id), {}, s_anyStatus);
        if (!check || check->status == 404) {
            return;
        }
        QThread::msleep(PollMs);
    }
}

// The exit code of a container that AutoRemove already removed, from its "die" event.
int exitCodeFromEvents(DockerClient& client, const QString& id, qint64 since)
{
    int code = -1;
    const QJsonObject filters{{QStringLiteral("container"), QJsonArray{id}},
                              {QStringLiteral("event"), QJsonArray{QStringLiteral("die")}}};
    const QString query = QStringLiteral("since=%1&until=%2&filters=%3")
                              .arg(since)
                              .arg(QDateTime::currentSecsSinceEpoch() + 1)
                              .arg(QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(compact(filters)))));
    (void)client.streamEvents(
        query,
        [&](const QJsonDocument& event) {
            bool ok = false;
            const int c = event.object()
                              .value(QStringLiteral("Actor"))
                              .toObject()
                              .value(QStringLiteral("Attributes"))
                              .toObject()
                              .value(QStringLiteral("exitCode"))
                              .toString()
                              .toInt(&ok);
            if (ok) {
                code = c;
            }
            return true;
        },
        nullptr);
    return code;
}

} // namespace

ExecProbeFact ActiveProber::execProbe(DockerClient& client, const QJsonObject& container, const ProbeOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    ExecProbeFact fact;
    fact.containerId = container.value(QStringLiteral("Id")).toString();
    const QJsonObject state = container.value(QStringLiteral("State")).toObject();
    fact.running = state.value(QStringLiteral("Running")).toBool() && !state.value(QStringLiteral("Paused")).toBool();
    if (!fact.running) {
        return fact;
    }
    const QJsonObject spec{
        {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("true")}},
        {QStringLiteral("AttachStdin"), false},
        {QStringLiteral("AttachStdout"), false},
        {QStringLiteral("AttachStderr"), false},
        {QStringLiteral("Tty"), false}};
    const Result<HttpResponse> created = client.request(DockerClient::Method::Post,
                                                        QStringLiteral("/containers/%1/exec").arg(fact.containerId),
                                                        compact(spec),
                                                        s_anyStatus);
    if (!created) {
        fact.error = created.error().fullText();
        fact.ms = timer.elapsed();
        return fact;
    }
    if (created->status < 200 || created->status >= 300) {
        fact.httpStatus = created->status;
        fact.error = daemonMessage(created.value());
        fact.running = created->status != 409; // stopped or paused since the inspect
        fact.ms = timer.elapsed();
        return fact;
    }
    const QString execId = QJsonDocument::fromJson(created->body).object().value(QStringLiteral("Id")).toString();
    const Result<HttpResponse> started =
        client.request(DockerClient::Method::Post,
                       QStringLiteral("/exec/%1/start").arg(execId),
                       compact({{QStringLiteral("Detach"), true}, {QStringLiteral("Tty"), false}}),
                       s_anyStatus);
    if (!started) {
        fact.error = started.error().fullText();
        fact.ms = timer.elapsed();
        return fact;
    }
    fact.started = started->status >= 200 && started->status < 300;
    if (!fact.started) {
        // The exec never ran. Docker records 126 ("cannot invoke") in its inspect; Podman leaves ExitCode at 0, which
        // is then no success: without a code of the daemon's, a missing sh (the daemon's message says so) counts as
        // 127, as a shell would say, and anything else stays unknown (the check reports it as an error).
        fact.httpStatus = started->status;
        fact.error = daemonMessage(started.value());
        const Result<QJsonDocument> inspect = client.getJson(QStringLiteral("/exec/%1/json").arg(execId));
        const QJsonValue code = inspect ? inspect->object().value(QStringLiteral("ExitCode")) : QJsonValue();
        if (code.isDouble() && code.toInt() > 0) {
            fact.exitCode = code.toInt();
        } else if (fact.error.contains(QLatin1String("not found"), Qt::CaseInsensitive) ||
                   fact.error.contains(QLatin1String("no such file"), Qt::CaseInsensitive)) {
            fact.exitCode = 127;
        }
        fact.ms = timer.elapsed();
        return fact;
    }
    // The exit code, from the exec's inspect once it has finished.
    while (true) {
        const Result<QJsonDocument> inspect = client.getJson(QStringLiteral("/exec/%1/json").arg(execId));
        if (!inspect) {
            if (fact.error.isEmpty()) {
                fact.error = inspect.error().fullText();
            }
            break;
        }
        const QJsonObject o = inspect->object();
        if (!o.value(QStringLiteral("Running")).toBool()) {
            const QJsonValue code = o.value(QStringLiteral("ExitCode"));
            fact.exitCode = code.isDouble() ? code.toInt() : -1;
            break;
        }
        if (timer.elapsed() >= options.limitMs) {
            fact.timedOut = true;
            break;
        }
        QThread::msleep(PollMs);
    }
    fact.ms = timer.elapsed();
    return fact;
}

RunProbeFact ActiveProber::runProbe(DockerClient& client, const QJsonObject& container, const ProbeOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    RunProbeFact fact;
    fact.containerId = container.value(QStringLiteral("Id")).toString();
    fact.image = container.value(QStringLiteral("Image")).toString();
    fact.limitSeconds = (options.limitMs + 999) / 1000;
    const Result<HttpResponse> created = client.request(DockerClient::Method::Post,
                                                        QStringLiteral("/containers/create"),
                                                        compact(runProbeSpec(container, options)),
                                                        s_anyStatus);
    if (!created || created->status < 200 || created->status >= 300) {
        fact.error = created ? daemonMessage(created.value()) : created.error().fullText();
        fact.ms = timer.elapsed();
        return fact;
    }
    const QString id = QJsonDocument::fromJson(created->body).object().value(QStringLiteral("Id")).toString();
    const qint64 since = QDateTime::currentSecsSinceEpoch() - 1;
    const Result<HttpResponse> started =
        client.request(DockerClient::Method::Post, QStringLiteral("/containers/%1/start").arg(id), {}, s_anyStatus);
    if (!started || started->status < 200 || started->status >= 300) {
        // The image's entrypoint could not even be started (no such binary, bad user): a start failure.
        fact.error = started ? daemonMessage(started.value()) : started.error().fullText();
        removeProbeContainer(client, id);
        fact.ms = timer.elapsed();
        return fact;
    }
    fact.started = true;
    bool gone = false;
    while (true) {
        const Result<HttpResponse> r =
            client.request(DockerClient::Method::Get, QStringLiteral("/containers/%1/json").arg(id), {}, s_anyStatus);
        if (r && r->status == 404) {
            gone = true; // exited and auto-removed
            break;
        }
        if (r && r->status == 200) {
            const QJsonObject state =
                QJsonDocument::fromJson(r->body).object().value(QStringLiteral("State")).toObject();
            if (!state.value(QStringLiteral("Running")).toBool() &&
                state.value(QStringLiteral("Status")).toString() != QLatin1String("created")) {
                fact.exitCode = state.value(QStringLiteral("ExitCode")).toInt(-1);
                break;
            }
        }
        if (timer.elapsed() >= options.limitMs) {
            fact.timedOut = true;
            (void)client.request(DockerClient::Method::Post,
                                 QStringLiteral("/containers/%1/kill").arg(id),
                                 {},
                                 s_anyStatus);
            break;
        }
        QThread::msleep(PollMs);
    }
    fact.ms = timer.elapsed();
    if (gone && fact.exitCode < 0) {
        fact.exitCode = exitCodeFromEvents(client, id, since);
    }
    removeProbeContainer(client, id);
    return fact;
}

void ActiveProber::run(DockerClient& client,
                       Snapshot& snapshot,
                       const ProbeOptions& options,
                       const ProgressCallback& progress,
                       const std::atomic<bool>* cancel)
{
    snapshot.probes = ActiveProbeFacts{};
    snapshot.probes.enabled = true;
    QList<QJsonObject> targets;
    for (const QJsonObject& c : std::as_const(snapshot.containers)) {
        // Never probe the probes (a leftover of an interrupted audit).
        const QJsonObject labels = config(c).value(QStringLiteral("Labels")).toObject();
        const QString onlyKey = options.onlyLabel.section(QLatin1Char('='), 0, 0);
        const bool selected = options.onlyLabel.isEmpty() ||
                              labels.value(onlyKey).toString() == options.onlyLabel.section(QLatin1Char('='), 1);
        if (selected && !labels.contains(probeLabel(options))) {
            targets.append(c);
        }
    }
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, options.concurrency));
    std::atomic<int> done{0};
    const int total = int(targets.size()) * 2;
    QMutex progressMutex;
    const auto step = [&] {
        const int n = ++done;
        if (progress) {
            QMutexLocker lock(&progressMutex);
            progress(n, total, ActiveProber::tr("Active probes"));
        }
    };
    const auto cancelled = [&] {
        return cancel && cancel->load();
    };

    snapshot.probes.exec =
        QtConcurrent::blockingMapped<QList<ExecProbeFact>>(&pool, targets, [&](const QJsonObject& c) {
            ExecProbeFact f;
            if (cancelled()) {
                f.containerId = c.value(QStringLiteral("Id")).toString();
                f.error = ActiveProber::tr("The audit was cancelled.");
            } else {
                f = execProbe(client, c, options);
            }
            step();
            return f;
        });

    // One run per distinct image and settings; the replicas of a service share it.
    QMap<QByteArray, QJsonObject> distinct;
    for (const QJsonObject& c : std::as_const(targets)) {
        const QByteArray key = runProbeKey(c, options);
        if (!distinct.contains(key)) {
            distinct.insert(key, c);
        }
    }
    const QList<QByteArray> keys = distinct.keys();
    const QList<RunProbeFact> results =
        QtConcurrent::blockingMapped<QList<RunProbeFact>>(&pool, keys, [&](const QByteArray& key) {
            RunProbeFact f;
            if (cancelled()) {
                f.error = ActiveProber::tr("The audit was cancelled.");
            } else {
                f = runProbe(client, distinct.value(key), options);
            }
            return f;
        });
    QMap<QByteArray, RunProbeFact> byKey;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        byKey.insert(keys.at(i), results.at(i));
    }
    for (const QJsonObject& c : std::as_const(targets)) {
        RunProbeFact f = byKey.value(runProbeKey(c, options));
        f.containerId = c.value(QStringLiteral("Id")).toString();
        snapshot.probes.run.append(f);
        step();
    }
}

} // namespace escut
