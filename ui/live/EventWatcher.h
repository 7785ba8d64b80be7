// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/Endpoint.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace escut
{

// Follows the daemon's /events on a worker thread and reports container changes on the GUI thread. Reconnects
// with exponential backoff (1 s doubling to 30 s) when the stream ends or the daemon is unreachable.
class EventWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(EventWatcher)

public:
    explicit EventWatcher(QObject* parent = nullptr);
    ~EventWatcher() override;

    void start(const Endpoint& endpoint);
    void stop();
    [[nodiscard]] bool isRunning() const;

    // The container id of an event that changes what the checks see, or an empty string. Pure.
    [[nodiscard]] static QString relevantContainerId(const QJsonObject& event);

Q_SIGNALS:
    void containerChanged(const QString& id, const QString& action);
    void connectionChanged(bool live, const QString& message);

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<void> m_future;
};

} // namespace escut
