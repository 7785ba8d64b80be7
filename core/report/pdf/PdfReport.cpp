// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/pdf/PdfReport.h"

#include "core/report/HtmlReport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace escut
{

namespace
{

class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

} // namespace

Result<QByteArray> pdfFromHtml(const QString& html, const QString& title)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return makeError(Error::Code::Generic,
                         PdfReport::tr("PDF reports need the graphical libraries; this process started without them."));
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Escut %1").arg(QStringLiteral(ESCUT_VERSION)));
        writer.setTitle(title);
        QTextDocument document;
        document.setDefaultStyleSheet(QStringLiteral("body{font-family:'DejaVu Sans';font-size:9pt} "
                                                     "h1{font-size:16pt} h2{font-size:12pt} th{background:#eef0f3}"));
        document.setHtml(html);
        document.print(&writer);
    }
    buffer.close();
    if (pdf.isEmpty()) {
        return makeError(Error::Code::IoError, PdfReport::tr("The PDF report could not be rendered."));
    }
    return pdf;
}

Result<QByteArray> pdfReport(const AuditResult& result, const ReportOptions& options)
{
    return pdfFromHtml(htmlReport(result, options, HtmlFlavour::RichText),
                       QCoreApplication::translate("HtmlReport", "Escut security report: %1")
                           .arg(result.snapshot.endpoint.displayName()));
}

Result<QByteArray> fleetPdfReport(const QList<EndpointAudit>& audits, const ReportOptions& options)
{
    return pdfFromHtml(fleetHtmlReport(audits, options, HtmlFlavour::RichText),
                       QCoreApplication::translate("HtmlReport", "Escut fleet report"));
}

} // namespace escut
