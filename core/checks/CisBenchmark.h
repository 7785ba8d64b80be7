// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Check.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <span>

namespace escut
{

// Translation context "Cis": why a recommendation has no check.
class Cis
{
    Q_DECLARE_TR_FUNCTIONS(Cis)

public:
    enum Kind {
        Section,   // a heading ("5", "1.1"), not a recommendation
        Automated, // "Automated" (or "Scored") in the benchmark
        Manual,
    };
};

// One line of the CIS Docker Benchmark v1.6.0 (sections 1 to 7: 117 recommendations under 9 headings).
struct CisItem
{
    const char* id;         // "5.10"
    const char* title;      // the benchmark's own title, quoted as published (English), without "(Automated)"
    Cis::Kind kind;         // heading, Automated or Manual
    const char* notChecked; // QT_TRANSLATE_NOOP("Cis", ...): why no check covers it; "" when one does
};

namespace cis
{

inline constexpr const char* BenchmarkId = "cis-1.6.0";
inline constexpr const char* BenchmarkName = "CIS Docker Benchmark v1.6.0";

// Every heading and recommendation, in the benchmark's order.
std::span<const CisItem> items();
const CisItem* item(const QString& id);
// The checks of the catalogue that cover a recommendation (their cis() lists it), in catalogue order.
QList<const CheckDef*> checksFor(const QString& id);
// notChecked, translated; empty when the item has none.
QString notCheckedReason(const CisItem& item);
// The section (top-level heading) of an id: "5.10" → "5", "1.1.3" → "1".
QString sectionOf(const QString& id);
// Whether a recommendation id is selected by one of the patterns: an id ("5.10"), a section or heading ("5", "1.1",
// every recommendation below it).
bool matches(const QString& id, const QStringList& patterns);
// Benchmark order of two ids ("5.9" before "5.10").
bool lessThan(const QString& a, const QString& b);
// The ids for a reader: three or more consecutive ones as a range ("1.1.3–1.1.18", "3.9–3.14"), the rest joined
// with commas ("5.10, 5.16, 5.17"). Machine formats keep the whole list.
QString shortList(const QStringList& ids);

} // namespace cis
} // namespace escut
