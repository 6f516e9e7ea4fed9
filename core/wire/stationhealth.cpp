// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wire/stationhealth.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

namespace core::wire {

namespace {

const QString kVersion = QStringLiteral("version");
const QString kReader = QStringLiteral("reader");
const QString kSpeaker = QStringLiteral("speaker");
const QString kFreeDisk = QStringLiteral("freeDiskBytes");
const QString kParked = QStringLiteral("parked");
const QString kParkedCount = QStringLiteral("parkedCount");
const QString kKind = QStringLiteral("kind");
const QString kReason = QStringLiteral("reason");
const QString kSince = QStringLiteral("since");

/// The largest whole number a JSON number (a double) holds exactly.
constexpr double maxExactInteger = 9007199254740992.0;

bool isWholeNumber(const QJsonValue &v, double max)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d >= 0 && d <= max && d == double(qint64(d));
}

/// Control characters have no place in words shown on a coordinator's screen.
bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

/// RFC 3339 with a zone, as the contract's date-time: "2026-12-02T04:12:03Z", "...+08:00".
bool isUtcTime(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    return shape.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

std::optional<QString> unknownField(const QJsonObject &o, const QStringList &known)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return std::nullopt;
}

} // namespace

QStringList StationHealth::readerStates()
{
    return {QStringLiteral("ok"), QStringLiteral("absent"), QStringLiteral("simulated"), QStringLiteral("error")};
}

QStringList StationHealth::speakerStates()
{
    return {QStringLiteral("ok"), QStringLiteral("absent"), QStringLiteral("muted"), QStringLiteral("error")};
}

