// SPDX-License-Identifier: GPL-3.0-or-later
// SetuidScan (core/facts/SetuidScan): the setuid and setgid regular files of a tar stream, on archives built here
// (TarWriter and hand-made ustar, GNU and PAX headers), whole and cut at every byte, and on hostile ones.
#include "core/facts/SetuidScan.h"
#include "core/lab/TarWriter.h"

#include <QTest>

#include <cstring>

using namespace escut;

namespace
{

// One tar member, written as its header block, its data and the padding to the next block.
struct Member
{
    Member(QByteArray name_, char type_, uint mode_, qint64 uid_ = 0, qint64 gid_ = 0, QByteArray data_ = {})
        : name(std::move(name_))
        , type(type_)
        , mode(mode_)
        , uid(uid_)
        , gid(gid_)
        , data(std::move(data_))
    {}

    QByteArray name;
    char type = '0';
    uint mode = 0644;
    qint64 uid = 0;
    qint64 gid = 0;
    QByteArray data;
    QByteArray prefix;     // ustar prefix
    bool gnuMagic = false; // "ustar  \0" instead of "ustar\0" "00"
    bool noMagic = false;  // a V7 header
    qint64 sizeField = -1; // the size written in the header when it is not data.size()
    QByteArray rawSize;    // the 12 bytes of the size field, as they are
    bool badChecksum = false;
    char sparseExtended = '\0'; // old GNU sparse: byte 482
};

void octal(char* field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

void sign(char* block, bool wrong = false)
{
    std::memset(block + 148, ' ', 8);
    unsigned sum = 0;
    for (int i = 0; i < 512; ++i) {
        sum += static_cast<unsigned char>(block[i]);
    }
    octal(block + 148, 7, sum + (wrong ? 1 : 0));
    block[155] = ' ';
}

QByteArray padded(const QByteArray& data)
{
    return data + QByteArray((512 - data.size() % 512) % 512, '\0');
}

QByteArray member(const Member& m)
{
    QByteArray block(512, '\0');
    char* b = block.data();
    std::memcpy(b, m.name.constData(), size_t(std::min<qsizetype>(m.name.size(), 100)));
    octal(b + 100, 8, m.mode);
    octal(b + 108, 8, m.uid);
    octal(b + 116, 8, m.gid);
    if (!m.rawSize.isEmpty()) {
        std::memcpy(b + 124, m.rawSize.constData(), 12);
    } else {
        octal(b + 124, 12, m.sizeField >= 0 ? m.sizeField : m.data.size());
    }
    octal(b + 136, 12, 0);
    b[156] = m.type;
    if (m.gnuMagic) {
        std::memcpy(b + 257, "ustar  ", 8);
    } else if (!m.noMagic) {
        std::memcpy(b + 257, "ustar", 6);
        std::memcpy(b + 263, "00", 2);
        std::memcpy(b + 345, m.prefix.constData(), size_t(m.prefix.size()));
    }
    b[482] = m.sparseExtended;
    sign(b, m.badChecksum);
    return block + padded(m.data);
}

QByteArray paxRecord(const QByteArray& key, const QByteArray& value)
{
    const QByteArray body = ' ' + key + '=' + value + '\n';
    qsizetype length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() != length) {
        ++length;
    }
    return QByteArray::number(length) + body;
}

QByteArray pax(const QByteArray& records, char type = 'x')
{
    return member({"PaxHeaders/x", type, 0644, 0, 0, records});
}

QByteArray longName(const QByteArray& name)
{
    Member m("././@LongLink", 'L', 0644, 0, 0, name + '\0');
    m.gnuMagic = true;
    return member(m);
}

// m with another size in its header than that of its data (a PAX size says the real one).
Member sizedAs(Member m, qint64 sizeField)
{
    m.sizeField = sizeField;
    return m;
}

QByteArray end()
{
    return QByteArray(1024, '\0');
}

struct Scanned
{
    bool done = false;
    bool failed = false;
    QString error;
    QList<SetuidFile> files;
    qint64 total = 0;
    qint64 entries = 0;
};

Scanned scanOf(const QByteArray& tar, qsizetype chunk = 0, int maxRecorded = SetuidScan::DefaultMaxRecorded)
{
    SetuidScan scan(maxRecorded);
    bool more = true;
    if (chunk <= 0) {
        more = scan.feed(tar);
    } else {
        for (qsizetype at = 0; more && at < tar.size(); at += chunk) {
            more = scan.feed(QByteArrayView(tar).sliced(at, std::min(chunk, tar.size() - at)));
        }
    }
    if (more) {
        scan.finish();
    }
    return {scan.done(), scan.failed(), scan.error(), scan.files(), scan.total(), scan.entries()};
}

// A little of everything: ustar, a prefix, GNU long name, PAX path/uid/gid/size, a hard link, a directory.
QByteArray mixedArchive()
{
    QByteArray tar;
    tar += member({"bin/", '5', 0755});
    tar += member({"bin/su", '0', 04755, 0, 0, QByteArray(700, 's')});
    Member prefixed("passwd", '0', 04711, 0, 0, "x");
    prefixed.prefix = "usr/bin";
    tar += member(prefixed);
    tar += longName(QByteArray("opt/") + QByteArray(300, 'd') + "/wall");
    tar += member({"opt/ddd/wall", '0', 02755, 0, 5, QByteArray(10, 'w')});
    tar += pax(paxRecord("path", "usr/lib/dbus-1.0/dbus-daemon-launch-helper") + paxRecord("uid", "123456789") +
               paxRecord("gid", "81") + paxRecord("size", "1500"));
    tar += member(sizedAs({"dbus-helper", '0', 04754, 0, 0, QByteArray(1500, 'h')}, 0));
    tar += member({"bin/ls", '0', 0755, 0, 0, QByteArray(3, 'l')});
    tar += member({"bin/su2", '1', 04755});
    return tar + end();
}

QList<SetuidFile> mixedExpected()
{
    return {
        {QStringLiteral("/bin/su"), 04755, 0, 0},
        {QStringLiteral("/usr/bin/passwd"), 04711, 0, 0},
        {QStringLiteral("/opt/") + QString(300, QLatin1Char('d')) + QStringLiteral("/wall"), 02755, 0, 5},
        {QStringLiteral("/usr/lib/dbus-1.0/dbus-daemon-launch-helper"), 04754, 123456789, 81},
        {QStringLiteral("/bin/su2"), 04755, 0, 0},
    };
}

} // namespace

class TestSetuidScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tarWriterArchive();
    void mixedArchive();
    void onlyRegularFiles();
    void chunkBoundariesAtEveryByte();
    void recordedPathsAreCapped();
    void longNameLimits();
    void paxHeaders();
    void paxMalformed_data();
    void paxMalformed();
    void globalPaxHeaderIsNotApplied();
    void base256Size();
    void sizes_data();
    void sizes();
    void badChecksum();
    void truncated_data();
    void truncated();
    void endOfArchive();
    void oldGnuSparse();
    void v7Header();
    void garbage();
};

void TestSetuidScan::tarWriterArchive()
{
    TarWriter writer;
    QVERIFY(writer.addFile(QStringLiteral("usr/bin/passwd"), QByteArray(3000, 'p'), 04755));
    QVERIFY(writer.addFile(QStringLiteral("usr/bin/wall"), QByteArray(100, 'w'), 02755));
    QVERIFY(writer.addFile(QStringLiteral("usr/bin/both"), QByteArray(), 06755));
    QVERIFY(writer.addFile(QStringLiteral("usr/bin/ls"), QByteArray(512, 'l'), 0755));
    QVERIFY(writer.addFile(QStringLiteral("etc/sticky"), QByteArray(1, 't'), 01777));
    const Scanned s = scanOf(writer.finish());
    QVERIFY2(s.done, qPrintable(s.error));
    QVERIFY(!s.failed);
    QCOMPARE(s.entries, 5);
    QCOMPARE(s.total, 3);
    QCOMPARE(s.files,
             (QList<SetuidFile>{{QStringLiteral("/usr/bin/passwd"), 04755, 0, 0},
                                {QStringLiteral("/usr/bin/wall"), 02755, 0, 0},
                                {QStringLiteral("/usr/bin/both"), 06755, 0, 0}}));
}

