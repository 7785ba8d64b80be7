// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/Collector.h"
#include "core/facts/ImageAnalysis.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>

namespace escut
{

class DockerClient;

// Fills Snapshot::imageAnalysis for the images already in the snapshot: file probes (minimal-image layer), Docker
// Content Trust data and trivy/dockle scans (supply-chain layer), concurrently on a bounded pool, with cached probes
// and scans reused. Blocks the calling thread, like Collector.
class ImageCollector
{
    Q_DECLARE_TR_FUNCTIONS(ImageCollector)

public:
    static void collect(Snapshot& snapshot,
                        DockerClient& client,
                        const CollectOptions& options,
                        const ProgressCallback& progress = {},
                        const std::atomic<bool>* cancel = nullptr);

    // The trusted sources: the "trustedSources" list of settingsPath (default: settingsFile()) or the defaults,
    // plus added (--trusted-source).
    [[nodiscard]] static TrustedSourcesFact trustedSources(const QStringList& added, const QString& settingsPath = {});
    // $XDG_CONFIG_HOME/escut/escut.conf (~/.config/escut/escut.conf), the file the dashboard's settings live in.
    [[nodiscard]] static QString settingsFile();

    // Content-trust lookups for one image (docker trust inspect for each pulled tag).
    [[nodiscard]] static ImageTrustFact trustFact(const QJsonObject& inspect,
                                                  const std::atomic<bool>* cancel = nullptr);

    // The reference a scanner is given for an image: its first tag, else its short id.
    [[nodiscard]] static QString scanReference(const QJsonObject& inspect);
};

} // namespace escut
