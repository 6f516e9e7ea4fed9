// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificateprocedure.h"
#include "core/translatabletext.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace core {

/// @brief One answer of a procedure's choice: its key (stored and sent), its name on the
/// button and, where it helps, a sentence that explains it.
struct ProcedureOption
{
    QString key;
    TranslatableText name;
    TranslatableText explanation;
};

/// @brief A procedure's one choice: the payload field it fills ("reason"), whether the visitor
/// must answer, and the answers. An empty field means the procedure asks nothing.
struct ChoiceSet
{
    QString field;
    bool required = false;
    QList<ProcedureOption> options;
};

/// @brief The one choice each procedure asks for:
/// apply `category` (optional: "1".."7", "" for not sure), renew `situationChanged` ("no" |
/// "yes"), replace `reason` ("lost" | "damaged"), transfer `district` (an area code of
/// CityDistricts or "outside_city"), change `change` ("category" | "level"), cancel `reason`
/// ("no_longer_needed" | "condition_improved" | "moved_abroad" | "holder_died").
class ProcedureChoices
{
public:
    [[nodiscard]] static const ChoiceSet &set(CertificateProcedure procedure);
    /// The payload field of the procedure's choice; "" when it asks nothing.
    [[nodiscard]] static QString field(CertificateProcedure procedure);
    [[nodiscard]] static QList<ProcedureOption> options(CertificateProcedure procedure);
    [[nodiscard]] static bool required(CertificateProcedure procedure);
    /// True for one of its options' keys, and for "" where the choice is not required.
    [[nodiscard]] static bool isValid(CertificateProcedure procedure, const QString &key);
    /// The option's name, empty for an unknown key.
    [[nodiscard]] static TranslatableText name(CertificateProcedure procedure, const QString &key);

    /// The choice as the wire types it (openapi.yaml CertificateApplicationPayload): apply's
    /// category an integer, renew's answer a boolean, the rest strings; Undefined where no
    /// field is sent (apply's "not sure"). The key must be valid (isValid).
    [[nodiscard]] static QJsonValue toWire(CertificateProcedure procedure, const QString &key);
    /// The choice's key from the wire value (Undefined when the field was left out); nullopt
    /// when the value is not one of the procedure's answers in the wire's type.
    [[nodiscard]] static std::optional<QString> fromWire(CertificateProcedure procedure, const QJsonValue &value);
    /// A replace because the card is lost: the one choice that marks a card lost at once.
    [[nodiscard]] static bool isReportOfLoss(CertificateProcedure procedure, const QString &key);
    /// The key of that choice ("lost"), for the places that must name it in SQL.
    [[nodiscard]] static QString reportOfLossKey();
};

} // namespace core
