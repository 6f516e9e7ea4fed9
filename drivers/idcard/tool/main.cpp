// SPDX-License-Identifier: GPL-3.0-or-later
// `idcard`: the ID-card reader tool for technicians on site.
#include "cardjson.h"
#include "cardprinter.h"

#include "drivers/idcard/cardparser.h"
#include "drivers/idcard/frame.h"
#include "drivers/idcard/framedecoder.h"
#include "drivers/idcard/readersession.h"
#include "drivers/idcard/readersettings.h"
#include "drivers/idcard/response.h"
#include "drivers/idcard/simulatedreader.h"
#include "drivers/idcard/transportfactory.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace idcard;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitError = 1;
constexpr int ExitUsage = 2;

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

int fail(const QString &message)
{
    // One line, so scripts can show it as it is.
    std::fprintf(stderr, "idcard: %s\n", message.simplified().toUtf8().constData());
    return ExitError;
}

int usage()
{
    std::fputs("usage: idcard <command> [options]\n"
               "  list                         readers found, with their ids and transport\n"
               "  read [--json] [--show-full-id] [--wait SECONDS]\n"
               "                               read one card (the ID number masked unless asked)\n"
               "  decode [--json]              decode the hex of one response frame from stdin\n"
               "  selftest                     SAM status and id of the attached reader\n"
               "options for list, read, selftest:\n"
               "  --transport auto|usb|serial|serial:PATH|simulated   (default auto)\n"
               "  --ids VVVV:PPPP              USB vendor:product (default 0400:c35a)\n"
               "  --demo N                     with --transport simulated: place demo card N\n",
               stderr);
    return ExitUsage;
}

QString printJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n';
}

struct Options
{
    ReaderSettings settings;
    bool json = false;
    bool fullId = false;
    int waitSeconds = 30;
    int demo = -1;
};

std::unique_ptr<Transport> openReader(const Options &options, ReaderError *error)
{
    std::shared_ptr<SimulatedReader> simulated;
    if (options.settings.transport == ReaderSettings::TransportKind::Simulated) {
        simulated = std::make_shared<SimulatedReader>();
        if (options.demo >= 0 && !simulated->presentDemoCard(options.demo)) {
            *error = ReaderError(ReaderError::Kind::NotFound, u"no demo card %1"_s.arg(options.demo));
            return nullptr;
        }
    }
    ReaderSettings settings = options.settings;
    if (settings.transport != ReaderSettings::TransportKind::Auto)
        return TransportFactory::open(settings, simulated, error);
    // On site "auto" means real readers only: USB first, then CDC-ACM serial ports.
    settings.transport = ReaderSettings::TransportKind::Usb;
    if (auto usb = TransportFactory::open(settings, nullptr, error); usb || error->kind() != ReaderError::Kind::NotFound)
        return usb;
    settings.transport = ReaderSettings::TransportKind::Serial;
    auto serial = TransportFactory::open(settings, nullptr, error);
    if (!serial)
        *error = ReaderError(ReaderError::Kind::NotFound, u"no USB reader %1, no serial reader"_s.arg(settings.ids()));
    return serial;
}

int list(const Options &options)
{
    const QStringList readers = TransportFactory::list(options.settings);
    for (const QString &reader : readers)
        out(reader + u'\n');
    if (readers.isEmpty())
        return fail(u"no reader found (ids %1)"_s.arg(options.settings.ids()));
    return ExitOk;
}

int selftest(const Options &options)
{
    ReaderError error;
    auto transport = openReader(options, &error);
    if (!transport)
        return fail(error.toString());
    ReaderSession session(*transport, options.settings.responseTimeoutMs);
    if (!session.samStatus(&error))
        return fail(u"SAM status: "_s + error.toString());
    const auto id = session.samId(&error);
    if (!id)
        return fail(u"SAM id: "_s + error.toString());
    out(u"reader: "_s + transport->description() + u"\nSAM status: ok\nSAM id: "_s
        + QString::fromLatin1(id->toHex(' ')) + u'\n');
    return ExitOk;
}

int read(const Options &options)
{
    ReaderError error;
    auto transport = openReader(options, &error);
    if (!transport)
        return fail(error.toString());
    ReaderSession session(*transport, options.settings.responseTimeoutMs);
    QDeadlineTimer deadline(options.waitSeconds * 1000);
    bool prompted = false;
    for (;;) {
        const auto presence = session.findCard(&error);
        if (presence == ReaderSession::Presence::Failed)
            return fail(error.toString());
        if (presence == ReaderSession::Presence::Card)
            break;
        if (deadline.hasExpired())
            return fail(u"no card placed within %1 s"_s.arg(options.waitSeconds));
        if (!prompted && !options.json) {
            std::fputs("place the card on the reader...\n", stderr);
            prompted = true;
        }
        QThread::msleep(300);
    }
    const auto card = session.readCard(&error, options.settings.readCommand);
    if (!card)
        return fail(error.toString());
    const QDate today = QDate::currentDate();
    out(options.json ? printJson(CardJson::toJson(*card, options.fullId, today))
                     : CardPrinter::toText(*card, options.fullId, today));
    return ExitOk;
}

int decode(const Options &options)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(u"cannot read stdin"_s);
    QByteArray hex;
    for (char c : in.readAll()) {
        if (QChar::isSpace(uchar(c)))
            continue;
        if (!std::isxdigit(uchar(c)))
            return fail(u"input is not hex"_s);
        hex.append(c);
    }
    if (hex.size() % 2)
        return fail(u"odd number of hex digits"_s);
    FrameDecoder decoder;
    decoder.append(QByteArray::fromHex(hex));
    switch (decoder.next()) {
    case FrameDecoder::Result::NeedMore:
        return fail(u"no complete frame (truncated or no preamble AA AA AA 96 69)"_s);
    case FrameDecoder::Result::BadChecksum:
        return fail(ReaderError(ReaderError::Kind::BadChecksum).toString());
    case FrameDecoder::Result::BadLength:
        return fail(ReaderError(ReaderError::Kind::BadLength).toString());
    case FrameDecoder::Result::Frame:
        break;
    }
    const auto response = Response::fromBody(decoder.body());
    if (!response)
        return fail(ReaderError(ReaderError::Kind::Malformed, u"frame shorter than its status"_s).toString());
    if (!response->succeeded())
        return fail(ReaderError::fromStatus(response->sw3).toString());
    ReaderError error;
    const auto card = CardParser::parseReadData(response->data, &error);
    if (!card)
        return fail(error.toString());
    // decode only shows what it was given, so the ID number is shown whole.
    const QDate today = QDate::currentDate();
    out(options.json ? printJson(CardJson::toJson(*card, true, today)) : CardPrinter::toText(*card, true, today));
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString command = args.takeFirst();
    Options options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == u"--json") {
            options.json = true;
        } else if (a == u"--show-full-id") {
            options.fullId = true;
        } else if (a == u"--transport" && hasValue) {
            if (!options.settings.setTransport(args[++i]))
                return usage();
        } else if (a == u"--ids" && hasValue) {
            if (!options.settings.setIds(args[++i]))
                return usage();
        } else if (a == u"--wait" && hasValue) {
            options.waitSeconds = args[++i].toInt();
        } else if (a == u"--demo" && hasValue) {
            options.demo = args[++i].toInt();
        } else {
            return usage();
        }
    }
    if (command == u"list")
        return list(options);
    if (command == u"read")
        return read(options);
    if (command == u"decode")
        return decode(options);
    if (command == u"selftest")
        return selftest(options);
    return usage();
}
