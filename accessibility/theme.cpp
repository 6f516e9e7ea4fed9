// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/theme.h"

#include "accessibility/visitorsettings.h"

#include <algorithm>
#include <cmath>
#include <iterator>

Theme::Theme(QObject *parent)
    : QObject(parent)
{
    auto *settings = VisitorSettings::instance();
    m_palette = ThemePalette::forName(settings->theme());
    connect(settings, &VisitorSettings::themeChanged, this, [this, settings] {
        m_palette = ThemePalette::forName(settings->theme());
        emit paletteChanged();
    });
    connect(settings, &VisitorSettings::textSizeStepChanged, this, &Theme::sizesChanged);
}

void Theme::setPixelsPerMm(qreal pixelsPerMm)
{
    if (!(pixelsPerMm >= 2.0 && pixelsPerMm <= 20.0))
        pixelsPerMm = 4.0;
    if (qFuzzyCompare(pixelsPerMm, m_pixelsPerMm))
        return;
    m_pixelsPerMm = pixelsPerMm;
    emit sizesChanged();
}

qreal Theme::textScale() const
{
    return scaleForStep(VisitorSettings::instance()->textSizeStep());
}

qreal Theme::scaleForStep(int step)
{
    step = std::clamp(step, 0, int(std::size(capitalHeightsMm)) - 1);
    return capitalHeightsMm[step] / capitalHeightsMm[0];
}

QVariantMap Theme::paletteFor(const QString &name)
{
    const ThemePalette palette = ThemePalette::forName(name);
    return {{QStringLiteral("background"), palette.background}, {QStringLiteral("onBackground"), palette.onBackground},
            {QStringLiteral("surface"), palette.surface},       {QStringLiteral("onSurface"), palette.onSurface},
            {QStringLiteral("primary"), palette.primary},       {QStringLiteral("onPrimary"), palette.onPrimary},
            {QStringLiteral("border"), palette.border}};
}

int Theme::fontForCapitalMm(double capitalMm) const
{
    return int(std::lround(capitalMm * m_pixelsPerMm / capitalHeightPerPixelSize));
}

int Theme::fontBody() const
{
    return fontForCapitalMm(capitalHeightsMm[VisitorSettings::instance()->textSizeStep()]);
}

int Theme::fontSmall() const
{
    // Secondary text (the official term after the plain one) is smaller, but never below
    // the 4.8 mm capital the ADA asks for.
    return std::max(fontLeast(), int(fontBody() * 0.8));
}

int Theme::fontTitle() const
{
    return int(fontBody() * 1.35);
}

int Theme::fontHuge() const
{
    return int(fontBody() * 2.4);
}

int Theme::mm(qreal millimetres) const
{
    return int(std::lround(millimetres * m_pixelsPerMm));
}

QColor Theme::band(int index) const
{
    if (m_palette.bands.isEmpty())
        return m_palette.primary;
    return m_palette.bands.at(qBound(0, index, int(m_palette.bands.size()) - 1));
}

namespace {
/// Black or white, whichever stands out more from `colour`.
QColor blackOrWhiteOn(const QColor &colour)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return Theme::contrastRatio(black, colour) >= Theme::contrastRatio(white, colour) ? black : white;
}
} // namespace

QColor Theme::focusOuterOn(const QColor &around) const
{
    const QColor seen = around.alphaF() < 0.5 ? m_palette.background : around;
    return contrastRatio(m_palette.focus, seen) >= 3.0 ? m_palette.focus : blackOrWhiteOn(seen);
}

QColor Theme::focusInnerFor(const QColor &fill, const QColor &edge) const
{
    const QColor seenFill = fill.alphaF() < 0.5 ? m_palette.background : fill;
    const QColor seenEdge = edge.alphaF() < 0.5 ? seenFill : edge;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    // Both the fill and the edge at 3:1 when one tone manages it; otherwise the fill decides
    // (a black button edged in white: the white inner band joins the edge, the fill is black).
    auto standsOut = [&](const QColor &tone) {
        return contrastRatio(tone, seenFill) >= 3.0 && contrastRatio(tone, seenEdge) >= 3.0;
    };
    if (standsOut(black) != standsOut(white))
        return standsOut(black) ? black : white;
    return blackOrWhiteOn(seenFill);
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    return ThemePalette::contrastRatio(a, b);
}
