// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/readerstate.h"

using namespace Qt::StringLiterals;

namespace idcard {

core::LocalizedText guidance(ReaderState state)
{
    switch (state) {
    case ReaderState::NoReader: return {u"读卡器未连接，请联系工作人员"_s, u"The card reader is not connected; please ask staff"_s};
    case ReaderState::Ready: return {u"请把身份证平放在读卡器上"_s, u"Place the card flat on the reader"_s};
    case ReaderState::Reading: return {u"正在读卡，请不要移动身份证"_s, u"Reading the card; keep it still"_s};
    case ReaderState::RemoveCard: return {u"读卡完成，请取走身份证"_s, u"Done; please remove the card"_s};
    case ReaderState::Error: return {u"读卡没有成功，请重新放置身份证"_s, u"Reading did not work; place the card again"_s};
    }
    return {};
}

} // namespace idcard
