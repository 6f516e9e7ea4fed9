// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/registrationfixture.h"

#include "drivers/idcard/idcard.h"
#include "kiosk/store/demodata.h"
#include "kiosk/storewriter.h"
#include "kiosk/visit.h"
#include "kiosk/visitoridentity.h"
#include "kiosk/volunteerregistration.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace {

/// Lets the answers that come through the event loop arrive (the server question, a write),
/// at most two seconds.
void waitUntil(const std::function<bool()> &done)
{
    for (int i = 0; i < 40 && !done(); ++i) {
        StoreWriter::instance()->flush();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

void chooseUpTo(PageFixture fixture)
{
    VolunteerRegistration *registration = Visit::instance()->registration();
    registration->begin();
    waitUntil([registration] { return registration->state() != QStringLiteral("checking"); });
    if (fixture == PageFixture::VolunteerRegisterStart)
        return;
    registration->toggleSkill(QStringLiteral("accompany_to_hospital"));
    registration->toggleSkill(QStringLiteral("sign_language"));
    registration->toggleSkill(QStringLiteral("driving"));
    registration->applyShortcut(QStringLiteral("weekday_mornings"));
    registration->toggleTime(3, QStringLiteral("afternoon"));
    registration->toggleTime(6, QStringLiteral("evening"));
    if (fixture == PageFixture::VolunteerRegisterTimes)
        return;
    for (const QChar digit : QStringLiteral("13812345678"))
        registration->appendDigit(QString(digit));
    if (fixture == PageFixture::VolunteerRegisterPhone)
        return;
    registration->agree();
    if (fixture == PageFixture::VolunteerRegisterDraft)
        return;
    if (registration->submit())
        waitUntil([registration] { return !registration->saving(); });
}

} // namespace

void RegistrationFixture::placeDemoCard()
{
    idcard::IdCard card;
    card.name = QStringLiteral("王芳");
    card.idNumber = store::DemoData::notVolunteerIdNumber();
    card.idNumberValid = true;
    VisitorIdentity::instance()->setFromCard(card);
}

void RegistrationFixture::prepare(PageFixture fixture)
{
    switch (fixture) {
    case PageFixture::VolunteerRegisterStart:
    case PageFixture::VolunteerRegisterTimes:
    case PageFixture::VolunteerRegisterPhone:
    case PageFixture::VolunteerRegisterDraft:
    case PageFixture::VolunteerRegistered:
        placeDemoCard();
        chooseUpTo(fixture);
        break;
    default:
        break;
    }
}
