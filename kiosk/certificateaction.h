// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QString>

/// @brief One thing a visitor can do from the certificate page, as a large button: a
/// procedure ("replace") or the appeal of a decision ("appeal").
struct CertificateAction
{
    QString key;                 ///< a procedure key, or "appeal"
    core::TranslatableText name; ///< the button's plain words
    QString icon;                ///< Material symbol name
    /// Something the state asks of the visitor now (renew when due, appeal, a first
    /// application): the page's primary action. A valid card's procedures are not.
    bool due = false;
};
