// SPDX-License-Identifier: GPL-3.0-or-later
// A fix is an operation (kpmcore's Operation is the model): its id, its title, the checks it addresses, the inputs
// it needs declared once, and plan(). The CLI's options, the wizard's input rows and the validation of what a user
// typed are all generated from the declarations; nothing else knows a fix's inputs.
#pragma once

#include "core/privileged/Plan.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <vector>

namespace escut
{

struct FixContext;

// One input of a fix, declared once.
struct FixInput
{
    enum class Kind {
        Flag,                // on or off (a check box; a CLI switch)
        File,                // an absolute path to a file (made absolute from the command line)
        Directory,           // an absolute path to a directory
        Text,                // a name matching `pattern`
        Number,              // an integer between minimum and maximum
        Container,           // a container's name or id on the audited daemon
        ServiceCapabilities, // SERVICE=CAP,CAP… (repeatable): capabilities a Compose service gets back
    };

    const char* key; // the input's name, also the wizard widget's object name: key + "Input"
    Kind kind;
    const char* option;    // the CLI option without "--"; "" when the input exists only in the wizard
    const char* valueName; // QT_TRANSLATE_NOOP("FixInput", "FILE"); "" for a flag
    const char* label;     // QT_TRANSLATE_NOOP("FixInput", …): the wizard's row label or check box text
    const char* help;      // QT_TRANSLATE_NOOP("FixInput", …): the CLI's help and the wizard's tool tip
    bool required = false;
    const char* defaultValue = "";  // used when the input is not given
    const char* wizardDefault = ""; // what the wizard starts with, when it differs (a flag: "1")
    const char* onlyWith = "";      // the key of a flag this input needs (disabled in the wizard without it)
    const char* notWith = "";       // the key of a flag this input excludes
    const char* pattern = "";       // Kind::Text: the whole value must match
    int minimum = 0;                // Kind::Number
    int maximum = 0;
    const char* source = ""; // Kind::ServiceCapabilities: the File input whose services are listed

    [[nodiscard]] bool isPath() const
    {
        return kind == Kind::File || kind == Kind::Directory;
    }
};

// The values a user gave, by input key. Values are kept as text, as typed (paths already absolute).
class FixInputs
{
public:
    void set(const QString& key, const QString& value);
    void append(const QString& key, const QString& value); // repeatable inputs
    void remove(const QString& key);
    [[nodiscard]] bool has(const QString& key) const;
    [[nodiscard]] QString value(const QString& key) const;
    [[nodiscard]] QStringList values(const QString& key) const;
    [[nodiscard]] bool flag(const QString& key) const;
    [[nodiscard]] int number(const QString& key, int fallback) const;
    [[nodiscard]] QStringList keys() const;

private:
    QMap<QString, QStringList> m_values;
};

class FixOperation
{
    Q_DECLARE_TR_FUNCTIONS(FixOperation)

public:
    virtual ~FixOperation() = default;

    [[nodiscard]] virtual const char* id() const = 0;
    [[nodiscard]] virtual const char* title() const = 0; // QT_TRANSLATE_NOOP("Remediation", …)
    [[nodiscard]] virtual QStringList checkIds() const = 0;
    // The declarations, built once (a function-local static in each fix).
    [[nodiscard]] virtual const QList<FixInput>& inputs() const;
    // False for a fix that only shows what to do, or acts on the daemon rather than on files.
    [[nodiscard]] virtual bool writesFiles() const
    {
        return true;
    }
    // Reads, never writes. The inputs were validated (validate()) and defaults filled in before this is called.
    [[nodiscard]] virtual Result<Plan> plan(const FixContext& context) const = 0;

    [[nodiscard]] const FixInput* input(const QString& key) const;

    // The given inputs checked against the declarations: required ones present, numbers in range, names matching,
    // paths absolute with no "." or ".." component, no two inputs that exclude each other; defaults filled in.
    [[nodiscard]] Result<FixInputs> validate(const FixInputs& given) const;

    // Every fix, in the order the CLI and the wizard list them.
    [[nodiscard]] static const std::vector<const FixOperation*>& all();
    [[nodiscard]] static const FixOperation* find(const QString& id);
};

// The daemon behind the context's socket, identified once (SO_PEERCRED): the daemon.json it reads (its peer's
// --config-file, or the rootless or system default; /etc/docker/daemon.json under a lab or test root) and its argv.
struct FixDaemon
{
    QString configPath;
    QStringList argv;
    bool live = false; // the real root: the daemon's argv is an input of the plan
};
[[nodiscard]] FixDaemon fixDaemon(const FixContext& context);
// Records the daemon's argv as an input of plan (the apply refuses when another daemon answers the socket).
void addDaemonInput(Plan& plan, const FixContext& context, const FixDaemon& daemon);

} // namespace escut
