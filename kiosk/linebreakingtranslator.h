// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QTranslator>

/// @brief The screen's catalogue, with every message's words and numbers kept whole across
/// lines (LineBreaking::keepTogether).
///
/// Installed by LanguageController in place of a plain QTranslator, so every qsTr()/tr() the
/// visitor sees is treated in one place. English has its own catalogue (kiosk_en), so English
/// screens are treated too; a message no catalogue has yet shows its source untreated.
class LineBreakingTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    [[nodiscard]] QString translate(const char *context, const char *sourceText,
                                    const char *disambiguation = nullptr, int n = -1) const override;

    /// The hook for core::TranslatableText (the C++ tables' words): the catalogues'
    /// translation, kept whole the same way.
    [[nodiscard]] static QString translateText(QStringView language, const char *context, const char *source,
                                               const char *disambiguation);
};
