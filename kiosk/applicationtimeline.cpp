// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/applicationtimeline.h"

#include "core/applicationstate.h"
#include "core/certificatelifecycle.h"
#include "core/certificateprocedures.h"
#include "core/workingcalendar.h"

#include <QVariantMap>

using core::ApplicationState;
using T = core::TranslatableText;

namespace {

CertificateDate dated(const T &label, QDate date)
{
    if (!date.isValid())
        return {};
    return {label, core::CertificateLifecycle::formatDate(date), {}, true};
}

QVariantMap row(const T &name, const T &official, const char *status, QStringView language)
{
    return {{QStringLiteral("name"), name.in(language)},
            {QStringLiteral("official"), official.in(language)},
            {QStringLiteral("status"), QString::fromLatin1(status)}};
}

} // namespace

CertificateDate ApplicationTimeline::dateOf(const store::ApplicationRecord &application)
{
    switch (application.state) {
    case ApplicationState::Submitted:
        return dated(T::translate("ApplicationTimeline", "Sent on"), application.createdAt.toLocalTime().date());
    case ApplicationState::Accepted: {
        // The federation's usual commitment once it has the case; apply and change follow the
        // assessment path, which has no single date.
        const auto &rule = core::CertificateProcedures::rule(application.procedure);
        if (rule.workingDays && application.stateSince.isValid())
            return dated(T::translate("ApplicationTimeline", "Expected by"),
                         core::WorkingCalendar().addWorkingDays(application.stateSince, *rule.workingDays));
        return dated(T::translate("ApplicationTimeline", "Accepted on"), application.stateSince);
    }
    case ApplicationState::Done:
        return dated(T::translate("ApplicationTimeline", "Done on"), application.stateSince);
    case ApplicationState::Refused:
        return dated(T::translate("ApplicationTimeline", "Answered on"), application.stateSince);
    }
    return {};
}

QVariantList ApplicationTimeline::describe(const QList<store::ApplicationRecord> &applications, QStringView language)
{
    QVariantList out;
    for (const store::ApplicationRecord &application : applications) {
        const auto &rule = core::CertificateProcedures::rule(application.procedure);
        const CertificateDate date = dateOf(application);
        out.append(QVariantMap{
            {QStringLiteral("name"), rule.plainName.in(language)},
            {QStringLiteral("stateName"), core::ApplicationStates::name(application.state).in(language)},
            {QStringLiteral("dateLabel"), date.label.in(language)},
            {QStringLiteral("dateText"), date.textIn(language)},
            {QStringLiteral("reason"), application.reason},
            {QStringLiteral("pickupPlace"), application.pickupPlace.in(language)},
            {QStringLiteral("code"), application.code},
        });
    }
    return out;
}

QVariantList ApplicationTimeline::steps(const store::ApplicationRecord &application, QStringView language)
{
    const auto &rule = core::CertificateProcedures::rule(application.procedure);
    const T asked = T::translate("ApplicationTimeline", "You asked: %1").arg(rule.plainName);
    const T handled = T::translate("ApplicationTimeline", "Being handled by staff");
    const T handledTerm = T::translate("ApplicationTimeline", "Accepted", "official term");
    const T done = T::translate("ApplicationTimeline", "Done");
    const T doneTerm = T::translate("ApplicationTimeline", "Completed", "official term");
    switch (application.state) {
    case ApplicationState::Submitted:
        return {row(asked, rule.officialTerm, "now", language), row(handled, handledTerm, "later", language),
                row(done, doneTerm, "later", language)};
    case ApplicationState::Accepted:
        return {row(asked, rule.officialTerm, "done", language), row(handled, handledTerm, "now", language),
                row(done, doneTerm, "later", language)};
    case ApplicationState::Done:
        return {row(asked, rule.officialTerm, "done", language), row(handled, handledTerm, "done", language),
                row(done, doneTerm, "now", language)};
    case ApplicationState::Refused:
        return {row(asked, rule.officialTerm, "done", language),
                row(T::translate("ApplicationTimeline", "Not accepted"),
                    T::translate("ApplicationTimeline", "Not accepted", "official term"), "now", language)};
    }
    return {};
}
