// SPDX-License-Identifier: GPL-3.0-or-later
// The Dockerfile parser (directives, continuations, exec/shell forms, flags, heredocs, stages, ARG substitution).
#include "FuzzInput.h"

#include "core/facts/Dockerfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace escut;
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const Dockerfile parsed = Dockerfile::parse(text, {{QStringLiteral("TAG"), QStringLiteral("1.0")}});
    if (const DockerfileStage* last = parsed.finalStage()) {
        (void)parsed.lineage(*last);
        for (const int index : last->instructions) {
            const DockerfileInstruction& in = parsed.instruction(index);
            (void)in.flag(QStringLiteral("from"));
            if (in.keyword == QLatin1String("COPY")) {
                (void)parsed.stage(in.flag(QStringLiteral("from")), last->index);
            }
        }
    }
    (void)parsed.finalStage(QStringLiteral("build"));
    (void)Dockerfile::substitute(text, parsed.globalArgs, parsed.escape);
    return 0;
}
