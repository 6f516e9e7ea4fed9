// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/applicationfixture.h"

#include "core/certificateprocedures.h"
#include "core/certificatestate.h"
#include "core/procedurechoice.h"
#include "kiosk/certificateapplication.h"
#include "kiosk/store/demodata.h"
#include "kiosk/storewriter.h"
#include "kiosk/visit.h"
#include "kiosk/visitoridentity.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace {

/// A demo holder the procedure is offered to: none for a first application, a card due for
/// renewal for a renewal, a valid card for the others.
QString holderFor(const QString &procedure)
{
    if (procedure == u"apply")
        return store::DemoData::idNumberWithoutCertificate();
    const core::CertificateState wanted = procedure == u"renew" ? core::CertificateState::RenewalDue
                                                                : core::CertificateState::Issued;
    for (const auto &person : store::DemoData::people())
        if (person.state == wanted)
            return person.idNumber;
    return {};
}

} // namespace

QString ApplicationFixture::procedureOf(const QString &page)
{
    if (page == u"cert-district")
        return u"transfer"_s;
    if (page == u"cert-phone" || page == u"cert-sent")
        return u"replace"_s;
    QString key = page;
    key.remove(0, 5); // "cert-"
    if (key.endsWith(u"-review"))
        key.chop(7);
    return key;
}

QString ApplicationFixture::demoChoice(const QString &procedure)
{
    // The first real answer core offers (not apply's "not sure"), so a renamed key in core
    // cannot leave the screenshots without a choice.
    const auto key = core::CertificateProcedures::fromKey(procedure);
    if (!key)
        return {};
    for (const core::ProcedureOption &option : core::ProcedureChoices::options(*key))
        if (!option.key.isEmpty())
            return option.key;
    return {};
}

void ApplicationFixture::prepare(PageFixture fixture, const QString &page)
{
    const QString procedure = procedureOf(page);
    VisitorIdentity::instance()->setTyped(holderFor(procedure));
    CertificateApplication *application = Visit::instance()->application();
    if (!application->start(procedure) || fixture == PageFixture::ApplicationStart
        || fixture == PageFixture::ApplicationDistrict)
        return;
    application->choose(demoChoice(procedure));
    const int digits = fixture == PageFixture::ApplicationPhone ? 7 : 11;
    for (const QChar digit : u"13812345678"_s.left(digits))
        application->append(QString(digit));
    if (fixture != PageFixture::ApplicationSent || !application->submit())
        return;
    // The write runs on the writer's thread; its answer comes through the event loop.
    for (int i = 0; i < 40 && application->saving(); ++i) {
        StoreWriter::instance()->flush();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}
