// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ReportCommands.h"

#include <cstring>

namespace escut
{

bool needsGuiApplication(int argc, char** argv)
{
    static constexpr char FormatEquals[] = "--format=";
    for (int i = 1; i < argc; ++i) {
        const char* id = nullptr;
        if (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            id = argv[i + 1];
        } else if (std::strncmp(argv[i], FormatEquals, sizeof(FormatEquals) - 1) == 0) {
            id = argv[i] + sizeof(FormatEquals) - 1;
        }
        if (id != nullptr) {
            const std::optional<ReportFormat> format = reportFormatFromId(QString::fromLocal8Bit(id));
            if (format && reportFormatNeedsGui(*format)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace escut
