// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificateprocedure.h"

namespace core {

QList<CertificateProcedure> CertificateProcedures::all()
{
    QList<CertificateProcedure> out;
    for (int i = int(CertificateProcedure::Apply); i <= int(CertificateProcedure::Cancel); ++i)
        out.append(CertificateProcedure(i));
    return out;
}

QString CertificateProcedures::key(CertificateProcedure procedure)
{
    switch (procedure) {
    case CertificateProcedure::Apply: return QStringLiteral("apply");
    case CertificateProcedure::Renew: return QStringLiteral("renew");
    case CertificateProcedure::Replace: return QStringLiteral("replace");
    case CertificateProcedure::Transfer: return QStringLiteral("transfer");
    case CertificateProcedure::Change: return QStringLiteral("change");
    case CertificateProcedure::Cancel: return QStringLiteral("cancel");
    }
    return {};
}

std::optional<CertificateProcedure> CertificateProcedures::fromKey(QStringView key)
{
    for (CertificateProcedure procedure : all()) {
        if (CertificateProcedures::key(procedure) == key)
            return procedure;
    }
    return std::nullopt;
}

} // namespace core
