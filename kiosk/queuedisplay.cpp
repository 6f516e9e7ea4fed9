// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/queuedisplay.h"

#include "accessibility/announcer.h"
#include "core/translatabletext.h"
#include "kiosk/queuecallwords.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"

#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

QueueDisplay::QueueDisplay(QObject *parent)
    : QObject(parent)
{
}

QString QueueDisplay::mandarinCall() const
{
    return hasCall() ? QueueCallWords::shownCall(m_last.label, m_last.window, u"zh") : QString();
}

QString QueueDisplay::englishCall() const
{
    return hasCall() ? QueueCallWords::shownCall(m_last.label, m_last.window, u"en") : QString();
}

QString QueueDisplay::words(const QString &key, const QString &language) const
{
    core::TranslatableText text;
    if (key == u"nowCalling")
        text = core::TranslatableText::translate("QueueDisplay", "Now calling");
    else if (key == u"earlier")
        text = core::TranslatableText::translate("QueueDisplay", "Called before");
    else if (key == u"window")
        text = core::TranslatableText::translate("QueueDisplay", "Window %1");
    else if (key == u"nothingYet")
        text = core::TranslatableText::translate("QueueDisplay", "No number has been called yet today.");
    else if (key == u"howTo")
        text = core::TranslatableText::translate("QueueDisplay", "Take a number at the kiosk. When your number is shown here, go to its window.");
    return text.in(language);
}

void QueueDisplay::reload()
{
    const store::Store *st = StationStore::instance()->store();
    QList<store::QueueTicket> called;
    if (st) {
        if (const auto services = st->services().catalogue(); services.ok()) {
            for (const store::ServiceOffer &service : services.value()) {
                if (!service.walkIn)
                    continue;
                const auto tickets = st->queue().today(service.id);
                if (!tickets.ok())
                    continue;
                for (const store::QueueTicket &ticket : tickets.value())
                    if (!ticket.isWaiting())
                        called.append(ticket);
            }
        }
    }
    std::sort(called.begin(), called.end(),
              [](const store::QueueTicket &a, const store::QueueTicket &b) {
                  // Calls within the same second (the store keeps seconds): the higher number
                  // of a queue was called after the lower one.
                  if (a.calledAt != b.calledAt)
                      return a.calledAt > b.calledAt;
                  return a.number > b.number;
              });
    m_last = called.isEmpty() ? store::QueueTicket{} : called.constFirst();
    m_earlier.clear();
    for (qsizetype i = 1; i < called.size() && m_earlier.size() < earlierShown; ++i)
        m_earlier.append(QVariantMap{{u"label"_s, called.at(i).label}, {u"window"_s, called.at(i).window}});
    emit callsChanged();
}

void QueueDisplay::announce(const store::QueueTicket &ticket)
{
    reload();
    // The store's reading may lag the writer's commit by nothing but the file: make sure the
    // call just made is what shows.
    if (m_last.id != ticket.id) {
        if (hasCall())
            m_earlier.prepend(QVariantMap{{u"label"_s, m_last.label}, {u"window"_s, m_last.window}});
        while (m_earlier.size() > earlierShown)
            m_earlier.removeLast();
        m_last = ticket;
        emit callsChanged();
    }
    Announcer::instance()->callOut(QueueCallWords::spokenCall(ticket.label, ticket.window, u"zh"),
                                   QueueCallWords::spokenCall(ticket.label, ticket.window, u"en"));
}
