// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/callstaffrequest.h"
#include "core/translatabletext.h"

#include "accessibility/visitorsettings.h"
#include "kiosk/stationstore.h"
#include "kiosk/storewriter.h"
#include "kiosk/store/store.h"

using namespace Qt::StringLiterals;

CallStaffRequest::CallStaffRequest(QObject *parent)
    : QObject(parent)
{
    connect(VisitorSettings::instance(), &VisitorSettings::languageChanged, this, &CallStaffRequest::outcomeChanged);
}

QString CallStaffRequest::errorText() const
{
    return m_error.in(VisitorSettings::instance()->language());
}

bool CallStaffRequest::call(const QString &reason)
{
    if (m_outcome == u"saving")
        return true;
    if (!StoreWriter::instance()->isOpen()) {
        m_error = core::TranslatableText::translate("CallStaffRequest", "The kiosk cannot open its data file.");
        m_outcome = QStringLiteral("failed");
        emit outcomeChanged();
        return false;
    }
    m_outcome = QStringLiteral("saving");
    emit outcomeChanged();
    // Written on the store writer's thread; "someone is coming" only once it is on disk.
    StoreWriter::instance()->write<QString>(
        this, [reason](store::Store &st) { return st.requests().callStaff(reason); },
        [this](const store::Result<QString> &called) {
            if (!called.ok()) {
                m_error = called.error().message;
                StationStore::instance()->noteError(m_error);
                qWarning("kiosk: a staff call could not be saved: %s", qPrintable(called.error().detail));
                m_outcome = QStringLiteral("failed");
            } else {
                m_outcome = QStringLiteral("recorded");
            }
            emit outcomeChanged();
        });
    return true;
}
