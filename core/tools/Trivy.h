// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/ImageAnalysis.h"
#include "core/tools/ToolRunner.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace escut
{

// trivy (aquasecurity): `trivy image --format json --quiet IMAGE`, report schema 2. Vulnerabilities, secrets and
// failed misconfigurations become ScanFindings; secrets keep their rule, file and severity, never the match.
class Trivy
{
    Q_DECLARE_TR_FUNCTIONS(Trivy)

public:
    static constexpr int ScanTimeoutMs = 600000;         // the first run downloads the vulnerability database
    static constexpr qint64 CacheMaxAgeSecs = 24 * 3600; // the database changes daily

    [[nodiscard]] static Result<QList<ScanFinding>> parse(const QByteArray& json);
    [[nodiscard]] static Result<QString> version(const ToolOptions& options = {});
    [[nodiscard]] static Result<QList<ScanFinding>> scan(const QString& image, const ToolOptions& options);
    [[nodiscard]] static QString installHint();
};

} // namespace escut
