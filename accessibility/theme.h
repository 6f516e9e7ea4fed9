// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/themepalette.h"

#include "accessibility/processsingleton.h"

#include <QObject>

#include <algorithm>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/// @brief Colours and sizes for every QML item: named roles and millimetres, never literals.
///
/// Colours follow the visitor's contrast theme and sizes their text-size step. Sizes are in
/// millimetres converted with the screen's pixel density, so a 15 mm target is 15 mm on any
/// kiosk screen (UX.md, "Sizes, colours, motion").
class Theme : public QObject, public ProcessSingleton<Theme>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString name READ name NOTIFY paletteChanged)
    Q_PROPERTY(QColor background READ background NOTIFY paletteChanged)
    Q_PROPERTY(QColor onBackground READ onBackground NOTIFY paletteChanged)
    Q_PROPERTY(QColor surface READ surface NOTIFY paletteChanged)
    Q_PROPERTY(QColor onSurface READ onSurface NOTIFY paletteChanged)
    Q_PROPERTY(QColor primary READ primary NOTIFY paletteChanged)
    Q_PROPERTY(QColor onPrimary READ onPrimary NOTIFY paletteChanged)
    Q_PROPERTY(QColor focus READ focus NOTIFY paletteChanged)
    Q_PROPERTY(QColor danger READ danger NOTIFY paletteChanged)
    Q_PROPERTY(QColor onDanger READ onDanger NOTIFY paletteChanged)
    Q_PROPERTY(QColor success READ success NOTIFY paletteChanged)
    Q_PROPERTY(QColor onSuccess READ onSuccess NOTIFY paletteChanged)
    Q_PROPERTY(QColor border READ border NOTIFY paletteChanged)
    Q_PROPERTY(QColor onBand READ onBand NOTIFY paletteChanged)
    /// Words and outline of a control that cannot be used yet, on the surface colour.
    Q_PROPERTY(QColor onUnavailable READ onUnavailable NOTIFY paletteChanged)
    /// The home tiles' colour bands; bind to `Theme.bands[i]` (a binding to band(i) would not
    /// follow a change of theme).
    Q_PROPERTY(QList<QColor> bands READ bands NOTIFY paletteChanged)
    Q_PROPERTY(QStringList names READ names CONSTANT)

    Q_PROPERTY(qreal pixelsPerMm READ pixelsPerMm NOTIFY sizesChanged)
    Q_PROPERTY(qreal textScale READ textScale NOTIFY sizesChanged)
    Q_PROPERTY(int fontBody READ fontBody NOTIFY sizesChanged)
    Q_PROPERTY(int fontSmall READ fontSmall NOTIFY sizesChanged)
    Q_PROPERTY(int fontTitle READ fontTitle NOTIFY sizesChanged)
    Q_PROPERTY(int fontHuge READ fontHuge NOTIFY sizesChanged)
    /// The smallest words the kiosk ever shows (4.8 mm capitals): the floor for words that
    /// shrink to fit a place of fixed size, such as the top bar's buttons.
    Q_PROPERTY(int fontLeast READ fontLeast NOTIFY sizesChanged)
    Q_PROPERTY(int targetSize READ targetSize NOTIFY sizesChanged)
    Q_PROPERTY(int spacing READ spacing NOTIFY sizesChanged)
    /// The focus ring's outer band (in the focus colour) and its inner band (black or white,
    /// see focusInnerFor); FocusRing draws both outside its control.
    Q_PROPERTY(int focusRingWidth READ focusRingWidth NOTIFY sizesChanged)
    Q_PROPERTY(int focusRingInnerWidth READ focusRingInnerWidth NOTIFY sizesChanged)
    Q_PROPERTY(int radius READ radius NOTIFY sizesChanged)
    Q_PROPERTY(int iconSize READ iconSize NOTIFY sizesChanged)

