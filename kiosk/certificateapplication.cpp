// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/certificateapplication.h"

#include "accessibility/visitorsettings.h"
#include "core/certificateprocedures.h"
#include "core/procedurechoice.h"
#include "core/servicecategory.h"
#include "kiosk/bookableassessment.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/applicationdraft.h"
#include "kiosk/store/store.h"
#include "kiosk/storewriter.h"
#include "kiosk/visitoridentity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using core::CertificateProcedure;

namespace {

const core::ProcedureRule *ruleOf(const std::optional<CertificateProcedure> &procedure)
{
    return procedure ? &core::CertificateProcedures::rule(*procedure) : nullptr;
}

/// The question a procedure's one choice answers, above its buttons.
core::TranslatableText questionOf(CertificateProcedure procedure)
{
    switch (procedure) {
    case CertificateProcedure::Apply:
        return core::TranslatableText::translate("CertificateApplication",
                                                 "What do you think the disability is? Staff then arrange the right hospital.");
    case CertificateProcedure::Renew:
        return core::TranslatableText::translate("CertificateApplication", "Has your situation changed since your last assessment?");
    case CertificateProcedure::Replace:
        return core::TranslatableText::translate("CertificateApplication", "What happened to your card?");
    case CertificateProcedure::Transfer:
        return core::TranslatableText::translate("CertificateApplication", "Which district are you moving to?");
    case CertificateProcedure::Change:
        return core::TranslatableText::translate("CertificateApplication", "What should change?");
    case CertificateProcedure::Cancel:
        return core::TranslatableText::translate("CertificateApplication", "Why do you want to cancel it?");
    }
    return {};
}

core::TranslatableText notSure()
{
    return core::TranslatableText::translate("CertificateApplication", "Not sure");
}

} // namespace

CertificateApplication::CertificateApplication(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, [this] {
        emit procedureChanged();
        emit choiceChanged();
        emit papersChanged();
        emit phoneChanged();
        emit errorChanged();
    });
}

CertificateApplication::~CertificateApplication() = default;

QString CertificateApplication::language() const
{
    return VisitorSettings::instance()->language();
}

QString CertificateApplication::procedure() const
{
    return m_procedure ? core::CertificateProcedures::key(*m_procedure) : QString();
}

QString CertificateApplication::title() const
{
    const auto *rule = ruleOf(m_procedure);
    return rule ? rule->plainName.in(language()) : QString();
}

QString CertificateApplication::officialTerm() const
{
    const auto *rule = ruleOf(m_procedure);
    if (!rule)
        return {};
    // Second and smaller. The official term is a Mandarin word; its English is a translation
    // that says the title again in other words ("Renewal" under "Renew my certificate").
    if (language() == u"en")
        return {};
    const QString term = rule->officialTerm.in(language());
    return term == title() ? QString() : term;
}

QString CertificateApplication::icon() const
{
    const auto *rule = ruleOf(m_procedure);
    return rule ? rule->icon : u"badge"_s;
}

QString CertificateApplication::purpose() const
{
    const auto *rule = ruleOf(m_procedure);
    return rule ? rule->purpose.in(language()) : QString();
}

QStringList CertificateApplication::whatToBring() const
{
    QStringList papers;
    if (const auto *rule = ruleOf(m_procedure))
    {
        for (const core::TranslatableText &paper : rule->whatToBring)
            papers.append(paper.in(language()));
        for (const auto &[choice, extra] : rule->papersForChoice)
            if (choice == m_choice)
                for (const core::TranslatableText &paper : extra)
                    papers.append(paper.in(language()));
    }
    return papers;
}

QString CertificateApplication::where() const
{
    const auto *rule = ruleOf(m_procedure);
    return rule ? rule->where.in(language()) : QString();
}

QString CertificateApplication::howLong() const
{
    const auto *rule = ruleOf(m_procedure);
    return rule ? rule->howLong.in(language()) : QString();
}

