// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/accessibility/words/cataloguemessages.h"

#include <QFile>
#include <QXmlStreamReader>

namespace words {

QList<CatalogueMessage> readCatalogue(const QString &path)
{
    QList<CatalogueMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    CatalogueMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            message = {context, {}, {}};
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            // Plural forms are <numerusform>s inside; the first is enough to lay out.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"numerusform")
                    break;
                if (xml.isCharacters())
                    text += xml.text();
            }
            message.translation = text.trimmed().isEmpty() ? QString() : text;
            out.append(message);
        }
    }
    return out;
}

} // namespace words
