// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/pages.h"

#include "kiosk/pagecatalogue.h"

#include <QCoreApplication>
#include <QEvent>

Pages::Pages(QObject *parent)
    : QObject(parent)
{
    // Installing a translator sends LanguageChange to the application: titles follow it,
    // whoever switched the catalogue.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool Pages::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        emit languageChanged();
    return QObject::eventFilter(watched, event);
}

QVariant Pages::titles() const
{
    QVariantMap map;
    for (const auto &entry : PageCatalogue::entries())
        map.insert(entry.name, QCoreApplication::translate("Pages", entry.title));
    return map;
}

QVariant Pages::subtitles() const
{
    QVariantMap map;
    for (const auto &entry : PageCatalogue::entries())
        if (entry.subtitle)
            map.insert(entry.name, QCoreApplication::translate("Pages", entry.subtitle));
    return map;
}

QVariant Pages::whyIdentify() const
{
    QVariantMap map;
    for (const auto &entry : PageCatalogue::entries())
        if (entry.whyIdentify)
            map.insert(entry.name, QCoreApplication::translate("Pages", entry.whyIdentify));
    return map;
}

QVariant Pages::icons() const
{
    QVariantMap map;
    for (const auto &entry : PageCatalogue::entries())
        map.insert(entry.name, entry.pictogram);
    return map;
}

QStringList Pages::homeTiles() const
{
    return PageCatalogue::homeTiles();
}

QUrl Pages::source(const QString &name) const
{
    const auto entry = PageCatalogue::find(name);
    if (!entry || entry->component.isEmpty())
        return {};
    return QUrl(QStringLiteral("qrc:/qt/qml/Kiosk/pages/") + entry->component);
}

bool Pages::isStaffPage(const QString &name) const
{
    const auto entry = PageCatalogue::find(name);
    return entry && entry->staffOnly;
}
