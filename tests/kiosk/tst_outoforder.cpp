// SPDX-License-Identifier: GPL-3.0-or-later
// The out-of-order page: its words fit both orientations in large white text on black, it
// takes every key, touch and close request without leaving, and the real program renders it.
#include "kiosk/outoforder/outoforderwindow.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QFontMetrics>
#include <QSignalSpy>

namespace {

int brightness(QRgb pixel)
{
    return qGray(pixel);
}

} // namespace

class OutOfOrderTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDateTime m_started = QDateTime(QDate(2026, 12, 2), QTime(7, 45));

private slots:
    void theWordsFitLargeInBothOrientations_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("landscape 1920x1080") << QSize(1920, 1080);
        QTest::addRow("portrait 1080x1920") << QSize(1080, 1920);
        QTest::addRow("small 800x480") << QSize(800, 480);
    }

    void theWordsFitLargeInBothOrientations()
    {
        QFETCH(QSize, size);
        const OutOfOrderPage page(m_started);
        const QList<OutOfOrderPage::Line> lines = page.layout(size);
        QString all;
        for (const auto &line : lines)
            all += line.text + u'\n';
        QVERIFY2(all.contains(u"暂停服务") && all.contains(u"请找工作人员"), qPrintable(all));
        QVERIFY2(all.contains(u"Out of order") && all.contains(u"ask staff"), qPrintable(all));
        QVERIFY2(all.contains(u"2026-12-02 07:45"), qPrintable(all));

        const QImage image = page.render(size);
        const QRect window(QPoint(0, 0), size);
        for (const auto &line : lines) {
            // The painted text's own bounds (not just its box) lie inside the window.
            QVERIFY2(window.contains(line.rect), qPrintable(line.text));
            const QRect inked = QFontMetrics(line.font).boundingRect(line.rect, Qt::AlignCenter, line.text);
            QVERIFY2(window.contains(inked), qPrintable(line.text));
            if (!line.small) {
                // Very large: Mandarin at least a tenth of the shorter side, tall letters everywhere.
                QVERIFY2(line.font.pixelSize() >= std::min(size.width(), size.height()) / 14, qPrintable(line.text));
            }
            // Bright text is painted in the line's box.
            int bright = 0;
            for (int y = line.rect.top(); y <= line.rect.bottom(); y += 2)
                for (int x = line.rect.left(); x <= line.rect.right(); x += 2)
                    bright += brightness(image.pixel(x, y)) > 190 ? 1 : 0;
            QVERIFY2(bright > 20, qPrintable(line.text));
        }
        // The background is black, at the corners and along the edges (nothing is cut off there).
        for (int x = 0; x < size.width(); x += 7) {
            QCOMPARE(brightness(image.pixel(x, 0)), 0);
            QCOMPARE(brightness(image.pixel(x, size.height() - 1)), 0);
        }
        for (int y = 0; y < size.height(); y += 7) {
            QCOMPARE(brightness(image.pixel(0, y)), 0);
            QCOMPARE(brightness(image.pixel(size.width() - 1, y)), 0);
        }
        // Mostly dark, with a fair share of white ink.
        qint64 dark = 0;
        qint64 white = 0;
        for (int y = 0; y < size.height(); y += 3)
            for (int x = 0; x < size.width(); x += 3) {
                const int g = brightness(image.pixel(x, y));
                dark += g < 40 ? 1 : 0;
                white += g > 230 ? 1 : 0;
            }
        const qint64 samples = qint64((size.width() + 2) / 3) * ((size.height() + 2) / 3);
        QVERIFY(dark > samples / 2);
        QVERIFY2(white > samples / 50, qPrintable(QString::number(double(white) / samples)));
    }

    void noKeyTouchOrCloseRequestEndsIt()
    {
        OutOfOrderWindow window(m_started);
        window.resize(1080, 1920);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);
        const int before = window.ignoredEvents();
        QTest::keyClick(&window, Qt::Key_Escape);
        QTest::keyClick(&window, Qt::Key_F4, Qt::AltModifier);
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Backspace, Qt::ControlModifier | Qt::AltModifier);
        QTest::mouseClick(&window, Qt::LeftButton, {}, QPoint(540, 960));
        QPointingDevice *touchscreen = QTest::createTouchDevice();
        QTest::touchEvent(&window, touchscreen).press(0, QPoint(10, 10));
        QTest::touchEvent(&window, touchscreen).move(0, QPoint(1000, 1800));
        QTest::touchEvent(&window, touchscreen).release(0, QPoint(1000, 1800));
        QVERIFY(!window.close()); // a compositor's close request is refused
        QTest::qWait(100);
        QVERIFY(window.isVisible());
        QVERIFY(window.ignoredEvents() > before + 8);
        QCOMPARE(quitting.size(), 0);
    }

    void theProgramRendersBothOrientations_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addRow("landscape") << QStringLiteral("1920x1080");
        QTest::addRow("portrait") << QStringLiteral("1080x1920");
    }

    void theProgramRendersBothOrientations()
    {
        QFETCH(QString, size);
        const QString png = m_dir.filePath(QStringLiteral("out-of-order-%1.png").arg(size));
        QProcess program;
        program.start(QStringLiteral(OUT_OF_ORDER_BINARY), {QStringLiteral("--screenshot"), png, QStringLiteral("--size"), size});
        QVERIFY(program.waitForFinished(30000));
        QCOMPARE(program.exitCode(), 0);
        const QImage image(png);
        QCOMPARE(QStringLiteral("%1x%2").arg(image.width()).arg(image.height()), size);
        QCOMPARE(brightness(image.pixel(0, 0)), 0);
        // Keep a copy for a person to look at, when asked.
        if (const QByteArray keep = qgetenv("KIOSK_KEEP_SCREENSHOTS"); !keep.isEmpty())
            QFile::copy(png, QString::fromLocal8Bit(keep) + QStringLiteral("/out-of-order-%1.png").arg(size));
    }
};

QTEST_MAIN(OutOfOrderTest)
#include "tst_outoforder.moc"
