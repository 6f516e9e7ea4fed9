// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/helprequest.h"
#include "core/translatabletext.h"

#include "accessibility/visitorsettings.h"
#include "core/daypart.h"
#include "core/helptype.h"
#include "core/notephrases.h"
#include "core/phonenumber.h"
#include "core/placekind.h"
#include "kiosk/helptypepictogram.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/helprequestdraft.h"
#include "kiosk/store/store.h"
#include "kiosk/storewriter.h"
#include "kiosk/visitordates.h"
#include "kiosk/visitoridentity.h"

#include <QLocale>

using namespace Qt::StringLiterals;

HelpRequest::HelpRequest(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, [this] {
        emit languageChanged();
        emit draftChanged();
        emit errorChanged();
        reloadPlaces();
    });
    // A card read in the middle of the flow brings its address.
    connect(VisitorIdentity::instance(), &VisitorIdentity::changed, this, &HelpRequest::draftChanged);
    reloadPlaces();
}

HelpRequest::~HelpRequest()
{
    clearPhoneDigits();
}

QString HelpRequest::language() const
{
    return VisitorSettings::instance()->language();
}

QDate HelpRequest::today() const
{
    // The station's day, as the store (and its "not before today" rule) sees it.
    if (const store::Store *st = StationStore::instance()->store())
        return st->now().date();
    return QDate::currentDate();
}

QDate HelpRequest::lastDay() const
{
    // "This week or next": up to the Sunday of next week.
    const QDate first = today();
    return first.addDays(7 - first.dayOfWeek() + 7);
}

QVariantList HelpRequest::helpTypes() const
{
    QVariantList list;
    const QString lang = language();
    for (core::HelpType type : core::HelpTypes::all())
        list.append(QVariantMap{{u"key"_s, core::HelpTypes::key(type)},
                                {u"name"_s, core::HelpTypes::name(type).in(lang)},
                                {u"scope"_s, core::HelpTypes::scope(type).in(lang)},
                                {u"icon"_s, HelpTypePictogram::name(type)}});
    return list;
}

QVariantList HelpRequest::days() const
{
    QVariantList list;
    const QString lang = language();
    const QDate first = today();
    for (QDate day = first; day <= lastDay(); day = day.addDays(1)) {
        const qint64 offset = first.daysTo(day);
        list.append(QVariantMap{{u"iso"_s, day.toString(Qt::ISODate)},
                                {u"weekday"_s, VisitorDates::weekday(day, lang)},
                                {u"date"_s, VisitorDates::date(day, lang)},
                                {u"relative"_s, offset == 0 ? u"today"_s : offset == 1 ? u"tomorrow"_s : QString()},
                                // Days after this Sunday are next week's.
                                {u"nextWeek"_s, day.weekNumber() != first.weekNumber()}});
    }
    return list;
}

QVariantList HelpRequest::dayParts() const
{
    QVariantList list;
    for (core::DayPart part : core::DayParts::all())
        if (part != core::DayPart::Any)
            list.append(QVariantMap{{u"key"_s, core::DayParts::key(part)},
                                    {u"name"_s, core::DayParts::name(part).in(language())}});
    return list;
}

QVariantList HelpRequest::places() const
{
    return m_places;
}

void HelpRequest::reloadPlaces()
{
    QVariantList list;
    if (const store::Store *st = StationStore::instance()->store()) {
        const auto places = st->requests().places();
        if (places.ok())
            for (const store::Place &place : places.value())
                list.append(QVariantMap{{u"id"_s, place.id}, {u"name"_s, place.name.in(language())}, {u"kind"_s, place.kind}});
    }
    m_places = list;
    emit placesChanged();
}

QVariantList HelpRequest::notePhrases() const
{
    QVariantList list;
    for (const core::Phrase &phrase : core::NotePhrases::all())
        list.append(QVariantMap{{u"key"_s, phrase.key},
                                {u"words"_s, phrase.words.in(language())}});
    return list;
}

QString HelpRequest::helpTypeName() const
{
    const auto type = core::HelpTypes::fromKey(m_helpType);
    return type ? core::HelpTypes::name(*type).in(language()) : QString();
}

