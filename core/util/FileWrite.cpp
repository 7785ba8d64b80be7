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

} // namespace

VoidResult writeFile(const QString& path, const QByteArray& data)
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
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return writeError(path, file.errorString());
    }
    return Ok{};
}

} // namespace escut
