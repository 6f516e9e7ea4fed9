// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace store {

/// Who checks a volunteer out: the volunteer at the kiosk, or staff for one who forgot.
enum class CheckOutBy { Volunteer, Staff };

} // namespace store
