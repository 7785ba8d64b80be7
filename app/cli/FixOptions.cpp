// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/FixOptions.h"

#include <QDir>

namespace escut
{

FixOptions::FixOptions(const std::vector<const FixOperation*>& ops,
                       const QStringList& alreadyDefined,
                       const QStringList& leaveOut)
    : m_leaveOut(leaveOut)
{
    for (const FixOperation* op : ops) {
        for (const FixInput& input : op->inputs()) {
            const QString name = QLatin1String(input.option);
            if (name.isEmpty() || m_names.contains(name) || leaveOut.contains(QLatin1String(input.key))) {
                continue;
            }
            m_names.append(name);
            if (alreadyDefined.contains(name)) {
                continue;
            }
            // With several fixes on one parser, each option says which fix it is for.
            QString help = QCoreApplication::translate("FixInput", input.help);
            if (ops.size() > 1) {
                help = tr("%1: %2").arg(QLatin1String(op->id()), help);
            }
            if (input.kind == FixInput::Kind::Flag) {
                m_options.append(QCommandLineOption(name, help));
            } else {
                m_options.append(
                    QCommandLineOption(name, help, QCoreApplication::translate("FixInput", input.valueName)));
            }
        }
    }
}

Result<FixInputs> FixOptions::read(const QCommandLineParser& parser, const FixOperation& op) const
{
    FixInputs inputs;
    QStringList mine;
    for (const FixInput& input : op.inputs()) {
        const QString name = QLatin1String(input.option);
        const QString key = QLatin1String(input.key);
        if (name.isEmpty() || m_leaveOut.contains(key)) {
            continue;
        }
        mine.append(name);
        if (!parser.isSet(name)) {
            continue;
        }
        if (input.kind == FixInput::Kind::Flag) {
            inputs.set(key, QStringLiteral("1"));
            continue;
        }
        for (const QString& value : parser.values(name)) {
            // Absolute paths stay as typed (validation refuses "." and ".."); relative ones are the user's directory's.
            inputs.append(key,
                          input.isPath() && !value.isEmpty() && QDir::isRelativePath(value)
                              ? QDir::current().absoluteFilePath(value)
                              : value);
        }
    }
    for (const QString& name : m_names) {
        if (!mine.contains(name) && parser.isSet(name)) {
            return makeError(
                Error::Code::InvalidArgument,
                tr("--%1 is not an input of %2 (see 'escut-cli fix list').").arg(name, QLatin1String(op.id())));
        }
    }
    return inputs;
}

} // namespace escut
