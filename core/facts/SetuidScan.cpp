// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/SetuidScan.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace escut
{

namespace
{

constexpr qint64 Block = 512;
// Sizes, ids and modes above this are refused: no real archive comes near, and block arithmetic cannot overflow.
constexpr qint64 MaxNumber = qint64(1) << 62;
constexpr int MaxPaxLengthDigits = 20;

qint64 padding(qint64 size)
{
    return (Block - size % Block) % Block;
}

// A numeric header field as Go's archive/tar reads it: octal, padded with spaces or NULs on either side, or GNU
// base-256 (the top bit of the first byte set). nullopt when malformed, negative or too large.
std::optional<qint64> numeric(const char* field, int width)
{
    const auto first = static_cast<unsigned char>(field[0]);
    if ((first & 0x80) != 0) {
        if ((first & 0x40) != 0) {
            return std::nullopt; // negative
        }
        qint64 value = first & 0x3f;
        for (int i = 1; i < width; ++i) {
            if (value > (MaxNumber >> 8)) {
                return std::nullopt;
            }
            value = (value << 8) | static_cast<unsigned char>(field[i]);
        }
        return value <= MaxNumber ? std::optional<qint64>(value) : std::nullopt;
    }
    int begin = 0;
    int end = width;
    while (begin < end && (field[begin] == ' ' || field[begin] == '\0')) {
        ++begin;
    }
    while (end > begin && (field[end - 1] == ' ' || field[end - 1] == '\0')) {
        --end;
    }
    qint64 value = 0;
    for (int i = begin; i < end; ++i) {
        const char c = field[i];
        if (c < '0' || c > '7' || value > (MaxNumber >> 3)) {
            return std::nullopt;
        }
        value = value * 8 + (c - '0');
    }
    return value <= MaxNumber ? std::optional<qint64>(value) : std::nullopt;
}

// A decimal PAX value (size, uid, gid): digits only.
std::optional<qint64> decimal(QByteArrayView text)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9' || value > MaxNumber / 10) {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value <= MaxNumber ? std::optional<qint64>(value) : std::nullopt;
}

// A NUL-terminated string field.
QByteArray field(const char* data, int width)
{
    const void* nul = std::memchr(data, '\0', size_t(width));
    return QByteArray(data, nul ? static_cast<const char*>(nul) - data : width);
}

// Types whose entries have no data, whatever their size field says (Go's isHeaderOnlyType).
bool headerOnly(char type)
{
    return type == '1' || type == '2' || type == '3' || type == '4' || type == '5' || type == '6';
}

// Regular files: plain, contiguous, old GNU sparse, and hard links (another name of a regular file in the archive).
bool regular(char type)
{
    return type == '0' || type == '7' || type == 'S' || type == '1';
}

QString absolutePath(QByteArray name)
{
    while (name.startsWith("./")) {
        name.remove(0, 2);
    }
    if (!name.startsWith('/')) {
        name.prepend('/');
    }
    return QString::fromUtf8(name);
}

} // namespace

SetuidScan::SetuidScan(int maxRecorded)
    : m_maxRecorded(std::max(0, maxRecorded))
{}

bool SetuidScan::feed(QByteArrayView bytes)
{
    const char* data = bytes.data();
    qsizetype left = bytes.size();
    // Every turn consumes at least one byte: Skip and Extended are only entered with bytes to read.
    while (left > 0 && m_state != State::End && m_state != State::Failed) {
        switch (m_state) {
        case State::Header:
        case State::SparseHeaders: {
            if (m_blockFill == 0) {
                m_blockStart = m_bytes;
            }
            const qsizetype n = std::min(left, qsizetype(Block) - m_blockFill);
            std::memcpy(m_block.data() + m_blockFill, data, size_t(n));
            m_blockFill += n;
            data += n;
            left -= n;
            m_bytes += n;
            if (m_blockFill < Block) {
                break;
            }
            m_blockFill = 0;
            if (m_state == State::Header) {
                header();
            } else if (m_block[504] == '\0') { // the last extension block of an old GNU sparse file
                skip(m_sparseData);
            }
            break;
        }
        case State::Skip: {
            const qsizetype n = qsizetype(std::min<qint64>(left, m_remaining));
            data += n;
            left -= n;
            m_bytes += n;
            m_remaining -= n;
            if (m_remaining == 0) {
                m_state = State::Header;
            }
            break;
        }
        case State::Extended: {
            const qsizetype n = qsizetype(std::min<qint64>(left, m_remaining));
            m_extendedData.append(data, n);
            data += n;
            left -= n;
            m_bytes += n;
            m_remaining -= n;
            if (m_remaining == 0) {
                extendedDone();
            }
            break;
        }
        case State::End:
        case State::Failed:
            break;
        }
    }
    return m_state != State::End && m_state != State::Failed;
}

