// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/ImageRef.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace escut
{

// A Dockerfile as collected: the text is the fact, the parse is derived (Dockerfile::parse).
struct DockerfileFact
{
    QString path;                     // absolute path on the audited host, or "<compose file>#<service>" for inline
    QStringList origins;              // "--dockerfile", or "compose:<file>#<service>" for every service built from it
    QString target;                   // Compose build.target: the stage that is built (empty: the last one)
    QMap<QString, QString> buildArgs; // Compose build.args: they override the ARG defaults
    QByteArray text;
    QString error;       // why it could not be read (translated)
    bool remote = false; // a remote build context (git URL, tarball URL): not read

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static DockerfileFact fromJson(const QJsonObject& json);
    bool operator==(const DockerfileFact&) const = default;
};

// One instruction, continuation lines joined.
struct DockerfileInstruction
{
    QString keyword;       // upper case: FROM, RUN, COPY, ...
    QString arguments;     // the text after the keyword and its flags, continuations joined with a space
    QStringList flags;     // leading --name=value words: --from=build, --platform=linux/amd64, --chown=1:1
    bool execForm = false; // JSON (exec) form: ["a", "b"]
    QStringList words;     // exec form: the JSON strings; shell form: the arguments split on white space
    QStringList heredocs;  // bodies of <<EOF documents that follow the instruction
    int line = 0;          // 1-based line of the keyword
    int endLine = 0;       // last line, heredocs included
    int stage = -1;        // index in Dockerfile::stages; -1 before the first FROM

    // Value of --name=value (empty when absent).
    [[nodiscard]] QString flag(const QString& name) const;
};

struct DockerfileStage
{
    int index = 0;
    QString name;            // the AS name, lower case (Docker compares stage names case-insensitively)
    QString rawImage;        // as written: ${BASE}:${TAG}
    QString image;           // with the build arguments substituted
    bool unresolved = false; // a variable in the image has no value
    QString platform;        // --platform
    int parent = -1;         // index of the stage this one starts from (FROM build), -1 for an image
    int line = 0;
    QList<int> instructions; // indices into Dockerfile::instructions, FROM included
};

struct DockerfileProblem
{
    int line = 0;
    QString message; // translated
};

class Dockerfile
{
public:
    QChar escape = QLatin1Char('\\');
    QList<DockerfileInstruction> instructions;
    QList<DockerfileStage> stages;
    QMap<QString, QString> globalArgs; // ARG before the first FROM, with defaults (and build args) applied
    QList<DockerfileProblem> problems;

    // Parses as BuildKit does: parser directives (# escape=, # syntax=), comments, continuations (also across
    // comment and blank lines), exec/shell forms, flags, heredocs, multi-stage FROM ... AS, ARG before FROM.
    [[nodiscard]] static Dockerfile parse(const QString& text, const QMap<QString, QString>& buildArgs = {});

    // The stage that is built: the target when given and found, else the last one. nullptr when there is no FROM.
    [[nodiscard]] const DockerfileStage* finalStage(const QString& target = {}) const;
    // A stage by AS name (case-insensitive) or index number; nullptr when it is an image reference.
    [[nodiscard]] const DockerfileStage* stage(const QString& nameOrIndex, int before) const;
    // The stage and every stage it starts from (FROM build), innermost last.
    [[nodiscard]] QList<const DockerfileStage*> lineage(const DockerfileStage& stage) const;
    [[nodiscard]] const DockerfileInstruction& instruction(int index) const;

    // $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:+alt}, ${VAR+alt}; \$ is a literal dollar. unresolved is
    // set when a variable has no value.
    [[nodiscard]] static QString
    substitute(const QString& text, const QMap<QString, QString>& vars, QChar escape, bool* unresolved = nullptr);
};

} // namespace escut
