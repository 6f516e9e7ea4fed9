// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/volunteerhoursview.h"

#include "accessibility/visitorsettings.h"
#include "core/starlevel.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/store/taskname.h"
#include "kiosk/visitordates.h"
#include "kiosk/visitorlanguage.h"
#include "kiosk/volunteerhourswords.h"

using namespace Qt::StringLiterals;

namespace {

QString language()
{
    return VisitorLanguage::current();
}

QString shown(core::VolunteerHours hours)
{
    return VolunteerHoursWords::shown(hours, language());
}

} // namespace

VolunteerHoursView::VolunteerHoursView(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, &VolunteerHoursView::changed);
}

void VolunteerHoursView::load(const QString &volunteerNumber)
{
    m_summary.reset();
    if (const store::Store *st = StationStore::instance()->store()) {
        auto summary = st->volunteers().hoursOf(volunteerNumber);
        if (summary.ok())
            m_summary = summary.value();
        else
            StationStore::instance()->noteError(summary.error().message);
    }
    emit changed();
}

void VolunteerHoursView::clear()
{
    m_summary.reset();
    emit changed();
}

QString VolunteerHoursView::total() const
{
    return m_summary ? shown(m_summary->total) : QString();
}

QString VolunteerHoursView::notYetSent() const
{
    return m_summary && m_summary->notYetSent.halfHours() > 0 ? shown(m_summary->notYetSent) : QString();
}

QString VolunteerHoursView::waitingForApproval() const
{
    return m_summary && m_summary->waitingForApproval.halfHours() > 0 ? shown(m_summary->waitingForApproval) : QString();
}

QString VolunteerHoursView::level() const
{
    return m_summary ? core::StarLevel::title(m_summary->stars).in(language()) : QString();
}

QString VolunteerHoursView::toNextStar() const
{
    return m_summary && m_summary->toNextStar ? shown(*m_summary->toNextStar) : QString();
}

QString VolunteerHoursView::nextLevel() const
{
    return m_summary && m_summary->toNextStar ? core::StarLevel::title(m_summary->stars + 1).in(language()) : QString();
}

QVariantList VolunteerHoursView::periods() const
{
    QVariantList list;
    if (!m_summary)
        return list;
    for (const store::ServedPeriod &p : m_summary->recent) {
        using State = store::ServedPeriod::State;
        QString state;
        QString stateText;
        switch (p.state) {
        case State::Counted:
            state = u"counted"_s;
            stateText = tr("Counted");
            break;
        case State::NotYetSent:
            state = u"notYetSent"_s;
            stateText = tr("Not yet sent");
            break;
        case State::WaitingForApproval:
            state = u"waiting"_s;
            stateText = tr("Waiting for a coordinator");
            break;
        case State::Refused:
            state = u"refused"_s;
            stateText = tr("Not approved");
            break;
        case State::NotCounted:
            state = u"notCounted"_s;
            stateText = tr("Not counted: please ask station staff");
            break;
        }
        list.append(QVariantMap{
            {u"when"_s, VisitorDates::day(p.from.date(), language()) + u" "_s + p.from.toString(u"HH:mm"_s)
                            + (p.to.isValid() ? u"\u2011"_s + p.to.toString(u"HH:mm"_s) : QString())},
            // Not counted: no hours to show, only that staff record them.
            {u"hours"_s, p.state == State::NotCounted ? QString() : shown(p.hours)},
            {u"what"_s, store::TaskName::in(p.what, language())},
            {u"state"_s, state},
            {u"stateText"_s, stateText},
            {u"reason"_s, p.reason.in(language())},
        });
    }
    return list;
}

QString VolunteerHoursView::speech() const
{
    if (!m_summary)
        return {};
    const QString lang = language();
    auto said = [&](core::VolunteerHours hours) { return VolunteerHoursWords::spoken(hours, lang); };
    QStringList parts;
    parts << tr("Your total is %1.").arg(said(m_summary->total));
    if (m_summary->notYetSent.halfHours() > 0)
        parts << tr("Of that, %1 is not yet sent to the central office.").arg(said(m_summary->notYetSent));
    if (m_summary->waitingForApproval.halfHours() > 0)
        parts << tr("%1 of station duty is waiting for a coordinator's approval.").arg(said(m_summary->waitingForApproval));
    parts << (m_summary->stars > 0 ? tr("Your level: %1.").arg(level()) : tr("You have no star yet."));
    if (m_summary->toNextStar)
        parts << tr("%1 more to become a %2.").arg(said(*m_summary->toNextStar), nextLevel());
    parts << tr("For a certificate of your service hours, ask the station staff.");
    return parts.join(u' ');
}
