// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// @brief The compiled catalogues (:/i18n/kiosk_<locale>.qm), one translator per language, as
/// the hook that resolves core::TranslatableText.
///
/// Each language has a translator of its own, apart from the one installed for qsTr(), so a
/// text can be asked for in any language at any moment: the announcer speaks a newly chosen
/// language before the screen has switched, and the attract screen speaks both.
class Catalogues
{
public:
    /// Installs the hook (once; later calls do nothing).
    static void install();

    /// The translation of `source` for `language` ("zh", "en", "en_GB" ...); empty when the
    /// catalogue has none. A language without a catalogue uses Mandarin, the kiosk's default.
    [[nodiscard]] static QString translate(QStringView language, const char *context, const char *source,
                                           const char *disambiguation);

    /// The catalogue's name for `language` ("kiosk_zh_CN", Mandarin's where the language has
    /// none), empty when no catalogue is compiled in.
    [[nodiscard]] static QString catalogueFor(QStringView language);
};
