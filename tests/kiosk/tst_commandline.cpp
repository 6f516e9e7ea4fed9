// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/commandline.h"

#include <QTest>

/// @brief The kiosk's command line: screenshot options and their errors.
class TestCommandLine : public QObject
{
    Q_OBJECT

    static CommandLine parse(QStringList args)
    {
        args.prepend(QStringLiteral("kiosk"));
        return CommandLine::parse(args, nullptr);
    }

private slots:
    void screenshotOptions()
    {
        const CommandLine line = parse({QStringLiteral("--screenshot"), QStringLiteral("out.png"), QStringLiteral("--page"),
                                        QStringLiteral("home"), QStringLiteral("--lang"), QStringLiteral("en"),
                                        QStringLiteral("--size"), QStringLiteral("1080x1920"), QStringLiteral("--text-scale"),
                                        QStringLiteral("2"), QStringLiteral("--theme"), QStringLiteral("black-on-white")});
        QVERIFY2(line.errors.isEmpty(), qPrintable(line.errors.join(u'\n')));
        QCOMPARE(line.screenshotPath, QStringLiteral("out.png"));
        QCOMPARE(line.page, QStringLiteral("home"));
        QCOMPARE(line.language, QStringLiteral("en"));
        QCOMPARE(line.size, QSize(1080, 1920));
        QCOMPARE(line.textSizeStep, 3);
        QCOMPARE(line.theme, QStringLiteral("black-on-white"));
    }

    void textScales_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::addColumn<int>("step");
        QTest::newRow("1") << "1" << 0;
        QTest::newRow("1.3") << "1.3" << 1;
        QTest::newRow("160%") << "160%" << 2;
        QTest::newRow("2") << "2" << 3;
        QTest::newRow("200%") << "200%" << 3;
        QTest::newRow("junk") << "big" << -1;
    }

    void textScales()
    {
        QFETCH(QString, scale);
        QFETCH(int, step);
        QCOMPARE(CommandLine::textSizeStepFor(scale), step);
    }

    void badOptionsAreNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        QTest::newRow("page") << QStringList{QStringLiteral("--page"), QStringLiteral("nowhere")} << "--page";
        QTest::newRow("lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << "--lang";
        QTest::newRow("size") << QStringList{QStringLiteral("--size"), QStringLiteral("huge")} << "--size";
        QTest::newRow("theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("pink")} << "--theme";
        QTest::newRow("scale") << QStringList{QStringLiteral("--text-scale"), QStringLiteral("x")} << "--text-scale";
    }

    void badOptionsAreNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        const CommandLine line = parse(args);
        QCOMPARE(line.errors.size(), 1);
        QVERIFY2(line.errors.constFirst().startsWith(option), qPrintable(line.errors.constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
