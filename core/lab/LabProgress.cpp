// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lab/LabProgress.h"

#include "core/util/FileWrite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace escut
{

namespace
{

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString safeName(const QString& student)
{
    QString s = student;
    s.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return s.isEmpty() || s.startsWith(QLatin1Char('.')) ? QStringLiteral("student") : s;
}

} // namespace

QString LabProgress::defaultStudent()
{
    const QString env = qEnvironmentVariable("ESCUT_STUDENT");
    if (!env.isEmpty()) {
        return env;
    }
    if (const passwd* pw = ::getpwuid(::geteuid())) {
        return QString::fromLocal8Bit(pw->pw_name);
    }
    return QStringLiteral("student");
}

LabProgress::LabProgress(QString stateDir, QString student)
    : m_stateDir(std::move(stateDir))
    , m_student(std::move(student))
{}

QString LabProgress::student() const
{
    return m_student;
}

QString LabProgress::path() const
{
    return m_stateDir + QStringLiteral("/progress/") + safeName(m_student) + QStringLiteral(".json");
}

VoidResult LabProgress::load()
{
    QFile file(path());
    if (!file.exists()) {
        m_labs = {};
        return Ok{};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::IoError, tr("Cannot read the lab progress %1.").arg(path()), file.errorString());
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        return makeError(Error::Code::ParseError,
                         tr("The lab progress %1 is damaged; it is left as it is.").arg(path()),
                         error.errorString());
    }
    m_labs = doc.object().value(QStringLiteral("labs")).toObject();
    return Ok{};
}

VoidResult LabProgress::save() const
{
    if (!QDir().mkpath(QFileInfo(path()).absolutePath())) {
        return makeError(Error::Code::IoError, tr("Cannot create the folder of %1.").arg(path()));
    }
    const QJsonObject o{{QStringLiteral("student"), m_student}, {QStringLiteral("labs"), m_labs}};
    return writeFile(path(), QJsonDocument(o).toJson());
}

void LabProgress::recordStart(const Scenario& s)
{
    QJsonObject e = m_labs.value(s.id).toObject();
    if (!e.contains(QStringLiteral("firstStarted"))) {
        e.insert(QStringLiteral("firstStarted"), now());
    }
    e.insert(QStringLiteral("started"), now());
    e.insert(QStringLiteral("starts"), e.value(QStringLiteral("starts")).toInt() + 1);
    e.insert(QStringLiteral("goalsTotal"), int(s.goals.size()));
    m_labs.insert(s.id, e);
}

void LabProgress::recordCheck(const Scenario& s, const LabCheckResult& result)
{
    QJsonObject e = m_labs.value(s.id).toObject();
    e.insert(QStringLiteral("checks"), e.value(QStringLiteral("checks")).toInt() + 1);
    e.insert(QStringLiteral("lastCheck"), result.checkedAt.toString(Qt::ISODate));
    e.insert(QStringLiteral("goalsPassed"), result.passedCount());
    e.insert(QStringLiteral("goalsTotal"), int(result.goals.size()));
    QJsonObject goals;
    for (const LabGoalResult& g : result.goals) {
        goals.insert(g.goal.check + QLatin1Char('@') + g.goal.subjectSpec, statusId(g.status));
    }
    e.insert(QStringLiteral("goals"), goals);
    if (result.allPassed() && !e.contains(QStringLiteral("completed"))) {
        e.insert(QStringLiteral("completed"), result.checkedAt.toString(Qt::ISODate));
    }
    m_labs.insert(s.id, e);
}

void LabProgress::recordHint(const Scenario& s, int hintIndex)
{
    QJsonObject e = m_labs.value(s.id).toObject();
    e.insert(QStringLiteral("hintsShown"), std::max(e.value(QStringLiteral("hintsShown")).toInt(), hintIndex + 1));
    m_labs.insert(s.id, e);
}

void LabProgress::recordReset(const QString& id)
{
    if (!m_labs.contains(id)) {
        return;
    }
    QJsonObject e = m_labs.value(id).toObject();
    e.insert(QStringLiteral("lastReset"), now());
    m_labs.insert(id, e);
}

QJsonObject LabProgress::lab(const QString& id) const
{
    return m_labs.value(id).toObject();
}

bool LabProgress::completed(const QString& id) const
{
    return lab(id).contains(QStringLiteral("completed"));
}

QJsonObject LabProgress::exportJson(const QList<Scenario>& scenarios) const
{
    QJsonArray labs;
    int done = 0;
    for (const Scenario& s : scenarios) {
        QJsonObject o = lab(s.id);
        o.insert(QStringLiteral("id"), s.id);
        o.insert(QStringLiteral("titles"), s.title.toJson());
        o.insert(QStringLiteral("goalsTotal"), int(s.goals.size()));
        o.insert(QStringLiteral("completed"), o.value(QStringLiteral("completed")).toString());
        if (completed(s.id)) {
            ++done;
        }
        labs.append(o);
    }
    return {{QStringLiteral("student"), m_student},
            {QStringLiteral("exportedAt"), now()},
            {QStringLiteral("tool"), QStringLiteral("escut " ESCUT_VERSION)},
            {QStringLiteral("labsCompleted"), done},
            {QStringLiteral("labsTotal"), int(scenarios.size())},
            {QStringLiteral("labs"), labs}};
}

QString LabProgress::exportHtml(const QList<Scenario>& scenarios, const QString& language) const
{
    const auto esc = [](const QString& s) {
        return s.toHtmlEscaped();
    };
    const QJsonObject data = exportJson(scenarios);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>\n")
                .arg(esc(language), esc(tr("Lab progress of %1").arg(m_student)));
    html += QStringLiteral("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                           "td,th{border:1px solid #999;padding:.3em .6em;text-align:left}"
                           ".done{color:#1a7f37;font-weight:bold}.todo{color:#b35900}</style></head><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Lab progress of %1").arg(m_student)));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(tr("%1 of %2 labs completed. Exported %3.")
                             .arg(data.value(QStringLiteral("labsCompleted")).toInt())
                             .arg(data.value(QStringLiteral("labsTotal")).toInt())
                             .arg(data.value(QStringLiteral("exportedAt")).toString())));
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>\n")
                .arg(esc(tr("Lab")),
                     esc(tr("Goals")),
                     esc(tr("Checks")),
                     esc(tr("Hints shown")),
                     esc(tr("Last check")),
                     esc(tr("Completed")));
    for (const Scenario& s : scenarios) {
        const QJsonObject e = lab(s.id);
        const bool done = completed(s.id);
        html += QStringLiteral("<tr><td>%1<br><small>%2</small></td><td>%3/%4</td><td>%5</td><td>%6</td>"
                               "<td>%7</td><td class=\"%8\">%9</td></tr>\n")
                    .arg(esc(s.title.in(language)), esc(s.id))
                    .arg(e.value(QStringLiteral("goalsPassed")).toInt())
                    .arg(s.goals.size())
                    .arg(e.value(QStringLiteral("checks")).toInt())
                    .arg(e.value(QStringLiteral("hintsShown")).toInt())
                    .arg(esc(e.value(QStringLiteral("lastCheck")).toString()),
                         done ? QStringLiteral("done") : QStringLiteral("todo"),
                         esc(done ? e.value(QStringLiteral("completed")).toString()
                                  : (e.contains(QStringLiteral("started")) ? tr("in progress") : tr("not started"))));
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

} // namespace escut
