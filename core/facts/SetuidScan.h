// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace escut
{

// One regular file with the setuid (04000) or setgid (02000) bit, as its tar header describes it.
struct SetuidFile
{
    QString path;     // absolute: /usr/bin/passwd
    quint32 mode = 0; // permission bits (07777)
    qint64 uid = 0;
    qint64 gid = 0;

    bool operator==(const SetuidFile&) const = default;
};

// Finds the setuid and setgid regular files in a tar stream (the filesystem of an image, from
// GET /containers/{id}/archive?path=/), fed chunk by chunk: only the headers are read, file contents are skipped
// without being kept, so memory stays bounded whatever the size of the image. Reads ustar, GNU (long names, old sparse
// files) and PAX (path, size, uid, gid) headers the way Go's archive/tar does, since that is what dockerd writes and
// reads. The stream is hostile: a bad checksum, a malformed number or extended header, a name over MaxPathBytes, or
// garbage stops the scan with an error; nothing is allocated by a size read from the stream. Directories are not
// reported (setgid on a directory only passes its group on to new files; setuid on one means nothing on Linux), nor
// are symbolic links or devices: like CIS 4.8's `find / -perm /6000 -type f`, regular files only (hard links too).
// Pure: no I/O.
class SetuidScan
{
    Q_DECLARE_TR_FUNCTIONS(SetuidScan)

public:
    static constexpr qsizetype MaxPathBytes = 4096;
    static constexpr qsizetype MaxPaxBytes = 1024 * 1024; // one PAX header's records (Go's reader: the same)
    static constexpr int DefaultMaxRecorded = 500;

    explicit SetuidScan(int maxRecorded = DefaultMaxRecorded);

    // The next bytes of the archive. False once the scan is over: the end-of-archive blocks were read (done()), or the
    // archive is malformed (failed()); the rest of the stream is not looked at.
    bool feed(QByteArrayView bytes);
    // The stream ended. An archive cut before its end-of-archive blocks is an error.
    void finish();

    [[nodiscard]] bool done() const;
    [[nodiscard]] bool failed() const;
    [[nodiscard]] QString error() const; // translated; empty unless failed()
    // The first maxRecorded files, in archive order.
    [[nodiscard]] const QList<SetuidFile>& files() const;
    // Every setuid or setgid regular file seen, also those past maxRecorded.
    [[nodiscard]] qint64 total() const;
    // Filesystem entries read (extended headers not counted).
    [[nodiscard]] qint64 entries() const;
    [[nodiscard]] qint64 bytesRead() const;

private:
    enum class State {
        Header,
        Skip,
        Extended,
        SparseHeaders,
        End,
        Failed,
    };
    enum class Extended {
        PaxLocal,
        PaxGlobal,
        LongName,
        LongLink,
    };

    void header();
    void extendedDone();
    bool paxRecords(const QByteArray& data, bool apply);
    void entry(char type, const QString& path, quint32 mode, qint64 uid, qint64 gid);
    void skip(qint64 bytes);
    void fail(const QString& why);

    int m_maxRecorded;
    State m_state = State::Header;
    std::array<char, 512> m_block{};
    qsizetype m_blockFill = 0;
    qint64 m_blockStart = 0; // where the last header block started in the stream (for errors)
    bool m_zeroBlock = false;
    qint64 m_remaining = 0; // Skip, Extended: bytes left
    qint64 m_padding = 0;   // Extended: what follows its data up to the next block
    Extended m_extended = Extended::PaxLocal;
    QByteArray m_extendedData;
    qint64 m_sparseData = 0; // SparseHeaders: the data that follows the extension blocks

    // From a PAX header or a GNU long name, for the next entry.
    QByteArray m_longName;
    QByteArray m_paxPath;
    qint64 m_paxSize = -1;
    qint64 m_paxUid = -1;
    qint64 m_paxGid = -1;

    qint64 m_bytes = 0;
    qint64 m_entries = 0;
    qint64 m_total = 0;
    QList<SetuidFile> m_files;
    QString m_error;
};

} // namespace escut
