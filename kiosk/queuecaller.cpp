// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/queuecaller.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/queuedisplay.h"
#include "kiosk/stationqueue.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/storewriter.h"

#include <QStringList>
#include <QVariantMap>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

QueueCaller::QueueCaller(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, [this] {
        reload();
        emit messageChanged();
    });
    // A number taken at this kiosk shows in the staff's list at once.
    connect(StationQueue::instance(), &StationQueue::ticketTaken, this, &QueueCaller::reload);
}

void QueueCaller::setWindow(int window)
{
    window = std::clamp(window, 1, windows);
    if (window == m_window)
        return;
    m_window = window;
    emit windowChanged();
}

QString QueueCaller::message() const
{
    return m_message.in(VisitorSettings::instance()->language());
}

void QueueCaller::setMessage(const QString &kind, const core::TranslatableText &words)
{
    m_messageKind = kind;
    m_message = words;
    emit messageChanged();
}

void QueueCaller::clearMessage()
{
    setMessage({}, {});
}

void QueueCaller::reload()
{
    m_queues.clear();
    const store::Store *st = StationStore::instance()->store();
    if (!st) {
        emit queuesChanged();
        return;
    }
    const QString lang = VisitorSettings::instance()->language();
    const QDateTime now = st->now();
    if (const auto services = st->services().catalogue(); services.ok()) {
        for (const store::ServiceOffer &service : services.value()) {
            if (!service.walkIn)
                continue;
            m_names.insert(service.id, service.name);
            const auto tickets = st->queue().today(service.id);
            QStringList waiting;
            int calledCount = 0;
            qint64 longestSeconds = 0;
            QDateTime lastCallAt;
            QString lastCalled;
            if (tickets.ok()) {
                for (const store::QueueTicket &ticket : tickets.value()) {
                    if (ticket.isWaiting()) {
                        waiting << ticket.label;
                        longestSeconds = std::max(longestSeconds, ticket.takenAt.secsTo(now));
                    } else {
                        ++calledCount;
                        if (!lastCallAt.isValid() || ticket.calledAt > lastCallAt) {
                            lastCallAt = ticket.calledAt;
                            lastCalled = ticket.label;
                        }
                    }
                }
            }
            m_queues.append(QVariantMap{{u"serviceId"_s, service.id},
                                        {u"name"_s, service.name.in(lang)},
                                        {u"prefix"_s, service.queuePrefix},
                                        {u"waiting"_s, waiting},
                                        {u"waitingCount"_s, waiting.size()},
                                        {u"longestWaitMinutes"_s, int(longestSeconds / 60)},
                                        {u"calledCount"_s, calledCount},
                                        {u"lastCalled"_s, lastCalled}});
        }
    }
    emit queuesChanged();
}

bool QueueCaller::callNext(const QString &serviceId)
{
    if (m_calling)
        return true;
    if (!StoreWriter::instance()->isOpen()) {
        setMessage(u"failed"_s, core::TranslatableText::translate("QueueCaller", "The kiosk cannot open its data file: no number was called."));
        return false;
    }
    const core::LocalizedText name = m_names.value(serviceId, core::LocalizedText{serviceId, serviceId});
    m_calling = true;
    emit messageChanged();
    const int window = m_window;
    using Called = std::optional<store::QueueTicket>;
    StoreWriter::instance()->write<Called>(
        this, [serviceId, window](store::Store &st) { return st.queue().callNext(serviceId, window); },
        [this, name](const store::Result<Called> &called) {
            m_calling = false;
            if (!called.ok()) {
                qWarning("kiosk: a queue call could not be saved: %s", qPrintable(called.error().detail));
                StationStore::instance()->noteError(called.error().message);
                setMessage(u"failed"_s, called.error().message);
            } else if (!called.value()) {
                setMessage(u"nobody"_s, core::TranslatableText::translate("QueueCaller", "Nobody is waiting for %1.").arg(name));
            } else {
                const store::QueueTicket &ticket = *called.value();
                setMessage(u"called"_s, core::TranslatableText::translate("QueueCaller", "%1 called to window %2.")
                                            .arg(ticket.label)
                                            .arg(ticket.window));
                QueueDisplay::instance()->announce(ticket);
            }
            reload();
        });
    return true;
}
