// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/sync/syncproblem.h"

#include <QStringList>

namespace kiosksync {

namespace {

using core::TranslatableText;
// Each sentence is written out as a translate() call: lupdate reads only those.

TranslatableText doing(const QString &what)
{
    if (what == u"enroll")
        return TranslatableText::translate("kiosksync::SyncProblem", "register this kiosk");
    if (what == u"push")
        return TranslatableText::translate("kiosksync::SyncProblem", "send the waiting requests");
    return TranslatableText::translate("kiosksync::SyncProblem", "fetch news from the centre");
}

} // namespace

QString SyncProblem::code(const char *kind, const char *what, int status)
{
    QString out = QString::fromLatin1(kind);
    if (what)
        out += u':' + QString::fromLatin1(what);
    if (status > 0)
        out += u':' + QString::number(status);
    return out;
}

TranslatableText SyncProblem::words(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QStringList parts = code.split(u':');
    const QString kind = parts.value(0);
    const QString what = parts.value(1);
    const int status = parts.value(2).toInt();
    if (kind == u"store_unopenable")
        return TranslatableText::translate("kiosksync::SyncProblem", "The kiosk cannot open its own data file; call the station's technician.");
    if (kind == u"credential_not_private")
        return TranslatableText::translate("kiosksync::SyncProblem", "The kiosk's registration file is not private or not readable, so the kiosk does not use it. "
                 "The technician must fix it (chmod 600) and restart the kiosk; see the log.");
    if (kind == u"not_configured")
        return TranslatableText::translate("kiosksync::SyncProblem", "This kiosk is not yet registered with the centre: no server address or enrollment code is configured.");
    if (kind == u"enrollment_refused")
        return TranslatableText::translate("kiosksync::SyncProblem", "The centre did not accept this kiosk's enrollment code (unknown, used or expired). "
                 "Ask the centre for a new code.");
    if (kind == u"credential_not_kept")
        return TranslatableText::translate("kiosksync::SyncProblem", "The kiosk could not keep its registration; it will try again.");
    if (kind == u"queue_unreadable")
        return TranslatableText::translate("kiosksync::SyncProblem", "The kiosk cannot read its own queue; call the station's technician.");
    if (kind == u"queue_not_updated")
        return TranslatableText::translate("kiosksync::SyncProblem", "The kiosk could not update its own queue; it will try again.");
    if (kind == u"state_unreadable")
        return TranslatableText::translate("kiosksync::SyncProblem", "The kiosk cannot read its own sync state; call the station's technician.");
    if (kind == u"answer_unreadable")
        return TranslatableText::translate("kiosksync::SyncProblem", "The centre sent an answer the kiosk cannot read; it will try again.");
    if (kind == u"news_not_saved")
        return TranslatableText::translate("kiosksync::SyncProblem", "The kiosk could not save news from the centre; it will try again.");
    if (kind == u"unreachable")
        return TranslatableText::translate("kiosksync::SyncProblem", "The centre cannot be reached to %1. Nothing is lost: the kiosk keeps everything and sends it "
                 "when the connection is back.").arg(doing(what));
    if (kind == u"unknown_kiosk")
        return TranslatableText::translate("kiosksync::SyncProblem", "The centre does not recognise this kiosk. Ask the centre for a new enrollment code.");
    if (kind == u"access_withdrawn")
        return TranslatableText::translate("kiosksync::SyncProblem", "The centre has withdrawn this kiosk's access. Ask the centre for a new enrollment code.");
    if (kind == u"slow_down")
        return TranslatableText::translate("kiosksync::SyncProblem", "The centre asked the kiosk to slow down; it will try again shortly.");
    if (kind == u"server_problem")
        return TranslatableText::translate("kiosksync::SyncProblem", "The centre has a problem (error %1) and could not %2; the kiosk will try again.")
            .arg(status)
            .arg(doing(what));
    if (kind == u"refused")
        return TranslatableText::translate("kiosksync::SyncProblem", "The centre refused to %1 (error %2).").arg(doing(what)).arg(status);
    return TranslatableText::translate("kiosksync::SyncProblem", "The last exchange with the centre failed; the kiosk's log says why.");
}

} // namespace kiosksync
