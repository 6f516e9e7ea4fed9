// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/visitordata.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/// @brief The typed ID number on the keypad page: the keys, the grouped number, and the
/// check character's verdict in plain words once all 18 characters are in.
///
/// An accepted number goes to VisitorIdentity; the typed characters are overwritten when the
/// entry is cleared or destroyed.
class IdNumberEntry : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString grouped READ grouped NOTIFY textChanged)
    Q_PROPERTY(int length READ length NOTIFY textChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY textChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    explicit IdNumberEntry(QObject *parent = nullptr);
    ~IdNumberEntry() override;

    static constexpr int fullLength = 18;

    /// "110101 19900307 123" as typed so far (6-8-4 groups).
    [[nodiscard]] QString grouped() const;
    [[nodiscard]] int length() const { return int(m_text.size()); }
    [[nodiscard]] bool complete() const { return m_text.size() == fullLength; }
    /// Why the complete number is refused, in the visitor's language; empty when fine or not
    /// complete yet.
    [[nodiscard]] QString problem() const;

    /// A digit, or X (only as the 18th character). False when the key cannot go in.
    Q_INVOKABLE bool append(const QString &key);
    Q_INVOKABLE void removeLast();
    Q_INVOKABLE void clear();
    void wipeVisitorData() override { clear(); }
    /// Checks the whole number; when it is valid, hands it to VisitorIdentity and returns true.
    Q_INVOKABLE bool confirm();
    /// For screenshots and tests: types a whole number at once.
    Q_INVOKABLE void setText(const QString &text);

signals:
    void textChanged();
    void problemChanged();

private:
    void check();

    QString m_text;
    int m_problem = 0; ///< core::IdNumberProblem
};
