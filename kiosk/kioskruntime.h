// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/kioskconfig.h"

#include <QObject>

struct CommandLine;

/// @brief Puts the configuration into the kiosk's shared objects and ties their lifecycles.
///
/// The one place that knows that a session's end resets the visitor settings and wipes the
/// visitor's data, so no page has to remember to do it.
class KioskRuntime : public QObject
{
    Q_OBJECT

public:
    explicit KioskRuntime(const KioskConfig &config, QObject *parent = nullptr);

    /// Language, text size and theme asked for on the command line (screenshots, demos).
    void applyOverrides(const CommandLine &commandLine);

    [[nodiscard]] const KioskConfig &config() const { return m_config; }

private:
    KioskConfig m_config;
};
