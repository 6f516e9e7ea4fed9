// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowfixture.h"
#include "storefilereads.h"
#include "windowactions.h"

#include "accessibility/linebreaking.h"
#include "accessibility/visitorsettings.h"
#include "core/certificatelifecycle.h"
#include "core/democertificates.h"
#include "kiosk/certificateapplication.h"
#include "kiosk/certificatedatelabel.h"
#include "kiosk/certificatelookup.h"
#include "kiosk/assessmentrequest.h"
#include "kiosk/navigator.h"
#include "kiosk/session.h"
#include "kiosk/stationstore.h"
#include "kiosk/store/demodata.h"
#include "kiosk/store/store.h"
#include "kiosk/visit.h"
#include "kiosk/visitoridentity.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace windowactions;

namespace {

const QStringList kEveryAction{u"action_appeal"_s,    u"procedure_apply"_s,  u"procedure_renew"_s,
                               u"procedure_replace"_s, u"procedure_transfer"_s, u"procedure_change"_s,
                               u"procedure_cancel"_s};
const QStringList kHolderActions{u"procedure_replace"_s, u"procedure_change"_s, u"procedure_transfer"_s,
                                 u"procedure_cancel"_s};

QString idOf(const QString &key)
{
    if (key == u"none")
        return store::DemoData::idNumberWithoutCertificate();
    const auto demo = core::DemoCertificates::find(key);
    return demo ? demo->idNumber : QString();
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    return text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
}

/// Buttons of the page's actions a visitor can see, top to bottom.
QStringList actionsShown(const MainWindowFixture &kiosk)
{
    QList<QPair<qreal, QString>> found;
    for (const QString &name : kEveryAction)
        if (const QQuickItem *item = kiosk.find(name); item && shown(item))
            found.append({item->mapToScene(QPointF(0, 0)).y(), name});
    std::sort(found.begin(), found.end());
    QStringList names;
    for (const auto &entry : found)
        names << entry.second;
    return names;
}

} // namespace

/// @brief The certificate page tells each demo visitor the truth: the label its one date means
/// (shown once), an icon for the state, the actions the state allows and none it does not, the
/// official term only where it adds something; without a certificate, how to apply.
class TestCertificatePage : public QObject
{
    Q_OBJECT

    /// The page for the demo case `key`, in English at text size `textStep`.
    static void openFor(std::unique_ptr<MainWindowFixture> &kiosk, const QString &key, int textStep = 0)
    {
        const QString id = idOf(key);
        QVERIFY2(!id.isEmpty(), qPrintable(u"no demo case "_s + key));
        kiosk = std::make_unique<MainWindowFixture>(u"certificate"_s, [id, textStep] {
            // The previous visit's end put the settings back: this visitor's come after it.
            VisitorSettings::instance()->setLanguage(u"en"_s);
            VisitorSettings::instance()->setTextSizeStep(textStep);
            VisitorIdentity::instance()->setTyped(id);
        });
        waitForPage(*kiosk, u"My disability certificate"_s);
    }

private slots:
    void initTestCase()
    {
        const MainWindowFixture opensTheStore;
        QVERIFY(StationStore::instance()->store());
    }

    void init()
    {
        VisitorSettings::instance()->resetToDefaults();
        VisitorSettings::instance()->setLanguage(u"en"_s);
        Announcer::instance()->clearUtterances();
    }

    void cleanup()
    {
        Session::instance()->end();
    }

