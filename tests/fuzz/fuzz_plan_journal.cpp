// SPDX-License-Identifier: GPL-3.0-or-later
// What escut-fix-helper reads as root: plan files (Plan::fromFile) and journal manifests (Transaction::fromManifest),
// and the shell-block removal a rollback does on a file's text. The first byte chooses.
#include "FuzzInput.h"

#include "core/privileged/Journal.h"
#include "core/privileged/Plan.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace escut;
    const fuzz::Dispatch d = fuzz::dispatch(data, size, 3);
    switch (d.which) {
    case 0: {
        const Result<Plan> plan = Plan::fromFile(d.rest);
        if (plan) {
            (void)plan.value().digest();
            // A plan file the helper accepted reads back as the same plan.
            const Result<Plan> again = Plan::fromFile(plan.value().toFile());
            if (!again || again.value().digest() != plan.value().digest()) {
                std::abort();
            }
        }
        break;
    }
    case 1: {
        const Result<Transaction> tx = Transaction::fromManifest(d.rest,
                                                                 QStringLiteral("manifest.json"),
                                                                 QStringLiteral("20261207-120000-abcdef"));
        if (tx) {
            (void)Transaction::fromJson(tx.value().toJson());
        }
        break;
    }
    case 2: {
        const QList<QByteArray> two = fuzz::splitAtNul(d.rest);
        (void)withoutShellBlock(two.at(0),
                                QStringLiteral("# BEGIN escut: fix.content-trust"),
                                QString::fromUtf8(two.at(1).left(80)));
        break;
    }
    default:
        break;
    }
    return 0;
}
