// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace escut
{

// Reads a file whose path came from outside (a container label, the command line): opened once and without blocking,
// judged by fstat on that descriptor (a fifo, a socket or a device is refused: a fifo would hang the read, a device
// never end), and at most maxBytes read. On failure the error's message is the reason alone ("not a regular file",
// the system's text), for the caller's sentence; Error::Code::ResponseTooLarge when the file is larger than maxBytes,
// NotFound when it does not exist.
[[nodiscard]] Result<QByteArray> readRegularFile(const QString& path, qint64 maxBytes);

// The last maxBytes of a regular file (a log that only grows), opened and judged as readRegularFile does; cut tells
// that the file was larger, so the text may start inside a line.
struct FileTail
{
    QByteArray data;
    bool cut = false;
};
[[nodiscard]] Result<FileTail> readRegularFileTail(const QString& path, qint64 maxBytes);

} // namespace escut
