// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Fleet.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

namespace escut
{

// `escut-cli exporter`: audits the endpoints every interval on a worker thread and serves the latest result
// as Prometheus text on GET /metrics (QTcpServer in the CLI's event loop; the loop never waits for an audit).
class Exporter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(Exporter)

public:
    Exporter(QList<FleetTarget> targets,
             AuditOptions base,
             int parallel,
             int intervalSeconds,
             bool history,
             QObject* parent = nullptr);

    [[nodiscard]] bool listen(const QHostAddress& address, quint16 port, QString* error);
    [[nodiscard]] quint16 port() const
    {
        return m_server.serverPort();
    }

Q_SIGNALS:
    void auditFinished(int unreachable);

private:
    void startAudit();
    void serve(QTcpSocket* socket);

    QList<FleetTarget> m_targets;
    AuditOptions m_base;
    int m_parallel;
    bool m_history;
    QTcpServer m_server;
    QTimer m_timer;
    QFutureWatcher<QList<EndpointAudit>> m_watcher;
    QByteArray m_metrics; // empty until the first audit has finished
    qint64 m_audits = 0;
};

} // namespace escut
