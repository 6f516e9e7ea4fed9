// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/transport.h"

namespace idcard {

Transport::~Transport() = default;

} // namespace idcard
