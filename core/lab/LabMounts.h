// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace escut
{

// The filesystems a lab makes under its root (a loop-mounted ext4 image, plain or with the encrypt feature, and
// fscrypt-encrypted directories on it) and their removal. Everything is found by path: what is mounted at or below
// the lab root, and the loop devices whose backing file is under it. A reset therefore also releases what a student
// mounted there by hand, and never touches a mount or a loop device outside the root. Blocking; needs root.
class LabMounts
{
    Q_DECLARE_TR_FUNCTIONS(LabMounts)

public:
    // Mount points of /proc/self/mountinfo text, in the file's order, with the kernel's octal escapes undone.
    [[nodiscard]] static QStringList parseMountInfo(const QByteArray& text);
    // Mount points at or below dir (canonical), deepest first.
    [[nodiscard]] static QStringList mountsUnder(const QString& dir);
    // The mount point that holds path: the longest mount point that is path or one of its parents.
    [[nodiscard]] static QString mountOf(const QString& path);
    // Loop devices (/dev/loopN) whose backing file is at or below dir.
    [[nodiscard]] static QStringList loopsUnder(const QString& dir);

    // Creates an image file of sizeMiB, makes an ext4 filesystem on it (with the encrypt feature when asked) and
    // loop-mounts it at mountPoint (nosuid, nodev).
    [[nodiscard]] static VoidResult
    makeFilesystem(const QString& image, const QString& mountPoint, int sizeMiB, bool encrypt, const QString& label);
    // Encrypts the empty directory dir with fscrypt under a raw-key protector named name, and unlocks it. The key
    // (32 random bytes, mode 0600) is made at keyFile when it is not there; fscrypt's configuration is configFile,
    // never /etc/fscrypt.conf, and its metadata stays on dir's filesystem (FSCRYPT_ROOT_MNT), which must be mounted
    // below within (the lab root): fscrypt never writes metadata on a filesystem the lab did not make.
    [[nodiscard]] static VoidResult encryptDirectory(const QString& dir,
                                                     const QString& keyFile,
                                                     const QString& configFile,
                                                     const QString& name,
                                                     const QString& within);
    // Unmounts everything at or below dir and detaches the loop devices backed by files under it. Idempotent.
    [[nodiscard]] static VoidResult release(const QString& dir);
};

} // namespace escut
