// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace escut
{

// One window per user: the first instance listens on a local socket; a second launch tells it to come to the
// front and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(SingleInstance)

public:
    // key: the socket name; defaultKey() is per user.
    explicit SingleInstance(QString key = defaultKey(), QObject* parent = nullptr);
    ~SingleInstance() override;

    static QString defaultKey();

    // True when another instance answered and was asked to raise its window (then this one should exit).
    [[nodiscard]] bool notifyRunningInstance(int timeoutMs = 1000);

    // Starts listening; removes a stale socket left by a crashed instance. False when it cannot listen.
    bool listen();

Q_SIGNALS:
    void activationRequested();

private:
    QString m_key;
    QLocalServer* m_server = nullptr;
};

} // namespace escut
