// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/staffcalls.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/staffcallreason.h"
#include "kiosk/store/staffcallrecord.h"
#include "kiosk/storelistread.h"
#include "kiosk/storewriter.h"
#include "kiosk/syncstatus.h"
#include "kiosk/visitordates.h"
#include "kiosk/visitorlanguage.h"

using namespace Qt::StringLiterals;

namespace {

using Call = store::StaffCallRecord;

core::TranslatableText stateWords(Call::State state)
{
    return state == Call::State::Acknowledged
               ? VisitorLanguage::words("StaffCalls", QT_TRANSLATE_NOOP("StaffCalls", "Acknowledged: someone is on the way"))
               : VisitorLanguage::words("StaffCalls", QT_TRANSLATE_NOOP("StaffCalls", "Open: nobody has answered yet"));
}

core::TranslatableText deliveryWords(Call::Delivery delivery)
{
    if (delivery == Call::Delivery::Delivered)
        return VisitorLanguage::words("StaffCalls", QT_TRANSLATE_NOOP("StaffCalls", "Sent to the centre"));
    if (delivery == Call::Delivery::Refused)
        return VisitorLanguage::words("StaffCalls", QT_TRANSLATE_NOOP("StaffCalls", "Refused by the centre"));
    if (!SyncStatus::instance()->available())
        return VisitorLanguage::words("StaffCalls", QT_TRANSLATE_NOOP("StaffCalls", "Only on this kiosk (no central server)"));
    return VisitorLanguage::words("StaffCalls", QT_TRANSLATE_NOOP("StaffCalls", "Not yet sent to the centre"));
}

} // namespace

StaffCalls::StaffCalls(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, [this] {
        reload();
        emit messageChanged();
    });
    connect(StationStore::instance(), &StationStore::countsChanged, this, &StaffCalls::reload);
    // A visitor's new call, and the minutes waited, without anyone touching the screen.
    m_refresh.setInterval(5000);
    connect(&m_refresh, &QTimer::timeout, this, &StaffCalls::reload);
    m_refresh.start();
}

QString StaffCalls::message() const
{
    return m_message.in(VisitorLanguage::current());
}

void StaffCalls::reload()
{
    QList<Call> calls;
    m_outcome = StoreListRead::into(calls, [](const store::Store &st) { return st.staffCalls().unclosed(); });
    const QString language = VisitorLanguage::current();
    const store::Store *st = StationStore::instance()->store();
    const QDateTime now = st ? st->now() : QDateTime::currentDateTime();
    m_items.clear();
    m_openCount = 0;
    for (const Call &c : calls) {
        const QDateTime at = c.createdAt.toLocalTime();
        const bool earlierDay = at.date() != now.date();
        if (c.state == Call::State::Open)
            ++m_openCount;
        m_items.append(QVariantMap{
            {u"callId"_s, c.id},
            {u"reason"_s, StaffCallReason::words(c.reason).in(language)},
            {u"since"_s, earlierDay ? VisitorDates::shortDayAndTime(at, language) : at.toString(u"HH:mm"_s)},
            {u"waitedMinutes"_s, qMax<qint64>(0, at.secsTo(now) / 60)},
            {u"state"_s, Call::stateKey(c.state)},
            {u"stateWords"_s, stateWords(c.state).in(language)},
            {u"deliveryWords"_s, deliveryWords(c.delivery).in(language)},
        });
    }
    emit itemsChanged();
}

bool StaffCalls::acknowledge(const QString &callId)
{
    return write(callId, false);
}

bool StaffCalls::close(const QString &callId)
{
    return write(callId, true);
}

bool StaffCalls::write(const QString &callId, bool closing)
{
    if (m_saving || callId.isEmpty())
        return false;
    if (!StoreWriter::instance()->isOpen()) {
        m_message = VisitorLanguage::words("StaffCalls", QT_TRANSLATE_NOOP("StaffCalls", "The kiosk cannot save this right now."));
        emit messageChanged();
        return false;
    }
    m_saving = true;
    emit messageChanged();
    StoreWriter::instance()->write<Call>(
        this,
        [callId, closing](store::Store &st) {
            return closing ? st.staffCalls().close(callId) : st.staffCalls().acknowledge(callId);
        },
        [this, closing](const store::Result<Call> &written) {
            m_saving = false;
            if (!written.ok())
                m_message = written.error().message;
            else if (closing)
                m_message = VisitorLanguage::words("StaffCalls", QT_TRANSLATE_NOOP("StaffCalls", "The call from %1 is closed."))
                                .arg(written.value().createdAt.toLocalTime().toString(u"HH:mm"_s));
            else
                m_message = VisitorLanguage::words("StaffCalls",
                                                   QT_TRANSLATE_NOOP("StaffCalls", "The call from %1 is acknowledged."))
                                .arg(written.value().createdAt.toLocalTime().toString(u"HH:mm"_s));
            reload();
            emit messageChanged();
        });
    return true;
}
