// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace core {

/// @brief The given name of a person's full name, for telling a visitor who is coming without
/// handing out the full name: "王芳" → "芳", "欧阳明" → "明", "Li Ming" → "Ming".
class GivenName
{
public:
    [[nodiscard]] static QString of(const QString &fullName);
};

} // namespace core
