// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: the input as Qt bytes, and a quiet Qt (its warnings are noise at millions of runs;
// qFatal still aborts, so libFuzzer reports it). Included by exactly one source file per target.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace escut::fuzz
{

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Targets that cover several parsers: the first byte chooses one of count, the rest is its input.
struct Dispatch
{
    int which = -1; // -1: empty input
    QByteArray rest;
};

inline Dispatch dispatch(const uint8_t* data, size_t size, int count)
{
    if (size == 0) {
        return {};
    }
    return {int(data[0] % count), bytes(data + 1, size - 1)};
}

// Two inputs in one (group and passwd files, update list and security list): split at the first NUL byte.
inline QList<QByteArray> splitAtNul(const QByteArray& in)
{
    const qsizetype nul = in.indexOf('\0');
    return nul < 0 ? QList<QByteArray>{in, QByteArray()} : QList<QByteArray>{in.left(nul), in.mid(nul + 1)};
}

} // namespace escut::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
    return 0;
}
