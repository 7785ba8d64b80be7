// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/JunitReport.h"

#include "core/checks/CisBenchmark.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamWriter>

namespace escut
{

namespace
{

class JunitReport
{
    Q_DECLARE_TR_FUNCTIONS(JunitReport)
};

// XML 1.0 cannot carry most C0 control characters, even escaped: evidence copied from container metadata may.
QString xmlSafe(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF) {
            c = QChar(0xFFFD);
        }
    }
    return out;
}

QString body(const Finding& f)
{
    QString text = f.check->trTitle() + QLatin1Char('\n');
    if (!f.evidence.isEmpty()) {
        text += JunitReport::tr("Evidence: %1").arg(f.evidence) + QLatin1Char('\n');
    }
    if (*f.check->cisIds) {
        text += JunitReport::tr("CIS %1").arg(cis::shortList(f.check->cis())) + QLatin1Char('\n');
    }
    if (f.line > 0) {
        text += JunitReport::tr("Line %1 of %2").arg(f.line).arg(f.subject.filePath()) + QLatin1Char('\n');
    }
    if (f.status == Status::Fail || f.status == Status::Warn) {
        text += JunitReport::tr("Fix: %1").arg(f.check->trRemediation()) + QLatin1Char('\n');
    }
    return xmlSafe(text);
}

int count(const LayerScore& s)
{
    return s.pass + s.warn + s.fail + s.info + s.skipped + s.error;
}