QString StationHealth::plainReason(const QString &reason)
{
    // The reasons are the server's words (RecordStore and the desks name fields and keys, never
    // a visitor's values) or the kiosk's own; hiding numbers is a second guard, not the first.
    // A number: digits, single separators (space, dash, dot, their full-width and no-break
    // kin) allowed between groups of two or more, seven digits in all, an X at the end (the ID
    // number's check character). A calendar day is tried first so it stays readable.
    static const QRegularExpression number(
        QStringLiteral("(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?![\\d\\-.])"
                       "|\\d(?:\\d|[ .\\-\\x{00a0}\\x{2010}-\\x{2015}\\x{3000}\\x{ff0d}\\x{ff0e}](?=\\d\\d))*[\\dXx]"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"), QRegularExpression::UseUnicodePropertiesOption);
    QString text;
    for (const QChar c : reason)
        text.append(c.unicode() < 0x20 || c.unicode() == 0x7f ? QChar(u' ') : c);
    QString out;
    qsizetype from = 0;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString found = m.captured();
        const auto digits = std::count_if(found.cbegin(), found.cend(), [](QChar c) { return c.isDigit(); });
        const bool hide = digits >= 7 && !day.match(found).hasMatch();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += hide ? QStringLiteral("***") : found;
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    out = out.simplified();
    if (out.isEmpty())
        out = QStringLiteral("refused by the server");
    if (out.size() > maxReasonLength)
        out = out.left(maxReasonLength - 1) + QChar(0x2026);
    return out;
}

StationHealth StationHealth::withPlainReasons() const
{
    StationHealth h = *this;
    for (ParkedItem &p : h.parked)
        p.reason = plainReason(p.reason);
    return h;
}

QJsonObject StationHealth::toJson() const
{
    QJsonArray items;
    for (const ParkedItem &p : parked)
        items.append(QJsonObject{{kKind, p.kind}, {kReason, p.reason}, {kSince, p.since}});
    QJsonObject o{{kVersion, version}, {kReader, reader}, {kSpeaker, speaker},
                  {kParked, items}, {kParkedCount, parkedCount}};
    if (freeDiskBytes >= 0)
        o.insert(kFreeDisk, double(freeDiskBytes));
    return o;
}

std::optional<StationHealth> StationHealth::fromJson(const QJsonValue &value, const QString &path,
                                                     FieldProblem *problem)
{
    auto name = [&](const QString &field) { return path.isEmpty() ? field : path + u'.' + field; };
    auto fail = [&](const QString &field, const QString &message) -> std::optional<StationHealth> {
        if (problem)
            *problem = {field, message};
        return std::nullopt;
    };
    if (!value.isObject())
        return fail(path, QStringLiteral("must be an object"));
    const QJsonObject o = value.toObject();
    if (const auto unknown = unknownField(o, {kVersion, kReader, kSpeaker, kFreeDisk, kParked, kParkedCount}))
        return fail(name(unknown->left(40)), QStringLiteral("is not a field of the station's state"));

    StationHealth h;
    const QJsonValue version = o.value(kVersion);
    if (!version.isString() || version.toString().isEmpty() || version.toString().size() > maxVersionLength
        || hasControlCharacter(version.toString()))
        return fail(name(kVersion), QStringLiteral("must be the software version, 1 to %1 characters").arg(maxVersionLength));
    h.version = version.toString();

    const QJsonValue reader = o.value(kReader);
    if (!reader.isString() || !readerStates().contains(reader.toString()))
        return fail(name(kReader), QStringLiteral("must be one of %1").arg(readerStates().join(u", ")));
    h.reader = reader.toString();

    const QJsonValue speaker = o.value(kSpeaker);
    if (!speaker.isString() || !speakerStates().contains(speaker.toString()))
        return fail(name(kSpeaker), QStringLiteral("must be one of %1").arg(speakerStates().join(u", ")));
    h.speaker = speaker.toString();

    const QJsonValue freeDisk = o.value(kFreeDisk);
    if (!freeDisk.isUndefined()) {
        if (!isWholeNumber(freeDisk, maxExactInteger))
            return fail(name(kFreeDisk), QStringLiteral("must be a whole number of bytes, 0 or more"));
        h.freeDiskBytes = qint64(freeDisk.toDouble());
    }

    const QJsonValue parked = o.value(kParked);
    if (!parked.isArray())
        return fail(name(kParked), QStringLiteral("must be an array"));
    const QJsonArray items = parked.toArray();
    if (items.size() > maxParked)
        return fail(name(kParked), QStringLiteral("holds %1 items, at most %2 are sent (parkedCount tells the rest)")
                                       .arg(items.size()).arg(maxParked));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = name(kParked) + QStringLiteral("[%1]").arg(i);
        if (!items.at(i).isObject())
            return fail(at, QStringLiteral("must be an object"));
        const QJsonObject item = items.at(i).toObject();
        if (const auto unknown = unknownField(item, {kKind, kReason, kSince}))
            return fail(at + u'.' + unknown->left(40), QStringLiteral("is not a field of a parked item"));
        const QJsonValue kind = item.value(kKind);
        if (!kind.isString() || kind.toString().isEmpty() || kind.toString().size() > maxKindLength
            || hasControlCharacter(kind.toString()))
            return fail(at + u'.' + kKind, QStringLiteral("must be an outbox kind, 1 to %1 characters").arg(maxKindLength));
        const QJsonValue reason = item.value(kReason);
        if (!reason.isString() || reason.toString().isEmpty() || reason.toString().size() > maxReasonLength
            || hasControlCharacter(reason.toString()))
            return fail(at + u'.' + kReason,
                        QStringLiteral("must be plain words, 1 to %1 characters on one line").arg(maxReasonLength));
        const QJsonValue since = item.value(kSince);
        if (!since.isString() || !isUtcTime(since.toString()))
            return fail(at + u'.' + kSince, QStringLiteral("must be a time such as 2026-12-02T04:12:03Z"));
        h.parked.append({kind.toString(), reason.toString(), since.toString()});
    }

    const QJsonValue count = o.value(kParkedCount);
    if (!isWholeNumber(count, 1e9))
        return fail(name(kParkedCount), QStringLiteral("must be a whole number, 0 or more"));
    h.parkedCount = int(count.toDouble());
    if (h.parkedCount < h.parked.size())
        return fail(name(kParkedCount), QStringLiteral("must count at least the %1 parked items sent").arg(h.parked.size()));
    return h;
}

} // namespace core::wire
