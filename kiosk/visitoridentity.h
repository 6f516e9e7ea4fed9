// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/processsingleton.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace idcard {
struct IdCard;
}

/// @brief The one place the visitor's identity lives: in memory, for one session, wiped at its end.
///
/// Holds the ID number (from a card or typed) and, for a card, the name and the address (for the
/// screen only: a help request at home shows it, nothing stores or speaks it aloud). Nothing
/// here is ever written to disk or logged; QML sees only the masked number.
class VisitorIdentity : public QObject, public ProcessSingleton<VisitorIdentity>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool present READ present NOTIFY changed)
    Q_PROPERTY(QString maskedId READ maskedId NOTIFY changed)
    Q_PROPERTY(QString source READ source NOTIFY changed)

public:
    /// A card with a valid ID number; false (and nothing kept) for one without.
    bool setFromCard(const idcard::IdCard &card);
    /// A typed number that core::IdNumber accepted (its 18-character form).
    void setTyped(const QString &idNumber);

    [[nodiscard]] bool present() const { return !m_idNumber.isEmpty(); }
    /// For the view models' store look-ups only.
    [[nodiscard]] const QString &idNumber() const { return m_idNumber; }
    [[nodiscard]] const QString &name() const { return m_name; }
    /// The card's address; empty for a typed number.
    [[nodiscard]] const QString &address() const { return m_address; }
    [[nodiscard]] QString maskedId() const;
    /// "card", "typed" or empty.
    [[nodiscard]] QString source() const { return m_source; }

    /// Someone the visit knows without an ID number (a volunteer known by their volunteer
    /// number): asked when a card or a typed number arrives while no one is identified; true
    /// means it is a different person, so personChanging() is emitted as for a second card.
    void setOtherwiseKnown(std::function<bool(const QString &idNumber)> isSomeoneElse);

public slots:
    /// Overwrites and forgets everything (Session::ended).
    void clear();

signals:
    void changed();
    /// A different person is about to be identified while someone still is, by ID or otherwise
    /// (Visit wipes the previous person's data).
    void personChanging();

private:
    friend class ProcessSingleton<VisitorIdentity>;
    explicit VisitorIdentity(QObject *parent = nullptr);
    static void wipe(QString &text);
    void beginPerson(const QString &idNumber);

    QString m_idNumber;
    QString m_name;
    QString m_address;
    QString m_source;
    std::function<bool(const QString &)> m_isSomeoneElse;
};
