// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/helprequestcheck.h"
#include "core/translatabletext.h"

#include "core/notephrases.h"
#include "core/phonenumber.h"

namespace store {

using Kind = StoreError::Kind;

Result<QString> HelpRequestCheck::phoneDigits(const QString &typed)
{
    // The visitor may leave the phone out; anything typed must be a phone number (core::PhoneNumber,
    // the one rule of the kiosk and the server). Kept as digits only, however it was typed.
    if (typed.trimmed().isEmpty())
        return QString();
    core::PhoneProblem problem = core::PhoneProblem::None;
    const auto phone = core::PhoneNumber::parse(typed, &problem);
    if (!phone)
        return StoreError{Kind::Invalid, core::PhoneNumber::problemText(problem), QStringLiteral("phone number refused")};
    return phone->digits();
}

Result<HelpRequestDraft> HelpRequestCheck::checked(const Database &db, const HelpRequestDraft &draft, QDate today)
{
    HelpRequestDraft out = draft;
    auto phone = phoneDigits(draft.phone);
    if (!phone.ok())
        return phone.error();
    out.phone = phone.value();
    if (draft.wantedDay.isValid() && draft.wantedDay < today)
        return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::HelpRequestCheck",
                                "That day has passed. Please choose today or a later day."), QStringLiteral("wantedDay"));
    out.noteKeys.clear();
    for (const QString &key : draft.noteKeys) {
        if (!core::NotePhrases::isKnown(key))
            return StoreError::make(Kind::Invalid, core::TranslatableText::translate("store::HelpRequestCheck", "One of the notes is not known."),
                                    QStringLiteral("noteKeys"));
        if (!out.noteKeys.contains(key))
            out.noteKeys.append(key);
    }
    if (draft.place.kind != core::PlaceKind::Listed) {
        out.place.placeId.clear();
        return out;
    }
    auto listed = db.scalar(QStringLiteral("SELECT 1 FROM places WHERE id = ?"), {draft.place.placeId});
    if (!listed.ok())
        return listed.error();
    if (draft.place.placeId.isEmpty() || !listed.value().isValid())
        return StoreError::make(Kind::NotFound, core::TranslatableText::translate("store::HelpRequestCheck",
                                "This place is not on the station's list. Please choose another."),
                                QStringLiteral("place.placeId"));
    return out;
}

} // namespace store
