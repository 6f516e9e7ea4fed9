// SPDX-License-Identifier: GPL-3.0-or-later
#include "contractsample.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace contract {

namespace {

QAtomicInt g_counter;

void write(QJsonObject sample, const QString &subfolder = {})
{
    const QString samples = qEnvironmentVariable("KIOSK_CONTRACT_SAMPLES");
    if (samples.isEmpty())
        return;
    const QString folder = subfolder.isEmpty() ? samples : samples + QLatin1Char('/') + subfolder;
    if (!QDir().mkpath(folder))
        qFatal("cannot create the contract samples folder %s", qPrintable(folder));
    const QString source = QCoreApplication::applicationName();
    sample.insert(QStringLiteral("source"), source);
    const QString name = QStringLiteral("%1/%2-%3-%4.json")
                             .arg(folder, source)
                             .arg(QCoreApplication::applicationPid())
                             .arg(g_counter.fetchAndAddRelaxed(1), 5, 10, QLatin1Char('0'));
    QSaveFile file(name);
    // A sample that cannot be written must fail the run, not shrink the check silently.
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(sample).toJson(QJsonDocument::Compact)) < 0
        || !file.commit())
        qFatal("cannot write the contract sample %s", qPrintable(name));
}

} // namespace

void recordSchemaSample(const QString &schema, const QJsonValue &body)
{
    write({{QStringLiteral("schema"), QStringLiteral("#/components/schemas/") + schema}, {QStringLiteral("body"), body}});
}

void recordResponseSample(const QString &method, const QString &path, int status, const QByteArray &body,
                          const QString &subfolder)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonValue value = error.error == QJsonParseError::NoError
                                 ? (doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()))
                                 : QJsonValue(QString::fromUtf8(body));
    write({{QStringLiteral("method"), method},
           {QStringLiteral("path"), path},
           {QStringLiteral("status"), status},
           {QStringLiteral("body"), value}},
          subfolder);
}

} // namespace contract