void TestSetuidScan::mixedArchive()
{
    const Scanned s = scanOf(::mixedArchive());
    QVERIFY2(s.done, qPrintable(s.error));
    QCOMPARE(s.entries, 7);
    QCOMPARE(s.total, 5);
    QCOMPARE(s.files, mixedExpected());
}

void TestSetuidScan::onlyRegularFiles()
{
    // Directories are not reported: setgid on one passes its group to new files, setuid on one means nothing on
    // Linux. Nor are symbolic links, devices or FIFOs (their modes are not what runs). A hard link names a regular
    // file: reported. Type bits in the mode field (dockerd writes 0040755 for a directory) are ignored.
    QByteArray tar;
    tar += member({"srv/shared/", '5', 02775});
    tar += member({"srv/odd/", '5', 04755});
    tar += member({"bin/link", '2', 04777});
    tar += member({"dev/tty9", '3', 04666});
    tar += member({"dev/loop9", '4', 02660});
    tar += member({"run/fifo", '6', 06666});
    tar += member({"srv/typed/", '5', 0042775});
    tar += member({"bin/hard", '1', 0104755});
    tar += member({"bin/cont", '7', 02711, 7, 8, "c"});
    const Scanned s = scanOf(tar + end());
    QVERIFY2(s.done, qPrintable(s.error));
    QCOMPARE(s.entries, 9);
    QCOMPARE(
        s.files,
        (QList<SetuidFile>{{QStringLiteral("/bin/hard"), 04755, 0, 0}, {QStringLiteral("/bin/cont"), 02711, 7, 8}}));
}

void TestSetuidScan::chunkBoundariesAtEveryByte()
{
    // Split in two at every byte, and fed a byte at a time: the same result as in one piece.
    const QByteArray tar = ::mixedArchive();
    for (qsizetype cut = 1; cut < tar.size(); ++cut) {
        SetuidScan scan;
        const bool more = scan.feed(QByteArrayView(tar).first(cut)) && scan.feed(QByteArrayView(tar).sliced(cut));
        QVERIFY2(!more && scan.done(), qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(scan.error())));
        QVERIFY2(scan.files() == mixedExpected(), qPrintable(QString::number(cut)));
    }
    for (const qsizetype chunk : {1, 7, 511, 512, 513, 4096}) {
        const Scanned s = scanOf(tar, chunk);
        QVERIFY2(s.done, qPrintable(QStringLiteral("chunk %1: %2").arg(chunk).arg(s.error)));
        QCOMPARE(s.files, mixedExpected());
    }
}

void TestSetuidScan::recordedPathsAreCapped()
{
    QByteArray tar;
    for (int i = 0; i < 600; ++i) {
        tar += member({"bin/s" + QByteArray::number(i), '0', i % 2 ? 04755U : 02755U});
    }
    tar += end();
    const Scanned s = scanOf(tar);
    QVERIFY(s.done);
    QCOMPARE(s.total, 600);
    QCOMPARE(s.files.size(), SetuidScan::DefaultMaxRecorded);
    QCOMPARE(s.files.last().path, QStringLiteral("/bin/s499"));
    const Scanned few = scanOf(tar, 0, 3);
    QCOMPARE(few.total, 600);
    QCOMPARE(few.files.size(), 3);
}

