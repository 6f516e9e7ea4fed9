// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificateprocedure.h"
#include "core/procedurechoice.h"
#include "core/translatabletext.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace core {

/// @brief One certificate procedure as data (CertificateProcedures::rule): the words a visitor
/// reads before starting it, its time limit and its one choice.
struct ProcedureRule
{
    CertificateProcedure procedure = CertificateProcedure::Apply;
    TranslatableText officialTerm; ///< the word on official papers: 挂失补办 / "Report of loss and replacement"
    TranslatableText plainName;    ///< the button's words: "Report it lost or replace it"
    TranslatableText purpose;      ///< what it is for, in one or two plain sentences
    QList<TranslatableText> whatToBring;
    /// Papers asked for only with one answer to the choice (the damaged card only when it is
    /// damaged), after whatToBring: choice key → papers.
    QList<std::pair<QString, QList<TranslatableText>>> papersForChoice;
    TranslatableText where;        ///< who handles it, and how the papers reach them
    /// The federation's usual commitment in working days, counted from the day the papers are
    /// complete; none where the procedure follows the assessment path (see howLong).
    std::optional<int> workingDays;
    TranslatableText howLong;      ///< the time it takes, in plain words
    ChoiceSet choice;              ///< its one choice field, or an empty field for none
    QString icon;                  ///< Material symbol name, e.g. "report"
};

} // namespace core
