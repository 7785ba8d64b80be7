// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace escut
{

namespace
{
QTranslator* s_appTranslator = nullptr;
QTranslator* s_qtTranslator = nullptr;
QString s_current = QStringLiteral("en");
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
        return true;
    }
    s_appTranslator = new QTranslator(app);
    if (!s_appTranslator->load(QStringLiteral(":/i18n/escut_%1.qm").arg(lang))) {
        delete s_appTranslator;
        s_appTranslator = nullptr;
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
    return true;
}

QString currentLanguage()
{
    return s_current;
}

} // namespace escut
