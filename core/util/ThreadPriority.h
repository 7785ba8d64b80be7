// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace escut
{

// The nice value background work runs at in the dashboard: the GUI thread (nice 0) gets about nine tenths of a
// core when it competes with it, and the work still goes on when the machine is busy.
inline constexpr int BackgroundNice = 10;

// Lowers the calling thread's scheduling priority to BackgroundNice, so that the GUI thread wins the CPU over an
// audit's collectors and evaluators on a machine with few cores: the dashboard's paints were waiting behind ten
// busy worker threads. Threads the caller starts afterwards (thread pools, QProcess children) inherit it. Linux
// only, where a thread has its own nice value; elsewhere it does nothing. Never raises a priority.
void lowerCurrentThreadPriority();

// The calling thread's nice value (0 where threads have none of their own).
[[nodiscard]] int currentThreadNice();

} // namespace escut
