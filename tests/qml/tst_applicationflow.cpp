// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"
#include "storefilereads.h"
#include "windowactions.h"

#include "accessibility/announcer.h"
#include "accessibility/keypadnavigator.h"
#include "accessibility/visitorsettings.h"
#include "contractsample.h"
#include "core/democertificates.h"
#include "core/phonenumber.h"
#include "kiosk/cardreader.h"
#include "kiosk/certificateapplication.h"
#include "kiosk/navigator.h"
#include "kiosk/session.h"
#include "kiosk/store/demodata.h"
#include "kiosk/visit.h"
#include "kiosk/visitoridentity.h"

#include <QJsonDocument>
#include <algorithm>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storefilereads;
using namespace windowactions;

namespace {

const QStringList kProcedures{u"apply"_s, u"renew"_s, u"replace"_s, u"transfer"_s, u"change"_s, u"cancel"_s};

/// The procedures each demo case offers, by the rules of issue 13 (core::CertificateProcedures
/// ::offered): renew when due or expired; replace, change, transfer, cancel while not expired;
/// apply with no certificate or a cancellation over a year old; nothing in any other state.
QStringList offeredIn(const QString &demoCase)
{
    if (demoCase == u"issued" || demoCase == u"issued_recently" || demoCase == u"replaced")
        return {u"replace"_s, u"change"_s, u"transfer"_s, u"cancel"_s};
    if (demoCase == u"renewal_due")
        return {u"renew"_s, u"replace"_s, u"change"_s, u"transfer"_s, u"cancel"_s};
    if (demoCase == u"expired")
        return {u"renew"_s, u"cancel"_s};
    if (demoCase == u"cancelled_over_a_year" || demoCase == u"none")
        return {u"apply"_s};
    return {};
}

QString idNumberOf(const QString &demoCase)
{
    if (demoCase == u"none")
        return store::DemoData::idNumberWithoutCertificate();
    const auto found = core::DemoCertificates::find(demoCase);
    return found ? found->idNumber : QString();
}

/// The answer a visitor gives to each procedure's one question (a district for a transfer).
QString answerOf(const QString &procedure)
{
    if (procedure == u"apply")
        return u"3"_s;
    if (procedure == u"renew")
        return u"yes"_s;
    if (procedure == u"replace")
        return u"lost"_s;
    if (procedure == u"transfer")
        return u"120104"_s;
    if (procedure == u"change")
        return u"level"_s;
    return u"moved_abroad"_s;
}

/// The payload's field for the answer as the wire carries it (openapi: an integer category, a
/// boolean situationChanged, the others strings).
QJsonValue wireAnswer(const QString &procedure, const QString &answer)
{
    if (procedure == u"apply")
        return answer.toInt();
    if (procedure == u"renew")
        return answer == u"yes";
    return answer;
}

QString fieldOf(const QString &procedure)
{
    if (procedure == u"apply")
        return u"category"_s;
    if (procedure == u"renew")
        return u"situationChanged"_s;
    if (procedure == u"transfer")
        return u"district"_s;
    if (procedure == u"change")
        return u"change"_s;
    return u"reason"_s;
}

/// Errors the contract validator (tests/contract/validate_contract.py, python3-jsonschema over
/// server/openapi.yaml) finds in `body` against the schema `name`; "cannot run" when it cannot.
QStringList contractErrors(const QString &name, const QJsonObject &body)
{
    static const QString script = uR"(
import json, sys
sys.path.insert(0, sys.argv[1])
import validate_contract as v
contract = v.Contract(sys.argv[2])
body = json.load(sys.stdin)
for e in contract.errors("#/components/schemas/" + sys.argv[3], body):
    print("/".join(str(p) for p in e.absolute_path) + ": " + e.message[:200])
)"_s;
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, script, QStringLiteral(CONTRACT_DIR), QStringLiteral(OPENAPI_FILE), name});
    if (!python.waitForStarted(5000))
        return {u"cannot run"_s};
    python.write(QJsonDocument(body).toJson(QJsonDocument::Compact));
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return {u"cannot run: "_s + QString::fromUtf8(python.readAllStandardError()).right(300)};
    return QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

bool validatorRuns()
{
    return QFile::exists(u"/usr/bin/python3"_s) && contractErrors(u"CertificateApplicationPayload"_s, {}) != QStringList{u"cannot run"_s}
           && !contractErrors(u"CertificateApplicationPayload"_s, {}).value(0).startsWith(u"cannot run");
}

} // namespace

