// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/checkedinnow.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/store/opencheckin.h"
#include "kiosk/store/taskname.h"
#include "kiosk/storelistread.h"
#include "kiosk/storewriter.h"
#include "kiosk/visitordates.h"
#include "kiosk/visitorlanguage.h"
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
    return m_message.in(VisitorLanguage::current());
}

void CheckedInNow::reload()
{
    m_items.clear();
    QList<store::OpenCheckIn> open;
    m_outcome = StoreListRead::into(open, [](const store::Store &st) { return st.volunteers().checkedInNow(); });
    const QString language = VisitorLanguage::current();
    const store::Store *st = StationStore::instance()->store();
    const QDate today = st ? st->now().date() : QDate::currentDate();
    for (const store::OpenCheckIn &c : open) {
        const bool earlierDay = c.since.date() != today;
        m_items.append(QVariantMap{
            {u"checkInId"_s, c.checkInId},
            {u"number"_s, c.volunteerNumber},
            {u"name"_s, c.volunteerName},
            {u"since"_s, earlierDay ? VisitorDates::shortDayAndTime(c.since, language) : c.since.toString(u"HH:mm"_s)},
            {u"earlierDay"_s, earlierDay},
            {u"what"_s, store::TaskName::in(c.assignmentTitle, language)},
        });
    }
    emit itemsChanged();
}

bool CheckedInNow::checkOut(const QString &checkInId)
{
    if (m_saving || checkInId.isEmpty())
        return false;
    if (!StoreWriter::instance()->isOpen()) {
        m_message = VisitorLanguage::words("CheckedInNow",
                                           QT_TRANSLATE_NOOP("CheckedInNow", "The kiosk cannot save check-outs right now."));
        emit messageChanged();
        return false;
    }
    m_saving = true;
    emit messageChanged();
    StoreWriter::instance()->write<store::VolunteerCheck>(
        this, [checkInId](store::Store &st) { return st.volunteers().checkOutCheckIn(checkInId); },
        [this](const store::Result<store::VolunteerCheck> &written) {
            m_saving = false;
            if (!written.ok()) {
                m_message = written.error().message;
            } else {
                const store::VolunteerCheck &c = written.value();
                // The store's count (the kiosk's timer when the wall clock was moved), for
                // station duty too: what the check-out sends.
                m_message = VisitorLanguage::words("CheckedInNow",
                                                   QT_TRANSLATE_NOOP("CheckedInNow", "%1 (%2) is checked out: %3 counted."))
                                .arg(c.volunteerName)
                                .arg(c.volunteerNumber)
                                .arg(VolunteerHoursWords::shown(c.servedNow, VisitorLanguage::current()));
            }
            reload();
            emit messageChanged();
        });
    return true;
}
