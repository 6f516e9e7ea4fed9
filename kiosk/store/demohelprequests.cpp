// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/demohelprequests.h"

#include "kiosk/store/sqlvalues.h"
#include "kiosk/store/store.h"

namespace store {

namespace {

core::LocalizedText t(const char *zh, const char *en)
{
    return {QString::fromUtf8(zh), QString::fromUtf8(en)};
}

struct DemoRow
{
    const char *id;
    const char *helpType;
    int wantedInDays; ///< relative to today; 99: any day
    const char *dayPart;
    const char *placeKind;
    const char *placeId;
    const char *code;
    const char *status;
    int createdDaysAgo;
    const char *volunteerGivenName;
    int agreedHour; ///< 0: no agreed time
    int stars;      ///< 0: not rated
};

// Delivered already (not in the outbox), so their notes and phone are gone, as on a real kiosk.
constexpr DemoRow kRows[] = {
    {"01900000-0000-7000-8000-000000000001", "accompany_to_hospital", -5, "morning", "listed", "place-hospital-1",
     "DMX2A", "done", 9, "小王", 9, 0},
    {"01900000-0000-7000-8000-000000000002", "shopping_and_meals", 1, "afternoon", "home", "", "DMX3B", "assigned", 2,
     "小李", 15, 0},
    {"01900000-0000-7000-8000-000000000003", "reading_letters", 99, "any", "station", "", "DMX4C", "accepted", 1, "", 0,
     0},
    {"01900000-0000-7000-8000-000000000004", "home_visit", -12, "morning", "home", "", "DMX5D", "done", 16, "小张", 10, 5},
    {"01900000-0000-7000-8000-000000000005", "sign_language", -3, "afternoon", "arrange", "", "DMX6E", "cancelled", 7, "",
     0, 0},
};

} // namespace

QList<Place> DemoHelpRequests::places()
{
    return {
        {QStringLiteral("place-hospital-1"), t("和平区中心医院", "Heping District Central Hospital"), QStringLiteral("hospital"), 1},
        {QStringLiteral("place-hospital-2"), t("市第一人民医院", "City No. 1 People's Hospital"), QStringLiteral("hospital"), 2},
        {QStringLiteral("place-rehab"), t("区残联康复中心", "District rehabilitation centre"), QStringLiteral("place"), 3},
        {QStringLiteral("place-social-insurance"), t("区社保大厅", "District social-insurance hall"), QStringLiteral("place"), 4},
    };
}

Result<void> DemoHelpRequests::install(Store &store, const QString &idNumber)
{
    Database &db = store.database();
    const QDateTime now = store.now();
    const QDate today = now.date();
    const QString holder = store.keyFor(idNumber);
    auto written = db.write([&]() -> Result<void> {
        for (const DemoRow &r : kRows) {
            const QDate wanted = r.wantedInDays == 99 ? QDate() : today.addDays(r.wantedInDays);
            const QDateTime agreed = r.agreedHour ? QDateTime(wanted, QTime(r.agreedHour, 0)) : QDateTime();
            auto q = db.exec(QStringLiteral("INSERT INTO help_requests(id, help_type, id_hash, phone, wanted_day, day_part, "
                                            "place_kind, place_id, note, code, status, status_changed_at, created_at, "
                                            "volunteer_given_name, agreed_at) "
                                            "VALUES(?, ?, ?, '', ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?)"),
                             {QString::fromLatin1(r.id), QString::fromLatin1(r.helpType), holder, SqlValues::date(wanted),
                              QString::fromLatin1(r.dayPart), QString::fromLatin1(r.placeKind),
                              QString::fromLatin1(r.placeId), QString::fromLatin1(r.code), QString::fromLatin1(r.status),
                              SqlValues::utc(now.addDays(-r.createdDaysAgo + 1)),
                              SqlValues::utc(now.addDays(-r.createdDaysAgo)), QString::fromUtf8(r.volunteerGivenName),
                              SqlValues::localTime(agreed)});
            if (!q.ok())
                return q.error();
            if (r.stars == 0)
                continue;
            q = db.exec(QStringLiteral("INSERT INTO ratings(id, request_id, stars, phrase_keys, created_at) "
                                       "VALUES(?, ?, ?, 'on_time,kind', ?)"),
                        {QString::fromLatin1(r.id).replace(QStringLiteral("8000-"), QStringLiteral("9000-")), QString::fromLatin1(r.id), r.stars,
                         SqlValues::utc(now.addDays(-r.createdDaysAgo + 2))});
            if (!q.ok())
                return q.error();
        }
        return {};
    });
    if (!written.ok())
        return written;
    // The newest one has not reached the server yet: written as the kiosk writes any request.
    HelpRequestDraft waiting;
    waiting.type = core::HelpType::TravelAssistance;
    waiting.idNumber = idNumber;
    waiting.wantedDay = today.addDays(2);
    waiting.dayPart = core::DayPart::Morning;
    waiting.place = {core::PlaceKind::Listed, QStringLiteral("place-rehab")};
    waiting.noteKeys = {QStringLiteral("uses_wheelchair")};
    auto saved = store.requests().submitHelpRequest(waiting);
    if (!saved.ok())
        return saved.error();
    return {};
}

} // namespace store
