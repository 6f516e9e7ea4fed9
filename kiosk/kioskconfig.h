// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// @brief The kiosk's configuration: built-in demo defaults, overridden by an INI file.
///
/// A bad value never stops the kiosk: it is reported in one line that names the key, and the
/// default is used instead, so a typo at a station degrades one setting, not the service.
class KioskConfig
{
public:
    QString stationId = QStringLiteral("demo-station");
    QString stationName = QStringLiteral("Demo community service station");
    QString stationNameZh = QStringLiteral("示范社区残疾人服务站");
    bool demo = true;

    QString serverUrl = QStringLiteral("http://127.0.0.1:8765");
    QString enrollmentCode;
    /// The station credential (token and certificate-cache key), mode 0600. Empty: the kiosk's
    /// configuration directory (kiosksync::CredentialFile::defaultPath()); never beside the store.
    QString credentialPath;

    QString storePath; ///< Empty: the kiosk's data folder.
    QString stationSecret; ///< Keys the hashes of ID numbers at rest; empty in demo: a fixed demo key.
    /// [store] secret_file: a file (mode 0600) whose trimmed content is the secret, read when
    /// [store] secret is empty; the package makes /var/lib/station-kiosk/store-secret.
    QString stationSecretFile;
    /// Delivered visitor records older than this many days are deleted (1 to 365).
    int retentionDays = 30;

    QString staffPin; ///< 4-8 digits opening staff mode; empty: the demo PIN in demo mode, else no staff mode.

    int inactivitySeconds = 90;
    int warningSeconds = 30;

    quint16 readerVendorId = 0x0400;
    quint16 readerProductId = 0xc35a;
    QString readerTransport = QStringLiteral("auto");

    QString defaultLanguage = QStringLiteral("zh");
    int defaultTextSizeStep = 0;
    QString defaultTheme = QStringLiteral("standard");
    bool defaultSpeechOn = true;
    bool privateListening = false; ///< Headphones are the only speaker: personal data may be spoken.
    /// The station's speaking rate and volume, 0-based steps of speech::SpeechEngine; the INI
    /// says them as the visitor hears them, [speech] rate = 1..7 (4: about 190 Mandarin
    /// characters a minute) and volume = 1..5 (5: full level, each step 6 dB).
    int speechRateStep = 3;
    int speechVolumeStep = 4;
    /// [speech] follow_headphones: private listening follows the headphone jack (PulseAudio's
    /// port availability) and the speaker is silent while headphones are in; off for a jack
    /// that senses wrongly (then F9 and [defaults] private_listening decide).
    bool followHeadphones = true;
    qreal pixelsPerMm = 0; ///< 0: from the screen.
    /// The queue display on a second screen: "auto" (a full-screen window there whenever a
    /// second screen is connected) or "off".
    QString queueDisplay = QStringLiteral("auto");
    /// [screen] output: the output cage shows the kiosk on (e.g. HDMI-A-1); empty: the last
    /// connected one. The session script reads it; the kiosk only validates and reports it.
    QString screenOutput;
    /// [screen] rotation: 0, 90, 180 or 270 degrees clockwise (the session script's cage -r).
    int screenRotation = 0;

    /// One line per bad value, naming the key, what was wrong, and the default used.
    QStringList problems;

    /// The built-in defaults overridden by `path` (an INI file). A missing or unreadable file
    /// is itself a problem, and leaves every default in place.
    [[nodiscard]] static KioskConfig load(const QString &path);
};
