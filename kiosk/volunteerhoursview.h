// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/volunteerhourssummary.h"
#include "kiosk/visitordata.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

/// @brief A volunteer's hours as the `volunteer-hours` page shows them: the total (the server's
/// plus this kiosk's check-outs not yet sent, marked), station duty waiting for a coordinator,
/// the star level and what the next star needs, and the recent periods served here.
class VolunteerHoursView : public QObject, public VisitorData
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Visit.volunteers.hours")

    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString total READ total NOTIFY changed)
    Q_PROPERTY(QString notYetSent READ notYetSent NOTIFY changed)
    Q_PROPERTY(QString waitingForApproval READ waitingForApproval NOTIFY changed)
    Q_PROPERTY(int stars READ stars NOTIFY changed)
    /// "三星志愿者" / "3-star volunteer", "志愿者" / "Volunteer" below one star.
    Q_PROPERTY(QString level READ level NOTIFY changed)
    Q_PROPERTY(QString toNextStar READ toNextStar NOTIFY changed)
    /// The level the next star gives ("二星志愿者"); empty at five stars.
    Q_PROPERTY(QString nextLevel READ nextLevel NOTIFY changed)
    /// [{when, hours, what, state ("counted" | "notYetSent" | "waiting" | "refused" | "notCounted"),
    /// stateText, reason}]; a period not counted has no hours.
    Q_PROPERTY(QVariantList periods READ periods NOTIFY changed)
    /// The summary as the voice says it (hours said right).
    Q_PROPERTY(QString speech READ speech NOTIFY changed)

public:
    explicit VolunteerHoursView(QObject *parent = nullptr);

    [[nodiscard]] bool loaded() const { return m_summary.has_value(); }
    [[nodiscard]] QString total() const;
    [[nodiscard]] QString notYetSent() const;
    [[nodiscard]] QString waitingForApproval() const;
    [[nodiscard]] int stars() const { return m_summary ? m_summary->stars : 0; }
    [[nodiscard]] QString level() const;
    [[nodiscard]] QString toNextStar() const;
    [[nodiscard]] QString nextLevel() const;
    [[nodiscard]] QVariantList periods() const;
    [[nodiscard]] QString speech() const;

    /// Reads `volunteerNumber`'s hours from the store.
    void load(const QString &volunteerNumber);
    void clear();
    void wipeVisitorData() override { clear(); }

signals:
    void changed();

private:
    std::optional<store::VolunteerHoursSummary> m_summary;
};