void TestSetuidScan::longNameLimits()
{
    // A name of SetuidScan::MaxPathBytes is read; one byte more is refused before its data is read.
    const QByteArray longest = "a/" + QByteArray(SetuidScan::MaxPathBytes - 2, 'n');
    Scanned s = scanOf(longName(longest) + member({"x", '0', 04755}) + end());
    QVERIFY2(s.done, qPrintable(s.error));
    QCOMPARE(s.files.value(0).path, QLatin1Char('/') + QString::fromLatin1(longest));
    s = scanOf(longName(longest + 'n') + member({"x", '0', 04755}) + end());
    QVERIFY(s.failed);
    QVERIFY2(s.error.contains(QLatin1String("extended header of 4098 bytes")), qPrintable(s.error));
    // A long name applies to the next entry only.
    s = scanOf(longName("very/long") + member({"x", '0', 0644}) + member({"y", '0', 04755}) + end());
    QCOMPARE(s.files.value(0).path, QStringLiteral("/y"));
    // PAX paths too: at most MaxPathBytes.
    s = scanOf(pax(paxRecord("path", longest + 'n')) + member({"x", '0', 04755}) + end());
    QVERIFY(s.failed);
    QVERIFY2(s.error.contains(QLatin1String("longer than 4096 bytes")), qPrintable(s.error));
}

void TestSetuidScan::paxHeaders()
{
    // The PAX size is the size of the data that follows, whatever the header says; a GNU long name beats a PAX
    // path (as in Go's reader); an empty value removes what an earlier record set; a second PAX header replaces the
    // first.
    QByteArray tar;
    tar += pax(paxRecord("size", "2000") + paxRecord("comment", "ignored=yes") +
               paxRecord("SCHILY.xattr.security.capability", QByteArray("\x01\x00\x00\x02", 4)));
    tar += member(sizedAs({"big", '0', 04755, 0, 0, QByteArray(2000, 'b')}, 7));
    tar += pax(paxRecord("path", "from/pax")) + longName("from/gnu") + member({"x", '0', 02755});
    tar += pax(paxRecord("uid", "5") + paxRecord("uid", "")) + member({"y", '0', 04755, 9, 9});
    tar += pax(paxRecord("path", "first")) + pax(paxRecord("gid", "3")) + member({"z", '0', 04755});
    tar += pax(paxRecord("GNU.sparse.name", "sparse/name")) + member({"GNUSparseFile.0/name", '0', 04755});
    const Scanned s = scanOf(tar + end());
    QVERIFY2(s.done, qPrintable(s.error));
    QCOMPARE(s.files,
             (QList<SetuidFile>{{QStringLiteral("/big"), 04755, 0, 0},
                                {QStringLiteral("/from/gnu"), 02755, 0, 0},
                                {QStringLiteral("/y"), 04755, 9, 9},
                                {QStringLiteral("/z"), 04755, 0, 3},
                                {QStringLiteral("/sparse/name"), 04755, 0, 0}}));
}

void TestSetuidScan::paxMalformed_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::newRow("length not a number") << QByteArray("xx path=a\n");
    QTest::newRow("length past the data") << QByteArray("99 path=a\n");
    QTest::newRow("length too short") << QByteArray("3 a\n");
    QTest::newRow("length with a sign") << QByteArray("+10 path=a\n");
    QTest::newRow("length of 30 digits") << QByteArray("000000000000000000000000000011 path=a\n");
    QTest::newRow("no newline") << QByteArray("10 path=ab");
    QTest::newRow("no equals sign") << QByteArray("9 pathab\n");
    QTest::newRow("empty key") << QByteArray("7 =abc\n");
    QTest::newRow("NUL in the path") << paxRecord("path", QByteArray("a\0b", 3));
    QTest::newRow("NUL in a key") << paxRecord(QByteArray("p\0th", 4), "b");
    QTest::newRow("uid not a number") << paxRecord("uid", "abc");
    QTest::newRow("negative size") << paxRecord("size", "-1");
    QTest::newRow("size too large") << paxRecord("size", "9999999999999999999");
    QTest::newRow("record then garbage") << paxRecord("path", "a") + "garbage";
}

void TestSetuidScan::paxMalformed()
{
    QFETCH(QByteArray, records);
    for (const char type : {'x', 'g'}) {
        const Scanned s = scanOf(pax(records, type) + member({"x", '0', 04755}) + end());
        QVERIFY(s.failed);
        QVERIFY(!s.done);
        QVERIFY2(s.error.contains(QLatin1String("PAX")), qPrintable(s.error));
        QVERIFY(s.files.isEmpty());
    }
}

