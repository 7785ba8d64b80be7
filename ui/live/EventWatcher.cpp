// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/EventWatcher.h"

#include "core/docker/DockerClient.h"
#include "core/facts/ImageProbe.h"
#include "ui/BackgroundPool.h"

#include <QJsonObject>
#include <QPointer>
#include <QThread>
#include <QtConcurrent>

namespace escut
{

namespace
{

constexpr int FirstBackoffMs = 1000;
constexpr int MaxBackoffMs = 30000;

// Sleeps in small steps so a cancel is honoured within 100 ms.
void sleepUnlessCancelled(int ms, const std::atomic<bool>& cancel)
{
    for (int slept = 0; slept < ms && !cancel.load(); slept += 100) {
        QThread::msleep(100);
    }
}

} // namespace

EventWatcher::EventWatcher(QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("eventWatcher"));
}

EventWatcher::~EventWatcher()
{
    stop();
}

QString EventWatcher::relevantContainerId(const QJsonObject& event)
{
    if (event.value(QStringLiteral("Type")).toString() != QLatin1String("container")) {
        return {};
    }
    static const QStringList actions{QStringLiteral("create"),
                                     QStringLiteral("start"),
                                     QStringLiteral("stop"),
                                     QStringLiteral("die"),
                                     QStringLiteral("destroy"),
                                     QStringLiteral("update"),
                                     QStringLiteral("rename"),
                                     QStringLiteral("pause"),
                                     QStringLiteral("unpause"),
                                     QStringLiteral("restart")};
    if (!actions.contains(event.value(QStringLiteral("Action")).toString())) {
        return {};
    }
    // An audit's image probe (a stopped container that lives for a moment) is no container of the user's.
    if (event.value(QStringLiteral("Actor"))
            .toObject()
            .value(QStringLiteral("Attributes"))
            .toObject()
            .contains(ImageProbe::label())) {
        return {};
    }
    return event.value(QStringLiteral("Actor")).toObject().value(QStringLiteral("ID")).toString();
}

void EventWatcher::start(const Endpoint& endpoint)
{
    stop();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    QPointer<EventWatcher> self(this);
    // Signals are emitted from the worker; connections to GUI objects are queued by Qt. The QPointer check and the
    // cancel flag (set before the watcher dies) keep the worker from touching a deleted object.
    auto emitLater = [self, cancel](auto fn) {
        if (cancel->load()) {
            return; // stopped: the watcher may be on its way out
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, cancel, fn] {
                if (self && !cancel->load()) {
                    fn(self.data());
                }
            },
            Qt::QueuedConnection);
    };
    m_future = QtConcurrent::run(backgroundPool(), [endpoint, cancel, emitLater] {
        int backoff = FirstBackoffMs;
        bool wasLive = false;
        while (!cancel->load()) {
            ClientOptions options;
            options.requestTimeoutMs = 0; // a stream has no end
            DockerClient client(endpoint, options);
            VoidResult negotiated = client.negotiate();
            if (negotiated) {
                wasLive = true;
                backoff = FirstBackoffMs;
                emitLater([](EventWatcher* w) { Q_EMIT w->connectionChanged(true, QString()); });
                const VoidResult streamed = client.streamEvents(
                    QStringLiteral("filters=%7B%22type%22%3A%5B%22container%22%5D%7D"),
                    [cancel, emitLater](const QJsonDocument& doc) {
                        const QJsonObject event = doc.object();
                        const QString id = relevantContainerId(event);
                        if (!id.isEmpty()) {
                            const QString action = event.value(QStringLiteral("Action")).toString();
                            emitLater([id, action](EventWatcher* w) { Q_EMIT w->containerChanged(id, action); });
                        }
                        return !cancel->load();
                    },
                    cancel.get());
                if (cancel->load()) {
                    break;
                }
                const QString message = streamed ? EventWatcher::tr("The Docker daemon closed the event stream.")
                                                 : streamed.error().message;
                emitLater([message](EventWatcher* w) { Q_EMIT w->connectionChanged(false, message); });
            } else if (wasLive || backoff == FirstBackoffMs) {
                const QString message = negotiated.error().message;
                emitLater([message](EventWatcher* w) { Q_EMIT w->connectionChanged(false, message); });
            }
            sleepUnlessCancelled(backoff, *cancel);
            backoff = qMin(backoff * 2, MaxBackoffMs);
        }
    });
}

void EventWatcher::stop()
{
    if (m_cancel) {
        m_cancel->store(true);
        m_cancel.reset();
    }
}

bool EventWatcher::isRunning() const
{
    return m_cancel && m_future.isRunning();
}

} // namespace escut
