// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/idnumberentry.h"

#include "accessibility/visitorsettings.h"
#include "core/idnumber.h"
#include "kiosk/visitoridentity.h"

IdNumberEntry::IdNumberEntry(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, &IdNumberEntry::problemChanged);
}

IdNumberEntry::~IdNumberEntry()
{
    m_text.fill(QLatin1Char('0'));
}

QString IdNumberEntry::grouped() const
{
    QString out;
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (i == 6 || i == 14)
            out += QLatin1Char(' ');
        out += m_text.at(i);
    }
    return out;
}

QString IdNumberEntry::problem() const
{
    return core::IdNumber::problemText(core::IdNumberProblem(m_problem)).in(VisitorSettings::instance()->language());
}

bool IdNumberEntry::append(const QString &key)
{
    if (key.size() != 1 || m_text.size() >= fullLength)
        return false;
    const QChar c = key.at(0).toUpper();
    const bool digit = c >= u'0' && c <= u'9';
    // X is only ever the check character, the last of the 18.
    if (!digit && !(c == u'X' && m_text.size() == fullLength - 1))
        return false;
    m_text += c;
    emit textChanged();
    check();
    return true;
}

void IdNumberEntry::removeLast()
{
    if (m_text.isEmpty())
        return;
    m_text[m_text.size() - 1] = QLatin1Char('0');
    m_text.chop(1);
    emit textChanged();
    check();
}

void IdNumberEntry::clear()
{
    m_text.fill(QLatin1Char('0'));
    m_text.clear();
    emit textChanged();
    check();
}

void IdNumberEntry::setText(const QString &text)
{
    clear();
    for (const QChar c : text)
        append(QString(c));
}

void IdNumberEntry::check()
{
    auto problem = core::IdNumberProblem::None;
    if (complete())
        (void)core::IdNumber::parse(m_text, &problem);
    if (int(problem) != m_problem) {
        m_problem = int(problem);
        emit problemChanged();
    }
}

bool IdNumberEntry::confirm()
{
    auto problem = core::IdNumberProblem::None;
    const auto parsed = core::IdNumber::parse(m_text, &problem);
    if (!parsed) {
        if (problem == core::IdNumberProblem::None)
            problem = core::IdNumberProblem::WrongLength;
        m_problem = int(problem);
        emit problemChanged();
        return false;
    }
    VisitorIdentity::instance()->setTyped(parsed->number);
    return true;
}
