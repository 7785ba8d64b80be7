// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets and pre-validation (seed 000 §5-6): Docker secrets instead of environment values, and the two opt-in
// active probes whose results the snapshot holds (core/facts/ActiveProber.cpp).
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace escut
{

using checkhelpers::isSecretEnv;

namespace
{

QString activeProbeReason()
{
    return Checks::tr("active probe: run with --active (or enable active probes in Settings).");
}

// Where /run/secrets comes from: Compose and Swarm mount each secret as a file there.
QStringList secretMounts(const Subject& container)
{
    QStringList names;
    const auto consider = [&](const QString& target) {
        if (target == QLatin1String("/run/secrets") || target.startsWith(QLatin1String("/run/secrets/"))) {
            const QString name = target.section(QLatin1Char('/'), 3);
            names.append(name.isEmpty() ? target : name);
        }
    };
    for (const QJsonValue& m : container.mounts) {
        consider(m.toObject().value(QStringLiteral("Destination")).toString());
    }
    const QJsonObject& host = container.hostConfig;
    for (const QJsonValue& m : host.value(QStringLiteral("Mounts")).toArray()) {
        consider(m.toObject().value(QStringLiteral("Target")).toString());
    }
    for (const QJsonValue& b : host.value(QStringLiteral("Binds")).toArray()) {
        consider(b.toString().section(QLatin1Char(':'), 1, 1));
    }
    names.removeDuplicates();
    return names;
}

Outcome containerSecrets(const Snapshot&, const Subject& subject)
{
    QStringList inEnv;
    for (const QJsonValue& v : subject.config.value(QStringLiteral("Env")).toArray()) {
        const QString entry = v.toString();
        const QString name = entry.section(QLatin1Char('='), 0, 0);
        if (isSecretEnv(name, entry.section(QLatin1Char('='), 1))) {
            inEnv.append(name); // the name only: the value is never shown
        }
    }
    const QStringList mounted = secretMounts(subject);
    if (!inEnv.isEmpty()) {
        QString evidence = Checks::tr("Secret-looking environment variables with a value: %1 (visible in docker "
                                      "inspect and to every process).")
                               .arg(inEnv.join(QStringLiteral(", ")));
        if (!mounted.isEmpty()) {
            evidence +=
                QLatin1Char(' ') + Checks::tr("It also uses /run/secrets: %1.").arg(mounted.join(QStringLiteral(", ")));
        }
        return Outcome::fail(evidence);
    }
    if (!mounted.isEmpty()) {
        return Outcome::pass(Checks::tr("Secrets come from /run/secrets: %1.").arg(mounted.join(QStringLiteral(", "))));
    }
    return Outcome::pass(Checks::tr("No secret-looking environment variable and no /run/secrets mount."));
}

Outcome containerExecShell(const Snapshot& s, const Subject& subject)
{
    if (!s.probes.enabled) {
        return Outcome::skipped(activeProbeReason());
    }
    const ExecProbeFact* f = s.probes.execFor(subject.id);
    if (!f) {
        return Outcome::skipped(Checks::tr("This container was not probed (it appeared after the probes ran)."));
    }
    if (!f->running) {
        return Outcome::skipped(Checks::tr("The container was not running: docker exec needs a running container."));
    }
    if (f->exitCode == 0) {
        return Outcome::fail(Checks::tr("docker exec sh -c true succeeded (exit code 0, %1 ms): anyone who reaches "
                                        "the Docker API, or an attacker inside, gets a shell.")
                                 .arg(f->ms));
    }
    if (f->timedOut) {
        return Outcome::fail(
            Checks::tr("docker exec sh -c true started and was still running after %1 ms: there is a shell.")
                .arg(f->ms));
    }
    if (f->exitCode > 0) {
        return Outcome::pass(
            f->error.isEmpty()
                ? Checks::tr("docker exec sh -c true failed with exit code %1.").arg(f->exitCode)
                : Checks::tr("docker exec sh -c true failed with exit code %1: %2").arg(f->exitCode).arg(f->error));
    }
    return Outcome::error(Checks::tr("The exec probe could not run: %1").arg(f->error));
}

Outcome containerTokenGate(const Snapshot& s, const Subject& subject)
{
    if (!s.probes.enabled) {
        return Outcome::skipped(activeProbeReason());
    }
    const RunProbeFact* f = s.probes.runFor(subject.id);
    if (!f) {
        return Outcome::skipped(Checks::tr("This container was not probed (it appeared after the probes ran)."));
    }
    if (f->timedOut) {
        return Outcome::fail(Checks::tr("Started without any secret, no network and no capabilities, it was still "
                                        "running after %1 s: the service does not check a token before it starts.")
                                 .arg(f->limitSeconds));
    }
    if (!f->started) {
        if (f->error.isEmpty()) {
            return Outcome::error(Checks::tr("The probe container could not be created."));
        }
        // The daemon refused to start the entrypoint: it did not start without a token, but not because of a gate.
        return Outcome::warn(Checks::tr("Without secrets the container did not even start: %1").arg(f->error));
    }
    if (f->exitCode == 0) {
        return Outcome::fail(Checks::tr("Started without any secret, it exited with code 0 after %1 ms: nothing "
                                        "refused to run without the token.")
                                 .arg(f->ms));
    }
    if (f->exitCode > 0) {
        return Outcome::pass(Checks::tr("Started without any secret, no network and no capabilities, it refused to "
                                        "run: exit code %1 after %2 ms.")
                                 .arg(f->exitCode)
                                 .arg(f->ms));
    }
    return Outcome::error(f->error.isEmpty() ? Checks::tr("The run probe did not report an exit code.")
                                             : Checks::tr("The run probe failed: %1").arg(f->error));
}

} // namespace

void addSecretsChecks(QList<CheckDef>& out)
{
    out.append({
        {"container.secrets",
         Layer::Secrets,
         Scope::Container,
         Severity::High,
         "",
         "seed 000 §5",
         QT_TRANSLATE_NOOP("Checks", "Secrets come from Docker secrets, not the environment"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 000 §5: inject secrets with Docker secrets, which Compose and Swarm mount as files "
                           "under /run/secrets. A secret in an environment variable shows in docker inspect, in "
                           "/proc/*/environ of every process of the container and in the logs of tools that dump "
                           "their environment."),
         QT_TRANSLATE_NOOP("Checks",
                           "Move the values to secrets: (files under /run/secrets) and point the service at them, "
                           "for example with the images' NAME_FILE variables."),
         "fix.token-gate",
         containerSecrets},
        {"container.exec-shell",
         Layer::Container,
         Scope::Container,
         Severity::Medium,
         "",
         "seed 000 §3, §6",
         QT_TRANSLATE_NOOP("Checks", "docker exec cannot open a shell (active probe)"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 000: \"docker exec should fail\". An image without a shell (distroless, one static "
                           "binary) gives an intruder, or anyone who reaches the Docker API, nothing to run "
                           "commands with. The probe runs sh -c true in the running container through the Docker "
                           "API; it is opt-in because it executes a process in your container."),
         QT_TRANSLATE_NOOP("Checks",
                           "Build the final stage from a distroless or scratch base with only the service's binary, "
                           "so that no sh, bash or busybox is left."),
         "",
         containerExecShell},
        {"container.token-gate",
         Layer::Secrets,
         Scope::Container,
         Severity::Medium,
         "",
         "seed 000 §6",
         QT_TRANSLATE_NOOP("Checks", "Refuses to start without its token (active probe)"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 000 §6, pre-validation: a service that checks a token from a Docker secret before "
                           "it starts cannot be run from a stolen or copied image. The probe starts a new container "
                           "from the same image and command with no secrets, no network, no capabilities and a 10 s "
                           "limit, and expects it to exit with an error; it never touches the existing container "
                           "and removes its own. A service that fails for another reason (no database) also exits "
                           "with an error, so read the evidence."),
         QT_TRANSLATE_NOOP("Checks",
                           "Put a token-gated entrypoint in front of the service (escut-cli fix apply fix.token-gate "
                           "--dir DIR) and give the token as a Docker secret."),
         "fix.token-gate",
         containerTokenGate},
    });
}

} // namespace escut
