// SPDX-License-Identifier: GPL-3.0-or-later
// LUKS detection on a real LUKS2 (and LUKS1) container: a small image file luksFormatted in batch mode with a key
// file, inspected through Luks::inspect (cryptsetup isLuks + luksDump via ToolRunner). Nothing is opened: this
// machine has no device-mapper. A zero-filled image is not LUKS.
#include "tests/common/TestUtil.h"

#include "core/tools/Luks.h"
#include "core/tools/ToolRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace escut;

class TestLuks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString image(const QString& name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(size)) {
            qFatal("cannot create %s", qPrintable(path));
        }
        return path;
    }

    QString keyFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("key.bin"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            qFatal("cannot write the key");
        }
        f.write(QByteArray(64, 'k')); // a throwaway key for a throwaway image
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    void format(const QString& path, const QString& type)
    {
        // Cheap key derivation: the test is about detection, not about the KDF's strength.
        QStringList args{QStringLiteral("luksFormat"),
                         QStringLiteral("--batch-mode"),
                         QStringLiteral("--type"),
                         type,
                         QStringLiteral("--key-file"),
                         keyFile(),
                         QStringLiteral("--pbkdf-force-iterations"),
                         QStringLiteral("1000")};
        if (type == QLatin1String("luks2")) {
            args << QStringLiteral("--pbkdf") << QStringLiteral("pbkdf2");
        }
        args << path;
        const test::ProcessResult r = test::runProcess(ToolRunner::find(QStringLiteral("cryptsetup")), args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (ToolRunner::find(QStringLiteral("cryptsetup")).isEmpty()) {
            QFAIL("cryptsetup is not installed (apt-get install cryptsetup-bin)");
        }
        QVERIFY(m_dir.isValid());
    }

    void luks2Image()
    {
        const QString path = image(QStringLiteral("disk2.img"), 32 * 1024 * 1024);
        format(path, QStringLiteral("luks2"));
        const auto header = Luks::inspect(path);
        QVERIFY2(header.ok(), qPrintable(header.ok() ? QString() : header.error().fullText()));
        QVERIFY(header.value().has_value());
        QCOMPARE(header.value()->version, 2);
        QCOMPARE(header.value()->cipher, QStringLiteral("aes-xts-plain64"));
        QCOMPARE(header.value()->pbkdf, QStringLiteral("pbkdf2"));
        QCOMPARE(header.value()->keyslots, 1);
        QCOMPARE(header.value()->uuid.size(), 36);
    }

    void luks1Image()
    {
        const QString path = image(QStringLiteral("disk1.img"), 8 * 1024 * 1024);
        format(path, QStringLiteral("luks1"));
        const auto header = Luks::inspect(path);
        QVERIFY(header.ok());
        QVERIFY(header.value().has_value());
        QCOMPARE(header.value()->version, 1);
        QCOMPARE(header.value()->keyslots, 1);
    }

    void plainImageIsNotLuks()
    {
        const auto header = Luks::inspect(image(QStringLiteral("zero.img"), 1024 * 1024));
        QVERIFY(header.ok());
        QVERIFY(!header.value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestLuks)
#include "test_luks.moc"
