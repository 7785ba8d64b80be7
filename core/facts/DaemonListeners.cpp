// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/DaemonListeners.h"

#include "core/util/FileRead.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cstring>

namespace escut
{

namespace
{

constexpr qint64 MaxProcNetBytes = 8 * 1024 * 1024;

// A word of /proc/net/tcp's addresses: the kernel prints the 32 bits as they lie in memory read as a native integer,
// so writing the parsed value back to memory gives the bytes in network order, on either endianness.
bool wordBytes(const QByteArray& hex, uchar* out)
{
    bool ok = false;
    const quint32 value = hex.toUInt(&ok, 16);
    if (!ok || hex.size() != 8) {
        return false;
    }
    std::memcpy(out, &value, 4);
    return true;
}

QString ipv6Text(const std::array<uchar, 16>& b)
{
    std::array<quint16, 8> groups{};
    for (int i = 0; i < 8; ++i) {
        groups[i] = static_cast<quint16>((b[2 * i] << 8) | b[2 * i + 1]);
    }
    // IPv4-mapped (::ffff:a.b.c.d), as a dual-stack socket shows it.
    if (std::all_of(groups.begin(), groups.begin() + 5, [](quint16 g) { return g == 0; }) && groups[5] == 0xffff) {
        return QStringLiteral("::ffff:%1.%2.%3.%4").arg(b[12]).arg(b[13]).arg(b[14]).arg(b[15]);
    }
    // The longest run of two or more zero groups becomes "::".
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0) {
            ++j;
        }
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString text;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(u':')) {
            text += u':';
        }
        text += QString::number(groups[i], 16);
    }
    return text;
}

} // namespace

bool ListeningSocket::anyInterface() const
{
    return address == QLatin1String("0.0.0.0") || address == QLatin1String("::");
}

QString ListeningSocket::shown() const
{
    return address.contains(u':') ? QStringLiteral("[%1]:%2").arg(address).arg(port)
                                  : QStringLiteral("%1:%2").arg(address).arg(port);
}

QList<ListeningSocket> DaemonListenFact::onPort(int port) const
{
    QList<ListeningSocket> out;
    for (const ListeningSocket& s : sockets) {
        if (s.port == port) {
            out.append(s);
        }
    }
    return out;
}

QJsonObject DaemonListenFact::toJson() const
{
    QJsonArray list;
    for (const ListeningSocket& s : sockets) {
        list.append(QJsonObject{{QStringLiteral("address"), s.address}, {QStringLiteral("port"), s.port}});
    }
    QJsonObject o{{QStringLiteral("collected"), collected}, {QStringLiteral("sockets"), list}};
    if (!reason.isEmpty()) {
        o.insert(QStringLiteral("reason"), reason);
    }
    if (truncated) {
        o.insert(QStringLiteral("truncated"), true);
    }
    return o;
}

DaemonListenFact DaemonListenFact::fromJson(const QJsonObject& json)
{
    DaemonListenFact fact;
    fact.collected = json.value(QStringLiteral("collected")).toBool();
    fact.reason = json.value(QStringLiteral("reason")).toString();
    fact.truncated = json.value(QStringLiteral("truncated")).toBool();
    const QJsonArray list = json.value(QStringLiteral("sockets")).toArray();
    for (qsizetype i = 0; i < list.size() && i < MaxSockets; ++i) {
        const QJsonObject o = list.at(i).toObject();
        fact.sockets.append(
            {o.value(QStringLiteral("address")).toString().left(64), o.value(QStringLiteral("port")).toInt()});
    }
    return fact;
}

QList<ListeningSocket> DaemonListeners::parse(const QByteArray& text, bool ipv6, int max)
{
    QList<ListeningSocket> out;
    const qsizetype addressLength = ipv6 ? 32 : 8;
    for (const QByteArray& line : text.split('\n')) {
        // "   0: 0100007F:0979 00000000:0000 0A ..." (sl, local, remote, state); the header's second word is not hex.
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() < 4 || words.at(3) != "0A") { // TCP_LISTEN
            continue;
        }
        const QByteArray& local = words.at(1);
        if (local.size() != addressLength + 5 || local.at(addressLength) != ':') {
            continue;
        }
        bool ok = false;
        const int port = local.mid(addressLength + 1).toInt(&ok, 16);
        if (!ok) {
            continue;
        }
        std::array<uchar, 16> bytes{};
        bool parsed = true;
        for (qsizetype w = 0; w < addressLength / 8 && parsed; ++w) {
            parsed = wordBytes(local.mid(w * 8, 8), bytes.data() + w * 4);
        }
        if (!parsed) {
            continue;
        }
        const QString address =
            ipv6 ? ipv6Text(bytes)
                 : QStringLiteral("%1.%2.%3.%4").arg(bytes[0]).arg(bytes[1]).arg(bytes[2]).arg(bytes[3]);
        if (out.size() >= max) {
            break;
        }
        out.append({address, port});
    }
    return out;
}

DaemonListenFact DaemonListeners::read(const QString& procRoot, qint64 pid)
{
    DaemonListenFact fact;
    for (const bool ipv6 : {false, true}) {
        const QString path =
            QStringLiteral("%1/%2/net/%3").arg(procRoot).arg(pid).arg(QLatin1String(ipv6 ? "tcp6" : "tcp"));
        // /proc files report size 0: readRegularFile reads up to the bound whatever the size says.
        const Result<QByteArray> text = readRegularFile(path, MaxProcNetBytes);
        if (!text) {
            if (ipv6 && text.error().code == Error::Code::NotFound) {
                continue; // a kernel without IPv6
            }
            fact.reason = tr("%1 cannot be read: %2").arg(path, text.error().message);
            fact.sockets.clear();
            return fact;
        }
        const int room = DaemonListenFact::MaxSockets - static_cast<int>(fact.sockets.size());
        QList<ListeningSocket> found = parse(text.value(), ipv6, room + 1);
        if (found.size() > room) {
            fact.truncated = true;
            found.resize(room);
        }
        fact.sockets.append(found);
    }
    fact.collected = true;
    return fact;
}

} // namespace escut
