// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificatelifecycle.h"
#include "core/disability.h"
#include "core/translatabletext.h"
#include "translations/catalogues.h"

#include <QTest>

using core::TranslatableText;

/// @brief A catalogue text as the server sees it (no hook: English) and as the kiosk shows it
/// (the compiled catalogues), with arguments, dates and data inside.
class TestTranslatableText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Runs first, before the hook is installed: the server loads no translator.
    void withoutHookTheEnglishSourceIsUsed()
    {
        QVERIFY(!TranslatableText::hasTranslator());
        const auto visual = core::Disability::categoryName(core::DisabilityCategory::Visual);
        QCOMPARE(visual.in(u"zh"), QStringLiteral("Visual disability"));
        QCOMPARE(visual.in(u"en"), QStringLiteral("Visual disability"));
        QCOMPARE(visual.english(), QStringLiteral("Visual disability"));
        QCOMPARE(TranslatableText::date(QDate(2025, 3, 7)).in(u"zh"), QStringLiteral("7 March 2025"));
    }

    void argumentsFillByNumber()
    {
        const auto text = TranslatableText::translate("test", "%2 before %1").arg(QStringLiteral("a")).arg(7);
        QCOMPARE(text.english(), QStringLiteral("7 before a"));
        QCOMPARE(TranslatableText::translate("test", "status %1").arg(0x5, 2, 16, u'0').english(), QStringLiteral("status 05"));
        const core::LocalizedText place{QStringLiteral("服务大厅"), QStringLiteral("the service hall")};
        QCOMPARE(TranslatableText::translate("test", "at %1").arg(place).in(u"en"), QStringLiteral("at the service hall"));
        QCOMPARE(TranslatableText::translate("test", "at %1").arg(place).in(u"zh"), QStringLiteral("at 服务大厅"));
        QVERIFY(TranslatableText().isEmpty());
        QVERIFY(TranslatableText().in(u"zh").isEmpty());
        QVERIFY(TranslatableText::date(QDate()).isEmpty());
    }

    void equalMeansSameMessageAndArguments()
    {
        const auto a = TranslatableText::translate("test", "at %1").arg(1);
        QCOMPARE(a, TranslatableText::translate("test", "at %1").arg(1));
        QVERIFY(!(a == TranslatableText::translate("test", "at %1").arg(2)));
        QVERIFY(!(a == TranslatableText::translate("other", "at %1").arg(1)));
    }

    void withTheCataloguesTheKioskSpeaksMandarin()
    {
        Catalogues::install();
        QVERIFY(TranslatableText::hasTranslator());
        const auto visual = core::Disability::categoryName(core::DisabilityCategory::Visual);
        QCOMPARE(visual.in(u"zh"), QStringLiteral("视力残疾"));
        QCOMPARE(visual.in(u"zh_CN"), QStringLiteral("视力残疾"));
        QCOMPARE(visual.in(u"en"), QStringLiteral("Visual disability"));
        QCOMPARE(visual.in(u"en-GB"), QStringLiteral("Visual disability"));
        // A language without a catalogue reads the kiosk's default, Mandarin.
        QCOMPARE(visual.in(u"fr"), QStringLiteral("视力残疾"));
        // A text the catalogues do not know shows its English source rather than nothing.
        QCOMPARE(TranslatableText::translate("test", "not in any catalogue").in(u"zh"), QStringLiteral("not in any catalogue"));
    }

    void sentencesAndDatesFollowTheLanguage()
    {
        // A translation puts a number where its language wants it (the days left beside the
        // date "Renew by").
        const auto left = core::CertificateLifecycle::daysLeft({2026, 3, 7}, QDate(2026, 3, 1));
        QCOMPARE(left.in(u"zh"), QStringLiteral("还剩6天。"));
        QCOMPARE(left.in(u"en"), QStringLiteral("6 days left."));
        // Two sentences joined (no place known for collecting the card yet).
        const auto e = core::CertificateLifecycle::explain(core::CertificateState::ReadyForPickup, QDate(2026, 3, 1), {},
                                                           QDate(2026, 3, 2));
        // A date in the language's own format.
        QCOMPARE(TranslatableText::date(QDate(2026, 3, 7)).in(u"zh"), QStringLiteral("2026年3月7日"));
        // Mandarin joins sentences without a space.
        QVERIFY(!e.summary.in(u"zh").contains(u' '));
    }
};

QTEST_GUILESS_MAIN(TestTranslatableText)
#include "tst_translatabletext.moc"
