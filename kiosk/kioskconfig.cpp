// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kioskconfig.h"

#include "accessibility/themepalette.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace {

/// Reads keys from one INI file and records every value it cannot use.
class IniReader
{
public:
    IniReader(QSettings &settings, QStringList &problems)
        : m_settings(settings)
        , m_problems(problems)
    {
    }

    void readText(const QString &key, QString &target)
    {
        if (m_settings.contains(key))
            target = m_settings.value(key).toString().trimmed();
    }

    void readInt(const QString &key, int &target, int minimum, int maximum)
    {
        if (!m_settings.contains(key))
            return;
        bool ok = false;
        const QString raw = m_settings.value(key).toString().trimmed();
        const int value = raw.toInt(&ok);
        if (!ok || value < minimum || value > maximum) {
            reject(key, raw, QStringLiteral("a whole number from %1 to %2").arg(minimum).arg(maximum),
                   QString::number(target));
            return;
        }
        target = value;
    }

    void readBool(const QString &key, bool &target)
    {
        if (!m_settings.contains(key))
            return;
        const QString raw = m_settings.value(key).toString().trimmed().toLower();
        static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"), QStringLiteral("1")};
        static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"), QStringLiteral("0")};
        if (yes.contains(raw))
            target = true;
        else if (no.contains(raw))
            target = false;
        else
            reject(key, raw, QStringLiteral("true or false"), target ? QStringLiteral("true") : QStringLiteral("false"));
    }

    void readChoice(const QString &key, QString &target, const QStringList &choices)
    {
        if (!m_settings.contains(key))
            return;
        const QString raw = m_settings.value(key).toString().trimmed();
        if (!choices.contains(raw)) {
            reject(key, raw, QStringLiteral("one of: ") + choices.join(QStringLiteral(", ")), target);
            return;
        }
        target = raw;
    }

    void readPin(const QString &key, QString &target)
    {
        if (!m_settings.contains(key))
            return;
        const QString raw = m_settings.value(key).toString().trimmed();
        static const QRegularExpression digits(QStringLiteral("^\\d{4,8}$"));
        if (!digits.match(raw).hasMatch()) {
            // The rejected value is a secret: never echo it.
            m_problems << QStringLiteral("config: [%1] %2 is not 4 to 8 digits; using the default")
                              .arg(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1));
            return;
        }
        target = raw;
    }

    void readUsbId(const QString &key, quint16 &target)
    {
        if (!m_settings.contains(key))
            return;
        const QString raw = m_settings.value(key).toString().trimmed();
        bool ok = false;
        const uint value = QString(raw).remove(QStringLiteral("0x")).toUInt(&ok, 16);
        if (!ok || value > 0xffff || raw.isEmpty()) {
            reject(key, raw, QStringLiteral("a four-digit hexadecimal USB id such as 0400"),
                   QStringLiteral("%1").arg(target, 4, 16, QLatin1Char('0')));
            return;
        }
        target = quint16(value);
    }

    void readUrl(const QString &key, QString &target)
    {
        if (!m_settings.contains(key))
            return;
        const QString raw = m_settings.value(key).toString().trimmed();
        if (raw.isEmpty()) { // no central server: the kiosk keeps everything in its outbox
            target.clear();
            return;
        }
        const QUrl url(raw, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            reject(key, raw, QStringLiteral("an http:// or https:// address"), target);
            return;
        }
        target = raw;
    }

    void readPixelsPerMm(const QString &key, qreal &target)
    {
        if (!m_settings.contains(key))
            return;
        bool ok = false;
        const QString raw = m_settings.value(key).toString().trimmed();
        const double value = raw.toDouble(&ok);
        if (!ok || (value != 0 && (value < 2 || value > 20))) {
            reject(key, raw, QStringLiteral("0 (from the screen) or a density from 2 to 20 pixels per mm"),
                   QString::number(target));
            return;
        }
        target = value;
    }

    void readRotation(const QString &key, int &target)
    {
        if (!m_settings.contains(key))
            return;
        const QString raw = m_settings.value(key).toString().trimmed();
        bool ok = false;
        const int value = raw.toInt(&ok);
        if (!ok || (value != 0 && value != 90 && value != 180 && value != 270)) {
            reject(key, raw, QStringLiteral("0, 90, 180 or 270 (degrees clockwise)"), QString::number(target));
            return;
        }
        target = value;
    }

    /// The secret's file must be private: a secret others can read keys nothing. Its content
    /// is never echoed.
    void readSecretFile(const QString &key, QString &path, QString &secret)
    {
        readText(key, path);
        if (path.isEmpty() || !secret.isEmpty())
            return;
        const QFileInfo info(path);
        constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (!info.exists()) {
            m_problems << QStringLiteral("config: [store] secret_file %1 does not exist; no station secret").arg(path);
            return;
        }
        if (info.permissions() & others) {
            m_problems << QStringLiteral("config: [store] secret_file %1 may be read by other users; refused - "
                                         "make it private with: chmod 600 %1").arg(path);
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems << QStringLiteral("config: [store] secret_file %1 cannot be read by this user; no station secret")
                              .arg(path);
            return;
        }
        secret = QString::fromUtf8(file.read(4096)).trimmed();
        if (secret.isEmpty())
            m_problems << QStringLiteral("config: [store] secret_file %1 is empty; no station secret").arg(path);
    }

