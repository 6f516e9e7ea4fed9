// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/plandemohistory.h"

#include "server/console/planmonth.h"
#include "server/database.h"
#include "server/stationclock.h"
#include "server/stationregistry.h"
#include "server/volunteerregistry.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QtEndian>
#include <QUuid>

namespace server::console {

namespace {

struct DemoStation
{
    const char *idSuffix; ///< "" for the demo station itself
    const char *name, *district;
    int requestsPerMonth; ///< at the oldest month; it grows as word of the station spreads
    int visitors;         ///< distinct made-up visitors over the half year
    int firstVolunteer, volunteers;
};

const DemoStation stations[] = {
    {"", nullptr, nullptr, 18, 60, 201, 8},
    {"-hexi", "河西区友谊路街道残疾人服务站", "河西区", 24, 80, 221, 10},
    {"-nankai", "南开区学府街道残疾人服务站", "南开区", 12, 45, 241, 6},
};

// Made-up names, no real person's.
const char *const volunteerNames[] = {"赵明", "孙丽", "周红", "吴刚", "郑洁", "冯雪", "褚亮", "卫芳", "蒋涛",
                                      "沈燕", "韩冰", "杨帆", "朱琳", "秦勇", "许静", "何平", "吕欣", "施磊",
                                      "孔悦", "曹阳", "严宁", "华倩", "金波", "魏兰"};
const char *const helpTypes[] = {"accompany_to_hospital", "shopping_and_meals", "reading_and_forms", "home_visit",
                                 "sign_language", "travel_assistance"};

/// A small deterministic sequence, so every run makes the same history.
class Dice
{
public:
    explicit Dice(const QString &seed)
        : m_state(qFromBigEndian<quint64>(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).constData()) | 1)
    {
    }
    int below(int n)
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return int(m_state % quint64(n));
    }

private:
    quint64 m_state;
};

