// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"
#include "windowactions.h"

#include "accessibility/linebreaking.h"
#include "accessibility/visitorsettings.h"
#include "core/certificatelifecycle.h"
#include "core/idnumber.h"
#include "core/phonenumber.h"
#include "kiosk/assessmentrequest.h"
#include "kiosk/storewriter.h"
#include "kiosk/visit.h"
#include "drivers/idcard/idcard.h"
#include "kiosk/cardreader.h"
#include "kiosk/kioskservices.h"
#include "kiosk/pagecatalogue.h"
#include "kiosk/session.h"
#include "kiosk/staffmode.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/database.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/migrations.h"
#include "kiosk/store/syncqueue.h"
#include "kiosk/visitoridentity.h"

#include <QAccessible>
#include <QCryptographicHash>
#include <QFile>
#include <QMetaProperty>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqml.h>

#include <functional>

/// @brief The visitor flows in the real window: identify (card or keypad), certificate status,
/// a request saved before its confirmation, call staff, session end, staff mode.
class TestFlows : public QObject
{
    Q_OBJECT

    /// Lets a page that just loaded lay itself out and draw, as a visitor would see it,
    /// before it is touched.
    static void settle(QQuickWindow *window) { QVERIFY(windowactions::settle(window)); }

    static void tap(QQuickWindow *window, QQuickItem *item)
    {
        settle(window);
        QVERIFY2(item, "nothing to touch");
        QVERIFY2(item->isVisible(), qPrintable(item->objectName() + QStringLiteral(" is not visible")));
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    }

    static QString text(const MainWindowFixture &kiosk, const QString &name)
    {
        const QQuickItem *item = kiosk.find(name);
        // As read: without the joiners that keep words and numbers whole across lines.
        return item ? LineBreaking::withoutJoiners(item->property("text").toString()) : QString();
    }

    /// Types on the page's keypad: the first two keys by touch, the rest on the keyboard.
    static void typeOnKeypad(MainWindowFixture &kiosk, const QString &keys)
    {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i < 2)
                tap(kiosk.window(), kiosk.find(QStringLiteral("key_") + keys.at(i)));
            else
                QTest::keyClick(kiosk.window(), keys.at(i).toLatin1());
        }
    }

    /// From home to the certificate page by typing the ID number.
    static void identifyByTyping(MainWindowFixture &kiosk, const QString &idNumber)
    {
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_certificate")));
        QVERIFY(kiosk.find(QStringLiteral("readerStatus")));
        tap(kiosk.window(), kiosk.find(QStringLiteral("typeNumberButton")));
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Type your ID number"));
        typeOnKeypad(kiosk, idNumber);
        tap(kiosk.window(), kiosk.find(QStringLiteral("key_confirm")));
    }

    /// Presses Tab until `target` (or a child of it) has the focus.
    static bool focusWithTab(MainWindowFixture &kiosk, QQuickItem *target)
    {
        for (int i = 0; i < 80; ++i) {
            for (QQuickItem *item = kiosk.window()->activeFocusItem(); item; item = item->parentItem())
                if (item == target)
                    return true;
            QTest::keyClick(kiosk.window(), Qt::Key_Tab);
        }
        return false;
    }

    /// From home to the certificate page by keys alone: Tab to the tile, Return, Tab to
    /// "type my ID number", Return, the digits, Tab to Confirm, Return.
    static void identifyByKeys(MainWindowFixture &kiosk, const QString &idNumber)
    {
        settle(kiosk.window());
        QVERIFY(focusWithTab(kiosk, kiosk.find(QStringLiteral("tile_certificate"))));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        settle(kiosk.window());
        QVERIFY2(kiosk.find(QStringLiteral("typeNumberButton")), "the certificate did not ask who the visitor is");
        QVERIFY(focusWithTab(kiosk, kiosk.find(QStringLiteral("typeNumberButton"))));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        settle(kiosk.window());
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Type your ID number"));
        for (const QChar c : idNumber)
            QTest::keyClick(kiosk.window(), c.toLatin1());
        QVERIFY(focusWithTab(kiosk, kiosk.find(QStringLiteral("key_confirm"))));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        settle(kiosk.window());
    }

    /// Collects every name, description and value in the window's accessibility tree.
    static void accessibleTexts(QAccessibleInterface *node, QStringList &out, int depth = 0)
    {
        if (!node || depth > 60)
            return;
        for (auto kind : {QAccessible::Name, QAccessible::Description, QAccessible::Value})
            if (const QString t = node->text(kind); !t.isEmpty())
                out << t;
        for (int i = 0; i < node->childCount(); ++i)
            accessibleTexts(node->child(i), out, depth + 1);
    }

    /// None of `traces` is on screen, in the accessibility tree, or in a view model's property.
    static void assertNoTrace(const MainWindowFixture &kiosk, const QStringList &traces)
    {
        QStringList tree;
        accessibleTexts(QAccessible::queryAccessibleInterface(kiosk.window()), tree);
        QVERIFY2(!tree.isEmpty(), "the accessibility tree could not be read");
        QStringList models;
        for (QObject *model : Visit::instance()->enrolledObjects()) {
            const QMetaObject *meta = model->metaObject();
            for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
                const QVariant value = meta->property(i).read(model);
                models << value.toString() << value.toStringList().join(u' ');
            }
        }
        const QString screen = kiosk.visibleTexts().join(u'|');
        const QString accessible = tree.join(u'|');
        const QString held = models.join(u'|');
        for (const QString &trace : traces) {
            if (trace.isEmpty())
                continue;
            QVERIFY2(!screen.contains(trace), qPrintable(QStringLiteral("on screen: ") + trace));
            QVERIFY2(!accessible.contains(trace), qPrintable(QStringLiteral("in the accessibility tree: ") + trace));
            QVERIFY2(!held.contains(trace), qPrintable(QStringLiteral("in a view model: ") + trace));
        }
    }

    static QString idFor(core::CertificateState state)
    {
        for (const auto &person : store::DemoData::people())
            if (person.state == state)
                return person.idNumber;
        return {};
    }

    /// Reads the store file the window writes to through a connection of the test's own.
    static int count(const QString &sql)
    {
        const QString name = QStringLiteral("check");
        int result = -1;
        {
            QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(MainWindowFixture::storePath());
            if (!db.isOpen() && !db.open())
                return -1;
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toInt();
        }
        return result;
    }

    static QObject *announcer(const MainWindowFixture &kiosk)
    {
        const int id = qmlTypeId("Kiosk.Accessibility", 1, 0, "Announcer");
        return id < 0 ? nullptr : kiosk.engine()->singletonInstance<QObject *>(id);
    }

    /// What the announcer said since it was last cleared (empty without an announcer).
    static QStringList said(const MainWindowFixture &kiosk)
    {
        QStringList texts;
        QObject *voice = announcer(kiosk);
        QVariantList utterances;
        if (voice)
            QMetaObject::invokeMethod(voice, "utterances", Q_RETURN_ARG(QVariantList, utterances));
        for (const QVariant &utterance : std::as_const(utterances))
            texts << utterance.toMap().value(QStringLiteral("text")).toString();
        return texts;
    }

