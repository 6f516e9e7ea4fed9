// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/pagecatalogue.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

/// @brief The real `kiosk --screenshot` in both orientations and languages: a PNG of the right
/// size that shows a page, not a blank window.
class TestScreenshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QImage render(const QStringList &options, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        kiosk.start(QStringLiteral(KIOSK_BINARY), QStringList{QStringLiteral("--screenshot"), path} + options);
        if (!kiosk.waitForFinished(60'000)) {
            kiosk.kill();
            return {};
        }
        if (kiosk.exitStatus() != QProcess::NormalExit || kiosk.exitCode() != 0)
            return {};
        return QImage(path);
    }

    /// Distinct colours, and the share of pixels that differ from the most common one.
    static void measure(const QImage &image, int *colours, double *inkShare)
    {
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); y += 2) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); x += 2)
                ++counts[line[x]];
        }
        int most = 0;
        int total = 0;
        for (int count : std::as_const(counts)) {
            most = std::max(most, count);
            total += count;
        }
        *colours = int(counts.size());
        *inkShare = 1.0 - double(most) / total;
    }

private slots:
    void pages_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        // Every page the catalogue declares, each as it needs to be shown (its fixture).
        for (const QString &page : PageCatalogue::names())
            for (const QString &lang : {QStringLiteral("zh"), QStringLiteral("en")})
                for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)})
                    QTest::addRow("%s-%s-%dx%d", qPrintable(page), qPrintable(lang), size.width(), size.height())
                        << page << lang << size;
    }

    void pages()
    {
        QFETCH(QString, page);
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        const QImage image = render({QStringLiteral("--page"), page, QStringLiteral("--lang"), lang, QStringLiteral("--size"),
                                     QStringLiteral("%1x%2").arg(size.width()).arg(size.height())},
                                    QStringLiteral("%1-%2-%3.png").arg(page, lang).arg(size.width()));
        QVERIFY2(!image.isNull(), "the kiosk wrote no readable PNG");
        QCOMPARE(image.size(), size);
        int colours = 0;
        double ink = 0;
        measure(image.convertToFormat(QImage::Format_RGB32), &colours, &ink);
        // Text is anti-aliased: a real page has dozens of shades and a visible share of ink.
        QVERIFY2(colours > 20, qPrintable(QStringLiteral("only %1 colours").arg(colours)));
        QVERIFY2(ink > 0.02, qPrintable(QStringLiteral("only %1 of the pixels are not background").arg(ink)));
    }

    void languagesLookDifferent()
    {
        const QImage zh = render({QStringLiteral("--page"), QStringLiteral("home"), QStringLiteral("--lang"), QStringLiteral("zh")},
                                 QStringLiteral("home-zh.png"));
        const QImage en = render({QStringLiteral("--page"), QStringLiteral("home"), QStringLiteral("--lang"), QStringLiteral("en")},
                                 QStringLiteral("home-en.png"));
        QVERIFY(!zh.isNull() && !en.isNull());
        QVERIFY(zh != en);
    }

    void runningKioskEndsCleanlyOnSigterm()
    {
        // The kiosk as the demo and systemd run it: its store, reader thread and timers up.
        const QString ini = m_dir.filePath(QStringLiteral("run.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[server]\nurl=\n[store]\npath=%1\n[reader]\ntransport=simulated\n")
                       .arg(m_dir.filePath(QStringLiteral("run.db")))
                       .toUtf8());
        file.close();
        QProcess kiosk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        kiosk.setProcessEnvironment(env);
        kiosk.start(QStringLiteral(KIOSK_BINARY), {QStringLiteral("--config"), ini});
        QVERIFY(kiosk.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir.filePath(QStringLiteral("run.db"))), 20'000);
        QTest::qWait(500);
        kiosk.terminate(); // SIGTERM
        QVERIFY2(kiosk.waitForFinished(15'000), "the kiosk did not stop on SIGTERM");
        QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kiosk.exitCode(), 0);
    }

    void badOptionFailsInPlainWords()
    {
        QProcess kiosk;
        kiosk.start(QStringLiteral(KIOSK_BINARY),
                    {QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("--page"),
                     QStringLiteral("nowhere")});
        QVERIFY(kiosk.waitForFinished(30'000));
        QCOMPARE(kiosk.exitCode(), 2);
        QVERIFY(QString::fromUtf8(kiosk.readAllStandardError()).contains(u"--page: \"nowhere\" is not a page"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
