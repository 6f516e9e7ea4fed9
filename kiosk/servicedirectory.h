// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/visitordata.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/// @brief The station's services as the visitor finds them: kinds of service as pictogram
/// tiles with how many services each has, the services of one kind, and one service's page
/// (what it is, for whom, what to bring, when, where; whether it can be booked, or a number
/// taken now).
///
/// Read from the store's catalogue (which the change feed keeps current) in the visitor's
/// language. What the visitor browsed is forgotten when the visit ends (VisitorData), so the
/// next person starts at the tiles.
class ServiceDirectory : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT

    /// [{key, name, icon, count}]: the kinds that have services, in the city plan's order.
    Q_PROPERTY(QVariantList categories READ categories NOTIFY catalogueChanged)
    /// "ok", "empty" (no services yet), "unavailable" (no store) or "error".
    Q_PROPERTY(QString outcome READ outcome NOTIFY catalogueChanged)

    /// The kind chosen (a core::ServiceCategories key); empty: none yet.
    Q_PROPERTY(QString category READ category NOTIFY selectionChanged)
    Q_PROPERTY(QString categoryName READ categoryName NOTIFY selectionChanged)
    Q_PROPERTY(QString categoryIcon READ categoryIcon NOTIFY selectionChanged)
    /// The services of the chosen kind (all of them when none is chosen):
    /// [{id, name, line, icon, bookable, walkIn}].
    Q_PROPERTY(QVariantList services READ services NOTIFY selectionChanged)

    Q_PROPERTY(QString serviceId READ serviceId NOTIFY selectionChanged)
    /// The chosen service: {id, name, officialName, offers, eligibility, whatToBring,
    /// openingHours, place, icon, bookable, walkIn, openNow, queuePrefix}; empty map: none.
    Q_PROPERTY(QVariantMap service READ service NOTIFY selectionChanged)

public:
    explicit ServiceDirectory(QObject *parent = nullptr);

    [[nodiscard]] QVariantList categories() const { return m_categories; }
    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString category() const { return m_category; }
    [[nodiscard]] QString categoryName() const;
    [[nodiscard]] QString categoryIcon() const;
    [[nodiscard]] QVariantList services() const { return m_services; }
    [[nodiscard]] QString serviceId() const { return m_serviceId; }
    [[nodiscard]] QVariantMap service() const { return m_service; }

    /// Reads the catalogue again (and the chosen kind's and service's words).
    Q_INVOKABLE void reload();
    /// A kind of service: its services follow. False for a kind with no services.
    Q_INVOKABLE bool chooseCategory(const QString &key);
    /// One service, by id: its page follows. False for a service the catalogue does not have.
    Q_INVOKABLE bool chooseService(const QString &serviceId);

    void wipeVisitorData() override;

signals:
    void catalogueChanged();
    void selectionChanged();

private:
    /// `chosen`: the visitor chose a kind or a service (always told); otherwise only a change is.
    void readSelection(bool chosen = false);

    QVariantList m_categories;
    QString m_outcome = QStringLiteral("unavailable");
    QString m_category;
    QVariantList m_services;
    QString m_serviceId;
    QVariantMap m_service;
};
