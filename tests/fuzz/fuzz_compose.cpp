// SPDX-License-Identifier: GPL-3.0-or-later
// The Compose loader (escut::yaml::load through composeToJson: anchors, merge keys, profiles), service lines,
// extends: (same file and file: among the facts), and the hardener that rewrites the file.
#include "FuzzInput.h"

#include "core/facts/ComposeFile.h"
#include "core/remediation/ComposeHardener.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace escut;
    const QByteArray text = fuzz::bytes(data, size);

    const Result<QJsonObject> json = composeToJson(text);
    (void)composeServiceLines(text);

    // Two facts from the one input, so that extends: file: finds something: the second half after a NUL byte is
    // /srv/app/common.yml.
    const QList<QByteArray> parts = fuzz::splitAtNul(text);
    ComposeFileFact main;
    main.path = QStringLiteral("/srv/app/compose.yml");
    main.text = parts.at(0);
    ComposeFileFact common;
    common.path = QStringLiteral("/srv/app/common.yml");
    common.text = parts.at(1);
    common.referenced = true;
    const QList<ComposeFileFact> all{main, common};
    (void)composeExtendsFiles(main);
    (void)composeServices(main, all);
    (void)composeServices(common, all);

    if (json) {
        (void)ComposeHardener::suggestedCapabilities(text);
        (void)ComposeHardener::servicesWithCapAdd(text);
        ComposeHardenOptions options;
        options.override = size % 2 == 0;
        options.moveSecrets = !options.override;
        options.bindLoopback = !options.override;
        (void)ComposeHardener::harden(text, options);
    }
    return 0;
}