// The <testsuite> elements of one audit; in a fleet their names start with the endpoint.
void writeSuites(QXmlStreamWriter& w, const AuditResult& r, const QString& prefix, int& suiteId)
{
    // Local-time-less xs:dateTime, as the Ant dialect writes it.
    const QDateTime collected =
        r.snapshot.collectedAt.isValid() ? r.snapshot.collectedAt : QDateTime::currentDateTimeUtc();
    const QString timestamp = collected.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const QString seconds = QString::number(double(r.collectMs + r.evaluateMs) / 1000.0, 'f', 3);

    for (const Layer layer : allLayers()) {
        if (!r.score.layers.contains(layer)) {
            continue;
        }
        const LayerScore& s = r.score.layers.value(layer);
        w.writeStartElement(QStringLiteral("testsuite"));
        w.writeAttribute(QStringLiteral("name"), prefix + layerId(layer));
        w.writeAttribute(QStringLiteral("id"), QString::number(suiteId++));
        w.writeAttribute(QStringLiteral("package"), QStringLiteral("escut"));
        w.writeAttribute(QStringLiteral("hostname"), xmlSafe(r.snapshot.endpoint.displayName()));
        w.writeAttribute(QStringLiteral("timestamp"), timestamp);
        w.writeAttribute(QStringLiteral("tests"), QString::number(count(s)));
        w.writeAttribute(QStringLiteral("failures"), QString::number(s.fail));
        w.writeAttribute(QStringLiteral("errors"), QString::number(s.error));
        w.writeAttribute(QStringLiteral("skipped"), QString::number(s.skipped + s.warn));
        w.writeAttribute(QStringLiteral("time"), seconds);
        w.writeStartElement(QStringLiteral("properties"));
        for (const auto& [name, value] :
             {std::pair{QStringLiteral("layer.name"), layerName(layer)},
              std::pair{QStringLiteral("layer.score"), s.score() < 0 ? QString() : QString::number(s.score())}}) {
            w.writeStartElement(QStringLiteral("property"));
            w.writeAttribute(QStringLiteral("name"), name);
            w.writeAttribute(QStringLiteral("value"), xmlSafe(value));
            w.writeEndElement();
        }
        w.writeEndElement();
        for (const Finding& f : r.findings) {
            if (f.check->layer != layer) {
                continue;
            }
            w.writeStartElement(QStringLiteral("testcase"));
            w.writeAttribute(QStringLiteral("classname"), QString::fromLatin1(f.check->id));
            w.writeAttribute(QStringLiteral("name"), xmlSafe(f.subject.name));
            w.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
            const QString message = xmlSafe(f.evidence.isEmpty() ? f.check->trTitle() : f.evidence);
            switch (f.status) {
            case Status::Fail:
                w.writeStartElement(QStringLiteral("failure"));
                w.writeAttribute(QStringLiteral("message"), message);
                w.writeAttribute(QStringLiteral("type"), severityId(f.check->severity));
                w.writeCharacters(body(f));
                w.writeEndElement();
                break;
            case Status::Error:
                w.writeStartElement(QStringLiteral("error"));
                w.writeAttribute(QStringLiteral("message"), message);
                w.writeAttribute(QStringLiteral("type"), statusId(f.status));
                w.writeCharacters(body(f));
                w.writeEndElement();
                break;
            case Status::Warn:
            case Status::Skipped:
                w.writeStartElement(QStringLiteral("skipped"));
                w.writeAttribute(QStringLiteral("message"),
                                 xmlSafe(QStringLiteral("%1: %2").arg(statusId(f.status), message)));
                w.writeEndElement();
                w.writeTextElement(QStringLiteral("system-out"), body(f));
                break;
            case Status::Pass:
            case Status::Info:
                w.writeTextElement(QStringLiteral("system-out"), body(f));
                break;
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
}

void startRoot(QXmlStreamWriter& w, const LayerScore& total, qint64 ms)
{
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("escut"));
    w.writeAttribute(QStringLiteral("tests"), QString::number(count(total)));
    w.writeAttribute(QStringLiteral("failures"), QString::number(total.fail));
    w.writeAttribute(QStringLiteral("errors"), QString::number(total.error));
    w.writeAttribute(QStringLiteral("skipped"), QString::number(total.skipped + total.warn));
    w.writeAttribute(QStringLiteral("time"), QString::number(double(ms) / 1000.0, 'f', 3));
}

} // namespace

QByteArray junitReport(const AuditResult& r, const ReportOptions& options)
{
    Q_UNUSED(options)
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    startRoot(w, r.score.overall, r.collectMs + r.evaluateMs);
    int suiteId = 0;
    writeSuites(w, r, QString(), suiteId);
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray junitFleetReport(const QList<EndpointAudit>& audits, const ReportOptions& options)
{
    Q_UNUSED(options)
    LayerScore total;
    qint64 ms = 0;
    for (const EndpointAudit& a : audits) {
        ms += a.durationMs;
        if (!a.result) {
            ++total.error;
            continue;
        }
        const LayerScore& o = a.result->score.overall;
        total.pass += o.pass;
        total.warn += o.warn;
        total.fail += o.fail;
        total.info += o.info;
        total.skipped += o.skipped;
        total.error += o.error;
    }
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    startRoot(w, total, ms);
    int suiteId = 0;
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    for (const EndpointAudit& a : audits) {
        if (a.result) {
            writeSuites(w, *a.result, a.endpoint + QLatin1Char('/'), suiteId);
            continue;
        }
        // The endpoint could not be audited: one errored testcase says why.
        w.writeStartElement(QStringLiteral("testsuite"));
        w.writeAttribute(QStringLiteral("name"), a.endpoint + QStringLiteral("/connection"));
        w.writeAttribute(QStringLiteral("id"), QString::number(suiteId++));
        w.writeAttribute(QStringLiteral("hostname"), xmlSafe(a.endpoint));
        w.writeAttribute(QStringLiteral("timestamp"), timestamp);
        w.writeAttribute(QStringLiteral("tests"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("failures"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("errors"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("time"), QString::number(double(a.durationMs) / 1000.0, 'f', 3));
        w.writeStartElement(QStringLiteral("testcase"));
        w.writeAttribute(QStringLiteral("classname"), QStringLiteral("escut.endpoint"));
        w.writeAttribute(QStringLiteral("name"), xmlSafe(a.endpoint));
        w.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
        w.writeStartElement(QStringLiteral("error"));
        w.writeAttribute(QStringLiteral("message"), xmlSafe(a.error));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("unreachable"));
        w.writeCharacters(xmlSafe(a.error));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace escut
