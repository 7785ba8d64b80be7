// SPDX-License-Identifier: GPL-3.0-or-later
// The scanners' JSON: trivy image --format json, dockle --format json, docker trust inspect (and what its record
// says about one reference). The first byte chooses.
#include "FuzzInput.h"

#include "core/tools/DockerTrust.h"
#include "core/tools/Dockle.h"
#include "core/tools/Trivy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace escut;
    const fuzz::Dispatch d = fuzz::dispatch(data, size, 3);
    switch (d.which) {
    case 0:
        (void)Trivy::parse(d.rest);
        break;
    case 1:
        (void)Dockle::parse(d.rest);
        break;
    case 2: {
        const Result<QList<TrustRepository>> repositories = DockerTrust::parse(d.rest);
        if (repositories) {
            (void)DockerTrust::recordFor(QStringLiteral("alpine:latest"), repositories.value(), QString());
            (void)DockerTrust::recordFor(QStringLiteral("registry.example:5000/team/app:1.0"),
                                         repositories.value(),
                                         QStringLiteral("warning"));
        }
        break;
    }
    default:
        break;
    }
    return 0;
}
