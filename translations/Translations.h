// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace escut
{

// Languages the application ships, English first (the source language).
QStringList supportedLanguages();

// "ca", "es" or "en" from --lang or the user's UI languages; English when nothing matches.
QString pickLanguage(const QString& requested);

// Installs the escut and qtbase translators for lang on the application, replacing earlier ones.
// Returns false when lang is not one we ship.
bool installTranslations(const QString& lang);

// The language currently installed ("en" when none).
QString currentLanguage();

// While alive, tr() on the calling thread translates into lang (ca, es, en) instead of the installed language;
// other threads, and the widgets, keep theirs. For work in another language than the UI's on a worker thread,
// e.g. the GUI's Export of a report in another language. An unknown lang changes nothing (isValid() false).
class ScopedThreadLanguage
{
public:
    explicit ScopedThreadLanguage(const QString& lang);
    ~ScopedThreadLanguage();
    ScopedThreadLanguage(const ScopedThreadLanguage&) = delete;
    ScopedThreadLanguage& operator=(const ScopedThreadLanguage&) = delete;

    [[nodiscard]] bool isValid() const
    {
        return m_valid;
    }

private:
    const void* m_previous = nullptr;
    bool m_valid = false;
};

} // namespace escut
