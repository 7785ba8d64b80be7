// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace escut
{

class Snapshot;

// Reads the Dockerfiles named by --dockerfile and those of the Compose files' build: sections (short syntax, long
// syntax with context, dockerfile, dockerfile_inline, args and target) into snapshot.dockerfiles. Compose files
// must already be in the snapshot. Paths are read under hostRoot.
class DockerfileCollector
{
public:
    static void collect(Snapshot& snapshot, const QStringList& dockerfiles, const QString& hostRoot);
    // Only the named files (also for a loaded snapshot: escut-cli audit --snapshot FILE --dockerfile FILE).
    static void addFiles(Snapshot& snapshot, const QStringList& dockerfiles, const QString& hostRoot);
    // Only the build: sections of the named Compose files, which must be in the snapshot (audit --snapshot FILE
    // --compose FILE).
    static void addComposeBuilds(Snapshot& snapshot, const QStringList& composeFiles, const QString& hostRoot);
};

} // namespace escut
