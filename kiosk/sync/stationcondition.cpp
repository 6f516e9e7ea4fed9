// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/stationcondition.h"

#include <QMutexLocker>

namespace kiosksync {

void StationCondition::setReader(const QString &word)
{
    QMutexLocker lock(&m_mutex);
    m_reader = word;
}

void StationCondition::setSpeaker(const QString &word)
{
    QMutexLocker lock(&m_mutex);
    m_speaker = word;
}

QString StationCondition::reader() const
{
    QMutexLocker lock(&m_mutex);
    return m_reader;
}

QString StationCondition::speaker() const
{
    QMutexLocker lock(&m_mutex);
    return m_speaker;
}

QString StationCondition::readerWord(const QString &stateKey, const QString &description)
{
    if (stateKey == u"error")
        return QStringLiteral("error");
    if (stateKey == u"ready" || stateKey == u"reading" || stateKey == u"remove")
        return description.startsWith(u"simulated") ? QStringLiteral("simulated") : QStringLiteral("ok");
    return QStringLiteral("absent"); // "none": no reader found (or none started)
}

QString StationCondition::speakerWord(bool audioAvailable, bool everAvailable, bool headphonesTakeOver)
{
    if (!audioAvailable)
        return everAvailable ? QStringLiteral("error") : QStringLiteral("absent");
    return headphonesTakeOver ? QStringLiteral("muted") : QStringLiteral("ok");
}

} // namespace kiosksync
