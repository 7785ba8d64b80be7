// SPDX-License-Identifier: GPL-3.0-or-later
// LabMounts without root: the mountinfo parser (escapes), and what it finds under folders that hold no mount.
#include "core/lab/LabMounts.h"

#include <QTemporaryDir>
#include <QTest>

using namespace escut;

class TestLabMounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesMountInfo()
    {
        // proc(5) example lines, plus a mount point with a space, a tab and a backslash in its name.
        const QByteArray text = "36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw,errors=continue\n"
                                "25 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw\n"
                                "90 25 7:0 / /srv/labs/roots/x/disc\\040dades rw,nosuid,nodev - ext4 /dev/loop0 rw\n"
                                "91 25 0:50 / /tmp/a\\011b\\134c rw - tmpfs none rw\n"
                                "92 25 0:51 / /tmp/\\04 rw - tmpfs none rw\n"
                                "short line\n";
        const QStringList points = LabMounts::parseMountInfo(text);
        QCOMPARE(points,
                 QStringList({QStringLiteral("/mnt/parent"),
                              QStringLiteral("/"),
                              QStringLiteral("/srv/labs/roots/x/disc dades"),
                              QStringLiteral("/tmp/a\tb\\c"),
                              QStringLiteral("/tmp/\\04")}));
    }

    void seesTheRealMountTable()
    {
        const QStringList points = LabMounts::parseMountInfo([] {
            QFile f(QStringLiteral("/proc/self/mountinfo"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }());
        QVERIFY(points.contains(QStringLiteral("/")));
        QCOMPARE(LabMounts::mountOf(QStringLiteral("/")), QStringLiteral("/"));
    }

    void nothingUnderAPlainFolder()
    {
        QTemporaryDir dir;
        QVERIFY(LabMounts::mountsUnder(dir.path()).isEmpty());
        QVERIFY(LabMounts::loopsUnder(dir.path()).isEmpty());
        QVERIFY(LabMounts::mountsUnder(dir.filePath(QStringLiteral("missing"))).isEmpty());
        // release() of a folder with nothing mounted runs no tool and succeeds, as often as asked.
        QVERIFY(LabMounts::release(dir.path()).ok());
        QVERIFY(LabMounts::release(dir.filePath(QStringLiteral("missing"))).ok());
    }

    void refusesToEncryptOutsideALabFilesystem()
    {
        // The folder is not on a filesystem mounted under it: refused before a key, a configuration or fscrypt
        // metadata is made anywhere.
        QTemporaryDir dir;
        const VoidResult r = LabMounts::encryptDirectory(dir.filePath(QStringLiteral("data")),
                                                         dir.filePath(QStringLiteral("keys/k")),
                                                         dir.filePath(QStringLiteral("fscrypt.conf")),
                                                         QStringLiteral("t"),
                                                         dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("keys/k"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("fscrypt.conf"))));
    }
};

QTEST_GUILESS_MAIN(TestLabMounts)
#include "test_labmounts.moc"
