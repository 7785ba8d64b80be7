// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/HtmlReport.h"

#include "core/checks/CisBenchmark.h"
#include "core/report/ReportUtil.h"

#include <QCoreApplication>
#include <QLocale>

namespace escut
{

namespace
{

class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString scoreColor(int score)
{
    if (score < 0) {
        return QStringLiteral("#8a8f98");
    }
    if (score < 50) {
        return QStringLiteral("#c62828");
    }
    if (score < 80) {
        return QStringLiteral("#e69500");
    }
    return QStringLiteral("#2e7d32");
}

QString statusColor(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("#2e7d32");
    case Status::Warn:
        return QStringLiteral("#e69500");
    case Status::Fail:
        return QStringLiteral("#c62828");
    case Status::Info:
        return QStringLiteral("#1565c0");
    case Status::Skipped:
    case Status::Error:
        return QStringLiteral("#6a1b9a");
    }
    return QStringLiteral("#000000");
}

QString scoreLabel(int score)
{
    return score < 0 ? HtmlReport::tr("not scored") : QString::number(score);
}

const QString s_css = QStringLiteral(
    "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#1d1f23;margin:2em auto;max-width:70em;padding:0 1em}"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;border-bottom:2px solid #d0d4da;padding-bottom:.2em;"
    "margin-top:1.6em}.meta{color:#4a4f57}.score{font-size:2.4em;font-weight:bold}"
    "table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #d0d4da;padding:.3em .5em;"
    "text-align:left;vertical-align:top}th{background:#eef0f3}.status{font-weight:bold;white-space:nowrap}"
    ".evidence{font-family:'DejaVu Sans Mono',monospace;word-break:break-word}.fix{color:#33373d}"
    "svg text{font-family:'DejaVu Sans',Arial,sans-serif;font-size:12px}"
    "@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}tr{page-break-inside:avoid}}");

// Horizontal bars, one per layer: the score out of 100, grey when nothing was scored.
QString layerChartSvg(const AuditResult& r)
{
    const int rowHeight = 22;
    const int labelWidth = 200;
    const int barWidth = 400;
    QList<Layer> layers;
    for (const Layer layer : allLayers()) {
        if (r.score.layers.contains(layer)) {
            layers.append(layer);
        }
    }
    const int height = rowHeight * int(layers.size()) + 4;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\"><title>%3</title>")
                      .arg(labelWidth + barWidth + 60)
                      .arg(height)
                      .arg(esc(HtmlReport::tr("Score per layer")));
    int y = 2;
    for (const Layer layer : layers) {
        const int score = r.score.layers.value(layer).score();
        const int width = score < 0 ? barWidth : barWidth * score / 100;
        svg += QStringLiteral("<text x=\"0\" y=\"%1\">%2</text>").arg(y + 15).arg(esc(layerName(layer)));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" fill=\"#eef0f3\"/>")
                   .arg(labelWidth)
                   .arg(y + 2)
                   .arg(barWidth);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" fill=\"%4\"%5/>")
                   .arg(labelWidth)
                   .arg(y + 2)
                   .arg(width)
                   .arg(scoreColor(score), score < 0 ? QStringLiteral(" fill-opacity=\"0.3\"") : QString());
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(labelWidth + barWidth + 6)
                   .arg(y + 15)
                   .arg(esc(scoreLabel(score)));
        y += rowHeight;
    }
    return svg + QStringLiteral("</svg>");
}

