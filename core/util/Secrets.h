// SPDX-License-Identifier: GPL-3.0-or-later
// What looks like a secret, and the same text with every such value replaced by a marker. The checks judge secrets
// with the predicates; everything Escut writes from facts (snapshots) passes through the redactors, so secret values
// never leave the process. The marker itself counts as a secret value: a redacted snapshot gives the same findings.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace escut::secrets
{

// What replaces a secret value. ASCII, no spaces, no YAML or shell syntax, so the text around it keeps its structure.
inline constexpr char Marker[] = "escut-redacted";

// An environment variable name that looks like it holds a secret (PASSWORD, TOKEN, API_KEY, DB_PASS, ...). Words
// are matched whole where a substring would mislead (TOKENIZERS_PARALLELISM holds no token), and names that describe
// a secret rather than hold one (PASSWORD_MIN_LENGTH, NAME_FILE) do not count.
[[nodiscard]] bool looksLikeSecretName(const QString& name);

// A value that is a credential whatever its variable is called: a URL with user:password@, a PEM private key, a
// cloud or forge token of a known format (AKIA…, ghp_…, xoxb-…, AIza…), a JWT; and a value Escut already redacted.
[[nodiscard]] bool looksLikeSecretValue(const QString& value);

// NAME=value of an environment: a secret-looking name with a value, or a secret-looking value.
[[nodiscard]] bool isSecretEnv(const QString& name, const QString& value);

// Free text (a history CreatedBy, a label value, one argument): every credential of a known format becomes the marker
// (for user:password@ only the password), and so does the value of each NAME=value, NAME: value or --name=value whose
// name looks like a secret. Everything else is kept as it is.
[[nodiscard]] QString redactText(const QString& text);

// "NAME=value" of an environment list: the value becomes the marker when isSecretEnv says so.
[[nodiscard]] QString redactEnvEntry(const QString& entry);

// A command line as a list of arguments: what redactText does to each, and the argument after a flag whose name looks
// like a secret (--password hunter2) becomes the marker too.
[[nodiscard]] QStringList redactArguments(const QStringList& arguments);

// File content, byte for byte apart from the redacted values (bytes that are not UTF-8 stay as they are): Compose
// files and daemon.json (KEY: value, "key": "value", - KEY=value, block scalars under a secret key), Dockerfiles
// (ENV and ARG in both forms, and RUN lines as text).
[[nodiscard]] QByteArray redactYaml(const QByteArray& text);
[[nodiscard]] QByteArray redactDockerfile(const QByteArray& text);

// A container or image inspect document: Env, Cmd, Entrypoint, Args, Healthcheck, label values, in Config,
// ContainerConfig and at the top level.
[[nodiscard]] QJsonObject redactInspect(const QJsonObject& inspect);

} // namespace escut::secrets
