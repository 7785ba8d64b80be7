// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/remediation/fixes/FixOperation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace escut
{

// The fixes' declared inputs as command-line options, generated from the declarations: one option per name, its
// help and value name from the fix. Nothing here knows a particular fix.
class FixOptions
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // Options for the inputs of ops, except names already on the parser (e.g. -o/--output), which are read by name,
    // and the inputs whose keys are in leaveOut (given another way, e.g. as a positional argument).
    FixOptions(const std::vector<const FixOperation*>& ops,
               const QStringList& alreadyDefined,
               const QStringList& leaveOut = {});

    [[nodiscard]] const QList<QCommandLineOption>& options() const
    {
        return m_options;
    }

    // What the user gave for op's inputs (relative paths made absolute), leaving out the keys in skip; an error
    // naming an option that was given but belongs to no input of op.
    [[nodiscard]] Result<FixInputs> read(const QCommandLineParser& parser, const FixOperation& op) const;

private:
    QList<QCommandLineOption> m_options;
    QStringList m_leaveOut;
    QStringList m_names; // every input option name, generated or already defined
};

} // namespace escut
