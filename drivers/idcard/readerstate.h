// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/translatabletext.h"

#include <QObject>

namespace idcard {
Q_NAMESPACE

/// What the reader is doing, for staff (the reader's status) and for guiding the visitor.
enum class ReaderState {
    NoReader,   ///< none attached or it went away; the service keeps looking
    Ready,      ///< waiting: "place the card flat on the reader"
    Reading,    ///< a card was found and is being read: "keep the card still"
    RemoveCard, ///< read done: "remove the card"
    Error,      ///< the last attempt failed; the reason says why, the service retries
};
Q_ENUM_NS(ReaderState)

/// Plain guidance for the visitor in each state, in zh and en.
[[nodiscard]] core::TranslatableText guidance(ReaderState state);

} // namespace idcard
