// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/themepalette.h"

#include <cmath>

namespace {

QColor hex(const char *value)
{
    return QColor(QLatin1String(value));
}

ThemePalette standard()
{
    // Warm off-white rather than pure white: less glare for low-vision visitors, still 7:1.
    ThemePalette p;
    p.name = QStringLiteral("standard");
    p.background = hex("#f4f1ea");
    p.onBackground = hex("#1b1b1b");
    p.surface = hex("#ffffff");
    p.onSurface = hex("#1b1b1b");
    p.primary = hex("#0b3d91");
    p.onPrimary = hex("#ffffff");
    p.focus = hex("#c2410c");
    p.danger = hex("#8b1414");
    p.onDanger = hex("#ffffff");
    p.success = hex("#1b5e20");
    p.onSuccess = hex("#ffffff");
    p.border = hex("#5a5a5a");
    p.bands = {hex("#0b3d91"), hex("#1b5e20"), hex("#5b2a86"), hex("#7a3b00"), hex("#8b1414")};
    p.onBand = hex("#ffffff");
    p.onUnavailable = hex("#6b6b6b");
    return p;
}

ThemePalette whiteOnBlack()
{
    ThemePalette p;
    p.name = QStringLiteral("white-on-black");
    p.background = hex("#000000");
    p.onBackground = hex("#ffffff");
    p.surface = hex("#000000");
    p.onSurface = hex("#ffffff");
    p.primary = hex("#ffffff");
    p.onPrimary = hex("#000000");
    p.focus = hex("#00e5ff");
    p.danger = hex("#ff8a80");
    p.onDanger = hex("#000000");
    p.success = hex("#b9f6ca");
    p.onSuccess = hex("#000000");
    p.border = hex("#ffffff");
    // Light bands with black text: still one colour per tile, each 7:1 with its text.
    p.bands = {hex("#9ecbff"), hex("#a5e8a9"), hex("#d7b8f3"), hex("#ffd59e"), hex("#ff8a80")};
    p.onBand = hex("#000000");
    p.onUnavailable = hex("#8a8a8a");
    return p;
}

ThemePalette yellowOnBlack()
{
    ThemePalette p;
    p.name = QStringLiteral("yellow-on-black");
    p.background = hex("#000000");
    p.onBackground = hex("#ffff00");
    p.surface = hex("#000000");
    p.onSurface = hex("#ffff00");
    p.primary = hex("#ffff00");
    p.onPrimary = hex("#000000");
    p.focus = hex("#00ffff");
    p.danger = hex("#ff9e80");
    p.onDanger = hex("#000000");
    p.success = hex("#ccff90");
    p.onSuccess = hex("#000000");
    p.border = hex("#ffff00");
    // One colour for the four tasks (their patterns tell them apart); Call staff stays red.
    p.bands = {hex("#ffff00"), hex("#ffff00"), hex("#ffff00"), hex("#ffff00"), hex("#ff9e80")};
    p.onBand = hex("#000000");
    p.onUnavailable = hex("#8c8c00");
    return p;
}

ThemePalette blackOnWhite()
{
    ThemePalette p;
    p.name = QStringLiteral("black-on-white");
    p.background = hex("#ffffff");
    p.onBackground = hex("#000000");
    p.surface = hex("#ffffff");
    p.onSurface = hex("#000000");
    p.primary = hex("#000000");
    p.onPrimary = hex("#ffffff");
    p.focus = hex("#0044ff");
    p.danger = hex("#a00000");
    p.onDanger = hex("#ffffff");
    p.success = hex("#005a00");
    p.onSuccess = hex("#ffffff");
    p.border = hex("#000000");
    // One colour for the four tasks (their patterns tell them apart); Call staff stays red.
    p.bands = {hex("#000000"), hex("#000000"), hex("#000000"), hex("#000000"), hex("#a00000")};
    p.onBand = hex("#ffffff");
    p.onUnavailable = hex("#6b6b6b");
    return p;
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

QStringList ThemePalette::names()
{
    return {QStringLiteral("standard"), QStringLiteral("white-on-black"), QStringLiteral("yellow-on-black"),
            QStringLiteral("black-on-white")};
}

ThemePalette ThemePalette::forName(const QString &name)
{
    if (name == u"white-on-black")
        return whiteOnBlack();
    if (name == u"yellow-on-black")
        return yellowOnBlack();
    if (name == u"black-on-white")
        return blackOnWhite();
    return standard();
}

double ThemePalette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
