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

} // namespace escut
