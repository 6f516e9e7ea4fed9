// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/languagecontroller.h"

#include "accessibility/visitorsettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>

LanguageController::LanguageController(VisitorSettings *settings, QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    apply(settings->language());
    connect(settings, &VisitorSettings::languageChanged, this, [this, settings] { apply(settings->language()); });
}

bool LanguageController::apply(const QString &language)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    bool ok = true;
    if (language == u"zh") {
        ok = m_translator.load(QStringLiteral(":/i18n/kiosk_zh_CN.qm"));
        if (ok)
            m_installed = QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    if (m_engine)
        m_engine->retranslate();
    return ok;
}