QString fixedId(const QString &name)
{
    static const QUuid history(QStringLiteral("0b5e7d2c-81f4-5a39-9c6e-3f1d2a4b5c6d"));
    return QUuid::createUuidV5(history, name).toString(QUuid::WithoutBraces);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString utcIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// A time in `month` on day `day` at `hour` on the stations' clock; 0 when it is not yet past.
qint64 at(const QDate &month, int day, int hour, int minute)
{
    const QDate date(month.year(), month.month(), qMin(day, month.daysInMonth()));
    const qint64 ms = QDateTime(date, QTime(hour, minute), StationClock::now().timeZone()).toMSecsSinceEpoch();
    return ms < QDateTime::currentMSecsSinceEpoch() ? ms : 0;
}

/// One served request: a help request (most), a home assessment or fee waiver, or a staff call.
bool serveOne(Database &db, const QString &stationId, const QString &id, Dice &dice, int visitors, qint64 doneAt)
{
    const qint64 receivedAt = doneAt - qint64(1 + dice.below(72)) * 3600 * 1000;
    const QString visitorKey = QString::fromLatin1(
        QCryptographicHash::hash(QStringLiteral("demo-history/%1/visitor/%2").arg(stationId).arg(dice.below(visitors)).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
    const int roll = dice.below(20);
    QString kind = QStringLiteral("volunteer_request");
    QJsonObject payload{{QStringLiteral("id"), id}, {QStringLiteral("createdAt"), utcIso(receivedAt)}};
    QVariant key = visitorKey;
    if (roll < 3) {
        // A staff call names nobody: it counts once as a person, as Statistics counts it.
        kind = QStringLiteral("help_call");
        payload = {{QStringLiteral("reason"), QString()}};
        key = QVariant();
    } else if (roll < 6) {
        kind = QStringLiteral("home_assessment_request");
        payload = {{QStringLiteral("request"), roll == 5 ? QStringLiteral("fee_waiver") : QStringLiteral("home_assessment")},
                   {QStringLiteral("visitorKey"), visitorKey},
                   {QStringLiteral("phone"), QString()},
                   {QStringLiteral("note"), QString()},
                   {QStringLiteral("code"), QStringLiteral("H%1").arg(dice.below(900000) + 100000)}};
    } else {
        payload.insert(QStringLiteral("helpType"), QString::fromLatin1(helpTypes[dice.below(int(std::size(helpTypes)))]));
        payload.insert(QStringLiteral("visitorKey"), visitorKey);
        payload.insert(QStringLiteral("phone"), QString());
        payload.insert(QStringLiteral("wantedDay"), QString());
        payload.insert(QStringLiteral("dayPart"), QStringLiteral("any"));
        payload.insert(QStringLiteral("place"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("station")},
                                                            {QStringLiteral("placeId"), QString()}});
        payload.insert(QStringLiteral("noteKeys"), QJsonArray());
    }
    return db.exec(QStringLiteral("INSERT INTO records (id, station_id, kind, payload, kiosk_created_at, received_at, status,"
                                  " status_changed_at, visitor_key) VALUES (?, ?, ?, ?, ?, ?, 'done', ?, ?)"
                                  " ON CONFLICT (id) DO NOTHING"),
                   {id, stationId, kind, compact(payload), utcIso(receivedAt), receivedAt, doneAt, key})
        .has_value();
}

/// One counted half day of station duty: its check-in and check-out records and the check row.
bool dutyOne(Database &db, const QString &stationId, const QString &volunteer, const QString &checkInId, qint64 start,
             int halfHours, bool *added)
{
    const QString checkOutId = fixedId(checkInId + QStringLiteral("/out"));
    const qint64 end = start + qint64(halfHours) * 30 * 60 * 1000;
    auto insert = db.exec(QStringLiteral("INSERT INTO records (id, station_id, kind, payload, kiosk_created_at, received_at,"
                                         " status, status_changed_at) VALUES (?, ?, 'check_in', ?, ?, ?, 'submitted', ?)"
                                         " ON CONFLICT (id) DO NOTHING"),
                          {checkInId, stationId,
                           compact({{QStringLiteral("volunteerNumber"), volunteer},
                                    {QStringLiteral("at"), utcIso(start)},
                                    {QStringLiteral("direction"), QStringLiteral("in")}}),
                           utcIso(start), start, start});
    if (!insert)
        return false;
    *added = insert->numRowsAffected() > 0;
    if (!*added)
        return true;
    return db.exec(QStringLiteral("INSERT INTO records (id, station_id, kind, payload, kiosk_created_at, received_at,"
                                  " status, status_changed_at) VALUES (?, ?, 'check_out', ?, ?, ?, 'submitted', ?)"),
                   {checkOutId, stationId,
                    compact({{QStringLiteral("checkInId"), checkInId}, {QStringLiteral("at"), utcIso(end)}}),
                    utcIso(end), end, end})
        && db.exec(QStringLiteral("INSERT INTO volunteer_checks (id, volunteer_id, station_id, checked_in_at, check_out_id,"
                                  " checked_out_at, ends_at, half_hours, duty_status, counted)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'approved', 1)"),
                   {checkInId, volunteer, stationId, start, checkOutId, end, end, halfHours});
}

/// The station's volunteers, registered month by month, each with a few counted duties a month.
bool seedVolunteers(Database &db, const QString &stationId, const DemoStation &s, const QDate &oldest)
{
    VolunteerRegistry registry(db);
    for (int n = 0; n < s.volunteers; ++n) {
        const QString number = QStringLiteral("TJ-V-%1").arg(s.firstVolunteer + n, 6, 10, QLatin1Char('0'));
        Dice dice(QStringLiteral("volunteer/") + number);
        // Spread over the half year: the first ones from the start, the newest last month.
        const QDate registeredMonth = oldest.addMonths(n * PlanDemoHistory::months / s.volunteers);
        const qint64 registeredAt = at(registeredMonth, 1 + dice.below(27), 10, 0);
        if (!registeredAt)
            continue;
        if (!db.scalar(QStringLiteral("SELECT 1 FROM volunteers WHERE id = ?"), {number}).isValid()) {
            VolunteerRegistry::Record r{number,
                                        QString::fromUtf8(volunteerNames[(s.firstVolunteer + n) % std::size(volunteerNames)]),
                                        QString(), stationId, QString::fromLatin1(helpTypes[dice.below(int(std::size(helpTypes)))]),
                                        0};
            if (!registry.upsert(r)
                || !db.exec(QStringLiteral("UPDATE volunteers SET registered_at = ? WHERE id = ?"), {registeredAt, number}))
                return false;
        }
        qint64 halfHours = 0;
        for (QDate month = registeredMonth; month <= PlanMonth::current(); month = month.addMonths(1)) {
            const int duties = dice.below(4); // some months a volunteer has no time
            for (int d = 0; d < duties; ++d) {
                // One duty in each third of the month, so a volunteer's duties never overlap.
                const qint64 start = at(month, 1 + d * 9 + dice.below(9), 9 + dice.below(5), 0);
                if (!start || start <= registeredAt)
                    continue;
                const int served = 4 + dice.below(5); // two to four hours
                bool added = false;
                const QString id = fixedId(QStringLiteral("%1/%2/duty/%3").arg(number, PlanMonth::name(month)).arg(d));
                if (!dutyOne(db, stationId, number, id, start, served, &added))
                    return false;
                if (added)
                    halfHours += served;
            }
        }
        if (halfHours > 0 && !registry.addHalfHours(number, halfHours))
            return false;
    }
    return true;
}

} // namespace

bool PlanDemoHistory::seed(Database &db, const QString &demoStationId)
{
    StationRegistry registry(db);
    const QDate oldest = PlanMonth::current().addMonths(-months);
    for (const DemoStation &s : stations) {
        const QString stationId = demoStationId + QString::fromLatin1(s.idSuffix);
        QString problem;
        if (s.name && !registry.info(stationId)
            && !registry.create(stationId, QString::fromUtf8(s.name), QString::fromUtf8(s.district), &problem))
            return false;
        for (int m = 0; m <= months; ++m) {
            const QDate month = oldest.addMonths(m);
            const QString monthName = PlanMonth::name(month);
            Dice dice(QStringLiteral("%1/%2").arg(stationId, monthName));
            const int count = s.requestsPerMonth + s.requestsPerMonth * m / 4 + dice.below(6);
            for (int n = 0; n < count; ++n) {
                const qint64 doneAt = at(month, 1 + dice.below(28), 9 + dice.below(8), dice.below(60));
                if (!doneAt)
                    continue;
                const QString id = fixedId(QStringLiteral("%1/%2/request/%3").arg(stationId, monthName).arg(n));
                if (!serveOne(db, stationId, id, dice, s.visitors, doneAt))
                    return false;
            }
        }
        if (!seedVolunteers(db, stationId, s, oldest))
            return false;
    }
    return true;
}

QString PlanDemoHistory::summary()
{
    return QStringLiteral("%1 months of served requests and volunteers for the plan figures, at the demo station and"
                          " two more demo stations (河西区, 南开区)")
        .arg(months);
}

} // namespace server::console