/// @brief The six certificate procedures in the real window, from the certificate page to the
/// code, for every demo state that offers them (by touch, one by keys alone), and their absence
/// where a state does not; the row the store file holds and the outbox payload, checked against
/// openapi.yaml by the independent contract validator; two visitors in a row; a phone number
/// that is not one refused in plain words and aloud. Against the demo store in a temporary
/// folder; each check reads the store file through a connection of its own.
class TestApplicationFlow : public QObject
{
    Q_OBJECT

    static CertificateApplication *application() { return Visit::instance()->application(); }

    static void identifyByTyping(MainWindowFixture &kiosk, const QString &idNumber)
    {
        tap(kiosk, u"typeNumberButton"_s);
        QCOMPARE(kiosk.pageTitle(), u"Type your ID number"_s);
        typeKeys(kiosk, idNumber);
        tap(kiosk, u"key_confirm"_s);
    }

    /// The next person begins at home, in English.
    static void wake(MainWindowFixture &kiosk)
    {
        QCOMPARE(Session::instance()->state(), Session::State::Attract);
        Session::instance()->begin();
        Navigator::instance()->home();
        VisitorSettings::instance()->setLanguage(u"en"_s); // the first visitor's choice went with them
        waitForPage(kiosk, u"What would you like to do?"_s);
    }

    /// Home → My disability certificate → the typed ID number → the certificate page.
    static void openCertificate(MainWindowFixture &kiosk, const QString &idNumber)
    {
        tap(kiosk, u"tile_certificate"_s);
        identifyByTyping(kiosk, idNumber);
        waitForPage(kiosk, u"My disability certificate"_s);
    }

    /// The procedure buttons the certificate page shows now, top to bottom (no frame waited
    /// for: QTRY_COMPARE asks again and again).
    static QStringList procedureButtons(const MainWindowFixture &kiosk)
    {
        QList<std::pair<qreal, QString>> placed;
        for (const QString &key : kProcedures)
            if (const QQuickItem *button = kiosk.find(u"procedure_"_s + key); button && shown(button))
                placed.append({button->mapToScene(QPointF(0, 0)).y(), key});
        std::sort(placed.begin(), placed.end());
        QStringList keys;
        for (const auto &[y, key] : placed)
            keys.append(key);
        return keys;
    }

    /// The procedure's button on the certificate page, touched (or pressed by keys).
    static void startProcedure(MainWindowFixture &kiosk, const QString &procedure, bool keys)
    {
        const QString button = u"procedure_"_s + procedure;
        if (keys)
            QVERIFY2(pressWithKeys(kiosk, button), qPrintable(button + u" cannot be reached by keys"_s));
        else
            tap(kiosk, button);
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"cert-"_s + procedure);
        QVERIFY(settle(kiosk.window()));
        QCOMPARE(application()->procedure(), procedure);
    }

    /// The page the review opened is more than half a second old: the review ignores a press
    /// sooner than that as the key that opened it pressed twice.
    static void pastDoublePress(MainWindowFixture &kiosk)
    {
        QTest::qWait(550);
        QVERIFY(settle(kiosk.window()));
    }

    /// The objectName of the item the keys are on.
    static QString focusedName(const MainWindowFixture &kiosk)
    {
        for (QQuickItem *item = kiosk.window()->activeFocusItem(); item; item = item->parentItem())
            if (!item->objectName().isEmpty())
                return item->objectName();
        return {};
    }

    static QString touchKeypad(MainWindowFixture &kiosk, const QString &digits)
    {
        for (const QChar digit : digits)
            tap(kiosk, u"key_"_s + digit);
        return text(kiosk, u"typedPhone"_s);
    }

    /// Forgets every application and report of loss the earlier cases saved, as if staff had
    /// finished them long ago: each case starts with the certificate as the demo installs it.
    static void forgetApplications()
    {
        QVERIFY(exec(u"DELETE FROM certificate_applications"_s));
        QVERIFY(exec(u"UPDATE certificates SET reported_lost_on = NULL, loss_confirmed = 0"_s));
    }

