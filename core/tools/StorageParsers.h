// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/HostFacts.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace escut
{

// Pure parsers of the storage tools' output (findmnt, lsblk, cryptsetup, fscrypt). No I/O.
class StorageParsers
{
    Q_DECLARE_TR_FUNCTIONS(StorageParsers)

public:
    struct Mount
    {
        QString target;
        QString source;
        QString fstype;
        QString options;
    };
    // findmnt -J -T PATH: the filesystem that holds PATH (the first, outermost entry).
    [[nodiscard]] static Result<Mount> findmnt(const QByteArray& json);

    // lsblk -J [-s] -o NAME,TYPE,FSTYPE: every device of the tree, depth first. With -s the children of a
    // device are the devices it is built on, so the list is the device followed by its ancestors.
    [[nodiscard]] static Result<QList<StorageFact::Device>> lsblk(const QByteArray& json);

    struct CryptStatus
    {
        QString mapping; // /dev/mapper/NAME
        bool active = false;
        bool inUse = false;
        QString type;   // LUKS1, LUKS2, PLAIN
        QString cipher; // aes-xts-plain64
        int keyBits = 0;
        QString device; // the underlying device
    };
    // cryptsetup status NAME, in the formats before and after cryptsetup 2.8 ("512 bits" / "512 [bits]").
    [[nodiscard]] static Result<CryptStatus> cryptsetupStatus(const QByteArray& text, int exitCode);

    struct LuksHeader
    {
        int version = 0; // 1 or 2
        QString uuid;
        QString cipher;   // of the (first) data segment
        int keyslots = 0; // active key slots
        QString pbkdf;    // argon2id, pbkdf2
    };
    // cryptsetup luksDump DEVICE (LUKS1 and LUKS2 text formats).
    [[nodiscard]] static Result<LuksHeader> luksDump(const QByteArray& text);

    struct FscryptStatus
    {
        bool encrypted = false;
        bool unlocked = false;
        QString policy;
        QString options; // "padding:32 contents:AES_256_XTS filenames:AES_256_CTS policy_version:2"
        QString error;   // the [ERROR] text when not encrypted or not set up
    };
    // fscrypt status DIR: encrypted (locked or unlocked), or not (exit 1 with an [ERROR] line).
    [[nodiscard]] static Result<FscryptStatus> fscryptStatus(const QByteArray& text, int exitCode);
};

} // namespace escut