private:
    void reject(const QString &key, const QString &raw, const QString &expected, const QString &fallback)
    {
        const QString group = key.section(QLatin1Char('/'), 0, 0);
        const QString name = key.section(QLatin1Char('/'), 1);
        m_problems << QStringLiteral("config: [%1] %2 = \"%3\" is not %4; using %5")
                          .arg(group, name, raw, expected, fallback.isEmpty() ? QStringLiteral("(empty)") : fallback);
    }

    QSettings &m_settings;
    QStringList &m_problems;
};

} // namespace

KioskConfig KioskConfig::load(const QString &path)
{
    KioskConfig config;
    if (path.isEmpty())
        return config;
    if (!QFileInfo(path).isReadable()) {
        config.problems << QStringLiteral("config: cannot read %1; using the built-in defaults").arg(path);
        return config;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        config.problems << QStringLiteral("config: %1 is not a valid INI file; using the built-in defaults").arg(path);
        return config;
    }

    IniReader ini(settings, config.problems);
    ini.readText(QStringLiteral("station/id"), config.stationId);
    ini.readText(QStringLiteral("station/name"), config.stationName);
    ini.readText(QStringLiteral("station/name_zh"), config.stationNameZh);
    ini.readBool(QStringLiteral("station/demo"), config.demo);
    ini.readUrl(QStringLiteral("server/url"), config.serverUrl);
    ini.readText(QStringLiteral("server/enrollment_code"), config.enrollmentCode);
    ini.readText(QStringLiteral("server/credential_path"), config.credentialPath);
    ini.readText(QStringLiteral("store/path"), config.storePath);
    ini.readText(QStringLiteral("store/secret"), config.stationSecret);
    ini.readSecretFile(QStringLiteral("store/secret_file"), config.stationSecretFile, config.stationSecret);
    // Records are deleted only once the server has them; a year is the most a kiosk keeps.
    ini.readInt(QStringLiteral("store/retention_days"), config.retentionDays, 1, 365);
    ini.readPin(QStringLiteral("staff/pin"), config.staffPin);
    ini.readInt(QStringLiteral("session/inactivity_seconds"), config.inactivitySeconds, 10, 1800);
    // WCAG 2.2.1 asks for at least 20 s to ask for more time.
    ini.readInt(QStringLiteral("session/warning_seconds"), config.warningSeconds, 20, 300);
    ini.readUsbId(QStringLiteral("reader/vendor_id"), config.readerVendorId);
    ini.readUsbId(QStringLiteral("reader/product_id"), config.readerProductId);
    ini.readText(QStringLiteral("reader/transport"), config.readerTransport);
    ini.readChoice(QStringLiteral("defaults/language"), config.defaultLanguage, {QStringLiteral("zh"), QStringLiteral("en")});
    int textSize = config.defaultTextSizeStep + 1;
    ini.readInt(QStringLiteral("defaults/text_size"), textSize, 1, 4);
    config.defaultTextSizeStep = textSize - 1;
    ini.readChoice(QStringLiteral("defaults/theme"), config.defaultTheme, ThemePalette::names());
    ini.readBool(QStringLiteral("defaults/speech"), config.defaultSpeechOn);
    ini.readBool(QStringLiteral("defaults/private_listening"), config.privateListening);
    // A quiet station or a noisy hall: the step the voice returns to after every visit.
    int rate = config.speechRateStep + 1;
    ini.readInt(QStringLiteral("speech/rate"), rate, 1, 7);
    config.speechRateStep = rate - 1;
    int volume = config.speechVolumeStep + 1;
    ini.readInt(QStringLiteral("speech/volume"), volume, 1, 5);
    config.speechVolumeStep = volume - 1;
    ini.readBool(QStringLiteral("speech/follow_headphones"), config.followHeadphones);
    ini.readPixelsPerMm(QStringLiteral("display/pixels_per_mm"), config.pixelsPerMm);
    ini.readChoice(QStringLiteral("queue/display"), config.queueDisplay, {QStringLiteral("auto"), QStringLiteral("off")});
    ini.readText(QStringLiteral("screen/output"), config.screenOutput);
    ini.readRotation(QStringLiteral("screen/rotation"), config.screenRotation);
    return config;
}
