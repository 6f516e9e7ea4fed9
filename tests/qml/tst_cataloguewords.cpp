// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibility/announcerphrases.h"
#include "core/certificatelifecycle.h"
#include "core/certificatenumber.h"
#include "core/daypart.h"
#include "core/disability.h"
#include "core/helptype.h"
#include "core/idnumber.h"
#include "core/notephrases.h"
#include "core/phonenumber.h"
#include "core/placekind.h"
#include "core/ratingphrases.h"
#include "core/requeststate.h"
#include "core/servicecategory.h"
#include "core/starlevel.h"
#include "drivers/idcard/idcard.h"
#include "drivers/idcard/readererror.h"
#include "drivers/idcard/readerstate.h"
#include "translations/catalogues.h"

#include <QRegularExpression>
#include <QTest>

using core::TranslatableText;

/// @brief Every word of the C++ tables reads Mandarin on a Mandarin screen: the message the code
/// asks for at run time is the one the catalogue holds (a context or text that lupdate did not
/// see, or a table entry built at run time, would show English here).
class TestCatalogueWords : public QObject
{
    Q_OBJECT

    QList<std::pair<QString, TranslatableText>> m_words;

    void add(const QString &where, const TranslatableText &text) { m_words.append({where, text}); }

private Q_SLOTS:
    void initTestCase()
    {
        Catalogues::install();
        for (const core::LifecycleStep &step : core::CertificateLifecycle::steps()) {
            const QString where = core::CertificateStates::key(step.state);
            add(where + QStringLiteral(" official"), step.officialTerm);
            add(where + QStringLiteral(" name"), step.plainName);
            add(where + QStringLiteral(" next"), step.whatHappensNext);
            for (const TranslatableText &item : step.whatToBring)
                add(where + QStringLiteral(" bring"), item);
        }
        for (auto category : core::Disability::categories()) {
            add(u"disability"_qs, core::Disability::categoryName(category));
            add(u"cover"_qs, core::Disability::coverColour(category));
        }
        for (int level = 1; level <= 4; ++level)
            add(u"level"_qs, core::Disability::levelName(level));
        for (auto category : core::ServiceCategories::all())
            add(u"service category"_qs, core::ServiceCategories::name(category));
        for (auto type : core::HelpTypes::all()) {
            add(u"help type"_qs, core::HelpTypes::name(type));
            add(u"help type scope"_qs, core::HelpTypes::scope(type));
        }
        for (auto part : core::DayParts::all())
            add(u"day part"_qs, core::DayParts::name(part));
        for (auto kind : core::PlaceKinds::all())
            add(u"place kind"_qs, core::PlaceKinds::name(kind));
        for (const core::Phrase &phrase : core::NotePhrases::all())
            add(u"note phrase "_qs + phrase.key, phrase.words);
        for (const auto *list : {&core::RatingPhrases::praise(), &core::RatingPhrases::complaints()})
            for (const core::Phrase &phrase : *list)
                add(u"rating phrase "_qs + phrase.key, phrase.words);
        for (int p = int(core::PhoneProblem::Empty); p <= int(core::PhoneProblem::NotAPhoneNumber); ++p)
            add(u"phone problem"_qs, core::PhoneNumber::problemText(core::PhoneProblem(p)));
        for (auto state : core::RequestStates::all())
            add(u"request state"_qs, core::RequestStates::name(state));
        for (int p = int(core::IdNumberProblem::WrongLength); p <= int(core::IdNumberProblem::WrongCheckCharacter); ++p)
            add(u"ID number problem"_qs, core::IdNumber::problemText(core::IdNumberProblem(p)));
        for (int p = int(core::CertificateNumberProblem::WrongLength); p <= int(core::CertificateNumberProblem::BadSuffix); ++p)
            add(u"certificate number problem"_qs, core::CertificateNumber::problemText(core::CertificateNumberProblem(p)));
        for (int stars = 0; stars <= 5; ++stars)
            add(u"star title"_qs, core::StarLevel::title(stars));
        for (int kind = int(idcard::ReaderError::Kind::Timeout); kind <= int(idcard::ReaderError::Kind::Io); ++kind)
            add(u"reader error"_qs, idcard::ReaderError(idcard::ReaderError::Kind(kind)).text());
        for (quint8 code : {0x90, 0x9f, 0x10, 0x11, 0x21, 0x23, 0x24, 0x31, 0x32, 0x33, 0x40, 0x41, 0x47, 0x60, 0x66, 0x80,
                            0x81, 0x91, 0x55})
            add(u"reader status"_qs, idcard::ReaderError::statusText(code));
        for (int state = int(idcard::ReaderState::NoReader); state <= int(idcard::ReaderState::Error); ++state)
            add(u"reader guidance"_qs, idcard::guidance(idcard::ReaderState(state)));
        for (int type = int(idcard::CardType::Resident); type <= int(idcard::CardType::ForeignPermanent2023); ++type)
            add(u"card type"_qs, idcard::IdCard::typeName(idcard::CardType(type)));
    }

    void everyTableWordReadsMandarinAndEnglish()
    {
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        QVERIFY(m_words.size() > 100);
        for (const auto &[where, text] : m_words) {
            QVERIFY2(!text.isEmpty(), qPrintable(where));
            const QString zh = text.in(u"zh");
            QVERIFY2(han.match(zh).hasMatch(), qPrintable(where + QStringLiteral(": ") + zh));
            QCOMPARE(text.in(u"en"), text.english());
            QVERIFY2(zh != text.english(), qPrintable(where + QStringLiteral(": ") + zh));
        }
    }

    void everyAnnouncerPhraseReadsMandarin()
    {
        for (const QString &key : AnnouncerPhrases::keys())
            QVERIFY2(AnnouncerPhrases::text(key, u"zh") != AnnouncerPhrases::text(key, u"en"), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueWords)
#include "tst_cataloguewords.moc"
