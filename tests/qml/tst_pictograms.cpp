// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/pagecatalogue.h"

#include <QDirIterator>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QRegularExpression>
#include <QTest>

/// @brief Every pictogram the QML names exists in the Material Icons font: a missing name is
/// drawn as its letters in the icon font, a wide blank that pushes words aside.
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
};

QTEST_MAIN(TestPictograms)
#include "tst_pictograms.moc"
