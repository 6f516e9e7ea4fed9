// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/servicedirectory.h"

#include "accessibility/linebreaking.h"
#include "accessibility/visitorsettings.h"
#include "core/servicecategory.h"
#include "core/weeklyhours.h"
#include "kiosk/servicecategorypictogram.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/syncstatus.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString language()
{
    return VisitorSettings::instance()->language();
}

/// The first sentence of a description: the one line under a service's name.
QString firstSentence(const QString &text)
{
    static const QRegularExpression end(u"[。！？!?；;]|\\.(\\s|$)"_s);
    const auto match = end.match(text);
    return match.hasMatch() ? text.left(match.capturedStart() + 1).trimmed() : text.trimmed();
}

QVariantMap rowOf(const store::ServiceOffer &offer, const QString &lang)
{
    return {{u"id"_s, offer.id},
            // The station's words, kept whole across lines as the catalogue's are.
            {u"name"_s, LineBreaking::keepTogether(offer.name.in(lang))},
            {u"line"_s, LineBreaking::keepTogether(firstSentence(offer.offers.in(lang)))},
            {u"icon"_s, ServiceCategoryPictogram::name(offer.category)},
            {u"bookable"_s, offer.bookable},
            {u"walkIn"_s, offer.walkIn}};
}

/// Open at this moment by its weekly pattern; a service without one is never "open now".
bool openNow(const store::ServiceOffer &offer, const QDateTime &now)
{
    const auto hours = core::WeeklyHours::parse(offer.weeklyHours);
    return hours && !hours->isEmpty() && hours->isOpenAt(now);
}

QVariantMap detailsOf(const store::ServiceOffer &offer, const QString &lang, const QDateTime &now)
{
    const QString official = offer.officialName.in(lang);
    return {{u"id"_s, offer.id},
            {u"name"_s, LineBreaking::keepTogether(offer.name.in(lang))},
            // The official term comes second and smaller; not when it says the same.
            {u"officialName"_s, official == offer.name.in(lang) ? QString() : LineBreaking::keepTogether(official)},
            {u"offers"_s, LineBreaking::keepTogether(offer.offers.in(lang))},
            {u"eligibility"_s, LineBreaking::keepTogether(offer.eligibility.in(lang))},
            {u"whatToBring"_s, LineBreaking::keepTogether(offer.whatToBring.in(lang))},
            {u"openingHours"_s, LineBreaking::keepTogether(offer.openingHours.in(lang))},
            {u"place"_s, LineBreaking::keepTogether(offer.place.in(lang))},
            {u"icon"_s, ServiceCategoryPictogram::name(offer.category)},
            {u"categoryName"_s, core::ServiceCategories::name(offer.category).in(lang)},
            {u"bookable"_s, offer.bookable},
            {u"walkIn"_s, offer.walkIn},
            {u"openNow"_s, offer.walkIn && openNow(offer, now)},
            {u"queuePrefix"_s, offer.queuePrefix}};
}

} // namespace

ServiceDirectory::ServiceDirectory(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, &ServiceDirectory::reload);
    // A sync round may bring new services or change one on screen.
    connect(SyncStatus::instance(), &SyncStatus::changed, this, &ServiceDirectory::reload);
    reload();
}

QString ServiceDirectory::categoryName() const
{
    const auto category = core::ServiceCategories::fromKey(m_category);
    return category ? core::ServiceCategories::name(*category).in(language()) : QString();
}

QString ServiceDirectory::categoryIcon() const
{
    const auto category = core::ServiceCategories::fromKey(m_category);
    return category ? ServiceCategoryPictogram::name(*category) : u"apps"_s;
}

void ServiceDirectory::reload()
{
    const QString previousOutcome = m_outcome;
    QVariantList categories;
    const store::Store *st = StationStore::instance()->store();
    if (!st) {
        m_outcome = u"unavailable"_s;
    } else if (const auto offers = st->services().catalogue(); !offers.ok()) {
        StationStore::instance()->noteError(offers.error().message);
        m_outcome = u"error"_s;
    } else {
        const QString lang = language();
        for (core::ServiceCategory category : core::ServiceCategories::all()) {
            const auto count = std::count_if(offers.value().cbegin(), offers.value().cend(),
                                             [category](const store::ServiceOffer &o) { return o.category == category; });
            if (count > 0)
                categories.append(QVariantMap{{u"key"_s, core::ServiceCategories::key(category)},
                                              {u"name"_s, core::ServiceCategories::name(category).in(lang)},
                                              {u"icon"_s, ServiceCategoryPictogram::name(category)},
                                              {u"count"_s, int(count)}});
        }
        m_outcome = categories.isEmpty() ? u"empty"_s : u"ok"_s;
    }
    // A sync round that changed nothing rebuilds nothing: the keypad's focus stays where it is.
    if (categories != m_categories || m_outcome != previousOutcome) {
        m_categories = categories;
        emit catalogueChanged();
    }
    readSelection();
}

void ServiceDirectory::readSelection(bool chosen)
{
    QVariantList services;
    QVariantMap service;
    if (const store::Store *st = StationStore::instance()->store()) {
        const QString lang = language();
        const auto category = core::ServiceCategories::fromKey(m_category);
        if (const auto offers = st->services().catalogue(category); offers.ok())
            for (const store::ServiceOffer &offer : offers.value())
                services.append(rowOf(offer, lang));
        if (!m_serviceId.isEmpty())
            if (const auto offer = st->services().service(m_serviceId); offer.ok() && offer.value())
                service = detailsOf(*offer.value(), lang, st->now());
    }
    if (!chosen && services == m_services && service == m_service)
        return;
    m_services = services;
    m_service = service;
    emit selectionChanged();
}

bool ServiceDirectory::chooseCategory(const QString &key)
{
    const auto category = core::ServiceCategories::fromKey(key);
    if (!category)
        return false;
    const QString previous = std::exchange(m_category, key);
    readSelection(true);
    if (m_services.isEmpty()) {
        m_category = previous;
        readSelection(true);
        return false;
    }
    return true;
}

bool ServiceDirectory::chooseService(const QString &serviceId)
{
    const QString previous = std::exchange(m_serviceId, serviceId);
    readSelection(true);
    if (m_service.isEmpty()) {
        m_serviceId = previous;
        readSelection(true);
        return false;
    }
    return true;
}

void ServiceDirectory::wipeVisitorData()
{
    m_category.clear();
    m_serviceId.clear();
    readSelection(true);
}
