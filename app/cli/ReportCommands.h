// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The format dispatch (renderReport, renderFleetReport) is shared with the GUI's Export.
#include "core/report/pdf/RenderReport.h"

namespace escut
{

// Whether args ask for a format that needs a QGuiApplication (pdf), looked up before the application exists.
bool needsGuiApplication(int argc, char** argv);

} // namespace escut