private slots:
    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
    }

    void cleanup()
    {
        CardReader::instance()->removeDemoCard();
        Session::instance()->end();
    }

    void typedIdShowsTheCertificateState_data()
    {
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<int>("state");
        for (const auto &person : store::DemoData::people())
            QTest::newRow(qPrintable(core::CertificateStates::key(person.state))) << person.idNumber << int(person.state);
    }

    void typedIdShowsTheCertificateState()
    {
        QFETCH(QString, idNumber);
        QFETCH(int, state);
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        identifyByTyping(kiosk, idNumber);
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("My disability certificate"));
        const auto &step = core::CertificateLifecycle::step(core::CertificateState(state));
        QVERIFY2(text(kiosk, QStringLiteral("certificateState")).startsWith(step.plainName.in(u"en")),
                 qPrintable(text(kiosk, QStringLiteral("certificateState"))));
        // The official term second and smaller, never where the plain words already say it
        // (the page also hides a term that mostly repeats them: "Awaiting assessment" beside
        // "Waiting for the assessment", 公示中 beside 正在公示).
        const auto officialShown = [&](QStringView language) {
            // As read: the catalogue's words come with the joiners that keep them whole on screen.
            const QString official = LineBreaking::withoutJoiners(step.officialTerm.in(language));
            const QString shownTerm = text(kiosk, QStringLiteral("certificateOfficialTerm"));
            return LineBreaking::withoutJoiners(step.plainName.in(language)).contains(official, Qt::CaseInsensitive)
                ? shownTerm.isEmpty()
                : shownTerm.isEmpty() || shownTerm == official;
        };
        QVERIFY(officialShown(u"en"));
        QVERIFY(!text(kiosk, QStringLiteral("certificateSummary")).isEmpty());
        QVERIFY2(kiosk.find(QStringLiteral("timelineNow")), "the current step is not marked on the timeline");
        // The number never appears whole on the screen.
        QVERIFY(!kiosk.visibleTexts().join(u' ').contains(idNumber.mid(6, 8)));
        // In Mandarin the same page speaks the official term in Mandarin.
        VisitorSettings::instance()->setLanguage(QStringLiteral("zh"));
        QVERIFY(officialShown(u"zh"));
    }

    void wholeIdTypedOnAFocusedKeyGoesOnWithReturn()
    {
        // Return presses the focused keypad key; once the 18th character is in, the focus is
        // on Confirm, so Return opens the certificate instead of typing the last key again.
        const QString idNumber = store::DemoData::people().first().idNumber;
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_certificate")));
        tap(kiosk.window(), kiosk.find(QStringLiteral("typeNumberButton")));
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Type your ID number"));
        QVERIFY(focusWithTab(kiosk, kiosk.find(QStringLiteral("key_5"))));
        QCOMPARE(idNumber.size(), 18);
        for (const QChar c : idNumber)
            QTest::keyClick(kiosk.window(), c.toLatin1());
        settle(kiosk.window());
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Type your ID number"));
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        settle(kiosk.window());
        QTRY_COMPARE(kiosk.pageTitle(), QStringLiteral("My disability certificate"));
        QVERIFY(VisitorIdentity::instance()->present());
    }

    void cardOnTheReaderLeadsToTheCertificate_data()
    {
        QTest::addColumn<int>("state");
        QTest::newRow("under review") << int(core::CertificateState::UnderReview);
        QTest::newRow("ready for pickup") << int(core::CertificateState::ReadyForPickup);
        QTest::newRow("not approved") << int(core::CertificateState::NotApproved);
    }

    void cardOnTheReaderLeadsToTheCertificate()
    {
        QFETCH(int, state);
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_certificate")));
        QVERIFY(kiosk.find(QStringLiteral("readerStatus")));
        idcard::IdCard card;
        card.name = QStringLiteral("测试");
        card.idNumber = idFor(core::CertificateState(state));
        card.idNumberValid = true;
        CardReader::instance()->acceptCard(card);
        QVERIFY(kiosk.find(QStringLiteral("certificateState")));
        QVERIFY(text(kiosk, QStringLiteral("certificateState"))
                    .startsWith(core::CertificateLifecycle::step(core::CertificateState(state)).plainName.in(u"en")));
    }

    void simulatedReaderThreadDeliversTheCard()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_certificate")));
        QTRY_COMPARE_WITH_TIMEOUT(CardReader::instance()->state(), QStringLiteral("ready"), 10'000);
        QVERIFY(text(kiosk, QStringLiteral("readerStatus")).startsWith(u"Reader ready"));
        QVERIFY(CardReader::instance()->presentDemoCard(0));
        // The demo store holds a certificate for the simulated reader's first card: under review.
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.find(QStringLiteral("certificateState")), 10'000);
        QVERIFY(VisitorIdentity::instance()->present());
        QCOMPARE(VisitorIdentity::instance()->source(), QStringLiteral("card"));
        QVERIFY(text(kiosk, QStringLiteral("certificateState"))
                    .startsWith(core::CertificateLifecycle::step(core::CertificateState::UnderReview).plainName.in(u"en")));
        QTRY_COMPARE_WITH_TIMEOUT(CardReader::instance()->state(), QStringLiteral("remove"), 10'000);
    }

    void numberWithoutACertificateOffersStaff()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        identifyByTyping(kiosk, store::DemoData::idNumberWithoutCertificate());
        // Without a server the kiosk could not check: it says so, not that there is none.
        QVERIFY(text(kiosk, QStringLiteral("certificateProblem")).contains(u"could not check"));
        // Staff are the bottom bar's Call staff, the one on every page (no second button here).
        QVERIFY(!kiosk.find(QStringLiteral("problemCallStaff")));
        tap(kiosk.window(), kiosk.find(QStringLiteral("callStaffButton")));
        QTRY_COMPARE(text(kiosk, QStringLiteral("callStaffHeadline")), QStringLiteral("Your call is on this kiosk's staff screen"));
    }

    void wrongCheckCharacterIsExplained()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        QString number = idFor(core::CertificateState::UnderReview);
        const QChar right = number.back();
        number.back() = right == u'1' ? u'2' : u'1';
        identifyByTyping(kiosk, number);
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Type your ID number"));
        const QString expected = core::IdNumber::problemText(core::IdNumberProblem::WrongCheckCharacter).in(u"en");
        QCOMPARE(text(kiosk, QStringLiteral("idProblem")), expected);
        QVERIFY(kiosk.visibleTexts().contains(expected));
        if (announcer(kiosk)) {
            const QStringList spoken = said(kiosk);
            QVERIFY2(spoken.contains(expected), qPrintable(spoken.join(u'|')));
            // On the public speaker the typed digits are never read out.
            for (const QString &utterance : spoken)
                QVERIFY2(!(utterance.size() == 1 && utterance.at(0).isDigit()), qPrintable(utterance));
        }
        QCOMPARE(text(kiosk, QStringLiteral("typedNumber")), number.left(6) + u' ' + number.mid(6, 8) + u' ' + number.mid(14));
        QVERIFY(!VisitorIdentity::instance()->present());
        // Delete fixes it.
        tap(kiosk.window(), kiosk.find(QStringLiteral("key_delete")));
        QTest::keyClick(kiosk.window(), right.toLatin1());
        QVERIFY(text(kiosk, QStringLiteral("idProblem")).isEmpty());
    }

    void requestIsSavedBeforeItsConfirmationShows_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("kind");
        QTest::newRow("home assessment") << "askHomeAssessment" << "home_assessment";
        QTest::newRow("fee waiver") << "askFeeWaiver" << "fee_waiver";
    }

    void requestIsSavedBeforeItsConfirmationShows()
    {
        QFETCH(QString, button);
        QFETCH(QString, kind);
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        identifyByTyping(kiosk, idFor(core::CertificateState::AwaitingAssessment));
        tap(kiosk.window(), kiosk.find(button));
        QVERIFY(kiosk.find(QStringLiteral("typedPhone")));
        const QString rows = QStringLiteral("SELECT COUNT(*) FROM assessment_requests WHERE kind = '%1'").arg(kind);
        const QString queued = QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'home_assessment_request'");
        const int rowsBefore = count(rows);
        const int queuedBefore = count(queued);
        QVERIFY(rowsBefore >= 0 && queuedBefore >= 0);

        // The moment the confirmation page appears, the request and its outbox entry are in
        // the file.
        int rowsWhenShown = -1;
        int queuedWhenShown = -1;
        QObject *loader = kiosk.find(QStringLiteral("pageLoader"));
        auto probe = connect(loader, SIGNAL(loaded()), this, SLOT(noteLoaded()));
        Q_UNUSED(probe);
        m_onLoaded = [&] {
            if (kiosk.find(QStringLiteral("confirmationCode"))) {
                rowsWhenShown = count(rows);
                queuedWhenShown = count(queued);
            }
        };
        typeOnKeypad(kiosk, QStringLiteral("13812345678"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("key_confirm")));
        // The review step shows the number as people read it back before anything is sent.
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Check your request"));
        QCOMPARE(text(kiosk, QStringLiteral("reviewPhone")), QStringLiteral("138 1234 5678"));
        QCOMPARE(count(rows), rowsBefore);
        tap(kiosk.window(), kiosk.find(QStringLiteral("sendButton")));
        // Saving runs off the GUI thread; the confirmation follows once it is committed.
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.find(QStringLiteral("confirmationCode")), 5000);
        m_onLoaded = {};
        QVERIFY2(kiosk.find(QStringLiteral("confirmationCode")), "no confirmation shown");
        QCOMPARE(rowsWhenShown, rowsBefore + 1);
        QCOMPARE(queuedWhenShown, queuedBefore + 1);
        const QString code = text(kiosk, QStringLiteral("confirmationCode")).remove(u' ');
        QCOMPARE(code.size(), 5);
        if (announcer(kiosk)) {
            const QString spokenCode = code.split(QString(), Qt::SkipEmptyParts).join(u' ');
            QVERIFY2(said(kiosk).join(u'|').contains(spokenCode), qPrintable(said(kiosk).join(u'|')));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM assessment_requests WHERE code = '%1'").arg(code)), 1);
        QCOMPARE(text(kiosk, QStringLiteral("callBackText")), QStringLiteral("We will call you on 138****5678"));
        // The request is done: no way back into the form that sent it.
        QVERIFY(!kiosk.find(QStringLiteral("backButton"))->isEnabled());
        // Done ends the visit: the next person does not find this one's certificate.
        tap(kiosk.window(), kiosk.find(QStringLiteral("doneButton")));
        QCOMPARE(Session::instance()->state(), Session::State::Attract);
        QVERIFY(!VisitorIdentity::instance()->present());
        QVERIFY(Visit::instance()->assessment()->code().isEmpty());
    }

    void phoneThatIsNotANumberIsExplained()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        identifyByTyping(kiosk, idFor(core::CertificateState::AwaitingAssessment));
        tap(kiosk.window(), kiosk.find(QStringLiteral("askHomeAssessment")));
        typeOnKeypad(kiosk, QStringLiteral("12812345678"));
        // Not a mobile number: Next stays off and the words say why.
        QVERIFY(!Visit::instance()->assessment()->phoneComplete());
        QCOMPARE(Visit::instance()->assessment()->problemText(),
                 core::PhoneNumber::problemText(core::PhoneProblem::NotAPhoneNumber).in(u"en"));
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Ask for an assessment at home"));
        // A landline with its area code is a number staff can call.
        for (int i = 0; i < 11; ++i)
            tap(kiosk.window(), kiosk.find(QStringLiteral("key_delete")));
        typeOnKeypad(kiosk, QStringLiteral("01062345678"));
        QVERIFY(Visit::instance()->assessment()->phoneComplete());
        tap(kiosk.window(), kiosk.find(QStringLiteral("key_confirm")));
        QCOMPARE(text(kiosk, QStringLiteral("reviewPhone")), QStringLiteral("010 6234 5678"));
    }

    void twoVisitorsInARowShareNothing_data()
    {
        QTest::addColumn<bool>("keypadOnly");
        QTest::newRow("touch") << false;
        QTest::newRow("keypad") << true;
    }

    void twoVisitorsInARowShareNothing()
    {
        QFETCH(bool, keypadOnly);
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        const QString firstId = idFor(core::CertificateState::ReadyForPickup);
        const QString secondId = idFor(core::CertificateState::UnderReview);
        const QString firstState =
            core::CertificateLifecycle::step(core::CertificateState::ReadyForPickup).plainName.in(u"en");

        // The first visitor looks at the certificate, makes the text larger, starts a request.
        if (keypadOnly)
            identifyByKeys(kiosk, firstId);
        else
            identifyByTyping(kiosk, firstId);
        QVERIFY(text(kiosk, QStringLiteral("certificateState")).startsWith(firstState));
        const QString firstMasked = VisitorIdentity::instance()->maskedId();
        const QString firstSummary = text(kiosk, QStringLiteral("certificateSummary"));
        QVERIFY(!firstSummary.isEmpty());
        VisitorSettings::instance()->setTextSizeStep(2);
        Visit::instance()->assessment()->append(QStringLiteral("1"));
        Visit::instance()->assessment()->append(QStringLiteral("3"));

        // "I'm finished".
        QQuickItem *finish = kiosk.find(QStringLiteral("finishButton"));
        QVERIFY(finish && finish->isVisible());
        if (keypadOnly) {
            QVERIFY2(focusWithTab(kiosk, finish), "I'm finished cannot be reached by keys");
            QTest::keyClick(kiosk.window(), Qt::Key_Return);
        } else {
            tap(kiosk.window(), finish);
        }
        if (announcer(kiosk))
            QVERIFY2(said(kiosk).join(u'|').contains(u"goodbye"), qPrintable(said(kiosk).join(u'|')));

        // Nothing of the first visitor is left: screen, accessibility tree, view models, settings.
        QCOMPARE(Session::instance()->state(), Session::State::Attract);
        QVERIFY(!VisitorIdentity::instance()->present());
        QCOMPARE(VisitorSettings::instance()->textSizeStep(), 0);
        QCOMPARE(VisitorSettings::instance()->language(), QStringLiteral("zh")); // the station's default
        const QStringList traces{firstState, firstSummary, firstMasked, firstMasked.left(6), firstId.right(4)};
        settle(kiosk.window());
        assertNoTrace(kiosk, traces);

        // The second visitor must say who they are and sees only their own certificate.
        QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, QPoint(960, 540));
        VisitorSettings::instance()->setLanguage(QStringLiteral("en")); // this one reads English
        if (keypadOnly)
            identifyByKeys(kiosk, secondId);
        else
            identifyByTyping(kiosk, secondId);
        QVERIFY(text(kiosk, QStringLiteral("certificateState"))
                    .startsWith(core::CertificateLifecycle::step(core::CertificateState::UnderReview).plainName.in(u"en")));
        QVERIFY(Visit::instance()->assessment()->phone().isEmpty());
        // (The second one's timeline names every step, so the first one's state name may appear.)
        assertNoTrace(kiosk, {firstSummary, firstMasked});
    }

    void anotherPersonIdentifyingStartsANewVisitor()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        identifyByTyping(kiosk, idFor(core::CertificateState::AwaitingAssessment));
        tap(kiosk.window(), kiosk.find(QStringLiteral("askHomeAssessment")));
        typeOnKeypad(kiosk, QStringLiteral("1381234"));
        QSignalSpy replaced(Visit::instance(), &Visit::visitorReplaced);
        // Someone else lays their card on the reader in the middle of the first one's request.
        idcard::IdCard card;
        card.name = QStringLiteral("测试");
        card.idNumber = idFor(core::CertificateState::Issued);
        card.idNumberValid = true;
        CardReader::instance()->acceptCard(card);
        QCOMPARE(replaced.count(), 1);
        QVERIFY(Visit::instance()->assessment()->phone().isEmpty());
        QVERIFY(text(kiosk, QStringLiteral("certificateState"))
                    .startsWith(core::CertificateLifecycle::step(core::CertificateState::Issued).plainName.in(u"en")));
        // The same person's card again is no new visitor.
        CardReader::instance()->acceptCard(card);
        QCOMPARE(replaced.count(), 1);
    }

    void callStaffWritesAHelpCallFirst()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        const int before = count(QStringLiteral("SELECT COUNT(*) FROM help_calls"));
        const int queuedBefore = count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'help_call'"));
        QVERIFY(before >= 0);
        // The sync client listens for this to deliver the call at once.
        QSignalSpy saved(StationStore::instance(), &StationStore::recordSaved);
        tap(kiosk.window(), kiosk.find(QStringLiteral("callStaffButton")));
        // Written off the GUI thread: "coming" shows only once the call is on disk.
        QTRY_COMPARE(saved.count(), 1);
        QTRY_COMPARE(text(kiosk, QStringLiteral("callStaffHeadline")), QStringLiteral("Your call is on this kiosk's staff screen"));
        QVERIFY(text(kiosk, QStringLiteral("callStaffMeanwhile")).contains(u"stay here"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM help_calls")), before + 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'help_call'")), queuedBefore + 1);
        // The home tile does the same.
        tap(kiosk.window(), kiosk.find(QStringLiteral("homeButton")));
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_callstaff")));
        QTRY_COMPARE(text(kiosk, QStringLiteral("callStaffHeadline")), QStringLiteral("Your call is on this kiosk's staff screen"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM help_calls")), before + 2);
    }

    void sessionEndWipesTheIdentityAndReturnsToAttract()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        identifyByTyping(kiosk, idFor(core::CertificateState::Issued));
        QVERIFY(VisitorIdentity::instance()->present());
        QVERIFY(kiosk.find(QStringLiteral("certificateState")));
        Session::instance()->end();
        QVERIFY(!VisitorIdentity::instance()->present());
        QVERIFY(VisitorIdentity::instance()->idNumber().isEmpty());
        QCOMPARE(Session::instance()->state(), Session::State::Attract);
        QVERIFY(kiosk.visibleTexts().join(u' ').contains(u"Touch the screen"));
        QVERIFY(!kiosk.find(QStringLiteral("certificateState")));
        // The next visitor starts at home and must identify again.
        QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, QPoint(960, 540));
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_certificate")));
        QVERIFY(kiosk.find(QStringLiteral("typeNumberButton")));
    }

    void staffModeNeedsThePinAndIsNotSpoken()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        QObject *voice = announcer(kiosk);
        const auto spoken = [voice] {
            QVariantList said;
            if (voice)
                QMetaObject::invokeMethod(voice, "utterances", Q_RETURN_ARG(QVariantList, said));
            return said.size();
        };
        if (voice)
            QMetaObject::invokeMethod(voice, "clearUtterances");
        QTest::keyClick(kiosk.window(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("Staff mode"));
        if (voice)
            QVERIFY(voice->property("staffMode").toBool());
        typeOnKeypad(kiosk, QStringLiteral("1111"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("key_confirm")));
        QVERIFY(!StaffMode::instance()->active());
        QVERIFY(kiosk.find(QStringLiteral("pinProblem"))->isVisible());
        QVERIFY(!kiosk.find(QStringLiteral("leaveStaffMode")));

        typeOnKeypad(kiosk, QStringLiteral("2468"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("key_confirm")));
        QVERIFY(StaffMode::instance()->active());
        QVERIFY(kiosk.find(QStringLiteral("leaveStaffMode")));
        QVERIFY(kiosk.find(QStringLiteral("demoCard_0")));
        QVERIFY(kiosk.visibleTexts().join(u' ').contains(u"Waiting to be sent"));
        QVERIFY2(voice, "the announcer is part of the kiosk: staff mode's silence must be checked");
        QVERIFY(voice->property("staffMode").toBool());
        // Neither the PIN page, nor its keys, nor the staff screen said a word.
        QCOMPARE(spoken(), 0);
        tap(kiosk.window(), kiosk.find(QStringLiteral("leaveStaffMode")));
        QVERIFY(!StaffMode::instance()->active());
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("What would you like to do?"));
        if (voice) {
            QVERIFY(!voice->property("staffMode").toBool());
            // Back on a visitor screen, speech is back (the home page announces itself).
            QTRY_VERIFY(spoken() > 0);
        }
    }

    void staffModeListsWhatTheServerRefusedAndWhy()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        // A call saved by the window, then refused by the server for one of its fields.
        tap(kiosk.window(), kiosk.find(QStringLiteral("callStaffButton")));
        QTRY_COMPARE(text(kiosk, QStringLiteral("callStaffHeadline")), QStringLiteral("Your call is on this kiosk's staff screen"));
        const QString reason = QStringLiteral("reason: must be one of the help call reasons");
        {
            store::Database db(MainWindowFixture::storePath());
            QVERIFY(db.open(false).ok());
            store::SyncQueue queue(db);
            const auto pending = queue.pending(1000);
            QVERIFY(pending.ok() && !pending.value().isEmpty());
            QVERIFY(queue.park(pending.value().constLast().id, reason).ok());
        }
        StationStore::instance()->refreshCounts();
        QTest::keyClick(kiosk.window(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        typeOnKeypad(kiosk, QStringLiteral("2468"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("key_confirm")));
        QVERIFY(StaffMode::instance()->active());
        settle(kiosk.window());
        const QString screen = kiosk.visibleTexts().join(u'|');
        // What it was in words (not the outbox's kind key), then the server's own note.
        QVERIFY2(screen.contains(QStringLiteral("A call for staff of ")) && screen.contains(reason), qPrintable(screen));
        {
            store::Database db(MainWindowFixture::storePath());
            QVERIFY(db.open(false).ok());
            store::SyncQueue queue(db);
            for (const auto &entry : queue.parked(100).value())
                QVERIFY(queue.unpark(entry.id).ok());
        }
        StationStore::instance()->refreshCounts();
    }

    void theDefaultStoreFileTakesVisitorsWrites()
    {
        // No [store] path configured: the store and its writer both use the default file.
        auto *stationStore = StationStore::instance();
        QVERIFY(stationStore->open(QString(), KioskServices::demoSecret, true));
        QCOMPARE(stationStore->path(), StationStore::defaultPath());
        QVERIFY(StoreWriter::instance()->isOpen());
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        tap(kiosk.window(), kiosk.find(QStringLiteral("callStaffButton")));
        QTRY_COMPARE(text(kiosk, QStringLiteral("callStaffHeadline")), QStringLiteral("Your call is on this kiosk's staff screen"));
        QVERIFY(stationStore->open(MainWindowFixture::storePath(), KioskServices::demoSecret, true));
    }

    void storeThatCannotOpenIsSaidPlainly()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        auto *stationStore = StationStore::instance();
        QTemporaryDir dir;
        // A folder where the file should be: SQLite cannot open it.
        QVERIFY(!stationStore->open(dir.path(), KioskServices::demoSecret, true));
        QVERIFY(!stationStore->available());
        QVERIFY(!stationStore->problem().isEmpty());
        settle(kiosk.window());
        QVERIFY(kiosk.find(QStringLiteral("storeProblem"))->isVisible());
        tap(kiosk.window(), kiosk.find(QStringLiteral("callStaffButton")));
        QCOMPARE(text(kiosk, QStringLiteral("callStaffHeadline")), QStringLiteral("The call did not go through"));
        QVERIFY(text(kiosk, QStringLiteral("callStaffMeanwhile")).contains(u"wave at the counter"));
        QVERIFY(stationStore->open(MainWindowFixture::storePath(), KioskServices::demoSecret, true));
        QVERIFY(!kiosk.find(QStringLiteral("storeProblem"))->isVisible());
    }

    void aStoreFromANewerKioskIsRefusedKeptAndSaidToStaff()
    {
        // A downgrade: the file was written by a newer kiosk. The older one must neither migrate
        // it nor start afresh over it; visitors are sent to staff, staff read why.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        {
            store::Database db(path);
            QVERIFY(db.open().ok());
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(store::Migrations::latest() + 1)).ok());
        }
        const auto bytes = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
        };
        const QByteArray before = bytes();
        QVERIFY(!before.isEmpty());

        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        auto *stationStore = StationStore::instance();
        QVERIFY(!stationStore->open(path, KioskServices::demoSecret, true));
        QVERIFY(!stationStore->available());
        QVERIFY2(stationStore->problem().contains(u"written by a newer version of the kiosk"), qPrintable(stationStore->problem()));
        VisitorSettings::instance()->setLanguage(QStringLiteral("zh"));
        // (Mandarin words come with word joiners where a line may not break: compare without.)
        QVERIFY2(QString(stationStore->problem()).remove(QChar(0x2060)).contains(u"新版本"), qPrintable(stationStore->problem()));
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        settle(kiosk.window());
        QVERIFY(kiosk.find(QStringLiteral("storeProblem"))->isVisible());
        // Heard too, in the banner's own words, for a visitor who cannot see it. It sends them
        // to a person at the counter, not to Call staff: a call cannot be saved either.
        const QString bannerWords = QStringLiteral("The kiosk cannot open its records right now, so it cannot look things up, save "
                                                   "requests or call staff. Please wave at the counter, or ask someone nearby to "
                                                   "fetch a member of staff.");
        QVERIFY(kiosk.visibleTexts().contains(bannerWords));
        if (announcer(kiosk))
            QTRY_VERIFY2(said(kiosk).contains(bannerWords), qPrintable(said(kiosk).join(u'|')));
        // Every home task needs the records: each tile says it cannot be used, and a touch
        // says why and stays home rather than opening a page that fails.
        for (const QString &tile : PageCatalogue::homeTiles()) {
            QQuickItem *item = kiosk.find(QStringLiteral("tile_") + tile);
            QVERIFY2(item, qPrintable(tile));
            QCOMPARE(item->property("available").toBool(), false);
            QCOMPARE(item->property("shownSubtitle").toString(), QStringLiteral("Not available now"));
        }
        QCOMPARE(kiosk.visibleTexts().count(QStringLiteral("Not available now")), PageCatalogue::homeTiles().size());
        const QString whyNot = QStringLiteral("This cannot be done now: the kiosk cannot open its records. Please wave at the "
                                              "counter, or ask someone nearby to fetch a member of staff.");
        tap(kiosk.window(), kiosk.find(QStringLiteral("tile_certificate")));
        settle(kiosk.window());
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("What would you like to do?"));
        if (announcer(kiosk))
            QTRY_VERIFY2(said(kiosk).contains(whyNot), qPrintable(said(kiosk).join(u'|')));
        // The bottom bar's Call staff still answers, and honestly: the call did not go through.
        tap(kiosk.window(), kiosk.find(QStringLiteral("callStaffButton")));
        QCOMPARE(text(kiosk, QStringLiteral("callStaffHeadline")), QStringLiteral("The call did not go through"));
        if (announcer(kiosk)) {
            // Back at home the banner is said again, after the page's own words.
            const qsizetype heard = said(kiosk).count(bannerWords);
            tap(kiosk.window(), kiosk.find(QStringLiteral("homeButton")));
            QTRY_COMPARE(said(kiosk).count(bannerWords), heard + 1);
            const QStringList words = said(kiosk);
            QVERIFY2(words.lastIndexOf(QStringLiteral("What would you like to do?")) < words.lastIndexOf(bannerWords),
                     qPrintable(words.join(u'|')));
        }
        QCOMPARE(bytes(), before); // not one byte changed
        QVERIFY(stationStore->open(MainWindowFixture::storePath(), KioskServices::demoSecret, true));
        QCOMPARE(bytes(), before);
    }

    void holdingTheStationNameOpensTheStaffPin()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(QStringLiteral("en"));
        QQuickItem *corner = kiosk.find(QStringLiteral("staffCorner"));
        QVERIFY(corner);
        const QPoint at = corner->mapToScene(QPointF(corner->width() / 2, corner->height() / 2)).toPoint();
        QTest::mousePress(kiosk.window(), Qt::LeftButton, {}, at);
        QTest::qWait(500);
        QCOMPARE(kiosk.pageTitle(), QStringLiteral("What would you like to do?")); // a touch is not enough
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.pageTitle(), QStringLiteral("Staff mode"), 5000);
        QTest::mouseRelease(kiosk.window(), Qt::LeftButton, {}, at);
    }

public slots:
    /// Not a test: runs the probe when the window loads a page.
    void noteLoaded()
    {
        if (m_onLoaded)
            m_onLoaded();
    }

private:
    std::function<void()> m_onLoaded;
};

QTEST_MAIN(TestFlows)
#include "tst_flows.moc"
