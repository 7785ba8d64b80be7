// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace escut
{

// A ustar archive in memory: the build context the lab sends to POST /build.
class TarWriter
{
public:
    // false when the path does not fit a ustar header (name 100, prefix 155 bytes)
    [[nodiscard]] bool addFile(const QString& path, const QByteArray& data, uint mode = 0644);
    [[nodiscard]] QByteArray finish(); // appends the two zero blocks

private:
    QByteArray m_data;
};

} // namespace escut