// One stacked bar of the statuses of every finding.
QString statusChartSvg(const LayerScore& s)
{
    const QList<std::pair<Status, int>> parts{{Status::Pass, s.pass},
                                              {Status::Warn, s.warn},
                                              {Status::Fail, s.fail},
                                              {Status::Info, s.info},
                                              {Status::Skipped, s.skipped + s.error}};
    const int total = s.pass + s.warn + s.fail + s.info + s.skipped + s.error;
    const int width = 600;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%1\" height=\"44\" "
                                 "viewBox=\"0 0 %1 44\"><title>%2</title>")
                      .arg(width)
                      .arg(esc(HtmlReport::tr("Findings by status")));
    int x = 0;
    int legendX = 0;
    for (const auto& [status, n] : parts) {
        const int w = total > 0 ? width * n / total : 0;
        if (w > 0) {
            svg += QStringLiteral("<rect x=\"%1\" y=\"0\" width=\"%2\" height=\"18\" fill=\"%3\"/>")
                       .arg(x)
                       .arg(w)
                       .arg(statusColor(status));
        }
        x += w;
        svg += QStringLiteral("<rect x=\"%1\" y=\"28\" width=\"10\" height=\"10\" fill=\"%2\"/>"
                              "<text x=\"%3\" y=\"38\">%4</text>")
                   .arg(legendX)
                   .arg(statusColor(status))
                   .arg(legendX + 14)
                   .arg(esc(QStringLiteral("%1 %2").arg(statusName(status)).arg(n)));
        legendX += 120;
    }
    return svg + QStringLiteral("</svg>");
}

// The same chart as a table, for QTextDocument (no SVG there).
QString layerChartTable(const AuditResult& r)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const Layer layer : allLayers()) {
        if (!r.score.layers.contains(layer)) {
            continue;
        }
        const int score = r.score.layers.value(layer).score();
        const int pct = score < 0 ? 0 : score;
        html +=
            QStringLiteral("<tr><td width=\"30%\">%1</td><td width=\"60%\"><table width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"0\"><tr>%2%3</tr></table></td><td width=\"10%\">%4</td></tr>")
                .arg(
                    esc(layerName(layer)),
                    pct > 0
                        ? QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>").arg(pct).arg(scoreColor(score))
                        : QString(),
                    pct < 100 ? QStringLiteral("<td width=\"%1%\" bgcolor=\"#eef0f3\">&nbsp;</td>").arg(100 - pct)
                              : QString(),
                    esc(scoreLabel(score)));
    }
    return html + QStringLiteral("</table>");
}

QString countsText(const LayerScore& s)
{
    return HtmlReport::tr("%1 passed, %2 warned, %3 failed, %4 informational, %5 not evaluated")
        .arg(s.pass)
        .arg(s.warn)
        .arg(s.fail)
        .arg(s.info)
        .arg(s.skipped + s.error);
}

QString documentStart(const QString& title, const QString& language, HtmlFlavour flavour)
{
    const bool browser = flavour == HtmlFlavour::Browser;
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n").arg(esc(language));
    if (browser) {
        h += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                            "style-src 'unsafe-inline'; img-src data:\">\n"
                            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    }
    h += QStringLiteral("<meta name=\"generator\" content=\"Escut %1\">\n<title>%2</title>\n")
             .arg(QStringLiteral(ESCUT_VERSION), esc(title));
    if (browser) {
        h += QStringLiteral("<style>") + s_css + QStringLiteral("</style>\n");
    }
    return h + QStringLiteral("</head>\n<body>\n");
}

QString documentEnd()
{
    return QStringLiteral("<p class=\"meta\"><small>%1</small></p>\n</body>\n</html>\n")
        .arg(esc(HtmlReport::tr("Generated by Escut %1. Scores: every pass, warn or fail puts its severity's "
                                "weight at stake; a pass earns it all, a warn half, a fail nothing.")
                     .arg(QStringLiteral(ESCUT_VERSION))));
}

