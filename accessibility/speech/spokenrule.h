// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

#include <functional>

namespace speech {

/// @brief One reading rule of the speech normaliser: a pattern tried where a run of Latin
/// letters, digits or a currency sign begins, and what it is said as.
///
/// `say` gets the match and the whole text (for the words around it) and returns the spoken
/// words, or a null QString when the context does not fit, so the next rule is tried.
struct SpokenRule
{
    QRegularExpression pattern;
    std::function<QString(const QRegularExpressionMatch &match, QStringView text)> say;
};

/// Applies `rules` (in order, the first that fits wins) at every start of a Latin/digit run of
/// `text`; everything else is copied. A run no rule reads is copied whole, so no rule ever
/// starts inside a word or a number.
[[nodiscard]] QString applySpokenRules(const QString &text, const QList<SpokenRule> &rules);

} // namespace speech
