// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BackgroundPool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace escut
{

namespace
{

QThreadPool* s_pool = nullptr;

} // namespace

QThreadPool* backgroundPool()
{
    static QThreadPool* const pool = [] {
        s_pool = new QThreadPool;
        // The event stream holds one thread for as long as the window lives, an audit another; an export, a
        // re-evaluation and a lab step may run next to them.
        s_pool->setMaxThreadCount(std::max(6, QThread::idealThreadCount()));
        s_pool->setObjectName(QStringLiteral("escut-background"));
        // Like Qt's global pool: the application waits for its tasks before it is torn down (they post their
        // results to objects that are then gone, which they check); the pool itself is left to the exit.
        qAddPostRoutine([] { s_pool->waitForDone(); });
        return s_pool;
    }();
    return pool;
}

} // namespace escut
