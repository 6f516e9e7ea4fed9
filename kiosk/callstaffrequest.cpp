// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/callstaffrequest.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/stationstore.h"
#include "kiosk/storewriter.h"
#include "kiosk/store/store.h"
#include "kiosk/syncstatus.h"

using namespace Qt::StringLiterals;

CallStaffRequest::CallStaffRequest(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, &CallStaffRequest::outcomeChanged);
    // Delivery moves on the sync thread: its reports (published once a round has acknowledged
    // or parked what it pushed) and the outbox counts say when to look; no polling of the store.
    connect(SyncStatus::instance(), &SyncStatus::changed, this, &CallStaffRequest::follow);
    connect(StationStore::instance(), &StationStore::countsChanged, this, &CallStaffRequest::follow);
}

QString CallStaffRequest::errorText() const
{
    return m_error.in(VisitorSettings::instance()->language());
}

bool CallStaffRequest::call(const QString &reason)
{
    if (m_outcome == u"saving")
        return true;
    if (!StoreWriter::instance()->isOpen()) {
        m_error = core::TranslatableText::translate("CallStaffRequest", "The kiosk cannot open its data file.");
        setOutcome(u"failed"_s);
        return false;
    }
    m_callId.clear();
    setOutcome(u"saving"_s);
    // Written on the store writer's thread; the screen says where the call is only once it is
    // on disk.
    StoreWriter::instance()->write<QString>(
        this, [reason](store::Store &st) { return st.requests().callStaff(reason); },
        [this](const store::Result<QString> &called) {
            if (!called.ok()) {
                m_error = called.error().message;
                StationStore::instance()->noteError(m_error);
                qWarning("kiosk: a staff call could not be saved: %s", qPrintable(called.error().detail));
                setOutcome(u"failed"_s);
                return;
            }
            m_callId = called.value();
            follow();
        });
    return true;
}

void CallStaffRequest::follow()
{
    if (m_callId.isEmpty())
        return;
    const store::Store *st = StationStore::instance()->store();
    if (!st)
        return;
    const auto found = st->staffCalls().call(m_callId);
    if (!found.ok() || !found.value())
        return; // keep saying what was last true: the call is on disk
    using Delivery = store::StaffCallRecord::Delivery;
    const Delivery delivery = found.value()->delivery;
    // No central server: the outbox keeps the call, and only this kiosk's staff screen lists it.
    const QString now = delivery == Delivery::Delivered ? u"sent"_s
                      : delivery == Delivery::Refused   ? u"refused"_s
                      : SyncStatus::instance()->available() ? u"waiting"_s
                                                            : u"here"_s;
    setOutcome(now);
}

void CallStaffRequest::setOutcome(const QString &outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    emit outcomeChanged();
}
