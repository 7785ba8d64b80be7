// SPDX-License-Identifier: GPL-3.0-or-later
// What each fix may touch, checked on a plan before root applies it: a plan written by anything else than the fix
// that claims it (a hand-edited plan file, a compromised GUI) is refused.
#pragma once

#include "core/privileged/Journal.h"
#include "core/privileged/Plan.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace escut
{

// Who asked for the fix: pkexec's PKEXEC_UID, sudo's SUDO_UID, else the real uid.
struct Invoker
{
    uint uid = 0;
    QString home;

    [[nodiscard]] static Invoker current();
};

class PlanPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PlanPolicy)

public:
    // The fixes escut-fix-helper applies (fix.run-command needs the Docker API, not root: it never goes through it).
    [[nodiscard]] static QStringList privilegedFixes();

    // Ok when every change of plan stays within what its fix may touch:
    // - fix.daemon-json: one daemon.json, at the path the daemon behind plan.socketPath reads, valid JSON object;
    // - fix.file-perms: mode/owner only, towards stricter modes and root ownership (group: root or docker), of the
    //   socket, daemon.json, its directory, key.json and the TLS files the daemon names;
    // - fix.content-trust-env: the known DOCKER_CONTENT_TRUST block appended to a file in the invoker's home that the
    //   invoker owns;
    // - fix.compose-harden: new files beside the Compose file (and in its secrets/), never the Compose file itself,
    //   in a directory owned like it;
    // - fix.token-gate: the four generated files in the project directory, owned like it;
    // - fix.dockerfile: the Dockerfile the plan was computed from, owner kept.
    [[nodiscard]] static VoidResult check(const Plan& plan, const Invoker& invoker);

    // The one way a plan is applied with administrator rights (escut-fix-helper, and escut-cli run as root): the
    // policy above, then Journal::apply. Without root, the policy is left out (the user writes their own files).
    [[nodiscard]] static Result<Transaction> apply(const Plan& plan, const Invoker& invoker);

    // fix.content-trust-env's block, the only text that fix may append.
    static const QString& contentTrustBegin();
    static const QString& contentTrustEnd();
    [[nodiscard]] static QByteArray contentTrustBlock();
};

} // namespace escut
