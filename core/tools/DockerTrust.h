// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/ImageAnalysis.h"
#include "core/tools/ToolRunner.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace escut
{

// One repository of `docker trust inspect` JSON output.
struct TrustRepository
{
    struct SignedTag
    {
        QString tag;
        QString digest;
        QStringList signers;
    };
    QString name; // "alpine:latest", or "signed-repo" when the whole repository was listed
    QList<SignedTag> signedTags;
    QStringList signers;   // delegation names
    QStringList adminKeys; // "Root", "Repository"
};

// Docker Content Trust data through the docker CLI (`docker trust inspect REFERENCE`, JSON output). The CLI asks the
// registry's notary server; Escut never talks to it itself.
class DockerTrust
{
    Q_DECLARE_TR_FUNCTIONS(DockerTrust)

public:
    static constexpr int TimeoutMs = 20000;

    [[nodiscard]] static Result<QList<TrustRepository>> parse(const QByteArray& json);
    // What the parsed output says about reference (repository:tag). stderr goes into the record's detail.
    [[nodiscard]] static ImageTrustRecord
    recordFor(const QString& reference, const QList<TrustRepository>& repositories, const QString& stderrText);
    [[nodiscard]] static Result<ImageTrustRecord> inspect(const QString& reference, const ToolOptions& options = {});
    [[nodiscard]] static QString installHint();
};

} // namespace escut
