// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// @brief The announcer's own fixed words (roles, states, "your details are on the screen"),
/// looked up by key in the catalogues (context AnnouncerPhrases).
///
/// Each phrase is resolved for an explicit language, not through the translator installed for
/// the screen: the announcer must speak the language the visitor just chose, even in the
/// instant before the screen's translator for it is installed (the language key speaks the new
/// language's name in that language).
class AnnouncerPhrases
{
public:
    /// The phrase for `key` in `language` ("zh", "en" ...); an unknown key comes back unchanged,
    /// so callers may pass words they already translated.
    [[nodiscard]] static QString text(QStringView key, QStringView language);
    /// Whether `key` names a phrase of the table.
    [[nodiscard]] static bool contains(QStringView key);
    /// Every key of the table (the tests check that each is translated).
    [[nodiscard]] static QStringList keys();
};