QString HelpRequest::helpTypeScope() const
{
    const auto type = core::HelpTypes::fromKey(m_helpType);
    return type ? core::HelpTypes::scope(*type).in(language()) : QString();
}

QString HelpRequest::wantedDay() const
{
    return m_day.isValid() ? m_day.toString(Qt::ISODate) : QString();
}

QString HelpRequest::whenText() const
{
    const auto part = core::DayParts::fromKey(m_dayPart);
    if (!part)
        return {};
    const QString partName = core::DayParts::name(*part).in(language());
    if (!m_day.isValid() || *part == core::DayPart::Any)
        return partName;
    const bool english = language().startsWith(u"en");
    const QString day = VisitorDates::day(m_day, language());
    return english ? day + u", "_s + partName.toLower() : day + u" "_s + partName;
}

QString HelpRequest::whereText() const
{
    const auto kind = core::PlaceKinds::fromKey(m_placeKind);
    if (!kind)
        return {};
    if (*kind == core::PlaceKind::Listed) {
        for (const QVariant &place : m_places)
            if (place.toMap().value(u"id"_s).toString() == m_placeId)
                return place.toMap().value(u"name"_s).toString();
    }
    return core::PlaceKinds::name(*kind).in(language());
}

QString HelpRequest::homeAddress() const
{
    return VisitorIdentity::instance()->address();
}

QStringList HelpRequest::noteWords() const
{
    QStringList words;
    // In the table's order, whatever order they were touched in.
    for (const core::Phrase &phrase : core::NotePhrases::all())
        if (m_noteKeys.contains(phrase.key))
            words.append(phrase.words.in(language()));
    return words;
}

QString HelpRequest::groupedPhone() const
{
    return m_phone.grouped();
}

bool HelpRequest::phoneComplete() const
{
    return m_phone.complete();
}

QString HelpRequest::phoneProblem() const
{
    return m_phone.isEmpty() ? QString() : m_phone.problem().in(language());
}

QString HelpRequest::spokenPhone() const
{
    return m_phone.spoken();
}

QString HelpRequest::errorText() const
{
    return m_error.in(language());
}

void HelpRequest::setError(const core::TranslatableText &words)
{
    m_error = words;
    emit errorChanged();
}

void HelpRequest::setReviewed(bool reviewed)
{
    if (reviewed == m_reviewed)
        return;
    m_reviewed = reviewed;
    emit draftChanged();
}

bool HelpRequest::complete() const
{
    return core::HelpTypes::fromKey(m_helpType) && core::DayParts::fromKey(m_dayPart)
           && core::PlaceKinds::fromKey(m_placeKind);
}

void HelpRequest::start()
{
    m_reviewed = false;
    m_helpType.clear();
    m_day = {};
    m_dayPart.clear();
    m_placeKind.clear();
    m_placeId.clear();
    m_noteKeys.clear();
    clearPhoneDigits();
    m_code.clear();
    m_maskedPhone.clear();
    m_error = {};
    ++m_visitGeneration; // a write still under way belongs to the request being forgotten
    setSaving(false);
    reloadPlaces();
    emit draftChanged();
    emit phoneChanged();
    emit resultChanged();
    emit errorChanged();
}

bool HelpRequest::chooseHelpType(const QString &key)
{
    if (!core::HelpTypes::fromKey(key))
        return false;
    m_helpType = key;
    emit draftChanged();
    return true;
}

bool HelpRequest::chooseDay(const QString &iso)
{
    const QDate day = QDate::fromString(iso, Qt::ISODate);
    if (!day.isValid() || day < today() || day > lastDay())
        return false;
    m_day = day;
    if (m_dayPart == u"any")
        m_dayPart.clear(); // a day chosen after "any time": the part of the day is asked again
    emit draftChanged();
    return true;
}

bool HelpRequest::chooseDayPart(const QString &key)
{
    const auto part = core::DayParts::fromKey(key);
    if (!part || *part == core::DayPart::Any || !m_day.isValid())
        return false;
    m_dayPart = key;
    emit draftChanged();
    return true;
}