public:
    /// Text-size steps as capital-letter heights in mm (accessibility.md: 4.8 mm at least at
    /// the default step's top, 200% at the largest).
    static constexpr double capitalHeightsMm[] = {5.0, 6.5, 8.0, 10.0};
    /// A capital letter of Noto Sans (Latin and CJK) is about 0.72 of the font's pixel size.
    static constexpr double capitalHeightPerPixelSize = 0.72;
    static constexpr double minimumTargetMm = 15.0;
    static constexpr double targetSpacingMm = 3.0;

    /// Pixel density of the kiosk's screen; values outside 2-20 px/mm are not a real screen
    /// and fall back to a 21.5-inch full-HD panel's 4 px/mm.
    void setPixelsPerMm(qreal pixelsPerMm);

    [[nodiscard]] QString name() const { return m_palette.name; }
    [[nodiscard]] QColor background() const { return m_palette.background; }
    [[nodiscard]] QColor onBackground() const { return m_palette.onBackground; }
    [[nodiscard]] QColor surface() const { return m_palette.surface; }
    [[nodiscard]] QColor onSurface() const { return m_palette.onSurface; }
    [[nodiscard]] QColor primary() const { return m_palette.primary; }
    [[nodiscard]] QColor onPrimary() const { return m_palette.onPrimary; }
    [[nodiscard]] QColor focus() const { return m_palette.focus; }
    [[nodiscard]] QColor danger() const { return m_palette.danger; }
    [[nodiscard]] QColor onDanger() const { return m_palette.onDanger; }
    [[nodiscard]] QColor success() const { return m_palette.success; }
    [[nodiscard]] QColor onSuccess() const { return m_palette.onSuccess; }
    [[nodiscard]] QColor border() const { return m_palette.border; }
    [[nodiscard]] QColor onBand() const { return m_palette.onBand; }
    [[nodiscard]] QColor onUnavailable() const { return m_palette.onUnavailable; }
    [[nodiscard]] QList<QColor> bands() const { return m_palette.bands; }
    [[nodiscard]] static QStringList names() { return ThemePalette::names(); }
    [[nodiscard]] const ThemePalette &palette() const { return m_palette; }

    [[nodiscard]] qreal pixelsPerMm() const { return m_pixelsPerMm; }
    [[nodiscard]] qreal textScale() const;
    [[nodiscard]] int fontBody() const;
    [[nodiscard]] int fontSmall() const;
    [[nodiscard]] int fontTitle() const;
    [[nodiscard]] int fontHuge() const;
    [[nodiscard]] int fontLeast() const { return fontForCapitalMm(4.8); }
    [[nodiscard]] int targetSize() const { return mm(minimumTargetMm); }
    [[nodiscard]] int spacing() const { return mm(targetSpacingMm); }
    [[nodiscard]] int focusRingWidth() const { return mm(1.5); }
    [[nodiscard]] int focusRingInnerWidth() const { return std::max(2, mm(0.75)); }
    [[nodiscard]] int radius() const { return mm(2.0); }
    [[nodiscard]] int iconSize() const { return mm(10.0 * textScale()); }

    /// Millimetres to whole pixels on this screen.
    Q_INVOKABLE [[nodiscard]] int mm(qreal millimetres) const;
    /// The text scale of text-size step `step` (1.0 at the first): what a choice of size offers.
    Q_INVOKABLE [[nodiscard]] static qreal scaleForStep(int step);
    /// Theme `name`'s colours by role (background, onBackground, surface, onSurface, primary,
    /// onPrimary, border): for a preview of a theme the visitor has not chosen yet.
    Q_INVOKABLE [[nodiscard]] static QVariantMap paletteFor(const QString &name);
    /// The colour band of home tile `index` (for C++; QML binds to `bands`).
    Q_INVOKABLE [[nodiscard]] QColor band(int index) const;
    /// The focus ring's inner tone for a control filled with `fill` and edged with `edge`:
    /// black or white: the one at 3:1 with both, else the one that stands out more from the
    /// fill (a transparent fill is seen as the background).
    Q_INVOKABLE [[nodiscard]] QColor focusInnerFor(const QColor &fill, const QColor &edge) const;
    /// The focus ring's outer tone on a control that stands on `around`: the theme's focus
    /// colour where it reaches 3:1 against it, else black or white, whichever stands out more
    /// (staff mode's dark panels, on which the orange focus colour is 2.8:1).
    Q_INVOKABLE [[nodiscard]] QColor focusOuterOn(const QColor &around) const;
    /// WCAG contrast ratio, for the accessibility audit.
    Q_INVOKABLE [[nodiscard]] static double contrastRatio(const QColor &a, const QColor &b);

signals:
    void paletteChanged();
    void sizesChanged();

private:
    friend class ProcessSingleton<Theme>;
    explicit Theme(QObject *parent = nullptr);
    [[nodiscard]] int fontForCapitalMm(double capitalMm) const;

    ThemePalette m_palette;
    qreal m_pixelsPerMm = 4.0;
};
