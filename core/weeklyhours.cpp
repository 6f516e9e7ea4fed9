// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/weeklyhours.h"

#include <QStringList>

#include <algorithm>

namespace core {

namespace {

constexpr std::array<const char *, 7> dayNames = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

int dayIndex(QStringView name)
{
    for (int i = 0; i < int(dayNames.size()); ++i) {
        if (name.compare(QLatin1String(dayNames[i]), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

std::optional<QTime> readTime(QStringView text)
{
    // Exactly HH:mm so "9:0" or "09:00:00" are refused rather than guessed.
    if (text.size() != 5 || text[2] != u':')
        return std::nullopt;
    const QTime t = QTime::fromString(text.toString(), QStringLiteral("HH:mm"));
    if (!t.isValid())
        return std::nullopt;
    return t;
}

/// The days a group names: "mon", "mon-fri", "sat-sun"; a range may wrap ("fri-mon").
std::optional<QList<int>> readDayRange(QStringView text)
{
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0) {
        const int d = dayIndex(text);
        if (d < 0)
            return std::nullopt;
        return QList<int>{d};
    }
    const int first = dayIndex(text.left(dash));
    const int last = dayIndex(text.mid(dash + 1));
    if (first < 0 || last < 0)
        return std::nullopt;
    QList<int> days;
    for (int d = first;; d = (d + 1) % 7) {
        days.append(d);
        if (d == last)
            break;
    }
    return days;
}

/// "mon", "mon-fri", or a list of them: "tue,thu", "mon-wed,fri".
std::optional<QList<int>> readDays(QStringView text)
{
    QList<int> days;
    for (QStringView part : text.split(u',')) {
        const auto range = readDayRange(part);
        if (!range)
            return std::nullopt;
        days.append(*range);
    }
    return days;
}

QString timeText(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QString periodsText(const QList<WeeklyHours::Period> &periods)
{
    QStringList parts;
    for (const auto &[from, to] : periods)
        parts.append(timeText(from) + u'-' + timeText(to));
    return parts.join(u',');
}

} // namespace

std::optional<WeeklyHours> WeeklyHours::parse(QStringView text)
{
    WeeklyHours hours;
    const QString whole = text.toString().simplified();
    if (whole.isEmpty())
        return std::nullopt;
    for (const QString &rawGroup : whole.split(u';')) {
        const QString group = rawGroup.trimmed();
        const qsizetype space = group.indexOf(u' ');
        if (space <= 0)
            return std::nullopt;
        const auto days = readDays(QStringView(group).left(space));
        if (!days)
            return std::nullopt;
        // "09:00-11:30, 14:00-16:30" is read like "09:00-11:30,14:00-16:30".
        QString periodText = group.mid(space + 1);
        periodText.remove(u' ');
        QList<Period> periods;
        for (const QString &p : periodText.split(u',')) {
            const qsizetype dash = p.indexOf(u'-');
            if (dash < 0)
                return std::nullopt;
            const auto from = readTime(QStringView(p).left(dash));
            const auto to = readTime(QStringView(p).mid(dash + 1));
            if (!from || !to || *to <= *from)
                return std::nullopt;
            periods.append({*from, *to});
        }
        for (int d : *days)
            hours.m_days[d].append(periods);
    }
    for (auto &day : hours.m_days) {
        std::sort(day.begin(), day.end());
        for (qsizetype i = 1; i < day.size(); ++i) {
            if (day[i].first < day[i - 1].second)
                return std::nullopt;
        }
    }
    return hours;
}

QString WeeklyHours::toString() const
{
    QStringList groups;
    int d = 0;
    while (d < 7) {
        if (m_days[d].isEmpty()) {
            ++d;
            continue;
        }
        int last = d;
        while (last + 1 < 7 && m_days[last + 1] == m_days[d])
            ++last;
        QString days = QLatin1String(dayNames[d]);
        if (last > d)
            days += u'-' + QLatin1String(dayNames[last]);
        groups.append(days + u' ' + periodsText(m_days[d]));
        d = last + 1;
    }
    return groups.join(QStringLiteral("; "));
}

QList<WeeklyHours::Period> WeeklyHours::periodsOn(QDate day) const
{
    if (!day.isValid())
        return {};
    return m_days[day.dayOfWeek() - 1];
}

bool WeeklyHours::isOpenAt(const QDateTime &moment) const
{
    if (!moment.isValid())
        return false;
    const QTime t = moment.time();
    const auto periods = periodsOn(moment.date());
    return std::any_of(periods.begin(), periods.end(), [t](const Period &p) { return p.first <= t && t < p.second; });
}

bool WeeklyHours::isEmpty() const
{
    return std::all_of(m_days.begin(), m_days.end(), [](const QList<Period> &d) { return d.isEmpty(); });
}

} // namespace core