QString CertificateApplication::choicePage() const
{
    return m_procedure == CertificateProcedure::Transfer ? u"cert-district"_s : u"cert-phone"_s;
}

QString CertificateApplication::reviewPage() const
{
    return m_procedure ? u"cert-%1-review"_s.arg(procedure()) : QString();
}

QString CertificateApplication::choiceField() const
{
    return m_procedure ? core::ProcedureChoices::field(*m_procedure) : QString();
}

bool CertificateApplication::choiceRequired() const
{
    return m_procedure && core::ProcedureChoices::required(*m_procedure);
}

QString CertificateApplication::choiceQuestion() const
{
    return m_procedure && needsChoice() ? questionOf(*m_procedure).in(language()) : QString();
}

QVariantList CertificateApplication::choices() const
{
    QVariantList list;
    if (!m_procedure)
        return list;
    const QString lang = language();
    bool hasEmpty = false;
    for (const core::ProcedureOption &option : core::ProcedureChoices::options(*m_procedure)) {
        hasEmpty = hasEmpty || option.key.isEmpty();
        list.append(QVariantMap{{u"key"_s, option.key},
                                {u"name"_s, option.name.in(lang)},
                                {u"explanation"_s, option.explanation.isEmpty() ? QString() : option.explanation.in(lang)}});
    }
    // A choice that may stay empty has "Not sure" as an answer of its own, last.
    if (!hasEmpty && needsChoice() && !choiceRequired())
        list.append(QVariantMap{{u"key"_s, QString()}, {u"name"_s, notSure().in(lang)}, {u"explanation"_s, QString()}});
    return list;
}

QString CertificateApplication::choiceName() const
{
    if (!m_procedure || !needsChoice())
        return {};
    if (m_choice.isEmpty())
        return choiceRequired() ? QString() : notSure().in(language());
    const auto name = core::ProcedureChoices::name(*m_procedure, m_choice);
    return name.isEmpty() ? m_choice : name.in(language());
}

bool CertificateApplication::choiceComplete() const
{
    return m_procedure && core::ProcedureChoices::isValid(*m_procedure, m_choice)
           && (!choiceRequired() || !m_choice.isEmpty());
}

QString CertificateApplication::problemText() const
{
    return m_phone.problem().in(language());
}

QString CertificateApplication::errorText() const
{
    return m_error.in(language());
}

void CertificateApplication::setError(const core::TranslatableText &words)
{
    m_error = words;
    emit errorChanged();
}

bool CertificateApplication::start(const QString &key)
{
    const auto procedure = core::CertificateProcedures::fromKey(key);
    if (!procedure)
        return false;
    wipeVisitorData();
    m_procedure = procedure;
    // Asked of the store once here, not on every read of the bound property.
    if (*procedure == CertificateProcedure::Apply)
        m_assessmentServiceId = BookableAssessment::serviceId();
    emit procedureChanged();
    emit choiceChanged();
    emit papersChanged();
    return true;
}

bool CertificateApplication::choose(const QString &key)
{
    if (!m_procedure || !needsChoice() || !core::ProcedureChoices::isValid(*m_procedure, key))
        return false;
    m_choice = key;
    if (!m_error.isEmpty())
        setError({});
    emit choiceChanged();
    emit papersChanged();
    return true;
}

bool CertificateApplication::append(const QString &digit)
{
    if (!m_phone.append(digit))
        return false;
    if (!m_error.isEmpty())
        setError({});
    emit phoneChanged();
    return true;
}

void CertificateApplication::removeLast()
{
    if (m_phone.removeLast()) {
        if (!m_error.isEmpty())
            setError({});
        emit phoneChanged();
    }
}

void CertificateApplication::clearPhone()
{
    m_phone.wipe();
    emit phoneChanged();
}

