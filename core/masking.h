// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// Masking for screens and logs: personal numbers are never shown or logged whole.
namespace core {

/// "110101********1234": the first 6 and last 4 characters, the rest as '*'. Spaces are
/// dropped first. Anything of 10 characters or fewer is masked completely, so a short or
/// partial number never leaks.
[[nodiscard]] QString maskIdNumber(QStringView idNumber);

/// "138****5678": the first 3 and last 4 digits. Anything of 7 characters or fewer is masked
/// completely.
[[nodiscard]] QString maskPhone(QStringView phone);

/// "110101 19900307 1234": an 18-character number in groups of 6-8-4 (area, birth date,
/// sequence and check), which is how people read it aloud and check it. Other lengths are
/// returned without spaces, ungrouped.
[[nodiscard]] QString groupIdNumber(QStringView idNumber);

} // namespace core
