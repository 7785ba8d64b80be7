// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remediation/fixes/FixOperation.h"

#include "core/privileged/DaemonPeer.h"
#include "core/privileged/SafeFs.h"
#include "core/remediation/Remediation.h"

#include <QDir>
#include <QRegularExpression>

namespace escut
{

// One per file in this directory.
const FixOperation& daemonJsonFix();
const FixOperation& filePermsFix();
const FixOperation& contentTrustFix();
const FixOperation& composeHardenFix();
const FixOperation& tokenGateFix();
const FixOperation& dockerfileFix();
const FixOperation& runCommandFix();

void FixInputs::set(const QString& key, const QString& value)
{
    m_values.insert(key, {value});
}

void FixInputs::append(const QString& key, const QString& value)
{
    m_values[key].append(value);
}

void FixInputs::remove(const QString& key)
{
    m_values.remove(key);
}

bool FixInputs::has(const QString& key) const
{
    return m_values.contains(key);
}

QString FixInputs::value(const QString& key) const
{
    return m_values.value(key).value(0);
}

QStringList FixInputs::values(const QString& key) const
{
    return m_values.value(key);
}

bool FixInputs::flag(const QString& key) const
{
    const QString v = value(key);
    return v == QLatin1String("1") || v == QLatin1String("true");
}

int FixInputs::number(const QString& key, int fallback) const
{
    bool ok = false;
    const int n = value(key).toInt(&ok);
    return ok ? n : fallback;
}

QStringList FixInputs::keys() const
{
    return m_values.keys();
}

const QList<FixInput>& FixOperation::inputs() const
{
    static const QList<FixInput> s_none;
    return s_none;
}

const FixInput* FixOperation::input(const QString& key) const
{
    for (const FixInput& i : inputs()) {
        if (key == QLatin1String(i.key)) {
            return &i;
        }
    }
    return nullptr;
}

Result<FixInputs> FixOperation::validate(const FixInputs& given) const
{
    const QList<FixInput>& declared = inputs();
    const auto name = [](const FixInput& i) {
        return *i.option ? QStringLiteral("--") + QLatin1String(i.option)
                         : QCoreApplication::translate("FixInput", i.label);
    };
    const auto bad = [&](const QString& message) {
        return makeError(Error::Code::InvalidArgument, message);
    };
    for (const QString& key : given.keys()) {
        if (std::none_of(declared.cbegin(), declared.cend(), [&](const FixInput& i) {
                return key == QLatin1String(i.key);
            })) {
            return bad(tr("%1 takes no input '%2'.").arg(QLatin1String(id()), key));
        }
    }
    FixInputs out;
    for (const FixInput& input : declared) {
        const QString key = QLatin1String(input.key);
        QStringList values = given.values(key);
        values.removeAll(QString());
        if (input.kind == FixInput::Kind::Flag && !values.isEmpty() && !given.flag(key) &&
            values.first() != QLatin1String("0") && values.first() != QLatin1String("false")) {
            return bad(tr("%1 is a switch: it takes 1 or 0, not '%2'.").arg(name(input), values.first()));
        }
        if (input.kind == FixInput::Kind::Flag && !given.flag(key)) {
            values.clear();
        }
        if (values.isEmpty()) {
            if (input.required) {
                return bad(
                    tr("%1 needs %2: %3")
                        .arg(QLatin1String(id()), name(input), QCoreApplication::translate("FixInput", input.help)));
            }
            if (*input.defaultValue) {
                out.set(key, QLatin1String(input.defaultValue));
            }
            continue;
        }
        if (*input.notWith && given.flag(QLatin1String(input.notWith))) {
            const FixInput* other = this->input(QLatin1String(input.notWith));
            return bad(tr("%1 and %2 cannot be used together.").arg(name(input), other ? name(*other) : QString()));
        }
        if (input.kind != FixInput::Kind::ServiceCapabilities && values.size() > 1) {
            return bad(tr("%1 takes one value.").arg(name(input)));
        }
        for (const QString& value : values) {
            switch (input.kind) {
            case FixInput::Kind::File:
            case FixInput::Kind::Directory:
                if (const Result<QStringList> parts = safefs::components(value); !parts) {
                    return bad(tr("%1: %2").arg(name(input), parts.error().message));
                }
                break;
            case FixInput::Kind::Text:
                if (!QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(input.pattern)))
                         .match(value)
                         .hasMatch()) {
                    return bad(tr("%1 may use letters, digits, '.', '_' and '-' only (got '%2').")
                                   .arg(name(input), value.left(80)));
                }
                break;
            case FixInput::Kind::Number: {
                bool ok = false;
                const int n = value.toInt(&ok);
                if (!ok || n < input.minimum || n > input.maximum) {
                    return bad(tr("%1 takes a whole number from %2 to %3 (got '%4').")
                                   .arg(name(input))
                                   .arg(input.minimum)
                                   .arg(input.maximum)
                                   .arg(value.left(80)));
                }
                break;
            }
            case FixInput::Kind::Container:
                if (value.size() > 256 || value.contains(QLatin1Char('/'))) {
                    return bad(tr("%1 takes a container's name or id (got '%2').").arg(name(input), value.left(80)));
                }
                break;
            case FixInput::Kind::ServiceCapabilities:
                if (!value.contains(QLatin1Char('=')) || value.section(QLatin1Char('='), 0, 0).isEmpty()) {
                    return bad(tr("%1 takes SERVICE=CAP,CAP (got '%2').").arg(name(input), value.left(80)));
                }
                break;
            case FixInput::Kind::Flag:
                break;
            }
            out.append(key, value);
        }
    }
    return out;
}

const std::vector<const FixOperation*>& FixOperation::all()
{
    static const std::vector<const FixOperation*> s_all{&daemonJsonFix(),
                                                        &filePermsFix(),
                                                        &contentTrustFix(),
                                                        &composeHardenFix(),
                                                        &tokenGateFix(),
                                                        &dockerfileFix(),
                                                        &runCommandFix()};
    return s_all;
}

const FixOperation* FixOperation::find(const QString& id)
{
    for (const FixOperation* op : all()) {
        if (id == QLatin1String(op->id())) {
            return op;
        }
    }
    return nullptr;
}

FixDaemon fixDaemon(const FixContext& context)
{
    FixDaemon daemon;
    daemon.configPath = QStringLiteral("/etc/docker/daemon.json");
    daemon.live = context.root == QLatin1String("/") || context.root.isEmpty();
    if (daemon.live) {
        if (const Result<DaemonPeer> peer = DaemonPeer::identify(context.socketPath)) {
            daemon.argv = peer.value().argv;
            if (!peer.value().configFile.isEmpty()) {
                daemon.configPath = peer.value().configFile;
            }
        }
    }
    return daemon;
}

void addDaemonInput(Plan& plan, const FixContext& context, const FixDaemon& daemon)
{
    if (daemon.live) {
        plan.addInput(PlanInput::Kind::DaemonArgv, context.socketPath, daemon.argv.join(QChar(0)).toUtf8());
    }
}

} // namespace escut