private slots:
    void initTestCase()
    {
        const MainWindowFixture opensTheStore;
        Q_UNUSED(opensTheStore);
    }

    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setLanguage(u"en"_s);
        Announcer::instance()->clearUtterances();
        forgetApplications();
    }

    void cleanup()
    {
        CardReader::instance()->removeDemoCard();
        Session::instance()->end();
    }

    void eachStateOffersOnlyItsProcedures_data()
    {
        QTest::addColumn<QString>("demoCase");
        for (const core::DemoCertificate &c : core::DemoCertificates::all())
            QTest::newRow(qPrintable(c.key)) << c.key;
        QTest::newRow("none") << u"none"_s;
    }

    void eachStateOffersOnlyItsProcedures()
    {
        QFETCH(QString, demoCase);
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openCertificate(kiosk, idNumberOf(demoCase));
        // The page shows its state (or how to apply) first: an empty list of procedures would
        // otherwise match before anything is drawn.
        QTRY_VERIFY(shown(kiosk.find(u"certificateStateBox"_s)) || shown(kiosk.find(u"howToApply"_s)));
        QVERIFY(settle(kiosk.window()));
        QCOMPARE(procedureButtons(kiosk), offeredIn(demoCase));
    }

    void eachProcedureReachesItsCode_data()
    {
        QTest::addColumn<QString>("demoCase");
        QTest::addColumn<QString>("procedure");
        for (const QString &demoCase : {u"issued"_s, u"issued_recently"_s, u"renewal_due"_s, u"expired"_s, u"replaced"_s,
                                        u"cancelled_over_a_year"_s, u"none"_s})
            for (const QString &procedure : offeredIn(demoCase))
                QTest::newRow(qPrintable(demoCase + u' ' + procedure)) << demoCase << procedure;
    }

    void eachProcedureReachesItsCode()
    {
        QFETCH(QString, demoCase);
        QFETCH(QString, procedure);
        if (!validatorRuns())
            QSKIP("the contract validator (python3-jsonschema, python3-yaml) cannot run here");
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        const QString idNumber = idNumberOf(demoCase);
        openCertificate(kiosk, idNumber);
        startProcedure(kiosk, procedure, false);
        if (QTest::currentTestFailed())
            return;

        // What it is for, what to bring, where and how long, in words.
        QCOMPARE(kiosk.pageTitle(), application()->title());
        QVERIFY(!text(kiosk, u"procedurePurpose"_s).isEmpty());
        QVERIFY(!text(kiosk, u"procedureWhere"_s).isEmpty());
        QVERIFY(!text(kiosk, u"procedureHowLong"_s).isEmpty());
        // ... and said: the box is where the keys start, so the papers are heard on arrival.
        QCOMPARE(focusedName(kiosk), u"procedureAbout"_s);
        QTRY_VERIFY(said().join(u'|').contains(application()->purpose()));
        QVERIFY(!application()->whatToBring().isEmpty());
        QVERIFY(!application()->whatToBring().value(0).isEmpty());
        QVERIFY2(said().join(u'|').contains(application()->whatToBring().value(0)), qPrintable(said().join(u'|')));
        QVERIFY(said().join(u'|').contains(application()->howLong()));
        // No day is promised before staff have the papers; in English no official name repeats the title.
        QVERIFY(!text(kiosk, u"procedureHowLong"_s).contains(u"about"));
        QVERIFY(!kiosk.find(u"officialTerm"_s) || !shown(kiosk.find(u"officialTerm"_s)));
        if (procedure == u"apply") {
            // A first application also offers the assessment and the help with it.
            QVERIFY(shown(kiosk.find(u"askHomeAssessment"_s)));
            QVERIFY(shown(kiosk.find(u"askFeeWaiver"_s)));
            QVERIFY(shown(kiosk.find(u"bookAssessment"_s)));
        } else {
            QVERIFY(!kiosk.find(u"bookAssessment"_s) || !shown(kiosk.find(u"bookAssessment"_s)));
        }

        const QString answer = answerOf(procedure);
        if (procedure == u"transfer") {
            tap(kiosk, u"nextButton"_s);
            waitForPage(kiosk, u"Which district are you moving to?"_s);
            tap(kiosk, u"district_"_s + answer);
            tap(kiosk, u"nextButton"_s);
        } else {
            // Next before the answer says what is missing (apply's may stay "not sure").
            if (procedure != u"apply") {
                tap(kiosk, u"nextButton"_s);
                QCOMPARE(Navigator::instance()->currentPage(), u"cert-"_s + procedure);
                QVERIFY(text(kiosk, u"procedureProblem"_s).contains(application()->choiceQuestion()));
            }
            tap(kiosk, u"choice_"_s + answer);
            QCOMPARE(application()->choice(), answer);
            // The papers follow the answer: a lost card asks for no damaged card.
            if (procedure == u"replace")
                QVERIFY(!application()->whatToBring().join(u'|').contains(u"damaged"));
            tap(kiosk, u"nextButton"_s);
        }
        waitForPage(kiosk, u"A phone number for staff"_s);
        touchKeypad(kiosk, u"13812345678"_s);
        QCOMPARE(text(kiosk, u"typedPhone"_s), u"138 1234 5678"_s);
        tap(kiosk, u"key_confirm"_s);

        // The review: what, the answer, the number grouped; cancelling says it is for good.
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"cert-"_s + procedure + u"-review"_s);
        QVERIFY(settle(kiosk.window()));
        QCOMPARE(text(kiosk, u"reviewProcedureValue"_s), application()->title());
        // Said: what is asked for and the answer (the number only privately).
        QTRY_VERIFY2(said().join(u'|').contains(application()->title()) && said().join(u'|').contains(application()->choiceName()),
                     qPrintable(said().join(u'|')));
        QVERIFY(!said().join(u'|').contains(u"138 1234 5678") && !said().join(u'|').contains(u"13812345678"));
        QCOMPARE(text(kiosk, u"reviewChoiceValue"_s), application()->choiceName());
        QVERIFY(!application()->choiceName().isEmpty());
        QCOMPARE(text(kiosk, u"reviewPhoneValue"_s), u"138 1234 5678"_s);
        const QQuickItem *warning = kiosk.find(u"cancelWarning"_s);
        if (procedure == u"cancel") {
            QVERIFY(warning && shown(warning));
            QVERIFY(text(kiosk, u"cancelWarningText"_s).contains(u"cannot be undone"));
            QVERIFY(text(kiosk, u"cancelWarningText"_s).contains(u"only after one year"));
            QCOMPARE(text(kiosk, u"sendButton"_s), u"Cancel my certificate"_s);
            QTRY_VERIFY(said().join(u'|').contains(u"Cancelling cannot be undone"));
            // What is heard is what is shown, not a shorter version of it.
            QVERIFY2(said().join(u'|').contains(text(kiosk, u"cancelWarningText"_s)), qPrintable(said().join(u'|')));
            // The keys start on the warning, never on the button that cancels.
            QCOMPARE(focusedName(kiosk), u"cancelWarning"_s);
        } else if (procedure == u"replace") {
            QVERIFY(!warning || !shown(warning));
            QCOMPARE(focusedName(kiosk), u"reviewProcedureChange"_s);
        } else {
            QVERIFY(!warning || !shown(warning));
            QCOMPARE(text(kiosk, u"sendButton"_s), u"Send"_s);
        }
        const int rowsBefore = count(u"SELECT COUNT(*) FROM certificate_applications"_s);
        QCOMPARE(rowsBefore, 0);

        pastDoublePress(kiosk);
        tap(kiosk, u"sendButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(Navigator::instance()->currentPage(), u"cert-sent"_s, 5000);
        QVERIFY(settle(kiosk.window()));
        const QString code = text(kiosk, u"confirmationCode"_s).remove(u' ');
        QVERIFY2(code.size() >= 4, qPrintable(code));
        QCOMPARE(text(kiosk, u"callBackText"_s), u"We will call you on 138****5678"_s);
        QVERIFY(!kiosk.find(u"backButton"_s)->isEnabled());
        QTRY_VERIFY(said().join(u'|').contains(code.split(QString(), Qt::SkipEmptyParts).join(u' ')));

        // The row in the store file: the procedure, the answer, the code; no phone anywhere in it.
        QCOMPARE(count(u"SELECT COUNT(*) FROM certificate_applications"_s), 1);
        const QString id = value(u"SELECT id FROM certificate_applications WHERE code = '%1'"_s.arg(code)).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(value(u"SELECT procedure FROM certificate_applications WHERE id = '%1'"_s.arg(id)).toString(), procedure);
        QCOMPARE(value(u"SELECT choice FROM certificate_applications WHERE id = '%1'"_s.arg(id)).toString(), answer);
        QCOMPARE(value(u"SELECT status FROM certificate_applications WHERE id = '%1'"_s.arg(id)).toString(), u"submitted"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM certificate_applications WHERE id = '%1' AND (id_hash || choice || code) LIKE '%%13812345678%%'"_s.arg(id)), 0);

        // Its outbox payload: exactly what openapi.yaml describes, with the one field of its procedure.
        const QJsonObject payload = payloadOf(id, u"certificate_application"_s);
        QCOMPARE(payload.value(u"id"_s).toString(), id);
        QCOMPARE(payload.value(u"procedure"_s).toString(), procedure);
        QCOMPARE(payload.value(u"code"_s).toString(), code);
        QCOMPARE(payload.value(u"phone"_s).toString(), u"13812345678"_s);
        QCOMPARE(payload.value(u"idNumberMasked"_s).toString(), idNumber.left(6) + u"********"_s + idNumber.right(4));
        QCOMPARE(payload.value(fieldOf(procedure)), wireAnswer(procedure, answer));
        QVERIFY(!QString::fromUtf8(QJsonDocument(payload).toJson()).contains(idNumber));
        const QStringList errors = contractErrors(u"CertificateApplicationPayload"_s, payload);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        // The check can fail: the same payload claiming another procedure is refused.
        QJsonObject wrongPairing = payload;
        wrongPairing.insert(u"procedure"_s, procedure == u"change" ? u"replace"_s : u"change"_s);
        QVERIFY(!contractErrors(u"CertificateApplicationPayload"_s, wrongPairing).isEmpty());
        contract::recordSchemaSample(u"CertificateApplicationPayload"_s, payload);

        // A report of loss is saved and the page says the card is marked once the office has it
        // (no server here: it never claims "nobody else can use it"); nothing else says either.
        const bool reportOfLoss = procedure == u"replace" && answer == u"lost";
        const QQuickItem *lost = kiosk.find(u"markedLost"_s);
        QCOMPARE(lost && shown(lost), reportOfLoss);
        if (reportOfLoss) {
            QVERIFY(text(kiosk, u"markedLostText"_s).contains(u"as soon as this kiosk reaches the office"));
            QVERIFY(!said().join(u'|').contains(u"Nobody else can use it"));
        }
        QVERIFY(!kiosk.visibleTexts().join(u'|').contains(u"Nobody else can use it"));
        if (reportOfLoss)
            QVERIFY(value(u"SELECT reported_lost_on FROM certificates WHERE id_hash = (SELECT id_hash FROM certificate_applications WHERE id = '%1')"_s.arg(id))
                        .toString().size() == 10);

        // Done ends the visit: nothing of the application stays.
        tap(kiosk, u"doneButton"_s);
        QTRY_VERIFY(!VisitorIdentity::instance()->present());
        QVERIFY(application()->procedure().isEmpty());
        QVERIFY(application()->code().isEmpty());
        QVERIFY(application()->phone().isEmpty());
        QVERIFY(application()->choice().isEmpty());
    }

    void aTransferByKeysAlone()
    {
        // The kiosk's keypad (Page Down, arrows, Return), as main.cpp installs it.
        KeypadNavigator keypad;
        qApp->installEventFilter(&keypad);
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        // From home to the certificate page with keys.
        QVERIFY(pressWithKeys(kiosk, u"tile_certificate"_s));
        QVERIFY(pressWithKeys(kiosk, u"typeNumberButton"_s));
        typeKeys(kiosk, idNumberOf(u"issued_recently"_s));
        QVERIFY(pressWithKeys(kiosk, u"key_confirm"_s));
        waitForPage(kiosk, u"My disability certificate"_s);
        startProcedure(kiosk, u"transfer"_s, true);
        if (QTest::currentTestFailed())
            return;
        // Page Down presses the page's Next.
        QTest::keyClick(kiosk.window(), Qt::Key_PageDown);
        waitForPage(kiosk, u"Which district are you moving to?"_s);
        QVERIFY(pressWithKeys(kiosk, u"district_120116"_s));
        QCOMPARE(application()->choice(), u"120116"_s);
        // Chosen: the keys are on Next now.
        QCOMPARE(focusedName(kiosk), u"nextButton"_s);
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        waitForPage(kiosk, u"A phone number for staff"_s);
        typeKeys(kiosk, u"13812345678"_s);
        QVERIFY(pressWithKeys(kiosk, u"key_confirm"_s));
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"cert-transfer-review"_s);
        QVERIFY(settle(kiosk.window()));
        QCOMPARE(text(kiosk, u"reviewChoiceValue"_s), application()->choiceName());
        // Change the district from the review, by keys, and come back to it.
        QVERIFY(pressWithKeys(kiosk, u"reviewChoiceChange"_s));
        waitForPage(kiosk, u"Which district are you moving to?"_s);
        // Back on the district list, the keys start on the district chosen before.
        QCOMPARE(focusedName(kiosk), u"district_120116"_s);
        QVERIFY(pressWithKeys(kiosk, u"district_outside_city"_s));
        QVERIFY(pressWithKeys(kiosk, u"nextButton"_s));
        waitForPage(kiosk, u"A phone number for staff"_s);
        QCOMPARE(text(kiosk, u"typedPhone"_s), u"138 1234 5678"_s);
        QVERIFY(pressWithKeys(kiosk, u"key_confirm"_s));
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"cert-transfer-review"_s);
        pastDoublePress(kiosk);
        QVERIFY(pressWithKeys(kiosk, u"sendButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(Navigator::instance()->currentPage(), u"cert-sent"_s, 5000);
        const QString code = application()->code();
        QCOMPARE(value(u"SELECT choice FROM certificate_applications WHERE code = '%1'"_s.arg(code)).toString(), u"outside_city"_s);
        // Back from the code does not lead into the finished form.
        QCOMPARE(Navigator::instance()->history().filter(u"cert-"_s), QStringList{u"cert-sent"_s});
    }

    void aWholePhoneTypedOnAFocusedKeyGoesOnWithReturn_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("portrait") << QSize(1080, 1920);
        QTest::newRow("landscape") << QSize(1920, 1080);
    }

    void aWholePhoneTypedOnAFocusedKeyGoesOnWithReturn()
    {
        // Return presses the focused keypad key; once the number is whole the focus is on
        // Next (beside the number in landscape, under the keys in portrait), so Return goes on.
        QFETCH(QSize, size);
        MainWindowFixture kiosk;
        kiosk.window()->resize(size);
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openCertificate(kiosk, idNumberOf(u"renewal_due"_s));
        startProcedure(kiosk, u"renew"_s, false);
        if (QTest::currentTestFailed())
            return;
        tap(kiosk, u"choice_no"_s);
        tap(kiosk, u"nextButton"_s);
        waitForPage(kiosk, u"A phone number for staff"_s);
        kiosk.find(u"key_5"_s)->forceActiveFocus();
        QCOMPARE(focusedName(kiosk), u"key_5"_s);
        typeKeys(kiosk, u"1381234567"_s);
        QVERIFY(focusedName(kiosk).startsWith(u"key_"_s)); // not whole yet: still on a key
        QVERIFY(focusedName(kiosk) != u"key_confirm"_s);
        typeKeys(kiosk, u"8"_s);
        QVERIFY(application()->phoneComplete());
        QCOMPARE(focusedName(kiosk), u"key_confirm"_s);
        QTest::keyClick(kiosk.window(), Qt::Key_Return);
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"cert-renew-review"_s);
        QCOMPARE(application()->phone(), u"13812345678"_s);
    }

    void pageDownGoesOnFromTheNumberPages_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("portrait") << QSize(1080, 1920);
        QTest::newRow("landscape") << QSize(1920, 1080);
    }

    void pageDownGoesOnFromTheNumberPages()
    {
        // The ID number's Confirm and the phone's Next are named key_confirm, not nextButton:
        // Page Down presses them all the same.
        QFETCH(QSize, size);
        KeypadNavigator keypad;
        qApp->installEventFilter(&keypad);
        MainWindowFixture kiosk;
        kiosk.window()->resize(size);
        VisitorSettings::instance()->setLanguage(u"en"_s);
        tap(kiosk, u"tile_certificate"_s);
        tap(kiosk, u"typeNumberButton"_s);
        typeKeys(kiosk, idNumberOf(u"renewal_due"_s));
        QTest::keyClick(kiosk.window(), Qt::Key_PageDown);
        waitForPage(kiosk, u"My disability certificate"_s);
        startProcedure(kiosk, u"renew"_s, false);
        if (QTest::currentTestFailed())
            return;
        tap(kiosk, u"choice_no"_s);
        QTest::keyClick(kiosk.window(), Qt::Key_PageDown);
        waitForPage(kiosk, u"A phone number for staff"_s);
        typeKeys(kiosk, u"13812345678"_s);
        QTest::keyClick(kiosk.window(), Qt::Key_PageDown);
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"cert-renew-review"_s);
    }

    void aPhoneThatIsNotANumberIsRefusedInWordsAndAloud()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openCertificate(kiosk, idNumberOf(u"renewal_due"_s));
        startProcedure(kiosk, u"renew"_s, false);
        tap(kiosk, u"choice_no"_s);
        tap(kiosk, u"nextButton"_s);
        waitForPage(kiosk, u"A phone number for staff"_s);
        touchKeypad(kiosk, u"12812345678"_s);
        const QString problem = core::PhoneNumber::problemText(core::PhoneProblem::NotAPhoneNumber).in(u"en");
        QVERIFY(!problem.isEmpty());
        QCOMPARE(application()->problemText(), problem);
        QCOMPARE(text(kiosk, u"phoneState"_s), problem);
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"key_confirm"_s);
        // Still the phone page: the number is refused, and the kiosk said why.
        QCOMPARE(Navigator::instance()->currentPage(), u"cert-phone"_s);
        QTRY_VERIFY2(said().contains(problem), qPrintable(said().join(u'|')));
        QVERIFY(!application()->submit());
        QCOMPARE(application()->errorText(), problem);
        // Corrected, it goes on.
        for (int i = 0; i < 11; ++i)
            tap(kiosk, u"key_delete"_s);
        touchKeypad(kiosk, u"02262345678"_s);
        QVERIFY(application()->phoneComplete());
        tap(kiosk, u"key_confirm"_s);
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"cert-renew-review"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM certificate_applications"_s), 0);
    }

    void twoVisitorsInARowShareNothing()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        // The first reports a card lost and leaves.
        openCertificate(kiosk, idNumberOf(u"issued"_s));
        startProcedure(kiosk, u"replace"_s, false);
        tap(kiosk, u"choice_lost"_s);
        tap(kiosk, u"nextButton"_s);
        waitForPage(kiosk, u"A phone number for staff"_s);
        touchKeypad(kiosk, u"13912345678"_s);
        tap(kiosk, u"key_confirm"_s);
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"cert-replace-review"_s);
        pastDoublePress(kiosk);
        tap(kiosk, u"sendButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(Navigator::instance()->currentPage(), u"cert-sent"_s, 5000);
        const QString firstCode = application()->code();
        QVERIFY(!firstCode.isEmpty());
        tap(kiosk, u"doneButton"_s);
        QTRY_VERIFY(!VisitorIdentity::instance()->present());
        wake(kiosk);
        // The end of the visit wiped the first's answers: checked before anything starts a
        // procedure (start() clears them by itself).
        QVERIFY(application()->choice().isEmpty());
        QVERIFY(application()->phone().isEmpty());
        QVERIFY(application()->code().isEmpty());

        // The second, another holder, starts a procedure of their own: nothing of the first.
        openCertificate(kiosk, idNumberOf(u"issued_recently"_s));
        QTRY_COMPARE(procedureButtons(kiosk), offeredIn(u"issued_recently"_s));
        QVERIFY(!kiosk.visibleTexts().join(u'|').contains(firstCode));
        startProcedure(kiosk, u"replace"_s, false);
        const QQuickItem *lostChoice = kiosk.find(u"choice_lost"_s);
        QVERIFY(lostChoice && !lostChoice->property("selected").toBool());
        tap(kiosk, u"choice_damaged"_s);
        tap(kiosk, u"nextButton"_s);
        waitForPage(kiosk, u"A phone number for staff"_s);
        QCOMPARE(text(kiosk, u"typedPhone"_s).trimmed(), QString());
        Session::instance()->end();
        QTRY_VERIFY(!VisitorIdentity::instance()->present());
        wake(kiosk);

        // The first holder, back: the open report of loss is not offered again, nor cancelling.
        openCertificate(kiosk, idNumberOf(u"issued"_s));
        QTRY_COMPARE(procedureButtons(kiosk), (QStringList{u"change"_s, u"transfer"_s}));
    }

    void nextAndSendStayOnScreenAtTheLargestText()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openCertificate(kiosk, idNumberOf(u"renewal_due"_s));
        startProcedure(kiosk, u"cancel"_s, false);
        if (QTest::currentTestFailed())
            return;
        tap(kiosk, u"choice_no_longer_needed"_s);
        VisitorSettings::instance()->setTextSizeStep(VisitorSettings::instance()->textSizeStepCount() - 1); // 200%
        // Each page in both orientations; back to landscape, where the next step is taken.
        const auto check = [&kiosk](const QString &name) {
            for (const QSize size : {QSize(1080, 1920), QSize(1920, 1080)}) {
                kiosk.window()->resize(size);
                QVERIFY(settle(kiosk.window()));
                const QQuickItem *button = kiosk.find(name);
                QTRY_VERIFY2(button && shownWhole(button),
                             qPrintable(u"%1 off the screen at %2 x %3"_s.arg(name).arg(size.width()).arg(size.height())));
                const QQuickItem *more = kiosk.find(u"moreBelow"_s);
                QVERIFY2(!more || shownWhole(more) || more->opacity() == 0.0, "'More below' cut off");
            }
        };
        check(u"nextButton"_s);
        tap(kiosk, u"nextButton"_s);
        waitForPage(kiosk, u"A phone number for staff"_s);
        check(u"key_confirm"_s);
        check(u"key_0"_s);
        check(u"key_delete"_s);
        typeKeys(kiosk, u"13812345678"_s);
        tap(kiosk, u"key_confirm"_s);
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"cert-cancel-review"_s);
        check(u"sendButton"_s);
        VisitorSettings::instance()->setTextSizeStep(0);
    }

    /// A card the office has marked lost (a certificate row from the server said so): the sent
    /// page says it is marked and nobody else can use it.
    void aLossTheOfficeHasMarkedIsSaidAsMarked()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openCertificate(kiosk, idNumberOf(u"issued"_s));
        startProcedure(kiosk, u"replace"_s, false);
        if (QTest::currentTestFailed())
            return;
        tap(kiosk, u"choice_lost"_s);
        tap(kiosk, u"nextButton"_s);
        waitForPage(kiosk, u"A phone number for staff"_s);
        typeKeys(kiosk, u"13812345678"_s);
        tap(kiosk, u"key_confirm"_s);
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"cert-replace-review"_s);
        // As SyncQueue writes the server's row: the day and the office's mark.
        QVERIFY(exec(u"UPDATE certificates SET reported_lost_on = '2026-11-30', loss_confirmed = 1"_s));
        pastDoublePress(kiosk);
        tap(kiosk, u"sendButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(Navigator::instance()->currentPage(), u"cert-sent"_s, 5000);
        QVERIFY(settle(kiosk.window()));
        QCOMPARE(text(kiosk, u"markedLostText"_s), u"Your old card is marked lost now. Nobody else can use it."_s);
        QTRY_VERIFY(said().join(u'|').contains(u"Nobody else can use it"));
    }

    /// The key that opened the cancel review, pressed twice: the second press sends nothing.
    void aSendRightAfterArrivingIsIgnored()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openCertificate(kiosk, idNumberOf(u"issued"_s));
        startProcedure(kiosk, u"cancel"_s, false);
        if (QTest::currentTestFailed())
            return;
        tap(kiosk, u"choice_no_longer_needed"_s);
        tap(kiosk, u"nextButton"_s);
        waitForPage(kiosk, u"A phone number for staff"_s);
        typeKeys(kiosk, u"13812345678"_s);
        tap(kiosk, u"key_confirm"_s);
        QElapsedTimer arrived;
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"cert-cancel-review"_s);
        arrived.start();
        QTest::keyClick(kiosk.window(), Qt::Key_Return); // the focus is on the warning: nothing
        const QPointF send = kiosk.find(u"sendButton"_s)->mapToScene(QPointF(kiosk.find(u"sendButton"_s)->width() / 2,
                                                                             kiosk.find(u"sendButton"_s)->height() / 2));
        QTest::mouseClick(kiosk.window(), Qt::LeftButton, {}, send.toPoint());
        if (arrived.elapsed() >= 450)
            QSKIP("this machine took longer than the half second to touch Send once the page came");
        QVERIFY(settle(kiosk.window()));
        QCOMPARE(Navigator::instance()->currentPage(), u"cert-cancel-review"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM certificate_applications"_s), 0);
        // The warning was said again whole: the second press had stopped it.
        QTRY_VERIFY(said().filter(u"Cancelling cannot be undone"_s).size() >= 2);
    }

    /// The store refuses the write (as a full or broken disk would): the review says so aloud
    /// and on screen, shows no code and can be sent again once the store writes again.
    void aSaveThatFailsIsSaid()
    {
        MainWindowFixture kiosk;
        VisitorSettings::instance()->setLanguage(u"en"_s);
        openCertificate(kiosk, idNumberOf(u"issued"_s));
        startProcedure(kiosk, u"change"_s, false);
        if (QTest::currentTestFailed())
            return;
        tap(kiosk, u"choice_level"_s);
        tap(kiosk, u"nextButton"_s);
        waitForPage(kiosk, u"A phone number for staff"_s);
        typeKeys(kiosk, u"13812345678"_s);
        tap(kiosk, u"key_confirm"_s);
        QTRY_COMPARE(Navigator::instance()->currentPage(), u"cert-change-review"_s);
        QVERIFY(exec(u"CREATE TRIGGER refuse_applications BEFORE INSERT ON certificate_applications "
                     "BEGIN SELECT RAISE(ABORT, 'disk refused'); END"_s));
        pastDoublePress(kiosk);
        Announcer::instance()->clearUtterances();
        tap(kiosk, u"sendButton"_s);
        QTRY_VERIFY(!application()->saving());
        const QString error = application()->errorText();
        QVERIFY(exec(u"DROP TRIGGER refuse_applications"_s));
        QVERIFY(!error.isEmpty());
        QCOMPARE(Navigator::instance()->currentPage(), u"cert-change-review"_s);
        QVERIFY(application()->code().isEmpty());
        QTRY_COMPARE(text(kiosk, u"requestError"_s), error);
        QTRY_VERIFY2(said().contains(error), qPrintable(said().join(u'|')));
        QCOMPARE(count(u"SELECT COUNT(*) FROM certificate_applications"_s), 0);
        // The store writes again: Send goes on to the code.
        tap(kiosk, u"sendButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(Navigator::instance()->currentPage(), u"cert-sent"_s, 5000);
    }
};

QTEST_MAIN(TestApplicationFlow)
#include "tst_applicationflow.moc"
