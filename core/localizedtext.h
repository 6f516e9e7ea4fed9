// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace core {

/// @brief Data that exists in both of the kiosk's languages: a service's name and opening
/// hours from the server, a pickup place, a nation's name from the ID card's table, a demo
/// label.
///
/// Not for the kiosk's own words: those are core::TranslatableText and live in the Qt
/// Linguist catalogues, so a third language is one more catalogue. This is what the server
/// stores and sends, in the two languages it has.
struct LocalizedText
{
    QString zh;
    QString en;

    /// The text in `language` ("zh" or "en"; anything not starting with "en" means Mandarin,
    /// the kiosk's default).
    [[nodiscard]] QString in(QStringView language) const;

    bool operator==(const LocalizedText &) const = default;
};

} // namespace core
