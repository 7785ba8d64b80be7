// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/CisReport.h"

#include "core/checks/CisBenchmark.h"
#include "core/report/ReportUtil.h"
#include "core/util/TerminalText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace escut
{

namespace
{

class CisReport
{
    Q_DECLARE_TR_FUNCTIONS(CisReport)
};

// Subjects listed under one recommendation; the rest are counted.
constexpr qsizetype MaxItems = 50;

QString kindText(Cis::Kind kind)
{
    return kind == Cis::Automated ? QStringLiteral("Automated") : QStringLiteral("Manual");
}

// "Ensure ... (Automated)": the benchmark's line as docker-bench-security writes it.
QString description(const CisItem& item)
{
    const QString title = QString::fromLatin1(item.title);
    return item.kind == Cis::Section ? title : QStringLiteral("%1 (%2)").arg(title, kindText(item.kind));
}

// One line of text from outside, safe for a terminal and unable to start a line of its own.
QString oneLine(const QString& text)
{
    QString safe = terminalSafe(text);
    safe.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return safe;
}

// What an audit says about one recommendation.
struct CisResult
{
    const CisItem* item = nullptr;
    QString result; // PASS, WARN, INFO, NOTE: docker-bench-security's words, never translated
    QString details;
    QStringList items; // "subject: evidence", raw (escaped by the text writer)
    bool scored = false;
};

CisResult resultFor(const CisItem& item, const QHash<const CheckDef*, QList<const Finding*>>& byCheck)
{
    CisResult r;
    r.item = &item;
    const QList<const CheckDef*> checks = cis::checksFor(QString::fromLatin1(item.id));
    if (checks.isEmpty()) {
        r.result = QStringLiteral("NOTE");
        r.details = CisReport::tr("Not checked by Escut: %1").arg(cis::notCheckedReason(item));
        return r;
    }
    QList<const Finding*> bad;
    QList<const Finding*> info;
    QList<const Finding*> passed;
    QStringList skipped;
    for (const CheckDef* check : checks) {
        for (const Finding* f : byCheck.value(check)) {
            switch (f->status) {
            case Status::Fail:
            case Status::Warn:
                bad.append(f);
                break;
            case Status::Info:
                info.append(f);
                break;
            case Status::Pass:
                passed.append(f);
                break;
            case Status::Skipped:
            case Status::Error:
                skipped.append(QStringLiteral("%1: %2").arg(QString::fromLatin1(check->id), f->evidence));
                break;
            }
        }
    }
    QStringList ids;
    for (const CheckDef* check : checks) {
        ids.append(QString::fromLatin1(check->id));
    }
    const auto listed = [](const QList<const Finding*>& findings) {
        QStringList out;
        for (const Finding* f : findings) {
            out.append(QStringLiteral("%1: %2").arg(f->subject.name, f->evidence));
        }
        return out;
    };
    const qsizetype judged = bad.size() + info.size() + passed.size();
    if (!bad.isEmpty()) {
        r.result = QStringLiteral("WARN");
        r.details = CisReport::tr("%1 of %2 results of %3 fail or warn")
                        .arg(bad.size())
                        .arg(judged)
                        .arg(ids.join(QStringLiteral(", ")));
        r.items = listed(bad);
    } else if (!info.isEmpty()) {
        r.result = QStringLiteral("INFO");
        r.details = CisReport::tr("Checked by %1: for review").arg(ids.join(QStringLiteral(", ")));
        r.items = listed(info);
    } else if (!passed.isEmpty()) {
        r.result = QStringLiteral("PASS");
        r.details = CisReport::tr("Checked by %1").arg(ids.join(QStringLiteral(", ")));
    } else if (!skipped.isEmpty()) {
        r.result = QStringLiteral("NOTE");
        r.details = CisReport::tr("Could not be checked here");
        r.items = skipped;
    } else {
        r.result = QStringLiteral("INFO");
        r.details = CisReport::tr("Checked by %1: nothing to check in this audit").arg(ids.join(QStringLiteral(", ")));
    }
    r.scored = item.kind == Cis::Automated && (r.result == QLatin1String("PASS") || r.result == QLatin1String("WARN"));
    return r;
}

QList<CisResult> results(const AuditResult& audit, const CisSelection& selection)
{
    QHash<const CheckDef*, QList<const Finding*>> byCheck;
    for (const Finding& f : audit.findings) {
        byCheck[f.check].append(&f);
    }
    QList<CisResult> out;
    for (const CisItem& item : cis::items()) {
        const QString id = QString::fromLatin1(item.id);
        if (item.kind == Cis::Section) {
            // A heading is shown when something under it is.
            const bool any = std::any_of(cis::items().begin(), cis::items().end(), [&](const CisItem& i) {
                const QString other = QString::fromLatin1(i.id);
                return i.kind != Cis::Section && other.startsWith(id + QLatin1Char('.')) && selection.selects(other);
            });
            if (any) {
                CisResult heading;
                heading.item = &item;
                heading.result = QStringLiteral("INFO");
                out.append(heading);
            }
            continue;
        }
        if (selection.selects(id)) {
            out.append(resultFor(item, byCheck));
        }
    }
    return out;
}

// docker-bench-security's colours: bold green, red, yellow and blue.
const char* tagColor(const QString& result)
{
    if (result == QLatin1String("PASS")) {
        return "1;32";
    }
    if (result == QLatin1String("WARN")) {
        return "1;31";
    }
    if (result == QLatin1String("NOTE")) {
        return "1;33";
    }
    return "1;34";
}

QString tag(const QString& result, bool color)
{
    return paint(QStringLiteral("[%1]").arg(result), tagColor(result), color);
}

} // namespace

bool CisSelection::selects(const QString& id) const
{
    return (include.isEmpty() || cis::matches(id, include)) && !cis::matches(id, exclude);
}

QString unknownCisPattern(const QStringList& patterns)
{
    for (const QString& p : patterns) {
        if (!cis::item(p)) {
            return p;
        }
    }
    return {};
}

QString cisTableText(const ReportOptions&)
{
    qsizetype recommendations = 0;
    qsizetype covered = 0;
    QString body;
    for (const CisItem& item : cis::items()) {
        const QString id = QString::fromLatin1(item.id);
        if (item.kind == Cis::Section) {
            body += QStringLiteral("\n%1 - %2\n").arg(id, QString::fromLatin1(item.title));
            continue;
        }
        ++recommendations;
        const QList<const CheckDef*> checks = cis::checksFor(id);
        body += QStringLiteral("  %1 %2 %3\n")
                    .arg(id.leftJustified(7), kindText(item.kind).leftJustified(10), QString::fromLatin1(item.title));
        if (checks.isEmpty()) {
            body += QStringLiteral("          ") + CisReport::tr("not checked: %1").arg(cis::notCheckedReason(item)) +
                    QLatin1Char('\n');
            continue;
        }
        ++covered;
        QStringList ids;
        for (const CheckDef* check : checks) {
            ids.append(QString::fromLatin1(check->id));
        }
        body += QStringLiteral("          ") + ids.join(QStringLiteral(", ")) + QLatin1Char('\n');
    }
    return CisReport::tr("%1: %2 recommendations, %3 covered by Escut's checks, %4 not checked.")
               .arg(QString::fromLatin1(cis::BenchmarkName))
               .arg(recommendations)
               .arg(covered)
               .arg(recommendations - covered) +
           QLatin1Char('\n') + body;
}

QJsonObject cisTableJson()
{
    QJsonArray items;
    qsizetype recommendations = 0;
    qsizetype covered = 0;
    for (const CisItem& item : cis::items()) {
        const QString id = QString::fromLatin1(item.id);
        QJsonObject o{{QStringLiteral("id"), id},
                      {QStringLiteral("title"), QString::fromLatin1(item.title)},
                      {QStringLiteral("kind"),
                       item.kind == Cis::Section     ? QStringLiteral("section")
                       : item.kind == Cis::Automated ? QStringLiteral("automated")
                                                     : QStringLiteral("manual")}};
        if (item.kind != Cis::Section) {
            ++recommendations;
            QJsonArray checks;
            for (const CheckDef* check : cis::checksFor(id)) {
                checks.append(QString::fromLatin1(check->id));
            }
            covered += checks.isEmpty() ? 0 : 1;
            o.insert(QStringLiteral("checks"), checks);
            o.insert(QStringLiteral("notChecked"),
                     *item.notChecked ? QJsonValue(cis::notCheckedReason(item)) : QJsonValue());
        }
        items.append(o);
    }
    return QJsonObject{{QStringLiteral("benchmark"), QString::fromLatin1(cis::BenchmarkId)},
                       {QStringLiteral("title"), QString::fromLatin1(cis::BenchmarkName)},
                       {QStringLiteral("recommendations"), recommendations},
                       {QStringLiteral("covered"), covered},
                       {QStringLiteral("items"), items}};
}

QString cisBenchmarkText(const AuditResult& result, const ReportOptions& options, const CisSelection& selection)
{
    QString out = CisReport::tr("%1 — audit of %2")
                      .arg(QString::fromLatin1(cis::BenchmarkName), oneLine(result.snapshot.endpoint.displayName())) +
                  QLatin1Char('\n');
    int checks = 0;
    int score = 0;
    for (const CisResult& r : results(result, selection)) {
        const QString id = QString::fromLatin1(r.item->id);
        if (r.item->kind == Cis::Section) {
            out += (id.contains(QLatin1Char('.')) ? QString() : QStringLiteral("\n")) + tag(r.result, options.color) +
                   QStringLiteral(" %1 - %2\n").arg(id, QString::fromLatin1(r.item->title));
            continue;
        }
        ++checks;
        if (r.scored) {
            score += r.result == QLatin1String("PASS") ? 1 : -1;
        }
        out += tag(r.result, options.color) + QStringLiteral(" %1 - %2\n").arg(id, description(*r.item));
        const QString indent = tag(r.result, options.color) + QStringLiteral("      * ");
        if (r.items.isEmpty() || r.result == QLatin1String("NOTE")) {
            if (!r.details.isEmpty() && r.result != QLatin1String("PASS")) {
                out += indent + oneLine(r.details) + QLatin1Char('\n');
            }
        }
        for (qsizetype i = 0; i < r.items.size() && i < MaxItems; ++i) {
            out += indent + oneLine(r.items.at(i)) + QLatin1Char('\n');
        }
        if (r.items.size() > MaxItems) {
            out += indent + CisReport::tr("... and %1 more").arg(r.items.size() - MaxItems) + QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n') + tag(QStringLiteral("INFO"), options.color) + QLatin1Char(' ') +
           CisReport::tr("Checks: %1").arg(checks) + QLatin1Char('\n');
    out += tag(QStringLiteral("INFO"), options.color) + QLatin1Char(' ') + CisReport::tr("Score: %1").arg(score) +
           QLatin1Char('\n');
    return out;
}

QJsonObject dbsJsonReport(const AuditResult& result, const CisSelection& selection, qint64 endSeconds)
{
    QJsonArray tests;
    QJsonObject section;
    QJsonArray sectionResults;
    int checks = 0;
    int score = 0;
    const auto closeSection = [&] {
        if (!section.isEmpty()) {
            section.insert(QStringLiteral("results"), sectionResults);
            tests.append(section);
        }
        section = {};
        sectionResults = {};
    };
    for (const CisResult& r : results(result, selection)) {
        const QString id = QString::fromLatin1(r.item->id);
        if (r.item->kind == Cis::Section) {
            if (!id.contains(QLatin1Char('.'))) { // docker-bench-security's sections are the top-level headings
                closeSection();
                section = QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("desc"), QString::fromLatin1(r.item->title)}};
            }
            continue;
        }
        ++checks;
        if (r.scored) {
            score += r.result == QLatin1String("PASS") ? 1 : -1;
        }
        QJsonObject o{{QStringLiteral("id"), id},
                      {QStringLiteral("desc"), description(*r.item)},
                      {QStringLiteral("result"), r.result}};
        if (!r.details.isEmpty()) {
            o.insert(QStringLiteral("details"), r.details);
        }
        if (!r.items.isEmpty()) {
            o.insert(QStringLiteral("items"), QJsonArray::fromStringList(r.items));
        }
        sectionResults.append(o);
    }
    closeSection();
    return QJsonObject{{QStringLiteral("dockerbenchsecurity"), QStringLiteral("1.6.0")},
                       {QStringLiteral("start"), result.snapshot.collectedAt.toSecsSinceEpoch()},
                       {QStringLiteral("tests"), tests},
                       {QStringLiteral("checks"), checks},
                       {QStringLiteral("score"), score},
                       {QStringLiteral("end"), endSeconds},
                       {QStringLiteral("escut"),
                        QJsonObject{{QStringLiteral("version"), QStringLiteral(ESCUT_VERSION)},
                                    {QStringLiteral("endpoint"), result.snapshot.endpoint.displayName()}}}};
}

} // namespace escut
