// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/console/consoleassets.h"

#include "server/console/consolerouter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace server::console {

namespace {

ApiResponse plain(int status, const QByteArray &sentence)
{
    ApiResponse r{status, sentence + '\n', {}};
    r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "text/plain; charset=utf-8"));
    ConsoleRouter::addSecurityHeaders(r);
    return r;
}

} // namespace

QByteArray ConsoleAssets::contentTypeOf(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("map"), "application/json"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("ico"), "image/x-icon"},
        {QStringLiteral("woff2"), "font/woff2"},
        {QStringLiteral("woff"), "font/woff"},
    };
    return types.value(suffix, QByteArrayLiteral("application/octet-stream"));
}

ConsoleAssets ConsoleAssets::load(const QString &folder)
{
    ConsoleAssets assets;
    assets.m_folder = folder;
    const QDir root(folder);
    if (folder.isEmpty() || !root.exists())
        return assets;
    QDirIterator it(folder, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = root.relativeFilePath(path);
        // Hidden files (an editor's, the build's stamps) are not part of the page.
        if (name.startsWith(u'.') || name.contains(QStringLiteral("/.")))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Asset asset;
        asset.body = file.readAll();
        asset.contentType = contentTypeOf(name);
        asset.etag = '"' + QCryptographicHash::hash(asset.body, QCryptographicHash::Sha256).toHex().left(32) + '"';
        assets.m_files.insert(name, asset);
    }
    return assets;
}

const ConsoleAssets::Asset *ConsoleAssets::find(const QString &name) const
{
    const auto it = m_files.constFind(name);
    return it == m_files.constEnd() ? nullptr : &it.value();
}

ApiResponse ConsoleAssets::redirectToFolder()
{
    ApiResponse r{301, {}, {}};
    r.headers.append(QPair<QByteArray, QByteArray>("Location", "/console/"));
    r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "text/plain; charset=utf-8"));
    ConsoleRouter::addSecurityHeaders(r);
    return r;
}

ApiResponse ConsoleAssets::answer(const QString &path, const QByteArray &ifNoneMatch) const
{
    if (!isAvailable())
        return plain(503, "The coordinators' console was not built with this server, so its page cannot be shown; "
                          "the server's API still works.");
    const QString prefix = QStringLiteral("/console/");
    QString name = path.startsWith(prefix) ? path.mid(prefix.size()) : QString();
    if (name.isEmpty())
        name = QStringLiteral("index.html");
    const Asset *asset = find(name);
    if (!asset)
        return plain(404, "There is no such page of the console.");
    ApiResponse r;
    r.headers.append(QPair<QByteArray, QByteArray>("ETag", asset->etag));
    r.headers.append(QPair<QByteArray, QByteArray>("Cache-Control", "no-cache"));
    bool unchanged = false;
    for (const QByteArray &tag : ifNoneMatch.split(','))
        unchanged = unchanged || tag.trimmed() == asset->etag || tag.trimmed() == "*";
    if (unchanged) {
        r.status = 304;
    } else {
        r.status = 200;
        r.body = asset->body;
        r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", asset->contentType));
    }
    ConsoleRouter::addSecurityHeaders(r);
    return r;
}

} // namespace server::console