void SetuidScan::finish()
{
    if (m_state == State::End || m_state == State::Failed) {
        return;
    }
    // One empty block and then nothing: Go's reader accepts that end as well.
    if (m_state == State::Header && m_blockFill == 0 && m_zeroBlock) {
        m_state = State::End;
        return;
    }
    fail(tr("The image's file archive ends at byte %1 before its end-of-archive blocks: it was cut off.").arg(m_bytes));
}

void SetuidScan::header()
{
    const char* b = m_block.data();
    if (std::all_of(m_block.begin(), m_block.end(), [](char c) { return c == '\0'; })) {
        if (m_zeroBlock) {
            m_state = State::End;
        } else {
            m_zeroBlock = true;
        }
        return;
    }
    if (m_zeroBlock) {
        fail(tr("The image's file archive is damaged at byte %1: an empty block is followed by more entries.")
                 .arg(m_blockStart));
        return;
    }
    // The checksum counts the checksum field as spaces; old writers summed signed chars.
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (qsizetype i = 0; i < Block; ++i) {
        const char c = (i >= 148 && i < 156) ? ' ' : b[i];
        unsignedSum += static_cast<unsigned char>(c);
        signedSum += static_cast<signed char>(c);
    }
    const std::optional<qint64> checksum = numeric(b + 148, 8);
    if (!checksum || (*checksum != unsignedSum && *checksum != signedSum)) {
        fail(tr("The image's file archive is damaged at byte %1: a header's checksum does not match.")
                 .arg(m_blockStart));
        return;
    }
    const std::optional<qint64> mode = numeric(b + 100, 8);
    const std::optional<qint64> uid = numeric(b + 108, 8);
    const std::optional<qint64> gid = numeric(b + 116, 8);
    const std::optional<qint64> size = numeric(b + 124, 12);
    if (!mode || !uid || !gid || !size) {
        fail(
            tr("The image's file archive is damaged at byte %1: a header holds a malformed number.").arg(m_blockStart));
        return;
    }
    const char type = b[156];
    const auto extended = [&](Extended kind, qint64 max) {
        if (*size > max) {
            fail(tr("The image's file archive is damaged at byte %1: an extended header of %2 bytes is larger than "
                    "the %3 bytes Escut reads.")
                     .arg(m_blockStart)
                     .arg(*size)
                     .arg(max));
            return;
        }
        m_extended = kind;
        m_extendedData.clear();
        m_remaining = *size;
        m_padding = padding(*size);
        if (m_remaining > 0) {
            m_state = State::Extended;
        } else {
            extendedDone();
        }
    };
    switch (type) {
    case 'x':
        extended(Extended::PaxLocal, MaxPaxBytes);
        return;
    case 'g':
        extended(Extended::PaxGlobal, MaxPaxBytes);
        return;
    case 'L':
        extended(Extended::LongName, MaxPathBytes + 1); // with its NUL
        return;
    case 'K':
        extended(Extended::LongLink, MaxPathBytes + 1);
        return;
    default:
        break;
    }

    QByteArray name = field(b, 100);
    // POSIX ustar has a prefix (star's is shorter: it ends with "tar\0"); GNU ("ustar  \0") uses that space otherwise.
    if (std::memcmp(b + 257, "ustar\0", 6) == 0) {
        const bool star = std::memcmp(b + 508, "tar\0", 4) == 0;
        const QByteArray prefix = field(b + 345, star ? 131 : 155);
        if (!prefix.isEmpty()) {
            name = prefix + '/' + name;
        }
    }
    if (!m_paxPath.isEmpty()) {
        name = m_paxPath;
    }
    if (!m_longName.isEmpty()) {
        name = m_longName;
    }
    const qint64 dataSize = m_paxSize >= 0 ? m_paxSize : *size;
    const qint64 owner = m_paxUid >= 0 ? m_paxUid : *uid;
    const qint64 group = m_paxGid >= 0 ? m_paxGid : *gid;
    m_longName.clear();
    m_paxPath.clear();
    m_paxSize = m_paxUid = m_paxGid = -1;

    char effective = type;
    if (type == '\0') { // pre-POSIX: a trailing slash marks a directory
        effective = name.endsWith('/') ? '5' : '0';
    }
    entry(effective, absolutePath(name), quint32(*mode), owner, group);
    if (m_state == State::Failed) {
        return;
    }
    if (effective == 'S' && b[482] != '\0') {
        m_sparseData = dataSize; // extension blocks of the sparse map come first
        m_state = State::SparseHeaders;
        return;
    }
    skip(headerOnly(effective) ? 0 : dataSize);
}

