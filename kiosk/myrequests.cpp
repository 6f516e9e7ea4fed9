// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/myrequests.h"
#include "core/translatabletext.h"

#include "accessibility/visitorsettings.h"
#include "core/daypart.h"
#include "core/helptype.h"
#include "core/placekind.h"
#include "kiosk/helptypepictogram.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/helprequestrecord.h"
#include "kiosk/store/store.h"
#include "kiosk/storewriter.h"
#include "kiosk/syncstatus.h"
#include "kiosk/visitordates.h"
#include "kiosk/visitoridentity.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString stageKey(store::HelpRequestStage stage)
{
    switch (stage) {
    case store::HelpRequestStage::WaitingToSend: return u"waitingToSend"_s;
    case store::HelpRequestStage::Received: return u"received"_s;
    case store::HelpRequestStage::VolunteerFound: return u"volunteerFound"_s;
    case store::HelpRequestStage::Done: return u"done"_s;
    case store::HelpRequestStage::Cancelled: return u"cancelled"_s;
    case store::HelpRequestStage::CancellationWaitingToSend: return u"cancelling"_s;
    }
    return {};
}

QVariantMap itemFrom(const store::HelpRequestRecord &r, const QString &lang)
{
    const bool english = lang.startsWith(u"en");
    QString when = core::DayParts::name(r.dayPart).in(lang);
    if (r.wantedDay.isValid() && r.dayPart != core::DayPart::Any)
        when = VisitorDates::day(r.wantedDay, lang) + (english ? u", "_s + when.toLower() : u" "_s + when);
    const QString where = r.place.kind == core::PlaceKind::Listed && !r.placeName.en.isEmpty()
                              ? r.placeName.in(lang)
                              : core::PlaceKinds::name(r.place.kind).in(lang);
    const QString agreed = r.agreedAt.isValid()
                               ? VisitorDates::day(r.agreedAt.date(), lang) + u" "_s + r.agreedAt.time().toString(u"HH:mm"_s)
                               : QString();
    const bool done = r.stage == store::HelpRequestStage::Done;
    return {{u"id"_s, r.id},
            {u"code"_s, r.code},
            {u"type"_s, core::HelpTypes::key(r.type)},
            {u"typeName"_s, core::HelpTypes::name(r.type).in(lang)},
            {u"icon"_s, HelpTypePictogram::name(r.type)},
            {u"stage"_s, stageKey(r.stage)},
            {u"volunteer"_s, r.volunteerGivenName},
            {u"agreedAt"_s, agreed},
            {u"when"_s, when},
            {u"where"_s, where},
            {u"created"_s, VisitorDates::date(r.createdAt.date(), lang)},
            {u"rated"_s, r.rated},
            {u"stars"_s, r.stars},
            {u"cancellable"_s, r.cancellable},
            {u"rateable"_s, done && !r.rated}};
}

} // namespace

MyRequests::MyRequests(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, [this] {
        if (m_outcome == u"ok")
            reloadKeepingPage();
        emit errorChanged();
    });
    // A request saved or delivered here, and a sync round that brought a volunteer found or a
    // request done, while the list is on screen.
    const auto refresh = [this] {
        if (m_outcome == u"ok" && !m_saving)
            reloadKeepingPage();
    };
    connect(StationStore::instance(), &StationStore::countsChanged, this, refresh);
    connect(SyncStatus::instance(), &SyncStatus::changed, this, refresh);
}

QVariantList MyRequests::pageItems() const
{
    return m_items.mid(qsizetype(m_pageIndex) * m_pageSize, m_pageSize);
}

int MyRequests::pageCount() const
{
    return std::max<int>(1, int((m_items.size() + m_pageSize - 1) / m_pageSize));
}

void MyRequests::setPageSize(int size)
{
    size = std::clamp(size, 1, 10);
    if (size == m_pageSize)
        return;
    // Keep the first item on screen on screen.
    const int first = m_pageIndex * m_pageSize;
    m_pageSize = size;
    m_pageIndex = std::min(first / m_pageSize, pageCount() - 1);
    emit itemsChanged();
}

QString MyRequests::errorText() const
{
    return m_error.in(VisitorSettings::instance()->language());
}

void MyRequests::setError(const core::TranslatableText &words)
{
    m_error = words;
    emit errorChanged();
}

void MyRequests::reloadKeepingPage()
{
    const int page = m_pageIndex;
    reload();
    m_pageIndex = std::max(0, std::min(page, pageCount() - 1));
    emit itemsChanged();
}

void MyRequests::reload()
{
    m_items.clear();
    m_pageIndex = 0;
    auto *identity = VisitorIdentity::instance();
    const store::Store *st = StationStore::instance()->store();
    if (!identity->present()) {
        m_outcome = u"noVisitor"_s;
    } else if (!st) {
        m_outcome = u"unavailable"_s;
    } else {
        const auto found = st->requests().requestsFor(st->keyFor(identity->idNumber()));
        if (found.ok()) {
            const QString lang = VisitorSettings::instance()->language();
            for (const store::HelpRequestRecord &record : found.value())
                m_items.append(itemFrom(record, lang));
            m_outcome = u"ok"_s;
        } else {
            StationStore::instance()->noteError(found.error().message);
            setError(found.error().message);
            m_outcome = u"error"_s;
        }
    }
    emit itemsChanged();
}

void MyRequests::nextPage()
{
    if (m_pageIndex + 1 >= pageCount())
        return;
    ++m_pageIndex;
    emit itemsChanged();
}

void MyRequests::previousPage()
{
    if (m_pageIndex == 0)
        return;
    --m_pageIndex;
    emit itemsChanged();
}

QVariantMap MyRequests::item(const QString &id) const
{
    for (const QVariant &entry : m_items)
        if (entry.toMap().value(u"id"_s).toString() == id)
            return entry.toMap();
    return {};
}

bool MyRequests::cancel(const QString &requestId)
{
    if (m_saving)
        return true;
    if (!VisitorIdentity::instance()->present() || item(requestId).isEmpty()) {
        setError(core::TranslatableText::translate("MyRequests", "This request could not be found."));
        return false;
    }
    if (!StoreWriter::instance()->isOpen()) {
        setError(core::TranslatableText::translate("MyRequests",
                  "The kiosk cannot save right now. Please press \"Call staff\"."));
        return false;
    }
    setError({});
    setSaving(true);
    StoreWriter::instance()->write<QString>(
        this, [requestId](store::Store &st) { return st.requests().cancelRequest(requestId); },
        [this, requestId, generation = m_visitGeneration](const store::Result<QString> &saved) {
            if (generation != m_visitGeneration)
                return; // saved, for a visit already ended
            setSaving(false);
            if (!saved.ok()) {
                setError(saved.error().message);
                return;
            }
            reloadKeepingPage();
            emit cancelled(requestId);
        });
    return true;
}

void MyRequests::setSaving(bool saving)
{
    if (saving == m_saving)
        return;
    m_saving = saving;
    emit savingChanged();
}

void MyRequests::wipeVisitorData()
{
    m_items.clear();
    m_pageIndex = 0;
    m_outcome = u"noVisitor"_s;
    m_error = {};
    ++m_visitGeneration;
    setSaving(false);
    emit itemsChanged();
    emit errorChanged();
}
