// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

/// @brief Real JSON a test saw, kept for the contract check (tests/contract/validate_contract.py).
///
/// Writes one file per sample into the folder named by KIOSK_CONTRACT_SAMPLES; does nothing when
/// that is not set, so a test run alone is unaffected. The validator checks each sample against
/// server/openapi.yaml.
namespace contract {

/// A body to check against a named component, e.g. schema "OutboxItem".
void recordSchemaSample(const QString &schema, const QJsonValue &body);
/// A response body to check against what openapi.yaml documents for the route and status.
/// Bodies that are not JSON are written as a string, which the validator then refuses.
/// `subfolder` (e.g. "console") keeps samples checked against another description apart.
void recordResponseSample(const QString &method, const QString &path, int status, const QByteArray &body,
                          const QString &subfolder = {});

} // namespace contract