void TestSetuidScan::globalPaxHeaderIsNotApplied()
{
    // dockerd's reader (Go) returns a global header as an entry of its own: it changes no later entry.
    const Scanned s = scanOf(pax(paxRecord("path", "elsewhere") + paxRecord("uid", "77"), 'g') +
                             member({"bin/su", '0', 04755, 0, 0}) + end());
    QVERIFY2(s.done, qPrintable(s.error));
    QCOMPARE(s.files, (QList<SetuidFile>{{QStringLiteral("/bin/su"), 04755, 0, 0}}));
}

void TestSetuidScan::base256Size()
{
    // GNU base-256: 0x80 then the value big-endian.
    QByteArray size(12, '\0');
    size[0] = char(0x80);
    size[10] = char(0x03);
    size[11] = char(0xe8); // 1000
    Member big{"big", '0', 04755, 0, 0, QByteArray(1000, 'b')};
    big.rawSize = size;
    const Scanned s = scanOf(member(big) + member({"after", '0', 02755}) + end());
    QVERIFY2(s.done, qPrintable(s.error));
    QCOMPARE(s.files.size(), 2);
    QCOMPARE(s.files.at(1).path, QStringLiteral("/after"));
}

void TestSetuidScan::sizes_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("expected"); // an error's words, or empty when the archive reads to its end
    QByteArray huge(12, char(0xff));
    huge[0] = char(0x80);                      // 2^88 - 1
    const QByteArray negative(12, char(0xff)); // -1
    QByteArray negativeLow(12, '\0');          // the sign bit, then what would read as 5
    negativeLow[0] = char(0xc0);
    negativeLow[11] = char(0x05);
    QByteArray nulInside("0000x000001\0", 12);
    nulInside[4] = '\0';
    const QString malformed = QStringLiteral("malformed number");
    QTest::newRow("base-256 past 2^62") << huge << malformed;
    QTest::newRow("base-256 negative") << negative << malformed;
    QTest::newRow("base-256 negative, small") << negativeLow << malformed;
    QTest::newRow("not octal") << QByteArray("00000000089\0", 12) << malformed;
    QTest::newRow("NUL inside") << nulInside << malformed;
    QTest::newRow("letters") << QByteArray("hello world\0", 12) << malformed;
    // The largest octal size: 8 GiB of data that never comes. Read as a cut archive, not allocated, not waited for.
    QTest::newRow("8 GiB") << QByteArray("77777777777\0", 12) << QStringLiteral("cut off");
    // 1000 bytes (the zeros that follow are its data), padded with spaces as old writers did.
    QTest::newRow("space padded") << QByteArray("      1750 \0", 12) << QString();
}

void TestSetuidScan::sizes()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, expected);
    Member m{"bin/su", '0', 04755};
    m.rawSize = field;
    const Scanned s = scanOf(member(m) + QByteArray(1024, '\0') + end());
    if (expected.isEmpty()) {
        QVERIFY2(s.done, qPrintable(s.error));
        QCOMPARE(s.files.size(), 1);
        return;
    }
    QVERIFY(s.failed);
    QVERIFY2(s.error.contains(expected), qPrintable(s.error));
}

void TestSetuidScan::badChecksum()
{
    Member wrong{"bin/su", '0', 04755};
    wrong.badChecksum = true;
    SetuidScan scan;
    const QByteArray tar = member({"bin/ok", '0', 04755}) + member(wrong) + member({"bin/after", '0', 04755}) + end();
    QVERIFY(!scan.feed(tar));
    QVERIFY(scan.failed());
    QVERIFY2(scan.error().contains(QLatin1String("at byte 512: a header's checksum does not match")),
             qPrintable(scan.error()));
    // What came before stays; nothing after the bad header is read.
    QCOMPARE(scan.files().size(), 1);
    QCOMPARE(scan.bytesRead(), 1024);
    QVERIFY(!scan.feed(tar));
    scan.finish();
    QCOMPARE(scan.files().size(), 1);
}

