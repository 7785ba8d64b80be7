// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace escut
{

// The threads the dashboard's background work runs on (audits, evaluations, exports, the event stream, fixes,
// labs, history loads): QtConcurrent::run(backgroundPool(), ...), never the global pool. Qt's raster paint
// engine splits large fills over QThreadPool::globalInstance() and waits for them, so a global pool held by an
// audit and the endless event stream (two threads on two cores) made paints wait up to 100 ms for a free thread.
QThreadPool* backgroundPool();

} // namespace escut
