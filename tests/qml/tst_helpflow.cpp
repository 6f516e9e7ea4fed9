// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"
#include "storefilereads.h"
#include "windowactions.h"

#include "accessibility/announcer.h"
#include "accessibility/visitorsettings.h"
#include "core/helptype.h"
#include "drivers/idcard/idcard.h"
#include "kiosk/cardreader.h"
#include "kiosk/helprating.h"
#include "kiosk/helprequest.h"
#include "kiosk/helptypepictogram.h"
#include "kiosk/myrequests.h"
#include "kiosk/navigator.h"
#include "kiosk/session.h"
#include "kiosk/store/demodata.h"
#include "kiosk/visit.h"
#include "kiosk/visitoridentity.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storefilereads;
using namespace windowactions;

/// @brief Asking a volunteer for help in the real window, by touch and by keys alone, for a
/// card visitor and a typed ID number; "My requests", cancelling and rating, against the demo
/// store in a temporary folder. Each check reads the store file through a connection of its own.
class TestHelpFlow : public QObject
{
    Q_OBJECT

    /// The outbox entry of record `id` as the sync client sends it.
    static QString demoAddress() { return u"和平区南京路 88 号 3 单元 502 室"_s; }

    static idcard::IdCard demoCard()
    {
        idcard::IdCard card;
        card.name = u"李明"_s;
        card.address = demoAddress();
        card.idNumber = store::DemoData::idNumberWithHelpRequests();
        card.idNumberValid = true;
        return card;
    }

    /// Types an ID number on the identify page's keypad and confirms it.
    static void identifyByTyping(MainWindowFixture &kiosk, const QString &idNumber)
    {
        tap(kiosk, u"typeNumberButton"_s);
        QCOMPARE(kiosk.pageTitle(), u"Type your ID number"_s);
        for (const QChar c : idNumber)
            QTest::keyClick(kiosk.window(), c.toLatin1());
        tap(kiosk, u"key_confirm"_s);
    }

    /// Pages through "My requests" until the item with `code` is on screen.
    static bool showRequest(MainWindowFixture &kiosk, const QString &code)
    {
        for (int i = 0; i < 10; ++i) {
            settle(kiosk.window());
            if (kiosk.find(u"stage_"_s + code))
                return true;
            QQuickItem *older = kiosk.find(u"olderRequests"_s);
            if (!older || !older->isVisible() || !older->isEnabled())
                return false;
            QTest::mouseClick(kiosk.window(), Qt::LeftButton, {},
                              older->mapToScene(QPointF(older->width() / 2, older->height() / 2)).toPoint());
        }
        return false;
    }

