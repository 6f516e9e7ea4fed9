// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/store/registrationreason.h"

#include "core/translatabletext.h"

#include <QRegularExpression>

namespace store {

namespace {

const QString kRegisteredAs = QStringLiteral("registered_as:");
const QString kPending = QStringLiteral("pending");
const QString kServer = QStringLiteral("server:");
const QString kCoordinator = QStringLiteral("coordinator:");

// The server's own words for a second registration of one person at one station
// (server/registrationdesk.cpp, RegistrationDesk::pushProblem).
const QRegularExpression &registeredAsWords()
{
    static const QRegularExpression re(QStringLiteral("already registered as volunteer ([A-Za-z0-9-]+)"));
    return re;
}

} // namespace

QString RegistrationReason::registeredAs(const QString &volunteerNumber)
{
    return kRegisteredAs + volunteerNumber.trimmed().toUpper();
}

QString RegistrationReason::heldElsewhere()
{
    return kPending;
}

QString RegistrationReason::coordinator(const QString &words)
{
    const QString said = words.trimmed();
    return said.isEmpty() ? QString() : kCoordinator + said;
}

QString RegistrationReason::ofServerRefusal(const QString &serverReason)
{
    const QString reason = serverReason.trimmed();
    if (const auto number = registeredAsWords().match(reason); number.hasMatch())
        return registeredAs(number.captured(1));
    // "already registered, waiting for a coordinator's approval": another record of this
    // person is pending on the server, so this one is as good as pending too.
    if (reason.contains(u"already registered"))
        return heldElsewhere();
    return kServer + reason;
}

QString RegistrationReason::volunteerNumber(const QString &code)
{
    return code.startsWith(kRegisteredAs) ? code.mid(kRegisteredAs.size()) : QString();
}

bool RegistrationReason::isHeldElsewhere(const QString &code)
{
    return code == kPending;
}

QString RegistrationReason::in(const QString &code, QStringView language)
{
    if (code.isEmpty() || code == kPending)
        return {};
    if (code.startsWith(kRegisteredAs))
        return core::TranslatableText::translate("store::RegistrationReason",
                                                 "the central office has you as volunteer %1 already")
            .arg(volunteerNumber(code))
            .in(language);
    if (code.startsWith(kServer))
        return core::TranslatableText::translate("store::RegistrationReason",
                                                 "the central office could not accept it as it was sent")
            .in(language);
    // A coordinator's words (or a reason without a code): written for the person, shown as they are.
    return code.startsWith(kCoordinator) ? code.mid(kCoordinator.size()) : code;
}

} // namespace store
