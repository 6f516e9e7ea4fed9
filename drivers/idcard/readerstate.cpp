// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/readerstate.h"

using namespace Qt::StringLiterals;

namespace idcard {

core::TranslatableText guidance(ReaderState state)
{
    switch (state) {
    case ReaderState::NoReader: return core::TranslatableText::translate("idcard::ReaderState", "The card reader is not connected; please ask staff");
    case ReaderState::Ready: return core::TranslatableText::translate("idcard::ReaderState", "Place the card flat on the reader");
    case ReaderState::Reading: return core::TranslatableText::translate("idcard::ReaderState", "Reading the card; keep it still");
    case ReaderState::RemoveCard: return core::TranslatableText::translate("idcard::ReaderState", "Done; please remove the card");
    case ReaderState::Error: return core::TranslatableText::translate("idcard::ReaderState", "Reading did not work; place the card again");
    }
    return {};
}

} // namespace idcard
