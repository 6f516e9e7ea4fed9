// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/apiresponse.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace server::console {

/// @brief The console's page (index.html, app.js, app.css and whatever else the build put in
/// its folder), read once at start into memory and answered from there on the IO thread.
///
/// Every answer carries the console's security headers; files have an ETag and
/// `Cache-Control: no-cache` (their names do not change with a new build, so the browser asks
/// each time and gets 304 while the file is the same). Without the folder or its index.html
/// the console answers 503 with a plain sentence, and the API goes on serving.
class ConsoleAssets
{
public:
    struct Asset
    {
        QByteArray body;
        QByteArray contentType;
        QByteArray etag; ///< quoted, as sent
    };

    /// Reads every file under `folder` (subfolders too; hidden files and links left out).
    [[nodiscard]] static ConsoleAssets load(const QString &folder);

    /// Whether the folder was there with an index.html.
    [[nodiscard]] bool isAvailable() const { return m_files.contains(QStringLiteral("index.html")); }
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] qsizetype fileCount() const { return m_files.size(); }
    /// The file of a name relative to the folder ("app.js"), or nullptr.
    [[nodiscard]] const Asset *find(const QString &name) const;

    /// The answer to GET `path` (/console/, /console/index.html, /console/app.js, ...);
    /// `ifNoneMatch` is the request's If-None-Match (304 when it names the file's ETag).
    [[nodiscard]] ApiResponse answer(const QString &path, const QByteArray &ifNoneMatch) const;
    /// The answer to GET /console: to /console/, where the page's relative links work.
    [[nodiscard]] static ApiResponse redirectToFolder();

    /// The Content-Type a file of this name is sent with.
    [[nodiscard]] static QByteArray contentTypeOf(const QString &name);

private:
    QString m_folder;
    QHash<QString, Asset> m_files;
};

} // namespace server::console
