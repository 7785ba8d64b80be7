// SPDX-License-Identifier: GPL-3.0-or-later
// escut-cli exporter --listen 127.0.0.1:PORT --interval 5m [--host/--context/--hosts ...]
#include "app/cli/Cli.h"
#include "app/cli/Exporter.h"
#include "core/report/ReportUtil.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace escut
{

int Cli::exporter(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Audit the endpoints every interval and serve the results as Prometheus metrics on /metrics (each series "
           "carries an endpoint label). Runs until stopped."));
    parser.addHelpOption();
    QCommandLineOption listen(QStringLiteral("listen"),
                              tr("Address and port to listen on (default 127.0.0.1:9469)."),
                              tr("ADDRESS:PORT"),
                              QStringLiteral("127.0.0.1:9469"));
    QCommandLineOption interval(QStringLiteral("interval"),
                                tr("Time between audits: 30s, 5m, 1h (default 5m)."),
                                tr("DURATION"),
                                QStringLiteral("5m"));
    QCommandLineOption host(QStringList{QStringLiteral("H"), QStringLiteral("host")},
                            tr("Docker endpoint to audit (repeatable)."),
                            tr("URL"));
    QCommandLineOption context(QStringLiteral("context"), tr("Docker context to audit (repeatable)."), tr("NAME"));
    QCommandLineOption hostsFile(QStringLiteral("hosts"), tr("Audit every endpoint listed in FILE."), tr("FILE"));
    QCommandLineOption parallel(QStringLiteral("parallel"),
                                tr("Audit at most N endpoints at a time (default 4)."),
                                tr("N"),
                                QStringLiteral("4"));
    QCommandLineOption timeout(QStringLiteral("timeout"),
                               tr("Seconds to wait for each Docker request (default 30)."),
                               tr("SECONDS"),
                               QStringLiteral("30"));
    QCommandLineOption noHistory(QStringLiteral("no-history"), tr("Do not store the audits in the history."));
    QCommandLineOption lang(QStringLiteral("lang"), tr("Language of texts: ca, es or en."), tr("LANG"));
    parser.addOptions({listen, interval, host, context, hostsFile, parallel, timeout, noHistory, lang});
    if (const std::optional<int> done = parseArguments(parser, args)) {
        return *done;
    }
    const QString address = parser.value(listen);
    const int colon = int(address.lastIndexOf(QLatin1Char(':')));
    bool portOk = false;
    const int port = address.mid(colon + 1).toInt(&portOk);
    QString hostPart = colon > 0 ? address.left(colon) : QString();
    if (hostPart.startsWith(QLatin1Char('[')) && hostPart.endsWith(QLatin1Char(']'))) {
        hostPart = hostPart.mid(1, hostPart.size() - 2);
    }
    const QHostAddress bind(hostPart);
    if (colon <= 0 || !portOk || port < 0 || port > 65535 || bind.isNull()) {
        return fail(tr("--listen needs ADDRESS:PORT, such as 127.0.0.1:9469"));
    }
    const std::optional<int> seconds = parseDurationSeconds(parser.value(interval));
    if (!seconds) {
        return fail(tr("--interval needs a duration such as 30s, 5m or 1h"));
    }
    bool ok = false;
    const int maxParallel = parser.value(parallel).toInt(&ok);
    if (!ok || maxParallel <= 0) {
        return fail(tr("--parallel needs a positive number"));
    }
    const int timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || timeoutSeconds <= 0) {
        return fail(tr("--timeout needs a positive number of seconds"));
    }
    Result<QList<FleetTarget>> listed =
        Fleet::targets(parser.values(host), parser.values(context), parser.values(hostsFile));
    if (!listed) {
        return fail(listed.error().fullText());
    }
    QList<FleetTarget> targets = listed.value();
    if (targets.isEmpty()) {
        // The endpoint an audit would use by default.
        Result<Endpoint> endpoint = EndpointResolver::resolve({}, ResolverEnvironment::system());
        if (!endpoint) {
            return fail(endpoint.error().fullText());
        }
        FleetTarget t;
        t.name = endpointLabel(endpoint.value());
        t.endpoint = endpoint.value();
        targets.append(t);
    }
    AuditOptions base;
    base.requestTimeoutMs = timeoutSeconds * 1000;
    Exporter exporter(targets, base, maxParallel, *seconds, !parser.isSet(noHistory));
    QString error;
    if (!exporter.listen(bind, quint16(port), &error)) {
        return fail(tr("cannot listen on %1: %2").arg(address, error));
    }
    m_err << tr("Serving metrics on http://%1:%2/metrics, auditing %n endpoint(s) every %3 s.",
                nullptr,
                int(targets.size()))
                 .arg(bind.toString())
                 .arg(exporter.port())
                 .arg(*seconds)
          << '\n';
    m_err.flush();
    return QCoreApplication::exec();
}

} // namespace escut
