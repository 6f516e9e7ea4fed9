// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// @brief A view model that holds something of the visitor's (digits typed, a certificate, a
/// phone number, a code).
///
/// Deriving from it enrols the object with Visit for as long as it lives, and Visit's one wipe
/// routine calls wipeVisitorData() on every enrolled object when the visit ends or another
/// person identifies. GUI thread only.
class VisitorData
{
public:
    VisitorData();
    virtual ~VisitorData();
    VisitorData(const VisitorData &) = delete;
    VisitorData &operator=(const VisitorData &) = delete;

    /// Overwrite and forget everything of the visitor's, and tell QML the properties changed.
    virtual void wipeVisitorData() = 0;
};
