// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/assessmentrequest.h"

#include "accessibility/visitorsettings.h"
#include "core/masking.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/store.h"
#include "kiosk/visitoridentity.h"

using namespace Qt::StringLiterals;

AssessmentRequest::AssessmentRequest(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, &AssessmentRequest::errorChanged);
}

AssessmentRequest::~AssessmentRequest()
{
    m_phone.fill(QLatin1Char('0'));
}

void AssessmentRequest::setKind(const QString &kind)
{
    if (kind == m_kind || (kind != u"home_assessment" && kind != u"fee_waiver"))
        return;
    m_kind = kind;
    emit kindChanged();
}

QString AssessmentRequest::groupedPhone() const
{
    QString out;
    for (qsizetype i = 0; i < m_phone.size(); ++i) {
        if (i == 3 || i == 7)
            out += QLatin1Char(' ');
        out += m_phone.at(i);
    }
    return out;
}

bool AssessmentRequest::phoneComplete() const
{
    return m_phone.size() == mobileLength && m_phone.startsWith(QLatin1Char('1'));
}

QString AssessmentRequest::errorText() const
{
    return m_error.in(VisitorSettings::instance()->language());
}

void AssessmentRequest::setError(const core::TranslatableText &words)
{
    m_error = words;
    emit errorChanged();
}

bool AssessmentRequest::append(const QString &digit)
{
    if (digit.size() != 1 || !digit.at(0).isDigit() || m_phone.size() >= mobileLength)
        return false;
    m_phone += digit;
    if (!m_error.isEmpty())
        setError({});
    emit phoneChanged();
    return true;
}

void AssessmentRequest::removeLast()
{
    if (m_phone.isEmpty())
        return;
    m_phone.chop(1);
    emit phoneChanged();
}

void AssessmentRequest::clear()
{
    m_phone.fill(QLatin1Char('0'));
    m_phone.clear();
    m_maskedPhone.clear();
    m_code.clear();
    m_error = {};
    emit phoneChanged();
    emit resultChanged();
    emit errorChanged();
}

bool AssessmentRequest::submit()
{
    if (!phoneComplete()) {
        setError(core::TranslatableText::translate("AssessmentRequest", "Please type an 11-digit mobile number starting with 1."));
        return false;
    }
    auto *identity = VisitorIdentity::instance();
    if (!identity->present()) {
        setError(core::TranslatableText::translate("AssessmentRequest", "Please place your ID card or type your ID number first."));
        return false;
    }
    store::Store *st = StationStore::instance()->store();
    if (!st) {
        setError(core::TranslatableText::translate("AssessmentRequest",
                  "The kiosk cannot save requests right now. Please press \"Call staff\"."));
        return false;
    }
    const auto saved = m_kind == u"fee_waiver" ? st->requestFeeWaiver(identity->idNumber(), m_phone)
                                              : st->requestHomeAssessment(identity->idNumber(), m_phone);
    if (!saved.ok()) {
        StationStore::instance()->noteError(saved.error().message);
        setError(saved.error().message);
        return false;
    }
    m_code = saved.value().code;
    m_maskedPhone = core::maskPhone(m_phone);
    StationStore::instance()->noteRecordSaved();
    setError({});
    emit resultChanged();
    return true;
}