void SetuidScan::entry(char type, const QString& path, quint32 mode, qint64 uid, qint64 gid)
{
    ++m_entries;
    if (!regular(type) || (mode & 06000U) == 0) {
        return;
    }
    ++m_total;
    if (m_files.size() < m_maxRecorded) {
        m_files.append({path, mode & 07777U, uid, gid});
    }
}

void SetuidScan::extendedDone()
{
    const QByteArray data = std::exchange(m_extendedData, QByteArray());
    switch (m_extended) {
    case Extended::PaxLocal:
        // A second PAX header before the entry replaces the first, as in Go's reader.
        m_paxPath.clear();
        m_paxSize = m_paxUid = m_paxGid = -1;
        if (!paxRecords(data, true)) {
            return;
        }
        break;
    case Extended::PaxGlobal:
        // dockerd's reader returns a global header as an entry of its own and applies it to nothing that follows.
        m_longName.clear();
        m_paxPath.clear();
        m_paxSize = m_paxUid = m_paxGid = -1;
        if (!paxRecords(data, false)) {
            return;
        }
        break;
    case Extended::LongName:
        m_longName = field(data.constData(), int(data.size()));
        break;
    case Extended::LongLink:
        break;
    }
    m_remaining = m_padding; // the data is read; what is left of its last block
    m_state = m_padding > 0 ? State::Skip : State::Header;
}

bool SetuidScan::paxRecords(const QByteArray& data, bool apply)
{
    const auto malformed = [&] {
        fail(tr("The image's file archive is damaged at byte %1: an extended (PAX) header is malformed.")
                 .arg(m_blockStart));
        return false;
    };
    // "<length> <key>=<value>\n", where length counts the whole record.
    QByteArrayView rest(data);
    while (!rest.isEmpty()) {
        qsizetype digits = 0;
        qint64 length = 0;
        while (digits < rest.size() && digits <= MaxPaxLengthDigits && rest[digits] >= '0' && rest[digits] <= '9') {
            if (length <= MaxPaxBytes) { // past it the record cannot fit anyway: no overflow
                length = length * 10 + (rest[digits] - '0');
            }
            ++digits;
        }
        if (digits == 0 || digits > MaxPaxLengthDigits || digits >= rest.size() || rest[digits] != ' ' || length < 5 ||
            length > rest.size() || length <= digits + 2) {
            return malformed();
        }
        const QByteArrayView record = rest.sliced(digits + 1, qsizetype(length) - digits - 1);
        rest = rest.sliced(qsizetype(length));
        if (!record.endsWith('\n')) {
            return malformed();
        }
        const QByteArrayView keyValue = record.chopped(1);
        const qsizetype equals = keyValue.indexOf('=');
        if (equals <= 0) {
            return malformed();
        }
        const QByteArrayView key = keyValue.first(equals);
        const QByteArrayView value = keyValue.sliced(equals + 1);
        if (key.contains('\0')) {
            return malformed();
        }
        const bool isPath = key == "path" || key == "GNU.sparse.name";
        if (isPath || key == "linkpath") {
            if (value.contains('\0')) {
                return malformed();
            }
            if (value.size() > MaxPathBytes) {
                fail(tr("The image's file archive is damaged at byte %1: a file name is longer than %2 bytes.")
                         .arg(m_blockStart)
                         .arg(MaxPathBytes));
                return false;
            }
        }
        std::optional<qint64> number;
        const bool isNumber = key == "size" || key == "uid" || key == "gid";
        if (isNumber && !value.isEmpty()) {
            number = decimal(value);
            if (!number) {
                return malformed();
            }
        }
        if (!apply) {
            continue;
        }
        // An empty value removes what an earlier record set.
        if (isPath) {
            m_paxPath = value.toByteArray();
        } else if (key == "size") {
            m_paxSize = number.value_or(-1);
        } else if (key == "uid") {
            m_paxUid = number.value_or(-1);
        } else if (key == "gid") {
            m_paxGid = number.value_or(-1);
        }
    }
    return true;
}

// The data of an entry, and the padding to the next block.
void SetuidScan::skip(qint64 bytes)
{
    const qint64 total = bytes + padding(bytes);
    m_remaining = total;
    m_state = total > 0 ? State::Skip : State::Header;
}

void SetuidScan::fail(const QString& why)
{
    m_state = State::Failed;
    m_error = why;
}

bool SetuidScan::done() const
{
    return m_state == State::End;
}

bool SetuidScan::failed() const
{
    return m_state == State::Failed;
}

QString SetuidScan::error() const
{
    return m_error;
}

const QList<SetuidFile>& SetuidScan::files() const
{
    return m_files;
}

qint64 SetuidScan::total() const
{
    return m_total;
}

qint64 SetuidScan::entries() const
{
    return m_entries;
}

qint64 SetuidScan::bytesRead() const
{
    return m_bytes;
}

} // namespace escut