void TestSetuidScan::truncated_data()
{
    QTest::addColumn<int>("keep");
    const QByteArray tar = member({"bin/su", '0', 04755, 0, 0, QByteArray(600, 's')}) + end();
    QTest::newRow("nothing") << 0;
    QTest::newRow("in the header") << 100;
    QTest::newRow("after the header") << 512;
    QTest::newRow("in the data") << 800;
    QTest::newRow("in the padding") << 1500;
    QTest::newRow("before the end blocks") << 1536;
    QTest::newRow("in the first end block") << 1600;
}

void TestSetuidScan::truncated()
{
    QFETCH(int, keep);
    const QByteArray tar = member({"bin/su", '0', 04755, 0, 0, QByteArray(600, 's')}) + end();
    const Scanned s = scanOf(tar.left(keep));
    QVERIFY(s.failed);
    QVERIFY(!s.done);
    QVERIFY2(s.error.contains(QStringLiteral("ends at byte %1 before its end-of-archive blocks").arg(keep)),
             qPrintable(s.error));
}

void TestSetuidScan::endOfArchive()
{
    const QByteArray tar = member({"bin/su", '0', 04755});
    // One empty block and the end of the stream: accepted (Go's reader does too).
    Scanned s = scanOf(tar + QByteArray(512, '\0'));
    QVERIFY2(s.done, qPrintable(s.error));
    // After the two empty blocks nothing more is read: the scan says stop.
    SetuidScan scan;
    QVERIFY(!scan.feed(tar + end() + member({"bin/hidden", '0', 04755}) + end()));
    QVERIFY(scan.done());
    QCOMPARE(scan.bytesRead(), 1536);
    QCOMPARE(scan.files().size(), 1);
    // An empty block followed by an entry is an error, not the end.
    s = scanOf(tar + QByteArray(512, '\0') + member({"bin/hidden", '0', 04755}) + end());
    QVERIFY(s.failed);
    QVERIFY2(s.error.contains(QLatin1String("an empty block is followed by more entries")), qPrintable(s.error));
}

void TestSetuidScan::oldGnuSparse()
{
    // An old GNU sparse file: extension blocks of its map (byte 504 says another follows) come before its data.
    Member sparse{"var/sparse", 'S', 04755, 0, 0, QByteArray(512, 'd')};
    sparse.gnuMagic = true;
    sparse.sparseExtended = 1;
    QByteArray extension(512, '\0');
    extension[504] = 1;
    const QByteArray last(512, '\0');
    const QByteArray header = member(sparse).left(512);
    const QByteArray tar = header + extension + last + QByteArray(512, 'd') + member({"bin/after", '0', 02755}) + end();
    const Scanned s = scanOf(tar);
    QVERIFY2(s.done, qPrintable(s.error));
    QCOMPARE(
        s.files,
        (QList<SetuidFile>{{QStringLiteral("/var/sparse"), 04755, 0, 0}, {QStringLiteral("/bin/after"), 02755, 0, 0}}));
}

void TestSetuidScan::v7Header()
{
    // No magic: no prefix; type '\0' is a regular file, or a directory when the name ends with '/'.
    Member file{"./bin/su", '\0', 04755};
    file.noMagic = true;
    Member dir{"./srv/", '\0', 02775};
    dir.noMagic = true;
    const Scanned s = scanOf(member(file) + member(dir) + end());
    QVERIFY2(s.done, qPrintable(s.error));
    QCOMPARE(s.entries, 2);
    QCOMPARE(s.files, (QList<SetuidFile>{{QStringLiteral("/bin/su"), 04755, 0, 0}}));
}

void TestSetuidScan::garbage()
{
    // Not a tar at all: stopped at the first header, whatever the length.
    for (const QByteArray& junk : {QByteArray(512, 'x'),
                                   QByteArray("{\"message\":\"page not found\"}").leftJustified(2048, ' '),
                                   QByteArray(100000, char(0xff))}) {
        SetuidScan scan;
        QVERIFY(!scan.feed(junk));
        QVERIFY(scan.failed());
        QCOMPARE(scan.bytesRead(), 512);
    }
}

QTEST_GUILESS_MAIN(TestSetuidScan)
#include "test_setuidscan.moc"
