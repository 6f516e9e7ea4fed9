// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/idcard/readererror.h"

#include "drivers/idcard/command.h"

using namespace Qt::StringLiterals;

namespace idcard {

ReaderError::ReaderError(Kind kind, QString detail, quint8 sw3)
    : m_kind(kind)
    , m_detail(std::move(detail))
    , m_sw3(sw3)
{
}

ReaderError ReaderError::fromStatus(quint8 code)
{
    return ReaderError(Kind::Status, QStringLiteral("SW3=%1").arg(code, 2, 16, QLatin1Char('0')), code);
}

bool ReaderError::needsReconnect() const
{
    return m_kind == Kind::Disconnected || m_kind == Kind::Io || m_kind == Kind::NotFound
        || m_kind == Kind::NoAccess;
}

core::LocalizedText ReaderError::statusText(quint8 code)
{
    switch (code) {
    case sw3::Success: return {u"操作成功"_s, u"Success"_s};
    case sw3::CardFound: return {u"已找到身份证"_s, u"Card found"_s};
    case sw3::ChecksumError: return {u"读卡器收到的命令校验和错误"_s, u"The reader received a command with a wrong checksum"_s};
    case sw3::LengthError: return {u"读卡器收到的命令长度错误"_s, u"The reader received a command with a wrong length"_s};
    case sw3::CommandError: return {u"读卡器不支持该命令"_s, u"The reader does not know this command"_s};
    case sw3::Unauthorized: return {u"读卡器拒绝了未授权的操作"_s, u"The reader refused an unauthorized operation"_s};
    case sw3::Unrecognized: return {u"读卡器发生无法识别的错误"_s, u"The reader reported an unrecognized error"_s};
    case sw3::CardAuthFailed: return {u"身份证未能认证读卡器的安全模块"_s, u"The card could not authenticate the reader's security module"_s};
    case sw3::SamAuthFailed: return {u"读卡器的安全模块未能认证身份证"_s, u"The reader's security module could not authenticate the card"_s};
    case sw3::VerifyError: return {u"身份证信息验证错误"_s, u"The card's information failed verification"_s};
    case sw3::UnknownCardType: return {u"无法识别的卡片类型"_s, u"Unknown card type"_s};
    case sw3::ReadFailed: return {u"读卡失败，请把身份证平放在读卡器上"_s, u"Reading the card failed; place the card flat on the reader"_s};
    case sw3::RandomFailed: return {u"取随机数失败"_s, u"Getting a random number failed"_s};
    case sw3::SelfTestFailed: return {u"读卡器安全模块自检失败"_s, u"The reader's security module failed its self-test"_s};
    case sw3::SamNotAuthorized: return {u"读卡器安全模块未经授权"_s, u"The reader's security module is not authorized"_s};
    case sw3::NoCard: return {u"未找到身份证"_s, u"No card on the reader"_s};
    case sw3::SelectFailed: return {u"选取身份证失败，请重新放置"_s, u"Selecting the card failed; place it again"_s};
    case sw3::NoContent: return {u"卡内没有该项内容"_s, u"The card has no content for this item"_s};
    }
    return {u"读卡器返回未知状态码 %1"_s.arg(code, 2, 16, QLatin1Char('0')),
            u"The reader returned unknown status %1"_s.arg(code, 2, 16, QLatin1Char('0'))};
}

core::LocalizedText ReaderError::text() const
{
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::Status: return statusText(m_sw3);
    case Kind::Timeout: return {u"读卡器没有及时响应"_s, u"The reader did not answer in time"_s};
    case Kind::BadChecksum: return {u"读卡器的应答已损坏（校验和错误）"_s, u"The reader's answer was damaged (wrong checksum)"_s};
    case Kind::BadLength: return {u"读卡器的应答长度不可能"_s, u"The reader's answer had an impossible length"_s};
    case Kind::Malformed: return {u"身份证数据无法识别"_s, u"The card's data could not be understood"_s};
    case Kind::NotFound: return {u"未连接读卡器"_s, u"No card reader is connected"_s};
    case Kind::NoAccess: return {u"没有打开读卡器的权限（请检查 udev 规则）"_s, u"No permission to open the reader (check the udev rule)"_s};
    case Kind::Disconnected: return {u"读卡器已断开"_s, u"The card reader was disconnected"_s};
    case Kind::Io: return {u"与读卡器通信失败"_s, u"Talking to the card reader failed"_s};
    }
    return {};
}

QString ReaderError::toString() const
{
    const QString en = text().en;
    return m_detail.isEmpty() ? en : en + QStringLiteral(" (") + m_detail + QLatin1Char(')');
}

} // namespace idcard