// One audit: title, facts, summary, charts, findings per layer, checks that could not run.
QString auditBody(const AuditResult& r, const ReportOptions& options, HtmlFlavour flavour)
{
    const Snapshot& s = r.snapshot;
    const bool browser = flavour == HtmlFlavour::Browser;
    const QLocale locale(options.language);
    const QString title = HtmlReport::tr("Escut security report: %1").arg(s.endpoint.displayName());
    QString h = QStringLiteral("<h1>%1</h1>\n").arg(esc(title));

    h += QStringLiteral("<p class=\"meta\">");
    QStringList meta;
    meta.append(esc(HtmlReport::tr("Endpoint: %1").arg(s.endpoint.displayName())));
    if (!s.version.isEmpty()) {
        meta.append(esc(HtmlReport::tr("Docker %1 (API %2) on %3")
                            .arg(s.version.value(QStringLiteral("Version")).toString(),
                                 s.version.value(QStringLiteral("ApiVersion")).toString(),
                                 s.info.value(QStringLiteral("OperatingSystem")).toString())));
    }
    meta.append(esc(HtmlReport::tr("Audited: %1").arg(locale.toString(s.collectedAt.toUTC(), QLocale::LongFormat))));
    // Left out by --only is not the same as none.
    const QString containers = s.containersCollected
                                   ? HtmlReport::tr("%n container(s)", nullptr, int(s.containers.size()))
                                   : HtmlReport::tr("containers not audited");
    const QString images = s.imagesCollected ? HtmlReport::tr("%n image(s)", nullptr, int(s.images.size()))
                                             : HtmlReport::tr("images not audited");
    meta.append(esc(containers + QStringLiteral(", ") + images));
    h += meta.join(QStringLiteral("<br>\n")) + QStringLiteral("</p>\n");

    const int overall = r.score.overall.score();
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(HtmlReport::tr("Summary")));
    h += QStringLiteral("<p><span class=\"score\"><font size=\"6\" color=\"%1\">%2</font></span> %3</p>\n")
             .arg(scoreColor(overall),
                  esc(overall < 0 ? scoreLabel(overall) : HtmlReport::tr("%1/100").arg(overall)),
                  esc(countsText(r.score.overall)));
    if (browser) {
        h += QStringLiteral("<p>") + statusChartSvg(r.score.overall) + QStringLiteral("</p>\n");
    }
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(HtmlReport::tr("Score per layer")));
    h += browser ? QStringLiteral("<p>") + layerChartSvg(r) + QStringLiteral("</p>\n") : layerChartTable(r);

    for (const CollectionIssue& issue : s.issues) {
        h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(HtmlReport::tr("Warning:")), esc(issue.message));
    }

    const QString headers = QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                                .arg(esc(HtmlReport::tr("Status")),
                                     esc(HtmlReport::tr("Severity")),
                                     esc(HtmlReport::tr("Check")),
                                     esc(HtmlReport::tr("Subject")),
                                     esc(HtmlReport::tr("Evidence and fix")));
    for (const Layer layer : allLayers()) {
        if (!r.score.layers.contains(layer)) {
            continue;
        }
        const LayerScore& ls = r.score.layers.value(layer);
        h += QStringLiteral("<h2 id=\"layer-%1\">%2</h2>\n<p>%3</p>\n")
                 .arg(esc(layerId(layer)),
                      esc(HtmlReport::tr("%1: %2").arg(layerName(layer), scoreLabel(ls.score()))),
                      esc(countsText(ls)));
        QString rows;
        for (const Finding& f : r.findings) {
            if (f.check->layer != layer || f.status == Status::Skipped || f.status == Status::Error ||
                (f.status == Status::Pass && !options.verbose)) {
                continue;
            }
            QString check =
                esc(f.check->trTitle()) + QStringLiteral("<br><small>") + esc(QString::fromLatin1(f.check->id));
            if (*f.check->cisIds) {
                check += esc(QStringLiteral(", ") + HtmlReport::tr("CIS %1").arg(cis::shortList(f.check->cis())));
            }
            check += QStringLiteral("</small>");
            QString subject = esc(f.subject.name);
            if (f.line > 0) {
                subject += QStringLiteral("<br><small>") + esc(HtmlReport::tr("line %1").arg(f.line)) +
                           QStringLiteral("</small>");
            }
            QString detail = QStringLiteral("<span class=\"evidence\">%1</span>").arg(esc(f.evidence));
            if (f.status == Status::Fail || f.status == Status::Warn) {
                detail += QStringLiteral("<br><span class=\"fix\">%1</span>")
                              .arg(esc(HtmlReport::tr("Fix: %1").arg(f.check->trRemediation())));
            }
            rows += QStringLiteral("<tr><td class=\"status\"><font color=\"%1\">%2</font></td><td>%3</td><td>%4</td>"
                                   "<td>%5</td><td>%6</td></tr>\n")
                        .arg(statusColor(f.status),
                             esc(statusName(f.status)),
                             esc(severityName(f.check->severity)),
                             check,
                             subject,
                             detail);
        }
        if (rows.isEmpty()) {
            h += QStringLiteral("<p>%1</p>\n").arg(esc(HtmlReport::tr("All checks pass.")));
        } else {
            h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n") + headers +
                 rows + QStringLiteral("</table>\n");
        }
    }

    QString skippedRows;
    for (const Finding& f : r.findings) {
        if (f.status == Status::Skipped || f.status == Status::Error) {
            skippedRows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                               .arg(esc(QString::fromLatin1(f.check->id)), esc(f.subject.name), esc(f.evidence));
        }
    }
    if (!skippedRows.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n"
                            "<tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                 .arg(esc(HtmlReport::tr("Checks that could not run")),
                      esc(HtmlReport::tr("Check")),
                      esc(HtmlReport::tr("Subject")),
                      esc(HtmlReport::tr("Reason and how to enable it")));
        h += skippedRows + QStringLiteral("</table>\n");
    }
    return h;
}

} // namespace

