// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace words {

struct CatalogueMessage
{
    QString context;
    QString source;
    QString translation; // empty when the catalogue has none
};

/// Every message of a Qt Linguist catalogue (.ts): the words pages really show.
[[nodiscard]] QList<CatalogueMessage> readCatalogue(const QString &path);

} // namespace words
