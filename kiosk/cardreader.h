// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include "accessibility/processsingleton.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class KioskConfig;

namespace idcard {
class ReaderService;
struct IdCard;
} // namespace idcard

/// @brief The ID-card reader as the pages see it: its state as a short key, the reason of an
/// error in words, and a card turned into the visitor's identity.
///
/// The reader itself (drivers/idcard ReaderService) runs on its own thread; this object lives
/// on the GUI thread and only ever holds the card long enough to hand the ID number on.
class CardReader : public QObject, public ProcessSingleton<CardReader>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// "none", "ready", "reading", "remove" or "error".
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString reason READ reason NOTIFY stateChanged)
    Q_PROPERTY(QString description READ description NOTIFY descriptionChanged)
    Q_PROPERTY(QString transport READ transport CONSTANT)
    Q_PROPERTY(bool demoCards READ demoCards NOTIFY descriptionChanged)
    Q_PROPERTY(QStringList demoCardLabels READ demoCardLabels NOTIFY labelsChanged)

public:
    ~CardReader() override;

    /// Starts the reader thread with the configuration's ids and transport.
    void start(const KioskConfig &config);
    void stop();
    /// Screenshots and tests without a reader thread: show this state.
    void showState(const QString &state);

    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString reason() const;
    [[nodiscard]] QString description() const { return m_description; }
    [[nodiscard]] QString transport() const { return m_transport; }
    [[nodiscard]] bool demoCards() const;
    [[nodiscard]] QStringList demoCardLabels() const;

    /// Staff mode in the demo: lays demo identity `index` on the simulated reader.
    Q_INVOKABLE bool presentDemoCard(int index);
    Q_INVOKABLE void removeDemoCard();

    /// A card from the reader thread (and from tests): becomes the visitor's identity.
    void acceptCard(const idcard::IdCard &card);

signals:
    void stateChanged();
    void descriptionChanged();
    void labelsChanged();
    /// A card with a valid ID number was read: VisitorIdentity holds it now.
    void cardAccepted();
    /// A card was read but holds no ID number the kiosk can use (the page says so).
    void cardRefused();

private:
    friend class ProcessSingleton<CardReader>;
    explicit CardReader(QObject *parent = nullptr);

    std::unique_ptr<idcard::ReaderService> m_service;
    QString m_state = QStringLiteral("none");
    core::TranslatableText m_reason;
    QString m_description;
    QString m_transport;
    bool m_demo = false;
};