void HelpRequest::chooseAnyTime()
{
    m_day = {};
    m_dayPart = core::DayParts::key(core::DayPart::Any);
    emit draftChanged();
}

bool HelpRequest::choosePlace(const QString &kind, const QString &placeId)
{
    const auto parsed = core::PlaceKinds::fromKey(kind);
    if (!parsed)
        return false;
    if (*parsed == core::PlaceKind::Listed) {
        bool known = false;
        for (const QVariant &place : std::as_const(m_places))
            known = known || place.toMap().value(u"id"_s).toString() == placeId;
        if (!known)
            return false;
        m_placeId = placeId;
    } else {
        m_placeId.clear();
    }
    m_placeKind = kind;
    emit draftChanged();
    return true;
}

bool HelpRequest::toggleNote(const QString &key)
{
    if (!core::NotePhrases::isKnown(key))
        return false;
    if (!m_noteKeys.removeOne(key))
        m_noteKeys.append(key);
    emit draftChanged();
    return m_noteKeys.contains(key);
}

bool HelpRequest::appendDigit(const QString &digit)
{
    if (!m_phone.append(digit))
        return false;
    if (!m_error.isEmpty())
        setError({});
    emit phoneChanged();
    return true;
}

void HelpRequest::removeLastDigit()
{
    if (m_phone.removeLast())
        emit phoneChanged();
}

void HelpRequest::clearPhone()
{
    clearPhoneDigits();
    emit phoneChanged();
}

void HelpRequest::clearPhoneDigits()
{
    m_phone.wipe();
}

bool HelpRequest::submit()
{
    if (m_saving)
        return true; // a second touch of Send while the first is being saved
    const auto type = core::HelpTypes::fromKey(m_helpType);
    const auto part = core::DayParts::fromKey(m_dayPart);
    const auto kind = core::PlaceKinds::fromKey(m_placeKind);
    if (!complete()) {
        setError(core::TranslatableText::translate("HelpRequest", "A step is not chosen yet. Please touch Change and choose it."));
        return false;
    }
    if (!phoneAcceptable()) {
        setError(m_phone.problem());
        return false;
    }
    auto *identity = VisitorIdentity::instance();
    if (!identity->present()) {
        setError(core::TranslatableText::translate("HelpRequest", "Please place your ID card or type your ID number first."));
        return false;
    }
    if (!StoreWriter::instance()->isOpen()) {
        setError(core::TranslatableText::translate("HelpRequest",
                  "The kiosk cannot save requests right now. Please press \"Call staff\"."));
        return false;
    }
    setError({});
    setSaving(true);
    // A copy for the writer's thread, gone when the write is done.
    store::HelpRequestDraft draft;
    draft.type = *type;
    draft.idNumber = identity->idNumber();
    draft.phone = m_phone.digits();
    draft.wantedDay = m_day;
    draft.dayPart = *part;
    draft.place = {*kind, m_placeId};
    draft.noteKeys = m_noteKeys;
    StoreWriter::instance()->write<store::Submitted>(
        this, [draft](store::Store &st) { return st.requests().submitHelpRequest(draft); },
        [this, masked = m_phone.masked(), generation = m_visitGeneration](const store::Result<store::Submitted> &saved) {
            if (generation == m_visitGeneration) // else saved for a request already forgotten
                takeSaved(saved, masked);
        });
    return true;
}

void HelpRequest::takeSaved(const store::Result<store::Submitted> &saved, const QString &maskedPhone)
{
    setSaving(false);
    if (!saved.ok()) {
        StationStore::instance()->noteError(saved.error().message);
        setError(saved.error().message);
        return;
    }
    m_code = saved.value().code;
    m_maskedPhone = maskedPhone;
    emit resultChanged();
}

void HelpRequest::setSaving(bool saving)
{
    if (saving == m_saving)
        return;
    m_saving = saving;
    emit savingChanged();
}

void HelpRequest::wipeVisitorData()
{
    start();
}
