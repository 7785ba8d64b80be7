// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Fleet.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent>

#include <vector>

namespace escut
{

namespace
{

FleetTarget fromResult(const QString& name, const Result<Endpoint>& endpoint)
{
    FleetTarget t;
    t.name = name;
    if (endpoint) {
        t.endpoint = endpoint.value();
    } else {
        t.error = endpoint.error().fullText();
    }
    return t;
}

} // namespace

FleetTarget Fleet::fromHost(const QString& url)
{
    return fromResult(url, EndpointResolver::fromHostUrl(url, ResolverEnvironment::system()));
}

FleetTarget Fleet::fromContext(const QString& name)
{
    return fromResult(name, EndpointResolver::fromContext(name, ResolverEnvironment::system()));
}

Result<QList<FleetTarget>> Fleet::readHostsFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return makeError(Error::Code::IoError, tr("Cannot read the hosts file %1: %2").arg(path, file.errorString()));
    }
    QList<FleetTarget> targets;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QStringList tokens = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        const QString spec = tokens.first();
        if (!spec.contains(QLatin1String("://")) && !spec.startsWith(QLatin1Char('/'))) {
            if (tokens.size() > 1) {
                return makeError(Error::Code::InvalidArgument,
                                 tr("%1, line %2: a Docker context name takes no options (its TLS material is in "
                                    "the context).")
                                     .arg(path)
                                     .arg(lineNumber));
            }
            targets.append(fromContext(spec));
            continue;
        }
        if (spec.startsWith(QLatin1String("ssh://")) && tokens.size() > 1) {
            return makeError(Error::Code::InvalidArgument,
                             tr("%1, line %2: an ssh:// endpoint takes no options (ssh reads its keys, ports and host "
                                "keys from ~/.ssh).")
                                 .arg(path)
                                 .arg(lineNumber));
        }
        ResolverEnvironment env = ResolverEnvironment::system();
        env.vars.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
        env.vars.remove(QStringLiteral("DOCKER_CERT_PATH"));
        QMap<QString, QString> files;
        for (const QString& token : tokens.mid(1)) {
            const QString key = token.section(QLatin1Char('='), 0, 0);
            const QString value = token.section(QLatin1Char('='), 1);
            if (token == QLatin1String("tlsverify")) {
                env.vars.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
            } else if (key == QLatin1String("certs") && !value.isEmpty()) {
                env.vars.insert(QStringLiteral("DOCKER_CERT_PATH"), value);
            } else if ((key == QLatin1String("ca") || key == QLatin1String("cert") || key == QLatin1String("key")) &&
                       !value.isEmpty()) {
                files.insert(key, value);
            } else {
                return makeError(Error::Code::InvalidArgument,
                                 tr("%1, line %2: unknown option '%3' (use tlsverify, certs=DIR, ca=, cert=, key=).")
                                     .arg(path)
                                     .arg(lineNumber)
                                     .arg(token));
            }
        }
        FleetTarget target = fromResult(spec, EndpointResolver::fromHostUrl(spec, env));
        if (target.endpoint && !files.isEmpty()) {
            Endpoint& e = *target.endpoint;
            e.tls = true;
            e.caFile = files.value(QStringLiteral("ca"), e.caFile);
            e.certFile = files.value(QStringLiteral("cert"), e.certFile);
            e.keyFile = files.value(QStringLiteral("key"), e.keyFile);
            e.tlsVerify = e.tlsVerify || !e.caFile.isEmpty();
            for (const QString& f : {e.caFile, e.certFile, e.keyFile}) {
                if (!f.isEmpty() && !QFileInfo::exists(f)) {
                    target.error = tr("The TLS file %1 of %2 does not exist.").arg(f, spec);
                    target.endpoint.reset();
                    break;
                }
            }
        }
        targets.append(target);
    }
    if (targets.isEmpty()) {
        return makeError(Error::Code::InvalidArgument, tr("The hosts file %1 names no endpoint.").arg(path));
    }
    return targets;
}

Result<QList<FleetTarget>>
Fleet::targets(const QStringList& hosts, const QStringList& contexts, const QStringList& hostsFiles)
{
    QList<FleetTarget> out;
    for (const QString& host : hosts) {
        out.append(fromHost(host));
    }
    for (const QString& context : contexts) {
        out.append(fromContext(context));
    }
    for (const QString& file : hostsFiles) {
        Result<QList<FleetTarget>> listed = readHostsFile(file);
        if (!listed) {
            return listed.error();
        }
        out.append(listed.value());
    }
    return out;
}

QList<EndpointAudit> Fleet::run(const QList<FleetTarget>& targets, const AuditOptions& base, int parallel)
{
    std::vector<EndpointAudit> results(static_cast<size_t>(targets.size()));
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, parallel));
    QList<QFuture<void>> futures;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        futures.append(QtConcurrent::run(&pool, [&targets, &base, &results, i] {
            const FleetTarget& target = targets.at(i);
            EndpointAudit& out = results[static_cast<size_t>(i)];
            out.endpoint = target.name;
            if (!target.endpoint) {
                out.error = target.error;
                return;
            }
            QElapsedTimer timer;
            timer.start();
            AuditOptions options = base;
            options.resolvedEndpoint = target.endpoint;
            Result<AuditResult> result = Auditor::run(options);
            out.durationMs = timer.elapsed();
            if (result) {
                out.result = std::move(result).value();
            } else {
                out.error = result.error().fullText();
            }
        }));
    }
    for (QFuture<void>& f : futures) {
        f.waitForFinished();
    }
    return QList<EndpointAudit>(results.begin(), results.end());
}

std::optional<int> parseDurationSeconds(const QString& text)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^(\\d+)([smh]?)$")).match(text.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const int n = m.captured(1).toInt();
    const QString unit = m.captured(2);
    const int seconds = unit == QLatin1String("h") ? n * 3600 : unit == QLatin1String("m") ? n * 60 : n;
    return seconds > 0 ? std::optional<int>(seconds) : std::nullopt;
}

} // namespace escut
