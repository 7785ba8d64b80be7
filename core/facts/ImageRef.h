// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace escut
{

// Image references: registry/namespace/name:tag@digest.
namespace imageref
{

// "nginx:1.25" → "1.25"; "host:5000/app" → ""; "app@sha256:..." → "".
QString tag(const QString& reference);
// "app@sha256:abc" → "sha256:abc".
QString digest(const QString& reference);
// The repository without tag and digest: "host:5000/app:1" → "host:5000/app".
QString repository(const QString& reference);
// The same as repository(): the reference without tag and digest.
QString name(const QString& reference);
// The fully qualified repository: "nginx" → "docker.io/library/nginx", "me/app" → "docker.io/me/app".
QString normalisedRepository(const QString& reference);
// A trusted-source entry in the same form: "docker.io/library", "mcr.microsoft.com", "local" → "docker.io/local".
QString normalisedSource(const QString& entry);
// Whether the repository (normalised) is the source or lies under it.
bool isUnder(const QString& normalisedRepo, const QString& normalisedSource);
// A reference that names an image by id (sha256:..., or a hex prefix of the id).
bool isImageId(const QString& reference, const QString& imageId);

} // namespace imageref

} // namespace escut
