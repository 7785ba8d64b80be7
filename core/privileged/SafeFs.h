// SPDX-License-Identifier: GPL-3.0-or-later
// The one file layer for everything that may run as root (the fix helper, escut-cli under sudo).
//
// Rules it enforces, whoever calls it:
// - a path is walked from an opened root directory one component at a time, each opened with
//   O_PATH|O_NOFOLLOW|O_DIRECTORY: a symlink anywhere in the path, a "." or ".." component, or a path that is
//   not absolute is refused, so nothing can lead outside the root;
// - a file is opened once, with O_NOFOLLOW|O_NONBLOCK, and judged by fstat on that fd: only regular files are
//   read or written (no device, fifo or socket), except mode/owner changes, which also accept directories and
//   sockets through an O_PATH fd;
// - a write goes to a temporary created O_EXCL|O_NOFOLLOW with mode 0600 in the same directory, gets its final
//   owner and mode with fchown/fchmod on the fd, is fsynced, then renamed over the target with renameat (which
//   replaces a directory entry and never follows it);
// - a lock per target (flock on a file in a root-owned lock directory) is held for a whole transaction.
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <sys/types.h>

namespace escut::safefs
{

class SafeFs
{
    Q_DECLARE_TR_FUNCTIONS(SafeFs)
};

// An owned file descriptor.
class Fd
{
public:
    Fd() = default;
    explicit Fd(int fd)
        : m_fd(fd)
    {}
    ~Fd();
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    Fd(Fd&& other) noexcept
        : m_fd(other.release())
    {}
    Fd& operator=(Fd&& other) noexcept;

    [[nodiscard]] int get() const
    {
        return m_fd;
    }
    [[nodiscard]] bool valid() const
    {
        return m_fd >= 0;
    }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd = -1;
};

// What fstat said about an opened file.
struct Info
{
    bool exists = false;
    mode_t type = 0; // S_IFREG, S_IFDIR, S_IFSOCK…
    uint mode = 0;   // permission bits (07777)
    uint uid = 0;
    uint gid = 0;
    dev_t dev = 0;
    ino_t ino = 0;
};

// A file's state read through the layer: content only for regular files.
struct Content
{
    Info info;
    QByteArray data;
};

// The largest file the layer reads (daemon.json, Compose files, Dockerfiles, shell start files, backups).
constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

// Splits an absolute path into its components; refuses relative paths, ".", ".." and empty names.
[[nodiscard]] Result<QStringList> components(const QString& path);

// A directory opened without following symlinks, with the components' path kept for messages.
class Dir
{
public:
    Dir() = default;
    Dir(Fd fd, QString path, Info info)
        : m_fd(std::move(fd))
        , m_path(std::move(path))
        , m_info(info)
    {}

    [[nodiscard]] int fd() const
    {
        return m_fd.get();
    }
    [[nodiscard]] const QString& path() const
    {
        return m_path;
    }
    [[nodiscard]] const Info& info() const
    {
        return m_info;
    }

private:
    Fd m_fd;
    QString m_path;
    Info m_info;
};

// A tree rooted at a directory ("/" or --root); every path is confined to it.
class Tree
{
public:
    // Opens root itself component by component from "/", refusing symlinks there too.
    [[nodiscard]] static Result<Tree> open(const QString& root);

    [[nodiscard]] const QString& root() const
    {
        return m_root;
    }
    [[nodiscard]] QString hostPath(const QString& path) const; // for messages

    // The directory that holds path, walked from the root. With create, missing directories are made (mode 0700,
    // owned like the directory that holds them).
    [[nodiscard]] Result<Dir> parentOf(const QString& path, bool create = false) const;
    // The directory at path itself.
    [[nodiscard]] Result<Dir> directory(const QString& path) const;

private:
    [[nodiscard]] Result<Dir> walk(const QStringList& parts, const QString& path, bool create) const;

    std::shared_ptr<Fd> m_rootFd;
    QString m_root;
};

// The last component of an absolute path.
[[nodiscard]] QString leafName(const QString& path);

// Reads name inside dir: an absent file is {exists=false}; a symlink, device, fifo or socket is an error.
[[nodiscard]] Result<Content> readFile(const Dir& dir, const QString& name, qint64 maxSize = kMaxFileSize);
// lstat of name inside dir, whatever its type (a symlink is reported as S_IFLNK, never followed).
[[nodiscard]] Result<Info> statEntry(const Dir& dir, const QString& name);

// Atomically replaces (or creates) name in dir with data, mode and owner; copies the old file's extended attributes
// (SELinux label, ACLs). Refuses when the entry is not a regular file.
[[nodiscard]] VoidResult
writeFile(const Dir& dir, const QString& name, const QByteArray& data, uint mode, uint uid, uint gid);
// Changes mode and owner of name in dir (a regular file, directory or socket; never a symlink).
[[nodiscard]] VoidResult setAttributes(const Dir& dir, const QString& name, uint mode, uint uid, uint gid);
// Removes name from dir, only a regular file.
[[nodiscard]] VoidResult removeFile(const Dir& dir, const QString& name);

// An exclusive lock held until destruction (flock on a lock file named after key in lockDir).
class Lock
{
public:
    [[nodiscard]] static Result<Lock> acquire(const QString& lockDir, const QString& key);
    Lock() = default;

private:
    explicit Lock(Fd fd)
        : m_fd(std::move(fd))
    {}
    Fd m_fd;
};

// Resolves symlinks in an absolute path only where they are trusted (owned by root, in a directory owned by root that
// nobody else may write): /var/run → /run, never a link a user planted. Untrusted links are an error.
[[nodiscard]] Result<QString> trustedCanonicalPath(const QString& path);

} // namespace escut::safefs