bool CertificateApplication::submit()
{
    if (m_saving)
        return true; // a second touch of Send while the first is being saved
    if (!m_procedure) {
        setError(core::TranslatableText::translate("CertificateApplication",
                                                   "Please choose what you would like to do on the certificate page first."));
        return false;
    }
    if (!choiceComplete()) {
        setError(core::TranslatableText::translate("CertificateApplication", "Please answer the question first: touch Change beside it."));
        return false;
    }
    if (!m_phone.complete()) {
        setError(m_phone.problem());
        return false;
    }
    auto *identity = VisitorIdentity::instance();
    if (!identity->present()) {
        setError(core::TranslatableText::translate("CertificateApplication", "Please place your ID card or type your ID number first."));
        return false;
    }
    if (!StoreWriter::instance()->isOpen()) {
        setError(core::TranslatableText::translate("CertificateApplication",
                                                   "The kiosk cannot save applications right now. Please press \"Call staff\"."));
        return false;
    }
    setError({});
    setSaving(true);
    // Copies for the writer's thread, gone when the write is done.
    const QString idNumber = identity->idNumber();
    // The masked ID number is left to the store, which writes it as the wire has it
    // ("120101********0016"; the identity's is grouped for the screen).
    const store::ApplicationDraft draft{*m_procedure, m_choice, m_phone.digits(), {}};
    const bool reportOfLoss = core::ProcedureChoices::isReportOfLoss(*m_procedure, m_choice);
    StoreWriter::instance()->write<SavedApplication>(
        this,
        [idNumber, draft, reportOfLoss](store::Store &st) -> store::Result<SavedApplication> {
            auto submitted = st.applications().submit(idNumber, draft);
            if (!submitted.ok())
                return submitted.error();
            // Read on the writer's thread, right after the write: has the office already
            // confirmed the loss (the kiosk's own mark of the cached certificate does not count)?
            bool lossConfirmed = false;
            if (reportOfLoss) {
                const auto found = st.certificates().lookupCertificate(idNumber);
                lossConfirmed = found.ok() && found.value() && found.value()->lossConfirmed;
            }
            return SavedApplication{submitted.value(), lossConfirmed};
        },
        [this, masked = m_phone.masked(), reportOfLoss, generation = m_visitGeneration](const store::Result<SavedApplication> &saved) {
            if (generation == m_visitGeneration) // else saved for an application already forgotten
                takeSaved(saved, masked, reportOfLoss);
        });
    return true;
}

void CertificateApplication::takeSaved(const store::Result<SavedApplication> &saved, const QString &maskedPhone, bool reportOfLoss)
{
    setSaving(false);
    if (!saved.ok()) {
        StationStore::instance()->noteError(saved.error().message);
        setError(saved.error().message);
        return;
    }
    m_code = saved.value().submitted.code;
    m_maskedPhone = maskedPhone;
    // "Your old card is marked lost" only once the office has marked it: the kiosk's own mark
    // of the cached certificate does not count (staff and other stations do not see it).
    m_reportedLost = reportOfLoss;
    m_markedLost = reportOfLoss && saved.value().lossConfirmed;
    emit resultChanged();
}

void CertificateApplication::setSaving(bool saving)
{
    if (saving == m_saving)
        return;
    m_saving = saving;
    emit savingChanged();
}

void CertificateApplication::forgetResult()
{
    m_code.clear();
    m_maskedPhone.clear();
    m_reportedLost = false;
    m_markedLost = false;
}

void CertificateApplication::wipeVisitorData()
{
    m_procedure.reset();
    m_assessmentServiceId.clear();
    m_choice.clear();
    m_phone.wipe();
    forgetResult();
    m_error = {};
    ++m_visitGeneration; // a write still under way belongs to the visit that is being cleared
    setSaving(false);
    emit procedureChanged();
    emit choiceChanged();
    emit papersChanged();
    emit phoneChanged();
    emit resultChanged();
    emit errorChanged();
}
