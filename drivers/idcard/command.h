// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace idcard {

/// The reader's commands as CMD (high byte) and PARA (low byte). `30 03` and `30 05` are left
/// out on purpose: public implementations disagree about what they return.
enum class Command : quint16 {
    ResetSam = 0x10FF,
    SamStatus = 0x11FF,
    SamId = 0x12FF,
    FindCard = 0x2001,
    SelectCard = 0x2002,
    ReadText = 0x3001,            ///< text + photo
    ReadTextFingerprint = 0x3010, ///< text + photo + fingerprint
};

/// SW3 result codes sent by the reader.
namespace sw3 {
inline constexpr quint8 Success = 0x90;
inline constexpr quint8 CardFound = 0x9F;
inline constexpr quint8 ChecksumError = 0x10;
inline constexpr quint8 LengthError = 0x11;
inline constexpr quint8 CommandError = 0x21;
inline constexpr quint8 Unauthorized = 0x23;
inline constexpr quint8 Unrecognized = 0x24;
inline constexpr quint8 CardAuthFailed = 0x31;
inline constexpr quint8 SamAuthFailed = 0x32;
inline constexpr quint8 VerifyError = 0x33;
inline constexpr quint8 UnknownCardType = 0x40;
inline constexpr quint8 ReadFailed = 0x41;
inline constexpr quint8 RandomFailed = 0x47;
inline constexpr quint8 SelfTestFailed = 0x60;
inline constexpr quint8 SamNotAuthorized = 0x66;
inline constexpr quint8 NoCard = 0x80;
inline constexpr quint8 SelectFailed = 0x81;
inline constexpr quint8 NoContent = 0x91;
} // namespace sw3

} // namespace idcard