    void everyDemoStateTellsTheTruth_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("icon");
        QTest::addColumn<QStringList>("actions");
        QTest::newRow("received") << u"received"_s << QString() << u"schedule"_s << QStringList();
        QTest::newRow("awaiting_assessment") << u"awaiting_assessment"_s << u"Assessment day"_s << u"schedule"_s
                                             << QStringList();
        QTest::newRow("assessed") << u"assessed"_s << QString() << u"schedule"_s << QStringList();
        QTest::newRow("public_notice") << u"public_notice"_s << u"Expected by"_s << u"schedule"_s << QStringList();
        QTest::newRow("under_review") << u"under_review"_s << u"Expected by"_s << u"schedule"_s << QStringList();
        QTest::newRow("being_made") << u"being_made"_s << QString() << u"schedule"_s << QStringList();
        QTest::newRow("ready_for_pickup") << u"ready_for_pickup"_s << u"Collect it at"_s << u"inventory"_s
                                          << QStringList();
        QTest::newRow("issued") << u"issued"_s << u"Valid until"_s << u"check_circle"_s << kHolderActions;
        QTest::newRow("issued_recently") << u"issued_recently"_s << u"Valid until"_s << u"check_circle"_s
                                         << kHolderActions;
        QTest::newRow("not_approved") << u"not_approved"_s << u"Appeal by"_s << u"warning"_s
                                      << QStringList{u"action_appeal"_s};
        QTest::newRow("renewal_due") << u"renewal_due"_s << u"Renew by"_s << u"event"_s
                                     << (QStringList{u"procedure_renew"_s} + kHolderActions);
        QTest::newRow("expired") << u"expired"_s << u"Expired on"_s << u"event"_s
                                 << QStringList{u"procedure_renew"_s, u"procedure_cancel"_s};
        QTest::newRow("transferred") << u"transferred"_s << QString() << u"move_up"_s << QStringList();
        QTest::newRow("replaced") << u"replaced"_s << u"Valid until"_s << u"check_circle"_s << kHolderActions;
        QTest::newRow("cancelled") << u"cancelled"_s << u"May apply again from"_s << u"block"_s << QStringList();
        QTest::newRow("cancelled_over_a_year") << u"cancelled_over_a_year"_s << u"May apply again from"_s
                                               << u"block"_s << QStringList{u"procedure_apply"_s};
    }

    void everyDemoStateTellsTheTruth()
    {
        QFETCH(QString, key);
        QFETCH(QString, label);
        QFETCH(QString, icon);
        QFETCH(QStringList, actions);
        std::unique_ptr<MainWindowFixture> kiosk;
        openFor(kiosk, key);
        QCOMPARE(kiosk->find(u"certificateStateIcon"_s)->property("name").toString(), icon);

        const QString date = text(*kiosk, u"certificateDate"_s);
        if (label.isEmpty()) {
            QVERIFY2(date.isEmpty(), qPrintable(date));
        } else {
            QVERIFY2(date.startsWith(label + u": "_s), qPrintable(date));
            // Never "expected" for the visitor's own deadline, and the date is on the page once.
            QVERIFY(label == u"Expected by" || !date.contains(u"xpected"));
            const QString value = date.mid(label.size() + 2);
            const QString page = kiosk->visibleTexts().join(u'\n');
            QCOMPARE(page.count(value), 1);
        }
        if (key == u"awaiting_assessment") {
            // No day booked: the label's word is not repeated, no day is invented, and the
            // summary does not send the visitor off "on the agreed day".
            QCOMPARE(date, u"Assessment day: Not set yet. Staff will call you to agree it."_s);
            QVERIFY(!text(*kiosk, u"certificateSummary"_s).contains(u"agreed day"));
        }
        // Category and level are the assessment's findings: none before it, none when refused.
        static const QStringList unassessed{u"received"_s, u"awaiting_assessment"_s, u"not_approved"_s};
        QCOMPARE(shown(kiosk->find(u"certificateLevel"_s)), !unassessed.contains(key));
        QCOMPARE(shown(kiosk->find(u"certificateCategory"_s)), !unassessed.contains(key));
        // A valid card with nothing due: no procedure looks like the page's main action or
        // takes the focus (a report of loss would be one Return away); the state box has it.
        const QQuickItem *first = actions.isEmpty() ? nullptr : kiosk->find(actions.first());
        const bool due = !actions.isEmpty()
            && (actions.first() == u"procedure_renew" || actions.first() == u"action_appeal"
                || actions.first() == u"procedure_apply");
        if (first && !due) {
            QVERIFY2(!first->hasActiveFocus(), qPrintable(key));
            QCOMPARE(first->property("fill").value<QColor>(), kiosk->find(u"procedure_cancel"_s)->property("fill").value<QColor>());
        }
        if (first && due)
            QTRY_VERIFY2(first->hasActiveFocus(), qPrintable(key));
        // With nothing to do, the focus is on the page (the state), not lost in the top bar.
        if (actions.isEmpty() && key != u"awaiting_assessment" && key != u"received")
            QTRY_VERIFY2(kiosk->find(u"certificateStateBox"_s)->hasActiveFocus(), qPrintable(key));

        // The actions the state allows, in their order, and none of the others.
        QCOMPARE(actionsShown(*kiosk), actions);

        // The official term second and smaller, and in English never the plain words again.
        const QString official = text(*kiosk, u"certificateOfficialTerm"_s);
        if (!official.isEmpty()) {
            const QStringList plain = wordsOf(text(*kiosk, u"certificateState"_s));
            bool repeats = true;
            for (const QString &word : wordsOf(official))
                repeats = repeats && plain.contains(word);
            QVERIFY2(!repeats, qPrintable(official));
            QVERIFY(kiosk->find(u"certificateOfficialTerm"_s)->property("font").value<QFont>().pixelSize()
                    < kiosk->find(u"certificateState"_s)->property("font").value<QFont>().pixelSize());
        }
        // A holder's timeline is the card and what happened to it, not the old application's
        // steps ticked again.
        if (kHolderActions == actions || key == u"cancelled" || key == u"transferred")
            QVERIFY(!kiosk->visibleTexts().contains(u"Waiting for the assessment"_s));
        QVERIFY(kiosk->find(u"timelineNow"_s));
        QVERIFY(!kiosk->find(u"problemCallStaff"_s));
    }

    void englishOfficialTermIsNotARepeat()
    {
        std::unique_ptr<MainWindowFixture> kiosk;
        openFor(kiosk, u"issued"_s);
        // "Certificate issued" and the official "Issued": the same words twice.
        QCOMPARE(text(*kiosk, u"certificateState"_s), u"Certificate issued"_s);
        QVERIFY(text(*kiosk, u"certificateOfficialTerm"_s).isEmpty());
        // In Mandarin the plain words and the term differ (已领证 / 已发放): both are shown.
        VisitorSettings::instance()->setLanguage(u"zh"_s);
        QVERIFY(settle(kiosk->window()));
        // As read: the term's characters are kept on one line by word joiners on screen.
        QCOMPARE(text(*kiosk, u"certificateOfficialTerm"_s),
                 LineBreaking::withoutJoiners(core::CertificateLifecycle::step(core::CertificateState::Issued).officialTerm.in(u"zh")));
    }

    void noCertificateExplainsHowToApply()
    {
        std::unique_ptr<MainWindowFixture> kiosk;
        openFor(kiosk, u"none"_s);
        QVERIFY(!text(*kiosk, u"certificateProblem"_s).isEmpty());
        QTRY_VERIFY(!text(*kiosk, u"certificateProblem"_s).startsWith(u"Checking"));
        // Decided by the kiosk's set-up, not by what the page shows: with an office to ask, it
        // answers "no such holder"; without one (this fixture) the number could not be checked.
        const QString outcome = CertificateLookup::instance()->canAsk() ? u"notFound"_s : u"notCached"_s;
        const QObject *status = kiosk->window()->findChild<QObject *>(u"certificateStatus"_s);
        QVERIFY(status);
        QCOMPARE(status->property("outcome").toString(), outcome);
        QCOMPARE(text(*kiosk, u"howToApply"_s).startsWith(u"You can apply here"), outcome == u"notFound");
        QVERIFY(shown(kiosk->find(u"procedure_apply"_s)));
        QVERIFY(shown(kiosk->find(u"tryAnotherNumber"_s)));
        QCOMPARE(actionsShown(*kiosk), QStringList{u"procedure_apply"_s});
        // One Call staff: the bottom bar's.
        QVERIFY(!kiosk->find(u"problemCallStaff"_s));
        if (outcome == u"notFound") {
            QVERIFY(text(*kiosk, u"howToApply"_s).startsWith(u"You can apply here"));
            QVERIFY(said().join(u' ').contains(u"You can apply here"));
        } else {
            // Could not check is not "has none": Try again first and focused, Apply last and
            // only for one who never had a certificate.
            QCOMPARE(outcome, u"notCached"_s);
            QVERIFY(text(*kiosk, u"howToApply"_s).contains(u"only if you have never had a certificate"));
            QTRY_VERIFY(kiosk->find(u"tryAgain"_s)->hasActiveFocus());
            const auto top = [&](const QString &name) { return kiosk->find(name)->mapToScene(QPointF(0, 0)).y(); };
            QVERIFY(top(u"tryAgain"_s) < top(u"procedure_apply"_s));
            QVERIFY(!kiosk->find(u"procedure_apply"_s)->hasActiveFocus());
        }

        tap(*kiosk, u"procedure_apply"_s);
        waitForPage(*kiosk, u"Apply for a certificate"_s);
        QCOMPARE(Visit::instance()->application()->property("procedure").toString(), u"apply"_s);
    }

    void tryAnotherNumberEndsTheIdentity()
    {
        std::unique_ptr<MainWindowFixture> kiosk;
        openFor(kiosk, u"none"_s);
        // The first person typed a phone on the home-assessment page, then came back.
        Visit::instance()->assessment()->setProperty("kind", u"home_assessment"_s);
        Navigator::instance()->open(u"phone"_s);
        waitForPage(*kiosk, u"Ask for an assessment at home"_s);
        typeKeys(*kiosk, u"138"_s);
        QTRY_VERIFY(!Visit::instance()->assessment()->property("phone").toString().isEmpty());
        Navigator::instance()->back();
        waitForPage(*kiosk, u"My disability certificate"_s);
        tap(*kiosk, u"tryAnotherNumber"_s);
        waitForPage(*kiosk, u"Type your ID number"_s);
        QVERIFY(!VisitorIdentity::instance()->present());
        // The next number typed opens its certificate.
        typeKeys(*kiosk, idOf(u"issued"_s));
        tap(*kiosk, u"key_confirm"_s);
        waitForPage(*kiosk, u"My disability certificate"_s);
        QCOMPARE(text(*kiosk, u"certificateState"_s), u"Certificate issued"_s);
        // Nothing of the first person's is left for the second.
        QVERIFY(Visit::instance()->assessment()->property("phone").toString().isEmpty());
    }

    void appealCallsStaffForTheAppeal()
    {
        std::unique_ptr<MainWindowFixture> kiosk;
        openFor(kiosk, u"not_approved"_s);
        const int before = storefilereads::count(u"SELECT COUNT(*) FROM help_calls WHERE reason = 'certificate_appeal'"_s);
        tap(*kiosk, u"action_appeal"_s);
        waitForPage(*kiosk, u"Call staff"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            storefilereads::count(u"SELECT COUNT(*) FROM help_calls WHERE reason = 'certificate_appeal'"_s), before + 1,
            3000);
        // The visit ends; the next visitor's Call staff is an ordinary one, not the appeal.
        Session::instance()->end();
        kiosk.reset();
        const int ordinary = storefilereads::count(u"SELECT COUNT(*) FROM help_calls WHERE reason = 'help_at_kiosk'"_s);
        MainWindowFixture next(u"home"_s, [] { VisitorSettings::instance()->setLanguage(u"en"_s); });
        Navigator::instance()->open(u"callstaff"_s);
        waitForPage(next, u"Call staff"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            storefilereads::count(u"SELECT COUNT(*) FROM help_calls WHERE reason = 'help_at_kiosk'"_s), ordinary + 1, 3000);
        QCOMPARE(storefilereads::count(u"SELECT COUNT(*) FROM help_calls WHERE reason = 'certificate_appeal'"_s),
                 before + 1);
    }

    void procedureByKeysAlone()
    {
        std::unique_ptr<MainWindowFixture> kiosk;
        openFor(kiosk, u"renewal_due"_s);
        // Renew is the page's primary action: it has the focus when the page opens.
        QTRY_VERIFY(kiosk->find(u"procedure_renew"_s)->hasActiveFocus());
        QVERIFY(pressWithKeys(*kiosk, u"procedure_replace"_s));
        waitForPage(*kiosk, u"Report it lost or replace it"_s);
        QCOMPARE(Visit::instance()->application()->property("procedure").toString(), u"replace"_s);
    }

    void anApplicationShowsItsStateAndTheLostCard()
    {
        store::Store *st = StationStore::instance()->store();
        const QString id = idOf(u"issued_recently"_s);
        store::ApplicationDraft draft;
        draft.procedure = core::CertificateProcedure::Replace;
        draft.choice = u"lost"_s;
        draft.phone = u"13812345678"_s;
        const auto sent = st->applications().submit(id, draft);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().detail));
        std::unique_ptr<MainWindowFixture> kiosk;
        openFor(kiosk, u"issued_recently"_s);
        QVERIFY2(text(*kiosk, u"applicationState"_s).startsWith(u"Sent"), qPrintable(text(*kiosk, u"applicationState"_s)));
        // The kiosk's own mark is not the office's: it says the report is saved, not that the
        // card is blocked, until the office's row confirms it.
        QCOMPARE(text(*kiosk, u"reportedLost"_s),
                 u"Your report of loss is saved. The card is marked lost as soon as this kiosk reaches the office."_s);
        // Not offered twice, and no cancellation while it is open.
        QVERIFY(!actionsShown(*kiosk).contains(u"procedure_replace"_s));
        QVERIFY(!actionsShown(*kiosk).contains(u"procedure_cancel"_s));
        QVERIFY(kiosk->visibleTexts().contains(u"Now · You asked: Report it lost or replace it"_s));
        Session::instance()->end();
        kiosk.reset();

        QVERIFY(storefilereads::exec(u"UPDATE certificates SET loss_confirmed = 1 WHERE reported_lost_on IS NOT NULL"_s));
        openFor(kiosk, u"issued_recently"_s);
        const QString confirmed = text(*kiosk, u"reportedLost"_s);
        QVERIFY2(confirmed.startsWith(u"Reported lost on ") && confirmed.endsWith(u": it can no longer be used."),
                 qPrintable(confirmed));
    }

    void daysLeftSaysOneDay()
    {
        // "1 day left", not "1 days left"; beside the date, not a second sentence.
        const QDate today(2026, 12, 1);
        const auto at = [&](QDate until) {
            const auto explained = core::CertificateLifecycle::explain(core::CertificateState::Issued,
                                                                       until.addYears(-10).addDays(1), until, today);
            return CertificateDateLabel::of(explained, today, {}).textIn(u"en");
        };
        QVERIFY2(at(today.addDays(1)).endsWith(u". 1 day left."), qPrintable(at(today.addDays(1))));
        QVERIFY2(at(today.addDays(60)).endsWith(u". 60 days left."), qPrintable(at(today.addDays(60))));
        QVERIFY2(at(today).endsWith(u". Today is its last day."), qPrintable(at(today)));
    }

    void aReplacedCardComesDue()
    {
        // A replacement keeps the card's validity: near its end the page says renew, with the
        // renewal icon, not "Valid until" with a tick (review K1).
        const QDate today(2026, 12, 1);
        const auto explained = core::CertificateLifecycle::explain(core::CertificateState::Replaced, today.addYears(-9),
                                                                   today.addDays(-30), today);
        QCOMPARE(explained.state, core::CertificateState::RenewalDue);
        QCOMPARE(CertificateDateLabel::of(explained, today, {}).label.in(u"en"), u"Expired on"_s);
    }

    void aBookedAssessmentGivesItsDayTimeAndPlace()
    {
        // Without a booking the box promised no day; once the visitor books the designated
        // hospital's assessment, it says that day, time and place.
        {
            std::unique_ptr<MainWindowFixture> before;
            openFor(before, u"awaiting_assessment"_s);
            QVERIFY(shown(before->find(u"bookAssessment"_s)));
            QTRY_VERIFY(before->find(u"bookAssessment"_s)->hasActiveFocus());
            tap(*before, u"bookAssessment"_s);
            QCOMPARE(Navigator::instance()->currentPage(), u"book-day"_s);
            Session::instance()->end();
        }
        store::Store *st = StationStore::instance()->store();
        const QString id = idOf(u"awaiting_assessment"_s);
        const QDate today = st->now().date();
        const auto times = st->services().bookableSlots(u"disability-assessment"_s, today.addDays(1), today.addDays(14));
        QVERIFY(times.ok());
        std::optional<store::BookableSlot> chosen;
        for (const store::BookableSlot &slot : times.value())
            if (!slot.closed && slot.freePlaces() > 0) {
                chosen = slot;
                break;
            }
        if (!chosen)
            QSKIP("the demo assessment service has no free time in the next two weeks");
        QVERIFY(st->services().book(chosen->id, id).ok());
        std::unique_ptr<MainWindowFixture> kiosk;
        openFor(kiosk, u"awaiting_assessment"_s);
        const QString date = text(*kiosk, u"certificateDate"_s);
        QVERIFY2(date.startsWith(u"Your assessment: "_s
                                 + core::CertificateLifecycle::formatDate(chosen->startsAt.date()).in(u"en")
                                 + u" at "_s + chosen->startsAt.time().toString(u"H:mm")),
                 qPrintable(date));
        QVERIFY2(date.contains(u"Heping District Central Hospital"), qPrintable(date));
        // Booked: no second booking offered.
        QVERIFY(!shown(kiosk->find(u"bookAssessment"_s)));
    }

    void twoVisitorsInARow()
    {
        std::unique_ptr<MainWindowFixture> kiosk;
        openFor(kiosk, u"not_approved"_s);
        QVERIFY(shown(kiosk->find(u"action_appeal"_s)));
        const QString first = kiosk->visibleTexts().join(u'\n');
        Session::instance()->end();
        kiosk.reset();
        QVERIFY(!VisitorIdentity::instance()->present());
        openFor(kiosk, u"issued"_s);
        const QString second = kiosk->visibleTexts().join(u'\n');
        QVERIFY(!kiosk->find(u"action_appeal"_s) || !shown(kiosk->find(u"action_appeal"_s)));
        QVERIFY(!second.contains(u"Appeal by"));
        QVERIFY(!second.contains(idOf(u"not_approved"_s).right(4)));
        QVERIFY(first.contains(idOf(u"not_approved"_s).right(4)));
    }

    void primaryActionOnScreenOrMoreBelow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("textStep");
        for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)})
            for (const int step : {0, 3})
                QTest::newRow(qPrintable(u"%1x%2 text %3"_s.arg(size.width()).arg(size.height()).arg(step)))
                    << size << step;
    }

    void primaryActionOnScreenOrMoreBelow()
    {
        QFETCH(QSize, size);
        QFETCH(int, textStep);
        for (const QString &key : {u"renewal_due"_s, u"not_approved"_s, u"none"_s}) {
            std::unique_ptr<MainWindowFixture> kiosk;
            openFor(kiosk, key, textStep);
            kiosk->window()->resize(size);
            // The layouts follow the new size, then a frame shows them.
            QTRY_COMPARE(kiosk->window()->contentItem()->height(), qreal(size.height()));
            QVERIFY(settle(kiosk->window()));
            const QString primary = actionsShown(*kiosk).value(0);
            QVERIFY2(!primary.isEmpty(), qPrintable(key));
            // Above the bottom bar, not under it; or else the page says there is more below.
            const QQuickItem *button = kiosk->find(primary);
            const qreal bottom = button->mapToScene(QPointF(0, button->height())).y();
            const qreal bar = kiosk->find(u"backButton"_s)->mapToScene(QPointF(0, 0)).y();
            const bool onScreen = shownWhole(button) && bottom <= bar;
            bool cueShown = false;
            for (const QString &cueName : {u"moreBelow"_s}) {
                // Both the certificate's and the no-certificate column have one; the shown one counts.
                std::function<void(QQuickItem *)> look = [&](QQuickItem *item) {
                    if (item->objectName() == cueName && shown(item))
                        cueShown = true;
                    for (QQuickItem *child : item->childItems())
                        look(child);
                };
                look(kiosk->window()->contentItem());
            }
            QVERIFY2(onScreen || cueShown, qPrintable(key + u": "_s + primary));
            Session::instance()->end();
        }
    }

    void everyPictogramIsAGlyph()
    {
        if (!QFontDatabase::families().contains(u"Material Icons"_s))
            QFAIL("the Material Icons font (fonts-material-design-icons-iconfont) is not installed");
        QFont font(u"Material Icons"_s);
        font.setPixelSize(100);
        const QFontMetrics metrics(font);
        const QStringList names{u"warning"_s, u"block"_s,   u"check_circle"_s, u"schedule"_s, u"event"_s,
                                u"inventory"_s, u"move_up"_s, u"gavel"_s,      u"dialpad"_s,  u"search_off"_s};
        for (const QString &name : names)
            QVERIFY2(metrics.horizontalAdvance(name) <= 110, qPrintable(u'"' + name + u"\" is not a pictogram"_s));
    }
};

QTEST_MAIN(TestCertificatePage)
#include "tst_certificatepage.moc"
