// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QString>

/// @brief The visitor's language as the view models use it, and their own words kept so that
/// they can be shown in whatever language the visitor switches to later.
///
/// One place for what each view model used to copy (a language() and a words() of its own).
class VisitorLanguage
{
public:
    /// The language the visitor chose ("zh", "en"), from VisitorSettings.
    [[nodiscard]] static QString current();
    /// `source` of the tr context `context`, for any language. Mark `source` with
    /// QT_TRANSLATE_NOOP(context, ...) at the call, so the catalogues hold it.
    [[nodiscard]] static core::TranslatableText words(const char *context, const char *source);
};