QString htmlReport(const AuditResult& r, const ReportOptions& options, HtmlFlavour flavour)
{
    return documentStart(HtmlReport::tr("Escut security report: %1").arg(r.snapshot.endpoint.displayName()),
                         options.language,
                         flavour) +
           auditBody(r, options, flavour) + documentEnd();
}

QString fleetHtmlReport(const QList<EndpointAudit>& audits, const ReportOptions& options, HtmlFlavour flavour)
{
    QString h = documentStart(HtmlReport::tr("Escut fleet report"), options.language, flavour);
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(HtmlReport::tr("Escut fleet report")));
    int reachable = 0;
    for (const EndpointAudit& a : audits) {
        reachable += a.result ? 1 : 0;
    }
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(HtmlReport::tr("%n endpoint(s), %1 audited, %2 unreachable.", nullptr, int(audits.size()))
                          .arg(reachable)
                          .arg(audits.size() - reachable)));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n<tr><th>%1</th>"
                        "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
             .arg(esc(HtmlReport::tr("Endpoint")),
                  esc(HtmlReport::tr("Score")),
                  esc(statusName(Status::Fail)),
                  esc(statusName(Status::Warn)),
                  esc(HtmlReport::tr("Details")));
    for (const EndpointAudit& a : audits) {
        if (!a.result) {
            h += QStringLiteral("<tr><td>%1</td><td>-</td><td>-</td><td>-</td><td><font color=\"#c62828\">%2</font>"
                                "</td></tr>\n")
                     .arg(esc(a.endpoint), esc(HtmlReport::tr("Unreachable: %1").arg(a.error)));
            continue;
        }
        const LayerScore& o = a.result->score.overall;
        h += QStringLiteral("<tr><td>%1</td><td><font color=\"%2\">%3</font></td><td>%4</td><td>%5</td><td>%6</td>"
                            "</tr>\n")
                 .arg(esc(a.endpoint), scoreColor(o.score()), esc(scoreLabel(o.score())))
                 .arg(o.fail)
                 .arg(o.warn)
                 .arg(esc(
                     HtmlReport::tr("Docker %1, %n container(s)", nullptr, int(a.result->snapshot.containers.size()))
                         .arg(a.result->snapshot.version.value(QStringLiteral("Version")).toString())));
    }
    h += QStringLiteral("</table>\n");
    for (const EndpointAudit& a : audits) {
        if (a.result) {
            h += QStringLiteral("<hr>\n") + auditBody(*a.result, options, flavour);
        }
    }
    return h + documentEnd();
}

} // namespace escut
