// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace escut::bench
{

inline double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread in ms: on a loaded machine, what the work costs without the waits for a core.
inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// CPU time of the whole process (every thread), in milliseconds.
inline double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// {"runs": [...], "min": m, "median": x} of a series of milliseconds.
inline QJsonObject series(QList<double> runs)
{
    QJsonObject out;
    QJsonArray all;
    for (double r : runs) {
        all.append(r);
    }
    out.insert(QStringLiteral("runs"), all);
    if (runs.isEmpty()) {
        return out;
    }
    std::sort(runs.begin(), runs.end());
    const qsizetype n = runs.size();
    const double median = n % 2 ? runs.at(n / 2) : (runs.at(n / 2 - 1) + runs.at(n / 2)) / 2;
    out.insert(QStringLiteral("min"), runs.first());
    out.insert(QStringLiteral("median"), median);
    return out;
}

// Resident set size of this process in MiB (VmRSS of /proc/self/status).
inline double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

inline void printJson(const QJsonObject& object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace escut::bench
