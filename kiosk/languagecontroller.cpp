// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/languagecontroller.h"

#include "accessibility/visitorsettings.h"
#include "core/translatabletext.h"
#include "translations/catalogues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>

LanguageController::LanguageController(VisitorSettings *settings, QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    // The C++ tables' words (core::TranslatableText) resolve from the same catalogues.
    Catalogues::install();
    // ... and, on screen, with their words kept whole across lines.
    core::TranslatableText::setTranslator(&LineBreakingTranslator::translateText);
    apply(settings->language());
    connect(settings, &VisitorSettings::languageChanged, this, [this, settings] { apply(settings->language()); });
}

bool LanguageController::apply(const QString &language)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    // English is the source language: without its catalogue the screen still reads right.
    const QString catalogue = Catalogues::catalogueFor(language);
    bool ok = !catalogue.isEmpty() && m_translator.load(catalogue, QStringLiteral(":/i18n"));
    if (ok)
        m_installed = QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(language == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(language));
    if (m_engine)
        m_engine->retranslate();
    return ok;
}
