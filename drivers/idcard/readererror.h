// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QMetaType>
#include <QString>

namespace idcard {

/// @brief Why a reader operation failed, with plain words for staff in zh and en.
///
/// `detail` is technical (a libusb error name, a device path) and never holds card data, so it
/// may be logged; `text()` is what the kiosk shows.
class ReaderError
{
public:
    enum class Kind {
        None,
        Status,       ///< the reader answered with an SW3 error code (see sw3())
        Timeout,      ///< no complete answer in time
        BadChecksum,  ///< the reader's answer arrived damaged
        BadLength,    ///< the reader's answer had an impossible length
        Malformed,    ///< the answer or the card's data did not make sense
        NotFound,     ///< no reader is attached
        NoAccess,     ///< a reader is attached but the kiosk may not open it (udev rule)
        Disconnected, ///< the reader went away
        Io,           ///< any other transport failure
    };

    ReaderError() = default;
    ReaderError(Kind kind, QString detail = {}, quint8 sw3 = 0);
    [[nodiscard]] static ReaderError fromStatus(quint8 sw3);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] quint8 sw3() const { return m_sw3; }
    [[nodiscard]] const QString &detail() const { return m_detail; }
    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    /// The transport must be closed and opened again (the device went away or stopped answering).
    [[nodiscard]] bool needsReconnect() const;

    [[nodiscard]] core::TranslatableText text() const;
    /// English text plus detail, for logs and the `idcard` tool.
    [[nodiscard]] QString toString() const;

    /// Plain words for an SW3 code, from the catalogues.
    [[nodiscard]] static core::TranslatableText statusText(quint8 sw3);

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    quint8 m_sw3 = 0;
};

} // namespace idcard
