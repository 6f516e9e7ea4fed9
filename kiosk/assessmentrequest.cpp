// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/assessmentrequest.h"
#include "core/translatabletext.h"

#include "accessibility/visitorsettings.h"
#include "core/masking.h"
#include "core/phonenumber.h"
#include "kiosk/stationstore.h"
#include "kiosk/storewriter.h"
#include "kiosk/store/store.h"
#include "kiosk/visitoridentity.h"

using namespace Qt::StringLiterals;

AssessmentRequest::AssessmentRequest(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, &AssessmentRequest::errorChanged);
}

AssessmentRequest::~AssessmentRequest() = default;

void AssessmentRequest::setKind(const QString &kind)
{
    if (kind == m_kind || (kind != u"home_assessment" && kind != u"fee_waiver"))
        return;
    m_kind = kind;
    emit kindChanged();
}

QString AssessmentRequest::groupedPhone() const
{
    return m_phone.grouped();
}

bool AssessmentRequest::phoneComplete() const
{
    return m_phone.complete();
}

QString AssessmentRequest::problemText() const
{
    return m_phone.problem().in(VisitorSettings::instance()->language());
}

QString AssessmentRequest::spokenPhone() const
{
    return m_phone.spoken();
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
    if (!m_phone.append(digit))
        return false;
    if (!m_error.isEmpty())
        setError({});
    emit phoneChanged();
    return true;
}

void AssessmentRequest::removeLast()
{
    if (m_phone.removeLast())
        emit phoneChanged();
}

void AssessmentRequest::clear()
{
    m_phone.wipe();
    m_maskedPhone.clear();
    m_code.clear();
    m_error = {};
    ++m_visitGeneration; // a write still under way belongs to the visit that is being cleared
    setSaving(false);
    emit phoneChanged();
    emit resultChanged();
    emit errorChanged();
}

bool AssessmentRequest::submit()
{
    if (m_saving)
        return true; // a second touch of Send while the first is being saved
    if (!phoneComplete()) {
        setError(m_phone.problem());
        return false;
    }
    auto *identity = VisitorIdentity::instance();
    if (!identity->present()) {
        setError(core::TranslatableText::translate("AssessmentRequest", "Please place your ID card or type your ID number first."));
        return false;
    }
    if (!StoreWriter::instance()->isOpen()) {
        setError(core::TranslatableText::translate("AssessmentRequest",
                  "The kiosk cannot save requests right now. Please press \"Call staff\"."));
        return false;
    }
    setError({});
    setSaving(true);
    // Copies for the writer's thread, gone when the write is done.
    const QString idNumber = identity->idNumber();
    const QString phone = m_phone.digits();
    const bool feeWaiver = m_kind == u"fee_waiver";
    StoreWriter::instance()->write<store::Submitted>(
        this,
        [idNumber, phone, feeWaiver](store::Store &st) {
            return feeWaiver ? st.requests().requestFeeWaiver(idNumber, phone)
                             : st.requests().requestHomeAssessment(idNumber, phone);
        },
        [this, masked = m_phone.masked(), generation = m_visitGeneration](const store::Result<store::Submitted> &saved) {
            if (generation == m_visitGeneration) // else saved for a request already forgotten
                takeSaved(saved, masked);
        });
    return true;
}

void AssessmentRequest::takeSaved(const store::Result<store::Submitted> &saved, const QString &maskedPhone)
{
    setSaving(false);
    if (!saved.ok()) {
        StationStore::instance()->noteError(saved.error().message);
        setError(saved.error().message);
        return;
    }
    m_code = saved.value().code;
    m_maskedPhone = maskedPhone;
    emit resultChanged();
}

void AssessmentRequest::setSaving(bool saving)
{
    if (saving == m_saving)
        return;
    m_saving = saving;
    emit savingChanged();
}

void AssessmentRequest::wipeVisitorData()
{
    clear();
}
