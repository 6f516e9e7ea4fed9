// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "core/translatabletext.h"

/// @brief The one date (or place) that matters for a certificate's state, with the label that
/// says what it means: "Appeal by" for a deadline of the visitor's own, "Expected by" only for
/// the federation's, "Valid until", "May apply again from" ... Shown once, beside its label;
/// the summary sentences never repeat it.
struct CertificateDate
{
    core::TranslatableText label; ///< empty: nothing to show
    core::TranslatableText text;  ///< the date in words, or what to expect instead
    core::LocalizedText place;    ///< a place from the server, when that is what matters
    /// The text is a date the visitor can hold the federation or themselves to (not words).
    bool isDate = false;

    [[nodiscard]] bool isEmpty() const { return label.isEmpty(); }
    [[nodiscard]] QString textIn(QStringView language) const
    {
        return text.isEmpty() ? place.in(language) : text.in(language);
    }
};
