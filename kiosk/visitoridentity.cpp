// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/visitoridentity.h"

#include "accessibility/linebreaking.h"
#include "core/idnumber.h"
#include "core/masking.h"
#include "drivers/idcard/idcard.h"

VisitorIdentity::VisitorIdentity(QObject *parent)
    : QObject(parent)
{
}

bool VisitorIdentity::setFromCard(const idcard::IdCard &card)
{
    const auto parsed = core::IdNumber::parse(card.idNumber);
    if (!card.idNumberValid || !parsed)
        return false;
    beginPerson(parsed->number);
    m_idNumber = parsed->number;
    m_name = card.name.isEmpty() ? card.englishName : card.name;
    m_address = card.address.trimmed();
    m_source = QStringLiteral("card");
    emit changed();
    return true;
}

void VisitorIdentity::setTyped(const QString &idNumber)
{
    beginPerson(idNumber);
    m_idNumber = idNumber;
    m_source = QStringLiteral("typed");
    emit changed();
}

void VisitorIdentity::beginPerson(const QString &idNumber)
{
    // Another person in the middle of a visit: what was kept for the previous one goes first,
    // also when the previous one showed no ID (a volunteer who typed their volunteer number).
    const bool someoneElse = present() ? idNumber != m_idNumber : m_isSomeoneElse && m_isSomeoneElse(idNumber);
    if (someoneElse)
        emit personChanging();
    clear();
}

void VisitorIdentity::setOtherwiseKnown(std::function<bool(const QString &idNumber)> isSomeoneElse)
{
    m_isSomeoneElse = std::move(isSomeoneElse);
}

QString VisitorIdentity::maskedId() const
{
    // Shown: its groups never part across lines.
    return m_idNumber.isEmpty() ? QString() : LineBreaking::keepNumbersWhole(core::groupIdNumber(core::maskIdNumber(m_idNumber)));
}

void VisitorIdentity::wipe(QString &text)
{
    // Overwrite the characters before releasing the memory. fill() detaches first, so this
    // wipes only this object's buffer: a copy handed out earlier (a view model's, a queued
    // signal's) keeps its own until it is released; keep such copies short-lived.
    if (!text.isEmpty())
        text.fill(QLatin1Char('0'));
    text.clear();
    text.squeeze();
}

void VisitorIdentity::clear()
{
    const bool had = present() || !m_name.isEmpty() || !m_address.isEmpty();
    wipe(m_idNumber);
    wipe(m_name);
    wipe(m_address);
    m_source.clear();
    if (had)
        emit changed();
}
