// SPDX-License-Identifier: GPL-3.0-or-later
// escut-fix-helper: the only program Escut runs as root (pkexec, the polkit action org.escut.fix.apply).
//
//   escut-fix-helper apply --digest DIGEST [--format text|json] PLANFILE
//   escut-fix-helper rollback [--force] [--format text|json] TX
//
// It applies exactly a plan the user previewed: it reads the plan file, refuses it unless its digest is the one on
// the command line (which the authentication prompt shows), checks every change against what its fix may touch
// (PlanPolicy), re-reads every input and refuses if one changed, then writes the plan's bytes through the safe file
// layer as a journal transaction. It never computes a plan, talks to no network and has no GUI.
#include "translations/Translations.h"

#include "core/privileged/Journal.h"
#include "core/privileged/PlanPolicy.h"
#include "core/privileged/SafeFs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace escut
{

class FixHelper
{
    Q_DECLARE_TR_FUNCTIONS(FixHelper)

public:
    explicit FixHelper(bool json)
        : m_json(json)
    {}

    int fail(const Error& error, int code = 1) const
    {
        if (m_json) {
            print(QJsonObject{{QStringLiteral("ok"), false},
                              {QStringLiteral("error"), error.message},
                              {QStringLiteral("detail"), error.detail}});
        } else {
            std::fprintf(stderr, "escut-fix-helper: %s\n", qPrintable(escape(error.fullText())));
        }
        return code;
    }

    int done(const Transaction& tx, const QString& text) const
    {
        if (m_json) {
            QJsonArray files;
            for (const Transaction::File& f : tx.files) {
                files.append(f.path);
            }
            print(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("transaction"), tx.id},
                              {QStringLiteral("state"), tx.state},
                              {QStringLiteral("digest"), tx.digest},
                              {QStringLiteral("fixes"), QJsonArray::fromStringList(tx.fixIds)},
                              {QStringLiteral("files"), files}});
        } else {
            std::fprintf(stdout, "%s\n", qPrintable(escape(text)));
        }
        return 0;
    }

    int apply(const QString& planFile, const QString& digest) const
    {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(digest).hasMatch()) {
            return fail(
                makeError(Error::Code::InvalidArgument, tr("--digest takes the 64 hex digits the preview showed.")),
                2);
        }
        // The plan file is the user's: read it once, without following links, as a regular file.
        const Result<safefs::Tree> tree = safefs::Tree::open(QStringLiteral("/"));
        if (!tree) {
            return fail(tree.error());
        }
        const Result<safefs::Dir> dir = tree.value().parentOf(planFile);
        if (!dir) {
            return fail(dir.error());
        }
        const Result<safefs::Content> content = safefs::readFile(dir.value(), safefs::leafName(planFile));
        if (!content) {
            return fail(content.error());
        }
        if (!content.value().info.exists) {
            return fail(makeError(Error::Code::NotFound, tr("The plan file %1 does not exist.").arg(planFile)), 2);
        }
        const Result<Plan> plan = Plan::fromFile(content.value().data);
        if (!plan) {
            return fail(plan.error(), 2);
        }
        if (plan.value().digest() != digest) {
            return fail(makeError(Error::Code::PermissionDenied,
                                  tr("The plan file is not the plan that was previewed (digest %1, expected %2): "
                                     "nothing was changed.")
                                      .arg(plan.value().digest(), digest)));
        }
        const Invoker invoker = Invoker::current();
        if (const VoidResult allowed = PlanPolicy::check(plan.value(), invoker); !allowed) {
            return fail(allowed.error());
        }
        const Result<Transaction> tx = PlanPolicy::apply(plan.value(), invoker);
        if (!tx) {
            return fail(tx.error());
        }
        return done(tx.value(),
                    tr("Applied as transaction %1; undo it with: escut-fix-helper rollback %1").arg(tx.value().id));
    }

    int rollback(const QString& id, bool force) const
    {
        // Only the invoker's own transactions (root may roll back any).
        const Result<Transaction> loaded = Journal::load(id);
        if (!loaded) {
            return fail(loaded.error());
        }
        const Invoker invoker = Invoker::current();
        if (invoker.uid != 0 && loaded.value().invokerUid != invoker.uid) {
            return fail(makeError(Error::Code::PermissionDenied,
                                  tr("Transaction %1 was applied for another user: nothing was rolled back.").arg(id)));
        }
        const Result<Transaction> tx = Journal::rollback(id, force);
        if (!tx) {
            return fail(tx.error());
        }
        return done(tx.value(),
                    tr("Transaction %1 rolled back: %n file(s) restored.", nullptr, int(tx.value().files.size()))
                        .arg(tx.value().id));
    }

private:
    // Paths and messages may carry bytes from the user's files: no control character reaches the terminal.
    static QString escape(QString text)
    {
        for (QChar& c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u < 0xa0) || (u >= 0x202a && u <= 0x202e) ||
                (u >= 0x2066 && u <= 0x2069)) {
                c = QChar(u'?');
            }
        }
        return text;
    }

    static void print(const QJsonObject& o)
    {
        std::fprintf(stdout, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    }

    bool m_json = false;
};

} // namespace escut

int main(int argc, char* argv[])
{
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("escut"));
    QCoreApplication::setOrganizationName(QStringLiteral("escut"));
    escut::installTranslations(escut::pickLanguage(QString()));

    QStringList args = app.arguments().mid(1);
    bool json = false;
    bool force = false;
    QString digest;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--format") && i + 1 < args.size()) {
            json = args.at(++i) == QLatin1String("json");
        } else if (a == QLatin1String("--digest") && i + 1 < args.size()) {
            digest = args.at(++i);
        } else if (a == QLatin1String("--force")) {
            force = true;
        } else if (a == QLatin1String("--version")) {
            std::fprintf(stdout, "escut-fix-helper %s\n", ESCUT_VERSION);
            return 0;
        } else if (a.startsWith(QLatin1Char('-'))) {
            positional = {QStringLiteral("?")};
            break;
        } else {
            positional.append(a);
        }
    }
    const escut::FixHelper helper(json);
    if (positional.size() == 2 && positional.first() == QLatin1String("apply") && !force) {
        return helper.apply(positional.at(1), digest);
    }
    if (positional.size() == 2 && positional.first() == QLatin1String("rollback") && digest.isEmpty()) {
        return helper.rollback(positional.at(1), force);
    }
    return helper.fail(escut::makeError(escut::Error::Code::InvalidArgument,
                                        escut::FixHelper::tr(
                                            "usage: escut-fix-helper apply --digest DIGEST [--format json] PLANFILE | "
                                            "rollback [--force] [--format json] TX")),
                       2);
}
