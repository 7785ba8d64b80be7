// SPDX-License-Identifier: GPL-3.0-or-later
// escut-cli lab: the security-course labs (list, show, start, check, solve, reset, export).
#include "translations/Translations.h"

#include "app/cli/Cli.h"
#include "core/checks/Catalogue.h"
#include "core/lab/LabEngine.h"
#include "core/lab/LabProgress.h"
#include "core/lab/Scenario.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace escut
{

namespace
{

QString statusMark(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("[x]");
    case Status::Skipped:
        return QStringLiteral("[-]");
    default:
        return QStringLiteral("[ ]");
    }
}

} // namespace

int Cli::lab(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Security course labs. 'start' creates deliberately weak resources labelled escut.lab=ID (own network, "
           "files under a sandboxed lab root, never the real /etc/docker); fix them by hand or with 'escut-cli fix'; "
           "'check' audits again and exits 0 when every goal passes, 1 otherwise; 'reset' removes everything the "
           "lab's label marks."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("list, show ID, start ID, check ID, solve ID, reset [ID] or export"));
    QCommandLineOption format(QStringLiteral("format"),
                              tr("Output format: text or json (export: html or json)."),
                              tr("FORMAT"));
    QCommandLineOption host{QStringList{QStringLiteral("H"), QStringLiteral("host")},
                            tr("Docker endpoint: unix:///path or tcp://host:port."),
                            tr("URL")};
    QCommandLineOption context{QStringLiteral("context"), tr("Docker context to use."), tr("NAME")};
    QCommandLineOption lang{QStringLiteral("lang"), tr("Language of texts: ca, es or en."), tr("LANG")};
    QCommandLineOption output{QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              tr("Write to FILE instead of standard output."),
                              tr("FILE")};
    QCommandLineOption student(QStringLiteral("student"),
                               tr("Whose progress to record and export (default: $ESCUT_STUDENT or the login name)."),
                               tr("NAME"));
    parser.addOptions({format, host, context, lang, output, student});
    if (const std::optional<int> done = parseArguments(parser, args)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString id = positional.value(1);
    const QString language = currentLanguage();
    const QString fmt = parser.value(format);
    const bool json = fmt == QLatin1String("json");
    if (action != QLatin1String("export") && !fmt.isEmpty() && !json && fmt != QLatin1String("text")) {
        return fail(tr("unknown format '%1'; valid formats: text, json").arg(fmt));
    }

    Result<QList<Scenario>> all = ScenarioLibrary::builtIn();
    if (!all) {
        return fail(all.error().fullText());
    }
    EndpointRequest endpoint{parser.value(host), parser.value(context)};
    LabEngine engine(endpoint);
    engine.setLanguage(language);
    LabProgress progress(engine.stateDir(),
                         parser.isSet(student) ? parser.value(student) : LabProgress::defaultStudent());
    if (VoidResult loaded = progress.load(); !loaded) {
        return fail(loaded.error().fullText());
    }
    // A scenario's JSON entry with its story and hints in the chosen language, placeholders filled in.
    const auto scenarioJson = [&](const Scenario& s) {
        QJsonObject o = s.toJson(language);
        o.insert(QStringLiteral("story"), engine.expand(s, s.story.in(language)));
        QJsonArray hints;
        for (const LabText& h : s.hints) {
            hints.append(engine.expand(s, h.in(language)));
        }
        o.insert(QStringLiteral("hints"), hints);
        o.insert(QStringLiteral("completed"), progress.completed(s.id));
        return o;
    };
    const auto saveProgress = [&]() -> bool {
        if (VoidResult saved = progress.save(); !saved) {
            m_err << tr("escut-cli: %1").arg(saved.error().fullText()) << '\n';
            return false;
        }
        return true;
    };

    if (action == QLatin1String("list")) {
        if (json) {
            QJsonArray list;
            for (const Scenario& s : all.value()) {
                list.append(scenarioJson(s));
            }
            return writeOutput(parser.value(output), QJsonDocument(list).toJson()) ? ExitOk : ExitError;
        }
        for (const Scenario& s : all.value()) {
            m_out << (progress.completed(s.id) ? QStringLiteral("[x] ") : QStringLiteral("[ ] "))
                  << s.id.leftJustified(22) << ' ' << s.title.in(language) << '\n';
            m_out << QStringLiteral("    ") << tr("seed %1: %2").arg(s.seed, s.section.in(language)) << " · "
                  << tr("%n goal(s)", nullptr, int(s.goals.size())) << '\n';
        }
        m_out.flush();
        return ExitOk;
    }

    if (action == QLatin1String("export")) {
        const bool html = fmt.isEmpty() || fmt == QLatin1String("html");
        if (!html && !json) {
            return fail(tr("unknown format '%1'; valid formats: html, json").arg(fmt));
        }
        const QByteArray data = html ? progress.exportHtml(all.value(), language).toUtf8()
                                     : QJsonDocument(progress.exportJson(all.value())).toJson();
        return writeOutput(parser.value(output), data) ? ExitOk : ExitError;
    }

    if (action == QLatin1String("reset") && id.isEmpty()) {
        Result<QStringList> reset = engine.resetAll();
        if (!reset) {
            return fail(reset.error().fullText());
        }
        for (const QString& labId : reset.value()) {
            progress.recordReset(labId);
        }
        saveProgress();
        m_out << tr("Reset %n lab(s): nothing labelled escut.lab remains.", nullptr, int(reset.value().size())) << '\n';
        m_out.flush();
        return ExitOk;
    }

    if (action.isEmpty()) {
        return fail(tr("no action given: list, show ID, start ID, check ID, solve ID, reset [ID] or export"));
    }
    static const QStringList withId{QStringLiteral("show"),
                                    QStringLiteral("start"),
                                    QStringLiteral("check"),
                                    QStringLiteral("solve"),
                                    QStringLiteral("reset")};
    if (!withId.contains(action)) {
        return fail(
            tr("unknown action '%1': list, show ID, start ID, check ID, solve ID, reset [ID] or export").arg(action));
    }
    if (id.isEmpty()) {
        return fail(tr("'lab %1' needs a lab id (see 'escut-cli lab list')").arg(action));
    }
    Result<Scenario> found = ScenarioLibrary::find(id);
    if (!found) {
        return fail(found.error().fullText());
    }
    const Scenario& scenario = found.value();
    QElapsedTimer timer;
    timer.start();

    if (action == QLatin1String("show")) {
        if (json) {
            QJsonObject o = scenarioJson(scenario);
            o.insert(QStringLiteral("labRoot"), engine.labRoot(scenario.id));
            return writeOutput(parser.value(output), QJsonDocument(o).toJson()) ? ExitOk : ExitError;
        }
        m_out << scenario.title.in(language) << '\n'
              << tr("seed %1: %2").arg(scenario.seed, scenario.section.in(language)) << "\n\n"
              << engine.expand(scenario, scenario.story.in(language)) << "\n\n"
              << tr("Goals:") << '\n';
        for (const LabGoal& g : scenario.goals) {
            const CheckDef* def = findCheck(g.check);
            m_out << QStringLiteral("  - ") << g.check << QStringLiteral(" (") << g.subjectSpec << QStringLiteral(")");
            if (def) {
                m_out << QStringLiteral(": ") << def->trTitle();
            }
            m_out << '\n';
        }
        m_out << '\n' << tr("Hints:") << '\n';
        for (qsizetype i = 0; i < scenario.hints.size(); ++i) {
            m_out << QStringLiteral("  %1. ").arg(i + 1) << engine.expand(scenario, scenario.hints.at(i).in(language))
                  << '\n';
        }
        m_out.flush();
        return ExitOk;
    }

    if (action == QLatin1String("start")) {
        if (m_errIsTty) {
            m_err << tr("Starting the lab %1…").arg(scenario.id) << '\n';
            m_err.flush();
        }
        if (VoidResult started = engine.start(scenario); !started) {
            return fail(started.error().fullText());
        }
        progress.recordStart(scenario);
        saveProgress();
        m_out
            << tr("Lab %1 started in %2 s. Everything it made carries the label escut.lab=%1; its files are under %3.")
                   .arg(scenario.id)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                   .arg(engine.labRoot(scenario.id))
            << "\n\n"
            << engine.expand(scenario, scenario.story.in(language)) << "\n\n"
            << tr("When you have fixed it: escut-cli lab check %1").arg(scenario.id) << '\n';
        m_out.flush();
        return ExitOk;
    }

    if (action == QLatin1String("solve")) {
        if (VoidResult solved = engine.applySolution(scenario); !solved) {
            return fail(solved.error().fullText());
        }
        m_out << tr("Applied the reference solution of %1. Run 'escut-cli lab check %1' to see the goals pass.")
                     .arg(scenario.id)
              << '\n';
        m_out.flush();
        return ExitOk;
    }

    if (action == QLatin1String("reset")) {
        if (VoidResult reset = engine.reset(scenario.id); !reset) {
            return fail(reset.error().fullText());
        }
        progress.recordReset(scenario.id);
        saveProgress();
        m_out << tr("Lab %1 reset: nothing labelled escut.lab=%1 remains.").arg(scenario.id) << '\n';
        m_out.flush();
        return ExitOk;
    }

    // check
    Result<LabCheckResult> checked = engine.check(scenario);
    if (!checked) {
        return fail(checked.error().fullText());
    }
    progress.recordCheck(scenario, checked.value());
    saveProgress();
    const LabCheckResult& result = checked.value();
    if (json) {
        if (!writeOutput(parser.value(output), QJsonDocument(result.toJson()).toJson())) {
            return ExitError;
        }
    } else {
        m_out << scenario.title.in(language) << '\n';
        for (const LabGoalResult& g : result.goals) {
            m_out << statusMark(g.status) << ' ' << g.title << QStringLiteral(" (") << g.goal.check
                  << QStringLiteral(", ") << g.subject << QStringLiteral(")") << '\n'
                  << QStringLiteral("      ") << statusName(g.status) << QStringLiteral(": ") << g.evidence << '\n';
        }
        m_out << '\n'
              << (result.allPassed() ? tr("Well done: %1 of %2 goals pass.") : tr("%1 of %2 goals pass."))
                     .arg(result.passedCount())
                     .arg(result.goals.size())
              << '\n';
        if (!result.allPassed() && !scenario.hints.isEmpty()) {
            m_out << tr("Hint: %1").arg(engine.expand(scenario, scenario.hints.first().in(language))) << '\n';
        }
        m_out.flush();
    }
    return result.allPassed() ? ExitOk : ExitFindings;
}

} // namespace escut
