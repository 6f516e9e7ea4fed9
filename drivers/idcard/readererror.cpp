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

core::TranslatableText ReaderError::statusText(quint8 code)
{
    switch (code) {
    case sw3::Success: return core::TranslatableText::translate("idcard::ReaderError", "Success");
    case sw3::CardFound: return core::TranslatableText::translate("idcard::ReaderError", "Card found");
    case sw3::ChecksumError: return core::TranslatableText::translate("idcard::ReaderError", "The reader received a command with a wrong checksum");
    case sw3::LengthError: return core::TranslatableText::translate("idcard::ReaderError", "The reader received a command with a wrong length");
    case sw3::CommandError: return core::TranslatableText::translate("idcard::ReaderError", "The reader does not know this command");
    case sw3::Unauthorized: return core::TranslatableText::translate("idcard::ReaderError", "The reader refused an unauthorized operation");
    case sw3::Unrecognized: return core::TranslatableText::translate("idcard::ReaderError", "The reader reported an unrecognized error");
    case sw3::CardAuthFailed: return core::TranslatableText::translate("idcard::ReaderError", "The card could not authenticate the reader's security module");
    case sw3::SamAuthFailed: return core::TranslatableText::translate("idcard::ReaderError", "The reader's security module could not authenticate the card");
    case sw3::VerifyError: return core::TranslatableText::translate("idcard::ReaderError", "The card's information failed verification");
    case sw3::UnknownCardType: return core::TranslatableText::translate("idcard::ReaderError", "Unknown card type");
    case sw3::ReadFailed: return core::TranslatableText::translate("idcard::ReaderError", "Reading the card failed; place the card flat on the reader");
    case sw3::RandomFailed: return core::TranslatableText::translate("idcard::ReaderError", "Getting a random number failed");
    case sw3::SelfTestFailed: return core::TranslatableText::translate("idcard::ReaderError", "The reader's security module failed its self-test");
    case sw3::SamNotAuthorized: return core::TranslatableText::translate("idcard::ReaderError", "The reader's security module is not authorized");
    case sw3::NoCard: return core::TranslatableText::translate("idcard::ReaderError", "No card on the reader");
    case sw3::SelectFailed: return core::TranslatableText::translate("idcard::ReaderError", "Selecting the card failed; place it again");
    case sw3::NoContent: return core::TranslatableText::translate("idcard::ReaderError", "The card has no content for this item");
    }
    return core::TranslatableText::translate("idcard::ReaderError",
            "The reader returned unknown status %1").arg(code, 2, 16, QLatin1Char('0'));
}

core::TranslatableText ReaderError::text() const
{
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::Status: return statusText(m_sw3);
    case Kind::Timeout: return core::TranslatableText::translate("idcard::ReaderError", "The reader did not answer in time");
    case Kind::BadChecksum: return core::TranslatableText::translate("idcard::ReaderError", "The reader's answer was damaged (wrong checksum)");
    case Kind::BadLength: return core::TranslatableText::translate("idcard::ReaderError", "The reader's answer had an impossible length");
    case Kind::Malformed: return core::TranslatableText::translate("idcard::ReaderError", "The card's data could not be understood");
    case Kind::NotFound: return core::TranslatableText::translate("idcard::ReaderError", "No card reader is connected");
    case Kind::NoAccess: return core::TranslatableText::translate("idcard::ReaderError", "No permission to open the reader (check the udev rule)");
    case Kind::Disconnected: return core::TranslatableText::translate("idcard::ReaderError", "The card reader was disconnected");
    case Kind::Io: return core::TranslatableText::translate("idcard::ReaderError", "Talking to the card reader failed");
    }
    return {};
}

QString ReaderError::toString() const
{
    const QString en = text().english();
    return m_detail.isEmpty() ? en : en + QStringLiteral(" (") + m_detail + QLatin1Char(')');
}

} // namespace idcard
