// SPDX-License-Identifier: GPL-3.0-or-later
// Frames, the streaming decoder, SW3 codes and the host-side session, from bytes built here.
#include "cardbytes.h"

#include "drivers/idcard/command.h"
#include "drivers/idcard/frame.h"
#include "drivers/idcard/framedecoder.h"
#include "drivers/idcard/nationtable.h"
#include "drivers/idcard/readererror.h"
#include "drivers/idcard/readersession.h"
#include "drivers/idcard/transport.h"

#include <QSet>
#include <QTest>

using namespace idcard;
using Result = FrameDecoder::Result;

namespace {

/// A wire that answers each write with scripted bytes, handed out in pieces.
class ScriptedTransport : public Transport
{
public:
    QList<QByteArray> answers; ///< one per write
    qsizetype piece = 64;
    QByteArray written;

    bool open(ReaderError *) override { return true; }
    void close() override {}
    bool isOpen() const override { return true; }
    bool write(QByteArrayView bytes, int, ReaderError *) override
    {
        written += bytes.toByteArray();
        if (!answers.isEmpty())
            m_pending += answers.takeFirst();
        return true;
    }
    QByteArray read(int, ReaderError *error) override
    {
        if (m_pending.isEmpty()) {
            *error = ReaderError(ReaderError::Kind::Timeout);
            return {};
        }
        const QByteArray chunk = m_pending.first(qMin(piece, m_pending.size()));
        m_pending.remove(0, chunk.size());
        return chunk;
    }
    QString description() const override { return QStringLiteral("scripted"); }

private:
    QByteArray m_pending;
};

const QList<quint8> allStatusCodes = {0x90, 0x9f, 0x10, 0x11, 0x21, 0x23, 0x24, 0x31, 0x32,
                                      0x33, 0x40, 0x41, 0x47, 0x60, 0x66, 0x80, 0x81, 0x91};

} // namespace

class TestIdCardProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsMatchTheReference_data()
    {
        QTest::addColumn<int>("command");
        QTest::addColumn<QByteArray>("afterPreamble");
        QTest::newRow("reset SAM") << int(Command::ResetSam) << QByteArray::fromHex("0003 10ff ec");
        QTest::newRow("SAM status") << int(Command::SamStatus) << QByteArray::fromHex("0003 11ff ed");
        QTest::newRow("SAM id") << int(Command::SamId) << QByteArray::fromHex("0003 12ff ee");
        QTest::newRow("find card") << int(Command::FindCard) << QByteArray::fromHex("0003 2001 22");
        QTest::newRow("select card") << int(Command::SelectCard) << QByteArray::fromHex("0003 2002 21");
        QTest::newRow("read text") << int(Command::ReadText) << QByteArray::fromHex("0003 3001 32");
        QTest::newRow("read fingerprint") << int(Command::ReadTextFingerprint) << QByteArray::fromHex("0003 3010 23");
    }
    void requestsMatchTheReference()
    {
        QFETCH(int, command);
        QFETCH(QByteArray, afterPreamble);
        QCOMPARE(Frame::request(Command(command)), QByteArray::fromHex("aaaaaa9669") + afterPreamble);
    }

    void responsesAreBuiltByteForByte()
    {
        QCOMPARE(Frame::response(0x90), QByteArray::fromHex("aaaaaa9669 0004 000090 94"));
        QCOMPARE(Frame::response(0x90, QByteArray::fromHex("0102")), cardbytes::response(0x90, QByteArray::fromHex("0102")));
        // A long frame: the high length byte is not zero and must be in the checksum.
        const QByteArray data = cardbytes::readData(cardbytes::residentText());
        QCOMPARE(Frame::response(0x90, data), cardbytes::response(0x90, data));
        QCOMPARE(Frame::response(0x90, data).mid(5, 2), QByteArray::fromHex("0508"));
    }

    void wholeFrameDecodes()
    {
        FrameDecoder d;
        d.append(cardbytes::response(0x9f));
        QCOMPARE(d.next(), Result::Frame);
        QCOMPARE(d.body(), QByteArray::fromHex("00009f"));
        QCOMPARE(d.next(), Result::NeedMore);
        QCOMPARE(d.pending(), 0);
    }

    void fragmentsOneByteAtATime()
    {
        const QByteArray frame = cardbytes::response(0x90, cardbytes::readData(cardbytes::residentText()));
        QCOMPARE(frame.size(), 1295); // as the reference says for 30 01
        FrameDecoder d;
        for (qsizetype i = 0; i < frame.size() - 1; ++i) {
            d.append(frame.sliced(i, 1));
            QCOMPARE(d.next(), Result::NeedMore);
        }
        d.append(frame.last(1));
        QCOMPARE(d.next(), Result::Frame);
        QCOMPARE(d.body(), frame.sliced(7, frame.size() - 8));
    }

    void garbageBeforeThePreambleIsSkipped()
    {
        // Includes a false start (AA AA then something else) and a preamble split over reads.
        const QByteArray garbage = QByteArray::fromHex("0013aaaa55aa96aaaaaa9600ff");
        const QByteArray frame = cardbytes::response(0x90);
        FrameDecoder d;
        d.append(garbage + frame.first(3));
        QCOMPARE(d.next(), Result::NeedMore);
        d.append(frame.sliced(3));
        QCOMPARE(d.next(), Result::Frame);
        QCOMPARE(d.body(), QByteArray::fromHex("000090"));
        QCOMPARE(d.discardedBytes(), garbage.size());
    }

    void endlessGarbageIsNotHoarded()
    {
        FrameDecoder d;
        for (int i = 0; i < 1000; ++i) {
            d.append(QByteArray(64, char(0x17)));
            QCOMPARE(d.next(), Result::NeedMore);
        }
        QVERIFY(d.pending() < 5);
    }

    void twoFramesInOneRead()
    {
        FrameDecoder d;
        d.append(cardbytes::response(0x80) + cardbytes::response(0x9f));
        QCOMPARE(d.next(), Result::Frame);
        QCOMPARE(quint8(d.body()[2]), quint8(0x80));
        QCOMPARE(d.next(), Result::Frame);
        QCOMPARE(quint8(d.body()[2]), quint8(0x9f));
    }

    void badChecksumIsReportedAndDecodingGoesOn()
    {
        QByteArray bad = cardbytes::response(0x90, "abc");
        bad[bad.size() - 1] = char(bad.back() ^ 0x01);
        FrameDecoder d;
        d.append(bad + cardbytes::response(0x80));
        QCOMPARE(d.next(), Result::BadChecksum);
        QCOMPARE(d.next(), Result::Frame);
        QCOMPARE(quint8(d.body()[2]), quint8(0x80));
    }

    void oversizeLengthIsRefusedWithoutReadingOn()
    {
        FrameDecoder d;
        // Length 0x1001 is one over 4 KiB: refused from the header alone.
        d.append(QByteArray::fromHex("aaaaaa9669 1001 0000"));
        QCOMPARE(d.next(), Result::BadLength);
        QCOMPARE(d.next(), Result::NeedMore);
        QVERIFY(d.pending() < 5);

        FrameDecoder huge;
        huge.append(QByteArray::fromHex("aaaaaa9669 ffff"));
        QCOMPARE(huge.next(), Result::BadLength);

        // Exactly 4 KiB is allowed: the decoder waits for it.
        FrameDecoder max;
        max.append(QByteArray::fromHex("aaaaaa9669 1000 000090"));
        QCOMPARE(max.next(), Result::NeedMore);
        QByteArray body = QByteArray::fromHex("000090") + QByteArray(4092, '\x01');
        QCOMPARE(cardbytes::frame(body).size(), 7 + 4096);
        max.clear();
        max.append(cardbytes::frame(body));
        QCOMPARE(max.next(), Result::Frame);
    }

    void tooShortLengthIsRefused()
    {
        FrameDecoder d; // responses need at least SW1-SW3 + CHK
        d.append(QByteArray::fromHex("aaaaaa9669 0002 0002") + cardbytes::response(0x90));
        QCOMPARE(d.next(), Result::BadLength);
        QCOMPARE(d.next(), Result::Frame); // resynchronised on the next preamble
    }

    void everyStatusCodeHasItsOwnWords()
    {
        QSet<QString> zh;
        QSet<QString> en;
        for (quint8 code : allStatusCodes) {
            const core::TranslatableText t = ReaderError::statusText(code);
            QVERIFY2(!t.in(u"zh").isEmpty() && !t.in(u"en").isEmpty(), qPrintable(QString::number(code, 16)));
            QVERIFY2(!t.in(u"en").contains(QLatin1String("unknown status")), qPrintable(t.in(u"en")));
            zh.insert(t.in(u"zh"));
            en.insert(t.in(u"en"));
        }
        QCOMPARE(zh.size(), allStatusCodes.size());
        QCOMPARE(en.size(), allStatusCodes.size());
        QVERIFY(ReaderError::statusText(0x55).in(u"en").contains(QLatin1String("55")));
    }

    void sessionTurnsEveryErrorCodeIntoATypedError()
    {
        for (quint8 code : allStatusCodes) {
            ScriptedTransport wire;
            wire.answers << cardbytes::response(code);
            ReaderSession session(wire, 500);
            ReaderError error;
            const auto response = session.transact(Command::SamStatus, &error);
            if (code == 0x90 || code == 0x9f) {
                QVERIFY(response.has_value());
                QVERIFY(!error.isError());
            } else {
                QVERIFY(!response.has_value());
                QCOMPARE(error.kind(), ReaderError::Kind::Status);
                QCOMPARE(error.sw3(), code);
                QCOMPARE(error.text(), ReaderError::statusText(code));
            }
            QCOMPARE(wire.written, QByteArray::fromHex("aaaaaa9669 0003 11ff ed"));
        }
    }

    void sessionFindsNoCardWithoutAnError()
    {
        ScriptedTransport wire;
        wire.answers << cardbytes::response(0x80);
        ReaderSession session(wire, 500);
        ReaderError error;
        QCOMPARE(session.findCard(&error), ReaderSession::Presence::NoCard);
        QVERIFY(!error.isError());
    }

    void sessionReadsACardInPieces()
    {
        ScriptedTransport wire;
        wire.piece = 1;
        wire.answers << cardbytes::response(0x9f) // select may answer 9F
                     << cardbytes::response(0x90, cardbytes::readData(cardbytes::residentText()));
        ReaderSession session(wire, 2000);
        ReaderError error;
        const auto card = session.readCard(&error);
        QVERIFY2(card.has_value(), qPrintable(error.toString()));
        QCOMPARE(card->idNumber, QStringLiteral("360426199101010071"));
    }

    void sessionReportsDamagedAndMissingAnswers()
    {
        {
            ScriptedTransport wire;
            QByteArray bad = cardbytes::response(0x90);
            bad[bad.size() - 1] = char(bad.back() ^ 0x40);
            wire.answers << bad;
            ReaderSession session(wire, 500);
            ReaderError error;
            QVERIFY(!session.samStatus(&error));
            QCOMPARE(error.kind(), ReaderError::Kind::BadChecksum);
            QVERIFY(!error.text().in(u"zh").isEmpty());
        }
        {
            ScriptedTransport wire;
            wire.answers << cardbytes::response(0x90).first(8); // the rest never comes
            ReaderSession session(wire, 500);
            ReaderError error;
            QVERIFY(!session.samStatus(&error));
            QCOMPARE(error.kind(), ReaderError::Kind::Timeout);
        }
        {
            ScriptedTransport wire;
            wire.answers << QByteArray::fromHex("aaaaaa9669 2000 00");
            ReaderSession session(wire, 500);
            ReaderError error;
            QVERIFY(!session.samStatus(&error));
            QCOMPARE(error.kind(), ReaderError::Kind::BadLength);
        }
    }

    void nationNamesInBothLanguages()
    {
        QCOMPARE(NationTable::name(u"01").in(u"zh"), QStringLiteral("汉族"));
        QCOMPARE(NationTable::name(u"01").in(u"en"), QStringLiteral("Han"));
        QCOMPARE(NationTable::name(u"05").in(u"zh"), QStringLiteral("维吾尔族"));
        QCOMPARE(NationTable::name(u"29").in(u"zh"), QStringLiteral("柯尔克孜族"));
        QCOMPARE(NationTable::name(u"56").in(u"zh"), QStringLiteral("基诺族"));
        QCOMPARE(NationTable::name(u"56").in(u"en"), QStringLiteral("Jino"));
        QCOMPARE(NationTable::name(u"97").in(u"zh"), QStringLiteral("其他"));
        QCOMPARE(NationTable::name(u"98").in(u"zh"), QStringLiteral("外国血统中国籍人士"));
        QVERIFY(NationTable::name(u"57").in(u"zh").isEmpty());
        QVERIFY(NationTable::name(u"1").in(u"zh").isEmpty());
        QVERIFY(!NationTable::contains(u"00"));
        for (int n = 1; n <= 56; ++n)
            QVERIFY(NationTable::contains(QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'))));
    }
};

QTEST_GUILESS_MAIN(TestIdCardProtocol)
#include "tst_idcardprotocol.moc"
