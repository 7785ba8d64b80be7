// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/ThreadPriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace escut
{

#ifdef Q_OS_LINUX

namespace
{

id_t currentThreadId()
{
    // PRIO_PROCESS with a thread id names that thread alone (Linux; POSIX would mean the whole process).
    return static_cast<id_t>(::syscall(SYS_gettid));
}

} // namespace

int currentThreadNice()
{
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, currentThreadId());
    return errno == 0 ? nice : 0;
}

void lowerCurrentThreadPriority()
{
    if (currentThreadNice() < BackgroundNice) {
        // Failing (a seccomp filter, a container without the syscall) only leaves the priority as it was.
        (void)::setpriority(PRIO_PROCESS, currentThreadId(), BackgroundNice);
    }
}

#else

int currentThreadNice()
{
    return 0;
}

void lowerCurrentThreadPriority()
{}

#endif

} // namespace escut
