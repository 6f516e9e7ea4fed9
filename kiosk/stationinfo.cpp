// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/stationinfo.h"

#include <QJSEngine>

StationInfo::StationInfo(QObject *parent)
    : QObject(parent)
{
}

StationInfo *StationInfo::instance()
{
    static StationInfo *info = new StationInfo;
    return info;
}

StationInfo *StationInfo::create(QQmlEngine *, QJSEngine *)
{
    auto *info = instance();
    QJSEngine::setObjectOwnership(info, QJSEngine::CppOwnership);
    return info;
}

void StationInfo::setNames(const QString &zh, const QString &en)
{
    m_nameZh = zh;
    m_nameEn = en;
    emit namesChanged();
}
