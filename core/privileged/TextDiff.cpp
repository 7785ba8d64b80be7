// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/privileged/TextDiff.h"

#include <dtl/dtl.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace escut
{

namespace
{

std::vector<std::string> lines(const QByteArray& text)
{
    std::vector<std::string> out;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0) {
            out.emplace_back(text.constData() + start, size_t(text.size() - start));
            out.back() += "\n\\ No newline at end of file";
            break;
        }
        out.emplace_back(text.constData() + start, size_t(end - start));
        start = end + 1;
    }
    return out;
}

} // namespace

QString unifiedDiff(const QString& path, const QByteArray& before, bool beforeExists, const QByteArray& after)
{
    if (beforeExists && before == after) {
        return {};
    }
    const std::vector<std::string> a = lines(before);
    const std::vector<std::string> b = lines(after);
    dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
    diff.compose();
    diff.composeUnifiedHunks();
    std::ostringstream out;
    diff.printUnifiedFormat(out);
    const QString header =
        QStringLiteral("--- %1\n+++ %2\n")
            .arg(beforeExists ? QStringLiteral("a") + path : QStringLiteral("/dev/null"), QStringLiteral("b") + path);
    return header + QString::fromStdString(out.str());
}

} // namespace escut
