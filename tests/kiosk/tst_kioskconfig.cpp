// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kioskconfig.h"

#include <QTemporaryDir>
#include <QTest>

/// @brief Configuration: defaults, good files, and bad values reported by key with a fallback.
class TestKioskConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeIni(const QByteArray &text)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("kiosk%1.ini").arg(++n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        file.write(text);
        return path;
    }

private slots:
    void defaultsWithoutAFile()
    {
        const KioskConfig config = KioskConfig::load(QString());
        QVERIFY(config.problems.isEmpty());
        QCOMPARE(config.inactivitySeconds, 90);
        QVERIFY(config.warningSeconds >= 20);
        QCOMPARE(config.defaultLanguage, QStringLiteral("zh"));
        QCOMPARE(config.readerVendorId, quint16(0x0400));
        QCOMPARE(config.readerProductId, quint16(0xc35a));
        QCOMPARE(config.retentionDays, 30);
        QVERIFY(config.credentialPath.isEmpty()); // the configuration directory
        QVERIFY(config.demo);
        QCOMPARE(config.queueDisplay, QStringLiteral("auto")); // a second screen shows the queue
    }

    void readsEverySection()
    {
        const KioskConfig config = KioskConfig::load(writeIni(
            "[station]\nid=st-0042\nname=Riverside station\nname_zh=河畔服务站\ndemo=false\n"
            "[server]\nurl=https://kiosk.example.org\nenrollment_code=ABCD-EFGH\n"
            "credential_path=/etc/station-kiosk/station.credential\n"
            "[session]\ninactivity_seconds=120\nwarning_seconds=45\n"
            "[store]\nretention_days=14\n"
            "[reader]\nvendor_id=0x1234\nproduct_id=abcd\n"
            "[defaults]\nlanguage=en\ntext_size=3\ntheme=yellow-on-black\nspeech=off\n"
            "[display]\npixels_per_mm=5.5\n"
            "[speech]\nrate=5\nvolume=3\nfollow_headphones=off\n"
            "[queue]\ndisplay=off\n"));
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
        QCOMPARE(config.stationId, QStringLiteral("st-0042"));
        QCOMPARE(config.stationNameZh, QStringLiteral("河畔服务站"));
        QVERIFY(!config.demo);
        QCOMPARE(config.serverUrl, QStringLiteral("https://kiosk.example.org"));
        QCOMPARE(config.enrollmentCode, QStringLiteral("ABCD-EFGH"));
        QCOMPARE(config.credentialPath, QStringLiteral("/etc/station-kiosk/station.credential"));
        QCOMPARE(config.inactivitySeconds, 120);
        QCOMPARE(config.warningSeconds, 45);
        QCOMPARE(config.retentionDays, 14);
        QCOMPARE(config.readerVendorId, quint16(0x1234));
        QCOMPARE(config.readerProductId, quint16(0xabcd));
        QCOMPARE(config.defaultLanguage, QStringLiteral("en"));
        QCOMPARE(config.defaultTextSizeStep, 2);
        QCOMPARE(config.defaultTheme, QStringLiteral("yellow-on-black"));
        QVERIFY(!config.defaultSpeechOn);
        QCOMPARE(config.pixelsPerMm, 5.5);
        QCOMPARE(config.queueDisplay, QStringLiteral("off"));
        // The INI counts steps as the visitor hears them ("speed 5 of 7"); the engine from 0.
        QCOMPARE(config.speechRateStep, 4);
        QCOMPARE(config.speechVolumeStep, 2);
        QVERIFY(!config.followHeadphones);
    }

    void speechDefaultsWithoutTheSection()
    {
        // No [speech]: the engine's built-in default (about 190 characters a minute), full volume.
        const KioskConfig config = KioskConfig::load(writeIni("[station]\nid=st-1\n"));
        QCOMPARE(config.speechRateStep, 3);
        QCOMPARE(config.speechVolumeStep, 4);
        QVERIFY(config.followHeadphones);
        const KioskConfig slowest = KioskConfig::load(writeIni("[speech]\nrate=1\nvolume=1\n"));
        QVERIFY(slowest.problems.isEmpty());
        QCOMPARE(slowest.speechRateStep, 0);
        QCOMPARE(slowest.speechVolumeStep, 0);
    }

    void badValueNamesTheKeyAndKeepsTheDefault_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");
        QTest::addRow("not a number") << QByteArray("[session]\ninactivity_seconds=soon\n") << "[session] inactivity_seconds";
        QTest::addRow("too short a warning") << QByteArray("[session]\nwarning_seconds=5\n") << "[session] warning_seconds";
        QTest::addRow("unknown language") << QByteArray("[defaults]\nlanguage=fr\n") << "[defaults] language";
        QTest::addRow("unknown theme") << QByteArray("[defaults]\ntheme=pink\n") << "[defaults] theme";
        QTest::addRow("text size out of range") << QByteArray("[defaults]\ntext_size=9\n") << "[defaults] text_size";
        QTest::addRow("not a boolean") << QByteArray("[defaults]\nspeech=loud\n") << "[defaults] speech";
        QTest::addRow("bad usb id") << QByteArray("[reader]\nvendor_id=xyz\n") << "[reader] vendor_id";
        QTest::addRow("bad url") << QByteArray("[server]\nurl=ftp://x\n") << "[server] url";
        QTest::addRow("bad density") << QByteArray("[display]\npixels_per_mm=100\n") << "[display] pixels_per_mm";
        QTest::addRow("no retention") << QByteArray("[store]\nretention_days=0\n") << "[store] retention_days";
        QTest::addRow("retention over a year") << QByteArray("[store]\nretention_days=400\n") << "[store] retention_days";
        QTest::addRow("bad staff pin") << QByteArray("[staff]\npin=12ab\n") << "[staff] pin";
        QTest::addRow("rate 0") << QByteArray("[speech]\nrate=0\n") << "[speech] rate";
        QTest::addRow("rate above 7") << QByteArray("[speech]\nrate=8\n") << "[speech] rate";
        QTest::addRow("rate in words") << QByteArray("[speech]\nrate=fast\n") << "[speech] rate";
        QTest::addRow("follow headphones maybe") << QByteArray("[speech]\nfollow_headphones=maybe\n") << "[speech] follow_headphones";
        QTest::addRow("volume above 5") << QByteArray("[speech]\nvolume=6\n") << "[speech] volume";
        QTest::addRow("unknown queue display") << QByteArray("[queue]\ndisplay=both\n") << "[queue] display";
        QTest::addRow("rotation 45") << QByteArray("[screen]\nrotation=45\n") << "[screen] rotation";
        QTest::addRow("rotation -90") << QByteArray("[screen]\nrotation=-90\n") << "[screen] rotation";
        QTest::addRow("rotation in words") << QByteArray("[screen]\nrotation=portrait\n") << "[screen] rotation";
    }

    void badValueNamesTheKeyAndKeepsTheDefault()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);
        const KioskConfig defaults;
        const KioskConfig config = KioskConfig::load(writeIni(ini));
        QCOMPARE(config.problems.size(), 1);
        const QString line = config.problems.constFirst();
        QVERIFY2(line.contains(key), qPrintable(line));
        QVERIFY2(line.contains(u"using"), qPrintable(line));
        QVERIFY(!line.contains(u'\n'));
        // Every setting still holds its default.
        QCOMPARE(config.inactivitySeconds, defaults.inactivitySeconds);
        QCOMPARE(config.warningSeconds, defaults.warningSeconds);
        QCOMPARE(config.defaultLanguage, defaults.defaultLanguage);
        QCOMPARE(config.defaultTheme, defaults.defaultTheme);
        QCOMPARE(config.defaultTextSizeStep, defaults.defaultTextSizeStep);
        QCOMPARE(config.defaultSpeechOn, defaults.defaultSpeechOn);
        QCOMPARE(config.readerVendorId, defaults.readerVendorId);
        QCOMPARE(config.serverUrl, defaults.serverUrl);
        QCOMPARE(config.pixelsPerMm, defaults.pixelsPerMm);
        QCOMPARE(config.retentionDays, defaults.retentionDays);
        QCOMPARE(config.speechRateStep, defaults.speechRateStep);
        QCOMPARE(config.speechVolumeStep, defaults.speechVolumeStep);
    }

    void staffPinIsReadButNeverEchoed()
    {
        QCOMPARE(KioskConfig::load(writeIni("[staff]\npin=97531\n")).staffPin, QStringLiteral("97531"));
        const KioskConfig bad = KioskConfig::load(writeIni("[staff]\npin=975x31\n"));
        QVERIFY(bad.staffPin.isEmpty());
        QCOMPARE(bad.problems.size(), 1);
        QVERIFY(!bad.problems.constFirst().contains(u"975"));
    }

    void oneBadValueDoesNotSpoilTheOthers()
    {
        const KioskConfig config = KioskConfig::load(writeIni("[session]\ninactivity_seconds=abc\nwarning_seconds=60\n"));
        QCOMPARE(config.problems.size(), 1);
        QCOMPARE(config.inactivitySeconds, 90);
        QCOMPARE(config.warningSeconds, 60);
    }

    void anEmptyServerUrlMeansNoServer()
    {
        const KioskConfig config = KioskConfig::load(writeIni("[server]\nurl=\n"));
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
        QVERIFY(config.serverUrl.isEmpty());
    }

    void screenOutputAndRotation_data()
    {
        QTest::addColumn<int>("rotation");
        for (int degrees : {0, 90, 180, 270})
            QTest::addRow("%d", degrees) << degrees;
    }

    void screenOutputAndRotation()
    {
        QFETCH(int, rotation);
        const KioskConfig config = KioskConfig::load(
            writeIni(QStringLiteral("[screen]\noutput=HDMI-A-1\nrotation=%1\n").arg(rotation).toUtf8()));
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
        QCOMPARE(config.screenOutput, QStringLiteral("HDMI-A-1"));
        QCOMPARE(config.screenRotation, rotation);
        // Without the section: the last connected output, upright.
        const KioskConfig defaults = KioskConfig::load(writeIni("[station]\nid=st-1\n"));
        QVERIFY(defaults.screenOutput.isEmpty());
        QCOMPARE(defaults.screenRotation, 0);
    }

    void secretFileIsReadWhenTheSecretIsEmpty()
    {
        const QString secretPath = m_dir.filePath(QStringLiteral("store-secret"));
        QFile secret(secretPath);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("  9f2c41d0e7a8b3c5\n");
        secret.close();
        QVERIFY(QFile::setPermissions(secretPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QByteArray ini = "[store]\nsecret_file=" + secretPath.toUtf8() + "\n";
        const KioskConfig config = KioskConfig::load(writeIni(ini));
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
        QCOMPARE(config.stationSecret, QStringLiteral("9f2c41d0e7a8b3c5")); // trimmed
        QCOMPARE(config.stationSecretFile, secretPath);

        // A secret in the INI wins; the file is not needed then.
        const KioskConfig inline_ = KioskConfig::load(writeIni("[store]\nsecret=from-ini\n" + ini.mid(8)));
        QCOMPARE(inline_.stationSecret, QStringLiteral("from-ini"));

        // Readable by others: refused with one line naming the file, never its content.
        QVERIFY(QFile::setPermissions(secretPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const KioskConfig open = KioskConfig::load(writeIni(ini));
        QVERIFY(open.stationSecret.isEmpty());
        QCOMPARE(open.problems.size(), 1);
        QVERIFY2(open.problems.constFirst().contains(u"[store] secret_file"), qPrintable(open.problems.constFirst()));
        QVERIFY(open.problems.constFirst().contains(u"chmod 600"));
        QVERIFY(!open.problems.constFirst().contains(u"9f2c"));

        // Missing: one line too.
        const KioskConfig missing = KioskConfig::load(writeIni("[store]\nsecret_file=/nonexistent/store-secret\n"));
        QVERIFY(missing.stationSecret.isEmpty());
        QCOMPARE(missing.problems.size(), 1);
    }

    void missingFileIsReported()
    {
        const KioskConfig config = KioskConfig::load(m_dir.filePath(QStringLiteral("nowhere.ini")));
        QCOMPARE(config.problems.size(), 1);
        QVERIFY(config.problems.constFirst().contains(u"nowhere.ini"));
        QCOMPARE(config.inactivitySeconds, 90);
    }
};

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "tst_kioskconfig.moc"
