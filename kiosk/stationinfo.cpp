// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/stationinfo.h"

StationInfo::StationInfo(QObject *parent)
    : QObject(parent)
{
}

void StationInfo::setNames(const QString &zh, const QString &en)
{
    m_nameZh = zh;
    m_nameEn = en;
    emit namesChanged();
}
