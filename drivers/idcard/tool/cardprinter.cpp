// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardprinter.h"

#include "cardjson.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

QString CardPrinter::toText(const idcard::IdCard &card, bool fullIdNumber, QDate today)
{
    // The same fields as the JSON form, in a stable order, empty ones left out.
    static const char *const order[] = {
        "type", "name", "english_name", "sex", "nation", "birth", "address", "id_number",
        "id_number_valid", "issuer", "valid_from", "valid_to", "expired", "pass_number",
        "issue_count", "nationality", "card_version", "issuing_office", "renewal_count",
        "old_permit_link",
    };
    const QJsonObject o = CardJson::toJson(card, fullIdNumber, today);
    QString out = u"card: "_s + idcard::IdCard::typeName(card.type).english() + u'\n';
    for (const char *key : order) {
        const QJsonValue v = o.value(QLatin1String(key));
        QString text = v.isBool() ? (v.toBool() ? u"yes"_s : u"no"_s) : v.toString();
        if (text.isEmpty() || (v.isUndefined()))
            continue;
        if (QLatin1String(key) == "nation" && !card.nation.en.isEmpty())
            text += u" ("_s + card.nation.en + u')';
        out += QLatin1String(key) + u": "_s + text + u'\n';
    }
    return out;
}
