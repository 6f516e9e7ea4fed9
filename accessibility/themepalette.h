// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QStringList>

/// @brief The named colour roles of one contrast theme.
///
/// Use the roles, not raw colours: only the pairs named here (onX on X) are checked to reach
/// 7:1, so a screen that mixes roles any other way is not known to be readable.
struct ThemePalette
{
    QString name;
    QColor background;
    QColor onBackground;
    QColor surface;
    QColor onSurface;
    QColor primary;
    QColor onPrimary;
    QColor focus;
    QColor danger;
    QColor onDanger;
    QColor success;
    QColor onSuccess;
    QColor border;
    /// One colour band per home tile; every band carries dark or light text as its theme does.
    /// The last (Call staff) is red in every theme; where the others share one colour, each
    /// tile's pattern (HomeTile) tells them apart.
    QList<QColor> bands;
    QColor onBand;
    /// Words and outline of a control that cannot be used yet, on `surface`: lighter than
    /// onSurface so it looks unavailable, still 4.5:1 so it is read.
    QColor onUnavailable;

    /// The themes a visitor can choose, the station default first.
    [[nodiscard]] static QStringList names();
    /// The palette of `name`, or the standard palette for an unknown name.
    [[nodiscard]] static ThemePalette forName(const QString &name);
    /// WCAG 2 contrast ratio of two opaque colours (1 to 21).
    [[nodiscard]] static double contrastRatio(const QColor &a, const QColor &b);
};
