// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lab/TarWriter.h"

#include <cstring>

namespace escut
{

namespace
{

constexpr int Block = 512;

void putOctal(char* field, int width, qint64 value)
{
    // width includes the terminating NUL
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

} // namespace

bool TarWriter::addFile(const QString& path, const QByteArray& data, uint mode)
{
    char header[Block];
    std::memset(header, 0, sizeof header);
    QByteArray name = path.toUtf8();
    QByteArray prefix;
    if (name.size() > 100) {
        for (qsizetype slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
            if (slash <= 155 && name.size() - slash - 1 <= 100) {
                prefix = name.left(slash);
                name = name.mid(slash + 1);
                break;
            }
        }
        if (name.size() > 100) {
            return false;
        }
    }
    std::memcpy(header, name.constData(), size_t(name.size()));
    putOctal(header + 100, 8, mode & 07777);
    putOctal(header + 108, 8, 0);
    putOctal(header + 116, 8, 0);
    putOctal(header + 124, 12, data.size());
    putOctal(header + 136, 12, 0);
    header[156] = '0';
    std::memcpy(header + 257, "ustar", 6);
    std::memcpy(header + 263, "00", 2);
    std::memcpy(header + 345, prefix.constData(), size_t(prefix.size()));
    std::memset(header + 148, ' ', 8);
    unsigned sum = 0;
    for (unsigned char c : header) {
        sum += c;
    }
    putOctal(header + 148, 7, sum);
    header[155] = ' ';
    m_data.append(header, Block);
    m_data.append(data);
    const qsizetype pad = (Block - data.size() % Block) % Block;
    m_data.append(QByteArray(pad, '\0'));
    return true;
}

QByteArray TarWriter::finish()
{
    m_data.append(QByteArray(2 * Block, '\0'));
    return m_data;
}

} // namespace escut
