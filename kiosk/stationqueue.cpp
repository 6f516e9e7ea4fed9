// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/stationqueue.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/queuecallwords.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/storewriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

StationQueue::StationQueue(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, &StationQueue::ticketChanged);
}

QString StationQueue::spokenLabel() const
{
    return QueueCallWords::spokenLabel(m_ticket.label, VisitorSettings::instance()->language());
}

QString StationQueue::serviceName() const
{
    return m_serviceName.in(VisitorSettings::instance()->language());
}

QString StationQueue::place() const
{
    return m_place.in(VisitorSettings::instance()->language());
}

QString StationQueue::whereToWait() const
{
    const QString language = VisitorSettings::instance()->language();
    // A number stays on the line of the word it belongs to ("Window 3", "3 号窗口"): a wrapped
    // "3." alone on a line reads as a new sentence.
    QString where = QueueCallWords::spacedBetweenScripts(place());
    static const QRegularExpression spaceAtNumber(u"(?<=\\S) (?=\\d)|(?<=\\d) (?=\\S)"_s);
    where.replace(spaceAtNumber, QString(QChar(0x00A0)));
    const core::TranslatableText sentence =
        where.isEmpty() ? core::TranslatableText::translate("StationQueue", "Please wait in the waiting area.")
                        : core::TranslatableText::translate("StationQueue", "Please wait near %1.").arg(where);
    // The place is data ("3 号窗口", "3号窗口"): set into a Mandarin sentence it needs the
    // space before its number that the kiosk's own words have.
    return QueueCallWords::spacedBetweenScripts(sentence.in(language));
}

QString StationQueue::errorText() const
{
    return m_error.in(VisitorSettings::instance()->language());
}

void StationQueue::fail(const core::TranslatableText &words)
{
    m_error = words;
    m_outcome = u"failed"_s;
    emit ticketChanged();
}

bool StationQueue::take(const QString &serviceId)
{
    if (m_outcome == u"taking")
        return true;
    m_ticket = {};
    m_serviceId = serviceId;
    m_serviceName = {};
    m_place = {};
    m_error = {};
    // The service's words come from the catalogue the screen reads (GUI thread).
    if (const store::Store *st = StationStore::instance()->store()) {
        if (const auto found = st->services().service(serviceId); found.ok() && found.value()) {
            m_serviceName = found.value()->name;
            m_place = found.value()->place;
        }
    }
    if (!StoreWriter::instance()->isOpen()) {
        fail(core::TranslatableText::translate("StationQueue", "The kiosk cannot open its data file, so it cannot give numbers now."));
        return false;
    }
    m_outcome = u"taking"_s;
    emit ticketChanged();
    StoreWriter::instance()->write<store::QueueTicket>(
        this, [serviceId](store::Store &st) { return st.queue().takeNumber(serviceId); },
        [this](const store::Result<store::QueueTicket> &taken) {
            if (!taken.ok()) {
                // The store's sentence says why (not a walk-in service, not open now ...).
                qWarning("kiosk: no queue number for %s: %s", qPrintable(m_serviceId), qPrintable(taken.error().detail));
                fail(taken.error().message);
                return;
            }
            m_ticket = taken.value();
            m_outcome = u"taken"_s;
            emit ticketChanged();
            emit ticketTaken(m_ticket.serviceId);
        });
    return true;
}

void StationQueue::wipeVisitorData()
{
    m_outcome = u"idle"_s;
    m_serviceId.clear();
    m_ticket = {};
    m_serviceName = {};
    m_place = {};
    m_error = {};
    emit ticketChanged();
}
