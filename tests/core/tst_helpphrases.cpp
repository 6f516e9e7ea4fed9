// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/daypart.h"
#include "core/notephrases.h"
#include "core/placekind.h"
#include "core/ratingphrases.h"

#include <QSet>
#include <QTest>

using namespace core;

/// @brief The tables a help request is made of: day parts, place kinds, note and rating phrases.
/// Their keys are the wire format, so both ends must read back what they write.
class TestHelpPhrases : public QObject
{
    Q_OBJECT

private slots:
    void dayParts()
    {
        QCOMPARE(DayParts::all().size(), 4);
        for (DayPart p : DayParts::all()) {
            QCOMPARE(DayParts::fromKey(DayParts::key(p)), p);
            QVERIFY(!DayParts::name(p).in(u"zh").isEmpty());
        }
        QCOMPARE(DayParts::key(DayPart::Any), u"any"_qs);
        QVERIFY(!DayParts::fromKey(u"night"));
    }

    void placeKinds()
    {
        const QStringList keys{u"home"_qs, u"station"_qs, u"listed"_qs, u"arrange"_qs};
        for (const QString &key : keys) {
            const auto kind = PlaceKinds::fromKey(key);
            QVERIFY2(kind, qPrintable(key));
            QCOMPARE(PlaceKinds::key(*kind), key);
            QVERIFY(!PlaceKinds::name(*kind).in(u"en").isEmpty());
        }
        QVERIFY(!PlaceKinds::fromKey(u"moon"));
    }

    void notePhrases()
    {
        QVERIFY(NotePhrases::all().size() >= 8);
        QSet<QString> keys;
        for (const Phrase &p : NotePhrases::all()) {
            keys.insert(p.key);
            QVERIFY(!p.words.in(u"zh").isEmpty());
            QVERIFY(!p.words.in(u"en").isEmpty());
        }
        QCOMPARE(keys.size(), NotePhrases::all().size());
        for (const char *key : {"uses_wheelchair", "blind", "deaf_please_write", "female_volunteer", "bring_wheelchair"})
            QVERIFY2(NotePhrases::isKnown(QString::fromLatin1(key)), key);
        QCOMPARE(NotePhrases::firstUnknown({u"blind"_qs, u"please hurry"_qs}), u"please hurry"_qs);
        QVERIFY(NotePhrases::firstUnknown({u"blind"_qs, u"guide_dog"_qs}).isEmpty());
        QVERIFY(!NotePhrases::firstUnknown({QString()}).isEmpty());
    }

    void ratingPhrases()
    {
        for (const char *key : {"on_time", "kind", "helpful", "skilled"})
            QVERIFY2(RatingPhrases::isPraise(QString::fromLatin1(key)), key);
        for (const char *key : {"late", "did_not_come", "rude", "not_what_was_asked"}) {
            QVERIFY2(RatingPhrases::isKnown(QString::fromLatin1(key)), key);
            QVERIFY2(!RatingPhrases::isPraise(QString::fromLatin1(key)), key);
        }
        // A note phrase is not a rating phrase.
        QCOMPARE(RatingPhrases::firstUnknown({u"kind"_qs, u"blind"_qs}), u"blind"_qs);
    }
};

QTEST_APPLESS_MAIN(TestHelpPhrases)
#include "tst_helpphrases.moc"
