// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/FileWrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace escut
{

namespace
{

Error writeError(const QString& path, const QString& reason)
{
    return makeError(Error::Code::IoError,
                     QCoreApplication::translate("FileWrite", "Cannot write %1: %2.").arg(path, reason));
}

VoidResult write(const QString& path, const QByteArray& data, bool ownerOnly)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly) || device.write(data) != data.size()) {
            return writeError(path, device.errorString());
        }
        return Ok{};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return writeError(path, file.errorString());
    }
    // QSaveFile gives the temporary file the old file's permissions: narrow them before a byte is written.
    if (ownerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return writeError(path, file.errorString());
    }
    if (file.write(data) != data.size() || !file.commit()) {
        return writeError(path, file.errorString());
    }
    return Ok{};
}

} // namespace

VoidResult writeFile(const QString& path, const QByteArray& data)
{
    return write(path, data, false);
}

VoidResult writePrivateFile(const QString& path, const QByteArray& data)
{
    return write(path, data, true);
}

} // namespace escut
