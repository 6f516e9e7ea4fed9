// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/volunteerhourswords.h"

using namespace Qt::StringLiterals;

QString VolunteerHoursWords::shown(core::VolunteerHours hours, QStringView language)
{
    // A no-break space: "122.5" and its unit never stand on two lines.
    if (language.startsWith(u"en"))
        return hours.halfHours() == 2 ? u"1\u00A0hour"_s : hours.text() + u"\u00A0hours"_s;
    return hours.text() + u"\u00A0小时"_s;
}

QString VolunteerHoursWords::spoken(core::VolunteerHours hours, QStringView language)
{
    if (language.startsWith(u"en"))
        return shown(hours, language);
    const qint64 whole = hours.halfHours() / 2;
    const bool half = hours.halfHours() % 2 == 1;
    if (whole == 0)
        return half ? u"半小时"_s : u"0小时"_s;
    // 两 before a measure word, as people say it; the voice reads other numbers right.
    const QString number = whole == 2 ? u"两"_s : QString::number(whole);
    return half ? number + u"个半小时"_s : number + u"小时"_s;
}
