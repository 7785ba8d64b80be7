// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remediation/Plan.h"

#include "core/remediation/Remediation.h"
#include "core/remediation/TextDiff.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace escut
{

FileState readFileState(const QString& hostPath)
{
    FileState s;
    struct stat st = {};
    if (::stat(QFile::encodeName(hostPath).constData(), &st) != 0) {
        if (errno != ENOENT) {
            s.error = QString::fromLocal8Bit(std::strerror(errno));
        }
        return s;
    }
    s.exists = true;
    s.regular = S_ISREG(st.st_mode);
    s.mode = st.st_mode & 07777;
    s.uid = st.st_uid;
    s.gid = st.st_gid;
    if (s.regular) {
        QFile f(hostPath);
        if (!f.open(QIODevice::ReadOnly)) {
            s.error = f.errorString();
            return s;
        }
        s.content = f.readAll();
    }
    return s;
}

Result<FileChange> currentFile(const QString& path, const QString& hostPath)
{
    const FileState state = readFileState(hostPath);
    if (!state.error.isEmpty()) {
        return makeError(Error::Code::IoError,
                         Remediation::tr("Cannot read %1 (%2): run the fix as root.").arg(path, state.error));
    }
    FileChange c;
    c.path = path;
    c.beforeExists = state.exists;
    c.before = state.content;
    c.after = state.content;
    c.beforeMode = state.mode;
    c.beforeUid = state.uid;
    c.beforeGid = state.gid;
    const bool root = ::geteuid() == 0;
    c.needsRoot =
        !root && (state.exists ? state.uid != ::geteuid()
                               : ::access(QFile::encodeName(QFileInfo(hostPath).path()).constData(), W_OK) != 0);
    return c;
}

QByteArray stateHash(bool exists, const QByteArray& content)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(exists ? QByteArrayView("present:") : QByteArrayView("absent:"));
    hash.addData(content);
    return hash.result().toHex();
}

QString FileChange::diff() const
{
    const auto octal = [](uint mode) {
        return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
    };
    QString out;
    if (secret) {
        out = Remediation::tr("%1: a secret of %n byte(s), written with mode 0600 and never shown",
                              nullptr,
                              int(after.size()))
                  .arg(path) +
              QLatin1Char('\n');
    } else if (kind != Kind::Permissions) {
        out = unifiedDiff(path, before, beforeExists, after);
    }
    if (beforeExists && targetMode && *targetMode != beforeMode) {
        out +=
            Remediation::tr("mode of %1: %2 → %3").arg(path, octal(beforeMode), octal(*targetMode)) + QLatin1Char('\n');
    }
    if ((targetUid && *targetUid != beforeUid) || (targetGid && *targetGid != beforeGid)) {
        out += Remediation::tr("owner of %1: %2:%3 → %4:%5")
                   .arg(path)
                   .arg(beforeUid)
                   .arg(beforeGid)
                   .arg(targetUid.value_or(beforeUid))
                   .arg(targetGid.value_or(beforeGid)) +
               QLatin1Char('\n');
    }
    return out;
}

bool Plan::needsRoot() const
{
    return std::any_of(changes.cbegin(), changes.cend(), [](const FileChange& c) { return c.needsRoot; });
}

QString Plan::preview() const
{
    QString out;
    for (const FileChange& c : changes) {
        if (c.needsRoot) {
            out += Remediation::tr("Needs root: %1").arg(c.path) + QLatin1Char('\n');
        }
        out += c.diff();
    }
    for (const QString& command : commands) {
        out += Remediation::tr("Command: %1").arg(command) + QLatin1Char('\n');
    }
    for (const QString& w : warnings) {
        out += Remediation::tr("Warning: %1").arg(w) + QLatin1Char('\n');
    }
    for (const QString& n : notes) {
        out += Remediation::tr("Note: %1").arg(n) + QLatin1Char('\n');
    }
    return out;
}

QString Plan::stateDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const FileChange& c : changes) {
        hash.addData(c.path.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(stateHash(c.beforeExists, c.before));
        hash.addData(QStringLiteral(" %1 %2 %3\n").arg(c.beforeMode).arg(c.beforeUid).arg(c.beforeGid).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace escut
