// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kioskservices.h"

#include "kiosk/cardreader.h"
#include "kiosk/certificatelookup.h"
#include "kiosk/placehold.h"
#include "kiosk/screenshotfixture.h"
#include "kiosk/session.h"
#include "kiosk/staffmode.h"
#include "kiosk/stationstore.h"
#include "accessibility/speech/headphonejack.h"
#include "accessibility/speech/privatelisteningpolicy.h"
#include "accessibility/speech/speechengine.h"
#include "kiosk/sync/credentialfile.h"
#include "kiosk/sync/stationcondition.h"
#include "kiosk/sync/syncclient.h"
#include "kiosk/syncstatus.h"
#include "kiosk/visit.h"
#include "kiosk/volunteercardcheck.h"

#include <QPointer>

#include <cstdio>

KioskServices::KioskServices(const KioskConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    QString pin = config.staffPin;
    if (pin.isEmpty() && config.demo)
        pin = QString::fromLatin1(demoStaffPin);
    StaffMode::instance()->setPin(pin);
}

KioskServices::~KioskServices()
{
    SyncStatus::instance()->attach(nullptr);
    if (m_sync)
        m_sync->stop();
    CardReader::instance()->stop();
    StationStore::instance()->close();
}

void KioskServices::connectSession()
{
    // Visit's one wipe routine clears everything of the visitor's at the session's end, staff
    // mode included; it only has to exist.
    Visit::instance();
}

void KioskServices::start()
{
    connectSession();
    QByteArray secret = m_config.stationSecret.toUtf8();
    if (secret.isEmpty() && m_config.demo)
        secret = demoSecret;
    if (secret.isEmpty()) {
        std::fprintf(stderr, "kiosk: [store] secret is not set; the kiosk runs without its local store\n");
        StationStore::instance()->noteError(core::TranslatableText::translate("KioskServices",
                                             "No station secret is configured ([store] secret)."));
    } else if (!StationStore::instance()->open(m_config.storePath, secret, m_config.demo)) {
        std::fprintf(stderr, "kiosk: the local store could not be opened; visitors are offered Call staff\n");
    } else {
        m_secret = secret;
        startSync();
    }
    CardReader::instance()->start(m_config);
}

void KioskServices::startSync()
{
    if (m_config.serverUrl.isEmpty())
        return; // a kiosk without a server keeps every request in its outbox
    kiosksync::SyncSettings settings;
    settings.serverUrl = QUrl(m_config.serverUrl);
    settings.storePath = StationStore::instance()->path();
    settings.enrollmentCode = m_config.enrollmentCode;
    settings.retentionDays = m_config.retentionDays;
    settings.credentialPath = m_config.credentialPath.isEmpty() ? kiosksync::CredentialFile::defaultPath()
                                                                : m_config.credentialPath;
    m_sync = std::make_unique<kiosksync::SyncClient>(settings);
    adoptCredentialKey();
    connect(m_sync.get(), &kiosksync::SyncClient::reportChanged, this, &KioskServices::adoptCredentialKey);
    // A visitor's request goes out as soon as it is on disk, not at the next round.
    connect(StationStore::instance(), &StationStore::recordSaved, m_sync.get(), &kiosksync::SyncClient::syncNow);
    SyncStatus::instance()->attach(m_sync.get());
    CertificateLookup::instance()->attach(m_sync.get());
    PlaceHold::instance()->attach(m_sync.get());
    VolunteerCardCheck::instance()->attach(m_sync.get());
    // The centre hears the reader's state with each push (the reader thread reports it here).
    const auto tellReader = [this] {
        m_sync->setReaderState(kiosksync::StationCondition::readerWord(CardReader::instance()->state(),
                                                                       CardReader::instance()->description()));
    };
    connect(CardReader::instance(), &CardReader::stateChanged, m_sync.get(), tellReader);
    connect(CardReader::instance(), &CardReader::descriptionChanged, m_sync.get(), tellReader);
    tellReader();
    m_sync->start();
}

void KioskServices::watchSpeaker(speech::SpeechEngine *engine, speech::HeadphoneJack *jack)
{
    if (!m_sync || !engine)
        return;
    const speech::PrivateListeningPolicy policy{m_config.privateListening, m_config.followHeadphones};
    const auto everAvailable = std::make_shared<bool>(false);
    const auto tell = [this, policy, everAvailable, engine = QPointer(engine), jack = QPointer(jack)] {
        if (!engine)
            return;
        *everAvailable = *everAvailable || engine->audioAvailable();
        const bool headphonesTakeOver = jack && policy.speakerMuted(jack->state());
        m_sync->setSpeakerState(kiosksync::StationCondition::speakerWord(engine->audioAvailable(), *everAvailable,
                                                                         headphonesTakeOver));
    };
    connect(engine, &speech::SpeechEngine::audioAvailableChanged, m_sync.get(), tell);
    if (jack)
        connect(jack, &speech::HeadphoneJack::stateChanged, m_sync.get(), tell);
    tell();
}

void KioskServices::adoptCredentialKey()
{
    const QByteArray key = m_sync->stationSecret();
    if (key.isEmpty() || key == m_secret)
        return;
    m_secret = key;
    StationStore::instance()->close();
    if (!StationStore::instance()->open(m_config.storePath, key, m_config.demo))
        std::fprintf(stderr, "kiosk: the local store could not be reopened with the station's key\n");
}

void KioskServices::startForScreenshot(const QString &page)
{
    connectSession();
    m_scratch = std::make_unique<QTemporaryDir>();
    StationStore::instance()->open(m_scratch->filePath(QStringLiteral("screenshot.db")), demoSecret, true);
    CardReader::instance()->showState(QStringLiteral("ready"));
    ScreenshotFixture::prepare(page, QString::fromLatin1(demoStaffPin));
}
