// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/themepalette.h"
#include "kiosk/pagecatalogue.h"

#include <QDirIterator>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QRegularExpression>
#include <QTest>

/// @brief Every pictogram the QML names exists in the Material Icons font: a missing name is
/// drawn as its letters in the icon font, a wide blank that pushes words aside. And the home
/// tiles' bands, in every theme, carry their pictograms at 7:1 and keep Call staff red.
class TestPictograms : public QObject
{
    Q_OBJECT

private slots:
    void everyNamedPictogramIsOneGlyph()
    {
        QFont font(QStringLiteral("Material Icons"));
        font.setPixelSize(100);
        if (!QFontDatabase::families().contains(QStringLiteral("Material Icons")))
            QFAIL("the Material Icons font (fonts-material-design-icons-iconfont) is not installed");
        const QFontMetrics metrics(font);

        // Pictograms are named as `icon: "name"` on buttons and tiles, `name: "name"` on Icon,
        // and in the page catalogue (home tiles, page pictograms).
        static const QRegularExpression named(QStringLiteral("\\b(?:icon|name)\\s*:\\s*\"([a-z0-9_]+)\""));
        QSet<QString> names;
        for (const auto &page : PageCatalogue::entries())
            names.insert(page.pictogram);
        QDirIterator files(QStringLiteral(QML_SOURCE_DIR), {QStringLiteral("*.qml")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto it = named.globalMatch(text); it.hasNext();)
                names.insert(it.next().captured(1));
        }
        QVERIFY2(names.size() >= 20, qPrintable(QStringLiteral("only %1 pictogram names found").arg(names.size())));
        for (const QString &name : std::as_const(names))
            QVERIFY2(metrics.horizontalAdvance(name) <= 110,
                     qPrintable(QStringLiteral("\"%1\" is not a pictogram of the icon font").arg(name)));
    }

    void everyThemeKeepsCallStaffRedAndBandsReadable_data()
    {
        QTest::addColumn<QString>("theme");
        for (const QString &name : ThemePalette::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyThemeKeepsCallStaffRedAndBandsReadable()
    {
        QFETCH(QString, theme);
        const ThemePalette palette = ThemePalette::forName(theme);
        QCOMPARE(palette.bands.size(), PageCatalogue::homeTiles().size());
        QCOMPARE(PageCatalogue::homeTiles().constLast(), QStringLiteral("callstaff"));
        for (const QColor &band : palette.bands)
            QVERIFY2(ThemePalette::contrastRatio(palette.onBand, band) >= 7.0,
                     qPrintable(QStringLiteral("pictogram %1 on band %2").arg(palette.onBand.name(), band.name())));
        // Call staff: red (its red channel well above the others) and unlike every other band.
        const QColor callStaff = palette.bands.constLast();
        QVERIFY2(callStaff.redF() > callStaff.greenF() + 0.3 && callStaff.redF() > callStaff.blueF() + 0.3,
                 qPrintable(callStaff.name()));
        for (qsizetype i = 0; i + 1 < palette.bands.size(); ++i)
            QVERIFY2(palette.bands.at(i) != callStaff, qPrintable(QStringLiteral("band %1 is Call staff's colour").arg(i)));
        // Words of a control not usable yet: read (4.5:1) yet visibly lighter than working words.
        const double unavailable = ThemePalette::contrastRatio(palette.onUnavailable, palette.surface);
        QVERIFY2(unavailable >= 4.5, qPrintable(QString::number(unavailable)));
        QVERIFY(unavailable < ThemePalette::contrastRatio(palette.onSurface, palette.surface) * 0.75);
    }
};

QTEST_MAIN(TestPictograms)
#include "tst_pictograms.moc"
