// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/certificatepdf.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QMutex>
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
    const auto pdf = render(html, title, problem);
    if (!pdf)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*pdf) != pdf->size() || !file.flush()) {
        *problem = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

std::optional<QByteArray> CertificatePdf::render(const QString &html, const QString &title, QString *problem)
{
    if (!available()) {
        *problem = QStringLiteral("printing a PDF needs the GUI application (kiosk-server admin starts it for this command)");
        return std::nullopt;
    }
    // The console's workers may print at once; one layout at a time keeps the font engine's
    // caches out of each other's way.
    static QMutex printing;
    const QMutexLocker lock(&printing);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
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
    }
    if (pdf.isEmpty()) {
        *problem = QStringLiteral("the PDF came out empty");
        return std::nullopt;
    }
    return pdf;
}

} // namespace server
