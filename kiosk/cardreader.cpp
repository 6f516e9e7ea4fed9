// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/cardreader.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/kioskconfig.h"
#include "kiosk/session.h"
#include "kiosk/visitoridentity.h"
#include "drivers/idcard/readerservice.h"

using namespace Qt::StringLiterals;

namespace {

QString keyOf(idcard::ReaderState state)
{
    switch (state) {
    case idcard::ReaderState::NoReader: return u"none"_s;
    case idcard::ReaderState::Ready: return u"ready"_s;
    case idcard::ReaderState::Reading: return u"reading"_s;
    case idcard::ReaderState::RemoveCard: return u"remove"_s;
    case idcard::ReaderState::Error: return u"error"_s;
    }
    return u"none"_s;
}

} // namespace

CardReader::CardReader(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, [this] {
        emit stateChanged();
        emit labelsChanged();
    });
}

CardReader::~CardReader() = default;

void CardReader::start(const KioskConfig &config)
{
    stop();
    idcard::ReaderSettings settings;
    settings.vendorId = config.readerVendorId;
    settings.productId = config.readerProductId;
    if (!settings.setTransport(config.readerTransport))
        qWarning("kiosk: [reader] transport \"%s\" is unknown; using auto", qPrintable(config.readerTransport));
    // Outside the demo, "auto" must not quietly read invented cards: a real reader or none.
    if (!config.demo && settings.transport == idcard::ReaderSettings::TransportKind::Auto)
        settings.transport = idcard::ReaderSettings::TransportKind::Usb;
    m_transport = settings.transportSpec();
    m_demo = config.demo;

    m_service = std::make_unique<idcard::ReaderService>(settings);
    connect(m_service.get(), &idcard::ReaderService::stateChanged, this,
            [this](idcard::ReaderState state, const core::TranslatableText &reason) {
                m_state = keyOf(state);
                m_reason = reason;
                emit stateChanged();
            });
    connect(m_service.get(), &idcard::ReaderService::readerChanged, this, [this](const QString &description) {
        m_description = description;
        emit descriptionChanged();
    });
    connect(m_service.get(), &idcard::ReaderService::cardRead, this, &CardReader::acceptCard);
    m_service->start();
}

void CardReader::stop()
{
    if (m_service)
        m_service->stop();
    m_service.reset();
}

void CardReader::showState(const QString &state)
{
    m_state = state;
    emit stateChanged();
}

QString CardReader::reason() const
{
    return m_reason.in(VisitorSettings::instance()->language());
}

bool CardReader::demoCards() const
{
    return m_demo && m_service && m_service->hasSimulatedReader();
}

QStringList CardReader::demoCardLabels() const
{
    QStringList labels;
    const QString language = VisitorSettings::instance()->language();
    for (const core::LocalizedText &label : idcard::ReaderService::simulatedCardLabels())
        labels << label.in(language);
    return labels;
}

bool CardReader::presentDemoCard(int index)
{
    return demoCards() && m_service->presentSimulatedCard(index);
}

void CardReader::removeDemoCard()
{
    if (demoCards())
        m_service->removeSimulatedCard();
}

void CardReader::acceptCard(const idcard::IdCard &card)
{
    // A card laid on the reader while no one is using the kiosk starts a session: the visitor
    // has plainly arrived.
    if (Session::instance()->state() == Session::State::Attract)
        Session::instance()->begin();
    if (VisitorIdentity::instance()->setFromCard(card)) {
        qInfo("kiosk: card read (%s)", qPrintable(card.maskedIdNumber()));
        emit cardAccepted();
        return;
    }
    qInfo("kiosk: card read without a usable ID number");
    emit cardRefused();
}
