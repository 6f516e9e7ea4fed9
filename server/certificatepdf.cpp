// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/certificatepdf.h"

#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace server {

bool CertificatePdf::available()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

bool CertificatePdf::write(const QString &html, const QString &title, const QString &path, QString *problem)
{
    if (!available()) {
        *problem = QStringLiteral("printing a PDF needs the GUI application (kiosk-server admin starts it for this command)");
        return false;
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("kiosk-server"));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("Noto Sans CJK SC"), 11));
    document.setHtml(html);
    // Page by page at the writer's page size: a long record goes on to a second page.
    document.print(&writer);
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        *problem = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace server
