// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/checkedinnow.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/storewriter.h"
#include "kiosk/volunteerhourswords.h"

using namespace Qt::StringLiterals;

CheckedInNow::CheckedInNow(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, [this] {
        reload();
        emit messageChanged();
    });
}

QString CheckedInNow::message() const
{
    return m_message.in(VisitorSettings::instance()->language());
}

void CheckedInNow::reload()
{
    m_items.clear();
    const store::Store *st = StationStore::instance()->store();
    if (!st) {
        m_outcome = u"unavailable"_s;
        emit itemsChanged();
        return;
    }
    const auto open = st->volunteers().checkedInNow();
    if (!open.ok()) {
        m_outcome = u"error"_s;
        emit itemsChanged();
        return;
    }
    const QString language = VisitorSettings::instance()->language();
    const QDate today = st->now().date();
    for (const store::OpenCheckIn &c : open.value()) {
        const QString title = c.assignmentTitle.in(language);
        m_items.append(QVariantMap{
            {u"number"_s, c.volunteerNumber},
            {u"name"_s, c.volunteerName},
            {u"since"_s, c.since.date() == today ? c.since.toString(u"HH:mm"_s)
                                                 : c.since.toString(u"yyyy-MM-dd HH:mm"_s)},
            {u"earlierDay"_s, c.since.date() != today},
            {u"what"_s, c.assignmentId.isEmpty() || title.isEmpty() ? tr("Station duty") : title},
        });
    }
    m_outcome = u"ok"_s;
    emit itemsChanged();
}

bool CheckedInNow::checkOut(const QString &volunteerNumber)
{
    if (m_saving || volunteerNumber.isEmpty())
        return false;
    if (!StoreWriter::instance()->isOpen()) {
        m_message = core::TranslatableText::translate(
            "CheckedInNow", QT_TRANSLATE_NOOP("CheckedInNow", "The kiosk cannot save check-outs right now."));
        emit messageChanged();
        return false;
    }
    m_saving = true;
    emit messageChanged();
    StoreWriter::instance()->write<store::VolunteerCheck>(
        this,
        [volunteerNumber](store::Store &st) { return st.volunteers().checkOut(volunteerNumber, store::CheckOutBy::Staff); },
        [this](const store::Result<store::VolunteerCheck> &written) {
            m_saving = false;
            if (!written.ok()) {
                m_message = written.error().message;
            } else {
                const store::VolunteerCheck &c = written.value();
                const QString language = VisitorSettings::instance()->language();
                m_message = core::TranslatableText::translate(
                                "CheckedInNow", QT_TRANSLATE_NOOP("CheckedInNow", "%1 (%2) is checked out: %3 counted."))
                                .arg(c.volunteerName)
                                .arg(c.volunteerNumber)
                                .arg(VolunteerHoursWords::shown(
                                    c.stationDuty ? core::VolunteerHours::fromServedTime(c.checkedInAt, c.at) : c.servedNow,
                                    language));
            }
            reload();
            emit messageChanged();
        });
    return true;
}
