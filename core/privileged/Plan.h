// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace escut
{

// One file a fix touches. The constructor of a plan only records intent; nothing is written until apply.
struct FileChange
{
    enum class Kind {
        Write,       // new content (mode and owner kept, or set to targetMode/targetOwner)
        Permissions, // only mode and/or owner change
        ShellBlock,  // a marked block appended to a shell start file; rollback removes exactly that block
    };

    Kind kind = Kind::Write;
    QString path; // as the user knows it (/etc/docker/daemon.json), also under --root
    bool beforeExists = false;
    QByteArray before;
    QByteArray after;
    uint beforeMode = 0;
    uint beforeUid = 0;
    uint beforeGid = 0;
    std::optional<uint> targetMode;
    std::optional<uint> targetUid;
    std::optional<uint> targetGid;
    QString blockBegin; // ShellBlock markers
    QString blockEnd;
    bool needsRoot = false;
    bool secret = false; // the new content is a secret: the preview never shows it

    [[nodiscard]] QString diff() const; // unified diff of the content, or a mode/owner line
};

// Something a plan was computed from, and its hash then: the helper reads it again and refuses when it changed.
struct PlanInput
{
    enum class Kind {
        File,       // a file's content, existence, mode and owner (Compose file, Dockerfile, daemon.json…)
        DaemonArgv, // the command line of the daemon behind a socket (path: the socket)
        Container,  // a container's inspect document (path: the container id); checked by escut-cli, not by root
    };
    Kind kind = Kind::File;
    QString path;
    QByteArray hash; // sha256 hex

    friend bool operator==(const PlanInput&, const PlanInput&) = default;
};

// What a fix will do, for the preview: one change per file, notes on restarts and risks.
struct Plan
{
    QString fixId;
    QString root = QStringLiteral("/"); // the filesystem root the paths are under (labs and tests use a directory)
    QString socketPath;                 // the daemon whose files the plan changes
    QString scopeDir;                   // the project or Compose directory the plan's files belong to, if any
    QList<PlanInput> inputs;
    QStringList checkIds; // re-evaluated by verify
    QList<FileChange> changes;
    QStringList notes;       // translated: what happens, what needs a restart or reload
    QStringList warnings;    // translated: risks the user must accept
    QStringList restartKeys; // daemon.json keys that take effect only after restarting dockerd
    QStringList reloadKeys;  // daemon.json keys applied by a reload (SIGHUP)
    bool idempotent = true;  // planning again after apply finds nothing to do (verification); generators are not
    QByteArray secretToken;  // fix.token-gate: kept in memory for the keychain; never printed or journaled
    QStringList commands;    // commands the fix runs or hands to the user (fix.run-command), shown in the preview
    QJsonObject container;   // fix.run-command: the inspect data of the container to recreate
    QStringList verifyComposeFiles; // fix.compose-harden: the files that make up the hardened project

    [[nodiscard]] bool isEmpty() const
    {
        return changes.isEmpty() && container.isEmpty();
    }
    [[nodiscard]] bool needsRoot() const;
    [[nodiscard]] QString preview() const; // every diff and command, then the notes and warnings
    // sha256 (hex) of every file's state before the change (path, content, existence, mode, owner): the same
    // digest when planned again means nothing changed since the preview.
    [[nodiscard]] QString stateDigest() const;

    // Records a file the plan was computed from (read now, at hostPath).
    void addFileInput(const QString& path, const QString& hostPath);
    void addInput(PlanInput::Kind kind, const QString& path, const QByteArray& content);

    // The part of the plan that is executed, as data: every input's hash, every change's exact bytes, mode and
    // owner, every command. digest() is its sha256: the preview shows it, the authentication prompt names it, and
    // the helper refuses a plan file whose digest differs.
    [[nodiscard]] QJsonObject executable() const;
    [[nodiscard]] QString digest() const;
    // The plan file handed to escut-fix-helper: the executable part and the preview texts.
    [[nodiscard]] QByteArray toFile() const;
    [[nodiscard]] static Result<Plan> fromFile(const QByteArray& data);
};

QString inputKindName(PlanInput::Kind kind);
// sha256 (hex) of a file's state as PlanInput and FileChange record it: existence, content, mode and owner.
QByteArray fileStateHash(bool exists, const QByteArray& content, uint mode, uint uid, uint gid);

// What stat() and a read say about a file now.
struct FileState
{
    bool exists = false;
    bool regular = false;
    QByteArray content;
    uint mode = 0;
    uint uid = 0;
    uint gid = 0;
    QString error; // translated; empty when the file is absent or was read
};
FileState readFileState(const QString& hostPath);

// The file at hostPath as a FileChange that changes nothing yet (after == before); path is how the user knows it.
[[nodiscard]] Result<FileChange> currentFile(const QString& path, const QString& hostPath);

// sha256 of a file's state: content plus existence (absent files hash differently from empty ones).
QByteArray stateHash(bool exists, const QByteArray& content);

} // namespace escut
