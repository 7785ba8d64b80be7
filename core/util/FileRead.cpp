// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/FileRead.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace escut
{

namespace
{

Error openError(int error)
{
    return makeError(error == ENOENT                     ? Error::Code::NotFound
                     : error == EACCES || error == EPERM ? Error::Code::PermissionDenied
                                                         : Error::Code::IoError,
                     QString::fromLocal8Bit(std::strerror(error)));
}

// Opens path once, without blocking, and judges the descriptor: a regular file, or -1 with error set (a fifo would
// hang a read, a device never end).
int openRegular(const QString& path, struct stat& st, Error& error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        error = openError(errno);
        return -1;
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        error = makeError(Error::Code::IoError, QCoreApplication::translate("FileRead", "not a regular file"));
        return -1;
    }
    return fd;
}

} // namespace

Result<QByteArray> readRegularFile(const QString& path, qint64 maxBytes)
{
    struct stat st = {};
    Error failure;
    const int fd = openRegular(path, st, failure);
    if (fd < 0) {
        return failure;
    }
    QByteArray data;
    // One byte past the limit tells a file that is too large (also one that grows while it is read).
    data.resize(qsizetype(qMin<qint64>(st.st_size, maxBytes) + 1));
    qsizetype got = 0;
    while (got < data.size()) {
        const ssize_t n = ::read(fd, data.data() + got, size_t(data.size() - got));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            failure = makeError(Error::Code::IoError, QString::fromLocal8Bit(std::strerror(errno)));
            break;
        }
        if (n == 0) {
            break;
        }
        got += n;
        if (got == data.size() && got <= maxBytes) {
            data.resize(qMin<qsizetype>(data.size() * 2, maxBytes + 1)); // the file grew since fstat
        }
    }
    data.truncate(got);
    if (failure.message.isEmpty() && got > maxBytes) {
        failure = makeError(Error::Code::ResponseTooLarge,
                            QCoreApplication::translate("FileRead", "larger than %1 MiB")
                                .arg(QString::number(double(maxBytes) / (1024 * 1024), 'g', 4)));
    }
    ::close(fd);
    if (!failure.message.isEmpty()) {
        return failure;
    }
    return data;
}

Result<FileTail> readRegularFileTail(const QString& path, qint64 maxBytes)
{
    struct stat st = {};
    Error failure;
    const int fd = openRegular(path, st, failure);
    if (fd < 0) {
        return failure;
    }
    FileTail tail;
    const qint64 start = qMax<qint64>(0, qint64(st.st_size) - maxBytes);
    tail.cut = start > 0;
    // At most maxBytes from start, also when the log grows while it is read.
    tail.data.resize(qsizetype(qMin<qint64>(st.st_size, maxBytes)));
    qsizetype got = 0;
    while (got < tail.data.size()) {
        const ssize_t n = ::pread(fd, tail.data.data() + got, size_t(tail.data.size() - got), off_t(start + got));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            failure = makeError(Error::Code::IoError, QString::fromLocal8Bit(std::strerror(errno)));
            break;
        }
        if (n == 0) {
            break; // truncated meanwhile (rotated): what was read is kept
        }
        got += n;
    }
    tail.data.truncate(got);
    ::close(fd);
    if (!failure.message.isEmpty()) {
        return failure;
    }
    return tail;
}

} // namespace escut
