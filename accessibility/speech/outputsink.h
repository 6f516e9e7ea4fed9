// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibility/speech/outputport.h"

#include <QList>
#include <QString>

namespace speech {

/// @brief A sound server's sink (an output device) with its ports and the active one.
struct OutputSink
{
    QString name;
    QString activePort;
    QList<OutputPort> ports;
};

} // namespace speech
