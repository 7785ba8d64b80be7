// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Exporter.h"

#include "core/audit/History.h"
#include "core/report/PrometheusReport.h"

#include <QTcpSocket>
#include <QtConcurrent>

namespace escut
{

namespace
{

constexpr qint64 MaxRequestBytes = 16 * 1024;

QByteArray response(const QByteArray& status, const QByteArray& contentType, const QByteArray& body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

Exporter::Exporter(QList<FleetTarget> targets,
                   AuditOptions base,
                   int parallel,
                   int intervalSeconds,
                   bool history,
                   QObject* parent)
    : QObject(parent)
    , m_targets(std::move(targets))
    , m_base(std::move(base))
    , m_parallel(parallel)
    , m_history(history)
{
    m_timer.setInterval(intervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Exporter::startAudit);
    connect(&m_watcher, &QFutureWatcher<QList<EndpointAudit>>::finished, this, [this] {
        const QList<EndpointAudit> audits = m_watcher.result();
        ++m_audits;
        QString text = prometheusReport(audits, true);
        text += QStringLiteral("# HELP escut_exporter_audits_total Audits run by this exporter since it started.\n"
                               "# TYPE escut_exporter_audits_total counter\nescut_exporter_audits_total %1\n")
                    .arg(m_audits);
        m_metrics = text.toUtf8();
        int unreachable = 0;
        for (const EndpointAudit& a : audits) {
            unreachable += a.result ? 0 : 1;
        }
        Q_EMIT auditFinished(unreachable);
    });
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            // A client that never finishes its request is dropped.
            QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
        }
    });
}

bool Exporter::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (!m_server.listen(address, port)) {
        *error = m_server.errorString();
        return false;
    }
    startAudit();
    m_timer.start();
    return true;
}

void Exporter::startAudit()
{
    if (m_watcher.isRunning()) {
        return; // the previous audit is still going: skip this tick
    }
    const QList<FleetTarget> targets = m_targets;
    const AuditOptions base = m_base;
    const int parallel = m_parallel;
    const bool history = m_history;
    m_watcher.setFuture(QtConcurrent::run([targets, base, parallel, history] {
        QList<EndpointAudit> audits = Fleet::run(targets, base, parallel);
        if (history) {
            HistoryStore store; // this thread's own connection; a broken database never stops the metrics
            for (const EndpointAudit& a : audits) {
                if (a.result) {
                    (void)store.record(*a.result, a.endpoint);
                }
            }
        }
        return audits;
    }));
}

void Exporter::serve(QTcpSocket* socket)
{
    if (!socket->canReadLine() && socket->bytesAvailable() < MaxRequestBytes) {
        return; // wait for the request line
    }
    const QByteArray line = socket->readLine(MaxRequestBytes).trimmed();
    const QList<QByteArray> parts = line.split(' ');
    QByteArray reply;
    if (parts.size() < 2 || (parts.at(0) != "GET" && parts.at(0) != "HEAD")) {
        reply = response("405 Method Not Allowed", "text/plain; charset=utf-8", "Only GET /metrics.\n");
    } else if (parts.at(1) == "/metrics") {
        reply = m_metrics.isEmpty()
                    ? response("503 Service Unavailable", "text/plain; charset=utf-8", "The first audit is running.\n")
                    : response("200 OK", "text/plain; version=0.0.4; charset=utf-8", m_metrics);
    } else if (parts.at(1) == "/") {
        reply = response("200 OK", "text/plain; charset=utf-8", "Escut exporter: metrics on /metrics\n");
    } else {
        reply = response("404 Not Found", "text/plain; charset=utf-8", "Not found: use /metrics.\n");
    }
    if (parts.value(0) == "HEAD") {
        reply = reply.left(reply.indexOf("\r\n\r\n") + 4);
    }
    socket->disconnect(this);
    socket->write(reply);
    socket->disconnectFromHost();
}

} // namespace escut
