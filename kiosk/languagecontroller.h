// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/linebreakingtranslator.h"

#include <QObject>

class QQmlEngine;
class VisitorSettings;

/// @brief Keeps the screen's language in step with the visitor's choice.
///
/// Source strings are English; each language's words come from its compiled catalogue
/// (translations/kiosk_<locale>.ts), which also resolves the C++ tables' words. Switching
/// swaps the translator and asks the engine to re-evaluate every qsTr() binding, so the whole
/// screen changes at once without reloading a page (and losing what was typed). Every message,
/// and every C++ table word, comes with its words and numbers kept whole across lines
/// (LineBreakingTranslator).
class LanguageController : public QObject
{
    Q_OBJECT

public:
    LanguageController(VisitorSettings *settings, QQmlEngine *engine, QObject *parent = nullptr);

    /// Loads the catalogue for `language` ("zh", "en" ...); false if it is missing.
    bool apply(const QString &language);

private:
    QQmlEngine *m_engine;
    LineBreakingTranslator m_translator;
    bool m_installed = false;
};
