// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/ActiveProbes.h"

#include <QJsonArray>

namespace escut
{

QJsonObject ExecProbeFact::toJson() const
{
    QJsonObject o{{QStringLiteral("containerId"), containerId},
                  {QStringLiteral("running"), running},
                  {QStringLiteral("started"), started},
                  {QStringLiteral("exitCode"), exitCode},
                  {QStringLiteral("ms"), ms}};
    if (httpStatus != 0) {
        o.insert(QStringLiteral("httpStatus"), httpStatus);
    }
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
    }
    if (timedOut) {
        o.insert(QStringLiteral("timedOut"), true);
    }
    return o;
}

ExecProbeFact ExecProbeFact::fromJson(const QJsonObject& o)
{
    ExecProbeFact f;
    f.containerId = o.value(QStringLiteral("containerId")).toString();
    f.running = o.value(QStringLiteral("running")).toBool();
    f.started = o.value(QStringLiteral("started")).toBool();
    f.exitCode = o.value(QStringLiteral("exitCode")).toInt(-1);
    f.httpStatus = o.value(QStringLiteral("httpStatus")).toInt();
    f.error = o.value(QStringLiteral("error")).toString();
    f.timedOut = o.value(QStringLiteral("timedOut")).toBool();
    f.ms = o.value(QStringLiteral("ms")).toInteger();
    return f;
}

QJsonObject RunProbeFact::toJson() const
{
    QJsonObject o{{QStringLiteral("containerId"), containerId},
                  {QStringLiteral("image"), image},
                  {QStringLiteral("started"), started},
                  {QStringLiteral("exitCode"), exitCode},
                  {QStringLiteral("limitSeconds"), limitSeconds},
                  {QStringLiteral("ms"), ms}};
    if (timedOut) {
        o.insert(QStringLiteral("timedOut"), true);
    }
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
    }
    return o;
}

RunProbeFact RunProbeFact::fromJson(const QJsonObject& o)
{
    RunProbeFact f;
    f.containerId = o.value(QStringLiteral("containerId")).toString();
    f.image = o.value(QStringLiteral("image")).toString();
    f.started = o.value(QStringLiteral("started")).toBool();
    f.exitCode = o.value(QStringLiteral("exitCode")).toInt(-1);
    f.timedOut = o.value(QStringLiteral("timedOut")).toBool();
    f.limitSeconds = o.value(QStringLiteral("limitSeconds")).toInt();
    f.error = o.value(QStringLiteral("error")).toString();
    f.ms = o.value(QStringLiteral("ms")).toInteger();
    return f;
}

const ExecProbeFact* ActiveProbeFacts::execFor(const QString& containerId) const
{
    for (const ExecProbeFact& f : exec) {
        if (f.containerId == containerId) {
            return &f;
        }
    }
    return nullptr;
}

const RunProbeFact* ActiveProbeFacts::runFor(const QString& containerId) const
{
    for (const RunProbeFact& f : run) {
        if (f.containerId == containerId) {
            return &f;
        }
    }
    return nullptr;
}

QJsonObject ActiveProbeFacts::toJson() const
{
    QJsonArray execArray;
    for (const ExecProbeFact& f : exec) {
        execArray.append(f.toJson());
    }
    QJsonArray runArray;
    for (const RunProbeFact& f : run) {
        runArray.append(f.toJson());
    }
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("exec"), execArray},
            {QStringLiteral("run"), runArray}};
}

ActiveProbeFacts ActiveProbeFacts::fromJson(const QJsonObject& o)
{
    ActiveProbeFacts f;
    f.enabled = o.value(QStringLiteral("enabled")).toBool();
    for (const QJsonValue& v : o.value(QStringLiteral("exec")).toArray()) {
        f.exec.append(ExecProbeFact::fromJson(v.toObject()));
    }
    for (const QJsonValue& v : o.value(QStringLiteral("run")).toArray()) {
        f.run.append(RunProbeFact::fromJson(v.toObject()));
    }
    return f;
}

} // namespace escut
