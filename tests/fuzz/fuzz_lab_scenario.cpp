// SPDX-License-Identifier: GPL-3.0-or-later
// Lab scenario files (resources/labs/*.json): ScenarioLibrary::parse and validate.
#include "FuzzInput.h"

#include "core/lab/Scenario.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace escut;
    const Result<Scenario> scenario = ScenarioLibrary::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (scenario) {
        (void)ScenarioLibrary::validate(scenario.value());
    }
    return 0;
}
