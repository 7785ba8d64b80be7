// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <atomic>

namespace escut
{

namespace
{

// The translators of one language for ScopedThreadLanguage, loaded on first use and kept for the process.
struct LanguagePack
{
    QTranslator app;
    QTranslator qt;
};

thread_local const LanguagePack* t_override = nullptr;

// Loads (once) the pack of a language we ship; nullptr for any other.
const LanguagePack* languagePack(const QString& lang)
{
    static QMutex mutex;
    // Never freed: a QTranslator may be in use on a worker thread until the process ends.
    static auto* packs = new QHash<QString, LanguagePack*>;
    const QMutexLocker locker(&mutex);
    if (LanguagePack* pack = packs->value(lang)) {
        return pack;
    }
    auto* pack = new LanguagePack;
    if (lang != QLatin1String("en")) {
        if (!pack->app.load(QStringLiteral(":/i18n/escut_%1.qm").arg(lang))) {
            delete pack;
            return nullptr;
        }
        // Qt's own strings are a nicety: without them they stay in English.
        (void)pack->qt.load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    packs->insert(lang, pack);
    return pack;
}

// Installed last, so asked first: answers for the threads inside a ScopedThreadLanguage (always, the source
// text when a language has no translation, so the UI's translators are never asked), and passes for the others.
class ThreadLanguageTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        const LanguagePack* pack = t_override;
        if (pack == nullptr || sourceText == nullptr) {
            return {};
        }
        QString out = pack->app.translate(context, sourceText, disambiguation, n);
        if (out.isNull()) {
            out = pack->qt.translate(context, sourceText, disambiguation, n);
        }
        return out.isNull() ? QString::fromUtf8(sourceText) : out;
    }
    bool isEmpty() const override
    {
        return false;
    }
};

QTranslator* s_appTranslator = nullptr;
QTranslator* s_qtTranslator = nullptr;
ThreadLanguageTranslator* s_threadTranslator = nullptr;
std::atomic<bool> s_threadTranslatorInstalled = false;
QString s_current = QStringLiteral("en");

// Puts the per-thread translator in front of the ones just installed.
void installThreadTranslator()
{
    if (s_threadTranslator == nullptr) {
        s_threadTranslator = new ThreadLanguageTranslator;
        s_threadTranslator->setParent(QCoreApplication::instance());
    } else {
        QCoreApplication::removeTranslator(s_threadTranslator);
    }
    QCoreApplication::installTranslator(s_threadTranslator);
    s_threadTranslatorInstalled = true;
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ca"), QStringLiteral("es")};
}

QString pickLanguage(const QString& requested)
{
    const QStringList supported = supportedLanguages();
    if (!requested.isEmpty()) {
        const QString lang = requested.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
        return supported.contains(lang) ? lang : QString();
    }
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString lang = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (supported.contains(lang)) {
            return lang;
        }
    }
    return QStringLiteral("en");
}

bool installTranslations(const QString& lang)
{
    if (!supportedLanguages().contains(lang)) {
        return false;
    }
    auto* app = QCoreApplication::instance();
    for (QTranslator** t : {&s_appTranslator, &s_qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    s_current = lang;
    // Dates and numbers follow the chosen language too.
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale::system() : QLocale(lang));
    if (lang == QLatin1String("en")) {
        installThreadTranslator();
        return true;
    }
    s_appTranslator = new QTranslator(app);
    if (!s_appTranslator->load(QStringLiteral(":/i18n/escut_%1.qm").arg(lang))) {
        delete s_appTranslator;
        s_appTranslator = nullptr;
        installThreadTranslator();
        return false;
    }
    QCoreApplication::installTranslator(s_appTranslator);
    s_qtTranslator = new QTranslator(app);
    if (s_qtTranslator->load(QStringLiteral("qtbase_%1").arg(lang),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(s_qtTranslator);
    } else {
        delete s_qtTranslator;
        s_qtTranslator = nullptr;
    }
    installThreadTranslator();
    return true;
}

QString currentLanguage()
{
    return s_current;
}

ScopedThreadLanguage::ScopedThreadLanguage(const QString& lang)
    : m_previous(t_override)
{
    if (!s_threadTranslatorInstalled || !supportedLanguages().contains(lang)) {
        return;
    }
    if (const LanguagePack* pack = languagePack(lang)) {
        t_override = pack;
        m_valid = true;
    }
}

ScopedThreadLanguage::~ScopedThreadLanguage()
{
    t_override = static_cast<const LanguagePack*>(m_previous);
}

} // namespace escut
