// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace core {

/// @brief One skill a volunteer can offer at registration: its wire key, its English name and
/// its pictogram (a Material icon name).
struct VolunteerSkill
{
    QString key;
    const char *english = nullptr;
    const char *pictogram = nullptr;
};

/// @brief The skills a registration may list, in the order the kiosk shows them: the help
/// types a visitor can ask for (core::HelpTypes), then driving, first aid and braille.
class VolunteerSkills
{
public:
    [[nodiscard]] static const QList<VolunteerSkill> &all();
    [[nodiscard]] static bool isKnown(QStringView key);
    /// The skill's name in the visitor's language; empty for an unknown key.
    [[nodiscard]] static TranslatableText name(QStringView key);
    /// The Material icon name, or "volunteer_activism" for an unknown key.
    [[nodiscard]] static QString pictogram(QStringView key);
};

} // namespace core
