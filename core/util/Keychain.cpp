// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace escut
{

namespace
{

const QString s_service = QStringLiteral("escut");

Error keychainError(const QKeychain::Job& job)
{
    // QtKeychain 0.13 reports a missing Secret Service as OtherError, not NoBackendAvailable.
    return makeError(Error::Code::ToolNotInstalled,
                     QCoreApplication::translate("Keychain",
                                                 "No keychain service is available (%1): the secret is "
                                                 "kept only in its file.")
                         .arg(job.errorString()),
                     job.errorString());
}

} // namespace

VoidResult storeSecret(const QString& key, const QByteArray& secret)
{
    QKeychain::WritePasswordJob job(s_service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setBinaryData(secret);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        return keychainError(job);
    }
    return Ok{};
}

} // namespace escut
