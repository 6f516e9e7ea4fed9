// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace core {

/// @brief A domain text in both of the kiosk's languages.
///
/// Domain rules (certificate steps, ID-number errors, card-reader errors) are shared with the
/// server, which has no translator loaded, so they carry both languages as data instead of
/// going through tr(). The UI's own strings use qsTr() and the .ts files.
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