    static QString helpRequestId(const QString &code)
    {
        return value(u"SELECT id FROM help_requests WHERE code = '%1'"_s.arg(code)).toString();
    }

private slots:
    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setLanguage(u"en"_s);
        Announcer::instance()->clearUtterances();
    }

    void cleanup()
    {
        CardReader::instance()->removeDemoCard();
        Session::instance()->end();
    }

    void withoutAnIdentityTheFlowAsksForOneFirst()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        tap(kiosk, u"tile_help-kind"_s);
        // The identify page, titled for where the visitor is going, with the reason.
        QVERIFY(kiosk.find(u"readerStatus"_s));
        QCOMPARE(kiosk.pageTitle(), u"Ask a volunteer for help"_s);
        QVERIFY2(kiosk.visibleTexts().join(u'|').contains(u"knows who asks for help"),
                 qPrintable(kiosk.visibleTexts().join(u'|')));
        QVERIFY(!kiosk.find(u"helpType_accompany_to_hospital"_s));
        // A number with no certificate may still ask for help.
        identifyByTyping(kiosk, store::DemoData::idNumberWithoutCertificate());
        QVERIFY2(kiosk.find(u"helpType_accompany_to_hospital"_s), qPrintable(kiosk.pageTitle()));
        QCOMPARE(kiosk.pageTitle(), u"Ask a volunteer for help"_s);
    }

    void cardVisitorAsksForHelpByTouch()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        tap(kiosk, u"tile_help-kind"_s);
        CardReader::instance()->acceptCard(demoCard());
        settle(kiosk.window());
        // Six kinds on the first screen, the rest behind "More kinds of help".
        QVERIFY(kiosk.find(u"helpType_travel_assistance"_s));
        QVERIFY(!kiosk.find(u"helpType_reading_letters"_s));
        QVERIFY(kiosk.visibleTexts().contains(core::HelpTypes::scope(core::HelpType::ShoppingAndMeals).in(u"en")));
        tap(kiosk, u"helpType_shopping_and_meals"_s);

        QCOMPARE(kiosk.pageTitle(), u"When do you need help?"_s);
        tap(kiosk, u"day_1"_s);
        tap(kiosk, u"dayPart_morning"_s);
        tap(kiosk, u"helpNext"_s);

        QCOMPARE(kiosk.pageTitle(), u"Where shall the volunteer meet you?"_s);
        // The card's address on the screen, never in what the kiosk says aloud.
        QCOMPARE(text(kiosk, u"homeAddress"_s), demoAddress());
        tap(kiosk, u"place_home"_s);
        QVERIFY2(!said().join(u'|').contains(u"南京路"), qPrintable(said().join(u'|')));
        tap(kiosk, u"helpNext"_s);

        QCOMPARE(kiosk.pageTitle(), u"A phone number to call you"_s);
        tap(kiosk, u"key_1"_s);
        for (const QChar c : u"3812345678"_s)
            QTest::keyClick(kiosk.window(), c.toLatin1());
        QCOMPARE(text(kiosk, u"typedPhone"_s), u"138 1234 5678"_s);
        tap(kiosk, u"key_confirm"_s);

        QCOMPARE(kiosk.pageTitle(), u"What should the volunteer know?"_s);
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"note_uses_wheelchair"_s);
        // A choice says its new state.
        QTRY_VERIFY2(said().join(u'|').contains(u"I use a wheelchair, check box, checked"), qPrintable(said().join(u'|')));
        tap(kiosk, u"note_female_volunteer"_s);
        tap(kiosk, u"note_female_volunteer"_s); // taken back
        tap(kiosk, u"note_no_stairs"_s);
        QCOMPARE(Visit::instance()->help()->noteKeys(), (QStringList{u"uses_wheelchair"_s, u"no_stairs"_s}));
        tap(kiosk, u"helpNext"_s);

        QCOMPARE(kiosk.pageTitle(), u"Check your request for help"_s);
        QCOMPARE(text(kiosk, u"reviewKindValue"_s), u"Shopping and meal delivery"_s);
        QVERIFY2(text(kiosk, u"reviewWhenValue"_s).endsWith(u", morning"), qPrintable(text(kiosk, u"reviewWhenValue"_s)));
        QVERIFY(text(kiosk, u"reviewWhereValue"_s).contains(demoAddress()));
        QCOMPARE(text(kiosk, u"reviewPhoneValue"_s), u"138 1234 5678"_s);
        QCOMPARE(text(kiosk, u"reviewNoteValue"_s), u"I use a wheelchair\nI cannot use stairs"_s);
        const int before = count(u"SELECT COUNT(*) FROM help_requests"_s);
        QVERIFY(before >= 0);

        tap(kiosk, u"sendButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.find(u"confirmationCode"_s), 5000);
        const QString code = text(kiosk, u"confirmationCode"_s).remove(u' ');
        QCOMPARE(code.size(), 5);
        QVERIFY(said().join(u'|').contains(code.split(QString(), Qt::SkipEmptyParts).join(u' ')));
        QVERIFY(text(kiosk, u"whatHappensNext"_s).contains(u"within one working day"));
        QVERIFY(text(kiosk, u"whatHappensNext"_s).contains(u"138****5678"));
        QVERIFY(!kiosk.find(u"backButton"_s)->isEnabled());

        // The record and its outbox entry, as the server will get them.
        QCOMPARE(count(u"SELECT COUNT(*) FROM help_requests"_s), before + 1);
        const QString id = helpRequestId(code);
        QVERIFY(!id.isEmpty());
        QCOMPARE(value(u"SELECT help_type || '/' || day_part || '/' || place_kind FROM help_requests WHERE id = '%1'"_s.arg(id)).toString(),
                 u"shopping_and_meals/morning/home"_s);
        const QJsonObject payload = payloadOf(id, u"volunteer_request"_s);
        QCOMPARE(payload.value(u"helpType"_s).toString(), u"shopping_and_meals"_s);
        QCOMPARE(payload.value(u"dayPart"_s).toString(), u"morning"_s);
        QCOMPARE(payload.value(u"wantedDay"_s).toString(),
                 Visit::instance()->help()->days().value(1).toMap().value(u"iso"_s).toString());
        QCOMPARE(payload.value(u"place"_s).toObject().value(u"kind"_s).toString(), u"home"_s);
        QCOMPARE(payload.value(u"phone"_s).toString(), u"13812345678"_s);
        QCOMPARE(payload.value(u"noteKeys"_s).toArray().toVariantList(), (QVariantList{u"uses_wheelchair"_s, u"no_stairs"_s}));
        QCOMPARE(payload.value(u"code"_s).toString(), code);
        QVERIFY(!payload.value(u"visitorKey"_s).toString().isEmpty());
        // Neither the ID number nor the address leaves in the payload.
        const QString raw = QString::fromUtf8(QJsonDocument(payload).toJson());
        QVERIFY(!raw.contains(store::DemoData::idNumberWithHelpRequests()));
        QVERIFY(!raw.contains(u"南京路"));

        // Done ends the visit: nothing of this visitor stays.
        tap(kiosk, u"doneButton"_s);
        QCOMPARE(Session::instance()->state(), Session::State::Attract);
        QVERIFY(!VisitorIdentity::instance()->present());
        QVERIFY(VisitorIdentity::instance()->address().isEmpty());
        QVERIFY(Visit::instance()->help()->code().isEmpty());
        QVERIFY(Visit::instance()->help()->phone().isEmpty());
        QVERIFY(Visit::instance()->help()->helpType().isEmpty());
    }

    void typedVisitorAsksForHelpWithKeysAlone()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        QVERIFY(pressWithKeys(kiosk, u"tile_help-kind"_s));
        QVERIFY(pressWithKeys(kiosk, u"typeNumberButton"_s));
        QCOMPARE(kiosk.pageTitle(), u"Type your ID number"_s);
        const QString idNumber = store::DemoData::people().constFirst().idNumber;
        for (const QChar c : idNumber)
            QTest::keyClick(kiosk.window(), c.toLatin1());
        QVERIFY(pressWithKeys(kiosk, u"key_confirm"_s));
        QCOMPARE(kiosk.pageTitle(), u"Ask a volunteer for help"_s);

        // The last kinds are on the second screen.
        QVERIFY(pressWithKeys(kiosk, u"moreHelpTypes"_s));
        QVERIFY(kiosk.find(u"helpType_reading_letters"_s));
        QVERIFY(!kiosk.find(u"helpType_accompany_to_hospital"_s));
        QVERIFY(pressWithKeys(kiosk, u"helpType_reading_letters"_s));

        QCOMPARE(kiosk.pageTitle(), u"When do you need help?"_s);
        QVERIFY(pressWithKeys(kiosk, u"anyTime"_s));
        QVERIFY(pressWithKeys(kiosk, u"helpNext"_s));

        QCOMPARE(kiosk.pageTitle(), u"Where shall the volunteer meet you?"_s);
        // A typed number has no address to show.
        QVERIFY(!kiosk.find(u"homeAddress"_s) || !kiosk.find(u"homeAddress"_s)->isVisible()
                || text(kiosk, u"homeAddress"_s).isEmpty());
        const QString placeId = Visit::instance()->help()->places().value(1).toMap().value(u"id"_s).toString();
        QVERIFY(!placeId.isEmpty());
        QVERIFY(pressWithKeys(kiosk, u"place_"_s + placeId));
        QVERIFY(pressWithKeys(kiosk, u"helpNext"_s));

        QCOMPARE(kiosk.pageTitle(), u"A phone number to call you"_s);
        QVERIFY(pressWithKeys(kiosk, u"skipPhone"_s));

        QCOMPARE(kiosk.pageTitle(), u"What should the volunteer know?"_s);
        QVERIFY(pressWithKeys(kiosk, u"note_blind"_s));
        QVERIFY(Visit::instance()->help()->noteKeys().contains(u"blind"_s));
        QVERIFY(pressWithKeys(kiosk, u"helpNext"_s));

        QCOMPARE(kiosk.pageTitle(), u"Check your request for help"_s);
        QCOMPARE(text(kiosk, u"reviewPhoneValue"_s), u"No phone"_s);
        QCOMPARE(text(kiosk, u"reviewWhenValue"_s), u"Any time, call me to arrange"_s);
        // "Change" goes back to that step, and its Next comes back to the review.
        QVERIFY(pressWithKeys(kiosk, u"reviewWhenChange"_s));
        QCOMPARE(kiosk.pageTitle(), u"When do you need help?"_s);
        QVERIFY(pressWithKeys(kiosk, u"day_0"_s));
        QVERIFY(pressWithKeys(kiosk, u"dayPart_evening"_s));
        QVERIFY(pressWithKeys(kiosk, u"helpNext"_s));
        QCOMPARE(kiosk.pageTitle(), u"Check your request for help"_s);
        QVERIFY2(text(kiosk, u"reviewWhenValue"_s).endsWith(u", evening"), qPrintable(text(kiosk, u"reviewWhenValue"_s)));
        QCOMPARE(text(kiosk, u"reviewKindValue"_s), u"Reading letters to me"_s);

        QVERIFY(pressWithKeys(kiosk, u"sendButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.find(u"confirmationCode"_s), 5000);
        const QString code = text(kiosk, u"confirmationCode"_s).remove(u' ');
        QVERIFY(text(kiosk, u"whatHappensNext"_s).contains(u"My requests"));
        const QString id = helpRequestId(code);
        QVERIFY(!id.isEmpty());
        const QJsonObject payload = payloadOf(id, u"volunteer_request"_s);
        QCOMPARE(payload.value(u"helpType"_s).toString(), u"reading_letters"_s);
        QCOMPARE(payload.value(u"dayPart"_s).toString(), u"evening"_s);
        QCOMPARE(payload.value(u"wantedDay"_s).toString(),
                 Visit::instance()->help()->days().value(0).toMap().value(u"iso"_s).toString());
        QCOMPARE(payload.value(u"place"_s).toObject().value(u"kind"_s).toString(), u"listed"_s);
        QCOMPARE(payload.value(u"place"_s).toObject().value(u"placeId"_s).toString(), placeId);
        QCOMPARE(payload.value(u"phone"_s).toString(), QString());
        QCOMPARE(payload.value(u"noteKeys"_s).toArray().toVariantList(), QVariantList{u"blind"_s});

        // From the confirmation to "My requests": the new request waits to be sent.
        QVERIFY(pressWithKeys(kiosk, u"openMyRequests"_s));
        QCOMPARE(kiosk.pageTitle(), u"My requests for help"_s);
        QVERIFY(showRequest(kiosk, code));
        QCOMPARE(text(kiosk, u"stage_"_s + code), u"Waiting to send"_s);
    }

    void myRequestsListsTheDemoPersonsRequests()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        tap(kiosk, u"tile_help-kind"_s);
        identifyByTyping(kiosk, store::DemoData::idNumberWithHelpRequests());
        tap(kiosk, u"openMyRequests"_s);
        QCOMPARE(kiosk.pageTitle(), u"My requests for help"_s);

        // Newest first.
        QStringList codes;
        for (const QVariant &item : Visit::instance()->myRequests()->items())
            if (item.toMap().value(u"code"_s).toString().startsWith(u"DMX"))
                codes << item.toMap().value(u"code"_s).toString();
        QCOMPARE(codes, (QStringList{u"DMX4C"_s, u"DMX3B"_s, u"DMX6E"_s, u"DMX2A"_s, u"DMX5D"_s}));
        // At most one screen of items, and the rest by paging.
        const int shown = Visit::instance()->myRequests()->pageItems().size();
        QVERIFY(shown >= 1 && shown < Visit::instance()->myRequests()->items().size());
        QVERIFY(kiosk.find(u"olderRequests"_s)->isVisible());

        QVERIFY(showRequest(kiosk, u"DMX3B"_s));
        QVERIFY2(text(kiosk, u"stage_DMX3B"_s).startsWith(u"Volunteer found: 小李, on "),
                 qPrintable(text(kiosk, u"stage_DMX3B"_s)));
        QVERIFY(text(kiosk, u"stage_DMX3B"_s).endsWith(u"15:00"));
        QVERIFY(kiosk.find(u"cancel_DMX3B"_s)->isVisible());
        QVERIFY(showRequest(kiosk, u"DMX6E"_s));
        QCOMPARE(text(kiosk, u"stage_DMX6E"_s), u"Cancelled"_s);
        QVERIFY(!kiosk.find(u"cancel_DMX6E"_s)->isVisible());
        QVERIFY(showRequest(kiosk, u"DMX2A"_s));
        QCOMPARE(text(kiosk, u"stage_DMX2A"_s), u"Done"_s);
        QVERIFY(kiosk.find(u"rate_DMX2A"_s)->isVisible());
        QVERIFY(!kiosk.find(u"cancel_DMX2A"_s)->isVisible());
        QVERIFY(showRequest(kiosk, u"DMX5D"_s));
        QVERIFY(!kiosk.find(u"rate_DMX5D"_s)->isVisible()); // rated already
        // (The plural form comes from the English catalogue: "star" or "stars".)
        QVERIFY(kiosk.visibleTexts().join(u'|').contains(u"You rated it 5 star"));

        // In Mandarin the statuses are in Mandarin.
        VisitorSettings::instance()->setLanguage(u"zh"_s);
        settle(kiosk.window());
        QVERIFY(Visit::instance()->myRequests()->item(helpRequestId(u"DMX5D"_s)).value(u"typeName"_s).toString()
                == core::HelpTypes::name(core::HelpType::HomeVisit).in(u"zh"));
    }

    void cancellingAsksFirstThenQueuesTheCancellation()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        tap(kiosk, u"tile_help-kind"_s);
        CardReader::instance()->acceptCard(demoCard());
        tap(kiosk, u"openMyRequests"_s);
        const QString id = helpRequestId(u"DMX4C"_s);
        const QString queued = u"SELECT COUNT(*) FROM outbox WHERE kind = 'request_cancellation'"_s;
        const int before = count(queued);
        QVERIFY(before >= 0);

        QVERIFY(showRequest(kiosk, u"DMX4C"_s));
        tap(kiosk, u"cancel_DMX4C"_s);
        QVERIFY(text(kiosk, u"cancelQuestion"_s).contains(u"DMX4C"));
        // "No, keep it" keeps it.
        tap(kiosk, u"keepRequest"_s);
        QCOMPARE(count(queued), before);
        QVERIFY(showRequest(kiosk, u"DMX4C"_s));
        tap(kiosk, u"cancel_DMX4C"_s);
        tap(kiosk, u"confirmCancel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(count(queued), before + 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.find(u"stage_DMX4C"_s) || showRequest(kiosk, u"DMX4C"_s), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(text(kiosk, u"stage_DMX4C"_s), u"Cancelled, waiting to send"_s, 5000);
        QVERIFY(!kiosk.find(u"cancel_DMX4C"_s)->isVisible());
        const QString cancelId = value(u"SELECT cancel_id FROM help_requests WHERE id = '%1'"_s.arg(id)).toString();
        QCOMPARE(payloadOf(cancelId, u"request_cancellation"_s).value(u"requestId"_s).toString(), id);
    }

    void aDoneRequestIsRatedOnce()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        tap(kiosk, u"tile_help-kind"_s);
        CardReader::instance()->acceptCard(demoCard());
        tap(kiosk, u"openMyRequests"_s);
        const QString id = helpRequestId(u"DMX2A"_s);
        const QString ratings = u"SELECT COUNT(*) FROM ratings WHERE request_id = '%1'"_s.arg(id);
        const QString queued = u"SELECT COUNT(*) FROM outbox WHERE kind = 'rating'"_s;
        QCOMPARE(count(ratings), 0);
        const int queuedBefore = count(queued);

        QVERIFY(showRequest(kiosk, u"DMX2A"_s));
        tap(kiosk, u"rate_DMX2A"_s);
        QCOMPARE(kiosk.pageTitle(), u"Rate the help"_s);
        QVERIFY(!kiosk.find(u"sendRating"_s)->isEnabled()); // no stars yet
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"star_4"_s);
        QCOMPARE(Visit::instance()->rating()->stars(), 4);
        QTRY_VERIFY(said().join(u'|').contains(u"4 stars, good"));
        tap(kiosk, u"phrase_on_time"_s);
        tap(kiosk, u"phrase_kind"_s);
        tap(kiosk, u"sendRating"_s);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.find(u"ratingThanks"_s)->isVisible(), 5000);
        QCOMPARE(count(ratings), 1);
        QCOMPARE(count(queued), queuedBefore + 1);
        QCOMPARE(value(u"SELECT stars || '/' || phrase_keys FROM ratings WHERE request_id = '%1'"_s.arg(id)).toString(),
                 u"4/on_time,kind"_s);

        // Back in the list the request shows its rating and offers no second one.
        tap(kiosk, u"backToRequests"_s);
        QVERIFY(showRequest(kiosk, u"DMX2A"_s));
        QVERIFY(!kiosk.find(u"rate_DMX2A"_s)->isVisible());
        QVERIFY(kiosk.visibleTexts().join(u'|').contains(u"You rated it 4 star"));

        // A second rating reaching the store is refused in words, and nothing is added.
        Visit::instance()->rating()->begin(Visit::instance()->myRequests()->item(id));
        Navigator::instance()->open(u"rate"_s);
        tap(kiosk, u"star_5"_s);
        tap(kiosk, u"sendRating"_s);
        QTRY_COMPARE_WITH_TIMEOUT(text(kiosk, u"ratingError"_s), u"You have already rated this help. Thank you."_s, 5000);
        QCOMPARE(count(ratings), 1);
        QCOMPARE(count(queued), queuedBefore + 1);
    }

    void everyPictogramOfTheFlowIsAGlyph()
    {
        if (!QFontDatabase::families().contains(u"Material Icons"_s))
            QFAIL("the Material Icons font (fonts-material-design-icons-iconfont) is not installed");
        QFont font(u"Material Icons"_s);
        font.setPixelSize(100);
        const QFontMetrics metrics(font);
        // Named in C++ or chosen in QML expressions, where the pictogram test's scan cannot see them.
        QStringList names = HelpTypePictogram::all();
        names << u"wb_twilight"_s << u"wb_sunny"_s << u"bedtime"_s << u"schedule_send"_s << u"inbox"_s << u"person"_s
              << u"task_alt"_s << u"cancel"_s << u"hourglass_top"_s << u"location_city"_s << u"star_border"_s
              << u"check_box"_s << u"check_box_outline_blank"_s << u"radio_button_checked"_s
              << u"radio_button_unchecked"_s << u"arrow_back"_s << u"arrow_forward"_s;
        for (const QString &name : std::as_const(names))
            QVERIFY2(metrics.horizontalAdvance(name) <= 110, qPrintable(u'"' + name + u"\" is not a pictogram"_s));
    }
};

QTEST_MAIN(TestHelpFlow)
#include "tst_helpflow.moc"
