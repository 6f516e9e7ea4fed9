// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/screenshotfixture.h"

#include "core/certificatestate.h"
#include "kiosk/assessmentrequest.h"
#include "kiosk/pagecatalogue.h"
#include "kiosk/staffmode.h"
#include "kiosk/store/demodata.h"
#include "kiosk/storewriter.h"
#include "kiosk/visit.h"
#include "kiosk/visitoridentity.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace {

void identifyDemoVisitor()
{
    // Someone whose application is under review: a timeline with steps done and to come.
    for (const auto &person : store::DemoData::people())
        if (person.state == core::CertificateState::AwaitingAssessment)
            VisitorIdentity::instance()->setTyped(person.idNumber);
}

void typePhone(int digits)
{
    AssessmentRequest *request = Visit::instance()->assessment();
    request->clear();
    request->setKind(QStringLiteral("home_assessment"));
    for (const QChar digit : QStringLiteral("13812345678").left(digits))
        request->append(QString(digit));
}

} // namespace

void ScreenshotFixture::prepare(const QString &page, const QString &staffPin)
{
    const auto entry = PageCatalogue::find(page);
    if (!entry)
        return;
    switch (entry->fixture) {
    case PageFixture::None:
    case PageFixture::Warning:
    case PageFixture::Attract:
        break;
    case PageFixture::Visitor:
        identifyDemoVisitor();
        break;
    case PageFixture::PhoneTyped:
        identifyDemoVisitor();
        typePhone(7);
        break;
    case PageFixture::PhoneComplete:
        identifyDemoVisitor();
        typePhone(11);
        break;
    case PageFixture::Submitted: {
        identifyDemoVisitor();
        typePhone(11);
        AssessmentRequest *request = Visit::instance()->assessment();
        if (request->submit()) {
            // The write runs on the writer's thread; its answer comes through the event loop.
            StoreWriter::instance()->flush();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        }
        break;
    }
    case PageFixture::Staff:
        StaffMode::instance()->setPin(staffPin);
        StaffMode::instance()->unlock(staffPin);
        break;
    }
}
