// SPDX-License-Identifier: GPL-3.0-or-later
// Private listening follows the headphone jack: what the ports' availability means (fed in,
// as PulseAudio reports it: a null sink has no ports whose state a test could change), the
// policy with the station's switches, and the announcer turning private listening on and off
// with the jack, F9 overriding it for one session.

#include "accessibility/announcer.h"
#include "accessibility/announcerphrases.h"
#include "accessibility/speech/headphoneports.h"
#include "accessibility/speech/privatelisteningpolicy.h"
#include "accessibility/speech/speechengine.h"
#include "accessibility/visitorsettings.h"
#include "recordingsink.h"

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

const QString idSentence = QStringLiteral("您的身份证号码是110105199001011234，手机号码是13812345678，请核对。");
const QString phoneSentence = QStringLiteral("我们会打电话13812345678通知您。");

/// A real engine whose "speaker" keeps every byte, at real pace (so an utterance is still
/// playing when the jack changes), and the texts it began to speak.
struct RecordedEngine
{
    std::shared_ptr<RecordingSink::Recording> recording = std::make_shared<RecordingSink::Recording>();
    std::unique_ptr<speech::SpeechEngine> engine;
    QStringList started;

    RecordedEngine()
    {
        auto rec = recording;
        engine = std::make_unique<speech::SpeechEngine>([rec] { return std::make_unique<RecordingSink>(rec, 1.0); });
        QObject::connect(engine.get(), &speech::SpeechEngine::utteranceStarted, engine.get(),
                         [this](const QString &text, const QString &) { started << text; });
    }
};

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
        // The jack reports the same state again (a reading that is not a plug or unplug): F9's
        // choice stays, and the visitor is told nothing.
        announcer->headphonesChanged(JackState::In);
        QVERIFY(!settings->privateListening());
        QCOMPARE(spoke.size(), 1);
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

    // Pulled out mid-sentence: PulseAudio already plays on the speaker, so the ID number
    // stops before private listening turns off, the queued phone number is never said, and
    // then the visitor hears why.
    void unpluggingStopsPersonalDetailsBeforeAnnouncing()
    {
        auto *settings = VisitorSettings::instance();
        auto *announcer = Announcer::instance();
        settings->setDefaults({});
        settings->setSpeechOn(true);
        announcer->followHeadphones({false, true});
        announcer->headphonesChanged(JackState::Out);
        RecordedEngine voice;
        announcer->setEngine(voice.engine.get());
        announcer->headphonesChanged(JackState::In);
        QTRY_VERIFY_WITH_TIMEOUT(!voice.engine->isSpeaking(), 20000); // "Headphones on ..." said
        voice.started.clear();

        announcer->sayPrivate(idSentence);
        announcer->sayPrivate(phoneSentence);
        QTRY_VERIFY_WITH_TIMEOUT(voice.recording->size() > 0 && voice.started == QStringList{idSentence}, 10000);
        QVERIFY(voice.engine->isSpeaking());

        // When private listening turns off, the engine is already silent.
        bool speakingWhenTurnedOff = true;
        const auto watch = connect(settings, &VisitorSettings::privateListeningChanged, this,
                                   [&] { speakingWhenTurnedOff = voice.engine->isSpeaking(); });
        announcer->headphonesChanged(JackState::Out);
        disconnect(watch);
        QVERIFY(!settings->privateListening());
        QVERIFY2(!speakingWhenTurnedOff, "the ID number was still being said when private listening turned off");
        const QString off = AnnouncerPhrases::text(u"privateOff", settings->language());
        QTRY_VERIFY_WITH_TIMEOUT(!voice.engine->isSpeaking(), 20000);
        QCOMPARE(voice.started, (QStringList{idSentence, off}));

        // Repeat says the announcement, never the personal sentence.
        voice.started.clear();
        announcer->repeat();
        QTRY_VERIFY_WITH_TIMEOUT(!voice.started.isEmpty(), 10000);
        QCOMPARE(voice.started, QStringList{off});
        voice.engine->stop();
        announcer->setEngine(nullptr);
    }

    // A headset station keeps private listening on without headphones, but what was being
    // said privately still stops when they are pulled out, and repeat() cannot say it aloud.
    void unpluggingAHeadsetStationStopsPersonalDetails()
    {
        auto *settings = VisitorSettings::instance();
        auto *announcer = Announcer::instance();
        VisitorSettings::Defaults headset;
        headset.privateListening = true;
        settings->setDefaults(headset);
        settings->resetToDefaults();
        settings->setSpeechOn(true);
        announcer->followHeadphones({true, true});
        announcer->headphonesChanged(JackState::In);
        RecordedEngine voice;
        announcer->setEngine(voice.engine.get());

        announcer->sayPrivate(idSentence);
        announcer->sayPrivate(phoneSentence);
        QTRY_VERIFY_WITH_TIMEOUT(voice.recording->size() > 0, 10000);
        announcer->headphonesChanged(JackState::Out);
        QVERIFY(settings->privateListening());
        QVERIFY(!voice.engine->isSpeaking());
        // repeat() has nothing to say, and the next sentence is the next one heard: the queued
        // phone number is gone.
        const QString next = QStringLiteral("请稍等。");
        announcer->repeat();
        announcer->say(next);
        QTRY_VERIFY_WITH_TIMEOUT(voice.started.size() >= 2, 10000);
        QCOMPARE(voice.started, (QStringList{idSentence, next}));
        voice.engine->stop();
        announcer->setEngine(nullptr);
        settings->setDefaults({});
        settings->resetToDefaults();
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
