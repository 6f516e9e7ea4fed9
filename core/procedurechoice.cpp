// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/procedurechoice.h"

#include "core/citydistricts.h"
#include "core/disability.h"

namespace core {

namespace {

using T = TranslatableText;

ChoiceSet applyChoice()
{
    // What the visitor thinks the disability is, so the right hospital is arranged; not sure
    // is a fine answer (the assessment finds out).
    ChoiceSet set{QStringLiteral("category"), false, {}};
    for (DisabilityCategory category : Disability::categories())
        set.options.append({QString::number(int(category)), Disability::categoryName(category), {}});
    set.options.append({QString(), T::translate("core::ProcedureChoices", "I am not sure"),
                        T::translate("core::ProcedureChoices", "The doctors will find out at the assessment.")});
    return set;
}

ChoiceSet renewChoice()
{
    return {QStringLiteral("situationChanged"), true,
            {{QStringLiteral("no"), T::translate("core::ProcedureChoices", "My situation is the same"),
              T::translate("core::ProcedureChoices", "You get a new card with the same category and level.")},
             {QStringLiteral("yes"), T::translate("core::ProcedureChoices", "It has changed: I would like a new assessment"),
              T::translate("core::ProcedureChoices", "Staff arrange an assessment before the new card is made.")}}};
}

ChoiceSet replaceChoice()
{
    return {QStringLiteral("reason"), true,
            {{QStringLiteral("lost"), T::translate("core::ProcedureChoices", "It is lost"),
              T::translate("core::ProcedureChoices", "Your old card is marked lost at once, so nobody else can use it.")},
             {QStringLiteral("damaged"), T::translate("core::ProcedureChoices", "It is damaged"),
              T::translate("core::ProcedureChoices", "Bring the damaged card with you.")}}};
}

ChoiceSet transferChoice()
{
    ChoiceSet set{QStringLiteral("district"), true, {}};
    for (const CityDistrict &district : CityDistricts::all())
        set.options.append({district.code, district.name, {}});
    return set;
}

ChoiceSet changeChoice()
{
    return {QStringLiteral("change"), true,
            {{QStringLiteral("category"), T::translate("core::ProcedureChoices", "The category"),
              T::translate("core::ProcedureChoices", "The kind of disability is different now.")},
             {QStringLiteral("level"), T::translate("core::ProcedureChoices", "The level"),
              T::translate("core::ProcedureChoices", "The disability is more or less severe now.")}}};
}

ChoiceSet cancelChoice()
{
    return {QStringLiteral("reason"), true,
            {{QStringLiteral("no_longer_needed"), T::translate("core::ProcedureChoices", "I no longer need it"), {}},
             {QStringLiteral("condition_improved"), T::translate("core::ProcedureChoices", "My condition has improved"), {}},
             {QStringLiteral("moved_abroad"), T::translate("core::ProcedureChoices", "I have moved abroad"), {}},
             {QStringLiteral("holder_died"), T::translate("core::ProcedureChoices", "The holder has died"),
              T::translate("core::ProcedureChoices", "A family member can cancel the card. We are sorry for your loss.")}}};
}

} // namespace

const ChoiceSet &ProcedureChoices::set(CertificateProcedure procedure)
{
    // Built once: every check of a pushed or typed answer reads them (the names translate
    // when shown, so nothing here depends on the language).
    switch (procedure) {
    case CertificateProcedure::Apply: { static const ChoiceSet s = applyChoice(); return s; }
    case CertificateProcedure::Renew: { static const ChoiceSet s = renewChoice(); return s; }
    case CertificateProcedure::Replace: { static const ChoiceSet s = replaceChoice(); return s; }
    case CertificateProcedure::Transfer: { static const ChoiceSet s = transferChoice(); return s; }
    case CertificateProcedure::Change: { static const ChoiceSet s = changeChoice(); return s; }
    case CertificateProcedure::Cancel: { static const ChoiceSet s = cancelChoice(); return s; }
    }
    static const ChoiceSet none;
    return none;
}

QString ProcedureChoices::field(CertificateProcedure procedure)
{
    return set(procedure).field;
}

QList<ProcedureOption> ProcedureChoices::options(CertificateProcedure procedure)
{
    return set(procedure).options;
}

bool ProcedureChoices::required(CertificateProcedure procedure)
{
    return set(procedure).required;
}

bool ProcedureChoices::isValid(CertificateProcedure procedure, const QString &key)
{
    const ChoiceSet &choice = set(procedure);
    if (key.isEmpty())
        return !choice.required;
    for (const ProcedureOption &option : choice.options) {
        if (option.key == key)
            return true;
    }
    return false;
}

TranslatableText ProcedureChoices::name(CertificateProcedure procedure, const QString &key)
{
    for (const ProcedureOption &option : set(procedure).options) {
        if (option.key == key)
            return option.name;
    }
    return {};
}

QJsonValue ProcedureChoices::toWire(CertificateProcedure procedure, const QString &key)
{
    switch (procedure) {
    case CertificateProcedure::Apply: return key.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(key.toInt());
    case CertificateProcedure::Renew: return QJsonValue(key == u"yes");
    default: return QJsonValue(key);
    }
}

std::optional<QString> ProcedureChoices::fromWire(CertificateProcedure procedure, const QJsonValue &value)
{
    QString key;
    if (value.isUndefined()) {
        key = QString(); // left out: valid only where the choice is optional
    } else if (procedure == CertificateProcedure::Apply) {
        const double n = value.toDouble(-1);
        if (!value.isDouble() || n != double(int(n)))
            return std::nullopt;
        key = QString::number(int(n));
    } else if (procedure == CertificateProcedure::Renew) {
        if (!value.isBool())
            return std::nullopt;
        key = value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    } else {
        if (!value.isString() || value.toString().isEmpty())
            return std::nullopt;
        key = value.toString();
    }
    if (!isValid(procedure, key))
        return std::nullopt;
    return key;
}

bool ProcedureChoices::isReportOfLoss(CertificateProcedure procedure, const QString &key)
{
    return procedure == CertificateProcedure::Replace && key == reportOfLossKey();
}

QString ProcedureChoices::reportOfLossKey()
{
    return QStringLiteral("lost");
}

} // namespace core
