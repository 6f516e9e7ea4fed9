// SPDX-License-Identifier: GPL-3.0-or-later
// Private listening follows the headphone jack: what the ports' availability means (fed in,
// as PulseAudio reports it: a null sink has no ports whose state a test could change), the
// policy with the station's switches, and the announcer turning private listening on and off
// with the jack, F9 overriding it for one session.

#include "accessibility/announcer.h"
#include "accessibility/announcerphrases.h"
#include "accessibility/speech/headphoneports.h"
#include "accessibility/speech/privatelisteningpolicy.h"
#include "accessibility/visitorsettings.h"

#include <QSignalSpy>
#include <QTest>

using speech::JackReading;
using speech::JackState;
using speech::OutputPort;
using speech::OutputSink;
using speech::PrivateListeningPolicy;
using Availability = speech::OutputPort::Availability;
namespace HeadphonePorts = speech::HeadphonePorts;

Q_DECLARE_METATYPE(speech::JackState)

namespace {

OutputSink analogCard(Availability headphones)
{
    return {QStringLiteral("alsa_output.pci-0000_00_1f.3.analog-stereo"), QStringLiteral("analog-output-speaker"),
            {{QStringLiteral("analog-output-speaker"), false, Availability::Unknown},
             {QStringLiteral("analog-output-headphones"), true, headphones}}};
}

QStringList spokenKeys(const QSignalSpy &spy)
{
    QStringList out;
    for (const auto &args : spy)
        out << args.at(0).toString();
    return out;
}

} // namespace

class HeadphoneListeningTest : public QObject
{
    Q_OBJECT

private slots:
    void portsSayWhetherHeadphonesAreIn()
    {
        // A null sink (the test server's) and HDMI have no port that senses headphones.
        QCOMPARE(HeadphonePorts::read({{QStringLiteral("kiosk_test_sink"), {}, {}}}).state, JackState::Unknown);
        QCOMPARE(HeadphonePorts::read({{QStringLiteral("hdmi"), QStringLiteral("hdmi-output-0"),
                                        {{QStringLiteral("hdmi-output-0"), false, Availability::Yes}}}}).state,
                 JackState::Unknown);
        QCOMPARE(HeadphonePorts::read({analogCard(Availability::No)}).state, JackState::Out);
        QCOMPARE(HeadphonePorts::read({analogCard(Availability::Unknown)}).state, JackState::Unknown);
        const JackReading in = HeadphonePorts::read({analogCard(Availability::Yes)});
        QCOMPARE(in.state, JackState::In);
        QCOMPARE(in.sink, analogCard(Availability::Yes).name);
        QCOMPARE(in.port, QStringLiteral("analog-output-headphones"));
        // USB speakers as the public speaker and the front jack on the board: the jack's sink.
        const OutputSink usb{QStringLiteral("alsa_output.usb-speaker"), QStringLiteral("analog-output"),
                             {{QStringLiteral("analog-output"), false, Availability::Unknown}}};
        const JackReading both = HeadphonePorts::read({usb, analogCard(Availability::Yes)});
        QCOMPARE(both.state, JackState::In);
        QCOMPARE(both.sink, analogCard(Availability::Yes).name);
        QCOMPARE(HeadphonePorts::read({usb, analogCard(Availability::No)}).state, JackState::Out);
    }

    void policy_data()
    {
        QTest::addColumn<bool>("headphonesOnly");
        QTest::addColumn<bool>("followJack");
        QTest::addColumn<JackState>("jack");
        QTest::addColumn<bool>("privateListening");
        QTest::addColumn<bool>("speakerMuted");
        QTest::newRow("follows: in") << false << true << JackState::In << true << true;
        QTest::newRow("follows: out") << false << true << JackState::Out << false << false;
        QTest::newRow("follows: no jack") << false << true << JackState::Unknown << false << false;
        QTest::newRow("headset station: out") << true << true << JackState::Out << true << false;
        QTest::newRow("headset station: no jack") << true << false << JackState::Unknown << true << false;
        QTest::newRow("jack ignored: in") << false << false << JackState::In << false << false;
    }

    void policy()
    {
        QFETCH(bool, headphonesOnly);
        QFETCH(bool, followJack);
        QFETCH(JackState, jack);
        QFETCH(bool, privateListening);
        QFETCH(bool, speakerMuted);
        const PrivateListeningPolicy policy{headphonesOnly, followJack};
        QCOMPARE(policy.privateListening(jack), privateListening);
        QCOMPARE(policy.speakerMuted(jack), speakerMuted);
    }

    void announcerFollowsTheJackAndF9OverridesIt()
    {
        auto *settings = VisitorSettings::instance();
        auto *announcer = Announcer::instance();
        settings->setDefaults({});
        settings->setSpeechOn(true);
        announcer->followHeadphones({false, true});
        announcer->headphonesChanged(JackState::Out);
        QVERIFY(!settings->privateListening());
        QSignalSpy spoke(announcer, &Announcer::spoke);

        // Plugged in: personal details may be read aloud, and the visitor hears so.
        announcer->headphonesChanged(JackState::In);
        QVERIFY(settings->privateListening());
        QCOMPARE(spoke.size(), 1);
        QCOMPARE(spokenKeys(spoke).constFirst(), AnnouncerPhrases::text(u"privateOn", settings->language()));

        // F9 (KeypadNavigator toggles the setting) wins while the jack stays as it is.
        settings->setPrivateListening(false);
        QVERIFY(!settings->privateListening());
        // Unplugged: off (already), nothing said; plugged again: the jack's word is newer.
        announcer->headphonesChanged(JackState::Out);
        QVERIFY(!settings->privateListening());
        QCOMPARE(spoke.size(), 1);
        announcer->headphonesChanged(JackState::In);
        QVERIFY(settings->privateListening());

        // F9 off, then the session ends with headphones still in: the next visitor starts
        // with private listening again (as the kiosk's Visit resets: announcer, then settings).
        settings->setPrivateListening(false);
        announcer->reset();
        settings->resetToDefaults();
        QVERIFY(!settings->privateListening()); // the station default until the jack applies
        QTRY_VERIFY(settings->privateListening());

        // Pulled out: off, and said.
        spoke.clear();
        announcer->headphonesChanged(JackState::Out);
        QVERIFY(!settings->privateListening());
        QCOMPARE(spokenKeys(spoke), QStringList{AnnouncerPhrases::text(u"privateOff", settings->language())});
    }

    void stationSwitchesOverrideTheJack()
    {
        auto *settings = VisitorSettings::instance();
        auto *announcer = Announcer::instance();
        // [speech] follow_headphones = off: the jack changes nothing.
        announcer->headphonesChanged(JackState::Out);
        announcer->followHeadphones({false, false});
        announcer->headphonesChanged(JackState::In);
        QVERIFY(!settings->privateListening());
        // [defaults] private_listening = on: a headset station, private whatever the jack says.
        VisitorSettings::Defaults headset;
        headset.privateListening = true;
        settings->setDefaults(headset);
        announcer->followHeadphones({true, true});
        announcer->headphonesChanged(JackState::Out);
        QVERIFY(settings->privateListening());
        announcer->headphonesChanged(JackState::Unknown);
        QVERIFY(settings->privateListening());
        settings->setDefaults({});
    }
};

QTEST_GUILESS_MAIN(HeadphoneListeningTest)
#include "tst_headphonelistening.moc"
